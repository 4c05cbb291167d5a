"""The control loop over the live media: reports recorded in the store and handed back."""

from __future__ import annotations

import asyncio

import pytest

from sender.control import keys, lifecycle, streams
from sender.control.context import Context
from sender.control.lifecycle import LiveFollower
from sender.control.publish import PublishGate
from sender.domain.generations import GenerationState
from sender.domain.live import MediaFailed, MediaStarted, PublisherIdle, RenditionDescribed
from sender.domain.renditions import Rendition
from sender.errors import BackendError, BusyError, PublishEnded, PublishRefused, StoreBusy
from tests.control.doubles import live_of


async def test_first_segment_marks_the_generation_live_and_hands_it_back(ctx: Context) -> None:
    stream = await streams.create_stream(ctx, slug="s", title="S")
    generation = await streams.start_stream(ctx, "s")
    await lifecycle.record(ctx, MediaStarted(stream.id, generation.id))
    stored = await ctx.repo.get_generation(generation.id)
    assert stored is not None and stored.state is GenerationState.LIVE
    assert live_of(ctx).applied[-1] == stored
    await lifecycle.record(ctx, MediaStarted(stream.id, generation.id))  # repeated: no change
    assert (await ctx.repo.get_generation(generation.id)) == stored


async def test_a_failed_backend_fails_the_generation_and_ends_its_media(ctx: Context) -> None:
    stream = await streams.create_stream(ctx, slug="s", title="S")
    generation = await streams.start_stream(ctx, "s")
    await lifecycle.record(ctx, MediaFailed(stream.id, generation.id, "ffmpeg gave up"))
    stored = await ctx.repo.get_generation(generation.id)
    assert stored is not None and stored.state is GenerationState.FAILED
    assert stored.failure_reason == "ffmpeg gave up"
    assert live_of(ctx).stopped == [generation.id]


async def test_an_idle_publisher_ends_the_generation(ctx: Context) -> None:
    stream = await streams.create_stream(ctx, slug="s", title="S")
    generation = await streams.start_stream(ctx, "s", auto=True)
    await lifecycle.record(ctx, PublisherIdle(stream.id, generation.id))
    stored = await ctx.repo.get_generation(generation.id)
    assert stored is not None and stored.state is GenerationState.ENDED
    assert live_of(ctx).stopped == [generation.id]


async def test_a_described_rendition_is_stored(ctx: Context) -> None:
    await streams.create_stream(ctx, slug="s", title="S")
    generation = await streams.start_stream(ctx, "s")
    rendition = Rendition(generation.id, "source", 1280, 720, None, "avc1.64001f,mp4a.40.2")
    await lifecycle.record(ctx, RenditionDescribed(rendition))
    assert list(await ctx.repo.list_renditions(generation.id)) == [rendition]


async def test_reconcile_hands_over_this_nodes_active_and_spooled_finished(ctx: Context) -> None:
    await streams.create_stream(ctx, slug="a", title="A")
    await streams.create_stream(ctx, slug="b", title="B")
    active = await streams.start_stream(ctx, "a")
    done = await streams.start_stream(ctx, "b")
    await streams.stop_stream(ctx, "b")
    live_of(ctx).spooled = [done.id, "f" * 32]  # one with no row at all
    await lifecycle.reconcile(ctx)
    assert live_of(ctx).reconciled == [([active.id], [done.id])]


async def test_the_follower_records_in_order_and_drains_on_close(ctx: Context) -> None:
    stream = await streams.create_stream(ctx, slug="s", title="S")
    generation = await streams.start_stream(ctx, "s", auto=True)
    follower = LiveFollower(ctx)
    follower.start()
    live_of(ctx).events.put_nowait(MediaStarted(stream.id, generation.id))
    for _ in range(200):
        stored = await ctx.repo.get_generation(generation.id)
        if stored is not None and stored.state is GenerationState.LIVE:
            break
        await asyncio.sleep(0.01)
    assert stored is not None and stored.state is GenerationState.LIVE
    await follower.close([PublisherIdle(stream.id, generation.id)])
    stored = await ctx.repo.get_generation(generation.id)
    assert stored is not None and stored.state is GenerationState.ENDED


async def test_the_follower_goes_on_after_a_report_it_cannot_record(ctx: Context) -> None:
    stream = await streams.create_stream(ctx, slug="s", title="S")
    generation = await streams.start_stream(ctx, "s")
    follower = LiveFollower(ctx)
    follower.start()
    live_of(ctx).events.put_nowait(MediaStarted(stream.id, "0" * 32))  # no such generation
    live_of(ctx).events.put_nowait(MediaStarted(stream.id, generation.id))
    for _ in range(200):
        stored = await ctx.repo.get_generation(generation.id)
        if stored is not None and stored.state is GenerationState.LIVE:
            break
        await asyncio.sleep(0.01)
    await follower.close([])
    assert stored is not None and stored.state is GenerationState.LIVE


async def test_a_report_the_store_is_too_busy_for_is_recorded_later_in_order(
    ctx: Context, monkeypatch: pytest.MonkeyPatch
) -> None:
    stream = await streams.create_stream(ctx, slug="s", title="S")
    generation = await streams.start_stream(ctx, "s", auto=True)
    monkeypatch.setattr(lifecycle, "RETRY_INITIAL_S", 0.01)
    real = ctx.repo.transition_generation
    refusals = 3

    async def busy_at_first(*args: object, **kwargs: object) -> object:
        nonlocal refusals
        if refusals:
            refusals -= 1
            raise StoreBusy("the store is busy", retry_after_s=1)
        return await real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(ctx.repo, "transition_generation", busy_at_first)
    follower = LiveFollower(ctx)
    follower.start()
    live_of(ctx).events.put_nowait(MediaStarted(stream.id, generation.id))
    live_of(ctx).events.put_nowait(PublisherIdle(stream.id, generation.id))
    for _ in range(300):
        stored = await ctx.repo.get_generation(generation.id)
        if stored is not None and stored.state is GenerationState.ENDED:
            break
        await asyncio.sleep(0.01)
    await follower.close([])
    assert refusals == 0
    assert stored is not None and stored.state is GenerationState.ENDED
    assert stored.live_at is not None  # the first report was not lost behind the busy store


class Attaching:
    """The runtime's attach, scripted: returns a sink or raises what the runtime raises."""

    def __init__(self, error: Exception | None = None) -> None:
        self.error = error
        self.calls: list[tuple[str, str, str]] = []

    async def __call__(self, generation_id: str, peer: str, key_id: str) -> object:
        self.calls.append((generation_id, peer, key_id))
        if self.error is not None:
            raise self.error
        return "sink"


@pytest.mark.parametrize(
    "error, reason",
    [
        (BusyError("busy"), "busy"),
        (PublishEnded("ended"), "ended"),
        (BackendError("no ffmpeg"), "backend_failed"),
    ],
)
async def test_the_gate_refuses_what_the_runtime_refuses(
    ctx: Context, error: Exception, reason: str
) -> None:
    await streams.create_stream(ctx, slug="s", title="S")
    key = (await keys.create_key(ctx, "s")).key
    attach = Attaching(error)
    live_of(ctx).attach = attach  # type: ignore[method-assign,assignment]
    with pytest.raises(PublishRefused) as refused:
        await PublishGate(ctx).begin_publish("live", key, "203.0.113.1:5000")
    assert refused.value.reason == reason
    assert key.split(".", 1)[1] not in str(refused.value)
    generation = await ctx.repo.latest_generation((await streams.get_stream(ctx, "s")).id)
    assert generation is not None
    failed = generation.state is GenerationState.FAILED
    assert failed == (reason == "backend_failed")


async def test_the_gate_starts_then_attaches(ctx: Context) -> None:
    await streams.create_stream(ctx, slug="s", title="S")
    key = (await keys.create_key(ctx, "s")).key
    attach = Attaching()
    live_of(ctx).attach = attach  # type: ignore[method-assign,assignment]
    sink = await PublishGate(ctx).begin_publish("live", key, "203.0.113.1:5000")
    assert sink == "sink"
    [(generation_id, peer, key_id)] = attach.calls
    assert live_of(ctx).started == [generation_id]
    assert (peer, key_id) == ("203.0.113.1:5000", key.split(".")[0])
