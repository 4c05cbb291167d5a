"""The snapshot writers: every few seconds, each endpoint of this node reports its own stats.

A node writes its origin endpoint's snapshot (the streams it makes) and, with
an edge endpoint, that one's too (the streams it mirrors): a writer per
endpoint, each over the streams of its `role`. Each snapshot carries the
endpoint's full viewer count, and per stream in `extra.viewers_by_stream`, so
the cluster's figures are sums of fresh snapshots: a node that dies stops
counting once its snapshot is stale.

`summarize` (pure) turns the per-stream figures into one EndpointSnapshot;
`SnapshotWriter.run` is the loop the node owns (started in `start_node`,
cancelled first on close). A failed write is logged and the loop goes on: a
store that is briefly away must not end the reporting.

Health is the rule of domain.health, applied to the node's own streams; a
spool that refuses a stream's files, or a ladder transcoder that does not
keep real time, makes it degraded at least.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Sequence
from datetime import datetime
from typing import Protocol

from sender.domain.endpoints import EndpointSnapshot, Health
from sender.domain.health import BY_STREAM, HealthThresholds, health_of, unhealthy_by_stream
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
            streams,
            now,
            limits,
            storage_failing=any(s.spool_failing for s in streams),
            transcode_slow=any(s.transcode_slow for s in live),
        ),
        extra=_extra(streams, live, now, limits),
    )


def _extra(
    streams: Sequence[StreamStats],
    live: Sequence[StreamStats],
    now: datetime,
    limits: HealthThresholds,
) -> dict[str, object]:
    extra: dict[str, object] = {
        "live_streams": len(live),
        "streams": len(streams),
        "spool_failing": sum(1 for s in streams if s.spool_failing),
    }
    unhealthy = unhealthy_by_stream([(s.stream_id, s) for s in live], now, limits)
    for s in live:
        if s.transcode_slow and s.stream_id not in unhealthy:
            unhealthy[s.stream_id] = str(Health.DEGRADED)
    if unhealthy:
        extra[BY_STREAM] = unhealthy
    by_stream = {s.stream_id: s.viewers for s in streams if s.viewers}
    if by_stream:
        extra["viewers_by_stream"] = by_stream
    behind = [s.behind_s for s in live if s.behind_s is not None]
    if behind:
        extra["behind_s"] = round(max(behind), 3)  # an edge's worst stream
    return extra


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
        edges: Callable[[], Awaitable[Sequence[str]]] | None = None,
    ) -> None:
        self.store = store
        self.endpoint_id = endpoint_id
        self._edges = edges  # this node's edge endpoints, read at each write
        self.stats = stats
        self.interval_s = interval_s
        self.history_limit = history_limit
        self.limits = limits
        self._wall = wall
        self.written = 0

    def snapshot(self, endpoint_id: str | None = None, role: str = "origin") -> EndpointSnapshot:
        """The snapshot of this node's endpoint of `role` (the origin's by default)."""
        every = self.stats.streams()
        streams = [s for s in every if s.role == role]
        if role == "origin":
            # Every viewer of the node but the edge's (a stream known only by its viewers
            # counts here, where its media would be made).
            others = sum(s.viewers for s in every if s.role != role)
            viewers = self.stats.audience.total() - others
        else:
            viewers = sum(s.viewers for s in streams)
        return summarize(
            endpoint_id or self.endpoint_id, streams, max(0, viewers), self._wall(), self.limits
        )

    async def write_once(self) -> EndpointSnapshot:
        """Write the origin's snapshot, then each edge endpoint's of this node."""
        snapshot = self.snapshot()
        await self.store.save_snapshot(snapshot, history_limit=self.history_limit)
        self.written += 1
        if self._edges is not None:
            for edge_id in await self._edges():
                edge = self.snapshot(edge_id, "edge")
                await self.store.save_snapshot(edge, history_limit=self.history_limit)
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
