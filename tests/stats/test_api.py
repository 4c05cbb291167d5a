"""The stats routes over real HTTP: endpoint history and a stream's figures (admin only)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import timedelta
from pathlib import Path

import pytest_asyncio
from aiohttp import web
from aiohttp.test_utils import TestClient, TestServer

from sender.domain.endpoints import EndpointKind, EndpointSnapshot, Health
from sender.domain.ids import utcnow
from sender.stats.audience import Audience, PlayerEvents
from sender.stats.streams import LiveStats, SessionView
from sender.store.repository import Repository
from sender.web.api import add_api_routes
from tests.control.doubles import make_context
from tests.web.conftest import TOKEN, Api, expect_error


class NoSessions:
    backend_restarts: dict[str, int] = {}
    corrupt_outputs: dict[str, int] = {}
    spool_errors: dict[tuple[str, str], int] = {}

    def all(self) -> list[SessionView]:
        return []


@pytest_asyncio.fixture
async def api(repo: Repository, tmp_path: Path) -> AsyncIterator[Api]:
    ctx = make_context(repo, tmp_path)
    audience = Audience()
    events = PlayerEvents()
    stats = LiveStats(NoSessions(), audience, events)
    app = web.Application()
    add_api_routes(app, ctx, TOKEN, stats=stats)
    async with TestClient(TestServer(app)) as client:
        api = Api(client, ctx)
        stream = await api.ok("POST", "/api/v1/streams", 201, json={"slug": "tv", "title": "TV"})
        audience.sign_vsid(stream["id"], "viewer-aaaaaaaa", slug="tv")
        events.record(stream["id"], "startup", {"ttff_ms": 900})
        yield api


async def test_history_returns_the_window_oldest_first(api: Api, repo: Repository) -> None:
    endpoint = await repo.upsert_endpoint(
        name="origin-x", kind=EndpointKind.ORIGIN, base_url="http://x", node_id="x"
    )
    start = utcnow()
    for i in range(5):
        snapshot = EndpointSnapshot(
            endpoint_id=endpoint.id,
            reported_at=start + timedelta(seconds=i),
            viewers=i,
            health=Health.STALE if i == 4 else Health.HEALTHY,
        )
        await repo.save_snapshot(snapshot, history_limit=4)
    body = await api.ok("GET", f"/api/v1/endpoints/{endpoint.id}/history")
    assert body["endpoint_id"] == endpoint.id
    assert [s["viewers"] for s in body["snapshots"]] == [1, 2, 3, 4]
    assert body["snapshots"][-1]["health"] == "stale"
    last_two = await api.ok("GET", f"/api/v1/endpoints/{endpoint.id}/history?limit=2")
    assert [s["viewers"] for s in last_two["snapshots"]] == [3, 4]
    assert await api.rpc("endpoint_snapshots.history", endpoint_id=endpoint.id, limit=2) == last_two
    listed = await api.ok("GET", "/api/v1/endpoints")
    assert listed["endpoints"][0]["snapshot"]["viewers"] == 4
    bad = await api.call("GET", f"/api/v1/endpoints/{endpoint.id}/history?limit=0")
    await expect_error(bad, 422, "validation_failed")
    await expect_error(await api.call("GET", "/api/v1/endpoints/nope/history"), 404, "not_found")
    refused = await api.call("GET", f"/api/v1/endpoints/{endpoint.id}/history", auth=False)
    await expect_error(refused, 401, "unauthorized")


async def test_stream_stats_of_a_stream_without_a_broadcast(api: Api) -> None:
    body = await api.ok("GET", "/api/v1/streams/tv/stats")
    assert body["slug"] == "tv" and body["live"] is False
    assert body["viewers"] == 1
    assert body["generation_id"] is None and body["renditions"] == []
    assert body["player"]["startups"] == 1 and body["player"]["mean_ttff_ms"] == 900
    await expect_error(await api.call("GET", "/api/v1/streams/nope/stats"), 404, "not_found")
    refused = await api.call("GET", "/api/v1/streams/tv/stats", auth=False)
    await expect_error(refused, 401, "unauthorized")
