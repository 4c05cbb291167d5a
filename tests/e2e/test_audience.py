"""Viewers end to end: a real node, real ffmpeg publishing, real HTTP.

Metrics reflect the live state (viewers from playlist requests, ingest rate,
segments, egress, refusals), the origin writes its snapshots, and a private
stream opens only with its token on every HLS route — with no secret in the
node's logs.
"""

from __future__ import annotations

import asyncio
import logging
import re
import time
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
import pytest_asyncio
from prometheus_client.parser import text_string_to_metric_families

from sender.app import Node, start_node
from sender.control.tokens import PlaybackTokens
from sender.domain.ids import new_id
from tests.e2e.conftest import ADMIN_TOKEN, Client, complete, e2e_settings, publish

pytestmark = pytest.mark.e2e

VSID_A = "a" * 32
VSID_B = "b" * 32


@pytest_asyncio.fixture
async def node(tmp_path: Path) -> AsyncIterator[Node]:
    settings = e2e_settings(tmp_path, trusted_proxies=["127.0.0.1"], snapshot_interval_s=0.3)
    node = await start_node(settings)
    try:
        yield node
    finally:
        await node.close()


async def scrape(
    client: Client, *, admin: bool = False
) -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
    headers = {"Authorization": f"Bearer {ADMIN_TOKEN}"} if admin else {}
    status, _, body = await client.get("/metrics", headers=headers)
    assert status == 200
    found = {}
    for family in text_string_to_metric_families(body.decode()):
        for s in family.samples:
            found[(s.name, tuple(sorted(s.labels.items())))] = s.value
    return found


def metric(
    found: dict[tuple[str, tuple[tuple[str, str], ...]], float], name: str, **labels: str
) -> float:
    return found[(name, tuple(sorted(labels.items())))]


async def test_metrics_and_snapshots_follow_a_live_stream(
    client: Client, node: Node, ffmpeg: str
) -> None:
    _, key = await client.create_stream("tv")
    pub = await publish(ffmpeg, f"{node.rtmp_url}/{key}", seconds=14)
    try:
        info = await client.wait_state("tv", "live")
        hls = info["hls_url"]
        media = hls.rsplit("/", 1)[0] + "/source/index.m3u8"
        await client.wait_segments(hls, 2)

        # Two player pages (vsid), a plain client behind our trusted proxy, and
        # requests that are no viewer: loopback itself without a vsid.
        for vsid in (VSID_A, VSID_B, VSID_A):
            assert (await client.get(f"{media}?vsid={vsid}"))[0] == 200
        proxied = {"X-Forwarded-For": "203.0.113.5", "User-Agent": "VLC/3.0.20"}
        assert (await client.get(media, headers=proxied))[0] == 200
        assert (await client.get(media, headers={"User-Agent": "curl/8"}))[0] == 200
        assert (await client.get(hls))[0] == 200

        first = await scrape(client)
        assert metric(first, "sender_viewers", stream="tv") == 3
        assert metric(first, "sender_generation_live", stream="tv") == 1
        assert metric(first, "sender_ingest_bits_per_second", stream="tv") > 10_000
        assert metric(first, "sender_segments_total", stream="tv", rendition="source") >= 2
        assert (
            0 <= metric(first, "sender_playlist_age_seconds", stream="tv", rendition="source") < 3
        )
        assert metric(first, "sender_egress_bytes_total", stream="tv") > 0
        assert metric(first, "sender_rtmp_connections") == 1
        assert metric(first, "sender_backend_restarts_total", stream="tv") == 0

        # Old segments leave memory and come from the spool: their bytes count too, HEAD's not.
        playlist = await client.wait_segments(hls, 7)
        oldest = complete(playlist)[0].absolute_uri
        before = metric(await scrape(client), "sender_egress_bytes_total", stream="tv")
        status, _, body = await client.get(oldest)
        assert status == 200 and len(body) > 1000
        async with client.http.head(oldest) as head:
            assert head.status == 200
        after = await scrape(client)
        assert metric(after, "sender_egress_bytes_total", stream="tv") - before == len(body)
        assert metric(after, "sender_segments_total", stream="tv", rendition="source") > metric(
            first, "sender_segments_total", stream="tv", rendition="source"
        )

        # The origin's snapshot: written by the node every few tenths of a second here.
        snapshot = await _wait_snapshot(client, lambda s: s["ingress_bps"] > 0)
        assert snapshot["health"] == "healthy"
        assert snapshot["viewers"] == 3
        assert snapshot["playlist_age_s"] is not None and snapshot["last_segment_at"]
        history = await client.api("GET", f"/api/v1/endpoints/{snapshot['endpoint_id']}/history")
        assert len(history["snapshots"]) >= 2
        times = [s["reported_at"] for s in history["snapshots"]]
        assert times == sorted(times)

        stats = await client.api("GET", "/api/v1/streams/tv/stats")
        assert stats["live"] is True and stats["viewers"] == 3
        assert stats["renditions"][0]["name"] == "source"
    finally:
        await pub.stop()

    # A publish with a wrong secret is refused and counted by its reason.
    key_id, key_secret = key.split(".", 1)
    wrong = ("A" if key_secret[0] != "A" else "B") + key_secret[1:]
    refused = await publish(ffmpeg, f"{node.rtmp_url}/{key_id}.{wrong}", seconds=2)
    assert await refused.wait() != 0
    final = await scrape(client)
    assert metric(final, "sender_publish_rejected_total", reason="bad_key") == 1


async def _wait_snapshot(client: Client, ready: Any, timeout: float = 10.0) -> dict[str, Any]:
    deadline = time.monotonic() + timeout
    while True:
        endpoints = (await client.api("GET", "/api/v1/endpoints"))["endpoints"]
        origin = next(e for e in endpoints if e["kind"] == "origin")
        snapshot = origin["snapshot"]
        if snapshot is not None and ready(snapshot):
            return dict(snapshot)
        assert time.monotonic() < deadline, origin
        await asyncio.sleep(0.2)


_URI_RE = re.compile(r'URI="([^"]+)"')


def playlist_uris(text: str) -> list[str]:
    uris = _URI_RE.findall(text)
    uris += [line for line in text.splitlines() if line and not line.startswith("#")]
    return uris


async def test_a_private_stream_opens_only_with_its_token_and_no_secret_is_logged(
    client: Client, node: Node, ffmpeg: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    stream, key = await client.create_stream("vip", visibility="private")
    other, _ = await client.create_stream("other", visibility="private")
    token = (await client.api("POST", "/api/v1/streams/vip/playback-tokens", status=201))["token"]
    foreign = (await client.api("POST", "/api/v1/streams/other/playback-tokens", status=201))[
        "token"
    ]
    secret = node.settings.playback_secret
    assert secret is not None
    signer = PlaybackTokens(secret.get_secret_value())
    expired = signer.issue(stream["id"], 60, now=time.time() - 3600).token
    forged = PlaybackTokens("someone-elses-secret-0123456789").issue(stream["id"], 3600).token
    bad_tokens = ["", "garbage", foreign, expired, forged, signer.issue(new_id(), 60).token]

    pub = await publish(ffmpeg, f"{node.rtmp_url}/{key}", seconds=12)
    try:
        status, headers, _ = await client.get("/api/v1/playback/vip")
        assert status == 404 and headers["Cache-Control"].startswith("private")
        info = await _wait_private_live(client, token)
        hls = info["hls_url"]
        assert hls.endswith(f"?token={token}")
        base = hls.split("?", 1)[0].rsplit("/", 1)[0]

        # With the token: every playlist answers and every URI inside carries it on.
        status, headers, body = await client.get(f"{hls}&vsid={VSID_A}")
        assert status == 200 and headers["Cache-Control"].startswith("private")
        assert all(f"token={token}" in u for u in playlist_uris(body.decode()))
        media = f"{base}/source/index.m3u8"
        playlist = await _wait_media_with_parts(client, media, token)
        uris = playlist_uris(playlist)
        assert uris and all(f"token={token}" in u for u in uris), playlist
        init = next(u for u in _URI_RE.findall(playlist) if u.startswith("init-"))
        part = next(u for u in uris if u.startswith("part-"))
        segment = next(u for u in uris if u.startswith("seg-"))
        targets = {
            "multivariant": f"{base}/index.m3u8",
            "media": media,
            "init": f"{base}/source/{init.split('?')[0]}",
            "part": f"{base}/source/{part.split('?')[0]}",
            "segment": f"{base}/source/{segment.split('?')[0]}",
        }
        for what, url in targets.items():
            status, headers, _ = await client.get(f"{url}?token={token}")
            assert status == 200, what
            assert headers["Cache-Control"].startswith("private"), (what, headers)
            for bad in bad_tokens:
                query = f"?token={bad}" if bad else ""
                status, headers, body = await client.get(url + query)
                assert status == 403, (what, bad, status)
                assert headers["Cache-Control"].startswith("private"), (what, headers)
                assert (await _json(body))["error"]["code"] == "forbidden"
        # The player's vsid on a private playlist counts the viewer: in the operator's
        # scrape, never in the public one.
        found = await scrape(client, admin=True)
        assert metric(found, "sender_viewers", stream="vip") == 1
        assert not any(labels == (("stream", "vip"),) for _, labels in await scrape(client))
    finally:
        await pub.stop()
    # Deleting the stream closes every route to it, token or not.
    await client.api("DELETE", "/api/v1/streams/vip")
    status, _, _ = await client.get(f"/api/v1/playback/vip?token={token}")
    assert status == 404
    status, headers, _ = await client.get(f"{media}?token={token}")
    assert status == 404 and headers["Cache-Control"] == "private, no-store"
    unknown = f"/hls/{stream['id']}/{new_id()}/index.m3u8?token={token}"
    status, headers, _ = await client.get(unknown)
    assert status == 404 and headers["Cache-Control"] == "private, no-store"

    logged = caplog.text
    key_secret = key.split(".", 1)[1]
    for secret_text in (key_secret, token, foreign, ADMIN_TOKEN, secret.get_secret_value()):
        assert secret_text not in logged
    assert other["id"]


async def _json(body: bytes) -> Any:
    import json

    return json.loads(body)


async def _wait_private_live(client: Client, token: str, timeout: float = 30.0) -> dict[str, Any]:
    deadline = time.monotonic() + timeout
    while True:
        async with client.http.get(f"{client.base}/api/v1/playback/vip?token={token}") as r:
            assert r.status == 200
            assert r.headers["Cache-Control"].startswith("private")
            info: dict[str, Any] = await r.json()
        if info["state"] == "live":
            return info
        assert time.monotonic() < deadline, info
        await asyncio.sleep(0.2)


async def _wait_media_with_parts(client: Client, url: str, token: str) -> str:
    deadline = time.monotonic() + 30
    while True:
        status, _, body = await client.get(f"{url}?token={token}")
        assert status == 200
        text = body.decode()
        names = [u.split("?")[0] for u in playlist_uris(text)]
        if any(n.startswith("seg-") for n in names) and any(n.startswith("part-") for n in names):
            return text
        assert time.monotonic() < deadline, text
        await asyncio.sleep(0.2)
