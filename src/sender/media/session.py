"""MediaSession: the live state of one generation on this node.

It is the single owner of that state: the packager of each rendition, the
generation's spool writer, the connected publisher (at most one) and the timer
that ends an auto-started generation once its encoder has been gone too long.

Data path: the publisher's FLV tags go to a media backend (ffmpeg); the
backend's fragmented MP4 goes through an Fmp4Reader to the packager; the
packager's events become spool files and index changes. Readers of the index
(playlist requests) wait on `wait_changed`, which is released on every change.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Protocol

from sender.config import Settings
from sender.domain.generations import Generation
from sender.domain.ids import utcnow
from sender.domain.renditions import SOURCE, Rendition
from sender.domain.streams import Stream
from sender.errors import Fmp4Error, SenderError
from sender.media.backend import MediaBackend
from sender.media.fmp4 import Fmp4Reader, Fragment, InitSegment
from sender.media.packager import (
    InitReady,
    Packager,
    PackagerEvent,
    PartReady,
    RenditionIndex,
    SegmentReady,
    SegmentsExpired,
)
from sender.media.spool import Spool, SpoolWriter
from sender.rtmp.flv import FlvTag, is_video_keyframe, is_video_sequence_header

log = logging.getLogger(__name__)

RECENT_SEGMENTS = 3  # per rendition, kept in memory after they are written

OutputCallback = Callable[[str, bytes], None]
RestartCallback = Callable[[int, str], None]
FailedCallback = Callable[[str], None]
BackendFactory = Callable[[OutputCallback, RestartCallback, FailedCallback], MediaBackend]


class PublishEnded(SenderError):
    """Raised into the ingest connection when its generation was stopped: it closes."""


class SessionOwner(Protocol):
    """What a session needs from the node: state changes that go to the store."""

    def session_live(self, session: MediaSession) -> None: ...
    def session_rendition(self, session: MediaSession, rendition: Rendition) -> None: ...
    def session_failed(self, session: MediaSession, reason: str) -> None: ...
    def session_idle(self, session: MediaSession) -> None: ...
    def session_backend_restarted(self, session: MediaSession, count: int, reason: str) -> None: ...


@dataclass(slots=True)
class RenditionState:
    packager: Packager
    inits: dict[str, bytes]  # init name -> bytes, kept for the generation's life (small)
    tracks: tuple[object, ...] = ()
    codecs: str | None = None
    width: int | None = None
    height: int | None = None
    peak_bps: float = 0.0
    segments_total: int = 0
    # The newest segments' bytes, as the packager joined them once: the most
    # requested files, served without touching the disk or joining parts again.
    recent: dict[int, bytes] = field(default_factory=dict)
    anchored: bool = False  # the packager has dated a fragment since the last init


class RateMeter:
    """Bytes per second over a sliding window of a few seconds."""

    def __init__(self, window_s: float = 5.0) -> None:
        self.window_s = window_s
        self.samples: deque[tuple[float, int]] = deque()
        self.total = 0

    def add(self, now: float, nbytes: int) -> None:
        self.total += nbytes
        self.samples.append((now, nbytes))
        self._trim(now)

    def bits_per_second(self, now: float) -> float:
        self._trim(now)
        if not self.samples:
            return 0.0
        span = max(now - self.samples[0][0], 1.0)
        return sum(n for _, n in self.samples) * 8 / span

    def _trim(self, now: float) -> None:
        while self.samples and now - self.samples[0][0] > self.window_s:
            self.samples.popleft()


class Publisher:
    """One connected encoder feeding the session: the ingest server's MediaSink."""

    def __init__(
        self, session: MediaSession, peer: str, key_id: str, backend_factory: BackendFactory
    ) -> None:
        self.session = session
        self.peer = peer
        self.key_id = key_id
        self.connected_at = utcnow()
        self.ingest = RateMeter()
        self.video_codec_id: int | None = None
        self.audio_codec_id: int | None = None
        self._reader = Fmp4Reader()
        self._reader_broken = False
        self._closed = False
        # The ingest clock of the current ffmpeg process's media: the FLV timestamp of
        # the first keyframe fed to it, and min(arrival - FLV timestamp) over the tags
        # since. The minimum, not the first arrival: encoders send a burst on connect
        # (ffmpeg -re sends half a second at once), which arrives later than it was made.
        self._first_keyframe_ms: int | None = None
        self._clock_offset: datetime | None = None
        self.backend = backend_factory(self._on_output, self._on_restart, self._on_failed)

    # MediaSink -------------------------------------------------------------
    async def on_tag(self, tag: FlvTag) -> None:
        if self._closed:
            raise PublishEnded("the generation this encoder publishes to has ended")
        if tag.type == 9 or tag.type == 8:
            self._observe_clock(tag)
        if tag.type == 9 and tag.data and self.video_codec_id is None:
            self.video_codec_id = tag.data[0] & 0x0F
        elif tag.type == 8 and tag.data and self.audio_codec_id is None:
            self.audio_codec_id = tag.data[0] >> 4
        await self.backend.send(tag)

    def _observe_clock(self, tag: FlvTag) -> None:
        if self._first_keyframe_ms is None:
            if not (
                tag.type == 9
                and is_video_keyframe(tag.data)
                and not is_video_sequence_header(tag.data)
            ):
                return
            self._first_keyframe_ms = tag.timestamp
        offset = utcnow() - timedelta(milliseconds=tag.timestamp)
        if self._clock_offset is None or offset < self._clock_offset:
            self._clock_offset = offset

    @property
    def keyframe_at(self) -> datetime | None:
        """When, by ingest, the media of the current ffmpeg process began."""
        if self._first_keyframe_ms is None or self._clock_offset is None:
            return None
        return self._clock_offset + timedelta(milliseconds=self._first_keyframe_ms)

    def on_bytes(self, nbytes: int) -> None:
        """Raw RTMP bytes from the ingest server: the ingest bit rate."""
        self.ingest.add(asyncio.get_running_loop().time(), nbytes)

    async def on_end(self, reason: str) -> None:
        await self.session.detach(self, reason)

    # Backend callbacks -----------------------------------------------------
    def _on_output(self, rendition: str, data: bytes) -> None:
        if self._reader_broken:
            return
        try:
            items = self._reader.feed(data)
        except Fmp4Error as exc:
            # The backend's output is corrupt; nothing more from this process can be trusted.
            log.error("stream %s: unreadable backend output: %s", self.session.stream.slug, exc)
            self._reader_broken = True
            return
        for item in items:
            self.session.ingest(rendition, item, keyframe_at=self.keyframe_at)

    def _on_restart(self, count: int, reason: str) -> None:
        # A new ffmpeg process starts a new fMP4 file: ftyp, moov, fragments.
        self._reader = Fmp4Reader()
        self._reader_broken = False
        # The new process resumes at the next keyframe: a new clock from there.
        self._first_keyframe_ms = None
        self._clock_offset = None
        self.session.owner.session_backend_restarted(self.session, count, reason)

    def _on_failed(self, reason: str) -> None:
        self._closed = True
        self.session.owner.session_failed(self.session, reason)

    async def close(self) -> None:
        """Stop feeding: let the backend flush its last fragment and exit."""
        self._closed = True
        await self.backend.stop()


class MediaSession:
    def __init__(
        self,
        *,
        stream: Stream,
        generation: Generation,
        settings: Settings,
        spool: Spool,
        backend_factory: Callable[[MediaSession], BackendFactory],
        owner: SessionOwner,
        first_msn: int = 0,
        first_init_id: int = 0,
    ) -> None:
        self.stream = stream
        self.generation = generation
        self.settings = settings
        self.spool = spool
        self.owner = owner
        self._backend_factory = backend_factory
        self._first_msn = first_msn
        self._first_init_id = first_init_id
        self.renditions: dict[str, RenditionState] = {}
        self.publisher: Publisher | None = None
        self.ended = False
        self.live_reported = False
        self.egress_bytes = 0
        # Rendered media playlists: (rendition, low_latency, skip, query) ->
        # (index versions they were rendered at, text). Owned here, used by delivery.
        self.rendered: dict[tuple[str, bool, bool, str], tuple[tuple[int, ...], str]] = {}
        self.writer = SpoolWriter(generation.id)
        self._changed = asyncio.Event()
        self._idle_task: asyncio.Task[None] | None = None
        self._attach_lock = asyncio.Lock()

    # Index access for delivery ---------------------------------------------------
    def index(self, rendition: str) -> RenditionIndex | None:
        state = self.renditions.get(rendition)
        return state.packager.index if state else None

    def segment_data(self, rendition: str, msn: int) -> bytes | None:
        state = self.renditions.get(rendition)
        return state.recent.get(msn) if state else None

    def init_data(self, rendition: str, name: str) -> bytes | None:
        state = self.renditions.get(rendition)
        return state.inits.get(name) if state else None

    async def wait_changed(self, timeout: float) -> bool:
        """Wait until the index changes (any rendition) or the session ends; False on timeout."""
        event = self._changed
        try:
            async with asyncio.timeout(timeout):
                await event.wait()
        except TimeoutError:
            return False
        return True

    def _notify(self) -> None:
        event, self._changed = self._changed, asyncio.Event()
        event.set()

    # Publishing ----------------------------------------------------------------------
    async def attach(self, peer: str, key_id: str) -> Publisher:
        """Connect an encoder; refuses a second one. Starts its backend."""
        async with self._attach_lock:
            if self.ended:
                raise PublishEnded("generation has ended")
            if self.publisher is not None:
                raise BusyError(f"stream {self.stream.slug} already has a publisher")
            publisher = Publisher(self, peer, key_id, self._backend_factory(self))
            await publisher.backend.start()  # BackendError propagates to the caller
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
        await asyncio.sleep(self.settings.idle_end_s)
        if self.publisher is None and not self.ended:
            log.info(
                "stream %s: no publisher for %.0f s, ending the auto-started generation",
                self.stream.slug,
                self.settings.idle_end_s,
            )
            self.owner.session_idle(self)

    def _cancel_idle(self) -> None:
        task, self._idle_task = self._idle_task, None
        if task is not None and task is not asyncio.current_task():
            task.cancel()

    # Packaging -------------------------------------------------------------------------
    def ingest(
        self,
        rendition: str,
        item: InitSegment | Fragment,
        *,
        keyframe_at: datetime | None = None,
    ) -> None:
        """Feed one init or fragment of the backend's output to its packager.

        `keyframe_at` is when the keyframe that starts the backend's output arrived
        over RTMP. The packager dates media from the first fragment after each init;
        given that arrival time it dates it by ingest, as the HLS dates must be,
        instead of by the moment ffmpeg got round to writing it (which lags by its
        start-up, a few hundred milliseconds).
        """
        if self.ended:
            return
        now = utcnow()
        state = self.renditions.get(rendition)
        if state is None:
            state = RenditionState(
                packager=Packager(
                    rendition,
                    segment_target_s=self.settings.segment_target_s,
                    part_target_s=self.settings.part_target_s,
                    window_segments=self.settings.live_window_segments,
                    keep_segments=self.settings.spool_keep_segments,
                    first_msn=self._first_msn,
                    first_init_id=self._first_init_id,
                ),
                inits={},
            )
            self.renditions[rendition] = state
        if isinstance(item, InitSegment):
            self._describe(rendition, state, item)
            state.anchored = False
            events = state.packager.on_init(item, now)
        else:
            if not state.anchored and item.independent:
                state.anchored = True
                if keyframe_at is not None and keyframe_at < now:
                    # The packager takes `now` as the end of this fragment's media.
                    now = keyframe_at + timedelta(seconds=item.duration_s)
            events = state.packager.on_fragment(item, now)
        self._apply(rendition, state, events)

    def _describe(self, rendition: str, state: RenditionState, init: InitSegment) -> None:
        codecs = ",".join(t.codec for t in init.tracks if t.codec)
        video = next((t for t in init.tracks if t.kind == "video"), None)
        state.codecs = codecs or None
        state.width = video.width if video else None
        state.height = video.height if video else None
        self.owner.session_rendition(self, self.rendition_record(rendition))

    def rendition_record(self, rendition: str) -> Rendition:
        state = self.renditions[rendition]
        return Rendition(
            generation_id=self.generation.id,
            name=rendition,
            width=state.width,
            height=state.height,
            bandwidth=int(state.peak_bps) or None,
            codecs=state.codecs,
        )

    def _apply(self, rendition: str, state: RenditionState, events: list[PackagerEvent]) -> None:
        directory = self.spool.rendition_dir(self.stream.id, self.generation.id, rendition)
        for event in events:
            if isinstance(event, InitReady):
                state.inits[event.name] = event.data
                self.writer.write(directory / event.name, event.data)
            elif isinstance(event, SegmentReady):
                self.writer.write(directory / event.segment.name, event.data)
                state.recent[event.segment.msn] = event.data
                for old in [m for m in state.recent if m <= event.segment.msn - RECENT_SEGMENTS]:
                    del state.recent[old]
                state.segments_total += 1
                if event.segment.duration > 0:
                    bps = len(event.data) * 8 / event.segment.duration
                    state.peak_bps = max(state.peak_bps, bps)
                if not self.live_reported and rendition == SOURCE:
                    self.live_reported = True
                    self.owner.session_live(self)
            elif isinstance(event, SegmentsExpired):
                self.writer.remove([directory / name for name in event.names])
            elif isinstance(event, PartReady):
                pass  # parts are served from the index's memory
        if events:
            self._notify()

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
        for name, state in self.renditions.items():
            self._apply(name, state, state.packager.finish(now))
        self._notify()
        await self.writer.flush()

    async def suspend(self) -> None:
        """Server shutdown: stop the publisher and flush files; the generation stays active."""
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

    def ingest_bps(self) -> float:
        publisher = self.publisher
        if publisher is None:
            return 0.0
        return publisher.ingest.bits_per_second(asyncio.get_running_loop().time())


class BusyError(SenderError):
    """A second encoder tried to publish to a stream that already has one."""
