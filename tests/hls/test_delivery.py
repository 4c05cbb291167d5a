"""Delivery over real HTTP against a LiveMedia made in memory: no ffmpeg, no store, no runtime.

Everything here is what a player or a cache sees: playlists and their
directives, held requests and what releases them, parts and segments from
memory or the spool, ranges, cache headers, private streams, and what
delivery reports to the stats.
"""

from __future__ import annotations

import asyncio
import re
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import m3u8
import pytest
import pytest_asyncio
from aiohttp import ClientResponse, web
from aiohttp.test_utils import TestClient, TestServer
from tests.hls.fakes import (
    GENERATION_ID,
    STREAM_ID,
    FakeLookup,
    FakeMedia,
    RecordingObserver,
)
from tests.hls.fakes import make_stream as fake_stream

from sender.control.tokens import PlaybackTokens
from sender.domain.streams import LatencyMode, Stream, Visibility
from sender.hls.delivery import Delivery, RenderCache
from sender.hls.parser import parse_multivariant
from sender.media.spool import Spool

SECRET = "playback-secret-for-tests-0123456789"
NOW = datetime(2026, 11, 1, tzinfo=UTC)
BASE = f"/hls/{STREAM_ID}/{GENERATION_ID}"
SOURCE = f"{BASE}/source"


def make_stream(**changes: Any) -> Stream:
    return replace(fake_stream(), updated_at=NOW, created_at=NOW, **changes)


@dataclass
class Rig:
    client: TestClient[Any, Any]
    media: FakeMedia
    observer: RecordingObserver
    tokens: PlaybackTokens
    delivery: Delivery

    async def get(self, path: str, **kwargs: Any) -> ClientResponse:
        return await self.client.get(path, **kwargs)

    async def text(self, path: str, status: int = 200, **kwargs: Any) -> str:
        response = await self.get(path, **kwargs)
        body = await response.text()
        assert response.status == status, body
        return body

    def stream(self, **changes: Any) -> None:
        """What the runtime does when the store hands it an updated stream."""
        self.media.stream = make_stream(**changes)


RigFactory = Callable[..., Any]


@pytest_asyncio.fixture
async def make_rig(tmp_path: Path) -> AsyncIterator[RigFactory]:
    clients: list[TestClient[Any, Any]] = []

    async def make(*, stream: Stream | None = None, **media_options: Any) -> Rig:
        spool = Spool(tmp_path / "spool")
        media = FakeMedia(spool, stream=stream or make_stream(), **media_options)
        observer = RecordingObserver()
        tokens = PlaybackTokens(SECRET)
        delivery = Delivery(
            media=FakeLookup(media),
            tokens=tokens,
            observer=observer,
        )
        app = web.Application()
        app.add_routes(delivery.routes())
        client = TestClient(TestServer(app))
        await client.start_server()
        clients.append(client)
        return Rig(client, media, observer, tokens, delivery)

    yield make
    for client in clients:
        await client.close()


@pytest_asyncio.fixture
async def rig(make_rig: RigFactory) -> Rig:
    """A live rendition with three complete segments (5 parts of 0.2 s) and two open parts."""
    rig: Rig = await make_rig()
    rig.media.add_rendition("source")
    rig.media.parts("source", 17)
    return rig


def parse(text: str) -> m3u8.M3U8:
    return m3u8.loads(text)


# Playlists ------------------------------------------------------------------------


async def test_multivariant_lists_each_described_rendition(make_rig: RigFactory) -> None:
    rig: Rig = await make_rig()
    rig.media.add_rendition("source", width=1920, height=1080, bandwidth=5_000_000)
    rig.media.add_rendition("low", width=640, height=360, bandwidth=None, codecs="avc1.42c01e")
    rig.media.add_rendition("pending", codecs=None)
    response = await rig.get(f"{BASE}/index.m3u8")
    assert response.status == 200
    assert response.content_type == "application/vnd.apple.mpegurl"
    assert response.headers["Cache-Control"] == "public, max-age=2"
    playlist = parse(await response.text())
    assert playlist.is_variant
    listed = {p.uri: p.stream_info for p in playlist.playlists}
    assert set(listed) == {"source/index.m3u8", "low/index.m3u8"}
    assert listed["source/index.m3u8"].resolution == (1920, 1080)
    assert listed["source/index.m3u8"].bandwidth == 5_000_000
    # Not measured yet: a placeholder bandwidth rather than none (BANDWIDTH is required).
    assert listed["low/index.m3u8"].bandwidth == 2_000_000
    assert listed["low/index.m3u8"].codecs == "avc1.42c01e"


async def test_multivariant_lists_the_highest_bandwidth_first(make_rig: RigFactory) -> None:
    rig: Rig = await make_rig()
    rig.media.add_rendition("a-low", width=320, height=180, bandwidth=300_000)
    rig.media.add_rendition("source", width=1280, height=720, bandwidth=4_000_000)
    rig.media.add_rendition("mid", width=640, height=360, bandwidth=1_200_000)
    text = await rig.text(f"{BASE}/index.m3u8")
    listed = [p.uri for p in parse(text).playlists]
    assert listed == ["source/index.m3u8", "mid/index.m3u8", "a-low/index.m3u8"]
    assert [v.uri for v in parse_multivariant(text).variants] == listed


async def test_multivariant_waits_for_the_first_codecs(make_rig: RigFactory) -> None:
    rig: Rig = await make_rig()
    request = asyncio.create_task(rig.text(f"{BASE}/index.m3u8"))
    await asyncio.sleep(0.05)
    assert not request.done()
    rig.media.add_rendition("source")
    text = await asyncio.wait_for(request, 5)
    assert "source/index.m3u8" in text


async def test_multivariant_of_media_that_ended_without_output_is_404(
    make_rig: RigFactory,
) -> None:
    rig: Rig = await make_rig()
    rig.media.ended = True
    response = await rig.get(f"{BASE}/index.m3u8")
    assert response.status == 404
    assert response.headers["Cache-Control"] == "no-store"


async def test_low_latency_playlist_lists_parts_and_the_hint(rig: Rig) -> None:
    response = await rig.get(f"{SOURCE}/index.m3u8")
    assert response.headers["Cache-Control"] == "public, no-cache"
    text = await response.text()
    assert "#EXT-X-SERVER-CONTROL:CAN-BLOCK-RELOAD=YES" in text
    assert "#EXT-X-PART-INF:PART-TARGET=0.200" in text
    playlist = parse(text)
    complete = [s.uri for s in playlist.segments if s.uri]
    assert complete == ["seg-0.m4s", "seg-1.m4s", "seg-2.m4s"]
    assert '#EXT-X-PART:DURATION=0.200,URI="part-3.1.m4s"' in text
    assert text.rstrip().endswith('#EXT-X-PRELOAD-HINT:TYPE=PART,URI="part-3.2.m4s"')


async def test_standard_playlist_has_no_parts_and_a_short_max_age(make_rig: RigFactory) -> None:
    rig: Rig = await make_rig(stream=make_stream(latency_mode=LatencyMode.STANDARD))
    rig.media.add_rendition("source")
    rig.media.parts("source", 17)
    response = await rig.get(f"{SOURCE}/index.m3u8?_HLS_msn=99")  # directives are ignored
    text = await response.text()
    assert response.status == 200
    assert "#EXT-X-PART" not in text and "PRELOAD-HINT" not in text
    assert response.headers["Cache-Control"] == "public, no-cache"  # 1 s target: half is 0
    assert len(parse(text).segments) == 3


async def test_playlist_of_an_unknown_rendition_waits_then_404s(make_rig: RigFactory) -> None:
    rig: Rig = await make_rig()
    rig.media.add_rendition("source")
    rig.media.ended = True  # nothing more will come: no wait
    response = await rig.get(f"{BASE}/low/index.m3u8")
    assert response.status == 404
    assert response.headers["Cache-Control"] == "no-store"


async def test_playlist_of_a_rendition_not_yet_made_waits_for_its_first_output(
    make_rig: RigFactory,
) -> None:
    rig: Rig = await make_rig()
    request = asyncio.create_task(rig.text(f"{SOURCE}/index.m3u8"))
    await asyncio.sleep(0.05)
    assert not request.done()
    rig.media.add_rendition("source")
    rig.media.parts("source", 1)
    text = await asyncio.wait_for(request, 5)
    assert "part-0.0.m4s" in text


async def test_ended_playlist_has_endlist_and_is_cached_a_minute(rig: Rig) -> None:
    rig.media.finish()
    response = await rig.get(f"{SOURCE}/index.m3u8?_HLS_msn=3&_HLS_part=0")
    text = await response.text()
    assert response.status == 200
    assert text.rstrip().endswith("#EXT-X-ENDLIST")
    assert "PRELOAD-HINT" not in text
    assert response.headers["Cache-Control"] == "public, max-age=60"


# Blocking reload -----------------------------------------------------------------------


async def test_blocking_reload_is_held_until_the_part_exists(rig: Rig) -> None:
    request = asyncio.create_task(rig.get(f"{SOURCE}/index.m3u8?_HLS_msn=3&_HLS_part=3"))
    await asyncio.sleep(0.05)
    assert not request.done()
    rig.media.parts("source", 1)  # part 3.2: not yet
    await asyncio.sleep(0.05)
    assert not request.done()
    rig.media.parts("source", 1)  # part 3.3
    response = await asyncio.wait_for(request, 5)
    assert response.status == 200
    assert response.headers["Cache-Control"] == "public, max-age=1"
    text = await response.text()
    assert 'URI="part-3.3.m4s"' in text
    assert 'PRELOAD-HINT:TYPE=PART,URI="part-3.4.m4s"' in text


async def test_blocking_reload_waits_on_its_own_rendition(make_rig: RigFactory) -> None:
    rig: Rig = await make_rig()
    rig.media.add_rendition("source")
    rig.media.add_rendition("low")
    rig.media.parts("source", 1)
    rig.media.parts("low", 1)
    request = asyncio.create_task(rig.get(f"{BASE}/low/index.m3u8?_HLS_msn=0&_HLS_part=1"))
    await asyncio.sleep(0.05)
    rig.media.parts("source", 3)  # another rendition's parts do not answer it
    await asyncio.sleep(0.05)
    assert not request.done()
    rig.media.parts("low", 1)
    response = await asyncio.wait_for(request, 5)
    assert response.status == 200
    assert 'URI="part-0.1.m4s"' in await response.text()
    assert set(rig.media.waits) == {"low"}


async def test_blocking_reload_for_a_segment_returns_once_it_is_complete(rig: Rig) -> None:
    request = asyncio.create_task(rig.get(f"{SOURCE}/index.m3u8?_HLS_msn=3"))
    await asyncio.sleep(0.05)
    assert not request.done()
    rig.media.parts("source", 3)  # 3.2, 3.3, 3.4 ... and 4.0 closes segment 3
    rig.media.parts("source", 1)
    response = await asyncio.wait_for(request, 5)
    assert response.status == 200
    assert "seg-3.m4s" in await response.text()


async def test_blocking_reload_is_released_when_the_media_ends(rig: Rig) -> None:
    request = asyncio.create_task(rig.get(f"{SOURCE}/index.m3u8?_HLS_msn=4&_HLS_part=0"))
    await asyncio.sleep(0.05)
    rig.media.finish()
    response = await asyncio.wait_for(request, 5)
    assert response.status == 200
    assert "#EXT-X-ENDLIST" in await response.text()


async def test_blocking_reload_too_far_ahead_is_400_at_once(rig: Rig) -> None:
    response = await asyncio.wait_for(rig.get(f"{SOURCE}/index.m3u8?_HLS_msn=6"), 2)
    assert response.status == 400
    assert response.headers["Cache-Control"] == "no-store"
    body = await response.json()
    assert body["error"]["code"] == "bad_request"


async def test_blocking_reload_that_times_out_is_503(rig: Rig) -> None:
    # Three target durations (here 3 s) without the part.
    response = await rig.get(f"{SOURCE}/index.m3u8?_HLS_msn=4&_HLS_part=0")
    assert response.status == 503
    assert response.headers["Cache-Control"] == "no-store"


@pytest.mark.parametrize(
    "query",
    [
        "_HLS_part=1",
        "_HLS_msn=-1",
        "_HLS_msn=abc",
        "_HLS_msn=1&_HLS_part=x",
        "_HLS_msn=1234567890123",
        "_HLS_msn=%D9%A1",  # an Arabic-Indic one: a digit, not an ASCII one
        "_HLS_skip=NO",
    ],
)
async def test_bad_directives_are_400(rig: Rig, query: str) -> None:
    response = await rig.get(f"{SOURCE}/index.m3u8?{query}")
    assert response.status == 400
    assert response.headers["Cache-Control"] == "no-store"


async def test_delta_update_skips_old_segments(make_rig: RigFactory) -> None:
    rig: Rig = await make_rig(window_segments=12, keep_segments=12)
    rig.media.add_rendition("source")
    rig.media.parts("source", 5 * 9 + 2)  # nine segments of 1 s
    full = await rig.text(f"{SOURCE}/index.m3u8")
    delta = await rig.text(f"{SOURCE}/index.m3u8?_HLS_skip=YES")
    assert "#EXT-X-SKIP" not in full
    assert "#EXT-X-SKIP:SKIPPED-SEGMENTS=" in delta
    assert "#EXT-X-VERSION:9" in delta
    assert len(delta) < len(full)


async def test_rendition_reports_name_the_other_renditions(make_rig: RigFactory) -> None:
    rig: Rig = await make_rig()
    rig.media.add_rendition("source")
    rig.media.add_rendition("low")
    rig.media.parts("source", 7)
    rig.media.parts("low", 3)
    text = await rig.text(f"{SOURCE}/index.m3u8")
    assert '#EXT-X-RENDITION-REPORT:URI="../low/index.m3u8",LAST-MSN=0,LAST-PART=2' in text
    assert "../source/index.m3u8" not in text


# Parts and the preload hint ------------------------------------------------------------


async def test_parts_come_from_memory(rig: Rig) -> None:
    response = await rig.get(f"{SOURCE}/part-3.1.m4s")
    assert response.status == 200
    assert await response.read() == b"source:frag16|"
    assert response.content_type == "video/iso.segment"
    assert response.headers["Cache-Control"] == "public, max-age=31536000, immutable"


async def test_hinted_part_is_held_until_it_appears(rig: Rig) -> None:
    request = asyncio.create_task(rig.get(f"{SOURCE}/part-3.2.m4s"))
    await asyncio.sleep(0.05)
    assert not request.done()
    rig.media.parts("source", 1)
    response = await asyncio.wait_for(request, 5)
    assert response.status == 200
    assert await response.read() == b"source:frag17|"


async def test_a_part_far_ahead_is_404_at_once(rig: Rig) -> None:
    response = await asyncio.wait_for(rig.get(f"{SOURCE}/part-9.0.m4s"), 2)
    assert response.status == 404
    assert response.headers["Cache-Control"] == "no-store"


async def test_a_part_that_never_was_is_404_at_once(rig: Rig) -> None:
    response = await asyncio.wait_for(rig.get(f"{SOURCE}/part-1.7.m4s"), 2)
    assert response.status == 404
    assert response.headers["Cache-Control"] == "no-store"


@pytest.mark.parametrize("segment_in_memory", [True, False], ids=["fresh", "spool"])
async def test_a_part_out_of_memory_comes_from_its_segment(
    make_rig: RigFactory, segment_in_memory: bool
) -> None:
    """Parts stay fetchable after they leave the playlist (6.2.2), held once: from the
    segment's bytes while fresh, then from its file at the part's place."""
    rig: Rig = await make_rig(keep_fresh=segment_in_memory, write_files=True)
    rig.media.add_rendition("source")
    rig.media.parts("source", 40)  # segments 0..7: 0 left the part listing long ago
    index = rig.media.index("source")
    assert index is not None and index.part_data(0, 2) is None
    playlist = await rig.text(f"{SOURCE}/index.m3u8")
    # Out of the playlist (the window is 2..7), still retained.
    assert '"part-0.2.m4s"' not in playlist and index.segment(0) is not None
    before = rig.observer.total()
    response = await rig.get(f"{SOURCE}/part-0.2.m4s")
    assert response.status == 200
    assert await response.read() == b"source:frag2|"
    assert response.content_type == "video/iso.segment"
    assert response.headers["Cache-Control"] == "public, max-age=31536000, immutable"
    assert rig.observer.total() - before == len(b"source:frag2|")
    ranged = await rig.get(f"{SOURCE}/part-0.2.m4s", headers={"Range": "bytes=7-"})
    assert ranged.status == 206 and await ranged.read() == b"frag2|"


async def test_a_part_whose_segment_file_is_gone_is_404(make_rig: RigFactory) -> None:
    rig: Rig = await make_rig(keep_fresh=False, write_files=False)
    rig.media.add_rendition("source")
    rig.media.parts("source", 40)
    response = await rig.get(f"{SOURCE}/part-0.2.m4s")
    assert response.status == 404
    assert response.headers["Cache-Control"] == "no-store"
    # A part its segment never had is no more found than before.
    assert (await rig.get(f"{SOURCE}/part-0.9.m4s")).status == 404


# Segments and init segments ------------------------------------------------------------


async def test_fresh_segment_is_the_concatenation_of_its_parts(rig: Rig) -> None:
    parts = [await (await rig.get(f"{SOURCE}/part-1.{i}.m4s")).read() for i in range(5)]
    response = await rig.get(f"{SOURCE}/seg-1.m4s")
    assert response.status == 200
    assert await response.read() == b"".join(parts)
    assert response.headers["Cache-Control"] == "public, max-age=31536000, immutable"


async def test_older_segment_comes_from_the_spool(make_rig: RigFactory) -> None:
    rig: Rig = await make_rig(keep_fresh=False, write_files=True)
    rig.media.add_rendition("source")
    rig.media.parts("source", 12)
    response = await rig.get(f"{SOURCE}/seg-0.m4s")
    assert response.status == 200
    assert await response.read() == b"".join(f"source:frag{n}|".encode() for n in range(5))
    assert response.headers["Cache-Control"] == "public, max-age=31536000, immutable"
    assert response.content_type == "video/iso.segment"


async def test_missing_spool_file_is_404_and_not_cached(make_rig: RigFactory) -> None:
    rig: Rig = await make_rig(keep_fresh=False, write_files=False)
    rig.media.add_rendition("source")
    rig.media.parts("source", 12)
    for name in ("seg-0.m4s", "seg-40.m4s", "init-3.mp4"):
        response = await rig.get(f"{SOURCE}/{name}")
        assert response.status == 404, name
        assert response.headers["Cache-Control"] == "no-store", name


async def test_init_segment_from_memory_and_from_the_spool(make_rig: RigFactory) -> None:
    rig: Rig = await make_rig(write_files=True)
    rig.media.add_rendition("source")
    response = await rig.get(f"{SOURCE}/init-0.mp4")
    assert response.status == 200 and response.content_type == "video/mp4"
    assert await response.read() == b"init:source"
    rig.media.variants()[0].inits.clear()  # the file is on disk too: forget the memory copy
    response = await rig.get(f"{SOURCE}/init-0.mp4")
    assert response.status == 200 and response.content_type == "video/mp4"
    assert await response.read() == b"init:source"


@pytest.mark.parametrize(
    "name",
    [
        "seg-x.m4s",
        "seg-1.mp4",
        "part-1.m4s",
        "init-0.m4s",
        ".seg-0.m4s.tmp",
        "index.m3u8x",
        "seg-1.m4s%0A",
        "seg-%D9%A1.m4s",
    ],
)
async def test_names_outside_the_grammar_are_404(rig: Rig, name: str) -> None:
    response = await rig.get(f"{SOURCE}/{name}")
    assert response.status == 404
    assert response.headers["Cache-Control"] == "no-store"


@pytest.mark.parametrize("rendition", ["SOURCE", "-x", "a" * 33, "a.b", "source%0A"])
async def test_renditions_outside_the_grammar_are_404(rig: Rig, rendition: str) -> None:
    for tail in ("index.m3u8", "seg-0.m4s"):
        response = await rig.get(f"{BASE}/{rendition}/{tail}")
        assert response.status == 404


# Ranges and HEAD -----------------------------------------------------------------------


@pytest.mark.parametrize("from_spool", [False, True])
async def test_ranges_of_segments(make_rig: RigFactory, from_spool: bool) -> None:
    rig: Rig = await make_rig(keep_fresh=not from_spool, write_files=True)
    rig.media.add_rendition("source")
    rig.media.parts("source", 6)
    whole = await (await rig.get(f"{SOURCE}/seg-0.m4s")).read()
    first = await rig.get(f"{SOURCE}/seg-0.m4s", headers={"Range": "bytes=0-9"})
    assert first.status == 206
    assert first.headers["Content-Range"] == f"bytes 0-9/{len(whole)}"
    assert await first.read() == whole[:10]
    tail = await rig.get(f"{SOURCE}/seg-0.m4s", headers={"Range": "bytes=-5"})
    assert tail.status == 206 and await tail.read() == whole[-5:]
    beyond = await rig.get(f"{SOURCE}/seg-0.m4s", headers={"Range": f"bytes={len(whole)}-"})
    assert beyond.status == 416
    nothing = await rig.get(f"{SOURCE}/seg-0.m4s", headers={"Range": "bytes=-0"})
    assert nothing.status == 416
    assert nothing.headers["Content-Range"] == f"bytes */{len(whole)}"


async def test_range_of_a_part(rig: Rig) -> None:
    response = await rig.get(f"{SOURCE}/part-3.0.m4s", headers={"Range": "bytes=2-4"})
    assert response.status == 206
    assert await response.read() == b"source:frag15|"[2:5]
    assert response.headers["Accept-Ranges"] == "bytes"
    bad = await rig.get(f"{SOURCE}/part-3.0.m4s", headers={"Range": "bytes=9-2"})
    assert bad.status == 416


async def test_head_sends_no_body_and_counts_no_egress(rig: Rig) -> None:
    response = await rig.client.head(f"{SOURCE}/seg-1.m4s")
    assert response.status == 200
    assert int(response.headers["Content-Length"]) > 0
    assert await response.read() == b""
    assert rig.observer.total() == 0


# What delivery reports -----------------------------------------------------------------


async def test_every_byte_served_is_reported_once(rig: Rig) -> None:
    sizes = []
    for path in (f"{BASE}/index.m3u8", f"{SOURCE}/index.m3u8", f"{SOURCE}/part-3.0.m4s"):
        sizes.append(len(await (await rig.get(path)).read()))
    ranged = await rig.get(f"{SOURCE}/seg-0.m4s", headers={"Range": "bytes=0-3"})
    sizes.append(len(await ranged.read()))
    assert [n for _, n in rig.observer.sent] == sizes
    assert {sid for sid, _ in rig.observer.sent} == {STREAM_ID}


async def test_bytes_from_the_spool_are_reported(make_rig: RigFactory) -> None:
    rig: Rig = await make_rig(keep_fresh=False, write_files=True)
    rig.media.add_rendition("source")
    rig.media.parts("source", 6)
    body = await (await rig.get(f"{SOURCE}/seg-0.m4s")).read()
    # A file is reported once it is sent, which the client may see a moment before.
    for _ in range(100):
        if rig.observer.sent:
            break
        await asyncio.sleep(0.01)
    assert rig.observer.sent == [(STREAM_ID, len(body))]


async def test_playlist_requests_are_viewer_signs(rig: Rig) -> None:
    await rig.text(f"{SOURCE}/index.m3u8?vsid=tab-12345678", headers={"User-Agent": "hls.js"})
    await rig.text(f"{BASE}/index.m3u8?vsid=bad!", headers={"X-Forwarded-For": "203.0.113.9"})
    await rig.text(f"{SOURCE}/index.m3u8?vsid=tab-12345678%0A")
    await rig.get(f"{SOURCE}/part-3.0.m4s")  # media is not a sign
    first, second, third = rig.observer.viewers
    assert third["vsid"] is None  # a trailing newline is not part of a viewer session id
    assert first["vsid"] == "tab-12345678" and first["user_agent"] == "hls.js"
    assert first["slug"] == "tv" and first["stream_id"] == STREAM_ID
    assert second["vsid"] is None  # not a valid viewer session id: by address instead
    assert second["forwarded_for"] == "203.0.113.9"
    assert second["peer"] == "127.0.0.1"


# Private streams -----------------------------------------------------------------------


async def test_private_stream_needs_a_token_of_that_stream(rig: Rig) -> None:
    rig.stream(visibility=Visibility.PRIVATE)
    good = rig.tokens.issue(STREAM_ID, 60).token
    other = rig.tokens.issue("c" * 32, 60).token
    for query in ("", "?token=nope", f"?token={other}"):
        response = await rig.get(f"{SOURCE}/index.m3u8{query}")
        assert response.status == 403, query
        assert response.headers["Cache-Control"] == "private, no-store"
    response = await rig.get(f"{SOURCE}/index.m3u8?token={good}&vsid=tab-12345678")
    assert response.status == 200
    assert response.headers["Cache-Control"] == "private, no-cache"
    text = await response.text()
    uris = [line for line in text.splitlines() if line and not line.startswith("#")]
    uris += re.findall(r'URI="([^"]+)"', text)
    assert uris and all(f"token={good}" in u and "vsid=tab-12345678" in u for u in uris)
    smuggled = await rig.text(f"{SOURCE}/index.m3u8?token={good}&vsid=tab-12345678%0A#EXTINF")
    assert "#EXTINF\n" not in smuggled.replace("#EXTINF:", "")
    assert all(line == line.strip() for line in smuggled.splitlines())
    assert "vsid=" not in smuggled  # not a safe value: not handed on
    media = await rig.get(f"{SOURCE}/part-3.0.m4s?token={good}")
    assert media.status == 200
    assert media.headers["Cache-Control"] == "private, max-age=31536000, immutable"
    missing = await rig.get(f"{SOURCE}/seg-99.m4s?token={good}")
    assert missing.status == 404 and missing.headers["Cache-Control"] == "private, no-store"


async def test_unknown_generation_of_a_stream_last_seen_private_stays_private(rig: Rig) -> None:
    rig.stream(visibility=Visibility.PRIVATE)
    assert (await rig.get(f"{SOURCE}/index.m3u8")).status == 403  # read once: private
    response = await rig.get(f"/hls/{STREAM_ID}/{'0' * 32}/index.m3u8")
    assert response.status == 404
    assert response.headers["Cache-Control"] == "private, no-store"


async def test_generation_of_another_stream_is_404(rig: Rig) -> None:
    response = await rig.get(f"/hls/{'d' * 32}/{GENERATION_ID}/index.m3u8")
    assert response.status == 404


async def test_a_deleted_stream_is_404_at_once(rig: Rig) -> None:
    rig.stream(deleted_at=NOW, visibility=Visibility.PRIVATE)  # the runtime got the delete
    for path in (f"{BASE}/index.m3u8", f"{SOURCE}/index.m3u8", f"{SOURCE}/part-3.0.m4s"):
        response = await rig.get(path)
        assert response.status == 404, path
        assert response.headers["Cache-Control"] == "private, no-store"


async def test_a_stream_made_private_asks_for_a_token_from_the_next_request(rig: Rig) -> None:
    assert (await rig.get(f"{SOURCE}/index.m3u8")).status == 200
    rig.stream(visibility=Visibility.PRIVATE)  # the runtime got the update from the store
    response = await rig.get(f"{SOURCE}/index.m3u8")
    assert response.status == 403
    assert response.headers["Cache-Control"] == "private, no-store"
    rig.stream(visibility=Visibility.PUBLIC)
    assert (await rig.get(f"{SOURCE}/index.m3u8")).status == 200


@pytest.mark.parametrize(
    "path",
    [f"/hls/{STREAM_ID}/x/index.m3u8", f"/hls/{STREAM_ID.upper()}/{GENERATION_ID}/index.m3u8"],
)
async def test_ids_outside_the_grammar_are_404(rig: Rig, path: str) -> None:
    response = await rig.get(path)
    assert response.status == 404


# CORS ---------------------------------------------------------------------------------


async def test_cors_on_answers_and_preflight(rig: Rig) -> None:
    response = await rig.get(f"{SOURCE}/index.m3u8")
    assert response.headers["Access-Control-Allow-Origin"] == "*"
    preflight = await rig.client.options(
        f"{SOURCE}/seg-0.m4s",
        headers={"Origin": "https://player.example", "Access-Control-Request-Method": "GET"},
    )
    assert preflight.status == 204
    assert "Range" in preflight.headers["Access-Control-Allow-Headers"]
    assert "GET" in preflight.headers["Access-Control-Allow-Methods"]


# The render cache ---------------------------------------------------------------------


async def test_held_requests_share_one_rendering(rig: Rig) -> None:
    requests = [
        asyncio.create_task(rig.text(f"{SOURCE}/index.m3u8?_HLS_msn=3&_HLS_part=2"))
        for _ in range(20)
    ]
    await asyncio.sleep(0.1)
    rig.media.parts("source", 1)
    texts = await asyncio.wait_for(asyncio.gather(*requests), 5)
    assert len(set(texts)) == 1
    assert len(rig.delivery.rendered) == 1


def test_render_cache_reuses_only_the_same_state() -> None:
    cache = RenderCache(entries=2, generations=2)
    key = ("source", True, False, "")
    cache.put("g1", key, (1, 5), "text@1,5")
    assert cache.get("g1", key, (1, 5)) == "text@1,5"
    assert cache.get("g1", key, (1, 6)) is None  # another rendition moved
    assert cache.get("g2", key, (1, 5)) is None


def test_render_cache_is_bounded_in_entries_and_generations() -> None:
    cache = RenderCache(entries=2, generations=2)
    for n in range(3):
        cache.put("g1", ("source", True, False, f"vsid={n}"), (1,), str(n))
    assert len(cache) == 1  # the third distinct query started the generation over
    cache.put("g2", ("source", True, False, ""), (1,), "b")
    cache.get("g1", ("source", True, False, "vsid=2"), (1,))  # g1 used: g2 is oldest
    cache.put("g3", ("source", True, False, ""), (1,), "c")
    assert cache.get("g2", ("source", True, False, ""), (1,)) is None
    assert cache.get("g1", ("source", True, False, "vsid=2"), (1,)) == "2"
    assert cache.get("g3", ("source", True, False, ""), (1,)) == "c"


# RFC 8216bis 6.2.5.2 and the preload hint ---------------------------------------------


async def test_an_ended_playlist_ignores_delivery_directives(rig: Rig) -> None:
    rig.media.finish()
    for query in ("_HLS_msn=99", "_HLS_msn=99&_HLS_part=40", "_HLS_msn=0&_HLS_part=0"):
        response = await asyncio.wait_for(rig.get(f"{SOURCE}/index.m3u8?{query}"), 2)
        assert response.status == 200, query
        assert "#EXT-X-ENDLIST" in await response.text()


async def test_msn_more_than_two_past_the_last_complete_segment_is_400(rig: Rig) -> None:
    # Segments 0..2 are complete and 3 is open: 4 may still be asked for, 5 not.
    refused = await asyncio.wait_for(rig.get(f"{SOURCE}/index.m3u8?_HLS_msn=5"), 2)
    assert refused.status == 400
    held = asyncio.create_task(rig.get(f"{SOURCE}/index.m3u8?_HLS_msn=4&_HLS_part=0"))
    await asyncio.sleep(0.1)
    assert not held.done()
    rig.media.parts("source", 4)  # 3.2 .. 3.4, then 4.0
    response = await asyncio.wait_for(held, 5)
    assert response.status == 200 and 'URI="part-4.0.m4s"' in await response.text()


async def test_a_part_past_the_advance_part_limit_is_400(rig: Rig) -> None:
    # PART-TARGET 0.2 s: the limit is 3 / 0.2 = 15 parts past the newest (3.1).
    refused = await asyncio.wait_for(rig.get(f"{SOURCE}/index.m3u8?_HLS_msn=3&_HLS_part=17"), 2)
    assert refused.status == 400
    assert "parts past" in (await refused.json())["error"]["message"]
    held = asyncio.create_task(rig.get(f"{SOURCE}/index.m3u8?_HLS_msn=3&_HLS_part=16"))
    await asyncio.sleep(0.1)
    assert not held.done()  # within the limit: it waits (and gets part 0 of the next)
    rig.media.parts("source", 4)
    assert (await asyncio.wait_for(held, 5)).status == 200


async def test_a_held_part_that_will_never_exist_is_answered_at_once(
    make_rig: RigFactory,
) -> None:
    rig: Rig = await make_rig()
    rig.media.add_rendition("source")
    # A keyframe every 0.8 s with a 1 s target: a player that guesses segment 0 has a
    # fifth part asks for part 0.4 while the hint names 0.3.
    rig.media.parts("source", 3, gop=4)
    text = await rig.text(f"{SOURCE}/index.m3u8")
    assert 'PRELOAD-HINT:TYPE=PART,URI="part-0.3.m4s"' in text
    held = asyncio.create_task(rig.get(f"{SOURCE}/part-0.4.m4s"))
    await asyncio.sleep(0.1)
    assert not held.done()
    rig.media.parts("source", 1, gop=4)  # part 0.3 out; the keyframe closes segment 0
    response = await asyncio.wait_for(held, 1)
    assert response.status == 404
    assert response.headers["Cache-Control"] == "no-store"
    text = await rig.text(f"{SOURCE}/index.m3u8")
    assert 'PRELOAD-HINT:TYPE=PART,URI="part-1.0.m4s"' in text


async def test_a_hinted_part_that_times_out_is_503(rig: Rig) -> None:
    # Three target durations (3 s) and the encoder sends nothing: still to come.
    response = await rig.get(f"{SOURCE}/part-3.2.m4s")
    assert response.status == 503
    assert response.headers["Cache-Control"] == "no-store"


async def test_a_low_latency_playlist_waits_for_its_first_part(make_rig: RigFactory) -> None:
    rig: Rig = await make_rig()
    rig.media.add_rendition("source")  # an init, no part yet: PART-TARGET not fixed
    request = asyncio.create_task(rig.text(f"{SOURCE}/index.m3u8"))
    await asyncio.sleep(0.1)
    assert not request.done()
    rig.media.parts("source", 1)
    text = await asyncio.wait_for(request, 5)
    assert "part-0.0.m4s" in text and "#EXT-X-PART-INF:PART-TARGET=0.200" in text
