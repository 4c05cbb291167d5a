"""One rendition of a live session: its fMP4 reader, its packager, and what they made.

Each rendition reads its own backend output (one fMP4 file per backend
process), so a ladder's rungs never share a reader's state. What the packager
makes goes to the generation's spool writer (files) and stays in memory as far
as delivery serves it from there: init segments (small, for the generation's
life) and the newest segments' bytes (the most requested files, served
without touching the disk or joining parts again). A segment whose file did
not reach the disk stays in memory until it expires from the spool, so every
segment the playlist lists can be served.
"""

from __future__ import annotations

import functools
import logging
from datetime import datetime, timedelta
from pathlib import Path

from sender.errors import Fmp4Error
from sender.media.fmp4 import Fmp4Reader, Fragment, InitSegment
from sender.media.index import RenditionIndex
from sender.media.names import SegmentName, parse_name
from sender.media.numbering import SegmentNumbering
from sender.media.packager import (
    InitReady,
    Packager,
    PackagerEvent,
    PartReady,
    SegmentReady,
    SegmentsExpired,
)
from sender.media.profile import PackagingProfile
from sender.media.spool import SpoolWriter

log = logging.getLogger(__name__)

RECENT_SEGMENTS = 3  # segments' bytes kept in memory after they are written


class LiveRendition:
    def __init__(
        self,
        name: str,
        *,
        profile: PackagingProfile,
        numbering: SegmentNumbering,
        directory: Path,
        writer: SpoolWriter,
        log_name: str,
    ) -> None:
        self.name = name
        self.packager = Packager(name, profile, numbering)
        self._directory = directory
        self._writer = writer
        self._log_name = log_name
        self._reader = Fmp4Reader()
        self._broken = False
        self._anchored = False  # the packager has dated a fragment since the last init
        self.inits: dict[str, bytes] = {}  # init name -> bytes, for the generation's life
        self.recent: dict[int, bytes] = {}  # msn -> the newest segments' bytes
        self._unwritten: set[int] = set()  # msns in `recent` whose file is not on disk
        self.codecs: str | None = None
        self.width: int | None = None
        self.height: int | None = None
        self.frame_rate: float | None = None
        self.peak_bps = 0.0
        self.segments_total = 0

    # What readers see --------------------------------------------------------------
    @property
    def index(self) -> RenditionIndex:
        return self.packager.index

    @property
    def bandwidth(self) -> int | None:
        return int(self.peak_bps) or None

    @property
    def average_bandwidth(self) -> int | None:
        return None

    @property
    def broken(self) -> bool:
        """The current backend output could not be read; the rest of it is dropped."""
        return self._broken

    # Feeding -------------------------------------------------------------------------
    def new_file(self) -> None:
        """The backend restarted: its output is a new fMP4 file (ftyp, moov, fragments)."""
        self._reader = Fmp4Reader()
        self._broken = False

    def feed(self, data: bytes, now: datetime, keyframe_at: datetime | None) -> list[PackagerEvent]:
        """Bytes of the backend's output; returns what the packager made of them.

        `keyframe_at` is when the keyframe that starts the backend's output
        arrived over RTMP. The packager dates media from the first fragment
        after each init; given that arrival time it dates it by ingest, as the
        HLS dates must be, instead of by the moment the backend got round to
        writing it (which lags by its start-up, a few hundred milliseconds).
        """
        if self._broken:
            return []
        try:
            items = self._reader.feed(data)
        except Fmp4Error as exc:
            # The backend's output is corrupt; nothing more from this file can be trusted.
            log.error("%s/%s: unreadable backend output: %s", self._log_name, self.name, exc)
            self._broken = True
            return []
        events: list[PackagerEvent] = []
        for item in items:
            events += self._package(item, now, keyframe_at)
        return events

    def _package(
        self, item: InitSegment | Fragment, now: datetime, keyframe_at: datetime | None
    ) -> list[PackagerEvent]:
        if isinstance(item, InitSegment):
            self._describe(item)
            self._anchored = False
            return self.packager.on_init(item, now)
        if not self._anchored and item.independent:
            self._anchored = True
            if keyframe_at is not None and keyframe_at < now:
                # The packager takes `now` as the end of this fragment's media.
                now = keyframe_at + timedelta(seconds=item.duration_s)
        return self.packager.on_fragment(item, now)

    def finish(self, now: datetime) -> list[PackagerEvent]:
        return self.packager.finish(now)

    def _describe(self, init: InitSegment) -> None:
        codecs = ",".join(t.codec for t in init.tracks if t.codec)
        video = init.video
        self.codecs = codecs or None
        self.width = video.width if video else None
        self.height = video.height if video else None

    # What was made -------------------------------------------------------------------
    def _unwritten_file(self, msn: int, data: bytes) -> None:
        """The spool could not take segment `msn`: serve it from memory while it is retained."""
        if self.index.segment(msn) is not None:
            self.recent[msn] = data
            self._unwritten.add(msn)

    def store(self, events: list[PackagerEvent]) -> list[SegmentReady]:
        """Write the files the events carry and keep what is served from memory.

        Returns the segments that completed (the session reports the first one).
        """
        completed: list[SegmentReady] = []
        for event in events:
            if isinstance(event, InitReady):
                self.inits[event.name] = event.data
                self._writer.write(self._directory / event.name, event.data)
            elif isinstance(event, SegmentReady):
                segment = event.segment
                self.recent[segment.msn] = event.data
                self._writer.write(
                    self._directory / segment.name,
                    event.data,
                    on_failed=functools.partial(self._unwritten_file, segment.msn, event.data),
                )
                for old in [m for m in self.recent if m <= segment.msn - RECENT_SEGMENTS]:
                    if old not in self._unwritten:
                        del self.recent[old]
                self.segments_total += 1
                if segment.duration > 0:
                    self.peak_bps = max(self.peak_bps, len(event.data) * 8 / segment.duration)
                completed.append(event)
            elif isinstance(event, SegmentsExpired):
                self._writer.remove([self._directory / name for name in event.names])
                for name in event.names:
                    named = parse_name(name)
                    if isinstance(named, SegmentName) and named.msn in self._unwritten:
                        self._unwritten.discard(named.msn)
                        self.recent.pop(named.msn, None)
            elif isinstance(event, PartReady):
                pass  # parts are served from the index's memory
        return completed
