"""Generations: one active per stream (the database decides), the state table, compare-and-set."""

from __future__ import annotations

import asyncio
from datetime import timedelta

import pytest

from sender.domain.generations import Generation, GenerationState
from sender.domain.ids import utcnow
from sender.domain.streams import LatencyMode, Stream, Visibility
from sender.errors import Conflict, IllegalTransition, NotFound
from sender.store.repository import Repository

S = GenerationState


async def _stream(repo: Repository, slug: str = "gen") -> Stream:
    return await repo.create_stream(
        slug=slug, title="Gen", visibility=Visibility.PUBLIC, latency_mode=LatencyMode.LOW
    )


async def test_create_starts_a_generation(repo: Repository) -> None:
    stream = await _stream(repo)
    gen = await repo.create_generation(stream_id=stream.id, node_id="node-a", auto_started=True)
    assert gen.state is S.STARTING and gen.active
    assert gen.node_id == "node-a" and gen.auto_started
    assert gen.live_at is None and gen.ended_at is None
    assert await repo.get_generation(gen.id) == gen
    assert await repo.active_generation(stream.id) == gen
    assert await repo.latest_generation(stream.id) == gen
    assert await repo.get_generation("0" * 32) is None


async def test_a_second_active_generation_is_a_conflict(repo: Repository) -> None:
    stream = await _stream(repo)
    first = await repo.create_generation(stream_id=stream.id, node_id="a", auto_started=False)
    await repo.transition_generation(first.id, S.LIVE, at=utcnow())
    with pytest.raises(Conflict):
        await repo.create_generation(stream_id=stream.id, node_id="b", auto_started=False)
    # Another stream is not affected.
    other = await _stream(repo, "other")
    await repo.create_generation(stream_id=other.id, node_id="b", auto_started=False)


async def test_racing_starts_leave_exactly_one_active_generation(repo: Repository) -> None:
    stream = await _stream(repo)
    results = await asyncio.gather(
        repo.create_generation(stream_id=stream.id, node_id="a", auto_started=True),
        repo.create_generation(stream_id=stream.id, node_id="b", auto_started=True),
        return_exceptions=True,
    )
    winners = [r for r in results if isinstance(r, Generation)]
    losers = [r for r in results if isinstance(r, BaseException)]
    assert len(winners) == 1, results
    assert len(losers) == 1 and isinstance(losers[0], Conflict), results
    assert await repo.active_generation(stream.id) == winners[0]
    assert await repo.list_active_generations() == winners


async def test_after_the_end_a_new_generation_can_start(repo: Repository) -> None:
    stream = await _stream(repo)
    first = await repo.create_generation(stream_id=stream.id, node_id="a", auto_started=False)
    await repo.transition_generation(first.id, S.ENDED, at=utcnow())
    assert await repo.active_generation(stream.id) is None
    second = await repo.create_generation(stream_id=stream.id, node_id="a", auto_started=False)
    assert await repo.active_generation(stream.id) == second
    assert await repo.latest_generation(stream.id) == second
    ended = await repo.get_generation(first.id)
    assert ended is not None and ended.state is S.ENDED


async def test_generation_of_a_missing_or_deleted_stream_is_not_found(repo: Repository) -> None:
    with pytest.raises(NotFound):
        await repo.create_generation(stream_id="0" * 32, node_id="a", auto_started=False)
    stream = await _stream(repo)
    await repo.delete_stream(stream.id)
    with pytest.raises(NotFound):
        await repo.create_generation(stream_id=stream.id, node_id="a", auto_started=False)


async def test_lifecycle_records_times_and_reason(repo: Repository) -> None:
    stream = await _stream(repo)
    gen = await repo.create_generation(stream_id=stream.id, node_id="a", auto_started=False)
    t_live = utcnow()
    live = await repo.transition_generation(gen.id, S.LIVE, at=t_live)
    assert live.state is S.LIVE and live.live_at == t_live
    t_fail = t_live + timedelta(seconds=30)
    failed = await repo.transition_generation(gen.id, S.FAILED, at=t_fail, reason="ffmpeg exited")
    assert failed.ended_at == t_fail and failed.failure_reason == "ffmpeg exited"
    assert await repo.get_generation(gen.id) == failed


@pytest.mark.parametrize(
    ("path", "forbidden"),
    [
        ([S.LIVE], S.STARTING),
        ([S.LIVE], S.LIVE),
        ([S.ENDED], S.LIVE),
        ([S.LIVE, S.ENDED], S.FAILED),
        ([S.FAILED], S.ENDED),
    ],
)
async def test_the_transition_table_is_enforced(
    repo: Repository, path: list[GenerationState], forbidden: GenerationState
) -> None:
    stream = await _stream(repo)
    gen = await repo.create_generation(stream_id=stream.id, node_id="a", auto_started=False)
    for state in path:
        gen = await repo.transition_generation(gen.id, state, at=utcnow())
    with pytest.raises(IllegalTransition):
        await repo.transition_generation(gen.id, forbidden, at=utcnow())
    assert await repo.get_generation(gen.id) == gen


async def test_transition_of_unknown_generation_is_not_found(repo: Repository) -> None:
    with pytest.raises(NotFound):
        await repo.transition_generation("0" * 32, S.LIVE, at=utcnow())


async def test_transition_is_compare_and_set_on_the_old_state(
    repo: Repository, monkeypatch: pytest.MonkeyPatch
) -> None:
    stream = await _stream(repo)
    gen = await repo.create_generation(stream_id=stream.id, node_id="a", auto_started=False)
    ended = await repo.transition_generation(gen.id, S.ENDED, at=utcnow())

    # A writer that read `starting` before the end was written must not land its `live`.
    async def stale_read(generation_id: str) -> Generation | None:
        return gen

    monkeypatch.setattr(repo, "get_generation", stale_read)
    with pytest.raises(Conflict) as info:
        await repo.transition_generation(gen.id, S.LIVE, at=utcnow())
    monkeypatch.undo()
    assert not isinstance(info.value, IllegalTransition)
    assert await repo.get_generation(gen.id) == ended


async def test_racing_transitions_from_one_state_have_one_winner(repo: Repository) -> None:
    stream = await _stream(repo)
    gen = await repo.create_generation(stream_id=stream.id, node_id="a", auto_started=False)
    results = await asyncio.gather(
        *(repo.transition_generation(gen.id, S.ENDED, at=utcnow()) for _ in range(4)),
        return_exceptions=True,
    )
    assert sum(isinstance(r, Generation) for r in results) == 1, results
    # The losers saw either the changed row (Conflict) or the new state (IllegalTransition).
    assert all(isinstance(r, Generation | Conflict) for r in results), results


async def test_list_active_generations_by_node(repo: Repository) -> None:
    a, b, c = [await _stream(repo, s) for s in ("a", "b", "c")]
    ga = await repo.create_generation(stream_id=a.id, node_id="n1", auto_started=False)
    gb = await repo.create_generation(stream_id=b.id, node_id="n2", auto_started=False)
    gc = await repo.create_generation(stream_id=c.id, node_id="n1", auto_started=False)
    await repo.transition_generation(gc.id, S.ENDED, at=utcnow())
    assert {g.id for g in await repo.list_active_generations()} == {ga.id, gb.id}
    assert [g.id for g in await repo.list_active_generations(node_id="n1")] == [ga.id]
    assert await repo.list_active_generations(node_id="n3") == []
