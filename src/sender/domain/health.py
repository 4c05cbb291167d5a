"""The health rule: how well an endpoint serves, from the age of the data it serves (pure).

Of the live streams an endpoint serves:
- none live: healthy (an idle node is fine, with zero viewers);
- stale: a live stream's newest complete segment is older than
  `stale_after_s` (or it has none at all): players are starving;
- degraded: a live stream's playlist has not changed for `degraded_after_s`
  (parts are late, segments not yet overdue), or the endpoint's own storage
  is failing (`storage_failing`: it serves from memory what it could not
  write);
- otherwise healthy.
The origin's snapshot writer applies it to its own streams; edges and the
cluster's reconciler judge their sources by the same rule.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from sender.domain.endpoints import Health


@dataclass(frozen=True, slots=True)
class HealthThresholds:
    degraded_after_s: float = 4.0
    stale_after_s: float = 10.0


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
    return Health.DEGRADED if storage_failing else Health.HEALTHY
