"""The reconcile step: what the node must do so its live media matches the store (pure).

Given what the store holds (this node's active generations; the finished ones
that still have files here), what is running and what is on disk, `plan`
says which sessions to start, which finished generations' files to keep and
for how much longer (their retention), and which files to remove now. The
runtime carries the plan out. At start it is the restore; the cluster's
reconciler runs the same step whenever shared state changes.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

from sender.domain.generations import Generation
from sender.domain.streams import Stream


@dataclass(frozen=True, slots=True)
class Plan:
    start: tuple[tuple[Stream, Generation], ...]
    keep: tuple[tuple[str, str, float], ...]  # (stream id, generation id, seconds left)
    remove: tuple[tuple[str, str], ...]  # (stream id, generation id)


def plan(
    *,
    active: Sequence[tuple[Stream, Generation]],
    finished: Sequence[Generation],
    running: Mapping[str, Generation],
    on_disk: Sequence[tuple[str, str]],
    now: datetime,
    retention_s: float,
) -> Plan:
    start = tuple(
        (stream, generation)
        for stream, generation in active
        if generation.active and generation.id not in running
    )
    wanted = {generation.id for _, generation in active if generation.active}
    ended = {g.id: g for g in finished if not g.active}
    keep: list[tuple[str, str, float]] = []
    remove: list[tuple[str, str]] = []
    for stream_id, generation_id in on_disk:
        if generation_id in running or generation_id in wanted:
            continue
        generation = ended.get(generation_id)
        left = _retention_left(generation, now, retention_s) if generation else 0.0
        if left > 0:
            keep.append((stream_id, generation_id, left))
        else:
            remove.append((stream_id, generation_id))
    return Plan(start=start, keep=tuple(keep), remove=tuple(remove))


def _retention_left(generation: Generation, now: datetime, retention_s: float) -> float:
    if generation.ended_at is None:
        return 0.0
    return retention_s - (now - generation.ended_at).total_seconds()
