"""FfmpegBackend against real ffmpeg: remuxing, restarts, failures, clean-up, back-pressure."""

from __future__ import annotations

import asyncio
import itertools
import logging
import os
import re
import signal
import struct
import subprocess
import sys
import textwrap
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from sender.errors import BackendError
from sender.media.ffmpeg import FfmpegBackend, StderrLog
from sender.media.fmp4 import Fmp4Reader, Fragment, InitSegment
from sender.rtmp.flv import FlvReader, FlvTag, TagType

TagsFactory = Callable[..., list[FlvTag]]


class Collector:
    """The backend's callbacks: output bytes, restarts (with the output offset), failure."""

    def __init__(self) -> None:
        self.output = bytearray()
        self.restarts: list[tuple[int, str, int]] = []
        self.renewals: list[tuple[str, int]] = []
        self.failed: list[str] = []
        self.failed_event = asyncio.Event()

    def on_output(self, rendition: str, data: bytes) -> None:
        assert rendition == "source"
        self.output += data

    def on_restart(self, count: int, reason: str) -> None:
        self.restarts.append((count, reason, len(self.output)))

    def on_renew(self, reason: str) -> None:
        self.renewals.append((reason, len(self.output)))

    def on_failed(self, reason: str) -> None:
        self.failed.append(reason)
        self.failed_event.set()

    def backend(self, ffmpeg: str, **kwargs: object) -> FfmpegBackend:
        return FfmpegBackend(
            ffmpeg,
            on_output=self.on_output,
            on_restart=self.on_restart,
            on_failed=self.on_failed,
            on_renew=self.on_renew,
            **kwargs,  # type: ignore[arg-type]
        )


def box_types(data: bytes) -> list[str]:
    """Top-level MP4 box types; fails on a truncated or malformed box."""
    types = []
    offset = 0
    while offset < len(data):
        size, kind = struct.unpack(">I4s", data[offset : offset + 8])
        assert size >= 8 and offset + size <= len(data), f"bad box at {offset}"
        types.append(kind.decode("ascii"))
        offset += size
    return types


def assert_fragmented_mp4(data: bytes) -> list[str]:
    types = box_types(data)
    assert types[:2] == ["ftyp", "moov"]
    fragments = types[2:]
    assert fragments, "no fragments"
    if fragments[-1] == "mfra":  # the random-access index ffmpeg adds at a clean end
        fragments = fragments[:-1]
    assert fragments == ["moof", "mdat"] * (len(fragments) // 2)
    return types


def decode(ffmpeg: str, data: bytes, path: Path) -> str:
    """Decode the file completely; returns what `ffmpeg -i` says about it."""
    path.write_bytes(data)
    run = subprocess.run(
        [ffmpeg, "-v", "error", "-i", str(path), "-f", "null", "-"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert run.returncode == 0, run.stderr
    assert run.stderr == ""
    return describe(ffmpeg, path)


def describe(ffmpeg: str, path: Path) -> str:
    """What `ffmpeg -i` says about a file (there is no ffprobe)."""
    run = subprocess.run([ffmpeg, "-hide_banner", "-i", str(path)], capture_output=True, text=True)
    return run.stderr


def duration_s(info: str) -> float:
    match = re.search(r"Duration: (\d+):(\d+):(\d+\.\d+)", info)
    assert match, info
    hours, minutes, seconds = match.groups()
    return int(hours) * 3600 + int(minutes) * 60 + float(seconds)


def alive(pid: int) -> bool:
    """Running or stopped; a zombie (dead, not yet reaped by init) counts as gone."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:  # vanished in between
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"


async def eventually(predicate: Callable[[], bool], timeout_s: float = 15.0) -> bool:
    """Poll until `predicate()` holds or a generous deadline passes; its last value."""
    deadline = time.monotonic() + timeout_s
    while not predicate() and time.monotonic() < deadline:  # noqa: ASYNC110 (no event to wait on)
        await asyncio.sleep(0.02)
    return predicate()


async def feed(backend: FfmpegBackend, tags: list[FlvTag], pause_s: float = 0.0) -> None:
    for tag in tags:
        await backend.send(tag)
        if pause_s:
            await asyncio.sleep(pause_s)


@pytest.mark.parametrize(
    ("video", "audio"), [(True, True), (True, False), (False, True)], ids=["av", "video", "audio"]
)
async def test_remuxes_flv_into_fragmented_mp4_that_decodes(
    ffmpeg_exe: str, make_flv: Callable[..., Path], tmp_path: Path, video: bool, audio: bool
) -> None:
    source = make_flv(3.0, video=video, audio=audio)
    got = Collector()
    backend = got.backend(ffmpeg_exe)
    await backend.start()
    await feed(backend, FlvReader().feed(source.read_bytes()))
    await backend.stop()

    types = assert_fragmented_mp4(bytes(got.output))
    assert types.count("moof") >= 5  # 0.2 s parts and a keyframe each second
    assert got.restarts == [] and got.failed == []
    info = decode(ffmpeg_exe, bytes(got.output), tmp_path / "out.mp4")
    assert ("Video: h264" in info) == video
    assert ("Audio: aac" in info) == audio
    assert duration_s(info) == pytest.approx(duration_s(describe(ffmpeg_exe, source)), abs=0.25)


async def test_restarts_a_killed_ffmpeg_and_resumes_with_a_new_file(
    ffmpeg_exe: str, flv_tags: TagsFactory, tmp_path: Path
) -> None:
    tags = flv_tags(4.0)
    got = Collector()
    backend = got.backend(ffmpeg_exe, restart_initial_s=0.05)
    await backend.start()
    half = len(tags) // 2
    await feed(backend, tags[:half])
    assert await eventually(lambda: b"moof" in got.output)
    first_pid = backend.pid
    assert first_pid is not None
    os.kill(first_pid, signal.SIGKILL)
    # Keep feeding at a pace that leaves the restart time to happen mid-stream.
    await feed(backend, tags[half:], pause_s=0.01)
    await backend.stop()

    assert backend.restarts == 1
    assert [(count, reason) for count, reason, _ in got.restarts] == [
        (1, "ffmpeg killed by SIGKILL")
    ]
    assert backend.pid != first_pid
    assert not alive(first_pid)
    cut = got.restarts[0][2]
    before, after = bytes(got.output[:cut]), bytes(got.output[cut:])
    assert_fragmented_mp4(before)
    assert box_types(after).count("moof") >= 3
    assert_fragmented_mp4(after)
    info = decode(ffmpeg_exe, after, tmp_path / "after.mp4")
    assert "Video: h264" in info and "Audio: aac" in info
    decode(ffmpeg_exe, before, tmp_path / "before.mp4")
    assert got.failed == []


async def feed_live(backend: FfmpegBackend, tags: list[FlvTag], until_s: float) -> None:
    """Send the tags as an encoder would: each at its timestamp, in real time."""
    loop = asyncio.get_running_loop()
    start = loop.time()
    rounds = itertools.count()
    span = (max(t.timestamp for t in tags) + 40) / 1000
    for round_ in rounds:
        offset = round_ * span
        for tag in tags:
            if round_ and (tag.type == TagType.SCRIPT or not tag.data):
                continue
            at = offset + tag.timestamp / 1000
            if at >= until_s:
                return
            await asyncio.sleep(max(0.0, start + at - loop.time()))
            await backend.send(FlvTag(tag.type, tag.timestamp + round(offset * 1000), tag.data))


async def test_a_stopped_ffmpeg_is_killed_and_replaced(
    ffmpeg_exe: str, flv_tags: TagsFactory, tmp_path: Path
) -> None:
    tags = flv_tags(2.0)
    got = Collector()
    backend = got.backend(ffmpeg_exe, restart_initial_s=0.05, stall_timeout_s=0.6)
    await backend.start()
    first_pid = backend.pid
    assert first_pid is not None
    feeding = asyncio.create_task(feed_live(backend, tags, until_s=6.0))
    try:
        assert await eventually(lambda: box_types(bytes(got.output)).count("moof") >= 3)
        os.kill(first_pid, signal.SIGSTOP)  # alive, not exiting, not reading: stalled
        assert await eventually(lambda: bool(got.restarts), timeout_s=10)
        count, reason, cut = got.restarts[0]
        assert count == 1
        assert reason.startswith("ffmpeg stalled: ")
        assert not alive(first_pid)  # SIGKILL ends a stopped process too
        assert backend.pid != first_pid
        assert await eventually(lambda: box_types(bytes(got.output[cut:])).count("moof") >= 3)
        await feeding
    finally:
        feeding.cancel()
        await backend.stop()
    after = bytes(got.output[cut:])
    assert_fragmented_mp4(after)
    assert "Video: h264" in decode(ffmpeg_exe, after, tmp_path / "after.mp4")
    assert backend.restarts == 1 and got.failed == []


async def test_a_write_that_cannot_drain_is_a_stall_too(
    ffmpeg_exe: str, flv_tags: TagsFactory
) -> None:
    tags = flv_tags(3.0)
    got = Collector()
    backend = got.backend(ffmpeg_exe, queue_bytes=64 * 1024, stall_timeout_s=0.6)
    await backend.start()
    pid = backend.pid
    assert pid is not None
    await feed(backend, tags[: len(tags) // 2])
    assert await eventually(lambda: b"moof" in got.output)
    os.kill(pid, signal.SIGSTOP)
    media = [t for t in tags if t.type != TagType.SCRIPT and t.data[1:2] == b"\x01"]
    # One timeline on from the last tag fed (a jump would start a new file, not a stall).
    last = max(t.timestamp for t in tags[: len(tags) // 2])
    first = min(t.timestamp for t in media)
    span = max(t.timestamp for t in media) - first + 40

    async def flood() -> None:
        # As fast as the backend takes them: the queue fills within moments and the
        # write waits to drain, with no time for input to pile up over the timeout.
        for round_ in itertools.count():
            shift = last + 40 - first + round_ * span
            for tag in media:
                await backend.send(FlvTag(tag.type, tag.timestamp + shift, tag.data))
                await asyncio.sleep(0)  # a dropped tag returns at once: let the others run
            if got.restarts:
                return

    flooding = asyncio.create_task(flood())
    try:
        assert await eventually(lambda: bool(got.restarts), timeout_s=10)
        await asyncio.wait_for(flooding, 10)  # the blocked write came back
    finally:
        flooding.cancel()
        await backend.stop()
    assert got.restarts[0][1].startswith("ffmpeg stalled: input not read for")
    assert not alive(pid)


async def test_video_goes_on_when_the_audio_stops_and_that_is_no_stall(
    ffmpeg_exe: str, flv_tags: TagsFactory
) -> None:
    tags = flv_tags(6.0)
    # The encoder's audio source goes away after 2 s; its video goes on.
    fed = [
        t
        for t in tags
        if not (t.type == TagType.AUDIO and t.timestamp > 2000 and t.data[1:2] == b"\x01")
    ]
    got = Collector()
    arrivals: list[float] = []
    loop = asyncio.get_running_loop()

    def on_output(rendition: str, data: bytes) -> None:
        arrivals.append(loop.time())
        got.on_output(rendition, data)

    backend = FfmpegBackend(
        ffmpeg_exe,
        on_output=on_output,
        on_restart=got.on_restart,
        on_failed=got.on_failed,
        stall_timeout_s=1.0,
    )
    await backend.start()
    started = loop.time()
    try:
        await feed_live(backend, fed, until_s=5.5)
    finally:
        await backend.stop()
    assert got.restarts == []  # not taken for a stalled ffmpeg
    late = [t - started for t in arrivals if t - started > 3.0]
    assert late and max(b - a for a, b in itertools.pairwise(late)) < 1.0  # video on time
    assert "Video: h264" in describe_bytes(ffmpeg_exe, bytes(got.output))


def describe_bytes(ffmpeg: str, data: bytes) -> str:
    run = subprocess.run(
        [ffmpeg, "-hide_banner", "-i", "pipe:0"], input=data, capture_output=True, timeout=60
    )
    return run.stderr.decode()


async def test_restart_on_request_replaces_the_process(
    ffmpeg_exe: str, flv_tags: TagsFactory
) -> None:
    tags = flv_tags(2.0)
    got = Collector()
    backend = got.backend(ffmpeg_exe, restart_initial_s=0.05)
    await backend.start()
    first_pid = backend.pid
    feeding = asyncio.create_task(feed_live(backend, tags, until_s=4.0))
    try:
        assert await eventually(lambda: b"moof" in got.output)
        backend.restart("unreadable output of rendition source")
        backend.restart("asked twice")  # a replacement is on its way: nothing more
        assert await eventually(lambda: bool(got.restarts))
        await feeding
    finally:
        feeding.cancel()
        await backend.stop()
    assert [(c, r) for c, r, _ in got.restarts] == [(1, "unreadable output of rendition source")]
    assert backend.pid != first_pid
    assert box_types(bytes(got.output[got.restarts[0][2] :])).count("moof") >= 2


async def test_a_missing_ffmpeg_fails_to_start(tmp_path: Path) -> None:
    backend = Collector().backend(str(tmp_path / "no-such-ffmpeg"))
    with pytest.raises(BackendError, match="no-such-ffmpeg"):
        await backend.start()


async def test_gives_up_after_max_failures_with_back_off(
    tmp_path: Path, flv_tags: TagsFactory
) -> None:
    starts = tmp_path / "starts"
    script = tmp_path / "ffmpeg"
    script.write_text(f'#!/bin/sh\ndate +%s.%N >> {starts}\necho "boom: bad input" >&2\nexit 3\n')
    script.chmod(0o755)
    got = Collector()
    backend = got.backend(str(script), restart_initial_s=0.05, max_failures=4)
    await backend.start()
    tags = flv_tags(1.0)
    # The feeder keeps going while ffmpeg keeps dying: its tags are dropped, never queued.
    for tag in tags * 50:
        if got.failed:
            break
        await backend.send(tag)
        await asyncio.sleep(0.002)
    await asyncio.wait_for(got.failed_event.wait(), 30)

    assert got.failed == ["ffmpeg exited with status 3: boom: bad input"]
    assert backend.restarts == 3
    assert [count for count, _, _ in got.restarts] == [1, 2, 3]
    times = [float(line) for line in starts.read_text().split()]
    assert len(times) == 4
    # Each wait is at least the back-off: 0.05, 0.1, 0.2 s.
    gaps = [b - a for a, b in itertools.pairwise(times)]
    assert all(gap >= least for gap, least in zip(gaps, [0.05, 0.1, 0.2], strict=True))
    with pytest.raises(BackendError, match="gave up"):
        await backend.send(tags[0])
    await backend.stop()


async def test_stop_leaves_no_ffmpeg(ffmpeg_exe: str, flv_tags: TagsFactory) -> None:
    got = Collector()
    backend = got.backend(ffmpeg_exe)
    await backend.start()
    pid = backend.pid
    assert pid is not None and alive(pid)
    await feed(backend, flv_tags(1.0))
    await backend.stop()
    assert not alive(pid)
    assert box_types(bytes(got.output))[:2] == ["ftyp", "moov"]


async def test_cancelling_the_feeding_task_leaves_no_ffmpeg(
    ffmpeg_exe: str, flv_tags: TagsFactory
) -> None:
    tags = flv_tags(3.0)
    got = Collector()
    pids: list[int] = []

    async def publish() -> None:
        async with got.backend(ffmpeg_exe) as backend:
            assert backend.pid is not None
            pids.append(backend.pid)
            await feed(backend, tags, pause_s=0.02)

    task = asyncio.create_task(publish())
    assert await eventually(lambda: len(got.output) > 0)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    assert not alive(pids[0])


async def test_cancelling_the_supervisor_kills_ffmpeg(ffmpeg_exe: str) -> None:
    # What happens when the event loop shuts down with the backend never stopped.
    backend = Collector().backend(ffmpeg_exe)
    await backend.start()
    pid = backend.pid
    assert pid is not None
    supervisor = backend._supervisor
    assert supervisor is not None
    supervisor.cancel()
    with pytest.raises(asyncio.CancelledError):
        await supervisor
    assert await eventually(lambda: not alive(pid))
    await backend.stop()


CHILD = textwrap.dedent(
    """
    import asyncio, sys
    from sender.media.ffmpeg import FfmpegBackend

    async def main() -> None:
        backend = FfmpegBackend(sys.argv[1], on_output=lambda name, data: None)
        await backend.start()
        print(backend.pid, flush=True)
        await asyncio.sleep(3600)

    asyncio.run(main())
    """
)


async def test_ffmpeg_dies_with_its_parent(ffmpeg_exe: str) -> None:
    child = await asyncio.create_subprocess_exec(
        sys.executable, "-c", CHILD, ffmpeg_exe, stdout=asyncio.subprocess.PIPE
    )
    ffmpeg_pid = 0
    try:
        assert child.stdout is not None
        ffmpeg_pid = int(await asyncio.wait_for(child.stdout.readline(), 30))
        assert alive(ffmpeg_pid)
        # Stopped, ffmpeg cannot notice its stdin closing: only the kernel's death signal
        # can end it once its parent is gone.
        os.kill(ffmpeg_pid, signal.SIGSTOP)
        child.kill()
        await child.wait()
        assert await eventually(lambda: not alive(ffmpeg_pid))
    finally:
        if child.returncode is None:
            child.kill()
            await child.wait()
        if ffmpeg_pid and alive(ffmpeg_pid):
            os.kill(ffmpeg_pid, signal.SIGKILL)


async def test_send_blocks_while_ffmpeg_does_not_read(
    ffmpeg_exe: str, flv_tags: TagsFactory
) -> None:
    tags = flv_tags(3.0)
    got = Collector()
    # No stall verdict here: what is measured is the bound of what send() queues.
    backend = got.backend(ffmpeg_exe, queue_bytes=64 * 1024, stall_timeout_s=3600)
    await backend.start()
    pid = backend.pid
    assert pid is not None
    try:
        await feed(backend, tags[:10])
        os.kill(pid, signal.SIGSTOP)
        media = [t for t in tags if t.type != TagType.SCRIPT][5:]
        accepted = 0
        blocked = False
        # Timestamps keep rising across rounds, without a jump (a jump starts a new file):
        # the bytes matter here, not the picture.
        span = media[-1].timestamp - media[0].timestamp + 40
        for round_ in range(200):
            for tag in media:
                later = FlvTag(tag.type, tag.timestamp + round_ * span, tag.data)
                try:
                    await asyncio.wait_for(backend.send(later), 0.5)
                except TimeoutError:
                    blocked = True
                    break
                accepted += len(tag.data)
            if blocked:
                break
        assert blocked
        # Our queue, the pipe and what ffmpeg read before it stopped: far below the input fed.
        assert accepted < 2 * 1024 * 1024

        next_ms = later.timestamp + 20
        pending = asyncio.create_task(backend.send(FlvTag(TagType.AUDIO, next_ms, media[0].data)))
        done, _ = await asyncio.wait({pending}, timeout=0.3)
        assert not done
        os.kill(pid, signal.SIGCONT)
        await asyncio.wait_for(pending, 20)
    finally:
        os.kill(pid, signal.SIGCONT)
        await backend.stop()
    assert not alive(pid)


def fragment_durations(data: bytes) -> list[float]:
    return [i.duration_s for i in Fmp4Reader().feed(data) if isinstance(i, Fragment)]


async def test_video_is_fragmented_per_frame_for_the_packager_to_group(
    ffmpeg_exe: str, flv_tags: TagsFactory
) -> None:
    got = Collector()
    async with got.backend(ffmpeg_exe) as backend:
        await feed(backend, flv_tags(2.0))
    durations = fragment_durations(bytes(got.output))
    # 15 fps (tests/media/conftest.py): one fragment per frame, a fifteenth of a second.
    assert len(durations) >= 25
    assert max(durations[1:-1]) == pytest.approx(1 / 15, abs=0.002)


async def test_audio_alone_is_fragmented_by_a_quarter_part_target(
    ffmpeg_exe: str, flv_tags: TagsFactory
) -> None:
    got = Collector()
    async with got.backend(ffmpeg_exe, part_target_s=0.2) as backend:
        await feed(backend, flv_tags(2.0, video=False))
    durations = fragment_durations(bytes(got.output))
    # AAC frames of 1024 samples at 44.1 kHz: the first whole frame count past 50 ms.
    assert durations and all(0.05 <= d <= 0.05 + 0.024 for d in durations[:-1])
    assert got.renewals == [] and got.restarts == []


HEVC_CAPTURE = Path(__file__).resolve().parents[1] / "fixtures" / "flv" / "ffmpeg_hevc.flv"


async def test_hevc_is_packaged_as_hvc1(ffmpeg_exe: str) -> None:
    got = Collector()
    async with got.backend(ffmpeg_exe) as backend:
        await feed(backend, FlvReader().feed(HEVC_CAPTURE.read_bytes()))
    init = next(i for i in Fmp4Reader().feed(bytes(got.output)) if isinstance(i, InitSegment))
    assert b"hvc1" in init.data and b"hev1" not in init.data
    assert init.video is not None and init.video.codec.startswith("hvc1.")


async def test_a_timestamp_jump_starts_a_new_file_without_a_restart(
    ffmpeg_exe: str, flv_tags: TagsFactory, tmp_path: Path
) -> None:
    tags = flv_tags(4.0)
    half = len(tags) // 2
    media = [t for t in tags[half:] if t.type != TagType.SCRIPT]
    jumped = [FlvTag(t.type, t.timestamp + 60_000, t.data) for t in media]
    got = Collector()
    async with got.backend(ffmpeg_exe) as backend:
        await feed(backend, tags[:half])
        assert await eventually(lambda: b"moof" in got.output)
        first_pid = backend.pid
        await feed(backend, jumped)
        assert backend.pid != first_pid
    assert backend.restarts == 0 and got.restarts == [] and got.failed == []
    [(reason, _)] = got.renewals
    assert reason.startswith("timestamps jumped 60") and reason.endswith("ms forward")
    cut = got.renewals[0][1]
    before, after = bytes(got.output[:cut]), bytes(got.output[cut:])
    assert_fragmented_mp4(before)
    assert_fragmented_mp4(after)  # a whole new file: ftyp, moov, fragments
    # No sample of the new file spans the jump: every fragment is a frame long.
    assert max(fragment_durations(after)) < 0.5
    decode(ffmpeg_exe, after, tmp_path / "after.mp4")


def test_stderr_lines_are_rate_limited(caplog: pytest.LogCaptureFixture) -> None:
    now = [0.0]
    logger = logging.getLogger("sender.media.ffmpeg")
    lines = StderrLog(logger, "demo: ", max_lines=3, window_s=10.0, clock=lambda: now[0])
    with caplog.at_level(logging.WARNING, logger="sender.media.ffmpeg"):
        for i in range(10):
            lines.line(f"error {i}")
        now[0] = 11.0
        lines.line("error 10")
        lines.flush()
    messages = [r.getMessage() for r in caplog.records]
    assert messages == [
        "demo: error 0",
        "demo: error 1",
        "demo: error 2",
        "demo: suppressed 7 lines",
        "demo: error 10",
    ]
