"""Renditions of a generation, media endpoints by name, and endpoint snapshots with history."""

from __future__ import annotations

import asyncio
from datetime import datetime, timedelta

import pytest

from sender.domain.endpoints import EndpointKind, EndpointSnapshot, Health, MediaEndpoint
from sender.domain.generations import Generation, GenerationState
from sender.domain.ids import utcnow
from sender.domain.renditions import SOURCE, Rendition
from sender.domain.streams import LatencyMode, Visibility
from sender.errors import NotFound
from sender.store.repository import Repository


async def _generation(repo: Repository) -> Generation:
    stream = await repo.create_stream(
        slug="topo", title="Topo", visibility=Visibility.PUBLIC, latency_mode=LatencyMode.LOW
    )
    return await repo.create_generation(stream_id=stream.id, node_id="n", auto_started=False)


async def _origin(repo: Repository, name: str = "origin-1") -> MediaEndpoint:
    return await repo.upsert_endpoint(
        name=name, kind=EndpointKind.ORIGIN, base_url="http://n1:8080", node_id="n1"
    )


# Renditions ------------------------------------------------------------------


async def test_renditions_upsert_by_generation_and_name(repo: Repository) -> None:
    gen = await _generation(repo)
    source = Rendition(generation_id=gen.id, name=SOURCE)
    low = Rendition(gen.id, "360p", 640, 360, 800_000, "avc1.4d401e,mp4a.40.2", 30.0)
    assert await repo.upsert_rendition(source) == source
    await repo.upsert_rendition(low)
    # Once the codecs are known, the source rendition is filled in: same row, new values.
    known = Rendition(gen.id, SOURCE, 1920, 1080, 6_000_000, "avc1.640028,mp4a.40.2", 29.97)
    await repo.upsert_rendition(known)
    unknown = Rendition(gen.id, "audio")
    await repo.upsert_rendition(unknown)
    # Highest bandwidth first, unknown bandwidth last, on every database.
    assert await repo.list_renditions(gen.id) == [known, low, unknown]
    assert await repo.list_renditions("0" * 32) == []


async def test_rendition_of_unknown_generation_is_not_found(repo: Repository) -> None:
    with pytest.raises(NotFound):
        await repo.upsert_rendition(Rendition(generation_id="0" * 32, name=SOURCE))


# Endpoints -------------------------------------------------------------------


async def test_endpoint_upsert_by_name_keeps_id_and_creation(repo: Repository) -> None:
    origin = await _origin(repo)
    assert origin.kind is EndpointKind.ORIGIN and origin.enabled
    assert origin.source_ids == () and origin.token_verifier is None
    edge = await repo.upsert_endpoint(
        name="edge-1",
        kind=EndpointKind.EDGE,
        base_url="http://e1:8080",
        node_id="e1",
        source_ids=[origin.id, "f" * 32],
    )
    assert edge.source_ids == (origin.id, "f" * 32)  # failover order kept

    moved = await repo.upsert_endpoint(
        name="edge-1",
        kind=EndpointKind.EDGE,
        base_url="https://edge.example",
        node_id=None,
        source_ids=("f" * 32, origin.id),
        token_verifier="abc",
        enabled=False,
    )
    assert moved.id == edge.id and moved.created_at == edge.created_at
    assert moved.updated_at >= edge.updated_at
    assert moved.base_url == "https://edge.example" and moved.node_id is None
    assert moved.source_ids == ("f" * 32, origin.id)
    assert moved.token_verifier == "abc" and not moved.enabled
    assert await repo.get_endpoint(edge.id) == moved
    assert await repo.list_endpoints() == [moved, origin]  # by name
    assert await repo.get_endpoint("0" * 32) is None


# Snapshots -------------------------------------------------------------------


def _snap(endpoint_id: str, at: datetime, viewers: int = 0, **kw: object) -> EndpointSnapshot:
    return EndpointSnapshot(endpoint_id=endpoint_id, reported_at=at, viewers=viewers, **kw)  # type: ignore[arg-type]


async def test_snapshot_round_trips_every_field(repo: Repository) -> None:
    origin = await _origin(repo)
    now = utcnow()
    snap = EndpointSnapshot(
        endpoint_id=origin.id,
        reported_at=now,
        viewers=42,
        ingress_bps=4_500_000.5,
        egress_bps=120_000_000.0,
        playlist_age_s=0.4,
        last_segment_at=now - timedelta(seconds=1),
        segment_lag=1.5,
        health=Health.DEGRADED,
        extra={"cpu": 0.3, "notes": ["a"]},
    )
    await repo.save_snapshot(snap)
    assert await repo.latest_snapshot(origin.id) == snap
    assert await repo.history(origin.id) == [snap]
    assert await repo.latest_snapshot("0" * 32) is None


async def test_latest_follows_the_newest_report_only(repo: Repository) -> None:
    origin = await _origin(repo)
    t0 = utcnow()
    await repo.save_snapshot(_snap(origin.id, t0, viewers=1))
    await repo.save_snapshot(_snap(origin.id, t0 + timedelta(seconds=5), viewers=2))
    # A late report of an older moment goes to the history but does not hide the newer one.
    await repo.save_snapshot(_snap(origin.id, t0 + timedelta(seconds=2), viewers=9))
    latest = await repo.latest_snapshot(origin.id)
    assert latest is not None and latest.viewers == 2
    assert [s.viewers for s in await repo.history(origin.id)] == [1, 9, 2]  # oldest first


async def test_history_is_bounded_to_the_newest(repo: Repository) -> None:
    origin, other = await _origin(repo), await _origin(repo, "origin-2")
    t0 = utcnow()
    for i in range(8):
        await repo.save_snapshot(
            _snap(origin.id, t0 + timedelta(seconds=i), viewers=i), history_limit=5
        )
    await repo.save_snapshot(_snap(other.id, t0, viewers=100), history_limit=5)
    assert [s.viewers for s in await repo.history(origin.id)] == [3, 4, 5, 6, 7]
    assert [s.viewers for s in await repo.history(origin.id, limit=2)] == [6, 7]
    # Pruning one endpoint leaves the others' history alone.
    assert [s.viewers for s in await repo.history(other.id)] == [100]


async def test_snapshot_of_unknown_endpoint_is_not_found(repo: Repository) -> None:
    with pytest.raises(NotFound):
        await repo.save_snapshot(_snap("0" * 32, utcnow()))
    assert await repo.history("0" * 32) == []


async def test_concurrent_reports_are_all_kept(repo: Repository) -> None:
    # Nodes and external endpoints report at the same moment; no write may be lost or
    # fail on a busy database.
    endpoints = [await _origin(repo, f"origin-{i}") for i in range(3)]
    t0 = utcnow()
    await asyncio.gather(
        *(
            repo.save_snapshot(_snap(e.id, t0 + timedelta(seconds=i), viewers=i))
            for e in endpoints
            for i in range(6)
        )
    )
    for endpoint in endpoints:
        assert sorted(s.viewers for s in await repo.history(endpoint.id)) == list(range(6))
        latest = await repo.latest_snapshot(endpoint.id)
        assert latest is not None and latest.viewers == 5


async def test_a_rendition_keeps_its_average_bandwidth_and_playlist_url(repo: Repository) -> None:
    gen = await _generation(repo)
    external = Rendition(
        gen.id,
        "720p",
        1280,
        720,
        3_500_000,
        "avc1.64001f,mp4a.40.2",
        30.0,
        average_bandwidth=3_000_000,
        playlist_url="720p/index.m3u8",
    )
    await repo.upsert_rendition(external)
    assert await repo.list_renditions(gen.id) == [external]


async def test_replace_makes_the_renditions_exactly_the_new_set(repo: Repository) -> None:
    gen = await _generation(repo)
    await repo.transition_generation(gen.id, GenerationState.ENDED, at=utcnow())
    later = await repo.create_generation(stream_id=gen.stream_id, node_id="n", auto_started=False)
    kept = Rendition(later.id, "720p", bandwidth=1)
    await repo.upsert_rendition(kept)
    await repo.upsert_rendition(Rendition(gen.id, "720p", bandwidth=3_000_000))
    await repo.upsert_rendition(Rendition(gen.id, "360p", bandwidth=800_000))
    new = [
        Rendition(gen.id, "1080p", bandwidth=6_000_000, playlist_url="https://mux/1080.m3u8"),
        Rendition(gen.id, "360p", bandwidth=900_000, average_bandwidth=700_000),
    ]
    # The 720p the muxer no longer names is gone; 360p is replaced, not merged.
    assert await repo.replace_renditions(gen.id, new) == new
    assert await repo.list_renditions(gen.id) == new
    # Another generation's renditions are not touched.
    assert await repo.list_renditions(later.id) == [kept]
    with pytest.raises(NotFound):
        await repo.replace_renditions("0" * 32, new)
