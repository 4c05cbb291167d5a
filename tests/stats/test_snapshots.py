"""Origin snapshots: health from data age, the summary, and the writer against a real store."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from typing import Any

from sender.domain.endpoints import EndpointKind, Health
from sender.domain.health import BY_STREAM
from sender.stats.audience import Audience, PlayerEvents
from sender.stats.snapshots import HealthThresholds, SnapshotWriter, health_of, summarize
from sender.stats.streams import LiveStats, SessionView, StreamStats
from sender.store.repository import Repository

NOW = datetime(2026, 11, 21, 12, 0, 0, tzinfo=UTC)
LIMITS = HealthThresholds(degraded_after_s=4.0, stale_after_s=10.0)


def stats(slug: str = "s", **overrides: Any) -> StreamStats:
    values: dict[str, Any] = dict(
        stream_id=slug * 4,
        slug=slug,
        generation_id="g",
        live=True,
        viewers=0,
        ingest_bps=1_000_000.0,
        egress_bps=4_000_000.0,
        egress_bytes=0,
        playlist_age_s=0.2,
        last_segment_at=NOW - timedelta(seconds=1),
        segment_lag=0.0,
        backend_restarts=0,
    )
    values.update(overrides)
    return StreamStats(**values)


def test_no_live_stream_is_healthy() -> None:
    assert health_of([], NOW, LIMITS) is Health.HEALTHY
    idle = stats(live=False, last_segment_at=NOW - timedelta(hours=1), playlist_age_s=None)
    assert health_of([idle], NOW, LIMITS) is Health.HEALTHY


def test_health_follows_the_age_of_the_newest_data() -> None:
    assert health_of([stats()], NOW, LIMITS) is Health.HEALTHY
    late_parts = stats(playlist_age_s=5.0, last_segment_at=NOW - timedelta(seconds=6))
    assert health_of([stats(), late_parts], NOW, LIMITS) is Health.DEGRADED
    starving = stats(playlist_age_s=11.0, last_segment_at=NOW - timedelta(seconds=11))
    assert health_of([stats(), late_parts, starving], NOW, LIMITS) is Health.STALE
    assert health_of([stats(last_segment_at=None)], NOW, LIMITS) is Health.STALE


def test_a_failing_spool_degrades_the_endpoint_but_starving_players_still_count_first() -> None:
    assert health_of([stats()], NOW, LIMITS, storage_failing=True) is Health.DEGRADED
    assert health_of([], NOW, LIMITS, storage_failing=True) is Health.DEGRADED
    starving = stats(playlist_age_s=11.0, last_segment_at=NOW - timedelta(seconds=11))
    assert health_of([starving], NOW, LIMITS, storage_failing=True) is Health.STALE
    snap = summarize("ep", [stats("a"), stats("b", spool_failing=True)], 0, NOW, LIMITS)
    assert snap.health is Health.DEGRADED
    assert snap.extra["spool_failing"] == 1


def test_a_slow_transcoder_degrades_the_endpoint_and_names_its_stream() -> None:
    slow = stats("b", transcode_slow=True, transcode_speed=0.8)
    snap = summarize("ep", [stats("a"), slow], 0, NOW, LIMITS)
    assert snap.health is Health.DEGRADED
    assert snap.extra[BY_STREAM] == {slow.stream_id: "degraded"}
    # Ended, it no longer counts; a keeping-up transcoder never did.
    done = stats("b", live=False, transcode_slow=True, playlist_age_s=None)
    assert summarize("ep", [stats("a"), done], 0, NOW, LIMITS).health is Health.HEALTHY
    fine = stats("c", transcode_speed=1.0)
    assert summarize("ep", [fine], 0, NOW, LIMITS).health is Health.HEALTHY


def test_summary_adds_rates_and_reports_the_worst_ages() -> None:
    a = stats("a", playlist_age_s=0.5, last_segment_at=NOW - timedelta(seconds=2), segment_lag=0.0)
    b = stats("b", playlist_age_s=1.5, last_segment_at=NOW - timedelta(seconds=3), segment_lag=0.5)
    off = stats("c", live=False, ingest_bps=0.0, egress_bps=8.0, playlist_age_s=None)
    snap = summarize("ep", [a, b, off], viewers=7, now=NOW, limits=LIMITS)
    assert snap.endpoint_id == "ep" and snap.reported_at == NOW
    assert snap.viewers == 7
    assert snap.ingress_bps == 2_000_000.0
    assert snap.egress_bps == 8_000_008.0
    assert snap.playlist_age_s == 1.5
    assert snap.last_segment_at == NOW - timedelta(seconds=3)
    assert snap.segment_lag == 0.5
    assert snap.health is Health.HEALTHY
    assert snap.extra == {"live_streams": 2, "streams": 3, "spool_failing": 0}


class NoSessions:
    backend_restarts: dict[str, int] = {}
    corrupt_outputs: dict[str, int] = {}
    spool_errors: dict[tuple[str, str], int] = {}

    def all(self) -> list[SessionView]:
        return []


class Counting:
    """A store in front of another that signals after `until` calls."""

    def __init__(self, inner: Any, until: int) -> None:
        self.inner = inner
        self.until = until
        self.calls = 0
        self.reached = asyncio.Event()

    async def save_snapshot(self, snapshot: Any, *, history_limit: int = 720) -> None:
        self.calls += 1
        try:
            await self.inner.save_snapshot(snapshot, history_limit=history_limit)
        finally:
            if self.calls >= self.until:
                self.reached.set()


async def test_the_writer_reports_into_a_bounded_history(repo: Repository) -> None:
    endpoint = await repo.upsert_endpoint(
        name="origin-t", kind=EndpointKind.ORIGIN, base_url="http://t", node_id="t"
    )
    audience = Audience()
    audience.sign_vsid("s1", "viewer-aaaaaaaa")
    audience.sign_vsid("s2", "viewer-bbbbbbbb")
    live = LiveStats(NoSessions(), audience, PlayerEvents())
    store = Counting(repo, until=5)
    writer = SnapshotWriter(
        store, endpoint.id, live, interval_s=0.01, history_limit=3, limits=LIMITS
    )
    task = asyncio.create_task(writer.run())
    try:
        await asyncio.wait_for(store.reached.wait(), 10)
    finally:
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)
    latest = await repo.latest_snapshot(endpoint.id)
    assert latest is not None
    assert (latest.viewers, latest.health) == (2, Health.HEALTHY)
    history = await repo.history(endpoint.id)
    assert len(history) == 3
    assert [h.reported_at for h in history] == sorted(h.reported_at for h in history)


async def test_the_writer_outlives_a_failing_store() -> None:
    class Away:
        async def save_snapshot(self, snapshot: Any, *, history_limit: int = 720) -> None:
            raise ConnectionError("store away")

    store = Counting(Away(), until=3)
    live = LiveStats(NoSessions(), Audience(), PlayerEvents())
    writer = SnapshotWriter(store, "ep", live, interval_s=0.01, history_limit=3, limits=LIMITS)
    task = asyncio.create_task(writer.run())
    await asyncio.wait_for(store.reached.wait(), 10)
    assert not task.done() and writer.written == 0
    task.cancel()
    await asyncio.gather(task, return_exceptions=True)
