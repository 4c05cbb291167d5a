"""An RTMP publish: the publish name is a stream key; an authorized encoder is attached.

`PublishGate` is the RTMP server's PublishHandler. It authorizes (store
reads; a generation started when the stream has none and auto-start is on,
which the runtime is told of like any start), then attaches the encoder to
the generation's session, which decides whether the stream is busy (a
publisher that went silent is taken over). The calls go one way,
control -> runtime; the runtime never calls back into control.

A publish to a running generation only reads the store: the key's last use
is written in the background (`KeyUses`), so a store busy with another writer
never holds an encoder up or refuses it.

Every refusal is a PublishRefused whose message names the key id at most,
never the secret, and the app name's first segment at most (an encoder given
the whole publish URL as its server sends the key inside the app name). An
unknown key id is checked against a dummy verifier so the time taken does not
tell which key ids exist.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass
from datetime import datetime

from sender.control.context import Context, MediaSink
from sender.control.generations import mark_failed
from sender.control.streams import start_generation
from sender.domain.generations import Generation
from sender.domain.ids import utcnow
from sender.domain.keys import make_verifier, parse_key, redact_app, verify_secret
from sender.domain.streams import Stream
from sender.errors import BackendError, BusyError, PublishEnded, PublishRefused, SenderError

log = logging.getLogger(__name__)

APP = "live"
BAD_NAME = "NetStream.Publish.BadName"
REJECTED = "NetStream.Publish.Rejected"
_DUMMY_VERIFIER = make_verifier("not-a-real-secret-only-spends-the-same-time")


@dataclass(frozen=True, slots=True)
class PublishGrant:
    stream: Stream
    key_id: str
    generation: Generation


async def authorize_publish(ctx: Context, app: str, name: str) -> PublishGrant:
    """The grant for publishing `name` (a stream key) on `app`; PublishRefused otherwise."""
    if app.strip("/") != APP:
        raise PublishRefused(REJECTED, "bad_app", f"unknown application {redact_app(app)!r}")
    parsed = parse_key(name)
    if parsed is None:
        raise PublishRefused(BAD_NAME, "malformed_key", "malformed stream key")
    key_id, secret = parsed
    key = await ctx.repo.get_key(key_id)
    secret_ok = verify_secret(secret, key.verifier if key is not None else _DUMMY_VERIFIER)
    if key is None or not secret_ok:
        raise PublishRefused(BAD_NAME, "bad_key", f"unknown stream key {key_id}")
    if key.revoked:
        raise PublishRefused(BAD_NAME, "revoked_key", f"stream key {key_id} is revoked")
    stream = await ctx.repo.get_stream(key.stream_id)
    if stream is None or stream.deleted:
        raise PublishRefused(BAD_NAME, "bad_key", f"unknown stream key {key_id}")
    generation = await ctx.repo.active_generation(stream.id)
    if generation is None:
        if not ctx.settings.auto_start_on_publish:
            raise PublishRefused(REJECTED, "not_started", f"stream {stream.slug} is not started")
        generation = await start_generation(ctx, stream, auto=True)
    if generation.node_id != ctx.node_id:
        # One node makes a generation's media; the others mirror it (a cluster).
        raise PublishRefused(
            REJECTED,
            "other_node",
            f"stream {stream.slug} is live on node {generation.node_id}: publish there",
        )
    log.info("stream %s: publish authorized with key %s", stream.slug, key_id)
    return PublishGrant(stream=stream, key_id=key_id, generation=generation)


class KeyUses:
    """Records keys' last use in the background, so a publish never waits on a store write.

    At most one write per key is in flight; a use that comes while one is
    pending is covered by it (the time written is a moment older). Each write
    is bounded by the store's busy timeout; a failed one is logged and lost
    (the next use records it). `close` waits for what is pending, at most
    `timeout_s`, then cancels it.
    """

    def __init__(self, ctx: Context) -> None:
        self._ctx = ctx
        self._pending: dict[str, asyncio.Task[None]] = {}

    def touch(self, key_id: str, at: datetime) -> None:
        if key_id in self._pending:
            return
        task = asyncio.create_task(self._write(key_id, at), name=f"key-use:{key_id}")
        self._pending[key_id] = task

    async def _write(self, key_id: str, at: datetime) -> None:
        try:
            await self._ctx.repo.touch_key(key_id, at)
        except SenderError as exc:
            log.warning("could not record the use of key %s: %s", key_id, exc)
        except Exception:
            log.exception("recording the use of key %s failed", key_id)
        finally:
            self._pending.pop(key_id, None)

    async def close(self, timeout_s: float = 5.0) -> None:
        tasks = list(self._pending.values())
        if not tasks:
            return
        _, late = await asyncio.wait(tasks, timeout=timeout_s)
        for task in late:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)


class PublishGate:
    """The RTMP server's PublishHandler: authorize, then attach to the generation's session."""

    def __init__(self, ctx: Context) -> None:
        self._ctx = ctx
        self.key_uses = KeyUses(ctx)

    async def begin_publish(self, app: str, name: str, peer: str) -> MediaSink:
        ctx = self._ctx
        grant = await authorize_publish(ctx, app, name)
        await ctx.live.apply(grant.stream, grant.generation)  # idempotent: the session exists
        try:
            sink = await ctx.live.attach(grant.generation.id, peer, grant.key_id)
        except BusyError:
            raise PublishRefused(REJECTED, "busy", "the stream already has a publisher") from None
        except PublishEnded:
            raise PublishRefused(REJECTED, "ended", "the generation has ended") from None
        except BackendError as exc:
            log.error("stream %s: media backend failed to start: %s", grant.stream.slug, exc)
            try:
                await mark_failed(ctx, grant.generation.id, f"backend failed to start: {exc}")
            except SenderError as failed:
                log.warning("could not mark generation %s failed: %s", grant.generation.id, failed)
            raise PublishRefused(REJECTED, "backend_failed", "the media backend failed") from None
        self.key_uses.touch(grant.key_id, utcnow())
        return sink

    async def close(self) -> None:
        """Node shutdown (after the RTMP server closed): the pending key-use writes."""
        await self.key_uses.close()
