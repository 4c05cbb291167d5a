"""Packager: turns fMP4 fragments into LL-HLS parts and keyframe-aligned segments.

Pure and sans-I/O: it takes the reader's InitSegment and Fragment values (and
the ingest time, passed in), and returns events carrying the files to write.
The runtime writes them to the spool; delivery renders playlists from
`Packager.index`, the rendition's RenditionIndex (media.index), which this
packager fills through the index's mutators. Targets and windows come from
the node's PackagingProfile; media sequence numbers from the generation's
SegmentNumbering, shared by all its renditions.

Rules (RFC 8216bis):
- Every fragment is one Partial Segment (names: media.names).
- A segment starts only on an independent fragment (a video keyframe, or any
  audio-only fragment); fragments before the first one after an init cannot
  be decoded and are dropped. It closes at the first independent fragment once it
  has reached `segment_target_s`, or earlier at an independent fragment that
  would carry it past the target (so audio-only segments of 0.209 s parts end
  near 1.9 s instead of 2.1 s and keep the target duration at 2).
  With rare keyframes segments grow and TARGETDURATION grows with them: it is
  the longest segment seen rounded to the nearest second (RFC 8216bis 4.4.3.1:
  each EXTINF, rounded to the nearest integer, must not exceed it; rounding up
  instead would turn a 2.02 s first segment into a target of 3 and push
  standard players a whole second per target further behind) and never shrinks (6.2.2 forbids a
  changing target; growing is the least harmful answer to an encoder that
  breaks its promise, and shrinking would break the rule for segments still
  in the window).
- PART-TARGET is the configured part target, grown to the longest part seen
  (rounded up to the millisecond) and never shrunk: ffmpeg's 200 ms fragments
  end on the first sample past 200 ms, so audio parts last 0.209 s.
- A new init (a restarted muxer) closes the open segment; the next segment
  carries EXT-X-DISCONTINUITY and its own EXT-X-MAP; media sequence numbers
  continue, and the discontinuity sequence counts discontinuities that left
  the window (6.2.2).
- EXT-X-PROGRAM-DATE-TIME: the ingest time of the first fragment after each
  init anchors that fragment's decode time; later times follow the media
  clock. An anchor never goes back before the end of what was already
  published, so dates stay monotonic across restarts.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime, timedelta

from sender.media.fmp4 import Fragment, InitSegment
from sender.media.index import Part, RenditionIndex, Segment
from sender.media.names import init_name, part_name, segment_name
from sender.media.numbering import SegmentNumbering
from sender.media.profile import EPSILON_S, PackagingProfile

# The model's types, for the packager's users.
__all__ = [
    "InitReady",
    "Packager",
    "PackagerEvent",
    "Part",
    "PartReady",
    "RenditionIndex",
    "Segment",
    "SegmentReady",
    "SegmentsExpired",
]


def _nearest_second(duration: float) -> int:
    """EXTINF as printed (milliseconds), rounded half up to whole seconds."""
    return math.floor(round(duration, 3) + 0.5)


@dataclass(frozen=True, slots=True)
class InitReady:
    init_id: int
    name: str
    data: bytes


@dataclass(frozen=True, slots=True)
class PartReady:
    part: Part
    data: bytes


@dataclass(frozen=True, slots=True)
class SegmentReady:
    segment: Segment
    data: bytes


@dataclass(frozen=True, slots=True)
class SegmentsExpired:
    """Files (segments and inits no longer used) past `keep_segments`, to delete.

    Parts are not files: they are served from memory (RenditionIndex.part_data).
    """

    names: tuple[str, ...]


PackagerEvent = InitReady | PartReady | SegmentReady | SegmentsExpired


class Packager:
    """Cuts one rendition's fragments into parts and segments (see the module doc)."""

    def __init__(
        self,
        rendition: str,
        profile: PackagingProfile | None = None,
        numbering: SegmentNumbering | None = None,
    ) -> None:
        self._profile = profile = profile or PackagingProfile()
        self._numbering = numbering = numbering or SegmentNumbering()
        self._index = RenditionIndex(
            rendition,
            part_target=profile.part_target_s,
            target_duration=profile.target_duration,
            window_segments=profile.window_segments,
            next_msn=numbering.next_msn,
        )
        # A generation resumed after a restart goes on with new names (files already
        # served are immutable) and opens with a discontinuity.
        self._init_id = numbering.first_init_id - 1
        self._init_name: str | None = None
        self._discontinuity = False  # the next segment follows a new init
        self._anchor: tuple[datetime, float] | None = None  # (wall clock, decode time)
        self._published_until: datetime | None = None  # end of the newest part
        self._open_data: list[bytes] = []
        self._last_msn = -1

    @property
    def index(self) -> RenditionIndex:
        return self._index

    def on_init(self, init: InitSegment, now: datetime) -> list[PackagerEvent]:
        self._check_open()
        events: list[PackagerEvent] = self._close_open()
        if self._init_id >= self._numbering.first_init_id or self._numbering.resumed:
            self._discontinuity = True
        self._init_id += 1
        self._init_name = init_name(self._init_id)
        self._anchor = None
        self._index.set_init(self._init_name)
        events.insert(0, InitReady(self._init_id, self._init_name, init.data))
        events.extend(self._expire())
        return events

    def on_fragment(self, fragment: Fragment, now: datetime) -> list[PackagerEvent]:
        self._check_open()
        if self._init_name is None:
            raise RuntimeError("on_fragment before on_init")
        idx = self._index
        events: list[PackagerEvent] = []
        if idx.open is None and not fragment.independent:
            # Nothing before the first keyframe after an init can be decoded.
            return events
        if self._anchor is None:
            # `now` is when ffmpeg handed the fragment over, i.e. after its last sample;
            # its media began one fragment duration earlier.
            start = now - timedelta(seconds=fragment.duration_s)
            if self._published_until is not None and start < self._published_until:
                start = self._published_until
            self._anchor = (start, fragment.decode_time_s)
        wall, base = self._anchor
        pdt = wall + timedelta(seconds=fragment.decode_time_s - base)

        target = self._profile.segment_target_s
        current = idx.open
        if current is not None and fragment.independent:
            reached = current.duration >= target - EPSILON_S
            overshoot = current.duration + fragment.duration_s > target + EPSILON_S
            if reached or overshoot:
                events.extend(self._close_open())
                events.extend(self._expire())
                current = None
        if current is None:
            timeline = self._init_id
            msn = self._numbering.claim(timeline, fragment.decode_time_s, after=self._last_msn)
            self._last_msn = msn
            current = idx.open_segment(
                msn,
                init_name=self._init_name,
                discontinuity=self._discontinuity,
                program_date_time=pdt,
            )
            self._discontinuity = False
        part = idx.append_part(
            part_name(current.msn, len(current.parts)),
            fragment.data,
            duration=fragment.duration_s,
            independent=fragment.independent,
            program_date_time=pdt,
        )
        self._open_data.append(fragment.data)
        end = pdt + timedelta(seconds=fragment.duration_s)
        if self._published_until is None or end > self._published_until:
            self._published_until = end
        idx.raise_part_target(math.ceil(fragment.duration_s * 1000 - EPSILON_S) / 1000)
        events.append(PartReady(part, fragment.data))
        return events

    def finish(self, now: datetime) -> list[PackagerEvent]:
        """The stream ended: close the open segment and mark the playlist ended."""
        if self._index.ended:
            return []
        events = self._close_open()
        events.extend(self._expire())
        self._index.finish()
        return events

    # ------------------------------------------------------------------

    def _check_open(self) -> None:
        if self._index.ended:
            raise RuntimeError(f"packager of {self._index.rendition} already finished")

    def _close_open(self) -> list[PackagerEvent]:
        idx = self._index
        current = idx.open
        segment = idx.close_segment(segment_name(current.msn)) if current is not None else None
        data = b"".join(self._open_data)
        self._open_data = []
        if segment is None:
            return []
        idx.raise_target_duration(_nearest_second(segment.duration))
        # Keep the bytes of the open segment's parts and the newest few segments' parts.
        keep_from = idx.retained[-self._profile.part_window_segments :][0].msn
        idx.forget_part_data(keep_from)
        return [SegmentReady(segment, data)]

    def _expire(self) -> list[PackagerEvent]:
        idx = self._index
        gone = idx.expire(self._profile.keep_segments)
        if not gone:
            return []
        names = [seg.name for seg in gone]
        in_use = idx.inits_in_use()
        for init in dict.fromkeys(s.init_name for s in gone):
            if init not in in_use:
                names.append(init)
        return [SegmentsExpired(tuple(names))]
