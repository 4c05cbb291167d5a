"""HLS playlists parsed into typed records (RFC 8216bis, HTTP Live Streaming 2nd Edition).

A pure function over text: `parse_playlist(text)` gives a `MediaPlaylist` or a
`MultivariantPlaylist`, with one typed record per tag Sender uses and a generic
`Tag` for every other one (kept, in order, with its line). It reads back every
playlist `hls.playlist` renders, and what other servers write, so an edge can
rebuild a rendition index from an upstream's playlists: each segment and part
carries its media sequence number (EXT-X-MEDIA-SEQUENCE plus its position, plus
the segments an EXT-X-SKIP stands for), its init map, discontinuity and date.

Malformed input raises PlaylistError with a message naming the line and the tag.
Strict where the specification is (8216bis 4.1 and 4.2: attribute lists, value
types, required attributes, tags a playlist carries once); lenient only where
no meaning changes: whitespace around a line, an EXTINF without its comma, a
date without a zone (taken as UTC).
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TypeVar

from sender.errors import PlaylistError
from sender.hls.playlist import RenditionReport, Variant

# Bounds on what a peer may send: an edge parses whatever its upstream answers.
# A day-long EVENT playlist of 2 s segments, each with PROGRAM-DATE-TIME and a
# token on its URI, is about 130,000 lines and 5 MB; Sender's own live playlists
# are a few KB. Past these a peer is sending something that is not a playlist.
MAX_PLAYLIST_SIZE = 8 << 20  # characters of text (bytes, when given bytes)
MAX_PLAYLIST_LINES = 250_000

# 8216bis 4.2: a decimal-integer is at most 2^64-1, written in 1 to 20 digits.
_MAX_INTEGER = 2**64 - 1
# Values quoted in error messages are cut to this many characters.
_SHOWN = 40

_T = TypeVar("_T")

_NAME = re.compile(r"[A-Z0-9-]+")
_UNQUOTED = re.compile(r'[^",\s]+')
# [0-9] rather than \d: \d (and int(), float()) accept digits of every script.
_DECIMAL_INTEGER = re.compile(r"[0-9]{1,20}")
_DECIMAL_FLOAT = re.compile(r"[0-9]+(?:\.[0-9]*)?|\.[0-9]+")
_SIGNED_FLOAT = re.compile(r"-?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)")
_HEXADECIMAL = re.compile(r"0[xX][0-9A-Fa-f]+")
_RESOLUTION = re.compile(r"([0-9]{1,20})x([0-9]{1,20})")
_BYTERANGE = re.compile(r"([0-9]{1,20})(?:@([0-9]{1,20}))?")
_DATE_TIME = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}")
# 8216bis 4.1: no control characters but line feed and carriage return (a tab
# is allowed: RECENTLY-REMOVED-DATERANGES is a tab-separated list). Checked once
# CRLF line ends are gone, so a carriage return left is a stray one.
_CONTROL = re.compile(r"[\x00-\x08\x0a-\x1f\x7f-\x9f]")


def _shown(value: str) -> str:
    return repr(value if len(value) <= _SHOWN else value[:_SHOWN] + "...")


# --- attribute lists (8216bis 4.2) ---------------------------------------------


def _integer(raw: str) -> int:
    if not _DECIMAL_INTEGER.fullmatch(raw):
        raise PlaylistError(f"not a decimal-integer: {_shown(raw)}")
    value = int(raw)
    if value > _MAX_INTEGER:
        raise PlaylistError(f"decimal-integer above 2^64-1: {_shown(raw)}")
    return value


def _float(raw: str, *, signed: bool = False) -> float:
    pattern = _SIGNED_FLOAT if signed else _DECIMAL_FLOAT
    if not pattern.fullmatch(raw):
        kind = "signed-decimal-floating-point" if signed else "decimal-floating-point"
        raise PlaylistError(f"not a {kind}: {_shown(raw)}")
    value = float(raw)
    if not math.isfinite(value):
        raise PlaylistError(f"number out of range: {_shown(raw)}")
    return value


def _byterange(raw: str) -> ByteRange:
    match = _BYTERANGE.fullmatch(raw)
    if match is None:
        raise PlaylistError(f"not a byte range <length>[@<offset>]: {_shown(raw)}")
    offset = match.group(2)
    return ByteRange(_integer(match.group(1)), None if offset is None else _integer(offset))


def _date_time(raw: str) -> datetime:
    """ISO 8601 date and time (8216bis 4.4.4.6); a time without a zone is taken as UTC."""
    if _DATE_TIME.match(raw):
        try:
            value = datetime.fromisoformat(raw)
            if value.tzinfo is None:
                value = value.replace(tzinfo=UTC)
            return value.astimezone(UTC)
        except (ValueError, OverflowError):
            pass
    raise PlaylistError(f"not an ISO 8601 date-time: {_shown(raw)}")


@dataclass(frozen=True, slots=True)
class Attributes:
    """An attribute list as written: (name, value, quoted) in order.

    Quoted-string values are kept without their quotes. The typed readers take
    the type the tag defines for the attribute and raise PlaylistError when the
    value is not of it; each returns None when the attribute is absent.
    """

    items: tuple[tuple[str, str, bool], ...] = ()

    def _find(self, name: str) -> tuple[str, bool] | None:
        for key, value, quoted in self.items:
            if key == name:
                return value, quoted
        return None

    def __contains__(self, name: object) -> bool:
        return any(key == name for key, _, _ in self.items)

    def names(self) -> tuple[str, ...]:
        return tuple(key for key, _, _ in self.items)

    def get(self, name: str) -> str | None:
        """The value as written, whatever its type (quoted strings without quotes)."""
        found = self._find(name)
        return None if found is None else found[0]

    def _unquoted(self, name: str, kind: str) -> str | None:
        found = self._find(name)
        if found is None:
            return None
        value, quoted = found
        if quoted:
            raise PlaylistError(f'{name}: not {kind}: "{value[:_SHOWN]}"')
        return value

    def quoted_string(self, name: str) -> str | None:
        found = self._find(name)
        if found is None:
            return None
        value, quoted = found
        if not quoted:
            raise PlaylistError(f"{name}: not a quoted-string: {_shown(value)}")
        return value

    def enumerated_string(self, name: str) -> str | None:
        return self._unquoted(name, "an enumerated-string")

    def flag(self, name: str) -> bool:
        """A YES/NO enumerated-string; absent means NO."""
        value = self._unquoted(name, "YES or NO")
        if value is None or value == "NO":
            return False
        if value == "YES":
            return True
        raise PlaylistError(f"{name}: not YES or NO: {_shown(value)}")

    def decimal_integer(self, name: str) -> int | None:
        value = self._unquoted(name, "a decimal-integer")
        return None if value is None else self._typed(name, _integer, value)

    def decimal_float(self, name: str) -> float | None:
        value = self._unquoted(name, "a decimal-floating-point")
        return None if value is None else self._typed(name, _float, value)

    def signed_float(self, name: str) -> float | None:
        value = self._unquoted(name, "a signed-decimal-floating-point")
        if value is None:
            return None
        return self._typed(name, lambda raw: _float(raw, signed=True), value)

    def resolution(self, name: str) -> tuple[int, int] | None:
        value = self._unquoted(name, "a decimal-resolution")
        if value is None:
            return None
        match = _RESOLUTION.fullmatch(value)
        if match is None:
            raise PlaylistError(f"{name}: not a decimal-resolution: {_shown(value)}")
        width, height = match.groups()
        return self._typed(name, _integer, width), self._typed(name, _integer, height)

    def hexadecimal(self, name: str) -> bytes | None:
        value = self._unquoted(name, "a hexadecimal-sequence")
        if value is None:
            return None
        if not _HEXADECIMAL.fullmatch(value):
            raise PlaylistError(f"{name}: not a hexadecimal-sequence: {_shown(value)}")
        digits = value[2:]
        return bytes.fromhex(digits if len(digits) % 2 == 0 else "0" + digits)

    @staticmethod
    def _typed(name: str, convert: Callable[[str], _T], value: str) -> _T:
        try:
            return convert(value)
        except PlaylistError as exc:
            raise PlaylistError(f"{name}: {exc}") from None


def parse_attributes(text: str) -> Attributes:
    """Split `NAME=VALUE,...` (8216bis 4.2): no whitespace, no name twice."""
    items: list[tuple[str, str, bool]] = []
    seen: set[str] = set()
    pos, end = 0, len(text)
    while True:
        match = _NAME.match(text, pos)
        if match is None:
            raise PlaylistError(
                f"bad attribute list: attribute name expected at character {pos + 1}"
            )
        name, pos = match.group(), match.end()
        if pos >= end or text[pos] != "=":
            raise PlaylistError(f"bad attribute list: '=' expected after {name}")
        pos += 1
        if pos < end and text[pos] == '"':
            close = text.find('"', pos + 1)
            if close < 0:
                raise PlaylistError(f"bad attribute list: {name} has an unterminated quoted-string")
            value, quoted, pos = text[pos + 1 : close], True, close + 1
        else:
            match = _UNQUOTED.match(text, pos)
            if match is None:
                raise PlaylistError(f"bad attribute list: {name} has no value")
            value, quoted, pos = match.group(), False, match.end()
        if name in seen:
            raise PlaylistError(f"bad attribute list: {name} appears twice")
        seen.add(name)
        items.append((name, value, quoted))
        if pos == end:
            return Attributes(tuple(items))
        if text[pos] != ",":
            raise PlaylistError(
                f"bad attribute list: ',' expected after the value of {name} at character {pos + 1}"
            )
        pos += 1


# --- records ---------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ByteRange:
    """A sub-range of a resource; without an offset it follows the previous range."""

    length: int
    offset: int | None = None


@dataclass(frozen=True, slots=True)
class Map:
    """EXT-X-MAP: the Media Initialization Section of the segments that follow."""

    uri: str
    byterange: ByteRange | None = None


@dataclass(frozen=True, slots=True)
class Part:
    """EXT-X-PART: part `index` of segment `msn`."""

    msn: int
    index: int
    uri: str
    duration: float
    independent: bool = False
    byterange: ByteRange | None = None
    gap: bool = False


@dataclass(frozen=True, slots=True)
class Segment:
    """A media segment: its EXTINF and URI, with the segment tags before them.

    `init` is the EXT-X-MAP in force; `program_date_time` is only what the
    playlist says for this segment (None without the tag); `parts` are its
    EXT-X-PART tags, empty when the playlist does not list them.
    """

    msn: int
    uri: str
    duration: float
    init: Map | None = None
    discontinuity: bool = False
    program_date_time: datetime | None = None
    parts: tuple[Part, ...] = ()
    title: str = ""
    byterange: ByteRange | None = None
    gap: bool = False


@dataclass(frozen=True, slots=True)
class OpenSegment:
    """The segment in progress: the parts (and segment tags) after the last URI."""

    msn: int
    init: Map | None = None
    discontinuity: bool = False
    program_date_time: datetime | None = None
    parts: tuple[Part, ...] = ()

    @property
    def duration(self) -> float:
        return sum(p.duration for p in self.parts)


@dataclass(frozen=True, slots=True)
class ServerControl:
    """EXT-X-SERVER-CONTROL (8216bis 4.4.3.8)."""

    can_block_reload: bool = False
    can_skip_until: float | None = None
    can_skip_dateranges: bool = False
    hold_back: float | None = None
    part_hold_back: float | None = None


@dataclass(frozen=True, slots=True)
class Skip:
    """EXT-X-SKIP: a delta update stands for the first `skipped_segments` segments."""

    skipped_segments: int
    recently_removed_dateranges: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class PreloadHint:
    """EXT-X-PRELOAD-HINT: TYPE is PART or MAP (others are kept, for what may come)."""

    type: str
    uri: str
    byterange_start: int | None = None
    byterange_length: int | None = None


@dataclass(frozen=True, slots=True)
class Tag:
    """A tag without a record of its own, kept as written.

    `value` is the text after the colon (None without one); `attributes` is
    the parsed list for tags the specification defines with one (EXT-X-KEY,
    EXT-X-DATERANGE, EXT-X-MEDIA, EXT-X-SESSION-DATA, ...), None otherwise.
    """

    name: str
    value: str | None
    line: int
    attributes: Attributes | None = None


@dataclass(frozen=True, slots=True)
class MediaPlaylist:
    target_duration: int
    version: int | None = None
    media_sequence: int = 0
    discontinuity_sequence: int = 0
    playlist_type: str | None = None
    part_target: float | None = None
    server_control: ServerControl | None = None
    skip: Skip | None = None
    segments: tuple[Segment, ...] = ()
    open: OpenSegment | None = None
    preload_hints: tuple[PreloadHint, ...] = ()
    rendition_reports: tuple[RenditionReport, ...] = ()
    ended: bool = False
    independent_segments: bool = False
    tags: tuple[Tag, ...] = ()

    @property
    def skipped_segments(self) -> int:
        return 0 if self.skip is None else self.skip.skipped_segments

    @property
    def preload_hint(self) -> PreloadHint | None:
        """The hinted part (TYPE=PART), if any."""
        return next((h for h in self.preload_hints if h.type == "PART"), None)

    def next_part(self) -> tuple[int, int]:
        """(msn, part index) of the part that comes next, where a PART hint points."""
        if self.open is not None:
            return self.open.msn, len(self.open.parts)
        if self.segments:
            return self.segments[-1].msn + 1, 0
        return self.media_sequence + self.skipped_segments, 0


@dataclass(frozen=True, slots=True)
class StreamInf:
    """EXT-X-STREAM-INF and its URI: the variant, and every attribute as written."""

    variant: Variant
    attributes: Attributes


@dataclass(frozen=True, slots=True)
class MultivariantPlaylist:
    streams: tuple[StreamInf, ...]
    version: int | None = None
    independent_segments: bool = False
    tags: tuple[Tag, ...] = ()

    @property
    def variants(self) -> tuple[Variant, ...]:
        return tuple(s.variant for s in self.streams)


Playlist = MediaPlaylist | MultivariantPlaylist


# --- the parser ------------------------------------------------------------------

# Tags of one kind of playlist only (8216bis 4.1: a playlist is one or the other).
_MEDIA_ONLY = frozenset(
    {
        "EXTINF", "EXT-X-BYTERANGE", "EXT-X-DISCONTINUITY", "EXT-X-KEY", "EXT-X-MAP",
        "EXT-X-PROGRAM-DATE-TIME", "EXT-X-GAP", "EXT-X-BITRATE", "EXT-X-PART",
        "EXT-X-DATERANGE", "EXT-X-SKIP", "EXT-X-PRELOAD-HINT", "EXT-X-RENDITION-REPORT",
        "EXT-X-TARGETDURATION", "EXT-X-MEDIA-SEQUENCE", "EXT-X-DISCONTINUITY-SEQUENCE",
        "EXT-X-ENDLIST", "EXT-X-PLAYLIST-TYPE", "EXT-X-I-FRAMES-ONLY", "EXT-X-PART-INF",
        "EXT-X-SERVER-CONTROL",
    }
)  # fmt: skip
_MULTIVARIANT_ONLY = frozenset(
    {
        "EXT-X-MEDIA", "EXT-X-STREAM-INF", "EXT-X-I-FRAME-STREAM-INF", "EXT-X-SESSION-DATA",
        "EXT-X-SESSION-KEY", "EXT-X-CONTENT-STEERING",
    }
)  # fmt: skip
# Tags kept generic whose value the specification defines as an attribute list.
_ATTRIBUTE_TAGS = frozenset(
    {
        "EXT-X-KEY", "EXT-X-DATERANGE", "EXT-X-START", "EXT-X-DEFINE", "EXT-X-MEDIA",
        "EXT-X-I-FRAME-STREAM-INF", "EXT-X-SESSION-DATA", "EXT-X-SESSION-KEY",
        "EXT-X-CONTENT-STEERING",
    }
)  # fmt: skip
# Tags a playlist carries at most once (8216bis 4.4).
_ONCE = frozenset(
    {
        "EXT-X-VERSION", "EXT-X-TARGETDURATION", "EXT-X-MEDIA-SEQUENCE",
        "EXT-X-DISCONTINUITY-SEQUENCE", "EXT-X-PLAYLIST-TYPE", "EXT-X-PART-INF",
        "EXT-X-SERVER-CONTROL", "EXT-X-SKIP",
    }
)  # fmt: skip
# Tags that give the numbering of the first segment, so must come before it.
_BEFORE_SEGMENTS = frozenset({"EXT-X-MEDIA-SEQUENCE", "EXT-X-DISCONTINUITY-SEQUENCE", "EXT-X-SKIP"})


def _needs_value(value: str | None) -> str:
    if not value:
        raise PlaylistError("needs a value")
    return value


def _no_value(value: str | None) -> None:
    if value:
        raise PlaylistError(f"takes no value, got {_shown(value)}")


def _required(value: _T | None, name: str) -> _T:
    if value is None:
        raise PlaylistError(f"missing the required {name}")
    return value


class _Parser:
    """The running state of one parse; `_HANDLERS` maps each modelled tag to a method."""

    def __init__(self) -> None:
        self.line = 0
        self.first_line: dict[str, int] = {}  # where each tag of _ONCE appeared
        # (line, tag) of the first tag only a media or only a multivariant playlist has.
        self.media_line: tuple[int, str] | None = None
        self.multivariant_line: tuple[int, str] | None = None
        # Playlist tags.
        self.version: int | None = None
        self.target_duration: int | None = None
        self.media_sequence = 0
        self.discontinuity_sequence = 0
        self.playlist_type: str | None = None
        self.part_target: float | None = None
        self.server_control: ServerControl | None = None
        self.skip: Skip | None = None
        self.ended = False
        self.independent_segments = False
        self.preload_hints: list[PreloadHint] = []
        self.reports: list[RenditionReport] = []
        self.tags: list[Tag] = []
        # Segments, and the tags that apply to the next one.
        self.segments: list[Segment] = []
        self.map: Map | None = None
        self.map_pending = False
        self.extinf: tuple[int, float, str] | None = None  # line, duration, title
        self.discontinuity = False
        self.date: datetime | None = None
        self.byterange: ByteRange | None = None
        self.gap = False
        self.parts: list[Part] = []
        # Variants.
        self.streams: list[StreamInf] = []
        self.stream_inf: tuple[int, Attributes] | None = None

    # -- lines ------------------------------------------------------------------

    def tag(self, name: str, value: str | None) -> None:
        if self.stream_inf is not None:
            raise PlaylistError(
                f"the EXT-X-STREAM-INF on line {self.stream_inf[0]} is not followed by its URI"
            )
        self._kind(name)
        if name in _ONCE:
            if name in self.first_line:
                raise PlaylistError(f"appears twice (first on line {self.first_line[name]})")
            self.first_line[name] = self.line
        if name in _BEFORE_SEGMENTS and self._in_segments():
            raise PlaylistError("must come before the first media segment")
        handler = _HANDLERS.get(name)
        if handler is not None:
            handler(self, value)
        else:
            attributes = parse_attributes(_needs_value(value)) if name in _ATTRIBUTE_TAGS else None
            self.tags.append(Tag(name, value, self.line, attributes))

    def uri(self, text: str) -> None:
        if self.stream_inf is not None:
            attrs = self.stream_inf[1]
            self.stream_inf = None
            self.streams.append(StreamInf(self._variant(text, attrs), attrs))
            return
        if self.extinf is None:
            raise PlaylistError(f"{_shown(text)} has no EXTINF or EXT-X-STREAM-INF before it")
        _, duration, title = self.extinf
        parts = tuple(self.parts)
        self.segments.append(
            Segment(
                msn=self._msn(),
                uri=text,
                duration=duration,
                init=self.map,
                discontinuity=self.discontinuity,
                program_date_time=self.date,
                parts=parts,
                title=title,
                byterange=self.byterange,
                gap=self.gap,
            )
        )
        self.extinf = None
        self.map_pending = self.discontinuity = self.gap = False
        self.date = self.byterange = None
        self.parts = []

    def finish(self) -> Playlist:
        if self.stream_inf is not None:
            raise PlaylistError(
                f"line {self.stream_inf[0]}: EXT-X-STREAM-INF is not followed by its URI"
            )
        if self.extinf is not None:
            raise PlaylistError(f"line {self.extinf[0]}: EXTINF is not followed by a URI")
        if self.multivariant_line is not None:
            return MultivariantPlaylist(
                streams=tuple(self.streams),
                version=self.version,
                independent_segments=self.independent_segments,
                tags=tuple(self.tags),
            )
        if self.target_duration is None:
            raise PlaylistError("a media playlist needs EXT-X-TARGETDURATION")
        open_segment = None
        if self.parts or self.discontinuity or self.date is not None or self.map_pending:
            open_segment = OpenSegment(
                msn=self._msn(),
                init=self.map,
                discontinuity=self.discontinuity,
                program_date_time=self.date,
                parts=tuple(self.parts),
            )
        return MediaPlaylist(
            target_duration=self.target_duration,
            version=self.version,
            media_sequence=self.media_sequence,
            discontinuity_sequence=self.discontinuity_sequence,
            playlist_type=self.playlist_type,
            part_target=self.part_target,
            server_control=self.server_control,
            skip=self.skip,
            segments=tuple(self.segments),
            open=open_segment,
            preload_hints=tuple(self.preload_hints),
            rendition_reports=tuple(self.reports),
            ended=self.ended,
            independent_segments=self.independent_segments,
            tags=tuple(self.tags),
        )

    # -- helpers ----------------------------------------------------------------

    def _kind(self, name: str) -> None:
        if name in _MEDIA_ONLY:
            if self.multivariant_line is not None:
                line, other = self.multivariant_line
                raise PlaylistError(
                    f"a media tag in a multivariant playlist ({other} on line {line})"
                )
            if self.media_line is None:
                self.media_line = (self.line, name)
        elif name in _MULTIVARIANT_ONLY:
            if self.media_line is not None:
                line, other = self.media_line
                raise PlaylistError(
                    f"a multivariant tag in a media playlist ({other} on line {line})"
                )
            if self.multivariant_line is None:
                self.multivariant_line = (self.line, name)

    def _in_segments(self) -> bool:
        return bool(self.segments or self.parts or self.extinf is not None)

    def _msn(self) -> int:
        return self.media_sequence + self.skipped + len(self.segments)

    @property
    def skipped(self) -> int:
        return 0 if self.skip is None else self.skip.skipped_segments

    @staticmethod
    def _variant(uri: str, attrs: Attributes) -> Variant:
        return Variant(
            uri=uri,
            bandwidth=_required(attrs.decimal_integer("BANDWIDTH"), "BANDWIDTH"),
            average_bandwidth=attrs.decimal_integer("AVERAGE-BANDWIDTH"),
            codecs=attrs.quoted_string("CODECS"),
            resolution=attrs.resolution("RESOLUTION"),
            frame_rate=attrs.decimal_float("FRAME-RATE"),
        )

    # -- tag handlers (8216bis section numbers) -----------------------------------

    def _version(self, value: str | None) -> None:  # 4.4.1.2
        self.version = _integer(_needs_value(value))

    def _independent_segments(self, value: str | None) -> None:  # 4.4.2.1
        _no_value(value)
        self.independent_segments = True

    def _target_duration(self, value: str | None) -> None:  # 4.4.3.1
        self.target_duration = _integer(_needs_value(value))

    def _media_sequence(self, value: str | None) -> None:  # 4.4.3.2
        self.media_sequence = _integer(_needs_value(value))

    def _discontinuity_sequence(self, value: str | None) -> None:  # 4.4.3.3
        self.discontinuity_sequence = _integer(_needs_value(value))

    def _endlist(self, value: str | None) -> None:  # 4.4.3.4
        _no_value(value)
        self.ended = True

    def _playlist_type(self, value: str | None) -> None:  # 4.4.3.5
        kind = _needs_value(value)
        if kind not in ("EVENT", "VOD"):
            raise PlaylistError(f"not EVENT or VOD: {_shown(kind)}")
        self.playlist_type = kind

    def _part_inf(self, value: str | None) -> None:  # 4.4.3.7
        attrs = parse_attributes(_needs_value(value))
        self.part_target = _required(attrs.decimal_float("PART-TARGET"), "PART-TARGET")

    def _server_control(self, value: str | None) -> None:  # 4.4.3.8
        attrs = parse_attributes(_needs_value(value))
        self.server_control = ServerControl(
            can_block_reload=attrs.flag("CAN-BLOCK-RELOAD"),
            can_skip_until=attrs.decimal_float("CAN-SKIP-UNTIL"),
            can_skip_dateranges=attrs.flag("CAN-SKIP-DATERANGES"),
            hold_back=attrs.decimal_float("HOLD-BACK"),
            part_hold_back=attrs.decimal_float("PART-HOLD-BACK"),
        )

    def _extinf(self, value: str | None) -> None:  # 4.4.4.1
        if self.extinf is not None:
            raise PlaylistError(f"the EXTINF on line {self.extinf[0]} has no URI")
        duration, _, title = _needs_value(value).partition(",")
        self.extinf = (self.line, _float(duration), title)

    def _byterange_tag(self, value: str | None) -> None:  # 4.4.4.2
        self.byterange = _byterange(_needs_value(value))

    def _discontinuity(self, value: str | None) -> None:  # 4.4.4.3
        _no_value(value)
        self.discontinuity = True

    def _map(self, value: str | None) -> None:  # 4.4.4.5
        attrs = parse_attributes(_needs_value(value))
        byterange = attrs.quoted_string("BYTERANGE")
        self.map = Map(
            uri=_required(attrs.quoted_string("URI"), "URI"),
            byterange=None if byterange is None else _byterange(byterange),
        )
        self.map_pending = True

    def _program_date_time(self, value: str | None) -> None:  # 4.4.4.6
        self.date = _date_time(_needs_value(value))

    def _gap(self, value: str | None) -> None:  # 4.4.4.7
        _no_value(value)
        self.gap = True

    def _part(self, value: str | None) -> None:  # 4.4.4.9
        attrs = parse_attributes(_needs_value(value))
        byterange = attrs.quoted_string("BYTERANGE")
        self.parts.append(
            Part(
                msn=self._msn(),
                index=len(self.parts),
                uri=_required(attrs.quoted_string("URI"), "URI"),
                duration=_required(attrs.decimal_float("DURATION"), "DURATION"),
                independent=attrs.flag("INDEPENDENT"),
                byterange=None if byterange is None else _byterange(byterange),
                gap=attrs.flag("GAP"),
            )
        )

    def _skip(self, value: str | None) -> None:  # 4.4.5.2
        attrs = parse_attributes(_needs_value(value))
        removed = attrs.quoted_string("RECENTLY-REMOVED-DATERANGES")
        self.skip = Skip(
            skipped_segments=_required(
                attrs.decimal_integer("SKIPPED-SEGMENTS"), "SKIPPED-SEGMENTS"
            ),
            recently_removed_dateranges=tuple(removed.split("\t")) if removed else (),
        )

    def _preload_hint(self, value: str | None) -> None:  # 4.4.5.3
        attrs = parse_attributes(_needs_value(value))
        self.preload_hints.append(
            PreloadHint(
                type=_required(attrs.enumerated_string("TYPE"), "TYPE"),
                uri=_required(attrs.quoted_string("URI"), "URI"),
                byterange_start=attrs.decimal_integer("BYTERANGE-START"),
                byterange_length=attrs.decimal_integer("BYTERANGE-LENGTH"),
            )
        )

    def _rendition_report(self, value: str | None) -> None:  # 4.4.5.4
        attrs = parse_attributes(_needs_value(value))
        self.reports.append(
            RenditionReport(
                uri=_required(attrs.quoted_string("URI"), "URI"),
                last_msn=_required(attrs.decimal_integer("LAST-MSN"), "LAST-MSN"),
                last_part=attrs.decimal_integer("LAST-PART"),
            )
        )

    def _stream_inf(self, value: str | None) -> None:  # 4.4.6.2
        attrs = parse_attributes(_needs_value(value))
        self._variant("", attrs)  # check the attributes now, on this line
        self.stream_inf = (self.line, attrs)


_HANDLERS: dict[str, Callable[[_Parser, str | None], None]] = {
    "EXT-X-VERSION": _Parser._version,
    "EXT-X-INDEPENDENT-SEGMENTS": _Parser._independent_segments,
    "EXT-X-TARGETDURATION": _Parser._target_duration,
    "EXT-X-MEDIA-SEQUENCE": _Parser._media_sequence,
    "EXT-X-DISCONTINUITY-SEQUENCE": _Parser._discontinuity_sequence,
    "EXT-X-ENDLIST": _Parser._endlist,
    "EXT-X-PLAYLIST-TYPE": _Parser._playlist_type,
    "EXT-X-PART-INF": _Parser._part_inf,
    "EXT-X-SERVER-CONTROL": _Parser._server_control,
    "EXTINF": _Parser._extinf,
    "EXT-X-BYTERANGE": _Parser._byterange_tag,
    "EXT-X-DISCONTINUITY": _Parser._discontinuity,
    "EXT-X-MAP": _Parser._map,
    "EXT-X-PROGRAM-DATE-TIME": _Parser._program_date_time,
    "EXT-X-GAP": _Parser._gap,
    "EXT-X-PART": _Parser._part,
    "EXT-X-SKIP": _Parser._skip,
    "EXT-X-PRELOAD-HINT": _Parser._preload_hint,
    "EXT-X-RENDITION-REPORT": _Parser._rendition_report,
    "EXT-X-STREAM-INF": _Parser._stream_inf,
}


def _text(data: str | bytes) -> str:
    if len(data) > MAX_PLAYLIST_SIZE:
        raise PlaylistError(f"playlist of {len(data)} characters exceeds {MAX_PLAYLIST_SIZE}")
    if isinstance(data, bytes):
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise PlaylistError(f"playlist is not UTF-8 (byte {exc.start + 1})") from None
    return data


def parse_playlist(data: str | bytes) -> Playlist:
    """Parse a media or multivariant playlist (the tags decide which it is)."""
    text = _text(data)
    if text.count("\n") > MAX_PLAYLIST_LINES:
        raise PlaylistError(f"playlist has more than {MAX_PLAYLIST_LINES} lines")
    if text.startswith("\ufeff"):
        raise PlaylistError("playlist starts with a byte order mark (8216bis 4.1 forbids it)")
    lines = text.replace("\r\n", "\n").split("\n")
    if lines[0].strip() != "#EXTM3U":
        raise PlaylistError(f"the first line is not #EXTM3U: {_shown(lines[0])}")
    parser = _Parser()
    for number, raw in enumerate(lines[1:], start=2):
        parser.line = number
        control = _CONTROL.search(raw)
        if control is not None:
            raise PlaylistError(f"line {number}: control character U+{ord(control.group()):04X}")
        line = raw.strip()
        if not line or (line.startswith("#") and not line.startswith("#EXT")):
            continue  # blank lines and comments (8216bis 4.1)
        if line.startswith("#"):
            name, colon, value = line[1:].partition(":")
            try:
                parser.tag(name, value if colon else None)
            except PlaylistError as exc:
                raise PlaylistError(f"line {number}: {name}: {exc}") from None
        else:
            try:
                parser.uri(line)
            except PlaylistError as exc:
                raise PlaylistError(f"line {number}: {exc}") from None
    return parser.finish()


def parse_media_playlist(data: str | bytes) -> MediaPlaylist:
    playlist = parse_playlist(data)
    if not isinstance(playlist, MediaPlaylist):
        raise PlaylistError("a multivariant playlist where a media playlist was expected")
    return playlist


def parse_multivariant(data: str | bytes) -> MultivariantPlaylist:
    playlist = parse_playlist(data)
    if not isinstance(playlist, MultivariantPlaylist):
        raise PlaylistError("a media playlist where a multivariant playlist was expected")
    return playlist
