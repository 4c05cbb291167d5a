"""The rendition index: the HLS model of one rendition, everything a playlist needs, no I/O.

One index per rendition holds the live window (the newest complete
segments), the segments still retained on disk beyond it, the segment in
progress (`open`, listed in a low-latency playlist as parts only) and the
bytes of recent parts. Playlists are rendered from it (hls.playlist); delivery
answers blocking requests from it. It is filled by whoever makes the media:
the packager on an origin, and an edge that mirrors an upstream playlist
(which also adds segments that came whole, `add_segment`).

A part's bytes are held once: while its segment is open as the part's own
bytes, and once the segment is whole (`share_part_data`) as a view of the
segment's bytes, whose file then also holds the part at a known place
(`part_span`). Once that file is on disk the views go too (`release_part_data`):
the part is still listed while its segment is recent (`parts_listed`), and
delivery serves it from the file, as it does a part that left the playlist.

Writers go through the mutators below, and each mutator bumps `version`, so
a reader can tell that the index changed (and a rendered playlist is stale)
without comparing contents. Readers never mutate.

Numbering (RFC 8216bis 6.2.2): media sequence numbers only grow;
EXT-X-DISCONTINUITY-SEQUENCE counts the discontinuities that left the window.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from datetime import datetime

# A part's bytes: its own, or a view of its segment's.
PartBytes = bytes | memoryview


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


class RenditionIndex:
    """One rendition's segments, parts and targets (see the module docstring)."""

    def __init__(
        self,
        rendition: str,
        *,
        part_target: float,
        target_duration: int,
        window_segments: int,
        next_msn: int = 0,
    ) -> None:
        if window_segments < 1:
            raise ValueError("window_segments must be at least 1")
        self.rendition = rendition
        self.part_target = part_target
        self.target_duration = target_duration
        self.window_segments = window_segments
        # The live window (newest complete segments) and what is still on disk, oldest first.
        self.segments: tuple[Segment, ...] = ()
        self.retained: tuple[Segment, ...] = ()
        self.open: OpenSegment | None = None
        self.media_sequence = next_msn
        self.discontinuity_sequence = 0
        self.init_name: str | None = None
        self.ended = False
        self.version = 0
        self._next_msn = next_msn
        self._part_data: dict[tuple[int, int], PartBytes] = {}
        self._forgotten_before = 0  # no part of a segment older than this holds bytes
        # msn -> where each part of the segment starts in its file, and where the last ends.
        self._part_bounds: dict[int, tuple[int, ...]] = {}

    # Reading ----------------------------------------------------------------------
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
        if 0 <= i < len(self.retained) and self.retained[i].msn == msn:
            return self.retained[i]
        return next((s for s in self.retained if s.msn == msn), None)

    def part(self, msn: int, index: int) -> Part | None:
        if self.open is not None and msn == self.open.msn:
            parts = self.open.parts
        else:
            seg = self.segment(msn)
            parts = seg.parts if seg is not None else ()
        return parts[index] if 0 <= index < len(parts) else None

    def has_part(self, msn: int, index: int) -> bool:
        return self.part(msn, index) is not None

    def part_data(self, msn: int, index: int) -> PartBytes | None:
        """A part's bytes while held: the open segment's, and a complete segment's until
        its file is on disk and it is no longer the newest (media.held)."""
        return self._part_data.get((msn, index))

    def parts_listed(self, msn: int) -> bool:
        """May a playlist list complete segment `msn`'s parts? While their bytes are served:
        held in memory, or in the segment's file at a known place, and not forgotten."""
        if msn < self._forgotten_before:
            return False
        return (msn, 0) in self._part_data or msn in self._part_bounds

    def part_span(self, msn: int, index: int) -> tuple[int, int] | None:
        """(offset, length) of a part in its retained segment's bytes, when known."""
        bounds = self._part_bounds.get(msn)
        if bounds is None or not 0 <= index < len(bounds) - 1:
            return None
        return bounds[index], bounds[index + 1] - bounds[index]

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

    # Writing ----------------------------------------------------------------------
    def restore(
        self,
        retained: tuple[Segment, ...],
        *,
        media_sequence: int,
        discontinuity_sequence: int,
        ended: bool,
    ) -> None:
        """Segments a previous run of this index served (media.manifest), before anything new.

        The window is the newest `window_segments` of them; the sequences go on from
        what was published, never back.
        """
        if self.retained or self.open is not None:
            raise RuntimeError(f"index of {self.rendition} already has media")
        if any(b.msn <= a.msn for a, b in itertools.pairwise(retained)):
            raise ValueError("restored segments must have growing media sequence numbers")
        self.retained = retained
        self.segments = retained[-self.window_segments :]
        self.media_sequence = self.segments[0].msn if self.segments else media_sequence
        self.discontinuity_sequence = discontinuity_sequence
        if retained:
            self._next_msn = max(self._next_msn, retained[-1].msn + 1)
            self.init_name = retained[-1].init_name
        self.ended = ended
        self._changed()

    def set_init(self, name: str) -> None:
        """The init segment that media from now on refers to."""
        self.init_name = name
        self._changed()

    def open_segment(
        self, msn: int, *, init_name: str, discontinuity: bool, program_date_time: datetime
    ) -> OpenSegment:
        """Start segment `msn` (no part yet); media sequence numbers only grow."""
        if self.ended:
            raise RuntimeError(f"index of {self.rendition} has ended")
        if self.open is not None:
            raise RuntimeError(f"segment {self.open.msn} of {self.rendition} is still open")
        if msn < self._next_msn:
            raise ValueError(
                f"segment {msn} of {self.rendition} would go back (next {self._next_msn})"
            )
        self.open = OpenSegment(msn, init_name, discontinuity, program_date_time, ())
        self._next_msn = msn + 1
        self._changed()
        return self.open

    def append_part(
        self,
        name: str,
        data: bytes,
        *,
        duration: float,
        independent: bool,
        program_date_time: datetime,
    ) -> Part:
        """Add the next part (and its bytes) to the open segment."""
        current = self.open
        if current is None:
            raise RuntimeError(f"no open segment in {self.rendition}")
        part = Part(
            msn=current.msn,
            index=len(current.parts),
            name=name,
            duration=duration,
            independent=independent,
            program_date_time=program_date_time,
        )
        self.open = OpenSegment(
            current.msn,
            current.init_name,
            current.discontinuity,
            current.program_date_time,
            (*current.parts, part),
        )
        self._part_data[(part.msn, part.index)] = data
        self._changed()
        return part

    def share_part_data(self, msn: int, data: bytes) -> None:
        """Segment `msn` is whole and `data` is its bytes: its parts' bytes end to end.

        The parts held become views of `data` (one copy of the media, not two),
        and each part's place in the segment is kept for as long as the segment
        is retained (`part_span`).
        """
        seg = self.segment(msn)
        if seg is None:
            raise ValueError(f"segment {msn} of {self.rendition} is not retained")
        held = [self._part_data.get((msn, i)) for i in range(len(seg.parts))]
        if any(b is None for b in held):
            raise ValueError(f"segment {msn} of {self.rendition} lacks some of its parts' bytes")
        bounds = [0]
        for b in held:
            assert b is not None
            bounds.append(bounds[-1] + len(b))
        if bounds[-1] != len(data):
            raise ValueError(
                f"segment {msn} of {self.rendition} is {len(data)} bytes, its parts {bounds[-1]}"
            )
        view = memoryview(data)
        for i in range(len(seg.parts)):
            self._part_data[(msn, i)] = view[bounds[i] : bounds[i + 1]]
        self._part_bounds[msn] = tuple(bounds)

    def release_part_data(self, msn: int) -> None:
        """Segment `msn`'s file is on disk: its parts' bytes leave memory, not the playlist.

        Only a segment whose parts' places are known (`share_part_data`) lets go;
        its parts are then served from the file (`part_span`).
        """
        seg = self.segment(msn)
        if seg is None or msn not in self._part_bounds:
            return
        for i in range(len(seg.parts)):
            self._part_data.pop((msn, i), None)

    def close_segment(self, name: str) -> Segment | None:
        """Turn the open segment into a complete one at the end of the window.

        Returns it, or None when nothing was open (or it had no part). The
        window keeps the newest `window_segments`; a discontinuity that leaves
        it counts into the discontinuity sequence.
        """
        current, self.open = self.open, None
        if current is None or not current.parts:
            if current is not None:
                self._changed()
            return None
        segment = Segment(
            msn=current.msn,
            name=name,
            duration=current.duration,
            init_name=current.init_name,
            discontinuity=current.discontinuity,
            program_date_time=current.program_date_time,
            parts=current.parts,
        )
        self._append(segment)
        return segment

    def _append(self, segment: Segment) -> None:
        self.retained = (*self.retained, segment)
        window = self.retained[-self.window_segments :]
        for left in self.segments:
            if left.msn < window[0].msn and left.discontinuity:
                self.discontinuity_sequence += 1
        self.segments = window
        self.media_sequence = window[0].msn
        self._changed()

    def add_segment(
        self,
        msn: int,
        *,
        name: str,
        duration: float,
        init_name: str,
        discontinuity: bool,
        program_date_time: datetime,
        parts: tuple[Part, ...] = (),
    ) -> Segment:
        """A complete segment whose bytes came whole (an edge mirroring an upstream playlist).

        It goes at the end of the window like a closed one; `parts` are what the
        upstream listed of it (their bytes are not held: the playlist lists them
        only where `part_data` has them). It replaces an open segment of the same
        number, whose parts came only in part.
        """
        if self.ended:
            raise RuntimeError(f"index of {self.rendition} has ended")
        if self.open is not None and self.open.msn != msn:
            raise RuntimeError(f"segment {self.open.msn} of {self.rendition} is still open")
        if self.open is None and msn < self._next_msn:
            raise ValueError(
                f"segment {msn} of {self.rendition} would go back (next {self._next_msn})"
            )
        self.open = None
        self._next_msn = msn + 1
        segment = Segment(
            msn=msn,
            name=name,
            duration=duration,
            init_name=init_name,
            discontinuity=discontinuity,
            program_date_time=program_date_time,
            parts=parts,
        )
        self._append(segment)
        return segment

    def expire(self, keep: int) -> tuple[Segment, ...]:
        """Forget the oldest retained segments beyond `keep`; returns them."""
        if keep < len(self.segments):
            raise ValueError("cannot expire segments that are still in the window")
        if len(self.retained) <= keep:
            return ()
        gone = self.retained[: len(self.retained) - keep]
        self.retained = self.retained[len(self.retained) - keep :]
        for seg in gone:
            self._part_bounds.pop(seg.msn, None)
            for i in range(len(seg.parts)):
                self._part_data.pop((seg.msn, i), None)
        self._changed()
        return gone

    def forget_part_data(self, before_msn: int) -> None:
        """Drop the bytes of parts of segments older than `before_msn`.

        Cheap when nothing new is old enough (the packager asks at every part).
        """
        if before_msn <= self._forgotten_before:
            return
        self._forgotten_before = before_msn
        for key in [k for k in self._part_data if k[0] < before_msn]:
            del self._part_data[key]

    def fix_part_target(self, seconds: float) -> None:
        """PART-TARGET, set once before the first part: it never changes afterwards."""
        if self.retained or (self.open is not None and self.open.parts):
            raise RuntimeError(f"PART-TARGET of {self.rendition} is fixed once parts exist")
        if seconds <= 0:
            raise ValueError("PART-TARGET must be positive")
        self.part_target = seconds
        self._changed()

    def finish(self) -> None:
        """No more media: the playlist gets EXT-X-ENDLIST."""
        if not self.ended:
            self.ended = True
            self._changed()

    def inits_in_use(self) -> set[str]:
        """Init names that retained segments, the open one or new media refer to."""
        used = {s.init_name for s in self.retained}
        if self.open is not None:
            used.add(self.open.init_name)
        if self.init_name is not None:
            used.add(self.init_name)
        return used

    def _changed(self) -> None:
        self.version += 1
