"""The watch page's quality menu and hls.js's ABR, in a real Chromium, on three real variants.

ffmpeg encodes a live test pattern into three fMP4 variants (854x480 as "source",
640x360 and 416x234) with a multivariant playlist; a small aiohttp app serves
them with the page itself (sender.web.player's shell and committed bundle) and
a playback description naming the three renditions. The viewer pins a variant
with the menu, returns to Auto with the keyboard, and then Chromium's own
network throttling (CDP `Network.emulateNetworkConditions`, 400 kbit/s) makes
Auto move to a lower rung, and lifting it makes Auto climb back.
"""

from __future__ import annotations

import asyncio
import contextlib
import re
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path
from typing import Any

import pytest
from aiohttp import web

from sender.web.player import Assets, render_page
from tests.browser.conftest import ARTIFACTS, Probe, unexpected_errors

pytestmark = pytest.mark.e2e

# name, size, video kbit/s: the source on top, two rungs as a ladder would have them.
VARIANTS = [("source", (854, 480), 1000), ("360p", (640, 360), 365), ("234p", (416, 234), 145)]
THROTTLE_KBPS = 400  # above the 234p variant's BANDWIDTH (~260k), below the 360p one's (~500k)
# A media request's rendition: /<rendition>/seg-N.m4s or part-N.I.m4s, whatever comes before.
MEDIA_RE = re.compile(r"/([^/?]+)/(?:seg|part)-[0-9.]+\.m4s")


def ladder_command(ffmpeg: str, out: Path, seconds: float) -> list[str]:
    """ffmpeg writing a live three-variant fMP4 HLS (1 s segments, an IDR each second)."""
    split = "[0:v]split=3[v0][v1][v2];" + ";".join(
        f"[v{i}]scale={w}:{h}[s{i}]" for i, (_, (w, h), _) in enumerate(VARIANTS)
    )
    cmd = [
        ffmpeg, "-hide_banner", "-loglevel", "error", "-nostats", "-re",
        "-f", "lavfi", "-i", "testsrc2=size=854x480:rate=25",
        "-f", "lavfi", "-i", "sine=frequency=440:sample_rate=48000",
        "-t", f"{seconds:g}", "-filter_complex", split,
    ]  # fmt: skip
    for i in range(len(VARIANTS)):
        cmd += ["-map", f"[s{i}]"]
    for _ in VARIANTS:
        cmd += ["-map", "1:a"]
    cmd += ["-c:v", "libx264", "-preset", "ultrafast", "-tune", "zerolatency"]
    cmd += ["-pix_fmt", "yuv420p", "-g", "25", "-keyint_min", "25", "-sc_threshold", "0"]
    for i, (_, _, kbps) in enumerate(VARIANTS):
        rate = f"{kbps}k"
        cmd += [f"-b:v:{i}", rate, f"-maxrate:v:{i}", rate, f"-bufsize:v:{i}", rate]
    stream_map = " ".join(f"v:{i},a:{i},name:{name}" for i, (name, _, _) in enumerate(VARIANTS))
    cmd += [
        "-c:a", "aac", "-b:a", "64k", "-ac", "2",
        "-f", "hls", "-hls_time", "1", "-hls_list_size", "12", "-hls_segment_type", "fmp4",
        "-hls_flags", "delete_segments+independent_segments+temp_file",
        "-master_pl_name", "index.m3u8", "-var_stream_map", stream_map,
        "-hls_fmp4_init_filename", "init.mp4",
        "-hls_segment_filename", str(out / "%v" / "seg-%d.m4s"), str(out / "%v" / "index.m3u8"),
    ]  # fmt: skip
    return cmd


@contextlib.asynccontextmanager
async def ladder_site(ffmpeg: str, root: Path) -> AsyncIterator[str]:
    """The page, its assets, a playback description and ffmpeg's HLS; yields the watch URL."""
    proc = await asyncio.create_subprocess_exec(
        *ladder_command(ffmpeg, root, seconds=240),
        stdin=asyncio.subprocess.DEVNULL,
        stdout=asyncio.subprocess.DEVNULL,
        stderr=asyncio.subprocess.PIPE,
    )
    assets = Assets()
    base = ""

    async def watch(request: web.Request) -> web.Response:
        page = render_page(mode="watch", slug="ladder", title="Ladder", assets=assets)
        return web.Response(text=page, content_type="text/html")

    async def static(request: web.Request) -> web.Response:
        asset = assets.get(request.match_info["name"])
        if asset is None:
            raise web.HTTPNotFound()
        return web.Response(body=asset.body, content_type=asset.content_type)

    async def playback(request: web.Request) -> web.Response:
        renditions = [
            {"name": n, "width": w, "height": h, "bandwidth": k * 1000, "codecs": None}
            for n, (w, h), k in VARIANTS
        ]
        return web.json_response(
            {
                "stream": {"slug": "ladder", "title": "Ladder", "visibility": "public"},
                "generation_id": "g1",
                "state": "live",
                "hls_url": f"{base}/hls/index.m3u8",
                "low_latency": False,
                "renditions": renditions,
                "publishing": True,
            }
        )

    async def events(request: web.Request) -> web.Response:
        return web.Response(status=204)

    app = web.Application()
    app.add_routes(
        [
            web.get("/watch/ladder", watch),
            web.get("/static/{name}", static),
            web.get("/api/v1/playback/ladder", playback),
            web.post("/api/v1/player/events", events),
        ]
    )
    app.router.add_static("/hls/", root)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = runner.addresses[0][1]
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while not all(len(list((root / n).glob("seg-*.m4s"))) >= 3 for n, _, _ in VARIANTS):
            if proc.returncode is not None or time.monotonic() > deadline:
                err = await proc.stderr.read() if proc.stderr else b""
                raise AssertionError(f"ffmpeg wrote no ladder: {err.decode()[-1000:]}")
            await asyncio.sleep(0.2)
        yield f"{base}/watch/ladder"
    finally:
        await runner.cleanup()
        if proc.returncode is None:
            proc.terminate()
            await proc.wait()


async def until(
    what: str,
    probe: Callable[[], Awaitable[dict[str, Any]]],
    ok: Callable[[Any], bool],
    timeout: float,
) -> dict[str, Any]:
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
    browser: Probe, ffmpeg: str, tmp_path: Path
) -> None:
    async with ladder_site(ffmpeg, tmp_path) as url:
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

        # 400 kbit/s: the source (1.3 Mbit/s peak) and 360p (0.5) do not fit; 234p does.
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
