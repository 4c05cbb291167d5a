"""Stream generations: one broadcast of a stream, from start to stop.

starting -> live -> ended, or failed (with a reason). A generation stays
active across encoder disconnects and backend restarts until it is stopped.
The allowed transitions are a table; anything else is IllegalTransition.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from enum import StrEnum

from sender.errors import IllegalTransition


class GenerationState(StrEnum):
    STARTING = "starting"
    LIVE = "live"
    ENDED = "ended"
    FAILED = "failed"

    @property
    def active(self) -> bool:
        return self in (GenerationState.STARTING, GenerationState.LIVE)


TRANSITIONS: dict[GenerationState, frozenset[GenerationState]] = {
    GenerationState.STARTING: frozenset(
        {GenerationState.LIVE, GenerationState.ENDED, GenerationState.FAILED}
    ),
    GenerationState.LIVE: frozenset({GenerationState.ENDED, GenerationState.FAILED}),
    GenerationState.ENDED: frozenset(),
    GenerationState.FAILED: frozenset(),
}


@dataclass(frozen=True, slots=True)
class Generation:
    id: str
    stream_id: str
    state: GenerationState
    node_id: str
    auto_started: bool
    created_at: datetime
    live_at: datetime | None = None
    ended_at: datetime | None = None
    failure_reason: str | None = None

    @property
    def active(self) -> bool:
        return self.state.active


def transition(
    gen: Generation, to: GenerationState, *, at: datetime, reason: str | None = None
) -> Generation:
    """The generation after moving to `to`; IllegalTransition when the table forbids it."""
    if to not in TRANSITIONS[gen.state]:
        raise IllegalTransition(f"generation {gen.id} cannot go from {gen.state} to {to}")
    if to is GenerationState.LIVE:
        return replace(gen, state=to, live_at=at)
    if to is GenerationState.FAILED:
        return replace(gen, state=to, ended_at=at, failure_reason=reason or "unknown")
    return replace(gen, state=to, ended_at=at)
