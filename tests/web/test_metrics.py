"""GET /metrics over real HTTP: it parses, labels are route templates, access is configurable."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
import pytest_asyncio
from aiohttp import web
from aiohttp.test_utils import TestClient, TestServer
from prometheus_client.parser import text_string_to_metric_families
from prometheus_client.samples import Sample

from sender.domain.streams import Visibility
from sender.stats.audience import Audience, PlayerEvents
from sender.stats.collector import NodeCollector
from sender.stats.streams import LiveStats, SessionView
from sender.store.repository import Repository
from sender.web.api import add_api_routes
from sender.web.errors import error_middleware
from sender.web.metrics import Metrics
from tests.control.doubles import make_context
from tests.web.conftest import AUTH, TOKEN


class Counters:
    """The runtime's counters the collector reads (no media sessions)."""

    def __init__(self) -> None:
        self.backend_restarts: dict[str, int] = {"news": 2}
        self.corrupt_outputs: dict[str, int] = {"news": 1}
        self.spool_errors: dict[tuple[str, str], int] = {("news", "EROFS"): 5}
        self.transcoder_restarts: dict[str, int] = {"news": 3}
        self.transcode_slow: dict[str, int] = {"news": 1}

    def all(self) -> list[SessionView]:
        return []


def samples(text: str) -> dict[str, list[Sample]]:
    found: dict[str, list[Sample]] = {}
    for family in text_string_to_metric_families(text):
        for sample in family.samples:
            found.setdefault(sample.name, []).append(sample)
    return found


def value(found: dict[str, list[Sample]], name: str, **labels: str) -> float:
    matching = [s.value for s in found.get(name, []) if s.labels == labels]
    assert len(matching) == 1, (name, labels, found.get(name))
    return matching[0]


async def _client(
    repo: Repository, tmp_path: Path, public: bool
) -> tuple[Any, Audience, LiveStats]:
    ctx = make_context(repo, tmp_path)
    audience = Audience()
    events = PlayerEvents()
    stats = LiveStats(Counters(), audience, events)
    for reason in ("bad_key", "bad_key", "bad_key", "busy"):
        stats.refused(reason)  # what the RTMP server reports
    metrics = Metrics(
        NodeCollector(stats, rtmp_connections=lambda: 4),
        public=public,
        admin_token=TOKEN,
    )
    app = web.Application(middlewares=[metrics.middleware, error_middleware])
    add_api_routes(app, ctx, TOKEN)
    app.add_routes(metrics.routes())
    events.record("s", "startup", {"ttff_ms": 500})
    return TestClient(TestServer(app)), audience, stats


@pytest_asyncio.fixture
async def client(repo: Repository, tmp_path: Path) -> AsyncIterator[Any]:
    client, audience, _ = await _client(repo, tmp_path, public=True)
    audience.sign_vsid("f" * 32, "viewer-aaaaaaaa", slug="news", visibility=Visibility.PUBLIC)
    async with client:
        yield client


async def test_the_exposition_parses_and_reads_the_live_state(client: Any) -> None:
    response = await client.get("/metrics")
    assert response.status == 200
    assert response.headers["Content-Type"].startswith("text/plain; version=")
    found = samples(await response.text())
    assert value(found, "sender_viewers", stream="news") == 1
    assert value(found, "sender_generation_live", stream="news") == 0
    assert value(found, "sender_rtmp_connections") == 4
    assert value(found, "sender_publish_rejected_total", reason="bad_key") == 3
    assert value(found, "sender_publish_rejected_total", reason="busy") == 1
    assert value(found, "sender_backend_restarts_total", stream="news") == 2
    assert value(found, "sender_backend_corrupt_outputs_total", stream="news") == 1
    assert value(found, "sender_spool_errors_total", stream="news", reason="EROFS") == 5
    assert value(found, "sender_transcoder_restarts_total", stream="news") == 3
    assert value(found, "sender_transcode_slow_total", stream="news") == 1
    assert value(found, "sender_player_events_total", type="startup") == 1
    assert value(found, "sender_player_events_total", type="heartbeat") == 0


async def test_requests_are_timed_by_route_template(client: Any) -> None:
    await client.get("/api/v1/streams/one", headers=AUTH)
    await client.get("/api/v1/streams/two", headers=AUTH)
    await client.get("/api/v1/streams/three")  # 401 still timed under its route
    await client.get("/no/such/path/123")
    found = samples(await (await client.get("/metrics")).text())
    counts = {
        (s.labels["route"], s.labels["method"]): s.value
        for s in found["sender_http_request_duration_seconds_count"]
    }
    assert counts[("/api/v1/streams/{slug}", "GET")] == 3
    assert counts[("unmatched", "GET")] == 1
    routes = {route for route, _ in counts}
    assert not any(x in route for route in routes for x in ("one", "two", "three", "123"))
    # No label names a viewer or an address.
    for family in text_string_to_metric_families(await (await client.get("/metrics")).text()):
        for sample in family.samples:
            assert set(sample.labels) <= {
                "stream",
                "rendition",
                "reason",
                "type",
                "route",
                "method",
                "le",
            }


async def test_metrics_can_require_the_admin_token(repo: Repository, tmp_path: Path) -> None:
    client, _, _ = await _client(repo, tmp_path, public=False)
    async with client:
        refused = await client.get("/metrics")
        assert refused.status == 401
        assert (await refused.json())["error"]["code"] == "unauthorized"
        wrong = await client.get("/metrics", headers={"Authorization": "Bearer nope"})
        assert wrong.status == 401
        allowed = await client.get("/metrics", headers=AUTH)
        assert allowed.status == 200
        assert "sender_rtmp_connections 4.0" in await allowed.text()


@pytest.mark.parametrize("visibility", [Visibility.PRIVATE, Visibility.UNLISTED])
async def test_public_metrics_name_no_stream_that_is_not_public(
    repo: Repository, tmp_path: Path, visibility: Visibility
) -> None:
    client, audience, stats = await _client(repo, tmp_path, public=True)
    async with client:
        audience.sign_vsid("f" * 32, "viewer-aaaaaaaa", slug="news", visibility=Visibility.PUBLIC)
        audience.sign_vsid("e" * 32, "viewer-bbbbbbbb", slug="secret-show", visibility=visibility)
        stats.served("e" * 32, 1000)
        text = await (await client.get("/metrics")).text()
        assert "secret-show" not in text
        found = samples(text)
        assert value(found, "sender_viewers", stream="news") == 1
        assert value(found, "sender_node_viewers") == 2  # counted, not named
        assert value(found, "sender_node_egress_bytes_total") == 1000
        # The operator's scrape, with the admin token, names it; a wrong token is refused.
        text = await (await client.get("/metrics", headers=AUTH)).text()
        assert value(samples(text), "sender_viewers", stream="secret-show") == 1
        wrong = await client.get("/metrics", headers={"Authorization": "Bearer nope"})
        assert wrong.status == 401
    client, audience, _ = await _client(repo, tmp_path, public=False)
    async with client:
        audience.sign_vsid("e" * 32, "viewer-bbbbbbbb", slug="secret-show", visibility=visibility)
        text = await (await client.get("/metrics", headers=AUTH)).text()
        assert value(samples(text), "sender_viewers", stream="secret-show") == 1
