"""Stream operations: create, read, update, delete, start, stop and status.

Streams are addressed by slug. Start is idempotent: an active generation is
returned as is, so a retried request or a publish racing an admin start never
makes a second broadcast. A generation is made by the node that starts it,
or by the origin endpoint named in the start (another node's origin, or an
external origin: a muxer outside Sender whose HLS the edges mirror).

A stream's ladder (`domain.ladder`) is stored with it and read when a
generation starts: a change reaches the next generation, not the running one,
whose renditions and multivariant playlist are fixed when it starts. The
write is a stream row like any other, so other nodes hear of it the same way
(`store.changes`).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from sender.control.context import Context, PublisherInfo
from sender.domain.endpoints import EndpointKind
from sender.domain.generations import Generation, GenerationState
from sender.domain.ids import utcnow
from sender.domain.ladder import Rung, validate_ladder
from sender.domain.streams import (
    LatencyMode,
    Stream,
    Visibility,
    validate_settings,
    validate_slug,
    validate_title,
)
from sender.errors import Conflict, NotFound, ValidationFailed

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class StreamStatus:
    stream: Stream
    generation: Generation | None
    publisher: PublisherInfo | None


async def create_stream(
    ctx: Context,
    *,
    slug: str,
    title: str,
    visibility: Visibility = Visibility.PUBLIC,
    latency_mode: LatencyMode = LatencyMode.LOW,
    settings: dict[str, object] | None = None,
    ladder: Iterable[Rung | Mapping[str, object]] | None = None,
) -> Stream:
    """A new stream; Conflict when the slug is taken. `ladder`: rungs or their JSON objects
    (ValidationFailed naming the rule a rung breaks); none is the copy alone."""
    return await ctx.repo.create_stream(
        slug=validate_slug(slug),
        title=validate_title(title),
        visibility=Visibility(visibility),
        latency_mode=LatencyMode(latency_mode),
        settings=validate_settings(settings) if settings is not None else None,
        ladder=validate_ladder(ladder),
    )


async def get_stream(ctx: Context, slug: str) -> Stream:
    """The live (not deleted) stream with this slug; NotFound otherwise."""
    stream = await ctx.repo.get_stream_by_slug(slug)
    if stream is None or stream.deleted:
        raise NotFound(f"stream {slug!r} not found")
    return stream


async def list_streams(ctx: Context, *, visibility: Visibility | None = None) -> list[Stream]:
    return list(await ctx.repo.list_streams(visibility=visibility))


async def update_stream(
    ctx: Context,
    slug: str,
    *,
    title: str | None = None,
    visibility: Visibility | None = None,
    latency_mode: LatencyMode | None = None,
    settings: dict[str, object] | None = None,
    ladder: Iterable[Rung | Mapping[str, object]] | None = None,
) -> Stream:
    """Change the stream; its broadcast on this node serves the change at once (a private
    stream's media asks for a token from the next request on). A new `ladder` replaces the
    old one (an empty one clears it) and takes effect at the next generation."""
    stream = await get_stream(ctx, slug)
    updated = await ctx.repo.update_stream(
        stream.id,
        title=validate_title(title) if title is not None else None,
        visibility=Visibility(visibility) if visibility is not None else None,
        latency_mode=LatencyMode(latency_mode) if latency_mode is not None else None,
        settings=validate_settings(settings) if settings is not None else None,
        ladder=validate_ladder(ladder) if ladder is not None else None,
    )
    # Like every store change, through the runtime: it holds the stream its media is served as
    # (every generation of the stream it still serves, ended ones in their retention too).
    generation = await ctx.repo.active_generation(updated.id)
    if generation is None:
        generation = await ctx.repo.latest_generation(updated.id)
    if generation is not None:
        await ctx.live.apply(updated, generation)
    return updated


async def delete_stream(ctx: Context, slug: str) -> Stream:
    """Stop the stream's broadcast, if any, then soft-delete it. Returns the stream as it was."""
    stream = await get_stream(ctx, slug)
    active = await ctx.repo.active_generation(stream.id)
    if active is not None:
        await _end(ctx, stream, active)
    deleted = await ctx.repo.delete_stream(stream.id)
    # The media this node still serves of it (ended, in its retention) closes at once.
    latest = await ctx.repo.latest_generation(stream.id)
    if latest is not None:
        await ctx.live.apply(deleted, latest)
    return stream


async def start_generation(
    ctx: Context, stream: Stream, *, auto: bool = False, node_id: str | None = None
) -> Generation:
    """The stream's active generation, created (and announced to the node) when there is none.

    `node_id` is the node (or external origin) that makes it; this node by default.
    """
    active = await ctx.repo.active_generation(stream.id)
    if active is not None:
        return active
    try:
        generation = await ctx.repo.create_generation(
            stream_id=stream.id, node_id=node_id or ctx.node_id, auto_started=auto
        )
    except Conflict:
        # Another start won the race (the store allows one active generation): return it.
        winner = await ctx.repo.active_generation(stream.id)
        if winner is None:
            raise
        return winner
    log.info("stream %s: generation %s started (auto=%s)", stream.slug, generation.id, auto)
    await ctx.live.apply(stream, generation)
    return generation


async def start_stream(
    ctx: Context, slug: str, *, auto: bool = False, origin: str | None = None
) -> Generation:
    """Start the stream here, or on the origin endpoint `origin` (its id or name)."""
    stream = await get_stream(ctx, slug)
    node_id = None
    if origin is not None:
        endpoints = await ctx.repo.list_endpoints()
        found = next((e for e in endpoints if origin in (e.id, e.name)), None)
        if found is None:
            raise NotFound(f"origin: no endpoint {origin!r}")
        if found.kind not in (EndpointKind.ORIGIN, EndpointKind.EXTERNAL_ORIGIN):
            raise ValidationFailed(f"origin: {found.name} is an {found.kind}, not an origin")
        node_id = found.origin_node
    return await start_generation(ctx, stream, auto=auto, node_id=node_id)


async def stop_stream(ctx: Context, slug: str) -> Generation:
    """End the active generation; Conflict when the stream has none."""
    stream = await get_stream(ctx, slug)
    active = await ctx.repo.active_generation(stream.id)
    if active is None:
        raise Conflict("stream has no active generation")
    return await _end(ctx, stream, active)


async def stream_status(ctx: Context, slug: str) -> StreamStatus:
    stream = await get_stream(ctx, slug)
    generation = await ctx.repo.active_generation(stream.id)
    if generation is None:
        generation = await ctx.repo.latest_generation(stream.id)
    return StreamStatus(
        stream=stream, generation=generation, publisher=ctx.live.publisher(stream.id)
    )


async def _end(ctx: Context, stream: Stream, generation: Generation) -> Generation:
    try:
        ended = await ctx.repo.transition_generation(
            generation.id, GenerationState.ENDED, at=utcnow()
        )
    except Conflict:
        # Ended or failed meanwhile (idle end, backend failure): that outcome stands.
        current = await ctx.repo.get_generation(generation.id)
        if current is None or current.active:
            raise
        return current
    log.info("stream %s: generation %s ended", stream.slug, generation.id)
    await ctx.live.apply(stream, ended)
    return ended
