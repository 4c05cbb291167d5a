"""The health rule: how well an endpoint serves, from the age of the data it serves (pure).

Of the live streams an endpoint serves:
- none live: healthy (an idle node is fine, with zero viewers);
- stale: a live stream's newest complete segment is older than
  `stale_after_s` (or it has none at all): players are starving;
- degraded: a live stream's playlist has not changed for `degraded_after_s`
  (parts are late, segments not yet overdue), or the endpoint's own storage
  is failing (`storage_failing`: it serves from memory what it could not
  write), or a stream's ladder transcoder runs below real time
  (`transcode_slow`: its rungs fall behind the copy);
- otherwise healthy.
The snapshot writers apply it to a node's own streams (its origin's and its
edge's), Sender's probe of external origins to what it polls.

`endpoint_health` is how the rest of the cluster sees an endpoint, from its
latest snapshot: down when there is none fresh (a node that dies stops
writing), else the snapshot's own verdict, overloaded when its viewers or
egress pass its capacity. Edges leave a source so judged down, stale or
overloaded, and playback and content steering rank endpoints by it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from sender.domain.endpoints import Capacity, EndpointSnapshot, Health


@dataclass(frozen=True, slots=True)
class HealthThresholds:
    degraded_after_s: float = 4.0
    stale_after_s: float = 10.0
    down_after_s: float = 15.0  # a snapshot older than this says nothing: the endpoint is down


class LiveFigures(Protocol):
    """What the rule reads of one stream an endpoint serves."""

    @property
    def live(self) -> bool: ...
    @property
    def last_segment_at(self) -> datetime | None: ...
    @property
    def playlist_age_s(self) -> float | None: ...


def health_of(
    streams: Sequence[LiveFigures],
    now: datetime,
    limits: HealthThresholds,
    *,
    storage_failing: bool = False,
    transcode_slow: bool = False,
) -> Health:
    live = [s for s in streams if s.live]
    if not live:
        return Health.DEGRADED if storage_failing else Health.HEALTHY
    for s in live:
        if s.last_segment_at is None:
            return Health.STALE
        if (now - s.last_segment_at).total_seconds() > limits.stale_after_s:
            return Health.STALE
    for s in live:
        if s.playlist_age_s is not None and s.playlist_age_s > limits.degraded_after_s:
            return Health.DEGRADED
    return Health.DEGRADED if storage_failing or transcode_slow else Health.HEALTHY


# How much worse each verdict is, for ranking endpoints (lower is better).
SEVERITY = {
    Health.HEALTHY: 0,
    Health.DEGRADED: 1,
    Health.OVERLOADED: 2,
    Health.STALE: 3,
    Health.DOWN: 4,
}
# Verdicts an edge leaves a source for, and playback avoids.
UNUSABLE = frozenset({Health.OVERLOADED, Health.STALE, Health.DOWN})


def is_fresh(snapshot: EndpointSnapshot | None, now: datetime, limits: HealthThresholds) -> bool:
    """Was the snapshot written recently enough to count (viewers, health)?"""
    if snapshot is None:
        return False
    return (now - snapshot.reported_at).total_seconds() <= limits.down_after_s


BY_STREAM = "health_by_stream"  # snapshot extra: {stream id: verdict} of its unhealthy streams


def endpoint_health(
    snapshot: EndpointSnapshot | None,
    capacity: Capacity,
    now: datetime,
    limits: HealthThresholds,
    *,
    stream_id: str | None = None,
) -> Health:
    """An endpoint's health as the cluster sees it (see the module docstring).

    With `stream_id`, its health for that one stream: one stalled stream on a
    node does not make it a bad source of the others (the snapshot's
    `extra.health_by_stream` names its streams that are not healthy).
    """
    if snapshot is None or not is_fresh(snapshot, now, limits):
        return Health.DOWN
    verdict = snapshot.health
    if stream_id is not None and verdict is not Health.DOWN:
        verdict = _stream_verdict(snapshot, stream_id)
    if SEVERITY[verdict] < SEVERITY[Health.OVERLOADED] and (
        capacity.utilization(snapshot.viewers, snapshot.egress_bps) >= 1.0
    ):
        return Health.OVERLOADED
    return verdict


def _stream_verdict(snapshot: EndpointSnapshot, stream_id: str) -> Health:
    listed = snapshot.extra.get(BY_STREAM)
    raw = listed.get(stream_id) if isinstance(listed, dict) else None
    try:
        return Health(raw) if isinstance(raw, str) else Health.HEALTHY
    except ValueError:
        return Health.HEALTHY


def unhealthy_by_stream(
    streams: Sequence[tuple[str, LiveFigures]], now: datetime, limits: HealthThresholds
) -> dict[str, str]:
    """The verdict of each live stream that is not healthy, by stream id (for BY_STREAM)."""
    found = {}
    for stream_id, figures in streams:
        verdict = health_of([figures], now, limits)
        if verdict is not Health.HEALTHY:
            found[stream_id] = str(verdict)
    return found
