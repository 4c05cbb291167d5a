"""The cluster's topology rules: valid sources, who serves what, from where, ranked how."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from sender.domain.endpoints import Capacity, EndpointKind, EndpointSnapshot, Health, MediaEndpoint
from sender.domain.generations import Generation, GenerationState
from sender.domain.health import HealthThresholds, endpoint_health
from sender.domain.streams import LatencyMode, Stream, Visibility
from sender.domain.topology import (
    Candidate,
    check_sources,
    generation_url,
    pathway_id,
    rank,
    serves,
    steerable,
    upstreams,
    viewer_endpoints,
)
from sender.errors import ValidationFailed

T = datetime(2026, 11, 28, 12, 0, tzinfo=UTC)
STREAM = Stream("5" * 32, "show", "Show", Visibility.PUBLIC, LatencyMode.LOW, T, T)


def ep(
    name: str,
    kind: EndpointKind,
    *sources: str,
    node: str | None = None,
    base: str | None = None,
    enabled: bool = True,
) -> MediaEndpoint:
    return MediaEndpoint(
        id=name.ljust(32, "0")[:32],
        name=name,
        kind=kind,
        base_url=base or f"http://{name}:8080",
        node_id=node,
        created_at=T,
        updated_at=T,
        source_ids=tuple(s.ljust(32, "0")[:32] for s in sources),
        enabled=enabled,
    )


def gen(node: str) -> Generation:
    return Generation("9" * 32, STREAM.id, GenerationState.LIVE, node, False, T)


ORIGIN = ep("origin-a", EndpointKind.ORIGIN, node="a")
EDGE_A = ep("edge-a", EndpointKind.EDGE, "origin-a", node="a2")
EDGE_B = ep("edge-b", EndpointKind.EDGE, "edge-a", "origin-a", node="b")
MUXER = ep("muxer", EndpointKind.EXTERNAL_ORIGIN, node="mux-1", base="http://nginx:81/live")
EDGE_M = ep("edge-m", EndpointKind.EDGE, "muxer", node="m")
ALL = [ORIGIN, EDGE_A, EDGE_B, MUXER, EDGE_M]
BY_ID = {e.id: e for e in ALL}


def test_sources_must_exist_differ_and_close_no_cycle() -> None:
    check_sources("edge-b", EndpointKind.EDGE, EDGE_B.source_ids, ALL)
    with pytest.raises(ValidationFailed, match="does not exist"):
        check_sources("edge-c", EndpointKind.EDGE, ("f" * 32,), ALL)
    with pytest.raises(ValidationFailed, match="at least one source"):
        check_sources("edge-c", EndpointKind.EDGE, (), ALL)
    with pytest.raises(ValidationFailed, match="only edge endpoints"):
        check_sources("origin-z", EndpointKind.ORIGIN, (ORIGIN.id,), ALL)
    with pytest.raises(ValidationFailed, match="appear once"):
        check_sources("edge-c", EndpointKind.EDGE, (ORIGIN.id, ORIGIN.id), ALL)
    with pytest.raises(ValidationFailed, match="its own source"):
        check_sources("edge-a", EndpointKind.EDGE, (EDGE_A.id,), ALL)
    # edge-a pulling from edge-b, which pulls from edge-a: a cycle.
    with pytest.raises(ValidationFailed, match="through others"):
        check_sources("edge-a", EndpointKind.EDGE, (EDGE_B.id, ORIGIN.id), ALL)
    # An external edge (a CDN) may have no source at all.
    check_sources("cdn", EndpointKind.EXTERNAL_EDGE, (), ALL)


def test_who_serves_a_generation_follows_the_sources_to_its_origin() -> None:
    on_a, on_muxer, elsewhere = gen("a"), gen("mux-1"), gen("z")
    assert serves(ORIGIN, on_a, BY_ID) and serves(EDGE_A, on_a, BY_ID)
    assert serves(EDGE_B, on_a, BY_ID)
    assert not serves(EDGE_M, on_a, BY_ID) and serves(EDGE_M, on_muxer, BY_ID)
    assert not any(serves(e, elsewhere, BY_ID) for e in ALL)
    off = ep("origin-a", EndpointKind.ORIGIN, node="a", enabled=False)
    assert not serves(EDGE_A, on_a, {**BY_ID, off.id: off})
    assert [e.name for e in viewer_endpoints(on_a, ALL)] == ["origin-a", "edge-a", "edge-b"]


def test_an_edges_route_keeps_failover_order_and_the_sources_health() -> None:
    route = upstreams(EDGE_B, STREAM, gen("a"), BY_ID, {ORIGIN.id: Health.STALE})
    assert [u.name for u in route] == ["edge-a", "origin-a"]
    assert route[0].url == f"http://edge-a:8080/hls/{STREAM.id}/{'9' * 32}/index.m3u8"
    assert [u.health for u in route] == [Health.HEALTHY, Health.STALE]
    assert all(u.sender_names for u in route)
    external = upstreams(EDGE_M, STREAM, gen("mux-1"), BY_ID, {})
    assert [u.url for u in external] == ["http://nginx:81/live/show/index.m3u8"]
    assert not external[0].sender_names
    assert upstreams(EDGE_M, STREAM, gen("a"), BY_ID, {}) == ()


def test_generation_urls_and_pathways() -> None:
    assert generation_url(MUXER, STREAM, gen("mux-1")).endswith("/live/show/index.m3u8")
    assert pathway_id(ep("edge b/ü", EndpointKind.EDGE, "origin-a")) == "edge-b--"
    assert steerable(EDGE_A) and not steerable(MUXER)
    assert not steerable(ep("cdn", EndpointKind.EXTERNAL_EDGE, base="https://cdn.example/x"))


def test_ranking_puts_the_healthiest_least_loaded_first() -> None:
    ranked = rank(
        [
            Candidate(ORIGIN, Health.HEALTHY, 0.9, 90),
            Candidate(EDGE_A, Health.DEGRADED, 0.0, 0),
            Candidate(EDGE_B, Health.HEALTHY, 0.2, 500),
            Candidate(EDGE_M, Health.DOWN, 0.0, 0),
        ]
    )
    assert [c.endpoint.name for c in ranked] == ["edge-b", "origin-a", "edge-a", "edge-m"]


def test_health_as_the_cluster_sees_an_endpoint() -> None:
    limits = HealthThresholds(down_after_s=15.0)
    now = T
    snap = EndpointSnapshot(ORIGIN.id, now - timedelta(seconds=3), viewers=10, egress_bps=5e6)
    none = Capacity()
    assert endpoint_health(None, none, now, limits) is Health.DOWN
    assert endpoint_health(snap, none, now, limits) is Health.HEALTHY
    old = EndpointSnapshot(ORIGIN.id, now - timedelta(seconds=16))
    assert endpoint_health(old, none, now, limits) is Health.DOWN
    assert endpoint_health(snap, Capacity(max_viewers=10), now, limits) is Health.OVERLOADED
    assert endpoint_health(snap, Capacity(max_egress_bps=4e6), now, limits) is Health.OVERLOADED
    assert endpoint_health(snap, Capacity(max_viewers=11), now, limits) is Health.HEALTHY
    stale = EndpointSnapshot(ORIGIN.id, now, viewers=10, health=Health.STALE)
    assert endpoint_health(stale, Capacity(max_viewers=1), now, limits) is Health.STALE
    assert Capacity(max_viewers=100, max_egress_bps=1e7).utilization(10, 5e6) == 0.5


def test_a_stalled_stream_makes_no_bad_source_of_the_others() -> None:
    limits = HealthThresholds(down_after_s=15.0)
    snap = EndpointSnapshot(
        ORIGIN.id, T, health=Health.STALE, extra={"health_by_stream": {"s1": "stale"}}
    )
    assert endpoint_health(snap, Capacity(), T, limits) is Health.STALE
    assert endpoint_health(snap, Capacity(), T, limits, stream_id="s1") is Health.STALE
    assert endpoint_health(snap, Capacity(), T, limits, stream_id="s2") is Health.HEALTHY
    # Down and overloaded are the endpoint's, whatever the stream.
    assert endpoint_health(None, Capacity(), T, limits, stream_id="s2") is Health.DOWN
    busy = EndpointSnapshot(ORIGIN.id, T, viewers=9, extra={"health_by_stream": {"x": "bogus"}})
    assert endpoint_health(busy, Capacity(max_viewers=9), T, limits, stream_id="x") is (
        Health.OVERLOADED
    )
