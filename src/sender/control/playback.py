"""What a player needs to start: the stream, its current generation and the playlist URL.

Who may: anyone for a public or unlisted stream, a holder of a valid playback
token for a private one. Everybody else is told the stream does not exist.

Every node answers for every live stream. The generation's own node, and a
node with an edge endpoint that serves it, hand out `hls_url` on their own
address (the edge starting its mirror on demand, if its reconciler has not
yet); any other node answers with the URL of the healthiest, least-loaded
endpoint that serves it (control.endpoints.ranked_endpoints).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TypeGuard
from urllib.parse import quote

from sender.config import Settings
from sender.control.context import Context
from sender.control.endpoints import ranked_endpoints
from sender.control.tokens import tokens_of
from sender.domain.endpoints import EndpointKind
from sender.domain.generations import Generation
from sender.domain.renditions import Rendition
from sender.domain.streams import SLUG_RE, LatencyMode, Stream, Visibility
from sender.domain.topology import generation_url
from sender.errors import NotFound

# What a token is checked against when there is no stream: well formed, yet no stream's id
# (stream ids are random UUIDs, whose version digit is never 0).
NO_STREAM = "0" * 32
# How long a playback request on an edge waits for its mirror to start on demand.
ON_DEMAND_MIRROR_S = 2.0


@dataclass(frozen=True, slots=True)
class Playback:
    """What a player needs: `state` is "offline" (no active generation), "starting" or "live"."""

    stream: Stream
    generation_id: str | None
    state: str
    hls_url: str | None
    low_latency: bool
    renditions: Sequence[Rendition]
    publishing: bool  # an encoder is connected now


async def playable_stream(ctx: Context, slug: str, token: str | None = None) -> Stream:
    """The stream `slug` if this viewer may watch it (see `may_watch`), else NotFound.

    A private stream without a valid token of its own is NotFound like a stream
    that does not exist: the same status, message and work, so the answer does
    not tell a stranger which private slugs exist.
    """
    # A slug no stream can have is looked up nowhere (and may not even be storable text).
    stream = await ctx.repo.get_stream_by_slug(slug) if SLUG_RE.fullmatch(slug) else None
    if not may_watch(stream, token, ctx.settings):
        raise NotFound(f"stream {slug!r} not found")
    return stream


def may_watch(stream: Stream | None, token: str | None, settings: Settings) -> TypeGuard[Stream]:
    """May a viewer holding `token` watch `stream` (None when there is no such stream)?

    Public and unlisted streams: yes. Private streams: with a valid, unexpired
    playback token of that stream only. Unknown and deleted streams: no. Every
    refusal checks the token, against a stream id that no token names when there
    is no stream, so a refusal costs the same whatever its reason.
    """
    watchable = stream if stream is not None and not stream.deleted else None
    if watchable is not None and watchable.visibility is not Visibility.PRIVATE:
        return True
    tokens = tokens_of(settings)
    subject = watchable.id if watchable is not None else NO_STREAM
    valid = tokens is not None and tokens.verify(token, subject)
    return watchable is not None and valid


async def playback(ctx: Context, slug: str, token: str | None = None) -> Playback:
    """The playback description of a stream this viewer may watch (see `playable_stream`).

    `state` is "offline" when no generation is active, and then `hls_url` is
    None and `renditions` empty. For a private stream `hls_url` carries the
    viewer's token, so every playlist and media request it leads to does too.
    `publishing` says whether an encoder is connected now: a live generation
    whose encoder is gone waits for it (a player says so instead of freezing).
    """
    stream = await playable_stream(ctx, slug, token)
    generation = await ctx.repo.active_generation(stream.id)
    if generation is None:
        return Playback(stream, None, "offline", None, _low_latency(stream), (), False)
    hls_url = await _hls_url(ctx, stream, generation)
    if stream.visibility is Visibility.PRIVATE and token:
        hls_url += f"?token={quote(token, safe='')}"
    renditions = await ctx.repo.list_renditions(generation.id)
    return Playback(
        stream=stream,
        generation_id=generation.id,
        state=str(generation.state),
        hls_url=hls_url,
        low_latency=_low_latency(stream),
        renditions=tuple(renditions),
        publishing=ctx.live.publisher(stream.id) is not None,
    )


async def _hls_url(ctx: Context, stream: Stream, generation: Generation) -> str:
    """Where this viewer plays the generation (see the module docstring)."""
    own = f"{ctx.settings.http_base_url()}/hls/{stream.id}/{generation.id}/index.m3u8"
    if generation.node_id == ctx.node_id or generation.id in ctx.live.running_generations():
        return own
    ranked = await ranked_endpoints(ctx, generation)
    mine = any(
        c.endpoint.kind is EndpointKind.EDGE and c.endpoint.node_id == ctx.node_id for c in ranked
    )
    if mine and ctx.cluster is not None and await ctx.cluster.ensure(
        generation.id, ON_DEMAND_MIRROR_S
    ):
        return own
    others = [c for c in ranked if c.endpoint.node_id != ctx.node_id]
    if others:
        return generation_url(others[0].endpoint, stream, generation)
    return own


def _low_latency(stream: Stream) -> bool:
    return stream.latency_mode is LatencyMode.LOW
