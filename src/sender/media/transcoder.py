"""The transcoder: one ffmpeg per generation that decodes the input once and encodes every rung.

A stream with a ladder (domain.ladder) keeps its copy rendition ("source",
made by the node's media backend, ffmpeg or native) as the top variant; the
rungs the source is tall enough for are encoded beside it by this one
process: x264 at the node's preset (SENDER_TRANSCODE_PRESET), scaled to the
rung's height (the width follows the source's aspect ratio, even), the
rung's frame rate cap if it has one, AAC at the rung's audio bit rate (or the
source's audio copied when it names none), each rung its own fMP4 output on
its own pipe into its own reader and packager (live.rendition).

Alignment: the rungs' keyframes are the source's (`-force_key_frames
source`, no keyframe of x264's own: no GOP limit, no scene cut), and their
timestamps the input's (`-enc_time_base demux`, no frame rate conversion;
a frame rate cap drops frames but never a keyframe: `frame_rate_cap`), so
the packager cuts every rung where it cuts the copy, and the shared
numbering (media.numbering, by input time: media.clock) gives the segments
that start at the same input time the same media sequence number (and the
same date).
Measured on a 30 fps 1 s GOP input: keyframes at 0.0, 1.0, 2.0 ... s in the
rung against 0.0, 1.021, 2.021 ... s in the copy (the copy keeps the
encoder's 21 ms audio lead before its first frame), within a frame; without
`-enc_time_base demux` x264 re-timed the frames on a 29.4 fps grid and the
keyframes drifted a frame early.

Supervision is media.ffmpeg's (restart with back-off, stalls, continuity),
on a process of its own: a transcoder that dies is replaced without touching
the copy, and its rungs start a new file (a discontinuity in their
playlists). The copy never waits on it: tags are handed over through a
bounded queue (`offer` never blocks), and when the queue is full the
transcoder drops input until the next keyframe (its rungs then skip that
span) instead of holding up the ingest.

Speed: ffmpeg reports its progress every second (`-progress`); the speed is
the media time it encoded over the wall time it took, over the last
SPEED_WINDOW_S. A live input arrives in real time, so a transcoder that
keeps up runs at 1.0 (measured 1.002 for two rungs of a 640x360 30 fps
source, tests/e2e/test_ladder.py); one below SLOW_BELOW falls behind the
live edge and is reported slow (logged, counted, the endpoint degraded).
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime

from sender.domain.ids import utcnow
from sender.domain.ladder import Rung, rung_width
from sender.errors import BackendError, FlvError
from sender.media.clock import IngestClock, InputTime
from sender.media.codecs import VIDEO_CONFIG_PARSERS
from sender.media.command import STDOUT, Output
from sender.media.ffmpeg import DEFAULT_STALL_TIMEOUT_S, FfmpegBackend
from sender.rtmp.flv import (
    FlvTag,
    TagType,
    VideoPacket,
    VideoPacketType,
    is_audio_sequence_header,
    is_video_keyframe,
    is_video_sequence_header,
)

log = logging.getLogger(__name__)

DEFAULT_PRESET = "veryfast"
# The rate control: x264 aims at the rung's bit rate and never passes 110 % of it over
# a one second buffer, so a segment's peak stays close to what the ladder promised.
MAXRATE = 1.1
BUFFER_S = 1.0
SPEED_WINDOW_S = 5.0
# Below this, over the window, the transcoder falls behind (one that keeps up measured
# 1.002-1.003 in tests/e2e/test_ladder.py).
SLOW_BELOW = 0.95
# The shortest stall verdict for a transcoder: it decodes and encodes before it writes,
# which on a loaded machine takes longer than a copy's remux (media.ffmpeg's 1 s).
TRANSCODER_STALL_MIN_S = 3.0
# What may wait for the transcoder before it drops input (a few seconds of a 8 Mbit/s input).
QUEUE_BYTES = 4 << 20


def frame_rate_cap(fps: float) -> str:
    """The filter that keeps at most `fps` frames a second, and every keyframe.

    Not ffmpeg's fps filter: it snaps frames to a 1/fps grid and drops a source
    keyframe that falls between two grid points (measured after a restart, where
    the grid no longer met the GOP: a 1.467 s segment without a keyframe in the
    capped rung beside 1.0 s ones), and the rung could no longer cut where the
    copy cuts. Keeping a frame when it is a keyframe or 1/fps has passed since
    the last one kept: 30 fps capped at 15 keeps every other frame (15.02 fps
    measured), its keyframes on the copy's.
    """
    gap = max(0.0, 1 / fps - 0.001)  # a frame exactly 1/fps later (ms clock) still passes
    return (
        "select='isnan(prev_selected_t)+eq(key\\,1)"
        f"+gte(t-prev_selected_t\\,{gap:.4f})'"
    )


def rung_size(rung: Rung, source_width: int, source_height: int) -> tuple[int, int]:
    return rung_width(rung.height, source_width, source_height), rung.height


def rung_output(
    rung: Rung, *, width: int, preset: str = DEFAULT_PRESET, fd: int = STDOUT
) -> Output:
    """The ffmpeg output that encodes one rung (see the module docstring)."""
    video_filter = f"scale={width}:{rung.height}"
    if rung.fps is not None:
        video_filter = f"{frame_rate_cap(rung.fps)},{video_filter}"
    kbps = rung.video_kbps
    args: list[str] = [
        "-vf",
        video_filter,
        "-c:v",
        "libx264",
        "-preset",
        preset,
        # No look-ahead and no B-frames: x264 holds no frames back, so a rung's parts keep
        # up with the copy's (and live, a B-frame's negative decode time before the first
        # audio made the mp4 muxer abort: "Assertion next_dts >= 0 failed").
        "-tune",
        "zerolatency",
        "-pix_fmt",
        "yuv420p",
        "-b:v",
        f"{kbps}k",
        "-maxrate",
        f"{round(kbps * MAXRATE)}k",
        "-bufsize",
        f"{round(kbps * BUFFER_S)}k",
        # The source's keyframes and no others: the rung cuts where the copy cuts.
        "-force_key_frames",
        "source",
        "-g",
        "100000",
        "-sc_threshold",
        "0",
    ]
    # The input's own timestamps, frame for frame (those the cap keeps).
    args += ["-enc_time_base:v", "demux", "-fps_mode", "passthrough"]
    if rung.audio_kbps is None:
        args += ["-c:a", "copy"]
    else:
        args += ["-c:a", "aac", "-b:a", f"{rung.audio_kbps}k"]
    return Output(rung.name, fd=fd, codec_args=tuple(args), copy=False)


class SpeedMeter:
    """The transcoder's speed from its progress reports (pure; see the module docstring)."""

    def __init__(self, window_s: float = SPEED_WINDOW_S, slow_below: float = SLOW_BELOW) -> None:
        self._window_s = window_s
        self._slow_below = slow_below
        self._points: deque[tuple[float, float]] = deque()  # (wall clock, media time encoded)
        self.speed: float | None = None

    def reset(self) -> None:
        """A new process: its media time starts again."""
        self._points.clear()
        self.speed = None

    def report(self, out_time_s: float, now: float) -> float | None:
        """One progress report; the speed over the window once it spans `window_s`."""
        points = self._points
        if points and out_time_s < points[-1][1]:
            points.clear()  # a new process reports from zero
        points.append((now, out_time_s))
        while len(points) > 2 and now - points[1][0] >= self._window_s:
            points.popleft()
        wall = now - points[0][0]
        if wall >= self._window_s:
            self.speed = round((out_time_s - points[0][1]) / wall, 3)
        return self.speed

    @property
    def slow(self) -> bool:
        return self.speed is not None and self.speed < self._slow_below


@dataclass(frozen=True, slots=True)
class TranscoderHooks:
    on_output: Callable[[str, bytes, InputTime], None]
    on_restart: Callable[[int, str], None]
    on_renew: Callable[[str], None]
    on_failed: Callable[[str], None]
    on_slow: Callable[[float], None]


class Transcoder:
    """One supervised ffmpeg encoding `rungs` (each with its width) from the input's tags."""

    def __init__(
        self,
        ffmpeg: str,
        *,
        rungs: Sequence[tuple[Rung, int]],
        hooks: TranscoderHooks,
        epoch: object,
        preset: str = DEFAULT_PRESET,
        part_target_s: float = 0.2,
        log_name: str = "",
        restart_initial_s: float = 0.2,
        restart_max_s: float = 10.0,
        queue_bytes: int = QUEUE_BYTES,
        stall_timeout_s: float = DEFAULT_STALL_TIMEOUT_S,
        clock: Callable[[], datetime] = utcnow,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        if not rungs:
            raise ValueError("a transcoder needs at least one rung")
        self._hooks = hooks
        self._clock = clock
        self._monotonic = monotonic
        self.ingest = IngestClock(epoch)
        self.speed_meter = SpeedMeter()
        self._was_slow = False
        self._prefix = f"{log_name}: transcoder: " if log_name else "transcoder: "
        # Distinct pipes: the backend gives each process its own (stdout, then new ones).
        self.outputs = tuple(
            rung_output(r, width=w, preset=preset, fd=STDOUT + 2 + i)
            for i, (r, w) in enumerate(rungs)
        )
        self.backend = FfmpegBackend(
            ffmpeg,
            on_output=self._on_output,
            on_restart=self._on_restart,
            on_failed=self._on_failed,
            on_renew=self._on_renew,
            on_progress=self._on_progress,
            part_target_s=part_target_s,
            outputs=self.outputs,
            restart_initial_s=restart_initial_s,
            restart_max_s=restart_max_s,
            log_name=f"{log_name}: transcoder" if log_name else "transcoder",
            stall_timeout_s=stall_timeout_s,
        )
        self._queue: asyncio.Queue[tuple[FlvTag, datetime]] = asyncio.Queue()
        self._queued_bytes = 0
        self._queue_bytes = queue_bytes
        self._skipping = False  # input dropped until the next keyframe (the queue was full)
        self.dropped = 0
        self._feeder: asyncio.Task[None] | None = None
        self._failed: str | None = None

    @property
    def renditions(self) -> tuple[str, ...]:
        return self.backend.renditions

    @property
    def pid(self) -> int | None:
        return self.backend.pid

    @property
    def restarts(self) -> int:
        return self.backend.restarts

    @property
    def speed(self) -> float | None:
        return self.speed_meter.speed

    @property
    def slow(self) -> bool:
        return self.speed_meter.slow

    @property
    def failed(self) -> str | None:
        return self._failed

    async def start(self) -> None:
        await self.backend.start()  # BackendError propagates
        self._feeder = asyncio.create_task(self._feed(), name=f"{self._prefix}feed")

    def offer(self, tag: FlvTag, arrival: datetime | None = None) -> None:
        """Queue a tag for the transcoder; never waits (see the module docstring)."""
        if self._failed is not None or self._feeder is None:
            return
        header = tag.type == TagType.SCRIPT or (
            (tag.type == TagType.VIDEO and is_video_sequence_header(tag.data))
            or (tag.type == TagType.AUDIO and is_audio_sequence_header(tag.data))
        )
        if not header:
            if self._skipping:
                if not (tag.type == TagType.VIDEO and is_video_keyframe(tag.data)):
                    self.dropped += 1
                    return
                self._skipping = False
            if self._queued_bytes + len(tag.data) > self._queue_bytes:
                if not self._skipping:
                    log.warning(
                        "%sbehind by %d bytes: input dropped to the next keyframe",
                        self._prefix,
                        self._queued_bytes,
                    )
                self._skipping = True
                self.dropped += 1
                return
        self._queued_bytes += len(tag.data)
        self._queue.put_nowait((tag, arrival or self._clock()))

    async def _feed(self) -> None:
        while True:
            tag, arrival = await self._queue.get()
            self._queued_bytes -= len(tag.data)
            self.ingest.observe(tag, arrival)
            try:
                await self.backend.send(tag)
            except BackendError as exc:
                if self._failed is None:
                    self._failed = str(exc)
                while not self._queue.empty():  # nobody takes them any more
                    self._queue.get_nowait()
                    self._queue.task_done()
                return
            finally:
                self._queue.task_done()

    async def drained(self) -> None:
        """Wait until every tag offered so far was handed to ffmpeg (or dropped)."""
        await self._queue.join()

    async def stop(self) -> None:
        feeder, self._feeder = self._feeder, None
        if feeder is not None:
            feeder.cancel()
            await asyncio.gather(feeder, return_exceptions=True)
        await self.backend.stop()

    def restart(self, reason: str) -> None:
        self.backend.restart(reason)

    # Backend hooks ------------------------------------------------------------------
    def _on_output(self, rendition: str, data: bytes) -> None:
        self._hooks.on_output(rendition, data, self.ingest.now())

    def _on_restart(self, count: int, reason: str) -> None:
        self.ingest.reset()
        self.speed_meter.reset()
        self._hooks.on_restart(count, reason)

    def _on_renew(self, reason: str) -> None:
        self.ingest.reset()
        self._hooks.on_renew(reason)

    def _on_failed(self, reason: str) -> None:
        self._failed = reason
        self._hooks.on_failed(reason)

    def _on_progress(self, key: str, value: str) -> None:
        if key != "out_time_us":
            return
        try:
            out_time_s = int(value) / 1e6
        except ValueError:
            return  # "N/A" before the first frame
        speed = self.speed_meter.report(out_time_s, self._monotonic())
        slow = self.speed_meter.slow
        if slow and not self._was_slow and speed is not None:
            log.warning("%sslower than real time (speed %.2f)", self._prefix, speed)
            self._hooks.on_slow(speed)
        elif self._was_slow and not slow and speed is not None:
            log.info("%skeeps up again (speed %.2f)", self._prefix, speed)
        self._was_slow = slow


@dataclass(frozen=True, slots=True)
class TranscoderSettings:
    """What every transcoder of a node is made with (config)."""

    ffmpeg: str
    preset: str = DEFAULT_PRESET
    part_target_s: float = 0.2
    restart_initial_s: float = 0.2
    restart_max_s: float = 10.0
    stall_timeout_s: float = DEFAULT_STALL_TIMEOUT_S

    def make(
        self,
        rungs: Sequence[tuple[Rung, int]],
        hooks: TranscoderHooks,
        *,
        epoch: object,
        log_name: str,
    ) -> Transcoder:
        return Transcoder(
            self.ffmpeg,
            rungs=rungs,
            hooks=hooks,
            epoch=epoch,
            preset=self.preset,
            part_target_s=self.part_target_s,
            log_name=log_name,
            restart_initial_s=self.restart_initial_s,
            restart_max_s=self.restart_max_s,
            stall_timeout_s=self.stall_timeout_s,
        )


def source_size(tag: FlvTag) -> tuple[int, int] | None:
    """The picture size a video sequence header announces (AVC, HEVC, AV1), else None."""
    if tag.type != TagType.VIDEO or not is_video_sequence_header(tag.data):
        return None
    try:
        packet = VideoPacket.parse(tag.data)
        parse = VIDEO_CONFIG_PARSERS.get(packet.codec)
        if parse is None or packet.packet_type is not VideoPacketType.SEQUENCE_START:
            return None
        config = parse(packet.payload)
    except (FlvError, ValueError):
        return None
    return config.width, config.height

