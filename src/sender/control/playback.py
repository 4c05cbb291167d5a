"""What a player needs to start: the stream, its current generation and the playlist URL."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from urllib.parse import quote

from sender.control.context import Context
from sender.control.tokens import tokens_of
from sender.domain.renditions import Rendition
from sender.domain.streams import LatencyMode, Stream, Visibility
from sender.errors import Forbidden, NotFound


@dataclass(frozen=True, slots=True)
class Playback:
    """What a player needs: `state` is "offline" (no active generation), "starting" or "live"."""

    stream: Stream
    generation_id: str | None
    state: str
    hls_url: str | None
    low_latency: bool
    renditions: Sequence[Rendition]


async def playable_stream(ctx: Context, slug: str, token: str | None = None) -> Stream:
    """The stream `slug` if this viewer may watch it.

    Unknown and deleted streams are NotFound; a private stream is Forbidden
    unless `token` is a valid, unexpired playback token of that stream.
    """
    stream = await ctx.repo.get_stream_by_slug(slug)
    if stream is None or stream.deleted:
        raise NotFound(f"stream {slug!r} not found")
    if stream.visibility is Visibility.PRIVATE:
        tokens = tokens_of(ctx.settings)
        if tokens is None or not tokens.verify(token, stream.id):
            raise Forbidden(f"stream {slug!r} is private: a valid playback token is needed")
    return stream


async def playback(ctx: Context, slug: str, token: str | None = None) -> Playback:
    """The playback description of a stream this viewer may watch (see `playable_stream`).

    `state` is "offline" when no generation is active, and then `hls_url` is
    None and `renditions` empty. For a private stream `hls_url` carries the
    viewer's token, so every playlist and media request it leads to does too.
    """
    stream = await playable_stream(ctx, slug, token)
    generation = await ctx.repo.active_generation(stream.id)
    if generation is None:
        return Playback(stream, None, "offline", None, _low_latency(stream), ())
    hls_url = f"{ctx.settings.http_base_url()}/hls/{stream.id}/{generation.id}/index.m3u8"
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
    )


def _low_latency(stream: Stream) -> bool:
    return stream.latency_mode is LatencyMode.LOW
