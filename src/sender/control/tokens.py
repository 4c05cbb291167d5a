"""Playback tokens: what lets a viewer watch a private stream.

A token is bound to one stream id and carries its expiry, signed with
HMAC-SHA256 under the node's playback secret (`SENDER_PLAYBACK_SECRET`, else
`<data dir>/playback-secret`). It is compact URL-safe text, so it rides in a
query string (`?token=`) onto the playback API, the playlists and every URI
inside them. Nothing is stored: verification is the signature, the stream and
the clock, compared in constant time. Changing the secret revokes every token.

Layout before base64url (no padding): version (1 byte) | stream id (16 bytes)
| expiry, Unix seconds (8 bytes, big endian) | first 16 bytes of the MAC.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import time
from dataclasses import dataclass
from datetime import UTC, datetime

from sender.config import Settings
from sender.control.context import Context
from sender.domain.ids import is_id
from sender.errors import NotFound, Unavailable, ValidationFailed

VERSION = 1
# The shortest lifetime a token may be given: shorter would expire while a player starts.
MIN_TTL_S = 60
_MAC_BYTES = 16
_LENGTH = 1 + 16 + 8 + _MAC_BYTES
_DOMAIN = b"sender playback token v1\x00"


@dataclass(frozen=True, slots=True)
class IssuedToken:
    token: str
    expires_at: datetime


class PlaybackTokens:
    """Signs and checks playback tokens with one secret."""

    def __init__(self, secret: str | bytes) -> None:
        key = secret.encode() if isinstance(secret, str) else secret
        if len(key) < 16:
            raise ValueError("the playback secret must be at least 16 bytes")
        self._key = key

    def issue(self, stream_id: str, ttl_s: int, *, now: float | None = None) -> IssuedToken:
        if not is_id(stream_id):
            raise ValueError("stream ids are 32 lowercase hex characters")
        if ttl_s < 1:
            raise ValueError("ttl_s must be positive")
        expires = int(now if now is not None else time.time()) + ttl_s
        payload = bytes([VERSION]) + bytes.fromhex(stream_id) + expires.to_bytes(8, "big")
        raw = payload + self._mac(payload)
        token = base64.urlsafe_b64encode(raw).rstrip(b"=").decode("ascii")
        return IssuedToken(token=token, expires_at=datetime.fromtimestamp(expires, UTC))

    def verify(self, token: str | None, stream_id: str, *, now: float | None = None) -> bool:
        """True only for an unexpired token of exactly this stream, signed with this secret."""
        if not token or len(token) > 128 or not is_id(stream_id):
            return False
        try:
            raw = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4))
        except (binascii.Error, ValueError):
            return False
        if len(raw) != _LENGTH or raw[0] != VERSION:
            return False
        # One text per token: refuse other spellings of the same bytes (unused low bits).
        if base64.urlsafe_b64encode(raw).rstrip(b"=").decode("ascii") != token:
            return False
        payload, mac = raw[:-_MAC_BYTES], raw[-_MAC_BYTES:]
        # The signature first, in constant time, then the claims it vouches for.
        if not hmac.compare_digest(mac, self._mac(payload)):
            return False
        if not hmac.compare_digest(payload[1:17], bytes.fromhex(stream_id)):
            return False
        expires = int.from_bytes(payload[17:25], "big")
        return (now if now is not None else time.time()) < expires

    def _mac(self, payload: bytes) -> bytes:
        return hmac.new(self._key, _DOMAIN + payload, hashlib.sha256).digest()[:_MAC_BYTES]


def tokens_of(settings: Settings) -> PlaybackTokens | None:
    """The token signer of a node (its settings carry the secret once it has started)."""
    if settings.playback_secret is None:
        return None
    return PlaybackTokens(settings.playback_secret.get_secret_value())


async def issue_playback_token(ctx: Context, slug: str, ttl_s: int | None = None) -> IssuedToken:
    """A token that lets its holder watch the stream `slug` for `ttl_s` seconds."""
    stream = await ctx.repo.get_stream_by_slug(slug)
    if stream is None or stream.deleted:
        raise NotFound(f"stream {slug!r} not found")
    settings = ctx.settings
    ttl = settings.playback_token_ttl_s if ttl_s is None else ttl_s
    longest = settings.playback_token_max_ttl_s
    if not MIN_TTL_S <= ttl <= longest:
        raise ValidationFailed(
            f"ttl_s: must be between {MIN_TTL_S} and {longest} seconds"
            " (SENDER_PLAYBACK_TOKEN_MAX_TTL_S)"
        )
    tokens = tokens_of(settings)
    if tokens is None:
        raise Unavailable("this node has no playback secret (SENDER_PLAYBACK_SECRET)")
    return tokens.issue(stream.id, ttl)
