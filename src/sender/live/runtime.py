"""LiveRuntime: every live session on this node, and the only owner of that set.

It follows the store, it does not write it. The control plane tells it what
the store now holds (`apply` one generation, or `reconcile` the whole node at
start), and it makes the media follow: a session for each active generation
of this node, finished playlists (ENDLIST) for one that ended, files kept for
the retention time and then removed. What it learns that the store must
record goes out as domain.live events (`next_event`), which the control plane
takes, writes and hands back through `apply`.

Readers see it through the narrow protocols they declare: delivery looks up a
generation's LiveMedia (`media`), the stats and the dashboard read every
session (`all`), the control operations ask who is publishing (`publisher`)
and attach an authorized encoder (`attach`).
"""

from __future__ import annotations

import asyncio
import contextlib
import errno
import logging
from collections.abc import Sequence
from typing import Any

from sender.domain.generations import Generation
from sender.domain.ids import utcnow
from sender.domain.live import LiveEvent
from sender.domain.publishers import PublisherInfo
from sender.domain.renditions import SOURCE
from sender.domain.streams import Stream
from sender.errors import PublishEnded
from sender.live.publisher import Publisher
from sender.live.reconcile import Plan, plan
from sender.live.session import DEFAULT_TAKEOVER_AFTER_S, LiveSession
from sender.media import manifest
from sender.media.backend import BackendFactory
from sender.media.index import RenditionIndex
from sender.media.manifest import Description
from sender.media.numbering import SegmentNumbering
from sender.media.profile import PackagingProfile
from sender.media.spool import Spool

log = logging.getLogger(__name__)


class LiveRuntime:
    def __init__(
        self,
        *,
        spool: Spool,
        profile: PackagingProfile,
        backends: BackendFactory,
        idle_end_s: float,
        retention_s: float,
        takeover_after_s: float = DEFAULT_TAKEOVER_AFTER_S,
    ) -> None:
        self.spool = spool
        self.profile = profile
        self._backends = backends
        self._idle_end_s = idle_end_s
        self._retention_s = retention_s
        self._takeover_after_s = takeover_after_s
        self._by_generation: dict[str, LiveSession] = {}
        self._active_by_stream: dict[str, LiveSession] = {}
        self._removals: dict[str, asyncio.Task[None]] = {}
        self._events: asyncio.Queue[LiveEvent] = asyncio.Queue()
        self._closing = False
        # The node's fault counts (SessionFaults), kept across sessions: metrics are counters.
        self.backend_restarts: dict[str, int] = {}  # stream slug -> restarts on this node
        self.corrupt_outputs: dict[str, int] = {}  # stream slug -> unreadable backend outputs
        self.spool_errors: dict[tuple[str, str], int] = {}  # (slug, errno name) -> failures

    # Lookups -------------------------------------------------------------------------
    def media(self, generation_id: str) -> LiveSession | None:
        """The generation's media on this node (delivery's LiveMediaLookup)."""
        return self._by_generation.get(generation_id)

    def all(self) -> list[LiveSession]:
        return list(self._by_generation.values())

    def publisher(self, stream_id: str) -> PublisherInfo | None:
        session = self._active_by_stream.get(stream_id)
        if session is None or session.publisher is None:
            return None
        source = session.renditions.get(SOURCE)
        return session.publisher.info(
            width=source.width if source else None, height=source.height if source else None
        )

    # Store -> runtime ------------------------------------------------------------------
    async def apply(self, stream: Stream, generation: Generation) -> None:
        """The store now holds `generation` of `stream`: make this node's media follow it."""
        if self._closing:
            return  # shutting down: the next start reconciles from the store
        # Every session of the stream serves its visibility and latency mode from here on;
        # a copy read before a later update (a publish racing it) does not undo that update.
        for each in self._by_generation.values():
            if each.stream.id == stream.id and stream.updated_at >= each.stream.updated_at:
                each.stream = stream
        session = self._by_generation.get(generation.id)
        if generation.active:
            if session is None:
                await self._start(stream, generation)
            else:
                session.generation = generation
            return
        if session is None or session.ended:
            if session is not None:
                session.generation = generation
            return
        session.generation = generation
        if self._active_by_stream.get(stream.id) is session:
            del self._active_by_stream[stream.id]
        await session.finish()
        self._remove_later(session.stream.id, generation.id, self._retention_s)

    async def reconcile(
        self,
        active: Sequence[tuple[Stream, Generation]],
        finished: Sequence[tuple[Stream, Generation]],
    ) -> Plan:
        """Bring the whole node in line with the store; the restore step at start.

        `active` is this node's active generations; `finished` the ended or
        failed generations that still have files here. Sessions are started (or
        resumed from their manifests) for the first; the second are served as
        they ended (ENDLIST) until their retention ends; any other generation's
        files are removed now.
        """
        on_disk = await asyncio.to_thread(self.spool.existing_generations)
        streams = {generation.id: stream for stream, generation in finished}
        steps = plan(
            active=active,
            finished=[generation for _, generation in finished],
            running={gid: s.generation for gid, s in self._by_generation.items()},
            on_disk=on_disk,
            now=utcnow(),
            retention_s=self._retention_s,
        )
        for stream, generation in steps.start:
            log.info("stream %s: resuming generation %s", stream.slug, generation.id)
            await self.apply(stream, generation)
        for stream_id, generation_id, delay in steps.keep:
            owner = streams.get(generation_id)
            kept = next(g for _, g in finished if g.id == generation_id)
            if owner is not None and generation_id not in self._by_generation:
                await self._start(owner, kept, finished=True)
            self._remove_later(stream_id, generation_id, delay)
        for stream_id, generation_id in steps.remove:
            await asyncio.to_thread(self.spool.remove_generation, stream_id, generation_id)
        return steps

    def spooled_generations(self) -> list[str]:
        """Ids of generations with files here but no session: the store must say what they are."""
        return [
            gen_id
            for _, gen_id in self.spool.existing_generations()
            if gen_id not in self._by_generation
        ]

    # Publishing ----------------------------------------------------------------------
    async def attach(self, generation_id: str, peer: str, key_id: str) -> Publisher:
        """Connect an authorized encoder to its active generation's session.

        Raises PublishEnded (no such active session), BusyError (one is
        publishing already) or BackendError (the backend did not start).
        """
        session = self._by_generation.get(generation_id)
        if session is None or session.ended or not session.generation.active:
            raise PublishEnded("the generation has ended")
        return await session.attach(peer, key_id)

    # Events to the control plane -------------------------------------------------------
    async def next_event(self) -> LiveEvent:
        return await self._events.get()

    def pending_events(self) -> list[LiveEvent]:
        """Take what is queued without waiting (shutdown drains it)."""
        taken = []
        while not self._events.empty():
            taken.append(self._events.get_nowait())
        return taken

    def _emit(self, event: LiveEvent) -> None:
        self._events.put_nowait(event)

    # SessionFaults ---------------------------------------------------------------------
    def backend_restarted(self, slug: str, count: int, reason: str) -> None:
        self.backend_restarts[slug] = self.backend_restarts.get(slug, 0) + 1
        log.warning("stream %s: media backend restarted (%d): %s", slug, count, reason)

    def output_corrupt(self, slug: str, rendition: str) -> None:
        self.corrupt_outputs[slug] = self.corrupt_outputs.get(slug, 0) + 1

    def spool_failed(self, slug: str, operation: str, error: OSError) -> None:
        reason = errno.errorcode.get(error.errno or 0, "unknown")
        self.spool_errors[slug, reason] = self.spool_errors.get((slug, reason), 0) + 1

    # Internals ---------------------------------------------------------------------------
    async def _start(
        self, stream: Stream, generation: Generation, *, finished: bool = False
    ) -> LiveSession | None:
        """A session for the generation; for a finished one only with manifests to serve."""
        first_msn, first_init_id = await asyncio.to_thread(
            self.spool.resume_point, stream.id, generation.id
        )
        resumed = await asyncio.to_thread(self._resumed, stream, generation)
        if finished and not resumed:
            return None
        session = LiveSession(
            stream=stream,
            generation=generation,
            profile=self.profile,
            spool=self.spool,
            backends=self._backends,
            emit=self._emit,
            faults=self,
            idle_end_s=self._idle_end_s,
            numbering=SegmentNumbering(first_msn, first_init_id),
            resumed=resumed,
            finished=finished,
            takeover_after_s=self._takeover_after_s,
        )
        self._by_generation[generation.id] = session
        if not finished:
            self._active_by_stream[stream.id] = session
        return session

    def _resumed(
        self, stream: Stream, generation: Generation
    ) -> dict[str, tuple[RenditionIndex, Description]]:
        """The renditions a generation had before a restart, as their manifests say."""
        found: dict[str, tuple[RenditionIndex, Description]] = {}
        for name, data in self.spool.manifests(stream.id, generation.id).items():
            try:
                found[name] = manifest.load(data, window_segments=self.profile.window_segments)
            except ValueError as exc:
                log.warning("generation %s/%s: manifest not used: %s", generation.id, name, exc)
        return found

    def _remove_later(self, stream_id: str, generation_id: str, delay_s: float) -> None:
        if generation_id in self._removals or self._closing:
            return
        self._removals[generation_id] = asyncio.create_task(
            self._remove(stream_id, generation_id, delay_s), name=f"retention:{generation_id}"
        )

    async def _remove(self, stream_id: str, generation_id: str, delay_s: float) -> None:
        await asyncio.sleep(delay_s)
        session = self._by_generation.pop(generation_id, None)
        self._removals.pop(generation_id, None)
        if session is not None:
            await session.close()
        await asyncio.to_thread(self.spool.remove_generation, stream_id, generation_id)
        log.info("generation %s: retention over, spool removed", generation_id)

    async def close(self) -> None:
        """Node shutdown: publishers off, files flushed. Generations stay active in the store."""
        self._closing = True
        for session in list(self._by_generation.values()):
            with contextlib.suppress(Exception):
                await session.suspend()
        tasks: list[asyncio.Task[Any]] = list(self._removals.values())
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        for session in list(self._by_generation.values()):
            await session.close()
        self._by_generation.clear()
        self._active_by_stream.clear()
