"""The ladder's transcoder: its command line, its speed, real ffmpeg keying rungs on the source."""

from __future__ import annotations

import asyncio
import itertools
import subprocess
from collections import defaultdict
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest

from sender.domain.ladder import Rung
from sender.media.clock import InputTime
from sender.media.command import build_ffmpeg_command, progress_line
from sender.media.fmp4 import Fmp4Reader, Fragment, InitSegment
from sender.media.transcoder import (
    SpeedMeter,
    Transcoder,
    TranscoderHooks,
    frame_rate_cap,
    rung_output,
    rung_size,
    source_size,
)
from sender.rtmp.flv import (
    FlvReader,
    FlvTag,
    TagType,
    is_video_keyframe,
    is_video_sequence_header,
)

RUNG = Rung("360p", 360, 800, 96)


def test_a_rung_is_scaled_encoded_at_its_rates_and_keyed_on_the_source() -> None:
    output = rung_output(RUNG, width=640, preset="faster", fd=4)
    args = list(output.codec_args)
    assert output.name == "360p" and output.fd == 4 and not output.copy

    def after(flag: str) -> str:
        return args[args.index(flag) + 1]

    assert after("-vf") == "scale=640:360"
    assert after("-c:v") == "libx264" and after("-preset") == "faster"
    assert (after("-b:v"), after("-maxrate"), after("-bufsize")) == ("800k", "880k", "800k")
    assert after("-force_key_frames") == "source"
    assert after("-sc_threshold") == "0"
    assert after("-enc_time_base:v") == "demux" and after("-fps_mode") == "passthrough"
    assert (after("-c:a"), after("-b:a")) == ("aac", "96k")


def test_a_rung_without_an_audio_rate_copies_the_source_audio() -> None:
    args = list(rung_output(Rung("low", 180, 200), width=320).codec_args)
    assert args[args.index("-c:a") + 1] == "copy"
    assert "-b:a" not in args


def test_a_frame_rate_cap_keeps_keyframes_and_comes_before_the_scaling() -> None:
    args = list(rung_output(Rung("low", 180, 200, fps=15), width=320).codec_args)
    graph = args[args.index("-vf") + 1]
    assert graph == f"{frame_rate_cap(15)},scale=320:180"
    assert "eq(key" in graph and "0.0657" in graph


def test_the_rung_width_follows_the_source_aspect_and_is_even() -> None:
    assert rung_size(RUNG, 1280, 720) == (640, 360)
    assert rung_size(Rung("r", 240, 300), 1440, 1080) == (320, 240)
    assert rung_size(Rung("r", 270, 300), 1920, 1080)[0] % 2 == 0


def test_the_transcoder_command_has_one_pipe_per_rung_and_reports_progress() -> None:
    outputs = [
        rung_output(RUNG, width=640, fd=1),
        rung_output(Rung("low", 180, 200), width=320, fd=5),
    ]
    argv = build_ffmpeg_command("ffmpeg", fragment_s=1e-6, outputs=outputs, progress=True)
    assert argv[argv.index("-progress") + 1] == "pipe:2"
    assert argv.index("-progress") < argv.index("-map")  # a global option, before the outputs
    assert [a for a in argv if a.startswith("pipe:") and a != "pipe:0"] == [
        "pipe:2",
        "pipe:1",
        "pipe:5",
    ]
    assert argv.count("-c:v") == 2
    assert "-tag:v" not in argv  # only a copy of HEVC is tagged hvc1
    assert "-progress" not in build_ffmpeg_command("ffmpeg", fragment_s=1e-6)


@pytest.mark.parametrize(
    ("line", "pair"),
    [
        ("out_time_us=2033000", ("out_time_us", "2033000")),
        ("speed=1.01x", ("speed", "1.01x")),
        ("stream_0_1_q=28.0", ("stream_0_1_q", "28.0")),
        ("progress=continue", ("progress", "continue")),
        ("[mp4 @ 0x55] Packet duration: -16 / dts: 2128 is out of range", None),
        ("Error while decoding stream #0:0: Invalid data found", None),
        ("size=12kB time=00:00:01.00 bitrate=96kbits/s", None),
    ],
)
def test_progress_lines_are_told_from_messages(line: str, pair: tuple[str, str] | None) -> None:
    assert progress_line(line) == pair


def test_speed_is_media_time_over_wall_time_over_the_window() -> None:
    meter = SpeedMeter(window_s=5.0, slow_below=0.95)
    for second in range(5):
        assert meter.report(float(second), 100.0 + second) is None  # under 5 s of reports
    assert meter.report(5.0, 105.0) == 1.0 and not meter.slow
    # It falls behind: 0.8 s of media a second, over the last window.
    for second in range(1, 7):
        meter.report(5.0 + 0.8 * second, 105.0 + second)
    assert meter.speed == pytest.approx(0.8, abs=0.01) and meter.slow


def test_a_new_process_reports_from_zero_and_starts_a_new_window() -> None:
    meter = SpeedMeter(window_s=2.0)
    for second in range(4):
        meter.report(float(second), float(second))
    assert meter.speed == 1.0
    meter.report(0.0, 4.0)  # restarted: its media time starts again
    assert meter.speed == 1.0  # the last verdict stands until a new window is full
    meter.report(1.0, 5.0)
    meter.report(2.0, 6.0)
    assert meter.speed == 1.0
    meter.reset()
    assert meter.speed is None and not meter.slow


def test_the_source_size_comes_from_its_sequence_header(
    flv_tags: Callable[..., list[FlvTag]],
) -> None:
    tags = flv_tags(1.0)
    header = next(t for t in tags if t.type == TagType.VIDEO and is_video_sequence_header(t.data))
    assert source_size(header) == (160, 120)
    frame = next(
        t for t in tags if t.type == TagType.VIDEO and not is_video_sequence_header(t.data)
    )
    assert source_size(frame) is None
    assert source_size(FlvTag(TagType.VIDEO, 0, header.data[:7])) is None  # truncated


@pytest.fixture
def odd_gop_tags(ffmpeg_exe: str, tmp_path: Path) -> list[FlvTag]:
    """4 s of 320x240 at 15 fps with a keyframe every 7 frames, as FLV tags."""
    path = tmp_path / "gop7.flv"
    argv = [
        *(ffmpeg_exe, "-v", "error", "-y"),
        *("-f", "lavfi", "-i", "testsrc2=size=320x240:rate=15"),
        *("-f", "lavfi", "-i", "sine=frequency=440:sample_rate=44100", "-t", "4"),
        *("-c:v", "libx264", "-preset", "ultrafast", "-g", "7", "-keyint_min", "7"),
        *("-sc_threshold", "0", "-pix_fmt", "yuv420p", "-c:a", "aac", "-f", "flv", str(path)),
    ]
    subprocess.run(argv, check=True, capture_output=True, timeout=60)
    return FlvReader().feed(path.read_bytes())


async def test_real_ffmpeg_keys_every_rung_on_the_source_keyframes(
    ffmpeg_exe: str, odd_gop_tags: list[FlvTag]
) -> None:
    """An odd GOP (7 frames at 15 fps) and a cap that keeps 1 frame in 2 (ffmpeg's fps
    filter would drop every other keyframe): every rung has its keyframes where the
    source has them."""
    tags = odd_gop_tags
    source_keys = [
        t.timestamp / 1000
        for t in tags
        if t.type == TagType.VIDEO
        and is_video_keyframe(t.data)
        and not is_video_sequence_header(t.data)
    ]
    data: dict[str, bytearray] = defaultdict(bytearray)
    ingest: dict[str, InputTime] = {}

    def on_output(name: str, chunk: bytes, at: InputTime) -> None:
        data[name] += chunk
        ingest[name] = at

    transcoder = Transcoder(
        ffmpeg_exe,
        rungs=[(Rung("mid", 180, 300, 64), 240), (Rung("low", 120, 150, None, fps=7.5), 160)],
        hooks=TranscoderHooks(
            on_output=on_output,
            on_restart=lambda count, reason: pytest.fail(f"restarted: {reason}"),
            on_renew=lambda reason: None,
            on_failed=lambda reason: pytest.fail(f"failed: {reason}"),
            on_slow=lambda speed: None,
        ),
        epoch="publish-1",
    )
    await transcoder.start()
    assert transcoder.pid is not None
    arrival = datetime(2026, 12, 1, tzinfo=UTC)
    for tag in tags:
        transcoder.offer(tag, arrival)
    # Let the feeder hand everything over, then end the input (the last fragments flush).
    await asyncio.wait_for(transcoder.drained(), 30)
    await transcoder.stop()
    assert set(data) == {"mid", "low"}
    first = source_keys[0]
    for name, expected_height in (("mid", 180), ("low", 120)):
        items = Fmp4Reader().feed(bytes(data[name]))
        (init,) = [i for i in items if isinstance(i, InitSegment)]
        assert init.video is not None and init.video.height == expected_height
        video = [
            f
            for f in items
            if isinstance(f, Fragment)
            and any(t.kind == "video" and t.sample_count for t in f.tracks)
        ]
        keys = [f.decode_time_s for f in video if f.independent]
        start = keys[0]
        rung_keys = [round(k - start + first, 3) for k in keys]
        # Every source keyframe is a rung keyframe (the last GOP's may not be out yet), at
        # the same input time but for the audio its muxer put before the first frame.
        assert len(source_keys) - 1 <= len(rung_keys) <= len(source_keys), (name, rung_keys)
        for ours, theirs in zip(rung_keys, source_keys, strict=False):
            assert abs(ours - theirs) <= 0.05, (name, rung_keys, source_keys)
        gaps = [b - a for a, b in itertools.pairwise(rung_keys[1:])]
        assert all(abs(g - 7 / 15) <= 0.002 for g in gaps), (name, rung_keys)
        assert ingest[name].epoch == "publish-1" and ingest[name].keyframe_s == first
    frames = sum(
        t.sample_count
        for f in Fmp4Reader().feed(bytes(data["low"]))
        if isinstance(f, Fragment)
        for t in f.tracks
        if t.kind == "video"
    )
    assert 25 <= frames <= 40  # 60 frames in, about 1 in 2 kept (and every keyframe)


async def test_a_transcoder_that_falls_behind_skips_to_the_next_keyframe(
    ffmpeg_exe: str, odd_gop_tags: list[FlvTag]
) -> None:
    """Offered faster than it is fed (nothing awaits in between), the queue fills: input
    is dropped, never a header, and taken again from a keyframe on."""
    transcoder = Transcoder(
        ffmpeg_exe,
        rungs=[(Rung("mid", 120, 150, 64), 160)],
        hooks=TranscoderHooks(
            on_output=lambda name, data, at: None,
            on_restart=lambda count, reason: None,
            on_renew=lambda reason: None,
            on_failed=lambda reason: None,
            on_slow=lambda speed: None,
        ),
        epoch=1,
        queue_bytes=20_000,
    )
    await transcoder.start()
    try:
        for tag in odd_gop_tags:
            transcoder.offer(tag)
        queued = [tag for tag, _ in list(transcoder._queue._queue)]  # type: ignore[attr-defined]
        assert transcoder.dropped > 0
        assert len(queued) + transcoder.dropped == len(odd_gop_tags)
        assert sum(len(t.data) for t in queued) <= 20_000 + max(len(t.data) for t in queued)
        # Every header got through; after each gap the first video tag is a keyframe.
        offered = iter(odd_gop_tags)
        gap = False
        for tag in queued:
            skipped = next(offered)
            while skipped is not tag:
                gap = True
                skipped = next(offered)
            if gap and tag.type == TagType.VIDEO:
                assert is_video_keyframe(tag.data), "resumed on a frame that is not a keyframe"
                gap = False
        assert queued[:3] == odd_gop_tags[:3]  # metadata and both sequence headers
    finally:
        await transcoder.stop()


CAPTURES = Path(__file__).resolve().parents[1] / "fixtures" / "flv"


@pytest.fixture(params=["ffmpeg_hevc", "ffmpeg_av1_svt", "gstreamer_h264"])
def capture_tags(request: pytest.FixtureRequest) -> list[FlvTag]:
    return FlvReader().feed((CAPTURES / f"{request.param}.flv").read_bytes())


async def test_rungs_are_h264_whatever_the_source_codec(
    ffmpeg_exe: str, capture_tags: list[FlvTag]
) -> None:
    """HEVC and AV1 sources (and GStreamer's FLV) are decoded and their rungs are H.264/AAC."""
    tags = capture_tags
    data = bytearray()
    header = next(t for t in tags if t.type == TagType.VIDEO and is_video_sequence_header(t.data))
    assert source_size(header) == (160, 120)
    transcoder = Transcoder(
        ffmpeg_exe,
        rungs=[(Rung("r", 60, 100, 32), 80)],
        hooks=TranscoderHooks(
            on_output=lambda name, chunk, at: data.extend(chunk),
            on_restart=lambda count, reason: pytest.fail(f"restarted: {reason}"),
            on_renew=lambda reason: None,
            on_failed=lambda reason: pytest.fail(f"failed: {reason}"),
            on_slow=lambda speed: None,
        ),
        epoch=1,
    )
    await transcoder.start()
    for tag in tags:
        transcoder.offer(tag)
    await asyncio.wait_for(transcoder.drained(), 30)
    await transcoder.stop()
    items = Fmp4Reader().feed(bytes(data))
    (init,) = [i for i in items if isinstance(i, InitSegment)]
    assert [t.codec.split(".")[0] for t in init.tracks] == ["avc1", "mp4a"]
    assert init.video is not None and (init.video.width, init.video.height) == (80, 60)
    assert sum(1 for i in items if isinstance(i, Fragment)) > 50
