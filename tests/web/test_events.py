"""POST /api/v1/player/events over real HTTP: 202, 422, 404 and 429, and what is counted."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest_asyncio
from aiohttp import web
from aiohttp.test_utils import TestClient, TestServer

from sender.stats.audience import Audience, ClientAddresses, PlayerEvents
from sender.stats.ratelimit import RateLimiter
from sender.store.repository import Repository
from sender.web.api import add_api_routes
from sender.web.events import PlayerEventsApi
from tests.control.doubles import make_context
from tests.web.conftest import TOKEN, Api, expect_error

SECRET = "playback-secret-for-tests-0123456789"
PATH = "/api/v1/player/events"
VSID = "0123456789abcdef0123456789abcdef"
BURST = 20


@dataclass
class Events:
    api: Api
    audience: Audience
    events: PlayerEvents

    async def post(self, body: Any, **kw: Any) -> Any:
        return await self.api.call("POST", PATH, auth=False, json=body, **kw)


@pytest_asyncio.fixture
async def ev(repo: Repository, tmp_path: Path) -> AsyncIterator[Events]:
    ctx = make_context(repo, tmp_path, playback_secret=SECRET)
    audience, events = Audience(), PlayerEvents()
    handler = PlayerEventsApi(
        ctx, audience, events, ClientAddresses(["127.0.0.1"]), RateLimiter(0.01, BURST)
    )
    app = web.Application()
    add_api_routes(app, ctx, TOKEN, events=handler)
    async with TestClient(TestServer(app)) as client:
        api = Api(client, ctx)
        await api.ok("POST", "/api/v1/streams", 201, json={"slug": "tv", "title": "TV"})
        yield Events(api, audience, events)


def _event(**overrides: Any) -> dict[str, Any]:
    return {"stream": "tv", "vsid": VSID, "type": "heartbeat", **overrides}


async def test_events_are_accepted_and_count_the_viewer(ev: Events) -> None:
    stream = await ev.api.ok("GET", "/api/v1/streams/tv")
    # The player page adds fields of its own; they are accepted.
    hb = await ev.post(_event(generation_id=None, engine="hlsjs", playing=True, latency_ms=900))
    assert hb.status == 202, await hb.text()
    assert await hb.json() == {"accepted": True}
    startup = await ev.post(_event(type="startup", ttff_ms=740, engine="spf"))
    stall = await ev.post(_event(type="stall", duration_ms=1200))
    error = await ev.post(_event(type="error", message="m" * 5_000))
    assert [r.status for r in (startup, stall, error)] == [202, 202, 202]
    assert ev.audience.viewers(stream["id"]) == 1
    assert ev.events.by_type == {"heartbeat": 1, "startup": 1, "stall": 1, "error": 1}
    tally = ev.events.of(stream["id"]).as_dict()
    assert tally["mean_ttff_ms"] == 740 and tally["stall_ms_total"] == 1200
    assert [len(m) for m in tally["recent_errors"]] == [200]  # type: ignore[attr-defined]


async def test_malformed_events_are_422(ev: Events) -> None:
    bad = [
        {"stream": "tv", "type": "heartbeat"},
        _event(vsid="short"),
        _event(vsid="has spaces in it!"),
        _event(type="pause"),
        _event(ttff_ms=-1),
        _event(duration_ms="long"),
        _event(stream=""),
        [1, 2],
    ]
    for body in bad:
        await expect_error(await ev.post(body), 422, "validation_failed")
    response = await ev.api.call("POST", PATH, auth=False, data=b"{not json")
    await expect_error(response, 400, "bad_request")
    huge = await ev.post(_event(type="error", message="m" * 10_000))
    await expect_error(huge, 413, "payload_too_large")
    assert sum(ev.events.by_type.values()) == 0
    assert ev.audience.total() == 0


async def test_unknown_and_deleted_streams_are_404(ev: Events) -> None:
    await expect_error(await ev.post(_event(stream="nope")), 404, "not_found")
    await ev.api.ok("POST", "/api/v1/streams", 201, json={"slug": "gone", "title": "Gone"})
    await ev.api.ok("DELETE", "/api/v1/streams/gone")
    await expect_error(await ev.post(_event(stream="gone")), 404, "not_found")


async def test_private_streams_need_their_token(ev: Events) -> None:
    await ev.api.ok(
        "POST", "/api/v1/streams", 201, json={"slug": "vip", "title": "V", "visibility": "private"}
    )
    await expect_error(await ev.post(_event(stream="vip")), 404, "not_found")
    other = await ev.api.rpc("stream.playback_token", slug="tv")
    await expect_error(await ev.post(_event(stream="vip", token=other["token"])), 404, "not_found")
    token = (await ev.api.rpc("stream.playback_token", slug="vip"))["token"]
    assert (await ev.post(_event(stream="vip", token=token))).status == 202


async def test_a_flood_from_one_address_is_429(ev: Events) -> None:
    # The test client is on 127.0.0.1, a trusted proxy here: X-Forwarded-For names the viewer.
    flood = {"X-Forwarded-For": "203.0.113.7"}
    statuses = [(await ev.post(_event(), headers=flood)).status for _ in range(BURST)]
    assert statuses == [202] * BURST
    limited = await ev.post(_event(), headers=flood)
    await expect_error(limited, 429, "rate_limited")
    assert limited.headers["Retry-After"] == "1"
    # Another viewer behind the same proxy has a bucket of its own.
    other = await ev.post(_event(vsid="f" * 32), headers={"X-Forwarded-For": "203.0.113.8"})
    assert other.status == 202
    # Refused events are not counted.
    assert ev.events.by_type["heartbeat"] == BURST + 1


async def test_a_forged_forwarded_for_does_not_escape_the_limit(
    repo: Repository, tmp_path: Path
) -> None:
    # Nobody is trusted: X-Forwarded-For is ignored and the peer address is the bucket.
    ctx = make_context(repo, tmp_path)
    handler = PlayerEventsApi(
        ctx, Audience(), PlayerEvents(), ClientAddresses(), RateLimiter(0.01, 3)
    )
    app = web.Application()
    add_api_routes(app, ctx, TOKEN, events=handler)
    async with TestClient(TestServer(app)) as client:
        api = Api(client, ctx)
        await api.ok("POST", "/api/v1/streams", 201, json={"slug": "tv", "title": "TV"})
        statuses = []
        for i in range(5):
            response = await api.call(
                "POST", PATH, auth=False, json=_event(), headers={"X-Forwarded-For": f"192.0.2.{i}"}
            )
            statuses.append(response.status)
        assert statuses == [202, 202, 202, 429, 429]


async def test_the_route_is_documented(ev: Events) -> None:
    doc = await ev.api.ok("GET", "/api/v1/openapi.json", auth=False)
    op = doc["paths"][PATH]["post"]
    assert "202" in op["responses"]
    for path in (
        "/api/v1/public/streams",
        "/api/v1/streams/{slug}/playback-tokens",
        "/api/v1/endpoints/{id}/history",
        "/api/v1/streams/{slug}/stats",
    ):
        assert path in doc["paths"], path
