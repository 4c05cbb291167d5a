"""Stream key operations.

The secret exists only in the create result; the store keeps a verifier.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from sender.control.context import Context
from sender.control.streams import get_stream
from sender.domain.keys import StreamKey, generate_key

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class IssuedKey:
    """A new key as shown once to the admin: `key` is `<key_id>.<secret>`."""

    key_id: str
    key: str
    rtmp_url: str


async def create_key(ctx: Context, slug: str) -> IssuedKey:
    stream = await get_stream(ctx, slug)
    new = generate_key()
    await ctx.repo.add_key(stream_id=stream.id, key_id=new.key_id, verifier=new.verifier)
    log.info("stream %s: key %s created", stream.slug, new.key_id)
    return IssuedKey(key_id=new.key_id, key=new.key, rtmp_url=ctx.settings.rtmp_base_url())


async def list_keys(ctx: Context, slug: str) -> list[StreamKey]:
    stream = await get_stream(ctx, slug)
    return list(await ctx.repo.list_keys(stream.id))


async def revoke_key(ctx: Context, slug: str, key_id: str) -> StreamKey:
    """Revoke one of the stream's keys; NotFound when the stream has no such key."""
    stream = await get_stream(ctx, slug)
    key = await ctx.repo.revoke_key(stream.id, key_id)
    log.info("stream %s: key %s revoked", stream.slug, key_id)
    return key
