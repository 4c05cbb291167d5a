"""The node's control loop over its live media: reports in, store writes, the store handed back.

`LiveFollower` takes the runtime's domain.live events one at a time, in
order, and records each in the store through the generation operations (which
hand the stored generation back to the runtime). `reconcile` brings the whole
node in line with the store; at start it is the restore, and the cluster's
reconciler grows from it.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging

from sender.control import generations as generation_ops
from sender.control.context import Context
from sender.domain.generations import Generation
from sender.domain.live import (
    LiveEvent,
    MediaFailed,
    MediaStarted,
    PublisherIdle,
    RenditionDescribed,
)
from sender.domain.streams import Stream
from sender.errors import SenderError, StoreBusy

log = logging.getLogger(__name__)

# A report the store was too busy to take is recorded again, after a back-off this long at
# first, doubling to the maximum: reports are few, and none may be lost to a busy store.
RETRY_INITIAL_S = 0.5
RETRY_MAX_S = 5.0


async def record(ctx: Context, event: LiveEvent) -> None:
    """Write what one report means to the store (and, through the operations, to the runtime)."""
    if isinstance(event, MediaStarted):
        generation = await generation_ops.mark_live(ctx, event.generation_id)
        log.info("generation %s is %s", generation.id, generation.state)
    elif isinstance(event, MediaFailed):
        await generation_ops.mark_failed(ctx, event.generation_id, event.reason)
    elif isinstance(event, PublisherIdle):
        await generation_ops.end_generation(ctx, event.generation_id)
    elif isinstance(event, RenditionDescribed):
        await ctx.repo.upsert_rendition(event.rendition)


async def reconcile(ctx: Context) -> None:
    """Make this node's live media follow the store: sessions for its active generations,
    finished generations' files kept for their retention, anything else's removed."""
    repo = ctx.repo
    active: list[tuple[Stream, Generation]] = []
    for generation in await repo.list_active_generations(node_id=ctx.node_id):
        stream = await repo.get_stream(generation.stream_id)
        if stream is not None:
            active.append((stream, generation))
    finished: list[tuple[Stream, Generation]] = []
    for generation_id in await asyncio.to_thread(ctx.live.spooled_generations):
        found = await repo.get_generation(generation_id)
        if found is None or found.active:
            continue
        stream = await repo.get_stream(found.stream_id)
        if stream is not None:
            finished.append((stream, found))
    await ctx.live.reconcile(active, finished)


class LiveFollower:
    """The task that records the runtime's reports, one at a time (owned by the node).

    A report the store is too busy for (StoreBusy) is tried again until it is
    recorded: the reports behind it wait, so their order holds. The media
    never waits for any of this.
    """

    def __init__(self, ctx: Context) -> None:
        self._ctx = ctx
        self._task: asyncio.Task[None] | None = None

    def start(self) -> None:
        self._task = asyncio.create_task(self._run(), name="live-follower")

    async def _run(self) -> None:
        while True:
            event = await self._ctx.live.next_event()
            await self._record(event)

    async def _record(self, event: LiveEvent) -> None:
        delay = RETRY_INITIAL_S
        while True:
            try:
                await record(self._ctx, event)
                return
            except asyncio.CancelledError:
                raise
            except StoreBusy:
                if delay == RETRY_INITIAL_S:
                    log.warning("the store is busy; %s is recorded later", type(event).__name__)
                await asyncio.sleep(delay)
                delay = min(delay * 2, RETRY_MAX_S)
            except SenderError as exc:
                log.warning("could not record %s: %s", type(event).__name__, exc)
                return
            except Exception:
                log.exception("recording %s failed", type(event).__name__)
                return

    async def close(self, pending: list[LiveEvent], timeout_s: float = 5.0) -> None:
        """Stop taking reports; record what was still queued, within `timeout_s`."""
        task, self._task = self._task, None
        if task is not None:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
        with contextlib.suppress(TimeoutError):
            async with asyncio.timeout(timeout_s):
                for event in pending:
                    await self._record(event)
