"""Packager: turns fMP4 fragments into LL-HLS parts and keyframe-aligned segments.

Pure and sans-I/O: it takes the reader's InitSegment and Fragment values (and
the ingest time, passed in), and returns events carrying the files to write.
The runtime writes them to the spool; delivery renders playlists from
`Packager.index`, a RenditionIndex that this packager alone mutates.

Rules (RFC 8216bis):
- Every fragment is one Partial Segment, `part-{msn}.{i}.m4s`.
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
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sender.media.fmp4 import Fragment, InitSegment

# Durations are sums of floats; a segment "reaches" its target within a millisecond.
_EPSILON = 1e-3


def _nearest_second(duration: float) -> int:
    """EXTINF as printed (milliseconds), rounded half up to whole seconds."""
    return math.floor(round(duration, 3) + 0.5)


@dataclass(frozen=True, slots=True)
class Part:
    msn: int
    index: int
    name: str
    duration: float
    independent: bool
    program_date_time: datetime


@dataclass(frozen=True, slots=True)
class Segment:
    msn: int
    name: str
    duration: float
    init_name: str
    discontinuity: bool
    program_date_time: datetime
    parts: tuple[Part, ...]


@dataclass(frozen=True, slots=True)
class OpenSegment:
    """The segment in progress: what a low-latency playlist lists as parts only."""

    msn: int
    init_name: str
    discontinuity: bool
    program_date_time: datetime
    parts: tuple[Part, ...]

    @property
    def duration(self) -> float:
        return sum(p.duration for p in self.parts)


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


@dataclass(slots=True)
class RenditionIndex:
    """Everything a playlist of one rendition needs, without I/O.

    `segments` is the live window (the newest completed segments); `open`
    the segment in progress. `version` grows on every change, so a blocking
    playlist reload can wait for it to move.
    """

    rendition: str
    part_target: float
    target_duration: int
    segments: tuple[Segment, ...] = ()
    open: OpenSegment | None = None
    media_sequence: int = 0
    discontinuity_sequence: int = 0
    init_name: str | None = None
    ended: bool = False
    version: int = 0
    # Completed segments still on disk (a superset of `segments`), oldest first.
    retained: tuple[Segment, ...] = ()
    _part_data: dict[tuple[int, int], bytes] = field(default_factory=dict, repr=False)
    _next_msn: int = 0

    def next_part(self) -> tuple[int, int]:
        """(msn, part index) of the next part to come: the EXT-X-PRELOAD-HINT."""
        if self.open is not None:
            return self.open.msn, len(self.open.parts)
        return self._next_msn, 0

    def last_msn_part(self) -> tuple[int, int] | None:
        """(msn, part index) of the newest part, None before the first."""
        if self.open is not None and self.open.parts:
            return self.open.msn, len(self.open.parts) - 1
        if self.retained:
            last = self.retained[-1]
            return last.msn, len(last.parts) - 1
        return None

    def segment(self, msn: int) -> Segment | None:
        """A completed segment still retained, by media sequence number."""
        if not self.retained:
            return None
        i = msn - self.retained[0].msn
        if 0 <= i < len(self.retained):
            return self.retained[i]
        return None

    def part(self, msn: int, index: int) -> Part | None:
        if self.open is not None and msn == self.open.msn:
            parts = self.open.parts
        else:
            seg = self.segment(msn)
            parts = seg.parts if seg is not None else ()
        return parts[index] if 0 <= index < len(parts) else None

    def has_part(self, msn: int, index: int) -> bool:
        return self.part(msn, index) is not None

    def part_data(self, msn: int, index: int) -> bytes | None:
        """A recent part's bytes (the open segment's and the newest few segments')."""
        return self._part_data.get((msn, index))

    def is_future(self, msn: int, part: int | None = None) -> bool:
        """True when the segment (part is None) or part does not exist yet but will.

        Delivery blocks on these (or answers 404 no-store); RFC 8216bis 6.2.5.2
        also asks for a 400 when msn is more than two past `next_part()[0]`.
        """
        if self.ended:
            return False
        next_msn, next_index = self.next_part()
        if part is None:
            return msn >= next_msn
        return msn > next_msn or (msn == next_msn and part >= next_index)

    def will_never_exist(self, msn: int, part: int | None = None) -> bool:
        """True when the segment or part is gone, was never made, or never will be."""
        exists = self.segment(msn) is not None if part is None else self.has_part(msn, part)
        return not exists and not self.is_future(msn, part)


class Packager:
    """Cuts one rendition's fragments into parts and segments (see the module doc)."""

    def __init__(
        self,
        rendition: str,
        *,
        segment_target_s: float = 2.0,
        part_target_s: float = 0.2,
        window_segments: int = 6,
        keep_segments: int = 12,
        part_window_segments: int = 4,
        first_msn: int = 0,
        first_init_id: int = 0,
    ) -> None:
        if segment_target_s <= 0 or part_target_s <= 0:
            raise ValueError("segment and part targets must be positive")
        if window_segments < 1 or keep_segments < window_segments or part_window_segments < 1:
            raise ValueError(
                "need 1 <= window_segments <= keep_segments, part_window_segments >= 1"
            )
        self._segment_target = segment_target_s
        self._window = window_segments
        self._keep = keep_segments
        self._part_window = part_window_segments
        self._index = RenditionIndex(
            rendition=rendition,
            part_target=part_target_s,
            target_duration=max(1, math.ceil(segment_target_s - _EPSILON)),
        )
        # A generation resumed after a restart goes on with new names (files already
        # served are immutable) and opens with a discontinuity.
        self._init_id = first_init_id - 1
        self._init_name: str | None = None
        self._discontinuity = False  # the next segment follows a new init
        self._anchor: tuple[datetime, float] | None = None  # (wall clock, decode time)
        self._published_until: datetime | None = None  # end of the newest part
        self._open_data: list[bytes] = []
        # A generation resumed on this node continues its media sequence numbers.
        self._next_msn = first_msn
        self._index._next_msn = first_msn
        self._index.media_sequence = first_msn

    @property
    def index(self) -> RenditionIndex:
        return self._index

    def on_init(self, init: InitSegment, now: datetime) -> list[PackagerEvent]:
        self._check_open()
        events: list[PackagerEvent] = self._close_open()
        if self._init_id >= 0 or self._next_msn > 0:
            self._discontinuity = True
        self._init_id += 1
        self._init_name = f"init-{self._init_id}.mp4"
        self._anchor = None
        self._index.init_name = self._init_name
        events.insert(0, InitReady(self._init_id, self._init_name, init.data))
        events.extend(self._expire())
        self._changed()
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

        current = idx.open
        if current is not None and fragment.independent:
            reached = current.duration >= self._segment_target - _EPSILON
            overshoot = current.duration + fragment.duration_s > self._segment_target + _EPSILON
            if reached or overshoot:
                events.extend(self._close_open())
                events.extend(self._expire())
                current = None
        if current is None:
            current = OpenSegment(
                msn=self._next_msn,
                init_name=self._init_name,
                discontinuity=self._discontinuity,
                program_date_time=pdt,
                parts=(),
            )
            self._next_msn += 1
            idx._next_msn = self._next_msn
            self._discontinuity = False
        i = len(current.parts)
        part = Part(
            msn=current.msn,
            index=i,
            name=f"part-{current.msn}.{i}.m4s",
            duration=fragment.duration_s,
            independent=fragment.independent,
            program_date_time=pdt,
        )
        idx.open = OpenSegment(
            current.msn,
            current.init_name,
            current.discontinuity,
            current.program_date_time,
            (*current.parts, part),
        )
        self._open_data.append(fragment.data)
        idx._part_data[(part.msn, part.index)] = fragment.data
        end = pdt + timedelta(seconds=fragment.duration_s)
        if self._published_until is None or end > self._published_until:
            self._published_until = end
        longest = math.ceil(fragment.duration_s * 1000 - _EPSILON) / 1000
        if longest > idx.part_target:
            idx.part_target = longest
        events.append(PartReady(part, fragment.data))
        self._changed()
        return events

    def finish(self, now: datetime) -> list[PackagerEvent]:
        """The stream ended: close the open segment and mark the playlist ended."""
        if self._index.ended:
            return []
        events = self._close_open()
        events.extend(self._expire())
        self._index.ended = True
        self._changed()
        return events

    # ------------------------------------------------------------------

    def _check_open(self) -> None:
        if self._index.ended:
            raise RuntimeError(f"packager of {self._index.rendition} already finished")

    def _changed(self) -> None:
        self._index.version += 1

    def _close_open(self) -> list[PackagerEvent]:
        idx = self._index
        current = idx.open
        idx.open = None
        if current is None or not current.parts:
            return []
        segment = Segment(
            msn=current.msn,
            name=f"seg-{current.msn}.m4s",
            duration=current.duration,
            init_name=current.init_name,
            discontinuity=current.discontinuity,
            program_date_time=current.program_date_time,
            parts=current.parts,
        )
        data = b"".join(self._open_data)
        self._open_data = []
        idx.target_duration = max(idx.target_duration, _nearest_second(segment.duration))
        idx.retained = (*idx.retained, segment)
        window = idx.retained[-self._window :]
        # 6.2.2: EXT-X-DISCONTINUITY-SEQUENCE counts discontinuities removed from the window.
        for left in idx.segments:
            if left.msn < window[0].msn and left.discontinuity:
                idx.discontinuity_sequence += 1
        idx.segments = window
        idx.media_sequence = window[0].msn
        # Keep the bytes of the open segment's parts and the newest few segments' parts.
        keep_from = idx.retained[-self._part_window :][0].msn
        for key in [k for k in idx._part_data if k[0] < keep_from]:
            del idx._part_data[key]
        return [SegmentReady(segment, data)]

    def _expire(self) -> list[PackagerEvent]:
        idx = self._index
        if len(idx.retained) <= self._keep:
            return []
        gone = idx.retained[: -self._keep]
        idx.retained = idx.retained[-self._keep :]
        names = [seg.name for seg in gone]
        in_use = {s.init_name for s in idx.retained} | {self._init_name}
        if idx.open is not None:
            in_use.add(idx.open.init_name)
        for init in dict.fromkeys(s.init_name for s in gone):
            if init not in in_use:
                names.append(init)
        return [SegmentsExpired(tuple(names))]
