"""RenditionMirror: one rendition of an upstream's playlists, copied into a RenditionIndex (pure).

The bookkeeping of an edge, without I/O. It is told what the upstream lists
(`update`, a parsed media playlist of whichever source the edge follows
now) and what bytes arrived (`deliver`), and it says what to fetch next
(`Want`s) and fills the rendition's index through its public mutators, in
order, as far as the bytes it holds allow. The index is the one the origin's
packager fills, so delivery serves an edge as it serves an origin.

Copies, not re-packaging: media sequence numbers, part indexes, durations,
dates, discontinuities, init maps, the discontinuity sequence and the window
are the upstream's, and names follow Sender's grammar by number
(`seg-<msn>.m4s`, `part-<msn>.<i>.m4s`; inits keep a Sender upstream's
`init-<n>.mp4`, and an external muxer's init URI gets a stable number of its
own), so every node holds identical playlists and files and any node can
answer any request mid-session. A segment comes from its parts where the
upstream lists them (Sender's segment is the concatenation of its parts, so
its bytes are the origin's), else whole.

Nothing is ever recorded as missing because the upstream does not have it
yet: a preload-hinted part is asked for again at the next playlist; only an
object the upstream listed and then answers 404 for is taken as gone (a part
then comes with its whole segment; a gone segment is skipped).
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass
from datetime import datetime, timedelta
from urllib.parse import urlsplit

from sender.hls import parser as p
from sender.media.index import Part, RenditionIndex, Segment
from sender.media.names import InitName, init_name, parse_name, part_name, segment_name

# As the packager does (media.packager): parts' bytes stay in memory while listed (three
# target durations from the end), then come from their segment's file (delivery); segments
# stay on disk `keep` deep.
PART_BYTES_TARGET_DURATIONS = 3
INIT_IDS = 10**9  # init ids are at most 9 digits (media.names)

Key = tuple[str, int, int] | tuple[str, int] | tuple[str, str]


def init_key(name: str) -> tuple[str, str]:
    return ("init", name)


def part_key(msn: int, index: int) -> tuple[str, int, int]:
    return ("part", msn, index)


def segment_key(msn: int) -> tuple[str, int]:
    return ("segment", msn)


@dataclass(frozen=True, slots=True)
class Want:
    """An object to fetch: `uri` is relative to the playlist it was listed in."""

    key: Key
    uri: str
    blocking: bool = False  # the preload hint: the upstream holds it until it exists


@dataclass(frozen=True, slots=True)
class InitStored:
    name: str
    data: bytes


@dataclass(frozen=True, slots=True)
class SegmentStored:
    segment: Segment
    data: bytes


@dataclass(frozen=True, slots=True)
class Expired:
    """Files that left the mirror (segments beyond `keep`, inits nothing uses)."""

    names: tuple[str, ...]


MirrorEvent = InitStored | SegmentStored | Expired

Position = tuple[int, int]  # (msn, part index); -1: a segment without parts


def newest_position(playlist: p.MediaPlaylist) -> Position | None:
    """The newest part (or partless segment) an upstream playlist lists."""
    if playlist.open is not None and playlist.open.parts:
        return playlist.open.msn, len(playlist.open.parts) - 1
    if playlist.segments:
        last = playlist.segments[-1]
        return last.msn, len(last.parts) - 1
    return None


def local_init_name(uri: str) -> str:
    """An init's name here: a Sender upstream's own, else one numbered from its URI."""
    base = urlsplit(uri).path.rsplit("/", 1)[-1]
    named = parse_name(base)
    if isinstance(named, InitName):
        return base
    return init_name(zlib.crc32(uri.encode()) % INIT_IDS)


class RenditionMirror:
    def __init__(self, rendition: str, *, window_segments: int, keep_segments: int) -> None:
        self.rendition = rendition
        self._window = window_segments
        self._keep = keep_segments
        self.index: RenditionIndex | None = None
        self.low_latency = False  # the upstream blocks and lists parts
        self.upstream_ended = False
        self.upstream_newest: Position | None = None
        self._segments: dict[int, p.Segment] = {}  # listed upstream, not applied yet
        self._open: p.OpenSegment | None = None  # upstream's segment in progress
        self._hint: Want | None = None
        self._next: Position | None = None  # the part the upstream makes next
        self._independent = False  # the upstream claims EXT-X-INDEPENDENT-SEGMENTS
        self._inits: dict[str, bytes] = {}
        self._parts: dict[tuple[int, int], bytes] = {}  # waiting to be appended
        self._whole: dict[int, bytes] = {}  # whole segments waiting to be added
        self._wanted: set[Key] = set()
        self._gone: set[Key] = set()
        self._last_end: datetime | None = None  # where the newest applied media ends

    # What readers see ---------------------------------------------------------------
    @property
    def target_duration(self) -> int | None:
        return self.index.target_duration if self.index is not None else None

    def inits(self) -> dict[str, bytes]:
        return dict(self._inits)

    def init_bytes(self, name: str) -> bytes | None:
        return self._inits.get(name)

    def next_request(self) -> Position | None:
        """The blocking directives (_HLS_msn, _HLS_part) for the next playlist, if LL."""
        if not self.low_latency or self.upstream_ended:
            return None
        return self._next

    def held(self) -> Position | None:
        """The newest part (or partless segment) applied to the index."""
        return self.index.last_msn_part() if self.index is not None else None

    @property
    def caught_up(self) -> bool:
        """Has the index everything the upstream listed last?"""
        return self.upstream_newest is None or (
            self.held() is not None and self.held() == self.upstream_newest
        )

    # Input --------------------------------------------------------------------------
    def update(self, playlist: p.MediaPlaylist) -> list[Want]:
        """What the upstream lists now; returns the objects to fetch that are not asked for yet.

        Bytes that came before their listing (a preload-hinted part) go into the
        index at the next `advance`, which the caller runs after this.
        """
        if self.index is None:
            self._join(playlist)
        index = self.index
        assert index is not None
        self.low_latency = bool(
            playlist.part_target
            and playlist.server_control is not None
            and playlist.server_control.can_block_reload
        )
        frontier = index.next_part()[0] if index.open is None else index.open.msn
        for seg in playlist.segments:
            if seg.msn < frontier:
                continue
            known = self._segments.get(seg.msn)
            # A later listing may have dropped the parts an earlier one had: keep the fuller.
            if known is None or len(seg.parts) >= len(known.parts):
                self._segments[seg.msn] = seg
        if playlist.open is not None and playlist.open.msn >= frontier:
            self._open = playlist.open
        elif self._open is not None and self._open.msn < frontier:
            self._open = None
        self.upstream_ended = playlist.ended
        newest = newest_position(playlist)
        if newest is not None and (self.upstream_newest is None or newest > self.upstream_newest):
            self.upstream_newest = newest
        self._hint = None
        self._next = playlist.next_part()
        hint = playlist.preload_hint
        if self.low_latency and hint is not None and not playlist.ended:
            msn, part = playlist.next_part()
            self._hint = Want(part_key(msn, part), hint.uri, blocking=True)
        self._independent = playlist.independent_segments
        if self.upstream_ended and index.open is None and not self._pending(index):
            index.finish()  # everything listed is here already
        return self._wants()

    def deliver(self, key: Key, data: bytes, now: datetime) -> list[MirrorEvent]:
        """Bytes of a wanted object arrived; the index goes as far as they allow."""
        self._wanted.discard(key)
        events: list[MirrorEvent] = []
        kind = key[0]
        if kind == "init":
            name = str(key[1])
            if name not in self._inits:
                self._inits[name] = data
                events.append(InitStored(name, data))
        elif kind == "part" and len(key) == 3:
            self._parts[(int(key[1]), int(key[2]))] = data
        elif kind == "segment":
            self._whole[int(key[1])] = data
        return events + self.advance(now)

    def failed(self, key: Key, *, gone: bool) -> None:
        """A fetch failed; `gone` when the upstream listed the object and now answers 404."""
        self._wanted.discard(key)
        if gone:
            self._gone.add(key)
            if key[0] == "segment":
                self._segments.pop(int(key[1]), None)  # nobody has it any more: a gap

    def release(self) -> None:
        """Forget what was asked for (the edge moved to another source: ask it again there)."""
        self._wanted.clear()

    # Applying -------------------------------------------------------------------------
    def advance(self, now: datetime) -> list[MirrorEvent]:
        """Fill the index with what is held, in order, as far as it goes."""
        index = self.index
        if index is None or index.ended:
            return []
        events: list[MirrorEvent] = []
        while self._step(index, now, events):
            pass
        if self.upstream_ended and index.open is None and not self._pending(index):
            index.finish()
        self._prune(index)
        return events

    def finish(self, now: datetime) -> list[MirrorEvent]:
        """The generation ended and the upstream said no more: end the playlist as it stands."""
        index = self.index
        if index is None or index.ended:
            return []
        events = self.advance(now)
        current = index.open
        if current is not None and current.parts:
            events += self._close(index, current.msn)
        elif current is not None:
            index.close_segment(segment_name(current.msn))
        index.finish()
        return events

    def _step(self, index: RenditionIndex, now: datetime, events: list[MirrorEvent]) -> bool:
        current = index.open
        if current is not None:
            msn, count = current.msn, len(current.parts)
            seg = self._segments.get(msn)
            if seg is not None and seg.parts and count >= len(seg.parts):
                events += self._close(index, msn)
                return True
            meta = self._part_meta(msn, count)
            if meta is not None and (msn, count) in self._parts:
                start = current.program_date_time + timedelta(seconds=current.duration)
                index.append_part(
                    part_name(msn, count),
                    self._parts.pop((msn, count)),
                    duration=meta.duration,
                    independent=meta.independent,
                    program_date_time=start,
                )
                return True
            if seg is not None and msn in self._whole:
                events += self._add_whole(index, seg, now)
                return True
            return False
        target = self._next_known(index.next_part()[0])
        if target is None:
            return False
        seg = self._segments.get(target)
        listed = seg.init if seg is not None else (self._open.init if self._open else None)
        if listed is None:
            return False  # no EXT-X-MAP: not fMP4 media an index can carry
        name = local_init_name(listed.uri)
        if name not in self._inits:
            return False
        if index.init_name != name:
            index.set_init(name)
        if seg is not None and not self._via_parts(seg):
            if target in self._whole:
                events += self._add_whole(index, seg, now)
                return True
            return False
        if (target, 0) in self._parts and self._part_meta(target, 0) is not None:
            discontinuity, date = (
                (seg.discontinuity, seg.program_date_time)
                if seg is not None
                else (self._open.discontinuity, self._open.program_date_time)
                if self._open is not None
                else (False, None)
            )
            index.open_segment(
                target,
                init_name=name,
                discontinuity=discontinuity,
                program_date_time=date or self._last_end or now,
            )
            return True
        return False

    def _close(self, index: RenditionIndex, msn: int) -> list[MirrorEvent]:
        """The open segment, complete: with the upstream's EXTINF (its parts' durations are
        the playlist's rounded ones; their sum may differ from it in the last digit)."""
        current = index.open
        assert current is not None and current.parts
        held = [index.part_data(msn, j) for j in range(len(current.parts))]
        data = b"".join(b or b"" for b in held)
        seg = self._segments.pop(msn, None)
        segment = index.add_segment(
            msn,
            name=segment_name(msn),
            duration=seg.duration if seg is not None else current.duration,
            init_name=current.init_name,
            discontinuity=current.discontinuity,
            program_date_time=current.program_date_time,
            parts=current.parts,
        )
        if all(b is not None for b in held):
            index.share_part_data(msn, data)  # the parts, held once
        self._last_end = segment.program_date_time + timedelta(seconds=segment.duration)
        return [SegmentStored(segment, data), *self._expire(index)]

    def _add_whole(self, index: RenditionIndex, seg: p.Segment, now: datetime) -> list[MirrorEvent]:
        data = self._whole.pop(seg.msn)
        self._segments.pop(seg.msn, None)
        name = index.init_name or local_init_name(seg.init.uri if seg.init else "")
        date = seg.program_date_time or self._last_end or now
        parts = []
        start = date
        for part in seg.parts:
            parts.append(
                Part(
                    seg.msn,
                    part.index,
                    part_name(seg.msn, part.index),
                    part.duration,
                    part.independent,
                    start,
                )
            )
            start += timedelta(seconds=part.duration)
        if not parts:
            # No parts listed (a standard playlist, or an old segment of a low-latency one):
            # one part record spanning the segment keeps whether it starts independently
            # (hls.playlist claims EXT-X-INDEPENDENT-SEGMENTS from the parts). It has no
            # bytes here, so no playlist lists it and no request finds it.
            parts.append(
                Part(seg.msn, 0, part_name(seg.msn, 0), seg.duration, self._independent, date)
            )
        segment = index.add_segment(
            seg.msn,
            name=segment_name(seg.msn),
            duration=seg.duration,
            init_name=name,
            discontinuity=seg.discontinuity,
            program_date_time=date,
            parts=tuple(parts),
        )
        self._last_end = date + timedelta(seconds=seg.duration)
        return [SegmentStored(segment, data), *self._expire(index)]

    def _expire(self, index: RenditionIndex) -> list[MirrorEvent]:
        keep = max(self._keep, index.window_segments)
        self._forget_parts(index)
        if len(index.retained) <= keep:
            return []
        gone = index.expire(keep)
        names = [s.name for s in gone]
        in_use = index.inits_in_use()
        names += [n for n in dict.fromkeys(s.init_name for s in gone) if n not in in_use]
        return [Expired(tuple(names))]

    def _forget_parts(self, index: RenditionIndex) -> None:
        keep_s = PART_BYTES_TARGET_DURATIONS * index.target_duration
        from_end = index.open.duration if index.open is not None else 0.0
        keep_from: int | None = None
        for seg in reversed(index.retained):
            if from_end > keep_s:
                break
            keep_from = seg.msn
            from_end += seg.duration
        if keep_from is not None:
            index.forget_part_data(keep_from)

    # Helpers --------------------------------------------------------------------------
    def _join(self, playlist: p.MediaPlaylist) -> None:
        listed = len(playlist.segments)
        first = playlist.media_sequence + playlist.skipped_segments
        index = RenditionIndex(
            self.rendition,
            part_target=playlist.part_target or float(playlist.target_duration),
            target_duration=playlist.target_duration,
            window_segments=max(self._window, listed, 1),
            next_msn=first,
        )
        index.restore(
            (),
            media_sequence=first,
            discontinuity_sequence=playlist.discontinuity_sequence,
            ended=False,
        )
        self.index = index

    def _part_meta(self, msn: int, index: int) -> p.Part | None:
        seg = self._segments.get(msn)
        if seg is not None and index < len(seg.parts):
            return seg.parts[index]
        if self._open is not None and self._open.msn == msn and index < len(self._open.parts):
            return self._open.parts[index]
        return None

    def _via_parts(self, seg: p.Segment) -> bool:
        """Does the segment come from its parts (listed, none gone), not whole?"""
        if not seg.parts:
            return False
        return not any(part_key(seg.msn, j) in self._gone for j in range(len(seg.parts)))

    def _next_known(self, from_msn: int) -> int | None:
        known = [m for m in self._segments if m >= from_msn]
        if self._open is not None and self._open.msn >= from_msn:
            known.append(self._open.msn)
        return min(known) if known else None

    def _pending(self, index: RenditionIndex) -> bool:
        start = index.next_part()[0]
        return any(m >= start for m in self._segments)

    def _wants(self) -> list[Want]:
        index = self.index
        assert index is not None
        found: list[Want] = []

        def want(key: Key, uri: str, blocking: bool = False) -> None:
            if key in self._wanted or key in self._gone:
                return
            self._wanted.add(key)
            found.append(Want(key, uri, blocking))

        def init_of(listed: p.Map | None) -> None:
            if listed is not None:
                name = local_init_name(listed.uri)
                if name not in self._inits:
                    want(init_key(name), listed.uri)

        current = index.open
        for msn in sorted(self._segments):
            seg = self._segments[msn]
            init_of(seg.init)
            appended = len(current.parts) if current is not None and current.msn == msn else 0
            if self._via_parts(seg):
                for part in seg.parts[appended:]:
                    if (msn, part.index) not in self._parts:
                        want(part_key(msn, part.index), part.uri)
            elif msn not in self._whole:
                want(segment_key(msn), seg.uri)
        if self._open is not None:
            init_of(self._open.init)
            msn = self._open.msn
            appended = len(current.parts) if current is not None and current.msn == msn else 0
            for part in self._open.parts[appended:]:
                if (msn, part.index) not in self._parts:
                    want(part_key(msn, part.index), part.uri)
        hint = self._hint
        if hint is not None and self._next is not None:
            at = self._next
            if at not in self._parts and not index.has_part(*at):
                want(hint.key, hint.uri, blocking=True)
        return found

    def _prune(self, index: RenditionIndex) -> None:
        """Drop bytes of what the index is past (a hinted part that never came to be)."""
        frontier = index.next_part()
        for key in [k for k in self._parts if k < frontier]:
            del self._parts[key]
        for msn in [m for m in self._whole if m < frontier[0]]:
            del self._whole[msn]
        for msn in [m for m in self._segments if m < frontier[0]]:
            del self._segments[msn]
        self._gone = {k for k in self._gone if k[0] == "init" or int(k[1]) >= frontier[0] - 1}
