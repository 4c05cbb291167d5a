"""The watch page's quality menu and hls.js's ABR, in a real Chromium, on a real ladder.

A node transcodes a stream with a two-rung ladder (360p, 234p) from real ffmpeg
publishing 854x480 over RTMP: with the source copy, three variants. The viewer
pins a variant with the page's menu, returns to Auto with the keyboard, and then
Chromium's own network throttling (CDP `Network.emulateNetworkConditions`,
400 kbit/s) makes Auto move to a lower rung, and lifting it makes Auto climb back.
"""

from __future__ import annotations

import asyncio
import contextlib
import re
import subprocess
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any, TypeVar

import pytest

from sender.app import Node
from sender.demo import test_pattern_command as pattern_command
from tests.browser.conftest import ARTIFACTS, Probe, unexpected_errors
from tests.e2e.conftest import Client, Publisher, complete

T = TypeVar("T")

pytestmark = pytest.mark.e2e

# The ladder's rungs; with the source copy (854x480 from the publisher) three variants.
LADDER = [
    {"name": "360p", "height": 360, "video_kbps": 365},
    {"name": "234p", "height": 234, "video_kbps": 145},
]
THROTTLE_KBPS = 400  # above the 234p variant's BANDWIDTH, below the 360p one's
# A media request's rendition: /<rendition>/seg-N.m4s or part-N.I.m4s.
MEDIA_RE = re.compile(r"/([^/?]+)/(?:seg|part)-[0-9.]+\.m4s")


@contextlib.asynccontextmanager
async def ladder_stream(client: Client, node: Node, ffmpeg: str) -> AsyncIterator[str]:
    """A stream with a two-rung ladder, live from real ffmpeg publishing 854x480; its page."""
    _, key = await client.create_stream("ladder", ladder=LADDER)
    cmd = pattern_command(ffmpeg, f"{node.rtmp_url}/{key}", duration_s=240, size="854x480", rate=25)
    proc = await asyncio.create_subprocess_exec(
        *cmd, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    publisher = Publisher(proc)
    try:
        info = await client.wait_state("ladder", "live")
        for rendition in ("source", "360p", "234p"):
            await until(
                f"two segments of {rendition}",
                lambda r=rendition: client.media_playlist(info["hls_url"], r),
                lambda p: len(complete(p)) >= 2,
                timeout=40,
            )
        yield f"{node.http_url}/watch/ladder"
    finally:
        await publisher.stop()


async def until(
    what: str, probe: Callable[[], Awaitable[T]], ok: Callable[[T], bool], timeout: float
) -> T:
    """Poll `probe` until `ok` holds for its result; fail with the last result, named."""
    deadline = time.monotonic() + timeout
    while True:
        last = await probe()
        if ok(last):
            return last
        if time.monotonic() > deadline:
            raise AssertionError(f"{what}: not within {timeout:g} s; last: {last}")
        await asyncio.sleep(0.5)


async def media_requests_since(browser: Probe, since_ms: float) -> list[str]:
    """The renditions of the media segments and parts the page fetched after `since_ms`."""
    found = await browser.call(
        "eval",
        expr=(
            "performance.getEntriesByType('resource')"
            f".filter(e => e.startTime > {since_ms}).map(e => e.name)"
        ),
    )
    return [m.group(1) for url in found["value"] if (m := MEDIA_RE.search(url))]


async def test_quality_menu_pins_a_variant_and_auto_follows_the_network(
    client: Client, node: Node, ffmpeg: str, browser: Probe
) -> None:
    async with ladder_stream(client, node, ffmpeg) as url:
        opened = await browser.call("open", url=url)
        assert opened["status"] == 200
        assert (await browser.call("wait_playing", timeout=60))["playing"]

        async def player() -> dict[str, Any]:
            snap = await browser.call("snapshot")
            return {**snap["player"], "video_height": snap["media"]["video"]["height"]}

        # The menu: Auto and the three variants, highest first, the source marked.
        ready = await until(
            "the quality menu", player, lambda p: not p["menu"]["hidden"], timeout=20
        )
        menu = ready["menu"]
        labels = [o["label"] for o in menu["options"]]
        assert labels[1:] == ["480p (source)", "360p", "234p"], labels
        assert labels[0].startswith("Auto") and menu["value"] == "auto"
        quality = ready["quality"]
        assert quality["auto"] is True and ready["engine"] == "hlsjs"
        index = {v["rendition"]: v["index"] for v in quality["variants"]}
        assert set(index) == {"source", "360p", "234p"}
        named = await browser.call(
            "eval",
            expr="document.querySelector('label[for=quality-select]').textContent",
        )
        assert named["value"] == "Quality"

        # Pin 360p as a viewer does: hls.js leaves ABR, and 360p is what is fetched and shown.
        await browser.call("select", selector="#quality-select", value=str(index["360p"]))
        pinned = await until(
            "360p on screen",
            player,
            lambda p: p["quality"]["playing"] == index["360p"] and p["video_height"] == 360,
            timeout=30,
        )
        assert pinned["quality"]["auto"] is False
        assert pinned["quality"]["pinned"] == index["360p"]
        assert pinned["menu"]["options"][0]["label"] == "Auto"  # pinned: Auto names no variant
        mark = (await browser.call("eval", expr="performance.now()"))["value"]
        await asyncio.sleep(4)
        fetched = await media_requests_since(browser, mark)
        assert len(fetched) >= 3 and set(fetched) == {"360p"}, fetched

        # Back to Auto with the keyboard: Home on the focused <select> picks its first entry.
        await browser.call("press", selector="#quality-select", key="Home")
        auto = await until("back on Auto", player, lambda p: p["quality"]["auto"], timeout=10)
        assert auto["menu"]["value"] == "auto" and auto["quality"]["pinned"] == -1
        # Unthrottled on loopback, ABR climbs to the source, and the menu says so.
        top = await until(
            "Auto on the source",
            player,
            lambda p: p["quality"]["playing"] == index["source"],
            timeout=45,
        )
        assert top["menu"]["options"][0]["label"] == "Auto · 480p (source)"

        # 400 kbit/s: neither the source nor 360p fits; 234p does.
        await browser.call("network", download_kbps=THROTTLE_KBPS, upload_kbps=THROTTLE_KBPS)
        started = time.monotonic()
        low = await until(
            "Auto on 234p under throttling",
            player,
            lambda p: p["quality"]["playing"] == index["234p"] and p["video_height"] == 234,
            timeout=60,
        )
        down_s = time.monotonic() - started
        assert low["menu"]["options"][0]["label"] == "Auto · 234p"
        await asyncio.sleep(4)
        settled = (await browser.call("eval", expr="performance.now()"))["value"]
        await asyncio.sleep(4)
        under = await media_requests_since(browser, settled)
        assert under and set(under) == {"234p"}, under
        assert low["quality"]["estimate_bps"] < 1_000_000, low["quality"]

        # Lifted: the estimate recovers and Auto climbs back above 234p.
        await browser.call("network")
        started = time.monotonic()
        up = await until(
            "Auto above 234p once lifted",
            player,
            lambda p: p["quality"]["playing"] in (index["source"], index["360p"]),
            timeout=60,
        )
        up_s = time.monotonic() - started
        assert up["quality"]["auto"] is True
        await browser.call("screenshot", path=str(ARTIFACTS / "watch-quality.png"))
        played = await browser.call("measure", seconds=3)
        report = await browser.call("report")

    bandwidths = {v["rendition"]: v["bitrate"] for v in quality["variants"]}
    print(
        f"ABR at {THROTTLE_KBPS} kbit/s over variants {bandwidths} (BANDWIDTH, bit/s): "
        f"down to 234p in {down_s:.1f} s (estimate {low['quality']['estimate_bps']} bit/s), "
        f"back up in {up_s:.1f} s"
    )
    assert played["media_advanced_s"] > 2, played  # still playing after all the switching
    # Throttled media requests may be aborted and retried by hls.js; nothing else may fail.
    assert unexpected_errors(report) == [], report
