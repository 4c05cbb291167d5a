from __future__ import annotations

import asyncio

import pytest

from sender.control import generations, streams
from sender.control.context import Context
from sender.domain.generations import Generation, GenerationState
from sender.domain.ladder import PRESETS, Rung
from sender.domain.streams import LatencyMode, Stream, Visibility
from sender.errors import Conflict, NotFound, ValidationFailed
from tests.control.doubles import live_of


async def test_create_defaults_and_get_by_slug(ctx: Context) -> None:
    created = await streams.create_stream(ctx, slug="news", title="  Evening news ")
    assert created.visibility is Visibility.PUBLIC
    assert created.latency_mode is LatencyMode.LOW
    assert created.title == "Evening news"
    assert (await streams.get_stream(ctx, "news")).id == created.id


async def test_create_rejects_bad_slug_and_taken_slug(ctx: Context) -> None:
    with pytest.raises(ValidationFailed, match="slug"):
        await streams.create_stream(ctx, slug="Bad Slug", title="x")
    await streams.create_stream(ctx, slug="taken", title="x")
    with pytest.raises(Conflict):
        await streams.create_stream(ctx, slug="taken", title="y")


async def test_start_is_idempotent_even_when_concurrent(ctx: Context) -> None:
    await streams.create_stream(ctx, slug="s", title="S")
    first, second = await asyncio.gather(
        streams.start_stream(ctx, "s"), streams.start_stream(ctx, "s")
    )
    third = await streams.start_stream(ctx, "s")
    assert first.id == second.id == third.id
    assert first.state is GenerationState.STARTING
    assert first.node_id == "node-a"
    assert live_of(ctx).started == [first.id]


async def test_stop_ends_and_tells_the_node_then_conflicts(ctx: Context) -> None:
    await streams.create_stream(ctx, slug="s", title="S")
    started = await streams.start_stream(ctx, "s")
    stopped = await streams.stop_stream(ctx, "s")
    assert stopped.id == started.id
    assert stopped.state is GenerationState.ENDED
    assert live_of(ctx).stopped == [started.id]
    with pytest.raises(Conflict, match="no active generation"):
        await streams.stop_stream(ctx, "s")
    restarted = await streams.start_stream(ctx, "s")
    assert restarted.id != started.id


async def test_delete_stops_the_broadcast_first(ctx: Context) -> None:
    await streams.create_stream(ctx, slug="gone", title="G")
    gen = await streams.start_stream(ctx, "gone")
    await streams.delete_stream(ctx, "gone")
    assert live_of(ctx).stopped == [gen.id]
    ended = await ctx.repo.get_generation(gen.id)
    assert ended is not None and ended.state is GenerationState.ENDED
    with pytest.raises(NotFound):
        await streams.get_stream(ctx, "gone")
    # The slug is free again once the stream is deleted.
    await streams.create_stream(ctx, slug="gone", title="again")


async def test_status_shows_latest_generation_and_publisher(ctx: Context) -> None:
    await streams.create_stream(ctx, slug="s", title="S")
    status = await streams.stream_status(ctx, "s")
    assert status.generation is None and status.publisher is None
    gen = await streams.start_stream(ctx, "s")
    await streams.stop_stream(ctx, "s")
    status = await streams.stream_status(ctx, "s")
    assert status.generation is not None
    assert (status.generation.id, status.generation.state) == (gen.id, GenerationState.ENDED)


async def test_runtime_reports_move_generations(ctx: Context) -> None:
    await streams.create_stream(ctx, slug="s", title="S")
    gen = await streams.start_stream(ctx, "s")
    live = await generations.mark_live(ctx, gen.id)
    assert live.state is GenerationState.LIVE and live.live_at is not None
    assert (await generations.mark_live(ctx, gen.id)).live_at == live.live_at
    ended = await generations.end_generation(ctx, gen.id)
    assert ended.state is GenerationState.ENDED
    assert live_of(ctx).stopped == [gen.id]
    # Repeats and late reports leave the ended generation as it is.
    assert (await generations.end_generation(ctx, gen.id)).state is GenerationState.ENDED
    assert (await generations.mark_failed(ctx, gen.id, "x")).state is GenerationState.ENDED
    assert live_of(ctx).stopped == [gen.id]

    second = await streams.start_stream(ctx, "s")
    failed = await generations.mark_failed(ctx, second.id, "ffmpeg exited 1")
    assert failed.state is GenerationState.FAILED
    assert failed.failure_reason == "ffmpeg exited 1"
    with pytest.raises(NotFound):
        await generations.mark_live(ctx, "0" * 32)


async def test_a_ladder_is_validated_stored_replaced_and_reaches_the_next_generation(
    ctx: Context, monkeypatch: pytest.MonkeyPatch
) -> None:
    handed: list[tuple[tuple[Rung, ...], str]] = []
    apply = ctx.live.apply

    async def recording(stream: Stream, generation: Generation) -> None:
        handed.append((stream.ladder, generation.id))
        await apply(stream, generation)

    monkeypatch.setattr(ctx.live, "apply", recording)
    created = await streams.create_stream(
        ctx,
        slug="s",
        title="S",
        ladder=[PRESETS["720p"], {"name": "low", "height": 240, "video_kbps": 300}],
    )
    low = Rung("low", 240, 300)
    assert created.ladder == (PRESETS["720p"], low)
    first = await streams.start_stream(ctx, "s")
    assert handed == [((PRESETS["720p"], low), first.id)]

    with pytest.raises(ValidationFailed, match=r"ladder\[0\]\.height must be even, not 241"):
        await streams.update_stream(
            ctx, "s", ladder=[{"name": "x", "height": 241, "video_kbps": 300}]
        )
    assert (await streams.get_stream(ctx, "s")).ladder == (PRESETS["720p"], low)
    assert (await streams.update_stream(ctx, "s", title="T")).ladder == (PRESETS["720p"], low)
    replaced = await streams.update_stream(ctx, "s", ladder=[low])
    assert replaced.ladder == (low,)
    await streams.stop_stream(ctx, "s")
    second = await streams.start_stream(ctx, "s")
    assert handed[-1] == ((low,), second.id)
    assert (await streams.update_stream(ctx, "s", ladder=[])).ladder == ()
    assert (await streams.get_stream(ctx, "s")).ladder == ()
