"""The node's control loop over its live media: reports in, store writes, the store handed back.

`LiveFollower` takes the runtime's domain.live events one at a time, in
order, and records each in the store through the generation operations (which
hand the stored generation back to the runtime). `reconcile` brings the whole
node in line with the store; at start it is the restore, and the cluster's
reconciler (cluster.reconciler) runs it again whenever the shared state
changes:
- this node's active generations get sessions (resumed after a restart);
- every other active generation that this node's edge endpoint serves (its
  sources lead to the generation's origin, domain.topology) is mirrored, with
  the sources in failover order and their health from the fresh snapshots;
- media held here whose generation has ended meanwhile (stopped through
  another node, or ended on its origin) gets its playlists ended;
- finished generations' files are kept for their retention, others removed.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging

from sender.control import generations as generation_ops
from sender.control.context import Context
from sender.control.endpoints import health_thresholds
from sender.domain.endpoints import EndpointKind, Health
from sender.domain.generations import Generation
from sender.domain.health import endpoint_health
from sender.domain.ids import utcnow
from sender.domain.live import (
    LiveEvent,
    MediaFailed,
    MediaStarted,
    PublisherIdle,
    RenditionDescribed,
)
from sender.domain.streams import Stream
from sender.domain.topology import Upstream, upstreams
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
    """Make this node's live media follow the store (see the module docstring)."""
    repo = ctx.repo
    streams: dict[str, Stream | None] = {}

    async def stream_of(stream_id: str) -> Stream | None:
        if stream_id not in streams:
            streams[stream_id] = await repo.get_stream(stream_id)
        return streams[stream_id]

    every_active = await repo.list_active_generations()
    endpoints = await repo.list_endpoints()
    edges = [
        e
        for e in endpoints
        if e.kind is EndpointKind.EDGE and e.enabled and e.node_id == ctx.node_id
    ]
    now, limits = utcnow(), health_thresholds(ctx.settings)
    snapshots = await repo.latest_snapshots() if edges else {}

    def health_for(stream_id: str) -> dict[str, Health]:
        """Every endpoint's health as a source of this one stream."""
        return {
            e.id: endpoint_health(
                snapshots.get(e.id), e.capacity, now, limits, stream_id=stream_id
            )
            for e in endpoints
        }

    by_id = {e.id: e for e in endpoints}
    active: list[tuple[Stream, Generation]] = []
    mirrored: list[tuple[Stream, Generation, tuple[Upstream, ...]]] = []
    for generation in every_active:
        stream = await stream_of(generation.stream_id)
        if stream is None:
            continue
        if generation.node_id == ctx.node_id:
            active.append((stream, generation))
            continue
        health = health_for(stream.id) if edges else {}
        for edge in edges:
            route = upstreams(edge, stream, generation, by_id, health)
            if route:
                mirrored.append((stream, generation, route))
                break
    # Media held here for a generation that is over now (ended through another node).
    active_ids = {g.id for g in every_active}
    for generation_id in ctx.live.running_generations():
        if generation_id in active_ids:
            continue
        found = await repo.get_generation(generation_id)
        if found is None or found.active:
            continue
        stream = await stream_of(found.stream_id)
        if stream is not None:
            await ctx.live.apply(stream, found)
    finished: list[tuple[Stream, Generation]] = []
    for generation_id in await asyncio.to_thread(ctx.live.spooled_generations):
        found = await repo.get_generation(generation_id)
        if found is None or found.active:
            continue
        stream = await stream_of(found.stream_id)
        if stream is not None:
            finished.append((stream, found))
    await ctx.live.reconcile(active, finished, mirrored)


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
