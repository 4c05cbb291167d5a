"""What a player needs to start: the stream, its current generation and the playlist URL."""

from __future__ import annotations

from typing import Any

from sender.control.context import Context
from sender.domain.streams import LatencyMode, Visibility
from sender.errors import Forbidden, NotFound


async def playback(ctx: Context, slug: str) -> dict[str, Any]:
    """The playback description of a public or unlisted stream.

    Private streams are Forbidden until playback tokens exist; unknown and
    deleted streams are NotFound. `state` is "offline" when no generation is
    active, and then `hls_url` is None and `renditions` empty.
    """
    stream = await ctx.repo.get_stream_by_slug(slug)
    if stream is None or stream.deleted:
        raise NotFound(f"stream {slug!r} not found")
    if stream.visibility is Visibility.PRIVATE:
        raise Forbidden(f"stream {slug!r} is private")
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
    return {
        "stream": {
            "slug": stream.slug,
            "title": stream.title,
            "visibility": str(stream.visibility),
        },
        "generation_id": generation.id if generation else None,
        "state": str(generation.state) if generation else "offline",
        "hls_url": (
            f"{ctx.settings.http_base_url()}/hls/{stream.id}/{generation.id}/index.m3u8"
            if generation
            else None
        ),
        "low_latency": stream.latency_mode is LatencyMode.LOW,
        "renditions": renditions,
    }
