"""A publisher sending broken frames mid-stream: the stream goes on, on either backend.

A hand-driven RTMP publisher replays a real capture (ffmpeg's H.264 and AAC,
looped with its timestamps running on) and slips in, mid-stream, an AVC frame
whose NALU length runs past its tag and a tag cut after its first byte. Neither
may end the publish or the node: the segments after them come, decode, and
the node answers meanwhile.
"""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from bench.rawpub import CUT, OVERRUN

from sender.rtmp.flv import FlvReader, FlvTag, TagType
from tests.e2e.conftest import Client, complete, decode_check
from tests.e2e.rawpublish import is_header, publish_tags

pytestmark = pytest.mark.e2e

CAPTURE = Path(__file__).resolve().parents[1] / "fixtures" / "flv" / "ffmpeg_h264.flv"
LOOPS = 4  # 2 s each
LOOP_MS = 2000


def timeline() -> list[FlvTag]:
    """The capture looped, the timestamps running on; the broken tags in the third second."""
    tags = FlvReader().feed(CAPTURE.read_bytes())
    out: list[FlvTag] = []
    for loop in range(LOOPS):
        for tag in tags:
            if loop and is_header(tag):
                continue
            out.append(FlvTag(tag.type, tag.timestamp + loop * LOOP_MS, tag.data))
    middle = next(i for i, t in enumerate(out) if t.timestamp >= 2500 and t.type == TagType.VIDEO)
    at = out[middle].timestamp
    out[middle:middle] = [FlvTag(TagType.VIDEO, at, OVERRUN), FlvTag(TagType.VIDEO, at, CUT)]
    return out


@pytest.mark.parametrize("backend", ["ffmpeg", "native"])
async def test_broken_frames_mid_stream_end_neither_the_publish_nor_the_node(
    client: Client, ffmpeg: str, tmp_path: Path, backend: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    _, key = await client.create_stream("broken")
    await client.api("POST", "/api/v1/streams/broken/start", status=200)
    port = urlsplit(client.node.rtmp_url).port
    assert port is not None
    publishing = asyncio.create_task(publish_tags(port, key, timeline()))
    info = await client.wait_state("broken", "live")
    while not publishing.done():  # the node answers throughout
        status, _, _ = await client.get("/healthz")
        assert status == 200
        await asyncio.sleep(0.2)
    await publishing
    # 8 s of media in 1 s segments: everything after the broken tags is there too.
    playlist = await client.wait_segments(info["hls_url"], 6)
    done = complete(playlist)
    assert sum(s.duration for s in done) >= 6.0
    assert not any(s.discontinuity for s in done)  # one file: nothing restarted
    status = await client.api("GET", "/api/v1/streams/broken/status")
    assert status["generation"]["state"] == "live"
    init = (await client.get(done[0].init_section.absolute_uri))[2]
    data = b"".join([(await client.get(s.absolute_uri))[2] for s in done[3:]])
    assert decode_check(ffmpeg, init + data, tmp_path, "after.mp4") == ""  # past the next keyframe
    if backend == "native":
        assert "skipped a malformed video tag" in caplog.text
        assert "2 malformed tags skipped in this publish" in caplog.text
