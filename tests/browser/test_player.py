"""The viewer page in a real Chromium against a real node with real ffmpeg publishing RTMP."""

from __future__ import annotations

import asyncio
import json
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
from prometheus_client.parser import text_string_to_metric_families

from sender.app import Node
from tests.browser.conftest import (
    ARTIFACTS,
    Probe,
    open_probe,
    run_probe,
    unexpected_errors,
)
from tests.e2e.conftest import Client, Publisher, publish

pytestmark = pytest.mark.e2e

# Media time must follow wall time: a frozen or stalling player advances far less.
MIN_RATIO, MAX_RATIO = 0.85, 1.2


async def go_live(
    client: Client, node: Node, ffmpeg: str, slug: str, seconds: float = 120, **fields: Any
) -> tuple[Publisher, dict[str, Any]]:
    _, key = await client.create_stream(slug, **fields)
    pub = await publish(ffmpeg, f"{node.rtmp_url}/{key}", seconds=seconds)
    info = await client.wait_state(slug, "live")
    await client.wait_segments(info["hls_url"], 2)
    return pub, info


async def scrape(client: Client) -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
    """/metrics parsed by prometheus-client's own parser: {(name, labels): value}."""
    status, _, body = await client.get("/metrics")
    assert status == 200
    return {
        (sample.name, tuple(sorted(sample.labels.items()))): sample.value
        for family in text_string_to_metric_families(body.decode())
        for sample in family.samples
    }


async def assert_plays(browser: Probe, seconds: float = 6.0) -> dict[str, Any]:
    waited = await browser.call("wait_playing", timeout=60)
    assert waited["playing"], waited
    measured = await browser.call("measure", seconds=seconds)
    assert MIN_RATIO <= measured["ratio"] <= MAX_RATIO, measured
    return measured


@pytest.mark.parametrize(
    ("latency_mode", "engine"), [("standard", "spf"), ("low", "hlsjs")], ids=["spf", "hlsjs"]
)
async def test_watch_plays_live(
    client: Client, node: Node, ffmpeg: str, browser: Probe, latency_mode: str, engine: str
) -> None:
    pub, info = await go_live(client, node, ffmpeg, "show", latency_mode=latency_mode)
    try:
        opened = await browser.call("open", url=f"{node.http_url}/watch/show")
        assert opened["status"] == 200
        measured = await assert_plays(browser)
        shot = ARTIFACTS / f"watch-{engine}.png"
        await browser.call("screenshot", path=str(shot))
        snap = await browser.call("snapshot")
        report = await browser.call("report")
        # The server saw this browser: a viewer in /metrics and its startup report.
        families = await scrape(client)
    finally:
        await pub.stop()

    assert families[("sender_viewers", (("stream", "show"),))] >= 1
    assert families[("sender_player_events_total", (("type", "startup"),))] >= 1
    assert shot.stat().st_size > 10_000  # a rendered page, not a blank image
    assert snap["state"] == "live" and snap["badge"] == "live" and snap["notice"] is None
    assert snap["heading"] == "Show" and snap["title"] == "Show · Sender"
    player = snap["player"]
    assert player["engine"] == engine and player["generation_id"] == info["generation_id"]
    # The player loads the API's playlist with this tab's viewer session id.
    url = urlsplit(player["url"])
    assert player["url"].startswith(info["hls_url"])
    assert parse_qs(url.query)["vsid"] == [player["vsid"]]
    video = measured["video"]
    assert (video["width"], video["height"]) == (320, 180) and video["error"] is None
    # SPF's <video> lives in <hls-video>'s shadow root; the hls.js one is a plain child.
    assert video["in_shadow"] is (engine == "spf")
    if engine == "hlsjs":
        assert player["latency_s"] is not None and 0 < player["latency_s"] < 5
    # One rendition: nothing to choose, no quality menu (though hls.js reports its one level).
    assert player["menu"]["hidden"] is True
    if engine == "hlsjs":
        assert [v["rendition"] for v in player["quality"]["variants"]] == ["source"]
    assert unexpected_errors(report) == []
    startup = [e for e in report["events"] if e["type"] == "startup"]
    assert len(startup) == 1, report["events"]
    assert startup[0]["stream"] == "show" and startup[0]["vsid"] == player["vsid"]
    assert startup[0]["generation_id"] == info["generation_id"]
    assert 0 < startup[0]["ttff_ms"] < 60_000


async def test_generation_switch_without_reload(
    client: Client, node: Node, ffmpeg: str, browser: Probe
) -> None:
    pub, first = await go_live(client, node, ffmpeg, "show", latency_mode="standard")
    await browser.call("open", url=f"{node.http_url}/watch/show")
    await assert_plays(browser, seconds=3)
    before = await browser.call("snapshot")
    assert before["player"]["generation_id"] == first["generation_id"]

    await pub.stop()
    await client.api("POST", "/api/v1/streams/show/stop", status=200)
    ended = await browser.call("wait_state", state="ended", timeout=30)
    assert ended["ok"], ended
    assert ended["snapshot"]["badge"] == "ended"
    assert ended["snapshot"]["notice"] == "The broadcast has ended."

    second = await client.api("POST", "/api/v1/streams/show/start", status=200)
    assert second["id"] != first["generation_id"]
    key = await client.api("POST", "/api/v1/streams/show/keys", status=201)
    pub = await publish(ffmpeg, f"{node.rtmp_url}/{key['key']}", seconds=120)
    try:
        switched = await browser.call(
            "wait_generation", timeout=60, **{"not": first["generation_id"]}
        )
        assert switched["ok"], switched
        assert switched["snapshot"]["player"]["generation_id"] == second["id"]
        live = await browser.call("wait_state", state="live", timeout=30)
        assert live["ok"], live
        await assert_plays(browser, seconds=4)
        after = await browser.call("snapshot")
        report = await browser.call("report")
    finally:
        await pub.stop()

    assert after["time_origin"] == before["time_origin"]  # the same document: no reload
    assert after["player"]["vsid"] == before["player"]["vsid"]
    assert after["badge"] == "live" and after["notice"] is None
    # SPF (Video.js 10.0.0-rc.2) logs this when a live playlist gains EXT-X-ENDLIST after
    # the first generation ends; playback of the next generation is unaffected.
    known = "Failed to call endOfStream: InvalidStateError"
    errors = [e for e in unexpected_errors(report) if known not in str(e)]
    assert errors == []
    startups = [e["generation_id"] for e in report["events"] if e["type"] == "startup"]
    assert startups == [first["generation_id"], second["id"]]
    # Heartbeats every 10 s while a generation plays; this test runs longer than that.
    assert any(e["type"] == "heartbeat" for e in report["events"]), report["events"]


async def test_an_encoder_gone_is_waited_for_and_playback_goes_on_when_it_is_back(
    client: Client, node: Node, ffmpeg: str, browser: Probe
) -> None:
    pub, info = await go_live(client, node, ffmpeg, "show", seconds=8, latency_mode="low")
    await browser.call("open", url=f"{node.http_url}/watch/show")
    await assert_plays(browser, seconds=2)
    assert await pub.wait() == 0  # the encoder is gone; the generation stays live
    waiting = await browser.call("wait_state", state="waiting", timeout=30)
    assert waiting["ok"], waiting
    assert waiting["snapshot"]["notice"] == "Waiting for the broadcaster…"
    assert waiting["snapshot"]["badge"] == "waiting"
    key = await client.api("POST", "/api/v1/streams/show/keys", status=201)
    pub = await publish(ffmpeg, f"{node.rtmp_url}/{key['key']}", seconds=60)
    try:
        live = await browser.call("wait_state", state="live", timeout=30)
        assert live["ok"], live
        assert live["snapshot"]["notice"] is None
        # The same generation, the same player: it plays on across the discontinuity.
        assert live["snapshot"]["player"]["generation_id"] == info["generation_id"]
        await assert_plays(browser, seconds=3)
    finally:
        await pub.stop()


async def test_unknown_stream_says_so(node: Node, browser: Probe) -> None:
    opened = await browser.call("open", url=f"{node.http_url}/watch/nobody-here")
    assert opened["status"] == 404
    result = await browser.call("wait_state", state="not-found", timeout=20)
    assert result["ok"], result
    assert result["snapshot"]["notice"] == "There is no such stream."
    assert result["snapshot"]["badge"] is None
    assert result["snapshot"]["media"]["count"] == 0


async def test_offline_stream_and_escaped_title(
    client: Client, node: Node, browser_ready: None
) -> None:
    title = '<img src=x onerror="document.title=1"> & <script>alert(1)</script>'
    await client.create_stream("quiet", title=title)
    status, headers, body = await client.get("/watch/quiet")
    assert status == 200
    assert b"<img src=x" not in body and b"<script>alert" not in body
    csp = headers["Content-Security-Policy"]
    assert "script-src 'self'" in csp and "frame-ancestors 'none'" in csp
    # A phone-sized viewport: the page fits without scrolling sideways.
    probe = await open_probe(mobile=True)
    try:
        await probe.call("open", url=f"{node.http_url}/watch/quiet")
        result = await probe.call("wait_state", state="offline", timeout=20)
        fits = await probe.call(
            "eval", expr="document.documentElement.scrollWidth <= window.innerWidth"
        )
        injected = await probe.call("eval", expr="document.querySelectorAll('img').length")
        report = await probe.call("report")
    finally:
        await probe.close()
    assert result["ok"], result
    snap = result["snapshot"]
    assert snap["badge"] == "offline" and snap["notice"] == "This stream is offline."
    assert snap["heading"] == title and snap["title"] == f"{title} · Sender"
    assert fits["value"] is True
    assert injected["value"] == 0
    assert unexpected_errors(report) == []


async def test_private_stream_without_a_token_is_no_such_stream(
    client: Client, node: Node, browser: Probe
) -> None:
    await client.create_stream("secret", title="Board meeting", visibility="private")
    status, _, body = await client.get("/watch/secret")
    assert status == 404 and b"Board meeting" not in body
    await browser.call("open", url=f"{node.http_url}/watch/secret")
    result = await browser.call("wait_state", state="not-found", timeout=20)
    assert result["ok"], result
    assert result["snapshot"]["notice"] == "There is no such stream."
    assert result["snapshot"]["heading"] != "Board meeting"


async def test_private_stream_plays_with_a_token(
    client: Client, node: Node, ffmpeg: str, browser: Probe
) -> None:
    pub, _ = await go_live(client, node, ffmpeg, "vault")
    try:
        await client.api("PATCH", "/api/v1/streams/vault", {"visibility": "private"}, status=200)
        await asyncio.sleep(2.1)  # delivery caches stream rows for two seconds
        status, _, _ = await client.get("/api/v1/playback/vault")
        assert status == 404  # private now: without a token it is no stream at all
        grant = await client.api("POST", "/api/v1/streams/vault/playback-tokens", status=201)
        opened = await browser.call(
            "open", url=f"{node.http_url}/watch/vault?token={grant['token']}"
        )
        assert opened["status"] == 200
        await assert_plays(browser)
        snap = await browser.call("snapshot")
        report = await browser.call("report")
    finally:
        await pub.stop()
    assert snap["state"] == "live" and snap["notice"] is None
    # The token rode along on the playlist URL the player loaded (and, inside, on every URI).
    assert parse_qs(urlsplit(snap["player"]["url"]).query)["token"] == [grant["token"]]
    assert unexpected_errors(report) == []


async def test_embed_fills_its_frame(
    client: Client, node: Node, ffmpeg: str, browser: Probe
) -> None:
    pub, _ = await go_live(client, node, ffmpeg, "show", latency_mode="low")
    try:
        opened = await browser.call("open", url=f"{node.http_url}/embed/show")
        assert opened["status"] == 200
        await assert_plays(browser, seconds=3)
        box = await browser.call(
            "eval",
            expr="(() => { const r = document.getElementById('stage').getBoundingClientRect();"
            " return [r.width, r.height, innerWidth, innerHeight]; })()",
        )
        snap = await browser.call("snapshot")
        await browser.call("screenshot", path=str(ARTIFACTS / "embed.png"))
    finally:
        await pub.stop()
    width, height, vw, vh = box["value"]
    assert (width, height) == (vw, vh)
    assert snap["heading"] is None  # no title bar in the embed
    status, headers, _ = await client.get("/embed/show")
    assert status == 200
    assert "frame-ancestors *" in headers["Content-Security-Policy"]
    assert "X-Frame-Options" not in headers


BACKENDS = pytest.mark.parametrize("backend", ["ffmpeg", "native"])


@BACKENDS
async def test_low_latency_with_hlsjs(
    client: Client, node: Node, ffmpeg: str, browser_ready: None, backend: str
) -> None:
    """hls.js in lowLatencyMode on the node's LL-HLS: wall-clock latency of the frame on screen."""
    pub, info = await go_live(client, node, ffmpeg, "show", latency_mode="low")
    try:
        result = await run_probe("latency", info["hls_url"], "--seconds", "10")
    finally:
        await pub.stop()
    print(
        f"LL-HLS latency with hls.js ({backend} backend): median {result['median_ms']} ms, "
        f"p95 {result['p95_ms']} ms over {result['samples']} samples"
    )
    assert result["playing"], result
    assert result["hls"]["errors"] == [] and result["hls"]["can_block_reload"] is True
    assert result["samples"] >= 15
    # 0.2 s parts: hls.js holds about three parts back; a player on whole segments sits
    # at three 1 s segments or more.
    assert result["p95_ms"] < 2500, result


def _shaka_summary(result: dict[str, Any]) -> dict[str, Any]:
    """What Shaka did, short enough for a failure line: errors, requests, the console."""
    keep = (
        "errors",
        "video",
        "loaded",
        "low_latency",
        "live",
        "shaka_state",
        "buffered",
        "playlist_requests",
        "part_requests",
    )
    summary = {k: result.get(k) for k in keep}
    summary["timeline"] = result.get("timeline", [])[:40]
    for k in ("console", "page_errors", "failed_requests", "bad_responses"):
        summary[k] = result.get(k, [])[:8]
    return summary


@BACKENDS
async def test_low_latency_with_shaka_player(
    client: Client, node: Node, ffmpeg: str, browser_ready: None, backend: str
) -> None:
    """Shaka Player in low-latency mode, which fetches preload hints: 30 s without a stall.

    A page that never starts (ready state 0 after 45 s: seen in 3 runs of about 60, not
    reproduced since, cause unknown) is reported in full and loaded once more, as a viewer
    would; a second such page fails the test.
    """
    pub, info = await go_live(client, node, ffmpeg, "shaka", latency_mode="low", seconds=150)
    try:
        result = await run_probe(
            "shaka", info["hls_url"], "--seconds", "30", "--attempts", "2", timeout=200
        )
    finally:
        await pub.stop()
    print(
        f"Shaka Player LL-HLS ({backend} backend): "
        f"ratio {result['measure'] and result['measure']['ratio']}, "
        f"longest stall {result['longest_stall_ms']:.0f} ms, {result['part_requests']} parts, "
        f"{len(result['failed_attempts'])} page loads that never played"
    )
    for failed in result["failed_attempts"]:
        print("a page load that never played:", json.dumps(_shaka_summary(failed)))
    assert result["playing"], [_shaka_summary(f) for f in result["failed_attempts"]]
    assert result["errors"] == [], result["errors"]
    assert result["low_latency"] is True and result["live"] is True
    assert result["measure"]["ratio"] > 0.9, result["measure"]
    assert result["longest_stall_ms"] < 500, result["stalls_ms"]
    # In low-latency mode it plays parts (the hinted ones included), not whole segments.
    assert result["part_requests"] >= 30 * 4, result["part_requests"]
    assert result["page_errors"] == [], result["page_errors"]


async def test_static_assets_are_cacheable(client: Client) -> None:
    status, _, page = await client.get("/watch/anything")
    assert status == 404
    start = page.index(b"/static/player.js?v=")
    js_url = page[start : page.index(b'"', start)].decode()
    status, headers, body = await client.get(js_url)
    assert status == 200 and headers["Content-Type"].startswith("text/javascript")
    assert headers["Cache-Control"] == "public, max-age=31536000, immutable"
    assert len(body) > 100_000
    etag = {k.lower(): v for k, v in headers.items()}["etag"]
    status, _, _ = await client.get(js_url, headers={"If-None-Match": etag})
    assert status == 304
    status, headers, _ = await client.get("/static/../web/player.py")
    assert status == 404
