"""A real nginx with proxy_cache in front of an origin: what a CDN may keep, it keeps no longer.

The origin runs in this process with real ffmpeg publishing a low-latency and a
standard stream; nginx honours the origin's Cache-Control as a CDN does. A
client through the cache never gets a playlist staler than its rule allows,
its blocking requests are collapsed into one and stay true, and a 404 for a
segment or part that does not exist yet is never kept: once the object exists,
the cache serves it.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from pathlib import Path

import aiohttp
import pytest
import pytest_asyncio
from bench.nginx import Nginx, nginx_executable

from sender.app import Node, start_node
from sender.hls.parser import MediaPlaylist, parse_media_playlist
from tests.e2e.conftest import ADMIN_TOKEN, Publisher, e2e_settings, publish

pytestmark = pytest.mark.e2e

# A standard playlist may then be cached for a second (half of it, less a second for a
# cache's whole-second clock: hls.cache).
SEGMENT_TARGET_S = 4.0


@pytest_asyncio.fixture
async def origin(tmp_path: Path) -> AsyncIterator[Node]:
    node = await start_node(e2e_settings(tmp_path, segment_target_s=SEGMENT_TARGET_S))
    try:
        yield node
    finally:
        await node.close()


async def _get(http: aiohttp.ClientSession, url: str) -> tuple[int, dict[str, str], bytes]:
    async with http.get(url) as r:
        return r.status, dict(r.headers), await r.read()


def newest(playlist: MediaPlaylist) -> tuple[int, int]:
    if playlist.open is not None and playlist.open.parts:
        return playlist.open.msn, len(playlist.open.parts) - 1
    last = playlist.segments[-1]
    return last.msn, len(last.parts) - 1


async def _live(
    http: aiohttp.ClientSession, node: Node, slug: str, ffmpeg: str, publishers: list[Publisher]
) -> str:
    headers = {"Authorization": f"Bearer {ADMIN_TOKEN}"}
    async with http.post(f"{node.http_url}/api/v1/streams/{slug}/keys", headers=headers) as r:
        key = (await r.json())["key"]
    publishers.append(await publish(ffmpeg, f"{node.rtmp_url}/{key}", 120))
    deadline = time.monotonic() + 30
    while True:
        async with http.get(f"{node.http_url}/api/v1/playback/{slug}") as r:
            info = await r.json()
        if info["state"] == "live":
            media = info["hls_url"].rsplit("/", 1)[0] + "/source/index.m3u8"
            status, _, body = await _get(http, media)
            if status == 200 and len(parse_media_playlist(body).segments) >= 2:
                return str(media.removeprefix(node.http_url))
        assert time.monotonic() < deadline, info
        await asyncio.sleep(0.3)


async def test_a_cache_in_front_of_the_origin_keeps_to_the_rules(origin: Node, ffmpeg: str) -> None:
    if nginx_executable() is None:
        pytest.fail("nginx is missing: scripts/system-deps.sh installs nginx-light")
    publishers: list[Publisher] = []
    with Nginx(cache_for=origin.settings.http_port) as cdn:
        async with aiohttp.ClientSession() as http:
            try:
                await _scenario(http, origin, cdn, ffmpeg, publishers)
            finally:
                for publisher in publishers:
                    await publisher.stop()


async def _scenario(
    http: aiohttp.ClientSession, origin: Node, cdn: Nginx, ffmpeg: str, publishers: list[Publisher]
) -> None:
    headers = {"Authorization": f"Bearer {ADMIN_TOKEN}"}
    for slug, mode in (("ll", "low"), ("std", "standard")):
        body = {"slug": slug, "title": slug, "latency_mode": mode}
        async with http.post(f"{origin.http_url}/api/v1/streams", json=body, headers=headers) as r:
            assert r.status == 201
    ll, std = await asyncio.gather(
        _live(http, origin, "ll", ffmpeg, publishers),
        _live(http, origin, "std", ffmpeg, publishers),
    )
    await _low_latency(http, origin.http_url, cdn.http_url, ll)
    await _standard(http, origin.http_url, cdn.http_url, std)
    await _no_cached_404(http, origin.http_url, cdn.http_url, ll, std)


async def _low_latency(http: aiohttp.ClientSession, origin: str, cdn: str, path: str) -> None:
    # Without directives: `no-cache`, never served from the cache, as new as the origin's.
    for _ in range(10):
        theirs = newest(parse_media_playlist((await _get(http, origin + path))[2]))
        status, headers, body = await _get(http, cdn + path)
        assert status == 200 and headers["X-Cache-Status"] != "HIT", headers
        ours = newest(parse_media_playlist(body))
        assert ours >= theirs, (ours, theirs)
        await asyncio.sleep(0.15)
    # A blocking request: viewers asking the same are one upstream request, and the
    # answer cached holds what was asked for.
    msn, part = parse_media_playlist((await _get(http, origin + path))[2]).next_part()
    url = f"{cdn}{path}?_HLS_msn={msn}&_HLS_part={part}"
    answers = await asyncio.gather(*(_get(http, url) for _ in range(5)))
    assert {a[0] for a in answers} == {200}
    assert len({a[2] for a in answers}) == 1  # one upstream answer for all
    assert sum(a[1]["X-Cache-Status"] == "MISS" for a in answers) == 1, [a[1] for a in answers]
    for _, _, body in answers:
        assert newest(parse_media_playlist(body)) >= (msn, part)
    again = await _get(http, url)
    assert again[1]["X-Cache-Status"] == "HIT" and again[2] == answers[0][2]


async def _standard(http: aiohttp.ClientSession, origin: str, cdn: str, path: str) -> None:
    """A standard playlist through the cache is at most half a target duration behind."""
    first_seen: dict[int, float] = {}  # segment msn -> when the origin first listed it
    worst = 0.0
    deadline = time.monotonic() + 8.0
    while time.monotonic() < deadline:
        now = time.monotonic()
        for seg in parse_media_playlist((await _get(http, origin + path))[2]).segments:
            first_seen.setdefault(seg.msn, now)
        status, headers, body = await _get(http, cdn + path)
        assert status == 200 and "max-age=1" in headers["Cache-Control"], headers
        served = parse_media_playlist(body).segments[-1].msn
        newer = [t for m, t in first_seen.items() if m > served]
        if newer:
            worst = max(worst, time.monotonic() - min(newer))
        await asyncio.sleep(0.1)
    assert worst <= SEGMENT_TARGET_S / 2 + 0.3, worst  # and this loop's own timing


async def _no_cached_404(
    http: aiohttp.ClientSession, origin: str, cdn: str, ll: str, std: str
) -> None:
    """A 404 for media still to come is `no-store`: the cache asks again, and gets it."""
    ll_next = parse_media_playlist((await _get(http, origin + ll))[2]).next_part()[0]
    std_last = parse_media_playlist((await _get(http, origin + std))[2]).segments[-1].msn
    futures = [
        ll.rsplit("/", 1)[0] + f"/part-{ll_next + 2}.0.m4s",  # beyond the blocking range
        std.rsplit("/", 1)[0] + f"/seg-{std_last + 1}.m4s",
    ]
    for path in futures:
        status, headers, _ = await _get(http, cdn + path)
        assert status == 404 and headers["Cache-Control"] == "no-store", headers
        assert headers["X-Cache-Status"] != "HIT"
    deadline = time.monotonic() + 3 * SEGMENT_TARGET_S + 5
    pending = list(futures)
    while pending:
        assert time.monotonic() < deadline, f"never served through the cache: {pending}"
        for path in list(pending):
            status, headers, body = await _get(http, cdn + path)
            if status == 200:
                assert body == (await _get(http, origin + path))[2]
                pending.remove(path)
            else:
                assert headers["X-Cache-Status"] != "HIT", headers  # a 404 is never kept
        await asyncio.sleep(0.2)
