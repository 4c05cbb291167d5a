"""What a player needs to start: the stream, its current generation and the playlist URL."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from sender.control.context import Context
from sender.control.tokens import tokens_of
from sender.domain.streams import LatencyMode, Stream, Visibility
from sender.errors import Forbidden, NotFound


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


async def playback(ctx: Context, slug: str, token: str | None = None) -> dict[str, Any]:
    """The playback description of a stream this viewer may watch (see `playable_stream`).

    `state` is "offline" when no generation is active, and then `hls_url` is
    None and `renditions` empty. For a private stream `hls_url` carries the
    viewer's token, so every playlist and media request it leads to does too.
    `publishing` says whether an encoder is connected now: a live generation
    whose encoder is gone waits for it (a player says so instead of freezing).
    """
    stream = await playable_stream(ctx, slug, token)
    generation = await ctx.repo.active_generation(stream.id)
    renditions = []
    if generation is not None:
        renditions = [
            {
                "name": r.name,
                "width": r.width,
                "height": r.height,
                "bandwidth": r.bandwidth,
                "codecs": r.codecs,
                "frame_rate": r.frame_rate,
            }
            for r in await ctx.repo.list_renditions(generation.id)
        ]
    hls_url = None
    if generation is not None:
        hls_url = f"{ctx.settings.http_base_url()}/hls/{stream.id}/{generation.id}/index.m3u8"
        if stream.visibility is Visibility.PRIVATE and token:
            hls_url += f"?token={quote(token, safe='')}"
    return {
        "stream": {
            "slug": stream.slug,
            "title": stream.title,
            "visibility": str(stream.visibility),
        },
        "generation_id": generation.id if generation else None,
        "state": str(generation.state) if generation else "offline",
        "hls_url": hls_url,
        "low_latency": stream.latency_mode is LatencyMode.LOW,
        "renditions": renditions,
        "publishing": generation is not None and ctx.live.publisher(stream.id) is not None,
    }
