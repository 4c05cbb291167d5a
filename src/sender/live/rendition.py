"""One rendition of a live session: its fMP4 reader, its packager, and what they made.

Each rendition reads its own backend output (one fMP4 file per backend
process), so a ladder's rungs never share a reader's state. What the packager
makes goes to the generation's spool writer (files) and stays in memory as far
as delivery serves it from there: init segments (small, for the generation's
life), the open segment's parts, and complete segments by media.held's rule
(the newest, and any whose file is not on disk yet or was refused by it).
With every segment the rendition's manifest (media.manifest) is written too,
so a node that restarts resumes the generation where its playlists stood.

It also describes itself, as the multivariant playlist and the store show it:
codecs and size from the init segment, the frame rate from the video samples'
durations, the peak bit rate of a segment and the average over all of them.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Sequence
from datetime import datetime, timedelta
from pathlib import Path

from sender.errors import Fmp4Error
from sender.media.backend import Assemble
from sender.media.clock import InputTime
from sender.media.fmp4 import Fmp4Reader, Fragment, InitSegment
from sender.media.held import HeldSegments
from sender.media.index import RenditionIndex
from sender.media.manifest import MANIFEST, Description, dump
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

# The peak bit rate is reported to the store again when it grew by this much.
REPORT_GROWTH = 1.1


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
        resumed: tuple[RenditionIndex, Description] | None = None,
    ) -> None:
        self.name = name
        self.packager = Packager(
            name, profile, numbering, resumed=resumed[0] if resumed is not None else None
        )
        self._directory = directory
        self._writer = writer
        self._log_name = log_name
        self._reader = Fmp4Reader()
        self._broken = False
        self._first_decode: float | None = None  # the file's first keyframe, decode time
        self._following = False  # the packager numbers this file by input time
        self._has_video = False  # the current file's init has a video track
        self.inits: dict[str, bytes] = {}  # init name -> bytes, for the generation's life
        self.held = HeldSegments(lambda: self.packager.index)
        described = resumed[1] if resumed is not None else Description()
        self.codecs: str | None = described.codecs
        self.width: int | None = described.width
        self.height: int | None = described.height
        self.frame_rate: float | None = described.frame_rate
        self.peak_bps = described.peak_bps
        self._average_bps = described.average_bps
        self.segments_total = 0
        self._segment_bytes = 0
        self._segment_seconds = 0.0
        self._frames = 0  # video samples seen, and their duration: the frame rate
        self._frames_s = 0.0
        self._reported_peak = 0.0
        self.redescribed = False  # set when the store should hear of new figures

    # What readers see --------------------------------------------------------------
    @property
    def index(self) -> RenditionIndex:
        return self.packager.index

    @property
    def bandwidth(self) -> int | None:
        return int(self.peak_bps) or None

    @property
    def average_bandwidth(self) -> int | None:
        if self._segment_seconds > 0:
            return int(self._segment_bytes * 8 / self._segment_seconds) or None
        return int(self._average_bps) if self._average_bps else None

    def description(self) -> Description:
        average = self.average_bandwidth
        return Description(
            codecs=self.codecs,
            width=self.width,
            height=self.height,
            frame_rate=self.frame_rate,
            peak_bps=self.peak_bps,
            average_bps=float(average) if average is not None else None,
        )

    @property
    def broken(self) -> bool:
        """The current backend output could not be read; the rest of it is dropped."""
        return self._broken

    # Feeding -------------------------------------------------------------------------
    def new_file(self) -> None:
        """The backend restarted: its output is a new fMP4 file (ftyp, moov, fragments)."""
        self._reader = Fmp4Reader()
        self._broken = False

    def feed(self, data: bytes, now: datetime, ingest: InputTime) -> list[PackagerEvent]:
        """Bytes of the backend's output; returns what the packager made of them.

        `ingest` is where the keyframe that starts the backend's output lies
        (media.clock): when it arrived over RTMP, and its input timestamp. The
        packager dates media from the first fragment after each init; given
        that arrival time it dates it by ingest, as the HLS dates must be,
        instead of by the moment the backend got round to writing it (which
        lags by its start-up, a few hundred milliseconds). By the input
        timestamp it numbers segments alike across renditions made by other
        processes (the copy and a ladder's rungs).
        """
        if self._broken:
            return []
        try:
            items = self._reader.feed(data)
        except Fmp4Error as exc:
            self._unreadable(exc)
            return []
        events: list[PackagerEvent] = []
        for item in items:
            events += self._package(item, now, ingest)
        if self._reader.error is not None:  # what came before the bad box is packaged
            self._unreadable(self._reader.error)
        return events

    def _unreadable(self, exc: Fmp4Error) -> None:
        # The backend's output is corrupt; nothing more from this file can be trusted.
        log.error("%s/%s: unreadable backend output: %s", self._log_name, self.name, exc)
        self._broken = True

    def take(
        self,
        items: Sequence[InitSegment | Fragment],
        now: datetime,
        ingest: InputTime,
        assemble: Assemble,
    ) -> list[PackagerEvent]:
        """What an in-process backend made (no reader): init segments and frame units."""
        events: list[PackagerEvent] = []
        for item in items:
            events += self._package(item, now, ingest, assemble)
        return events

    def rebase(self, now: datetime) -> list[PackagerEvent]:
        """The backend re-based its timeline: a discontinuity within the init."""
        self._first_decode = None
        self._following = False
        return self.packager.on_discontinuity(now)

    def _package(
        self,
        item: InitSegment | Fragment,
        now: datetime,
        ingest: InputTime,
        assemble: Assemble | None = None,
    ) -> list[PackagerEvent]:
        if isinstance(item, InitSegment):
            self._describe(item)
            self._first_decode = None
            self._following = False
            return self.packager.on_init(item, now)
        self._count_frames(item)
        if self._first_decode is None and item.independent and self._is_main(item):
            self._first_decode = item.decode_time_s
        if not self._following and self._first_decode is not None and ingest.keyframe_s is not None:
            self._following = True
            self.packager.follow_input(ingest.epoch, ingest.keyframe_s - self._first_decode)
        keyframe_at = ingest.keyframe_at
        if self._first_decode is not None and keyframe_at is not None:
            # By ingest: the keyframe that starts this file arrived at `keyframe_at`, so this
            # fragment's media ends that much later (while the packager has not anchored
            # its dates yet; the estimate improves as the connect burst arrives).
            ingested = keyframe_at + timedelta(
                seconds=item.decode_time_s + item.duration_s - self._first_decode
            )
            now = min(now, ingested)
        return self.packager.on_fragment(item, now, assemble)

    def finish(self, now: datetime) -> list[PackagerEvent]:
        return self.packager.finish(now)

    def _is_main(self, fragment: Fragment) -> bool:
        """Does the fragment carry the main track (video when the rendition has it)?

        The file's first keyframe is its first video frame: audio that a muxer
        wrote before it is independent too, but is not what the ingest clock
        (media.clock) dates.
        """
        if not self._has_video or not fragment.tracks:
            return True
        return any(t.kind == "video" and t.sample_count for t in fragment.tracks)

    def _count_frames(self, fragment: Fragment) -> None:
        for run in fragment.tracks:
            if run.kind == "video" and run.sample_count and run.duration_s > 0:
                self._frames += run.sample_count
                self._frames_s += run.duration_s
        if self._frames >= 2 and self._frames_s > 0:
            rate = round(self._frames / self._frames_s, 3)
            if self.frame_rate is None or abs(rate - self.frame_rate) >= 0.01:
                self.frame_rate = rate

    def _describe(self, init: InitSegment) -> None:
        codecs = ",".join(t.codec for t in init.tracks if t.codec)
        video = init.video
        self._has_video = video is not None
        self.codecs = codecs or None
        self.width = video.width if video else None
        self.height = video.height if video else None

    # What was made -------------------------------------------------------------------
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
                self.held.add(segment.msn, event.data)
                self._writer.write(
                    self._directory / segment.name,
                    event.data,
                    on_written=functools.partial(self.held.written, segment.msn),
                )
                self.segments_total += 1
                if segment.duration > 0:
                    self.peak_bps = max(self.peak_bps, len(event.data) * 8 / segment.duration)
                    self._segment_bytes += len(event.data)
                    self._segment_seconds += segment.duration
                if self.peak_bps > self._reported_peak * REPORT_GROWTH:
                    self._reported_peak = self.peak_bps
                    self.redescribed = True
                completed.append(event)
            elif isinstance(event, SegmentsExpired):
                self._writer.remove([self._directory / name for name in event.names])
                self.held.expired(event.names)
            elif isinstance(event, PartReady):
                pass  # the open segment's parts are served from the index's memory
        if any(isinstance(e, SegmentReady | SegmentsExpired) for e in events) or (
            events and self.index.ended
        ):
            self._writer.write(self._directory / MANIFEST, dump(self.index, self.description()))
        return completed
