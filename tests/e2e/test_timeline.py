"""What encoders do to the timeline, end to end, on either backend.

- an encoder with a keyframe every 10 s (`-g 300`): TARGETDURATION stays at the
  target, segments are cut at it without a keyframe, parts keep PART-TARGET;
- a timestamp jump forward (+60 s) and back (-3.5 s) inside one connection:
  EXT-X-DISCONTINUITY, no part or segment stretched or squeezed, dates that
  never go back;
- a new sequence header with another size inside one connection: a new init
  segment behind a discontinuity, and what follows decodes at the new size.
"""

from __future__ import annotations

import asyncio
import itertools
import subprocess
from pathlib import Path
from urllib.parse import urlsplit

import m3u8
import pytest

from sender.rtmp.flv import FlvReader, FlvTag, TagType
from tests.e2e.conftest import Client, Publisher, complete, decode_check
from tests.e2e.rawpublish import is_header, publish_tags

pytestmark = pytest.mark.e2e

BACKENDS = pytest.mark.parametrize("backend", ["ffmpeg", "native"])
CAPTURE = Path(__file__).resolve().parents[1] / "fixtures" / "flv" / "ffmpeg_h264.flv"
SEGMENT_S = 1.0  # e2e_settings' segment target: TARGETDURATION 1


def rtmp_port(client: Client) -> int:
    port = urlsplit(client.node.rtmp_url).port
    assert port is not None
    return port


def assert_promises_kept(playlist: m3u8.M3U8) -> None:
    """TARGETDURATION, PART-TARGET and the part sizes as 8216bis has them."""
    assert playlist.target_duration == 1
    part_target = playlist.part_inf.part_target
    for segment in complete(playlist):
        assert round(segment.duration) <= playlist.target_duration, segment.uri
        assert segment.duration <= playlist.target_duration + 0.5, segment.uri
        for part in segment.parts:
            assert part.duration <= part_target + 1e-3, (segment.uri, part.uri)


@BACKENDS
async def test_a_ten_second_gop_keeps_the_targets(client: Client, ffmpeg: str) -> None:
    _, key = await client.create_stream("longgop", latency_mode="low")
    cmd = [
        ffmpeg, "-hide_banner", "-loglevel", "error", "-re",
        "-f", "lavfi", "-i", "testsrc2=size=320x180:rate=30",
        "-f", "lavfi", "-i", "sine=frequency=440:sample_rate=48000",
        "-t", "7", "-c:v", "libx264", "-preset", "ultrafast", "-tune", "zerolatency",
        "-pix_fmt", "yuv420p", "-g", "300", "-keyint_min", "300", "-sc_threshold", "0",
        "-c:a", "aac", "-f", "flv", f"{client.node.rtmp_url}/{key}",
    ]  # fmt: skip
    proc = await asyncio.create_subprocess_exec(
        *cmd, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    pub = Publisher(proc)
    try:
        info = await client.wait_state("longgop", "live")
        assert await pub.wait() == 0
    finally:
        await pub.stop()
    playlist = await client.wait_segments(info["hls_url"], 5)
    assert_promises_kept(playlist)
    done = complete(playlist)
    # One keyframe in 7 s: the first segment starts on it, the others are cut without one
    # (the playlist lists the parts of its newest segments).
    listed = [(s.uri, p) for s in done for p in s.parts]
    assert listed
    assert all(uri == done[0].uri for uri, p in listed if p.independent)
    assert any(s.parts and not s.parts[0].independent for s in done[1:])
    assert "#EXT-X-INDEPENDENT-SEGMENTS" not in playlist.dumps()


def jumping_timeline() -> tuple[list[FlvTag], list[float]]:
    """Three loops of the capture: the second 60 s ahead, the third 3.5 s back from there;
    sent at twice real time, as if the timestamps had run on."""
    tags = FlvReader().feed(CAPTURE.read_bytes())
    shifts = (0, 62_000, 62_000 + 2_000 - 3_500 + 2_000)
    out: list[FlvTag] = []
    at: list[float] = []
    for loop, shift in enumerate(shifts):
        for tag in tags:
            if loop and is_header(tag):
                continue
            out.append(FlvTag(tag.type, tag.timestamp + shift, tag.data))
            at.append((loop * 2000 + tag.timestamp) / 1000 / 2)
    return out, at


@BACKENDS
async def test_timestamp_jumps_are_discontinuities_not_long_or_squeezed_parts(
    client: Client, ffmpeg: str, tmp_path: Path
) -> None:
    _, key = await client.create_stream("jumpy")
    await client.api("POST", "/api/v1/streams/jumpy/start", status=200)
    tags, at = jumping_timeline()
    publishing = asyncio.create_task(publish_tags(rtmp_port(client), key, tags, at_s=at))
    info = await client.wait_state("jumpy", "live")
    await publishing
    playlist = await client.wait_segments(info["hls_url"], 5)
    assert_promises_kept(playlist)
    done = complete(playlist)
    # Two jumps, two discontinuities; 6 s of media in all, not 60 s nor 2.5 s.
    assert sum(1 for s in done if s.discontinuity) == 2
    assert 5.0 <= sum(s.duration for s in done) <= 6.5
    dates = [s.program_date_time for s in done]
    assert all(d is not None for d in dates)
    assert all(a <= b for a, b in itertools.pairwise(dates))  # type: ignore[operator]
    # Each piece decodes on its own init.
    for segment in done:
        init = (await client.get(segment.init_section.absolute_uri))[2]
        data = (await client.get(segment.absolute_uri))[2]
        assert decode_check(ffmpeg, init + data, tmp_path, "piece.mp4") == ""


async def encode(ffmpeg: str, size: str, path: Path) -> list[FlvTag]:
    proc = await asyncio.create_subprocess_exec(
        ffmpeg, "-hide_banner", "-loglevel", "error", "-y",
        "-f", "lavfi", "-i", f"testsrc2=size={size}:rate=30",
        "-f", "lavfi", "-i", "sine=frequency=440:sample_rate=44100",
        "-t", "3", "-c:v", "libx264", "-preset", "ultrafast", "-g", "30",
        "-pix_fmt", "yuv420p", "-c:a", "aac", "-ar", "44100", "-f", "flv", str(path),
    )  # fmt: skip
    assert await proc.wait() == 0
    return FlvReader().feed(await asyncio.to_thread(path.read_bytes))


@BACKENDS
async def test_a_new_size_mid_stream_gets_its_own_init_segment(
    client: Client, ffmpeg: str, tmp_path: Path
) -> None:
    first = await encode(ffmpeg, "320x180", tmp_path / "a.flv")
    second = await encode(ffmpeg, "160x120", tmp_path / "b.flv")
    end = max(t.timestamp for t in first) + 33
    tags = first + [
        FlvTag(t.type, t.timestamp + end, t.data)
        for t in second
        if t.type != TagType.SCRIPT  # its video sequence header comes mid-stream
    ]
    _, key = await client.create_stream("resize")
    await client.api("POST", "/api/v1/streams/resize/start", status=200)
    publishing = asyncio.create_task(publish_tags(rtmp_port(client), key, tags))
    info = await client.wait_state("resize", "live")
    await publishing
    playlist = await client.wait_segments(info["hls_url"], 5)
    assert_promises_kept(playlist)
    done = complete(playlist)
    cut = [i for i, s in enumerate(done) if s.discontinuity]
    assert len(cut) == 1
    before, after = done[cut[0] - 1], done[cut[0]]
    assert before.init_section.uri != after.init_section.uri
    for segment, size in ((before, "320x180"), (after, "160x120")):
        init = (await client.get(segment.init_section.absolute_uri))[2]
        data = (await client.get(segment.absolute_uri))[2]
        path = tmp_path / f"{size}.mp4"
        assert decode_check(ffmpeg, init + data, tmp_path, path.name) == ""
        probe = await asyncio.create_subprocess_exec(
            ffmpeg, "-hide_banner", "-i", str(path), stderr=subprocess.PIPE
        )
        _, err = await asyncio.wait_for(probe.communicate(), 60)
        assert size.encode() in err, err
