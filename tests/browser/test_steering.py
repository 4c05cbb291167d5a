"""Content steering in a real Chromium: hls.js moves to another node when its node dies.

Two `sender serve` processes on a fresh PostgreSQL database: an origin with
real ffmpeg publishing, and an edge pulling from it. The viewer page is opened
on the edge and plays from it; the edge is killed (SIGKILL). The multivariant
playlist named a steering manifest that ranks both nodes, so hls.js moves to
the origin's pathway and goes on playing in the same page, never reloaded.
"""

from __future__ import annotations

import asyncio
import itertools
import time
from pathlib import Path

import aiohttp
import pytest
from bench.cluster import Api, SenderProcess, origin_endpoint

from tests.browser.conftest import Probe, unexpected_errors
from tests.db import fresh_database
from tests.e2e.conftest import publish

pytestmark = pytest.mark.e2e

# What Chromium says of a request to a node that was killed (refused, reset, or a pooled
# socket the dead node left): some of these lines name no URL.
DEAD_NODE_ERRORS = ("net::ERR_CONNECTION_", "net::ERR_SOCKET_NOT_CONNECTED")

ENV = {
    "SENDER_SEGMENT_TARGET_S": "1.0",
    "SENDER_PART_TARGET_S": "0.2",
    "SENDER_CLUSTER_POLL_S": "1.0",
    "SENDER_SNAPSHOT_INTERVAL_S": "1.0",
}


async def test_hls_js_moves_to_another_node_when_its_node_dies(
    browser: Probe, ffmpeg: str, tmp_path: Path
) -> None:
    async with fresh_database("postgresql", tmp_path) as url, aiohttp.ClientSession() as http:
        origin = SenderProcess("o", tmp_path / "o", url, env=ENV)
        edge = SenderProcess("e", tmp_path / "e", url, env=ENV)
        await asyncio.gather(origin.start(), edge.start())
        publisher = None
        try:
            api = Api(http, origin.url)
            source = await origin_endpoint(api, "o")
            body = {"name": "edge-e", "kind": "edge", "base_url": edge.url, "node_id": "e"}
            await api.call("POST", "/api/v1/endpoints", {**body, "source_ids": [source]})
            await api.call("POST", "/api/v1/streams", {"slug": "show", "title": "Show"}, 201)
            key = (await api.call("POST", "/api/v1/streams/show/keys", status=201))["key"]
            publisher = await publish(ffmpeg, f"{origin.rtmp_url}/{key}", 300)
            deadline = time.monotonic() + 30
            while True:
                async with http.get(edge.url + "/api/v1/playback/show") as r:
                    info = await r.json()
                if info["state"] == "live" and info["hls_url"].startswith(edge.url):
                    break
                assert time.monotonic() < deadline, info
                await asyncio.sleep(0.3)
            await asyncio.sleep(3)  # a few segments, and both nodes' snapshots written

            opened = await browser.call("open", url=f"{edge.url}/watch/show")
            assert opened["status"] == 200
            assert (await browser.call("wait_playing", timeout=60))["playing"]
            await browser.call("eval", expr="window.__sameDocument = true")
            before = await browser.call("measure", seconds=3)
            assert before["media_advanced_s"] > 2

            await edge.kill()
            killed = await browser.call("eval", expr="performance.now()")
            after = await browser.call("measure", seconds=20)
            requests = await browser.call(
                "eval",
                expr=(
                    "performance.getEntriesByType('resource')"
                    f".filter(e => e.startTime > {killed['value']}).map(e => e.name)"
                ),
            )
            same = await browser.call("eval", expr="window.__sameDocument === true")
            report = await browser.call("report")
        finally:
            if publisher is not None:
                await publisher.stop()
            await edge.stop()
            await origin.stop()

    moved = [u for u in requests["value"] if u.startswith(origin.url + "/hls/")]
    assert moved, requests["value"][-10:]  # the player asked the origin for its media
    assert same["value"] is True  # the same page, never reloaded
    # It plays on: most of the time after the death is played, not stalled away.
    samples = after["samples"]
    last = samples[-1]["current_time"]
    middle = next(s["current_time"] for s in samples if s["t_ms"] >= 10_000)
    assert last - middle > 8.0, after  # the last ten seconds play in real time
    assert after["media_advanced_s"] > 10.0, after
    # The only errors are the dead node's: requests to it, refused or reset.
    errors = [
        e
        for e in unexpected_errors(report)
        if edge.url not in str(e) and not any(dead in str(e) for dead in DEAD_NODE_ERRORS)
    ]
    assert errors == [], errors[:5]
    # The move is one stall of a few seconds (hls.js retries its node before it steers away).
    stalled = _longest_stall(samples)
    assert stalled < 6.0, samples


def _longest_stall(samples: list[dict[str, float]]) -> float:
    """The longest stretch, in seconds, over which media time did not advance."""
    longest, since = 0.0, samples[0]["t_ms"]
    for before, now in itertools.pairwise(samples):
        if now["current_time"] > before["current_time"] + 0.01:
            since = now["t_ms"]
        longest = max(longest, (now["t_ms"] - since) / 1000)
    return longest
