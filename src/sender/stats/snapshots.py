"""The snapshot writer: every few seconds, this node's origin endpoint reports its own stats.

`summarize` (pure) turns the per-stream figures into one EndpointSnapshot;
`SnapshotWriter.run` is the loop the node owns (started in `start_node`,
cancelled first on close). A failed write is logged and the loop goes on: a
store that is briefly away must not end the reporting.

Health is the rule of domain.health, applied to the node's own streams; a
spool that refuses a stream's files makes it degraded at least.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Protocol

from sender.domain.endpoints import EndpointSnapshot
from sender.domain.health import HealthThresholds, health_of
from sender.domain.ids import utcnow
from sender.stats.streams import LiveStats, StreamStats

log = logging.getLogger(__name__)


def summarize(
    endpoint_id: str,
    streams: Sequence[StreamStats],
    viewers: int,
    now: datetime,
    limits: HealthThresholds,
) -> EndpointSnapshot:
    """One snapshot of the whole node; ages and lags are those of its worst live stream."""
    live = [s for s in streams if s.live]
    ages = [s.playlist_age_s for s in live if s.playlist_age_s is not None]
    lasts = [s.last_segment_at for s in live if s.last_segment_at is not None]
    lags = [s.segment_lag for s in live if s.segment_lag is not None]
    return EndpointSnapshot(
        endpoint_id=endpoint_id,
        reported_at=now,
        viewers=viewers,
        ingress_bps=sum(s.ingest_bps for s in streams),
        egress_bps=sum(s.egress_bps for s in streams),
        playlist_age_s=max(ages) if ages else None,
        last_segment_at=min(lasts) if lasts else None,
        segment_lag=max(lags) if lags else None,
        health=health_of(
            streams, now, limits, storage_failing=any(s.spool_failing for s in streams)
        ),
        extra={
            "live_streams": len(live),
            "streams": len(streams),
            "spool_failing": sum(1 for s in streams if s.spool_failing),
        },
    )


class SnapshotStore(Protocol):
    """What the writer needs from the repository."""

    async def save_snapshot(
        self, snapshot: EndpointSnapshot, *, history_limit: int = ...
    ) -> None: ...


class SnapshotWriter:
    def __init__(
        self,
        store: SnapshotStore,
        endpoint_id: str,
        stats: LiveStats,
        *,
        interval_s: float,
        history_limit: int,
        limits: HealthThresholds,
        wall: Callable[[], datetime] = utcnow,
    ) -> None:
        self.store = store
        self.endpoint_id = endpoint_id
        self.stats = stats
        self.interval_s = interval_s
        self.history_limit = history_limit
        self.limits = limits
        self._wall = wall
        self.written = 0

    def snapshot(self) -> EndpointSnapshot:
        streams = self.stats.streams()
        return summarize(
            self.endpoint_id, streams, self.stats.audience.total(), self._wall(), self.limits
        )

    async def write_once(self) -> EndpointSnapshot:
        snapshot = self.snapshot()
        await self.store.save_snapshot(snapshot, history_limit=self.history_limit)
        self.written += 1
        return snapshot

    async def run(self) -> None:
        """Write a snapshot now and then every `interval_s`, until cancelled."""
        failing = False
        while True:
            try:
                await self.write_once()
                if failing:
                    log.info("endpoint snapshots are written again")
                failing = False
            except asyncio.CancelledError:
                raise
            except Exception as exc:
                if not failing:
                    log.warning("could not write the endpoint snapshot: %s", type(exc).__name__)
                failing = True
            await asyncio.sleep(self.interval_s)
