"""Generation state changes the node's live media reports (domain.live events).

The control plane calls these as the broadcast moves on: the first packaged
segment (mark_live), a backend that gave up (mark_failed), an encoder gone for
longer than `idle_end_s` (end_generation). Each writes the store, then hands
the stored generation to the runtime (`ctx.live.apply`), so the runtime's
record only ever comes from the store. Each is safe to repeat, and a
generation that another writer finished meanwhile is returned (and applied)
as it now is.
"""

from __future__ import annotations

import logging

from sender.control.context import Context
from sender.domain.generations import Generation, GenerationState
from sender.domain.ids import utcnow
from sender.errors import Conflict, NotFound

log = logging.getLogger(__name__)


async def _get(ctx: Context, generation_id: str) -> Generation:
    generation = await ctx.repo.get_generation(generation_id)
    if generation is None:
        raise NotFound(f"generation {generation_id!r} not found")
    return generation


async def _move(
    ctx: Context, generation: Generation, to: GenerationState, reason: str | None = None
) -> Generation | None:
    """The generation after the move; None when a concurrent writer finished it first."""
    try:
        return await ctx.repo.transition_generation(generation.id, to, at=utcnow(), reason=reason)
    except Conflict:
        current = await _get(ctx, generation.id)
        if current.active:
            raise
        return None


async def _applied(ctx: Context, generation: Generation) -> Generation:
    stream = await ctx.repo.get_stream(generation.stream_id)
    if stream is not None:
        await ctx.live.apply(stream, generation)
    return generation


async def mark_live(ctx: Context, generation_id: str) -> Generation:
    """starting -> live; a generation already live, ended or failed is returned as is."""
    generation = await _get(ctx, generation_id)
    if generation.state is GenerationState.LIVE:
        return generation
    moved = await _move(ctx, generation, GenerationState.LIVE)
    return await _applied(ctx, moved or await _get(ctx, generation_id))


async def mark_failed(ctx: Context, generation_id: str, reason: str) -> Generation:
    """An active generation -> failed with `reason`; one already finished is returned as is."""
    generation = await _get(ctx, generation_id)
    if not generation.active:
        return await _applied(ctx, generation)
    log.warning("generation %s failed: %s", generation_id, reason)
    moved = await _move(ctx, generation, GenerationState.FAILED, reason)
    return await _applied(ctx, moved or await _get(ctx, generation_id))


async def end_generation(ctx: Context, generation_id: str) -> Generation:
    """An active generation -> ended, like an admin stop (the node finishes its playlists)."""
    generation = await _get(ctx, generation_id)
    if not generation.active:
        return generation
    ended = await _move(ctx, generation, GenerationState.ENDED)
    if ended is None:
        return await _get(ctx, generation_id)
    log.info("generation %s ended (idle)", generation_id)
    return await _applied(ctx, ended)
