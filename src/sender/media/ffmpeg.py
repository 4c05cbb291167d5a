"""A supervised ffmpeg that remuxes FLV (stdin) into fragmented MP4 (stdout).

FLV header flags: taken from onMetaData (`audiocodecid`/`videocodecid`) when
the stream sends it, otherwise both tracks are announced. ffmpeg 9's flv
demuxer detects tracks from the tags it reads, not from these flags (measured:
a header announcing nothing still yields both tracks of an audio+video stream),
and a header announcing a track that never comes costs at most the analysis
window (about 70 ms more to the first fragment of a video-only stream), so
announcing too much is cheap while waiting to see both tracks would delay every
start.

Continuity (media.continuity): a timestamp jump or a sequence header with
other parameters ends the current output file: ffmpeg is let finish, and a new
process starts on the new timeline, so the packager sees a new init segment
(EXT-X-DISCONTINUITY, a re-based timeline) instead of one 60 s part or old
parameters that later samples do not decode with.

Supervision: when ffmpeg exits while tags are still being fed, a new process
is started after a back-off (doubling from `restart_initial_s` up to
`restart_max_s`). It gets the FLV header, onMetaData and the latest sequence
headers again and resumes at the next video keyframe (audio too: see send).
Tags that arrive while no process is up are dropped (and counted), so `send`
never waits on a restart.

Outputs: one per rendition. The first is written to stdout; each further one
to a pipe of its own, created for every process and passed to it by file
descriptor (`pipe:N`), so an encoding ladder decodes the input once and
writes every rung as its own fMP4 file.

Output options follow what the encoder sends, read from its first tag (the
metadata, else the first audio or video tag): a stream with video is
fragmented per frame (the packager groups frames into parts of exactly the
part target), an audio-only one every quarter part target (a fragment per
AAC frame would cost a third of a 64 kbit/s stream in boxes); HEVC copied is
tagged `hvc1`. The process started by `start` has had no input yet when the
first tag arrives, so one started with other options is replaced then, before
anything is written to it (not a restart).
After `max_failures` consecutive failures (a process that ran for
`healthy_after_s` resets the count) the backend gives up and calls `on_failed`.

Progress: with `on_progress`, ffmpeg reports its progress on stderr
(`-progress`, media.command) and every `key=value` line of it goes there
instead of the log (the transcoder reads its speed from it).

Stalls: a process that stops without exiting (SIGSTOP, a hung decoder, a pipe
that does not drain) is killed and replaced like one that died, with the
reason in `on_restart` (the rule is media.stall's: no output while input is
fed for `stall_timeout_s`, or an input write that cannot drain). So every wait
on ffmpeg ends: a write waits only while ffmpeg shows signs of life, and `stop`
waits `stop_timeout_s` at most. `restart(reason)` replaces the process on the
consumer's request (it could not read the output).
"""

from __future__ import annotations

import asyncio
import logging
import os
import signal
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from types import TracebackType

from sender.errors import BackendError
from sender.media import process
from sender.media.backend import BackendHooks
from sender.media.command import (
    PER_FRAME_S,
    SOURCE_OUTPUT,
    STDOUT,
    Output,
    build_ffmpeg_command,
    progress_line,
)
from sender.media.continuity import Continuity
from sender.media.profile import PackagingProfile
from sender.media.stall import StallWatch
from sender.rtmp import amf0
from sender.rtmp.flv import (
    FlvTag,
    TagType,
    flv_header,
    is_audio_sequence_header,
    is_metadata,
    is_video_keyframe,
    is_video_sequence_header,
)

log = logging.getLogger("sender.media.ffmpeg")

READ_SIZE = 1 << 16
DEFAULT_STALL_TIMEOUT_S = 1.0
# How long a new process may take to its first output: it probes its input first (0.03 to
# 0.16 s measured for a copy, see media.command), and an encoder's look-ahead adds more.
START_TIMEOUT_S = 5.0
# No stall verdict is quicker than this many part targets: ffmpeg writes once per part target.
STALL_MIN_PARTS = 3


def _exit_reason(status: int, detail: str) -> str:
    if status < 0:
        try:
            what = f"ffmpeg killed by {signal.Signals(-status).name}"
        except ValueError:
            what = f"ffmpeg killed by signal {-status}"
    else:
        what = f"ffmpeg exited with status {status}"
    return f"{what}: {detail}" if detail else what


class StderrLog:
    """ffmpeg's stderr lines into a logger, at most `max_lines` per `window_s`.

    Lines beyond the limit are counted and reported as one line when the
    window ends (or at `flush`), so a looping error cannot flood the log.
    """

    def __init__(
        self,
        logger: logging.Logger,
        prefix: str,
        *,
        max_lines: int = 20,
        window_s: float = 10.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._logger = logger
        self._prefix = prefix
        self._max_lines = max_lines
        self._window_s = window_s
        self._clock = clock
        self._window_start = clock()
        self._count = 0
        self._suppressed = 0

    def line(self, text: str) -> None:
        now = self._clock()
        if now - self._window_start >= self._window_s:
            self.flush()
            self._window_start = now
            self._count = 0
        if self._count < self._max_lines:
            self._count += 1
            self._logger.warning("%s%s", self._prefix, text)
        else:
            self._suppressed += 1

    def flush(self) -> None:
        if self._suppressed:
            self._logger.warning("%ssuppressed %d lines", self._prefix, self._suppressed)
            self._suppressed = 0


class FfmpegBackend:
    """MediaBackend over one ffmpeg process at a time; see the module docstring."""

    def __init__(
        self,
        ffmpeg: str,
        *,
        on_output: Callable[[str, bytes], None],
        on_restart: Callable[[int, str], None] | None = None,
        on_failed: Callable[[str], None] | None = None,
        on_renew: Callable[[str], None] | None = None,
        on_progress: Callable[[str, str], None] | None = None,
        part_target_s: float = 0.2,
        outputs: Sequence[Output] = (SOURCE_OUTPUT,),
        restart_initial_s: float = 0.2,
        restart_max_s: float = 10.0,
        max_failures: int = 5,
        log_name: str = "",
        healthy_after_s: float = 10.0,
        queue_bytes: int = 1 << 20,
        stop_timeout_s: float = 5.0,
        stall_timeout_s: float = DEFAULT_STALL_TIMEOUT_S,
    ) -> None:
        self._ffmpeg = ffmpeg
        self._on_output = on_output
        self._on_restart = on_restart
        self._on_failed = on_failed
        self._on_renew = on_renew
        self._on_progress = on_progress
        self._continuity = Continuity()
        if not outputs:
            raise ValueError("a backend needs at least one output")
        self._outputs = tuple(outputs)
        self._part_target_s = part_target_s
        self._shape = _Shape(video=True, hevc=False)  # until the first tag says otherwise
        self._shaped = False
        build_ffmpeg_command(ffmpeg, fragment_s=PER_FRAME_S, outputs=self._outputs)  # checks
        self._restart_initial_s = restart_initial_s
        self._restart_max_s = restart_max_s
        self._max_failures = max_failures
        self._healthy_after_s = healthy_after_s
        self._queue_bytes = queue_bytes
        self._stop_timeout_s = stop_timeout_s
        self._stall_timeout_s = max(stall_timeout_s, STALL_MIN_PARTS * part_target_s)
        self._start_timeout_s = max(START_TIMEOUT_S, self._stall_timeout_s)
        self._stall = StallWatch(
            timeout_s=self._stall_timeout_s, start_timeout_s=self._start_timeout_s, now=0.0
        )
        self._prefix = f"{log_name}: " if log_name else ""

        self._proc: asyncio.subprocess.Process | None = None
        self._pipes: list[int] = []  # read ends of the current process's extra outputs
        self._started_at = 0.0
        self._readers: list[asyncio.Task[None]] = []
        self._supervisor: asyncio.Task[None] | None = None
        self._send_lock = asyncio.Lock()
        self._up = False  # a process is running and takes tags
        self._primed = False  # the current process has had its FLV header
        self._replay = False  # the current process replaces one that failed
        self._await_keyframe = False
        self._stopping = False
        self._failed: str | None = None
        self._kill_reason = ""
        self._last_stderr = ""

        self._metadata: FlvTag | None = None
        self._video_header: FlvTag | None = None
        self._audio_header: FlvTag | None = None

        self._restarts = 0
        self._failures = 0
        self._dropped = 0
        self._dropped_reported = 0

    # Introspection ----------------------------------------------------------
    @property
    def restarts(self) -> int:
        return self._restarts

    @property
    def renditions(self) -> tuple[str, ...]:
        return tuple(o.name for o in self._outputs)

    @property
    def kind(self) -> str:
        return "ffmpeg"

    @property
    def fallback_reason(self) -> str | None:
        return None

    @property
    def dropped_tags(self) -> int:
        """Tags dropped because no process was up, or while waiting for a keyframe."""
        return self._dropped

    @property
    def pid(self) -> int | None:
        """The current ffmpeg's pid (also its process group id)."""
        return self._proc.pid if self._proc is not None else None

    # Lifecycle ---------------------------------------------------------------
    async def start(self) -> None:
        if self._proc is not None:
            raise BackendError("the backend is already started")
        proc = await self._spawn()
        self._start_readers(proc)
        self._up = True
        self._supervisor = asyncio.create_task(self._supervise(), name=f"ffmpeg {self._prefix}")
        self._supervisor.add_done_callback(self._supervisor_done)

    async def stop(self) -> None:
        if self._stopping:
            return
        self._stopping = True
        self._up = False
        proc = self._proc
        try:
            if self._supervisor is not None:
                self._supervisor.cancel()
                await asyncio.gather(self._supervisor, return_exceptions=True)
            if proc is not None:
                if proc.stdin is not None:
                    proc.stdin.close()  # EOF: ffmpeg writes its last fragment and exits
                await process.terminate(proc, self._stop_timeout_s)
                if self._readers:
                    await asyncio.wait(self._readers, timeout=self._stop_timeout_s)
        finally:
            if proc is not None:
                process.kill_group(proc)
            for task in self._readers:
                task.cancel()
            await asyncio.gather(*self._readers, return_exceptions=True)
            self._readers = []

    async def __aenter__(self) -> FfmpegBackend:
        await self.start()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.stop()

    def restart(self, reason: str) -> None:
        """Kill the running process; the supervisor replaces it as after a crash."""
        proc = self._proc
        if proc is None or self._stopping or self._failed is not None or not self._up:
            return  # nothing running, or a replacement is already on its way
        if self._kill_reason:
            return  # already being killed (a stall, an earlier request)
        self._kill_reason = reason
        log.warning("%srestarting ffmpeg: %s", self._prefix, reason)
        process.kill_group(proc)

    # Feeding -----------------------------------------------------------------
    async def send(self, tag: FlvTag) -> None:
        if self._failed is not None:
            raise BackendError(f"the media backend gave up: {self._failed}")
        if self._proc is None:
            raise BackendError("the backend is not started")
        if self._stopping:
            raise BackendError("the backend is stopped")
        self._remember(tag)
        async with self._send_lock:
            if not self._shaped:
                await self._take_shape(tag)
            broken = self._continuity.observe(tag)
            if broken is not None and self._primed and self._up:
                await self._renew(broken)
            proc = self._proc
            assert proc is not None
            stdin = proc.stdin
            if not self._up or stdin is None or stdin.is_closing():
                self._dropped += 1
                return
            data = b""
            if not self._primed:
                data = self._preamble(tag.timestamp)
                self._primed = True
            if self._await_keyframe:
                # Audio waits for the keyframe too: audio packets would use up ffmpeg's
                # short analysis window before any video frame, and it then fails with
                # "dimensions not set" (measured).
                if tag.type != TagType.SCRIPT and not (
                    tag.type == TagType.VIDEO and is_video_keyframe(tag.data)
                ):
                    self._dropped += 1
                    if data:
                        stdin.write(data)
                    return
                if tag.type == TagType.VIDEO:
                    self._await_keyframe = False
            stdin.write(data + bytes(tag))
            loop = asyncio.get_running_loop()
            watch = self._stall
            watch.fed(loop.time())
            watch.drain_started(loop.time())
            try:
                # Bounded by the supervisor: a process that neither reads nor writes is killed.
                await stdin.drain()
            except ConnectionError:
                # ffmpeg is gone; the supervisor restarts it. This tag is lost with it.
                self._dropped += 1
            finally:
                watch.drain_ended()

    async def _take_shape(self, tag: FlvTag) -> None:
        """Output options from the stream's first tag; an idle process with others is replaced."""
        self._shaped = True
        shape = _shape_of(tag, self._part_target_s)
        if shape == self._shape or not self._up or self._primed:
            return
        self._shape = shape
        await self._replace(graceful=False)

    async def _renew(self, reason: str) -> None:
        """A new output file, because the input stopped being one timeline (continuity).

        The running process is let finish what it has (EOF, bounded), then replaced
        like after a failure (headers replayed, resumed at a keyframe), but it is no
        failure: `on_renew` comes before the new process's output, not `on_restart`.
        """
        log.info("%snew output file: %s", self._prefix, reason)
        await self._replace(graceful=True)
        if self._on_renew is not None:
            self._on_renew(reason)
        self._replay = True
        self._await_keyframe = self._video_header is not None

    async def _replace(self, *, graceful: bool) -> None:
        """Swap the current process for a new one, outside the supervisor's restarts."""
        old = self._proc
        assert old is not None
        self._up = False
        supervisor, self._supervisor = self._supervisor, None
        if supervisor is not None:
            # Not a failure: the supervisor must not see this exit and restart it.
            supervisor.remove_done_callback(self._supervisor_done)
            supervisor.cancel()
            await asyncio.gather(supervisor, return_exceptions=True)
        readers, self._readers = self._readers, []
        if graceful and old.stdin is not None:
            old.stdin.close()  # EOF: it writes its last fragment and exits
            await process.terminate(old, self._stop_timeout_s)
            await asyncio.wait(readers, timeout=self._stop_timeout_s)
        process.kill_group(old)
        await old.wait()
        for task in readers:
            task.cancel()
        await asyncio.gather(*readers, return_exceptions=True)
        try:
            proc = await self._spawn()
        except BackendError as exc:
            self._failed = str(exc)
            raise
        self._start_readers(proc)
        self._up = True
        self._supervisor = asyncio.create_task(self._supervise(), name=f"ffmpeg {self._prefix}")
        self._supervisor.add_done_callback(self._supervisor_done)

    def _remember(self, tag: FlvTag) -> None:
        if is_metadata(tag):
            self._metadata = tag
        elif tag.type == TagType.VIDEO and is_video_sequence_header(tag.data):
            self._video_header = tag
        elif tag.type == TagType.AUDIO and is_audio_sequence_header(tag.data):
            self._audio_header = tag

    def _header_flags(self) -> tuple[bool, bool]:
        if self._metadata is not None:
            audio = b"audiocodecid" in self._metadata.data
            video = b"videocodecid" in self._metadata.data
            if audio or video:
                return audio, video
        return True, True

    def _preamble(self, timestamp: int) -> bytes:
        """The FLV header, and for a replacement process what the stream said before."""
        data = flv_header(*self._header_flags())
        if self._replay:
            # Restamped to the resume point so the new process sees no jump back in time.
            for tag in (self._metadata, self._video_header, self._audio_header):
                if tag is not None:
                    data += bytes(FlvTag(tag.type, timestamp, tag.data))
        return data

    # Process -----------------------------------------------------------------
    async def _spawn(self) -> asyncio.subprocess.Process:
        # The first output is stdout; every other one a pipe made for this process.
        pipes: list[tuple[int, int]] = [os.pipe() for _ in self._outputs[1:]]
        outputs = [replace(self._outputs[0], fd=STDOUT)]
        outputs += [replace(o, fd=w) for o, (_, w) in zip(self._outputs[1:], pipes, strict=True)]
        argv = build_ffmpeg_command(
            self._ffmpeg,
            fragment_s=self._shape.fragment_s(self._part_target_s),
            outputs=outputs,
            source_hevc=self._shape.hevc,
            progress=self._on_progress is not None,
        )
        try:
            proc = await process.spawn(argv, pass_fds=[w for _, w in pipes])
        except OSError as exc:
            for r, _ in pipes:
                os.close(r)
            raise BackendError(f"cannot start {self._ffmpeg}: {exc}") from exc
        finally:
            for _, w in pipes:
                os.close(w)  # the child holds its own copy
        self._pipes = [r for r, _ in pipes]
        assert proc.stdin is not None
        # The bound of what send() queues before it waits (beyond the pipe's own buffer).
        proc.stdin.transport.set_write_buffer_limits(high=self._queue_bytes)
        self._proc = proc
        self._started_at = asyncio.get_running_loop().time()
        self._stall = StallWatch(
            timeout_s=self._stall_timeout_s,
            start_timeout_s=self._start_timeout_s,
            now=self._started_at,
        )
        self._primed = False
        self._kill_reason = ""
        self._last_stderr = ""
        log.debug("%sffmpeg started, pid %d", self._prefix, proc.pid)
        return proc

    def _start_readers(self, proc: asyncio.subprocess.Process) -> None:
        assert proc.stdout is not None and proc.stderr is not None
        pipes, self._pipes = self._pipes, []
        self._readers = [
            asyncio.create_task(self._read_output(proc, self._outputs[0].name, proc.stdout)),
            asyncio.create_task(self._read_stderr(proc.stderr)),
        ]
        for output, fd in zip(self._outputs[1:], pipes, strict=True):
            self._readers.append(asyncio.create_task(self._read_pipe(proc, output.name, fd)))

    async def _read_pipe(self, proc: asyncio.subprocess.Process, name: str, fd: int) -> None:
        loop = asyncio.get_running_loop()
        reader = asyncio.StreamReader(limit=READ_SIZE, loop=loop)
        pipe = os.fdopen(fd, "rb", buffering=0)
        transport, _ = await loop.connect_read_pipe(
            lambda: asyncio.StreamReaderProtocol(reader, loop=loop), pipe
        )
        try:
            await self._read_output(proc, name, reader)
        finally:
            transport.close()

    async def _read_output(
        self, proc: asyncio.subprocess.Process, name: str, stream: asyncio.StreamReader
    ) -> None:
        loop = asyncio.get_running_loop()
        watch = self._stall
        while data := await stream.read(READ_SIZE):
            watch.output(loop.time())
            try:
                self._on_output(name, data)
            except Exception as exc:
                # What follows would be read against a broken state: start a clean file.
                log.exception("%soutput handler failed; restarting ffmpeg", self._prefix)
                self._kill_reason = f"output handler failed: {exc}"
                process.kill_group(proc)
                return

    async def _read_stderr(self, stream: asyncio.StreamReader) -> None:
        lines = StderrLog(log, self._prefix)
        try:
            while True:
                try:
                    raw = await stream.readline()
                except ValueError:  # a line longer than the stream's limit
                    raw = await stream.read(READ_SIZE)
                if not raw:
                    return
                text = raw.decode("utf-8", "replace").rstrip()
                if self._on_progress is not None and (pair := progress_line(text)) is not None:
                    self._on_progress(*pair)  # a progress report, not a message to log
                    continue
                if text:
                    self._last_stderr = text
                    lines.line(text)
        finally:
            lines.flush()

    def _supervisor_done(self, task: asyncio.Task[None]) -> None:
        # Cancelled without stop() (the loop shutting down, even before the task ran):
        # never leave ffmpeg behind.
        if not self._stopping and self._proc is not None:
            process.kill_group(self._proc)
        if not task.cancelled() and task.exception() is not None:
            log.error("%sffmpeg supervisor failed", self._prefix, exc_info=task.exception())

    async def _supervise(self) -> None:
        loop = asyncio.get_running_loop()
        while True:
            proc = self._proc
            assert proc is not None
            status = await self._wait_or_kill_stalled(proc)
            self._up = False
            process.kill_group(proc)  # anything it left behind
            # Deliver the rest of its output before a new file starts. The group is dead,
            # so its pipes are at EOF; the bound is for what could still hold one open.
            if self._readers:
                _, late = await asyncio.wait(self._readers, timeout=self._stop_timeout_s)
                for task in late:
                    task.cancel()
                await asyncio.gather(*self._readers, return_exceptions=True)
            if self._stopping:
                return
            reason = self._kill_reason or _exit_reason(status, self._last_stderr)
            if loop.time() - self._started_at >= self._healthy_after_s:
                self._failures = 0
            if not await self._respawn(reason):
                return

    async def _wait_or_kill_stalled(self, proc: asyncio.subprocess.Process) -> int:
        """The process's exit status; a process that stalls (media.stall) is killed first."""
        loop = asyncio.get_running_loop()
        exited = asyncio.ensure_future(proc.wait())
        try:
            while True:
                done, _ = await asyncio.wait({exited}, timeout=self._stall_timeout_s / 10)
                if done:
                    return exited.result()
                verdict = self._stall.verdict(loop.time())
                if verdict is not None and not self._kill_reason:
                    self._kill_reason = f"ffmpeg stalled: {verdict}"
                    log.warning("%s%s; killing it", self._prefix, self._kill_reason)
                    process.kill_group(proc)
        finally:
            exited.cancel()

    async def _respawn(self, reason: str) -> bool:
        """Back off and start a replacement; False once the backend gives up."""
        while True:
            self._failures += 1
            if self._failures >= self._max_failures:
                self._failed = reason
                log.error(
                    "%sffmpeg failed %d times in a row, giving up: %s",
                    self._prefix,
                    self._failures,
                    reason,
                )
                if self._on_failed is not None:
                    self._on_failed(reason)
                return False
            delay = min(self._restart_initial_s * 2 ** (self._failures - 1), self._restart_max_s)
            log.warning("%s%s; restarting in %.1f s", self._prefix, reason, delay)
            await asyncio.sleep(delay)
            if self._stopping:
                return False
            try:
                proc = await self._spawn()
            except BackendError as exc:
                reason = str(exc)
                continue
            break
        self._restarts += 1
        dropped, self._dropped_reported = self._dropped - self._dropped_reported, self._dropped
        if dropped:
            log.warning("%sdropped %d tags while ffmpeg was down", self._prefix, dropped)
        if self._on_restart is not None:
            # Before the new process's output: the consumer expects a new file next.
            self._on_restart(self._restarts, reason)
        self._start_readers(proc)
        self._replay = True
        self._await_keyframe = self._video_header is not None
        self._up = True
        return True


@dataclass(frozen=True, slots=True)
class _Shape:
    """What the output options depend on: video present, and HEVC copied."""

    video: bool
    hevc: bool

    def fragment_s(self, part_target_s: float) -> float:
        return PER_FRAME_S if self.video else part_target_s / 4


# FLV VIDEODATA CodecID 12 (HEVC, as ffmpeg and OBS write it) and enhanced RTMP's FourCC.
_HEVC_CODEC_ID = 12
_HEVC_FOURCC = b"hvc1"
_HEVC_METADATA_IDS = (12.0, float(int.from_bytes(b"hvc1", "big")))


def _shape_of(tag: FlvTag, part_target_s: float) -> _Shape:
    """The stream's shape as its first tag tells it (metadata when the encoder sends it)."""
    if tag.type == TagType.VIDEO:
        return _Shape(video=True, hevc=_is_hevc(tag.data))
    if tag.type == TagType.AUDIO:
        return _Shape(video=True, hevc=False)  # video may follow: per frame is safe
    if is_metadata(tag):
        try:
            values = amf0.decode(tag.data, max_depth=4, max_elements=512)
        except ValueError:
            return _Shape(video=True, hevc=False)
        meta = next((v for v in values if isinstance(v, dict)), None)
        if meta is not None and "videocodecid" not in meta and "audiocodecid" in meta:
            return _Shape(video=False, hevc=False)
        codec = meta.get("videocodecid") if meta is not None else None
        return _Shape(video=True, hevc=codec in _HEVC_METADATA_IDS)
    return _Shape(video=True, hevc=False)


def _is_hevc(data: bytes) -> bool:
    if not data:
        return False
    if data[0] & 0x80:  # enhanced RTMP: a FourCC follows the first byte
        return data[1:5] == _HEVC_FOURCC
    return data[0] & 0x0F == _HEVC_CODEC_ID


class FfmpegBackends:
    """The BackendFactory of a node: one FfmpegBackend per publish, all made alike."""

    def __init__(
        self,
        ffmpeg: str,
        profile: PackagingProfile,
        *,
        restart_initial_s: float = 0.2,
        restart_max_s: float = 10.0,
        queue_bytes: int = 1 << 20,
        outputs: Sequence[Output] = (SOURCE_OUTPUT,),
        stall_timeout_s: float = DEFAULT_STALL_TIMEOUT_S,
    ) -> None:
        self.ffmpeg = ffmpeg
        self._profile = profile
        self._restart_initial_s = restart_initial_s
        self._restart_max_s = restart_max_s
        self._queue_bytes = queue_bytes
        self._outputs = tuple(outputs)
        self._stall_timeout_s = stall_timeout_s

    def __call__(self, hooks: BackendHooks, *, log_name: str) -> FfmpegBackend:
        return FfmpegBackend(
            self.ffmpeg,
            on_output=hooks.on_output,
            on_restart=hooks.on_restart,
            on_failed=hooks.on_failed,
            on_renew=hooks.on_renew,
            part_target_s=self._profile.part_target_s,
            outputs=self._outputs,
            restart_initial_s=self._restart_initial_s,
            restart_max_s=self._restart_max_s,
            queue_bytes=self._queue_bytes,
            log_name=log_name,
            stall_timeout_s=self._stall_timeout_s,
        )
