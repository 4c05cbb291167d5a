"""Packager: turns fMP4 fragments into LL-HLS parts and segments that keep the playlist's promises.

Pure and sans-I/O: it takes the reader's InitSegment and Fragment values (and
the ingest time, passed in), and returns events carrying the files to write.
The runtime writes them to the spool; delivery renders playlists from
`Packager.index`, the rendition's RenditionIndex (media.index), which this
packager fills through the index's mutators. Targets and windows come from
the node's PackagingProfile; media sequence numbers from the generation's
SegmentNumbering, shared by all its renditions.

The backend writes small fragments (a frame or a few); the packager groups
them. Time is the main track's (video when the rendition has it): a fragment
that carries only audio in a rendition with video takes no time of its own and
rides in the part being gathered.

Rules (RFC 8216bis):
- EXT-X-TARGETDURATION is the segment target rounded up to whole seconds, and
  never changes within a generation (6.2.2). No segment is longer than the
  segment target (so no EXTINF rounds above it, 4.4.3.1): a segment closes at
  a keyframe once it has reached the target, or at a keyframe when waiting for
  the next one (the last keyframe interval seen) would carry it past the
  target, or, when no keyframe comes in time (long GOPs, intra refresh, video
  stopped), at the target without one (the first segment waits for a keyframe
  up to the hard limit, while the keyframe interval is not known yet). A
  segment that starts without a keyframe is not independent: its first part
  has no INDEPENDENT=YES and the playlist does not claim
  EXT-X-INDEPENDENT-SEGMENTS while it is listed.
- PART-TARGET is fixed when the generation's first part is cut, and never
  changes (4.4.3.7): the configured part target when a whole number of frames
  (or backend fragments) lands between 85 % of it and it, else the next whole
  number of them above it, rounded up to the millisecond (29.97 fps: 6 frames,
  0.201 s; 24 fps: 5 frames, 0.209 s). Every part is at most PART-TARGET and,
  but for a segment's last part and parts that start on a keyframe, at least
  85 % of it (4.4.4.9). A part is published when the next frame arrives and
  does not fit (or starts a segment): then the audio that came between the
  frames is in it, every part starts with a frame, and the preload hint (the
  part being gathered) always names a part that will exist, but for a segment
  cut early at a keyframe the interval did not announce (delivery answers a
  held request for it at once).
- Before the first keyframe after an init nothing can be decoded: dropped. A
  new init (a restarted or renewed backend) closes the open part and segment;
  the next segment carries EXT-X-DISCONTINUITY and its own EXT-X-MAP; media
  sequence numbers continue, and the discontinuity sequence counts
  discontinuities that left the window. Audio that came after the last video
  of the old file (an encoder's flush at disconnect) is dropped with it, so no
  segment ends in an audio-only tail.
- Parts' bytes stay in memory, and are listed, for the segments that end
  within PART_LIST_TARGET_DURATIONS target durations of the live edge (once
  their segment is whole, as views of its bytes: the media is held once).
  They stay fetchable as long again after they leave the playlist, from the
  segment's file at the place the index keeps (`RenditionIndex.part_span`); a
  segment stays on disk at least that long after it leaves the live window
  (6.2.2).
- EXT-X-PROGRAM-DATE-TIME: the ingest time of the first fragment after each
  init anchors that fragment's decode time; later times follow the media
  clock. When another rendition of the generation already dated the segment
  that fragment opens (same media sequence number), that date anchors it
  instead, so one span has one date in every rendition. An anchor never goes
  back before the end of what was already published, so dates stay monotonic
  across restarts.
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Hashable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sender.media.backend import Assemble
from sender.media.fmp4 import Fragment, InitSegment
from sender.media.index import Part, RenditionIndex, Segment
from sender.media.names import init_name, part_name, segment_name
from sender.media.numbering import SegmentNumbering
from sender.media.profile import EPSILON_S, PackagingProfile

__all__ = [
    "PART_LIST_TARGET_DURATIONS",
    "InitReady",
    "Packager",
    "PackagerEvent",
    "Part",
    "PartReady",
    "RenditionIndex",
    "Segment",
    "SegmentReady",
    "SegmentsExpired",
    "fit_part_target",
]

# 8216bis 4.4.4.9: parts may leave the playlist once more than three target
# durations from its end; they are listed (and held in memory) that long.
PART_LIST_TARGET_DURATIONS = 3
# 6.2.2: a segment (or part) stays available for three target durations after
# it leaves the playlist.
GONE_AFTER_TARGET_DURATIONS = 3
# Audio of a rendition with video waits at most this long for the next video:
# beyond it the video has stopped and the audio goes on alone.
SIDE_HOLD_S = 1.0
# The most two renditions' starts of one segment may differ by on the input's timeline.
INPUT_TOLERANCE_S = 0.2
# Fewest fragments seen before PART-TARGET is fixed from their durations.
PART_TARGET_SAMPLE = 3
# What a part may exceed PART-TARGET by: less than the half millisecond the playlist
# rounds durations to, so the printed DURATION never exceeds the printed PART-TARGET
# (frame times on a 16 kHz or 90 kHz clock are not whole milliseconds).
_FLOAT_SLACK = 0.0004


def fit_part_target(configured_s: float, granule_s: float) -> float:
    """The PART-TARGET for media that can only be cut every `granule_s` (4.4.4.9).

    The configured target when a whole number of granules lands in
    [85 %, 100 %] of it; otherwise the next whole number of granules above
    it, rounded up to the millisecond.
    """
    if granule_s <= 0:
        return configured_s
    whole = math.floor((configured_s + _FLOAT_SLACK) / granule_s)
    if whole >= 1 and whole * granule_s >= 0.85 * configured_s - _FLOAT_SLACK:
        return configured_s
    return math.ceil(((whole + 1) * granule_s - _FLOAT_SLACK) * 1000) / 1000


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
    """Files (segments and inits no longer used) that left every window, to delete.

    Parts are not files: they are served from memory (RenditionIndex.part_data)
    and then from their segment's file, which goes with its segment.
    """

    names: tuple[str, ...]


PackagerEvent = InitReady | PartReady | SegmentReady | SegmentsExpired


@dataclass(slots=True)
class _Building:
    """The part being gathered: fragments whose bytes are not published yet."""

    start_s: float  # decode time of its first timed fragment
    independent: bool
    duration: float = 0.0
    units: list[Fragment] = field(default_factory=list)
    assemble: Assemble | None = None
    tail: int = 0  # audio-only units since its last frame (dropped if the file ends here)
    tail_s: float = 0.0
    granules: list[float] = field(default_factory=list)


class Packager:
    """Cuts one rendition's fragments into parts and segments (see the module doc)."""

    def __init__(
        self,
        rendition: str,
        profile: PackagingProfile | None = None,
        numbering: SegmentNumbering | None = None,
        *,
        resumed: RenditionIndex | None = None,
    ) -> None:
        self._profile = profile = profile or PackagingProfile()
        self._numbering = numbering = numbering or SegmentNumbering()
        if resumed is not None:
            # A generation resumed after a node restart: its last window, as it was served.
            self._index = resumed
            self._part_target_fixed = bool(resumed.retained)
        else:
            self._index = RenditionIndex(
                rendition,
                part_target=profile.part_target_s,
                target_duration=profile.target_duration,
                window_segments=profile.window_segments,
                next_msn=numbering.first_open_msn,
            )
            self._part_target_fixed = False
        # A generation resumed after a restart goes on with new names (files already
        # served are immutable) and opens with a discontinuity.
        self._init_id = numbering.first_init_id - 1
        self._init_name: str | None = None
        self._decodable = False  # a keyframe came since the last init
        self._has_video = False
        self._keyframed = True
        self._discontinuity = False  # the next segment follows a new init
        self._anchor: tuple[datetime, float] | None = None  # (wall clock, decode time)
        self._latest: tuple[datetime, float] = (datetime.min, 0.0)  # (now, media end) seen last
        self._published_until: datetime | None = None  # end of the newest part
        if self._index.retained:
            last = self._index.retained[-1]
            self._published_until = last.program_date_time + timedelta(seconds=last.duration)
        self._segment_data: list[bytes] = []  # the open segment's published parts
        self._building: _Building | None = None
        self._side: list[Fragment] = []  # audio before the file's first frame
        self._audio_alone = False  # the video stopped; audio is the media
        self._last_msn = self._index.next_part()[0] - 1
        self._last_keyframe_s: float | None = None
        self._keyframe_interval: float | None = None
        self._media_end_s = 0.0  # decode time where the newest timed fragment ends
        self._segment_start_s = 0.0  # decode time where the open segment starts
        # msn -> the media clock when it left the live window; what a resumed index had
        # outside its window left it at the start of this clock.
        window = {s.msn for s in self._index.segments}
        self._left_window = {s.msn: 0.0 for s in self._index.retained if s.msn not in window}
        self._clock_s = 0.0  # media time published by this packager (all inits)
        # Where this output's media lies on the input's timeline (follow_input), if known.
        self._input: tuple[Hashable, float] | None = None

    @property
    def index(self) -> RenditionIndex:
        return self._index

    # Input ------------------------------------------------------------------------
    def on_init(self, init: InitSegment, now: datetime) -> list[PackagerEvent]:
        self._check_open()
        events: list[PackagerEvent] = self._end_of_file()
        if self._init_id >= self._numbering.first_init_id or self._numbering.resumed:
            self._discontinuity = True
        self._init_id += 1
        self._init_name = init_name(self._init_id)
        kinds = {t.kind for t in init.tracks}
        self._has_video = "video" in kinds
        # Every fragment of audio alone is a sync point; anything else has keyframes.
        self._keyframed = kinds != {"audio"}
        self._decodable = False
        self._anchor = None
        self._input = None
        self._last_keyframe_s = None
        self._keyframe_interval = None
        self._index.set_init(self._init_name)
        events.insert(0, InitReady(self._init_id, self._init_name, init.data))
        events.extend(self._expire())
        return events

    def follow_input(self, timeline: Hashable, offset_s: float) -> None:
        """Media at decode time t of the current output lies at t + offset_s on `timeline`
        (the input's, media.clock): segments are numbered by that time (media.numbering).
        Until the next init or discontinuity."""
        self._input = (timeline, offset_s)

    def on_fragment(
        self, fragment: Fragment, now: datetime, assemble: Assemble | None = None
    ) -> list[PackagerEvent]:
        """One fragment of the backend's output. `assemble` writes a part's units when
        they are not bytes yet (the in-process muxer's frame units); else their bytes
        are the part's, back to back."""
        self._check_open()
        if self._init_name is None:
            raise RuntimeError("on_fragment before on_init")
        if self._has_video and not _carries_video(fragment) and not self._audio_alone:
            return self._take_side(fragment, now, assemble)
        if self._has_video and _carries_video(fragment):
            self._audio_alone = False
        return self._take(fragment, now, assemble)

    def _take_side(
        self, fragment: Fragment, now: datetime, assemble: Assemble | None
    ) -> list[PackagerEvent]:
        """Audio between video frames: it rides in the part being gathered, in stream
        order, taking no time of its own (the part's time is its video's)."""
        building = self._building
        if building is None:
            # Before a part's first frame (the file's start): it follows that frame.
            self._side.append(fragment)
            held = sum(f.duration_s for f in self._side)
        else:
            building.units.append(fragment)
            building.tail += 1
            building.tail_s += fragment.duration_s
            held = building.tail_s
        if held <= SIDE_HOLD_S:
            return []
        # A second of audio and no video: the video stopped, the audio goes on alone.
        self._audio_alone = True
        events: list[PackagerEvent] = []
        if building is not None:
            building.tail = 0
            building.tail_s = 0.0
        waiting, self._side = self._side, []
        for side in waiting:
            events += self._take(side, now, assemble)
        return events

    def on_discontinuity(self, now: datetime) -> list[PackagerEvent]:
        """The backend re-based its timeline (a timestamp jump) within one init segment.

        What is open closes; the next segment carries EXT-X-DISCONTINUITY and its dates
        are anchored anew, as after a new init, but the init stays (same parameters).
        """
        self._check_open()
        events = self._end_of_file()
        self._discontinuity = True
        self._anchor = None
        self._input = None
        self._last_keyframe_s = None
        self._keyframe_interval = None
        events.extend(self._expire())
        return events

    def finish(self, now: datetime) -> list[PackagerEvent]:
        """The stream ended: close the open part and segment, mark the playlist ended."""
        if self._index.ended:
            return []
        events = self._end_of_file()
        events.extend(self._expire())
        self._index.finish()
        return events

    # Cutting ----------------------------------------------------------------------
    def _take(
        self, fragment: Fragment, now: datetime, assemble: Assemble | None
    ) -> list[PackagerEvent]:
        idx = self._index
        events: list[PackagerEvent] = []
        side, self._side = self._side, []
        duration = fragment.duration_s
        if not self._decodable:
            if not fragment.independent:
                # Nothing before the first keyframe after an init can be decoded.
                return events
            self._decodable = True
        in_segment = idx.open is not None or self._building is not None
        if fragment.independent and self._keyframed:
            if self._last_keyframe_s is not None:
                self._keyframe_interval = fragment.decode_time_s - self._last_keyframe_s
            self._last_keyframe_s = fragment.decode_time_s
        # `now` is when the backend handed the fragment over, i.e. after its last sample.
        # The clock is anchored when the first part is published, from the newest `now`
        # (the caller's estimate of the ingest time improves as the encoder's connect
        # burst arrives).
        self._latest = (now, fragment.decode_time_s + fragment.duration_s)

        if in_segment and self._cuts(fragment.independent, duration):
            events += self._close_part()
            events += self._close_segment()
            in_segment = False
        part_target = self._part_target()
        building = self._building
        if building is not None and building.duration + duration > part_target + _FLOAT_SLACK:
            events += self._close_part()
            building = None
        if not in_segment:
            self._segment_start_s = fragment.decode_time_s
        if building is None:
            building = self._building = _Building(
                start_s=fragment.decode_time_s,
                independent=fragment.independent,
            )
        # Held audio (from before the file's first frame) goes after that frame, so every
        # part starts with a fragment of the main track: players take a part's start from
        # its first fragment (Shaka Player read an audio-only one's time against video's
        # timescale and never started).
        building.units.append(fragment)
        building.units.extend(side)
        building.tail = 0
        building.tail_s = 0.0
        building.assemble = assemble
        building.duration += duration
        if duration > 0:
            building.granules.append(duration)
        self._media_end_s = fragment.decode_time_s + duration

        return events

    def _cuts(self, keyframe: bool, duration: float) -> bool:
        """Does a fragment (a keyframe or not, this long) start a new segment?

        At a keyframe: once the segment has reached the target, or when waiting a
        whole keyframe interval more would pass the hard limit (the longest segment
        whose EXTINF still rounds to TARGETDURATION). Without one: at the hard
        limit, or at the target unless a keyframe is due before the hard limit.
        """
        elapsed = self._segment_duration()
        target = self._profile.segment_target_s
        limit = self._index.target_duration + 0.5 - EPSILON_S
        gap = self._keyframe_interval
        if keyframe:
            return elapsed >= target - EPSILON_S or (
                gap is not None and elapsed + gap > limit + EPSILON_S
            )
        if elapsed + duration > limit + EPSILON_S:
            return True
        if elapsed + duration <= target + EPSILON_S:
            return False
        last = self._last_keyframe_s
        if gap is None or last is None or gap <= 0:
            # The keyframe interval is not known yet (the first GOP): one may still come
            # before the hard limit, so wait for it; once the limit has passed since the
            # last keyframe, the GOP is longer than that: cut at the target.
            return last is not None and self._media_end_s - last > limit + EPSILON_S
        due = last + gap * max(1, math.ceil((self._media_end_s - last) / gap - EPSILON_S))
        return due > self._segment_start_s + limit + EPSILON_S

    def _segment_duration(self) -> float:
        open_ = self._index.open
        published = open_.duration if open_ is not None else 0.0
        return published + (self._building.duration if self._building is not None else 0.0)

    def _part_target(self) -> float:
        if self._part_target_fixed:
            return self._index.part_target
        building = self._building
        granules = building.granules if building is not None else []
        if len(granules) < PART_TARGET_SAMPLE:
            return self._profile.part_target_s
        # The first fragment after an init is often longer (a start offset): leave it out.
        return fit_part_target(self._profile.part_target_s, statistics.median(granules[1:]))

    def _close_part(self) -> list[PackagerEvent]:
        building, self._building = self._building, None
        if building is None or not building.units:
            return []
        idx = self._index
        fresh = self._anchor is None  # the first part since the dates were (re)anchored
        pdt = self._date(building.start_s)
        if not self._part_target_fixed:
            self._part_target_fixed = True
            fitted = self._part_target_for(building)
            longest = math.ceil((building.duration - _FLOAT_SLACK) * 1000) / 1000
            idx.fix_part_target(max(fitted, longest))
        current = idx.open
        if current is None:
            if self._input is not None:
                timeline, offset = self._input
                msn = self._numbering.claim(
                    timeline,
                    building.start_s + offset,
                    after=self._last_msn,
                    tolerance_s=self._input_tolerance(),
                )
            else:
                msn = self._numbering.claim(self._init_id, building.start_s, after=self._last_msn)
            self._last_msn = msn
            shared = self._numbering.date_of(msn)
            if fresh and shared is not None and (
                self._published_until is None or shared >= self._published_until
            ):
                # Another rendition dated this segment already: the same span gets the
                # same date in every rendition (each one's ingest estimate differs by
                # when it anchored, tens of milliseconds during an encoder's connect burst).
                self._anchor = (shared, building.start_s)
                pdt = shared
            self._numbering.date(msn, pdt)
            assert self._init_name is not None
            current = idx.open_segment(
                msn,
                init_name=self._init_name,
                discontinuity=self._discontinuity,
                program_date_time=pdt,
            )
            self._discontinuity = False
        units = building.units
        data = building.assemble(units) if building.assemble else b"".join(u.data for u in units)
        part = idx.append_part(
            part_name(current.msn, len(current.parts)),
            data,
            duration=building.duration,
            independent=building.independent,
            program_date_time=pdt,
        )
        end = pdt + timedelta(seconds=building.duration)
        if self._published_until is None or end > self._published_until:
            self._published_until = end
        self._segment_data.append(data)
        self._clock_s += building.duration
        self._forget_parts()  # the open segment grew: the oldest listed parts may leave
        return [PartReady(part, data)]

    def _input_tolerance(self) -> float:
        """How far apart two renditions' starts of one segment may be, by input time.

        Each process maps its output to the input's timeline through its first
        keyframe, which its muxer may have moved to its file's start by the audio
        that came before it (one or two AAC frames: 21 and 46 ms measured), so
        starts of one segment differ by that much. Distinct segments of one
        rendition start a keyframe interval or a segment target apart: a quarter
        of the target, at most 0.2 s, tells them apart.
        """
        return min(INPUT_TOLERANCE_S, self._profile.segment_target_s / 4)

    def _date(self, decode_time_s: float) -> datetime:
        """EXT-X-PROGRAM-DATE-TIME of media at `decode_time_s`: the anchored ingest clock."""
        if self._anchor is None:
            now, media_end = self._latest
            start = now - timedelta(seconds=media_end - decode_time_s)
            if self._published_until is not None and start < self._published_until:
                start = self._published_until  # dates never go back
            self._anchor = (start, decode_time_s)
        wall, base = self._anchor
        return wall + timedelta(seconds=decode_time_s - base)

    def _part_target_for(self, building: _Building) -> float:
        granules = building.granules[1:] or building.granules
        if not granules:
            return self._profile.part_target_s
        return fit_part_target(self._profile.part_target_s, statistics.median(granules))

    def _close_segment(self) -> list[PackagerEvent]:
        idx = self._index
        current = idx.open
        if current is None:
            return []
        before = {s.msn for s in idx.segments}
        segment = idx.close_segment(segment_name(current.msn))
        data = b"".join(self._segment_data)
        self._segment_data = []
        if segment is None:
            return []
        idx.share_part_data(segment.msn, data)
        for msn in before - {s.msn for s in idx.segments}:
            self._left_window[msn] = self._clock_s
        self._forget_parts()
        return [SegmentReady(segment, data), *self._expire()]

    def _end_of_file(self) -> list[PackagerEvent]:
        """The backend's file ends (a new init, or the end): close what is open."""
        # Audio after the last frame (an encoder's flush at disconnect) is the file's tail,
        # not media: no segment ends in audio without video.
        self._side = []
        building = self._building
        if building is not None and building.tail:
            del building.units[-building.tail :]
        self._audio_alone = False
        events = self._close_part()
        events += self._close_segment()
        return events

    # Keeping ---------------------------------------------------------------------
    def _forget_parts(self) -> None:
        """Parts' bytes stay in memory while listed (4.4.4.9); then their segment's file.

        The rule is the playlist's (hls.playlist): the segments ending within
        PART_LIST_TARGET_DURATIONS target durations of the end, the open segment's
        parts counted, so no listed part lacks its bytes and no unlisted one holds them.
        """
        idx = self._index
        keep_s = PART_LIST_TARGET_DURATIONS * idx.target_duration
        from_end = idx.open.duration if idx.open is not None else 0.0
        keep_from: int | None = None
        for seg in reversed(idx.retained):
            if from_end > keep_s:
                break
            keep_from = seg.msn
            from_end += seg.duration
        if keep_from is not None:
            idx.forget_part_data(keep_from)

    def _expire(self) -> list[PackagerEvent]:
        """Segments that left the window long enough ago, and inits nothing uses."""
        idx = self._index
        gone_after = GONE_AFTER_TARGET_DURATIONS * idx.target_duration
        removable = 0
        for seg in idx.retained[: max(0, len(idx.retained) - self._profile.keep_segments)]:
            left = self._left_window.get(seg.msn)
            if left is None or self._clock_s - left < gone_after - EPSILON_S:
                break
            removable += 1
        if not removable:
            return []
        gone = idx.expire(len(idx.retained) - removable)
        for seg in gone:
            self._left_window.pop(seg.msn, None)
        names = [seg.name for seg in gone]
        in_use = idx.inits_in_use()
        for name in dict.fromkeys(s.init_name for s in gone):
            if name not in in_use:
                names.append(name)
        return [SegmentsExpired(tuple(names))]

    def _check_open(self) -> None:
        if self._index.ended:
            raise RuntimeError(f"packager of {self._index.rendition} already finished")


def _carries_video(fragment: Fragment) -> bool:
    """Does the fragment hold video samples? (Fragments without track runs count as main.)"""
    if not fragment.tracks:
        return True
    return any(t.kind == "video" and t.sample_count for t in fragment.tracks)
