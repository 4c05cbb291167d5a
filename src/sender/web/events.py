"""`POST /api/v1/player/events`: what the player page reports about its viewer.

Body: `{"stream": slug, "vsid", "type": "heartbeat"|"startup"|"error"|"stall",
"generation_id"?, "token"? (private streams), "ttff_ms"? (startup),
"duration_ms"? (stall), "message"? (error), ...}`; other fields the page adds
(engine, playing, latency_ms, ...) are accepted and ignored. Answers 202.

Every event is a sign of life of the viewer session `vsid` (see
`sender.stats.audience`). Refusals: 422 for a malformed event, 404 for an
unknown or deleted stream and for a private stream without a valid token
(the same answer, so it tells no stranger that the slug exists), 429 when one
client address sends faster than its token bucket allows.
"""

from __future__ import annotations

import time
from typing import Annotated, Literal

from aiohttp import web
from pydantic import BaseModel, ConfigDict, Field, field_validator

from sender.control.context import Context
from sender.control.playback import may_watch
from sender.domain.streams import Stream
from sender.errors import NotFound
from sender.stats.audience import Audience, ClientAddresses, PlayerEvents, truncate
from sender.stats.ratelimit import RateLimiter
from sender.web.errors import error_response, read_object
from sender.web.schemas import JSON_NUMBER, Slug, Text

PATH = "/api/v1/player/events"
VSID_PATTERN = r"^[A-Za-z0-9_-]{8,64}$"
EVENT_BODY_LIMIT = 8 * 1024


class PlayerEventIn(BaseModel):
    """One player event; unknown fields are ignored so the page may send more than we read."""

    model_config = ConfigDict(extra="ignore", allow_inf_nan=False)

    stream: Slug
    vsid: Annotated[str, Field(pattern=VSID_PATTERN)]
    type: Literal["heartbeat", "startup", "error", "stall"]
    generation_id: Annotated[str, Field(max_length=64)] | None = None
    token: Annotated[str, Field(max_length=512)] | None = None
    ttff_ms: Annotated[float, Field(ge=0, le=3_600_000), JSON_NUMBER] | None = None
    duration_ms: Annotated[float, Field(ge=0, le=86_400_000), JSON_NUMBER] | None = None
    message: Text | None = None

    @field_validator("message")
    @classmethod
    def _short(cls, value: str | None) -> str | None:
        return truncate(value) if value is not None else None


class _SlugCache:
    """Streams by slug for a couple of seconds: heartbeats must not each cost a store read."""

    def __init__(self, ctx: Context, ttl_s: float = 2.0, size: int = 10_000) -> None:
        self.ctx = ctx
        self.ttl_s = ttl_s
        self.size = size
        self._entries: dict[str, tuple[float, Stream | None]] = {}

    async def get(self, slug: str) -> Stream | None:
        now = time.monotonic()
        hit = self._entries.get(slug)
        if hit is not None and now - hit[0] < self.ttl_s:
            return hit[1]
        stream = await self.ctx.repo.get_stream_by_slug(slug)
        if len(self._entries) >= self.size:
            self._entries.clear()
        self._entries[slug] = (now, stream)
        return stream


class PlayerEventsApi:
    def __init__(
        self,
        ctx: Context,
        audience: Audience,
        events: PlayerEvents,
        addresses: ClientAddresses,
        limiter: RateLimiter,
    ) -> None:
        self.ctx = ctx
        self.audience = audience
        self.events = events
        self.addresses = addresses
        self.limiter = limiter
        self.streams = _SlugCache(ctx)

    async def post(self, request: web.Request) -> web.Response:
        client = (
            self.addresses.client(request.remote, request.headers.get("X-Forwarded-For"))
            or "unknown"
        )
        if not self.limiter.allow(client):
            response = error_response(429, "rate_limited", "too many player events; slow down")
            response.headers["Retry-After"] = "1"
            return response
        event = PlayerEventIn.model_validate(await read_object(request, limit=EVENT_BODY_LIMIT))
        stream = await self.streams.get(event.stream)
        if not may_watch(stream, event.token, self.ctx.settings):
            # A private stream without its token is answered like no stream at all.
            raise NotFound(f"stream {event.stream!r} not found")
        self.audience.sign_vsid(stream.id, event.vsid, stream.slug, stream.visibility)
        self.events.record(
            stream.id,
            event.type,
            {"ttff_ms": event.ttff_ms, "duration_ms": event.duration_ms, "message": event.message},
        )
        return web.json_response({"accepted": True}, status=202)

    def routes(self) -> list[web.RouteDef]:
        return [web.post(PATH, self.post)]
