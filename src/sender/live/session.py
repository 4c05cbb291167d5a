"""LiveSession: the live state of one generation on this node, and its one owner.

It holds a LiveRendition per rendition (reader, packager, what they made),
the generation's spool writer, the connected publisher (at most one) and the
timer that reports an auto-started generation whose encoder has been gone for
the idle time.

Data path: the publisher's FLV tags go to the media backend; the backend's
fMP4 output, rendition by rendition, goes to that rendition's reader and
packager; the packager's events become spool files and index changes, and each
change wakes the readers waiting on that rendition (and on the session).

A stream with a ladder: the publisher's transcoder (media.transcoder) writes
the rungs the source is tall enough for, each a rendition beside the copy,
the same way. What the backend does (a restart, a new file) touches the
copy's renditions only, what the transcoder does the rungs' only; the
multivariant playlist lists them highest bandwidth first once every rung
has its first segment (RUNG_WAIT_S at most).

Readers see it through the protocols they declare: delivery's LiveMedia
(hls.source), the stats' live view (stats.streams) and the dashboard's
session view (web.admin). What it learns that the store must record (the
first segment, a failed backend, an idle end, a rendition's codecs) goes out
as a domain.live event; its `generation` is only ever replaced by the
runtime, from the store.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Protocol

from sender.domain.generations import Generation
from sender.domain.ids import utcnow
from sender.domain.ladder import Rung
from sender.domain.live import (
    LiveEvent,
    MediaFailed,
    MediaStarted,
    PublisherIdle,
    RenditionDescribed,
)
from sender.domain.renditions import SOURCE, Rendition
from sender.domain.streams import Stream
from sender.errors import BusyError, PublishEnded
from sender.live.change import Changes
from sender.live.publisher import Publisher, TranscoderFactory
from sender.live.rendition import LiveRendition
from sender.media.backend import Assemble, BackendFactory
from sender.media.clock import InputTime
from sender.media.fmp4 import Fragment, InitSegment
from sender.media.index import RenditionIndex
from sender.media.manifest import Description
from sender.media.numbering import SegmentNumbering
from sender.media.packager import InitReady, PackagerEvent
from sender.media.profile import PackagingProfile
from sender.media.spool import Spool, SpoolWriter

log = logging.getLogger(__name__)

DEFAULT_TAKEOVER_AFTER_S = 2.0
# How long the multivariant playlist waits for a ladder's rungs' first segments. They
# close at the keyframe that closes the copy's, a frame's encoding later (x264 with no
# look-ahead): in tests/e2e/test_ladder.py they were ready when the copy went live.
# Below delivery's own wait (three segment targets), so the copy is listed in any case.
RUNG_WAIT_S = 2.0


class SessionFaults(Protocol):
    """Where a session reports what went wrong, for the node's counts (the runtime)."""

    def backend_restarted(self, slug: str, count: int, reason: str) -> None: ...
    def output_corrupt(self, slug: str, rendition: str) -> None: ...
    def spool_failed(self, slug: str, operation: str, error: OSError) -> None: ...
    def transcoder_restarted(self, slug: str, count: int, reason: str) -> None: ...
    def transcoder_slow(self, slug: str, speed: float) -> None: ...


class LiveSession:
    def __init__(
        self,
        *,
        stream: Stream,
        generation: Generation,
        profile: PackagingProfile,
        spool: Spool,
        backends: BackendFactory,
        emit: Callable[[LiveEvent], None],
        faults: SessionFaults,
        idle_end_s: float,
        numbering: SegmentNumbering | None = None,
        resumed: Mapping[str, tuple[RenditionIndex, Description]] | None = None,
        finished: bool = False,
        takeover_after_s: float = DEFAULT_TAKEOVER_AFTER_S,
        transcoders: TranscoderFactory | None = None,
    ) -> None:
        self.stream = stream
        self._transcoders = transcoders
        # The ladder of the current publish: the rungs kept (rung, width, height) and a
        # note for each dropped one; empty until the source's size is known.
        self.rungs: tuple[tuple[Rung, int, int], ...] = ()
        self.rung_notes: tuple[str, ...] = ()
        self._rungs_since: float | None = None  # monotonic: when the rungs were planned
        self.generation = generation
        self.profile = profile
        self._spool = spool
        self._backends = backends
        self._emit = emit
        self._faults = faults
        self._idle_end_s = idle_end_s
        self._takeover_after_s = takeover_after_s
        self._numbering = numbering or SegmentNumbering()
        self._renditions: dict[str, LiveRendition] = {}
        self.publisher: Publisher | None = None
        self.ended = False
        self._live_reported = False
        self.writer = SpoolWriter(f"stream {stream.slug}", on_error=self._spool_failed)
        self._changes = Changes()
        self._idle_task: asyncio.Task[None] | None = None
        self._attach_lock = asyncio.Lock()
        for name, restored in (resumed or {}).items():
            self._renditions[name] = self._rendition(name, restored)
            if finished:
                restored[0].finish()
        if finished:
            self.ended = True
            self._live_reported = True
        elif generation.auto_started:
            # Auto-started and (after a node restart) waiting for its encoder: it ends
            # after the idle time unless one attaches.
            self._idle_task = asyncio.create_task(
                self._idle_timer(), name=f"idle:{self.stream.slug}"
            )
        if any(r.index.retained for r in self._renditions.values()):
            self._live_reported = True  # it made segments before the restart

    @property
    def role(self) -> str:
        """This node makes the media (an edge's mirror says "edge")."""
        return "origin"

    # LiveMedia (hls.source) --------------------------------------------------------
    @property
    def generation_id(self) -> str:
        return self.generation.id

    @property
    def stream_id(self) -> str:
        return self.stream.id

    @property
    def segment_target_s(self) -> float:
        return self.profile.segment_target_s

    @property
    def renditions(self) -> Mapping[str, LiveRendition]:
        return self._renditions

    def rendition_names(self) -> Sequence[str]:
        return sorted(self._renditions)

    def index(self, rendition: str) -> RenditionIndex | None:
        state = self._renditions.get(rendition)
        return state.index if state else None

    def variants(self) -> Sequence[LiveRendition]:
        """The renditions ready to be listed, highest BANDWIDTH first (players start there).

        While a rung of the current publish has not yet made its first segment
        (the transcoder starts a little after the copy; its BANDWIDTH is
        measured from the segment), none: a player reads the multivariant
        playlist once, and would never see that rung. After RUNG_WAIT_S the
        ready ones are listed without it.
        """
        ready = [r for r in self._renditions.values() if r.codecs]
        since = self._rungs_since
        if since is not None and time.monotonic() - since < RUNG_WAIT_S:
            waiting = [
                rung.name
                for rung, _, _ in self.rungs
                if rung.name not in self._renditions
                or self._renditions[rung.name].bandwidth is None
            ]
            if waiting and self.publisher is not None and not self.ended:
                return []
        return sorted(ready, key=lambda r: (-(r.bandwidth or self._nominal_bps(r.name)), r.name))

    def _nominal_bps(self, rendition: str) -> int:
        """What a rendition not measured yet is listed at: its rung's bit rates, or the
        ingest's for the copy."""
        for rung, _, _ in self.rungs:
            if rung.name == rendition:
                return (rung.video_kbps + (rung.audio_kbps or 0)) * 1000
        return int(self.ingest_bps()) or 1

    def rung_names(self) -> frozenset[str]:
        return frozenset(rung.name for rung, _, _ in self.rungs)

    @property
    def transcode_speed(self) -> float | None:
        """The transcoder's speed (media.transcoder), None without one or before it is known."""
        return self.publisher.transcode_speed if self.publisher is not None else None

    @property
    def transcode_slow(self) -> bool:
        return self.publisher is not None and self.publisher.transcode_slow

    @property
    def transcoder_pid(self) -> int | None:
        return self.publisher.transcoder_pid if self.publisher is not None else None

    def init_bytes(self, rendition: str, name: str) -> bytes | None:
        state = self._renditions.get(rendition)
        return state.inits.get(name) if state else None

    def segment_bytes(self, rendition: str, msn: int) -> bytes | None:
        state = self._renditions.get(rendition)
        return state.held.get(msn) if state else None

    def media_path(self, rendition: str, name: str) -> Path | None:
        return self._spool.media_path(self.stream.id, self.generation.id, rendition, name)

    async def wait_changed(self, rendition: str | None, timeout: float) -> bool:
        return await self._changes.wait(rendition, timeout)

    def _notify(self, rendition: str | None = None) -> None:
        self._changes.notify(rendition)

    # Figures (stats.streams, web.admin) ---------------------------------------------
    def ingest_bps(self) -> float:
        publisher = self.publisher
        return publisher.ingest.bits_per_second() if publisher is not None else 0.0

    @property
    def spool_failing(self) -> bool:
        """The spool refused this generation's latest file operation (and none succeeded since)."""
        return self.writer.failing

    def _spool_failed(self, operation: str, error: OSError) -> None:
        self._faults.spool_failed(self.stream.slug, operation, error)

    # Publishing ----------------------------------------------------------------------
    async def attach(self, peer: str, key_id: str) -> Publisher:
        """Connect an encoder and start its backend.

        A second encoder is refused (BusyError) while the connected one is
        sending; one that has sent nothing for `takeover_after_s` is
        disconnected and the new one takes its place (an encoder that lost its
        connection without a FIN or RST reconnecting).
        """
        async with self._attach_lock:
            if self.ended:
                raise PublishEnded("generation has ended")
            current = self.publisher
            if current is not None:
                silent = current.silent_s()
                if silent < self._takeover_after_s:
                    raise BusyError(f"stream {self.stream.slug} already has a publisher")
                log.warning(
                    "stream %s: publisher %s sent nothing for %.1f s; %s takes over",
                    self.stream.slug,
                    current.peer,
                    silent,
                    peer,
                )
                await self.detach(current, "taken over by a new publish")
            publisher = Publisher(
                self,
                peer=peer,
                key_id=key_id,
                backends=self._backends,
                log_name=self.stream.slug,
                ladder=self.stream.ladder,
                transcoders=self._transcoders,
            )
            self.rungs, self.rung_notes, self._rungs_since = (), (), None
            # Its backend writes new files: what the last one left (half a box, an
            # unreadable file) does not carry over.
            for state in self._renditions.values():
                state.new_file()
            await publisher.start()  # BackendError propagates to the caller
            self.publisher = publisher
            self._cancel_idle()
            log.info(
                "stream %s: publisher %s connected (key %s.***)", self.stream.slug, peer, key_id
            )
            return publisher

    async def detach(self, publisher: Publisher, reason: str) -> None:
        if self.publisher is not publisher:
            return
        await publisher.close()
        self.publisher = None
        log.info("stream %s: publisher %s left (%s)", self.stream.slug, publisher.peer, reason)
        if self.generation.auto_started and not self.ended:
            self._cancel_idle()
            self._idle_task = asyncio.create_task(
                self._idle_timer(), name=f"idle:{self.stream.slug}"
            )
        self._notify()

    async def _idle_timer(self) -> None:
        await asyncio.sleep(self._idle_end_s)
        if self.publisher is None and not self.ended:
            log.info(
                "stream %s: no publisher for %.0f s, ending the auto-started generation",
                self.stream.slug,
                self._idle_end_s,
            )
            self._emit(PublisherIdle(self.stream.id, self.generation.id))

    def _cancel_idle(self) -> None:
        task, self._idle_task = self._idle_task, None
        if task is not None and task is not asyncio.current_task():
            task.cancel()

    # The publisher's backend ----------------------------------------------------------
    def backend_output(self, rendition: str, data: bytes, ingest: InputTime) -> None:
        if self.ended:
            return
        state = self._renditions.get(rendition)
        if state is None:
            state = self._renditions[rendition] = self._rendition(rendition, None)
        was_broken = state.broken
        events = state.feed(data, utcnow(), ingest)
        if state.broken and not was_broken:
            self._output_corrupt(state)
        self._store(state, events)
        if any(isinstance(e, InitReady) for e in events) or state.redescribed:
            # New codecs, size, frame rate or a higher bit rate: the store records them.
            state.redescribed = False
            self._emit(RenditionDescribed(self.rendition_record(rendition)))

    def backend_media(
        self,
        rendition: str,
        items: Sequence[InitSegment | Fragment],
        assemble: Assemble,
        ingest: InputTime,
    ) -> None:
        """What an in-process backend made (no bytes to read): straight to the packager."""
        if self.ended:
            return
        state = self._renditions.get(rendition)
        if state is None:
            state = self._renditions[rendition] = self._rendition(rendition, None)
        events = state.take(items, utcnow(), ingest, assemble)
        self._store(state, events)
        if any(isinstance(e, InitReady) for e in events) or state.redescribed:
            state.redescribed = False
            self._emit(RenditionDescribed(self.rendition_record(rendition)))

    def backend_timeline(self, rendition: str, reason: str) -> None:
        state = self._renditions.get(rendition)
        if state is None or self.ended:
            return
        log.info("stream %s: %s: a discontinuity", self.stream.slug, reason)
        self._store(state, state.rebase(utcnow()))

    def _rendition(
        self, name: str, resumed: tuple[RenditionIndex, Description] | None
    ) -> LiveRendition:
        return LiveRendition(
            name,
            profile=self.profile,
            numbering=self._numbering,
            directory=self._spool.rendition_dir(self.stream.id, self.generation.id, name),
            writer=self.writer,
            log_name=self.stream.slug,
            resumed=resumed,
        )

    def _output_corrupt(self, state: LiveRendition) -> None:
        """The rendition cannot read its backend's output: nothing more of it can be trusted.

        The backend is asked for a new process, whose output is a new file in
        every rendition (`backend_restarted`); until then this one's is dropped.
        """
        self._faults.output_corrupt(self.stream.slug, state.name)
        publisher = self.publisher
        if publisher is None:
            return
        reason = f"unreadable output of rendition {state.name}"
        if state.name in self.rung_names():
            publisher.restart_transcoder(reason)
        else:
            publisher.restart_backend(reason)

    def _backend_renditions(self) -> list[LiveRendition]:
        """The renditions the media backend writes (not the transcoder's rungs)."""
        rungs = self.rung_names()
        return [s for name, s in self._renditions.items() if name not in rungs]

    def _rung_renditions(self) -> list[LiveRendition]:
        rungs = self.rung_names()
        return [s for name, s in self._renditions.items() if name in rungs]

    def backend_restarted(self, count: int, reason: str) -> None:
        # A new backend process starts a new fMP4 file in each of its renditions.
        for state in self._backend_renditions():
            state.new_file()
        self._faults.backend_restarted(self.stream.slug, count, reason)

    def backend_renewed(self, reason: str) -> None:
        # The input's timeline broke (a jump, new parameters): a new file, no failure.
        for state in self._backend_renditions():
            state.new_file()
        log.info("stream %s: new media file: %s", self.stream.slug, reason)

    # The ladder's transcoder ------------------------------------------------------------
    def ladder_planned(self, rungs: Sequence[tuple[Rung, int, int]], notes: Sequence[str]) -> None:
        self.rungs, self.rung_notes = tuple(rungs), tuple(notes)
        self._rungs_since = time.monotonic() if rungs else None
        for note in notes:
            log.info("stream %s: %s", self.stream.slug, note)

    def rung_output(self, rendition: str, data: bytes, ingest: InputTime) -> None:
        self.backend_output(rendition, data, ingest)

    def rungs_restarted(self, count: int, reason: str) -> None:
        # Only the rungs start a new file; the copy goes on.
        for state in self._rung_renditions():
            state.new_file()
        self._faults.transcoder_restarted(self.stream.slug, count, reason)

    def rungs_renewed(self, reason: str) -> None:
        for state in self._rung_renditions():
            state.new_file()

    def rungs_failed(self, reason: str) -> None:
        # The copy goes on; the rungs' playlists stop growing (and the endpoint degrades).
        log.error("stream %s: the transcoder gave up, rungs stopped: %s", self.stream.slug, reason)
        self.rung_notes = (*self.rung_notes, f"transcoder failed: {reason}")

    def transcoder_slow(self, speed: float) -> None:
        self._faults.transcoder_slow(self.stream.slug, speed)

    def backend_failed(self, reason: str) -> None:
        self._emit(MediaFailed(self.stream.id, self.generation.id, reason))

    def _store(self, state: LiveRendition, events: list[PackagerEvent]) -> None:
        completed = state.store(events)
        if completed and not self._live_reported and state.name == SOURCE:
            self._live_reported = True
            self._emit(MediaStarted(self.stream.id, self.generation.id))
        if events:
            self._notify(state.name)

    def rendition_record(self, rendition: str) -> Rendition:
        state = self._renditions[rendition]
        return Rendition(
            generation_id=self.generation.id,
            name=rendition,
            width=state.width,
            height=state.height,
            bandwidth=state.bandwidth,
            codecs=state.codecs,
            frame_rate=state.frame_rate,
        )

    # Ending ----------------------------------------------------------------------------
    async def finish(self) -> None:
        """The generation ended: disconnect the publisher, close the playlists (ENDLIST)."""
        if self.ended:
            return
        self._cancel_idle()
        publisher, self.publisher = self.publisher, None
        if publisher is not None:
            await publisher.close()  # flushes the backend's last fragment into the packager
        self.ended = True
        now = utcnow()
        for state in self._renditions.values():
            self._store(state, state.finish(now))
        self._notify()
        await self.writer.flush()

    async def suspend(self) -> None:
        """Node shutdown: stop the publisher and flush files; the generation stays active."""
        self._cancel_idle()
        publisher, self.publisher = self.publisher, None
        if publisher is not None:
            await publisher.close()
        self._notify()
        await self.writer.flush()

    async def close(self) -> None:
        """Release everything this session owns (after finish or suspend)."""
        self._cancel_idle()
        if self._idle_task is not None:
            with contextlib.suppress(asyncio.CancelledError):
                await self._idle_task
        await self.writer.close()
