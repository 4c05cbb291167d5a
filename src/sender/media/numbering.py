"""Segment numbers shared by every rendition of a generation.

Renditions of one generation are cut from one input, so a segment that starts
at the same media time in two renditions is "the same" segment and gets the
same media sequence number in both (a player switching renditions at msn N
finds the same span of the broadcast). The numbers are handed out here, per
generation, the way gohlslib numbers segments at the muxer for all of its
streams at once, instead of by a counter in each packager.

A claim names its timeline (media times restart with every new backend
output, so times of different timelines are never compared) and the time
the segment starts at on it: a packager that knows where its media lies on
the input's own timeline (media.clock: the publish, and the input time of
the output's first keyframe) claims on that one, so renditions made by
different processes (the copy, and a ladder's transcoder started or
restarted at another keyframe) number alike; one that does not, on its init
segment's timeline, by decode time. A start within `tolerance_s` of one already
claimed on that timeline gets that number; anything else gets the next one.
Numbers given to one rendition only ever grow: a claim never returns a
number at or below `after` (the rendition's previous segment). The date the
first rendition gave a segment is kept too (`date`), and a rendition that
opens the same segment after anchoring its clock takes it (media.packager),
so one span has one EXT-X-PROGRAM-DATE-TIME in every rendition.
"""

from __future__ import annotations

from collections import OrderedDict, deque
from collections.abc import Hashable
from datetime import datetime

# Claims remembered per generation: enough for every rendition of a ladder to
# find the starts of the last few segments the others opened.
REMEMBERED = 64


class SegmentNumbering:
    def __init__(self, first_msn: int = 0, first_init_id: int = 0, tolerance_s: float = 0.05):
        if first_msn < 0 or first_init_id < 0:
            raise ValueError("first_msn and first_init_id cannot be negative")
        self._next = first_msn
        self.first_init_id = first_init_id
        # A generation that already has media (a node restart): it goes on after a discontinuity.
        self.resumed = first_msn > 0 or first_init_id > 0
        self._tolerance_s = tolerance_s
        self._claims: deque[tuple[Hashable, float, int]] = deque(maxlen=REMEMBERED)
        self._dates: OrderedDict[int, datetime] = OrderedDict()  # msn -> its first date

    @property
    def next_msn(self) -> int:
        """The number the next new segment of any rendition gets."""
        return self._next

    @property
    def first_open_msn(self) -> int:
        """The lowest number a rendition that starts now may still take: that of the
        oldest segment remembered. A rung whose transcoder starts after the copy opened
        segment N begins inside N, and must be able to claim it."""
        return min((msn for _, _, msn in self._claims), default=self._next)

    def claim(
        self,
        timeline: Hashable,
        start_s: float,
        after: int = -1,
        tolerance_s: float | None = None,
    ) -> int:
        """The media sequence number of a segment starting at `start_s` on `timeline`.

        `tolerance_s` (default: the numbering's) is how far apart two starts may be
        and still be one segment's.
        """
        tolerance = self._tolerance_s if tolerance_s is None else tolerance_s
        for claimed_timeline, claimed_start, msn in reversed(self._claims):
            if (
                claimed_timeline == timeline
                and abs(claimed_start - start_s) <= tolerance
                and msn > after
            ):
                return msn
        msn = max(self._next, after + 1)
        self._next = msn + 1
        self._claims.append((timeline, start_s, msn))
        return msn

    def date(self, msn: int, program_date_time: datetime) -> None:
        """The date the first rendition to open segment `msn` gave it (kept, not replaced)."""
        if msn in self._dates:
            return
        self._dates[msn] = program_date_time
        while len(self._dates) > REMEMBERED:
            self._dates.popitem(last=False)

    def date_of(self, msn: int) -> datetime | None:
        """The date of segment `msn` in the rendition that opened it first, if remembered."""
        return self._dates.get(msn)

