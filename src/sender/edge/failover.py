"""Failover: which upstream source an edge follows, a pure state machine over observations.

The edge's sources come in failover order, each with its health as the
shared state has it. The machine is told what the edge observes of them
(time is passed in, nothing here waits) and answers with a decision:
`Switch` to another source, or `Probe` one (a plain playlist request, to
compare it with what the edge holds). It leaves the source it follows when
that source
- stops answering: a refused or reset connection (`DEAD`) leaves it at once;
- errors repeatedly: `errors_before` errors in a row (HTTP errors, unreadable
  playlists);
- is marked down, stale or overloaded by the shared state (domain.health);
- or is late with its next part: nothing new for `late_after_s` (three part
  targets after the next part was due for LL-HLS, 1.5 target durations for
  standard HLS). Lateness alone proves nothing (the encoder may have
  stalled for everyone), so the next source is probed first, and taken only
  when it is ahead of the edge. A source that hangs without closing its
  connection is late in exactly this way.
A source left for being dead or erring sits out `bench_s` before it may be
chosen again. The preferred source (the first usable one) is probed every
`failback_probe_s` while the edge follows another; once it has answered
fresh playlists (at least as far as the edge) for `failback_after_s`, the
machine says `Switch(failback=True)`, which the edge carries out at its next
segment boundary. Whatever the source, the edge asks for the next part it
lacks, so a switch resumes at the right media sequence and part.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from sender.domain.endpoints import Health
from sender.domain.health import UNUSABLE

BENCH_S = 1.0
FAILBACK_PROBE_S = 1.0


class Failure(StrEnum):
    DEAD = "dead"  # refused, reset or closed: not there
    ERROR = "error"  # answered, badly (an HTTP error, an unreadable playlist)
    LATE = "late"  # no answer in time (a silent hang), or a blocking request timed out


@dataclass(frozen=True, slots=True)
class Switch:
    to: str
    reason: str
    failback: bool = False  # carried out at the next segment boundary


@dataclass(frozen=True, slots=True)
class Probe:
    source: str
    failback: bool = False  # a probe of the preferred source, for failback


Decision = Switch | Probe


@dataclass(slots=True)
class _Source:
    id: str
    health: Health
    errors: int = 0
    benched_until: float = -math.inf
    fresh_since: float | None = None


class Failover:
    def __init__(
        self,
        sources: Sequence[tuple[str, Health]],
        *,
        now: float,
        late_after_s: float,
        errors_before: int = 3,
        failback_after_s: float = 10.0,
        bench_s: float = BENCH_S,
        failback_probe_s: float = FAILBACK_PROBE_S,
    ) -> None:
        self.late_after_s = late_after_s
        self._errors_before = errors_before
        self._failback_after_s = failback_after_s
        self._bench_s = bench_s
        self._failback_probe_s = failback_probe_s
        self._sources = [_Source(i, h) for i, h in sources]
        self._current: str | None = None
        self._last_progress = now
        self._next_late_probe = now
        self._next_failback_probe = now + failback_probe_s
        best = self._preferred(now) or (self._sources[0].id if self._sources else None)
        self._current = best
        self.switches = 0

    # Reading --------------------------------------------------------------------------
    @property
    def current(self) -> str | None:
        return self._current

    def sources(self) -> list[str]:
        return [s.id for s in self._sources]

    def deadline(self) -> float:
        """When the current source is late, if nothing new comes before."""
        return self._last_progress + self.late_after_s

    # Observations ----------------------------------------------------------------------
    def route(self, sources: Sequence[tuple[str, Health]], now: float) -> Decision | None:
        """The shared state's sources (order and health) changed, or were read again."""
        old = {s.id: s for s in self._sources}
        self._sources = []
        for source_id, health in sources:
            kept = old.get(source_id) or _Source(source_id, health)
            kept.health = health
            self._sources.append(kept)
        if not self._sources:
            self._current = None
            return None
        current = self._find(self._current)
        if current is None:
            target = self._preferred(now) or self._sources[0].id
            return self._switch(target, "its source left the route", now)
        if current.health in UNUSABLE:
            better = self._candidate(now, usable_only=True)
            if better is not None:
                return self._switch(better, f"its source is {current.health}", now)
        return None

    def progressed(self, source: str, now: float) -> None:
        """The source answered with something new (a part, a segment)."""
        found = self._find(source)
        if found is not None:
            found.errors = 0
        if source == self._current:
            self._last_progress = now
            self._next_late_probe = now

    def answered(self, source: str) -> None:
        """The source answered well (nothing new, maybe)."""
        found = self._find(source)
        if found is not None:
            found.errors = 0

    def failed(self, source: str, failure: Failure, now: float) -> Decision | None:
        found = self._find(source)
        if found is None:
            return None
        found.fresh_since = None
        if source != self._current:
            if failure is not Failure.LATE:
                found.benched_until = now + self._bench_s
            return None
        if failure is Failure.LATE:
            return self._late(now)
        found.errors += 1
        if failure is Failure.DEAD or found.errors >= self._errors_before:
            target = self._candidate(now)
            found.benched_until = now + self._bench_s
            if target is not None:
                reason = "it stopped answering" if failure is Failure.DEAD else "it keeps erring"
                return self._switch(target, reason, now)
        return None

    def due(self, now: float) -> Decision | None:
        """What to do now, with nothing observed: a late source's successor, or failback."""
        if self._current is None:
            return None
        if now >= self.deadline():
            decision = self._late(now)
            if decision is not None:
                return decision
        preferred = self._preferred(now)
        if (
            preferred is not None
            and self._rank(preferred) < self._rank(self._current)
            and now >= self._next_failback_probe
        ):
            self._next_failback_probe = now + self._failback_probe_s
            return Probe(preferred, failback=True)
        return None

    def probed(
        self, source: str, now: float, *, ahead: bool, fresh: bool, failback: bool
    ) -> Decision | None:
        """A probe's answer: `ahead` of what the edge holds; `fresh` (at least as far as it)."""
        found = self._find(source)
        if found is None:
            return None
        if not failback:
            if ahead and source != self._current:
                return self._switch(source, "it is late and this one is ahead", now)
            return None
        if not fresh:
            found.fresh_since = None
            return None
        if found.fresh_since is None:
            found.fresh_since = now
        if now - found.fresh_since >= self._failback_after_s and source != self._current:
            return Switch(source, "the preferred source answers fresh again", failback=True)
        return None

    def switched(self, to: str, now: float) -> None:
        """The edge follows `to` from now on (after a Switch, carried out)."""
        if self._current != to:
            self.switches += 1
        self._current = to
        self._last_progress = now
        self._next_late_probe = now
        self._next_failback_probe = now + self._failback_probe_s
        for source in self._sources:
            source.fresh_since = None
            if source.id == to:
                source.errors = 0

    # Internals -------------------------------------------------------------------------
    def _late(self, now: float) -> Decision | None:
        if now < self._next_late_probe:
            return None
        self._next_late_probe = now + self.late_after_s
        target = self._candidate(now)
        return Probe(target) if target is not None else None

    def _switch(self, to: str, reason: str, now: float) -> Switch:
        self.switched(to, now)
        return Switch(to, reason)

    def _find(self, source: str | None) -> _Source | None:
        return next((s for s in self._sources if s.id == source), None)

    def _rank(self, source: str) -> int:
        return next((i for i, s in enumerate(self._sources) if s.id == source), len(self._sources))

    def _usable(self, source: _Source, now: float) -> bool:
        return source.health not in UNUSABLE and now >= source.benched_until

    def _preferred(self, now: float) -> str | None:
        return next((s.id for s in self._sources if self._usable(s, now)), None)

    def _candidate(self, now: float, *, usable_only: bool = False) -> str | None:
        """The source to leave the current one for: the first usable, else any not benched."""
        others = [s for s in self._sources if s.id != self._current]
        usable = next((s.id for s in others if self._usable(s, now)), None)
        if usable is not None or usable_only:
            return usable
        return next((s.id for s in others if now >= s.benched_until), None)
