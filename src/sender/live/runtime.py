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

In a cluster a generation belongs to the node named by its `node_id`: only
there does the runtime make its media (a session with a publisher). Another
node's generation is held as a mirror (live.mirror), made by the injected
`MirrorFactory` when the cluster's reconciler says this node's edge serves
it (`mirror`); it follows the store like a session (`apply` of an ended
generation ends its playlists; the retention removes its files), and
delivery finds it through the same `media` lookup.
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
from sender.domain.topology import Upstream
from sender.errors import PublishEnded
from sender.live.mirror import MirrorFactory, MirrorSession
from sender.live.publisher import Publisher, TranscoderFactory
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
        node_id: str | None = None,
        mirrors: MirrorFactory | None = None,
        transcoders: TranscoderFactory | None = None,
    ) -> None:
        self.spool = spool
        self.profile = profile
        self._backends = backends
        self._idle_end_s = idle_end_s
        self._retention_s = retention_s
        self._takeover_after_s = takeover_after_s
        self._node_id = node_id  # None: every generation is this node's (no cluster)
        self._mirrors = mirrors
        self._transcoders = transcoders  # None: ladders are not encoded on this node
        self._by_generation: dict[str, LiveSession | MirrorSession] = {}
        self._active_by_stream: dict[str, LiveSession] = {}
        self._removals: dict[str, asyncio.Task[None]] = {}
        self._events: asyncio.Queue[LiveEvent] = asyncio.Queue()
        self._closing = False
        # The node's fault counts (SessionFaults), kept across sessions: metrics are counters.
        self.backend_restarts: dict[str, int] = {}  # stream slug -> restarts on this node
        self.corrupt_outputs: dict[str, int] = {}  # stream slug -> unreadable backend outputs
        self.spool_errors: dict[tuple[str, str], int] = {}  # (slug, errno name) -> failures
        self.transcoder_restarts: dict[str, int] = {}  # stream slug -> transcoder restarts
        self.transcode_slow: dict[str, int] = {}  # stream slug -> times it fell behind

    # Lookups -------------------------------------------------------------------------
    def media(self, generation_id: str) -> LiveSession | MirrorSession | None:
        """The generation's media on this node (delivery's LiveMediaLookup)."""
        return self._by_generation.get(generation_id)

    def all(self) -> list[LiveSession | MirrorSession]:
        return list(self._by_generation.values())

    def running_generations(self) -> list[str]:
        """Generations whose media here has not ended (own sessions and mirrors)."""
        return [gid for gid, s in self._by_generation.items() if not s.ended]

    def makes(self, generation: Generation) -> bool:
        """Is the generation this node's to make (its origin), not another's to mirror?"""
        return self._node_id is None or generation.node_id == self._node_id

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
        if isinstance(session, LiveSession) or (session is None and self.makes(generation)):
            await self._apply_own(stream, generation, session)
        elif session is not None:
            await self._apply_mirrored(stream, generation, session)
        # Another node's generation without a mirror here: the reconciler decides on one.

    async def _apply_own(
        self, stream: Stream, generation: Generation, session: LiveSession | None
    ) -> None:
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

    async def _apply_mirrored(
        self, stream: Stream, generation: Generation, mirror: MirrorSession
    ) -> None:
        mirror.stream, mirror.generation = stream, generation
        if generation.active:
            return
        await mirror.finish()  # at once when the upstream's ENDLIST came first
        self._remove_later(stream.id, generation.id, self._retention_s)

    async def mirror(
        self, stream: Stream, generation: Generation, route: Sequence[Upstream]
    ) -> bool:
        """Hold (or keep following) a mirror of another node's active generation.

        `route` is this node's edge's sources for it, in failover order, with
        their health; a mirror already held follows the new route. False when
        this node mirrors nothing (no factory), the generation is this node's own
        or is not active, or the node is shutting down.
        """
        if self._closing or self._mirrors is None or self.makes(generation):
            return False
        held = self._by_generation.get(generation.id)
        if isinstance(held, LiveSession):
            return False
        if held is None:
            if not generation.active:
                return False
            log.info("stream %s: mirroring generation %s", stream.slug, generation.id)
            held = self._mirrors(stream, generation, tuple(route))
            self._by_generation[generation.id] = held
        else:
            held.stream, held.generation = stream, generation
            if not generation.active or held.ended:
                return False
        held.follow(tuple(route))
        return True

    async def unmirror(self, generation_id: str) -> None:
        """Stop mirroring a generation this node's edge no longer serves; its files go now."""
        held = self._by_generation.get(generation_id)
        if held is None or isinstance(held, LiveSession):
            return
        log.info("generation %s: no longer mirrored here", generation_id)
        del self._by_generation[generation_id]
        task = self._removals.pop(generation_id, None)
        if task is not None:
            task.cancel()
        await held.suspend()
        await held.close()
        await asyncio.to_thread(self.spool.remove_generation, held.stream.id, generation_id)

    def mirrored_generations(self) -> list[str]:
        """Generations held here as mirrors of another node's."""
        return [gid for gid, s in self._by_generation.items() if not isinstance(s, LiveSession)]

    async def reconcile(
        self,
        active: Sequence[tuple[Stream, Generation]],
        finished: Sequence[tuple[Stream, Generation]],
        mirrored: Sequence[tuple[Stream, Generation, Sequence[Upstream]]] = (),
    ) -> Plan:
        """Bring the whole node in line with the store; at start it is the restore step.

        `active` is this node's active generations; `finished` the ended or
        failed generations that still have files here; `mirrored` the other
        nodes' active generations this node's edge serves, each with its route.
        Sessions are started (or resumed from their manifests) for the first;
        the second are served as they ended (ENDLIST) until their retention
        ends; the third are mirrored (and a mirror no longer listed while its
        generation is active is dropped); any other generation's files are
        removed now.
        """
        on_disk = await asyncio.to_thread(self.spool.existing_generations)
        streams = {generation.id: stream for stream, generation in finished}
        wanted = [(stream, generation) for stream, generation, _ in mirrored]
        steps = plan(
            active=[*active, *wanted],
            finished=[generation for _, generation in finished],
            running={gid: s.generation for gid, s in self._by_generation.items()},
            on_disk=on_disk,
            now=utcnow(),
            retention_s=self._retention_s,
        )
        listed = {generation.id for _, generation, _ in mirrored}
        for generation_id in self.mirrored_generations():
            held = self._by_generation[generation_id]
            if generation_id not in listed and held.generation.active and not held.ended:
                await self.unmirror(generation_id)
        for stream, generation, route in mirrored:
            await self.mirror(stream, generation, route)
        for stream, generation in steps.start:
            if not self.makes(generation):
                continue  # mirrored above
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
        if not isinstance(session, LiveSession) or session.ended or not session.generation.active:
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

    def transcoder_restarted(self, slug: str, count: int, reason: str) -> None:
        self.transcoder_restarts[slug] = self.transcoder_restarts.get(slug, 0) + 1
        log.warning("stream %s: transcoder restarted (%d): %s", slug, count, reason)

    def transcoder_slow(self, slug: str, speed: float) -> None:
        self.transcode_slow[slug] = self.transcode_slow.get(slug, 0) + 1

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
            transcoders=self._transcoders,
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
