"""The reconcile step as a pure plan: what starts, what is kept for how long, what goes."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from sender.domain.generations import Generation, GenerationState
from sender.domain.streams import LatencyMode, Stream, Visibility
from sender.live.reconcile import plan

NOW = datetime(2026, 11, 1, 12, tzinfo=UTC)
STREAM = Stream(
    id="1" * 32,
    slug="tv",
    title="TV",
    visibility=Visibility.PUBLIC,
    latency_mode=LatencyMode.LOW,
    created_at=NOW,
    updated_at=NOW,
)


def generation(n: int, state: GenerationState = GenerationState.LIVE, **changes: object):
    made = Generation(
        id=f"{n:032x}",
        stream_id=STREAM.id,
        state=state,
        node_id="a",
        auto_started=False,
        created_at=NOW,
    )
    return replace(made, **changes)  # type: ignore[arg-type]


def finished(n: int, ago_s: float) -> Generation:
    return generation(n, GenerationState.ENDED, ended_at=NOW - timedelta(seconds=ago_s))


def test_active_generations_not_running_are_started() -> None:
    running_one, new_one = generation(1), generation(2)
    steps = plan(
        active=[(STREAM, running_one), (STREAM, new_one)],
        finished=[],
        running={running_one.id: running_one},
        on_disk=[],
        now=NOW,
        retention_s=60,
    )
    assert steps.start == ((STREAM, new_one),)
    assert steps.keep == () and steps.remove == ()


@pytest.mark.parametrize(
    "ago_s, kept", [(0.0, True), (59.0, True), (60.0, False), (3600.0, False)]
)
def test_finished_files_are_kept_for_what_is_left_of_their_retention(
    ago_s: float, kept: bool
) -> None:
    old = finished(3, ago_s)
    steps = plan(
        active=[],
        finished=[old],
        running={},
        on_disk=[(STREAM.id, old.id)],
        now=NOW,
        retention_s=60,
    )
    if kept:
        assert steps.keep == ((STREAM.id, old.id, pytest.approx(60 - ago_s)),)
        assert steps.remove == ()
    else:
        assert steps.keep == () and steps.remove == ((STREAM.id, old.id),)


def test_files_of_unknown_generations_go_and_of_running_ones_stay() -> None:
    running_one, active = generation(1), generation(2)
    unknown = generation(9)
    finished_without_date = generation(4, GenerationState.FAILED)
    steps = plan(
        active=[(STREAM, active)],
        finished=[finished_without_date],
        running={running_one.id: running_one},
        on_disk=[
            (STREAM.id, running_one.id),
            (STREAM.id, active.id),
            (STREAM.id, unknown.id),
            (STREAM.id, finished_without_date.id),
        ],
        now=NOW,
        retention_s=60,
    )
    assert steps.start == ((STREAM, active),)
    assert set(steps.remove) == {(STREAM.id, unknown.id), (STREAM.id, finished_without_date.id)}
