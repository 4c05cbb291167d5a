"""A sans-I/O reader of live fragmented MP4 (ISO/IEC 14496-12, ISO BMFF).

ffmpeg writes `ftyp`, `moov`, then `moof`+`mdat` pairs to its stdout. The
reader takes those bytes in chunks of any size and hands back, in order, an
`InitSegment` for each `ftyp`+`moov` and a `Fragment` for each `moof`..`mdat`,
both carrying their bytes verbatim so the packager can write them as they are.

Only what packaging and playlists need is parsed: track kinds, timescales and
codec strings (RFC 6381) from the `moov`; decode time, duration and whether the
fragment starts on a sync sample from each `moof`. Bad input raises Fmp4Error.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from typing import Literal

from sender.errors import Fmp4Error

TrackKind = Literal["video", "audio"]

# Limits on what a live encoder may reasonably send. An mdat carries one ~200 ms
# fragment (or one GOP when keyframes are rare), so 64 MiB is far beyond any real
# bitrate; metadata boxes are a few KB.
MAX_MEDIA_BOX = 64 << 20
MAX_META_BOX = 4 << 20
MAX_TRACKS = 16

# Top-level boxes that may appear in a live fMP4 stream and carry nothing the
# packager needs. styp and sidx describe segments that Sender re-cuts itself,
# prft is the muxer's own wall clock (Sender anchors to ingest time instead).
_SKIPPED_TOP_LEVEL = frozenset(
    b"free skip styp sidx ssix prft emsg uuid meta mfra wide pdin".split()
)

# ISO BMFF 8.8.3.1: sample_is_non_sync_sample is bit 16 of the sample flags.
_NON_SYNC = 0x0001_0000


@dataclass(frozen=True, slots=True)
class TrackInfo:
    track_id: int
    kind: TrackKind
    timescale: int
    codec: str  # RFC 6381 `codecs` value, e.g. "avc1.64000c" or "mp4a.40.2"
    width: int | None = None
    height: int | None = None
    sample_rate: int | None = None
    channels: int | None = None


@dataclass(frozen=True, slots=True)
class InitSegment:
    data: bytes  # ftyp + moov, verbatim
    tracks: tuple[TrackInfo, ...]

    @property
    def codecs(self) -> str:
        """The CODECS attribute value: video first, then audio."""
        ordered = sorted(self.tracks, key=lambda t: t.kind != "video")
        return ",".join(t.codec for t in ordered)

    @property
    def video(self) -> TrackInfo | None:
        return next((t for t in self.tracks if t.kind == "video"), None)

    @property
    def audio(self) -> TrackInfo | None:
        return next((t for t in self.tracks if t.kind == "audio"), None)


@dataclass(frozen=True, slots=True)
class TrackFragment:
    """One track's run in a fragment, in seconds of that track's timescale."""

    track_id: int
    kind: TrackKind
    decode_time_s: float
    duration_s: float
    sample_count: int
    first_sample_sync: bool
    size: int  # bytes of sample data


@dataclass(frozen=True, slots=True)
class Fragment:
    data: bytes  # moof .. mdat, verbatim
    decode_time_s: float
    duration_s: float
    independent: bool
    tracks: tuple[TrackFragment, ...]


@dataclass(frozen=True, slots=True)
class _Trex:
    default_duration: int = 0
    default_size: int = 0
    default_flags: int = 0


@dataclass(frozen=True, slots=True)
class _Track:
    info: TrackInfo
    trex: _Trex


class _Cursor:
    """Big-endian reads over a slice of bytes; running short is an Fmp4Error."""

    __slots__ = ("data", "end", "pos", "what")

    def __init__(self, data: bytes, start: int, end: int, what: str) -> None:
        self.data = data
        self.pos = start
        self.end = end
        self.what = what

    def take(self, n: int) -> bytes:
        if n < 0 or self.pos + n > self.end:
            raise Fmp4Error(f"{self.what} is truncated")
        out = self.data[self.pos : self.pos + n]
        self.pos += n
        return out

    def skip(self, n: int) -> None:
        self.take(n)

    @property
    def remaining(self) -> int:
        return self.end - self.pos

    def u8(self) -> int:
        return self.take(1)[0]

    def u16(self) -> int:
        return int.from_bytes(self.take(2), "big")

    def u24(self) -> int:
        return int.from_bytes(self.take(3), "big")

    def u32(self) -> int:
        return int.from_bytes(self.take(4), "big")

    def u64(self) -> int:
        return int.from_bytes(self.take(8), "big")

    def full_box(self) -> tuple[int, int]:
        return self.u8(), self.u24()


def _children(data: bytes, start: int, end: int, parent: str) -> list[tuple[bytes, int, int]]:
    """The child boxes of a container as (type, payload start, payload end)."""
    out: list[tuple[bytes, int, int]] = []
    pos = start
    while pos < end:
        if end - pos < 8:
            raise Fmp4Error(f"{parent}: {end - pos} stray bytes after the last child box")
        size, kind = struct.unpack_from(">I4s", data, pos)
        header = 8
        if size == 1:
            if end - pos < 16:
                raise Fmp4Error(f"{parent}: truncated 64-bit box size")
            (size,) = struct.unpack_from(">Q", data, pos + 8)
            header = 16
        elif size == 0:
            size = end - pos  # ISO BMFF 4.2: extends to the end of the enclosing box
        if size < header or pos + size > end:
            raise Fmp4Error(f"{parent}: child box {kind!r} of size {size} does not fit")
        out.append((kind, pos + header, pos + size))
        pos += size
    return out


def _find(boxes: list[tuple[bytes, int, int]], kind: bytes) -> tuple[int, int] | None:
    for k, s, e in boxes:
        if k == kind:
            return s, e
    return None


def _need(boxes: list[tuple[bytes, int, int]], kind: bytes, parent: str) -> tuple[int, int]:
    found = _find(boxes, kind)
    if found is None:
        raise Fmp4Error(f"{parent} has no {kind.decode('latin-1')} box")
    return found


# --- moov ------------------------------------------------------------------


def _parse_moov(data: bytes, start: int, end: int) -> dict[int, _Track]:
    boxes = _children(data, start, end, "moov")
    trexes: dict[int, _Trex] = {}
    mvex = _find(boxes, b"mvex")
    if mvex is not None:
        for kind, s, e in _children(data, *mvex, "mvex"):
            if kind == b"trex":
                c = _Cursor(data, s, e, "trex")
                c.full_box()
                track_id = c.u32()
                c.u32()  # default_sample_description_index
                trexes[track_id] = _Trex(c.u32(), c.u32(), c.u32())
    tracks: dict[int, _Track] = {}
    for kind, s, e in boxes:
        if kind != b"trak":
            continue
        info = _parse_trak(data, s, e)
        if info is None:
            continue  # a track that is neither video nor audio (timed metadata, subtitles)
        if info.track_id in tracks:
            raise Fmp4Error(f"moov: track {info.track_id} appears twice")
        if len(tracks) >= MAX_TRACKS:
            raise Fmp4Error(f"moov: more than {MAX_TRACKS} tracks")
        tracks[info.track_id] = _Track(info, trexes.get(info.track_id, _Trex()))
    if not tracks:
        raise Fmp4Error("moov has no video or audio track")
    return tracks


def _parse_trak(data: bytes, start: int, end: int) -> TrackInfo | None:
    trak = _children(data, start, end, "trak")
    c = _Cursor(data, *_need(trak, b"tkhd", "trak"), "tkhd")
    version, _ = c.full_box()
    c.skip(16 if version == 1 else 8)  # creation and modification times
    track_id = c.u32()
    if track_id == 0:
        raise Fmp4Error("tkhd: track_ID 0 is reserved")
    mdia = _children(data, *_need(trak, b"mdia", "trak"), "mdia")
    c = _Cursor(data, *_need(mdia, b"mdhd", "mdia"), "mdhd")
    version, _ = c.full_box()
    c.skip(16 if version == 1 else 8)
    timescale = c.u32()
    if timescale == 0:
        raise Fmp4Error(f"mdhd: track {track_id} has timescale 0")
    c = _Cursor(data, *_need(mdia, b"hdlr", "mdia"), "hdlr")
    c.full_box()
    c.u32()  # pre_defined
    handler = c.take(4)
    if handler == b"vide":
        kind: TrackKind = "video"
    elif handler == b"soun":
        kind = "audio"
    else:
        return None
    minf = _children(data, *_need(mdia, b"minf", "mdia"), "minf")
    stbl = _children(data, *_need(minf, b"stbl", "minf"), "stbl")
    c = _Cursor(data, *_need(stbl, b"stsd", "stbl"), "stsd")
    c.full_box()
    if c.u32() < 1:
        raise Fmp4Error(f"stsd: track {track_id} has no sample entry")
    entries = _children(data, c.pos, c.end, "stsd")
    if not entries:
        raise Fmp4Error(f"stsd: track {track_id} has no sample entry")
    fourcc, s, e = entries[0]
    if kind == "video":
        return _visual_entry(track_id, timescale, fourcc, data, s, e)
    return _audio_entry(track_id, timescale, fourcc, data, s, e)


def _fourcc(fourcc: bytes) -> str:
    return fourcc.decode("latin-1")


def _visual_entry(
    track_id: int, timescale: int, fourcc: bytes, data: bytes, start: int, end: int
) -> TrackInfo:
    # ISO BMFF 12.1.3: SampleEntry (8 bytes) then VisualSampleEntry fields (70 bytes).
    c = _Cursor(data, start, end, _fourcc(fourcc))
    c.skip(8 + 16)
    width, height = c.u16(), c.u16()
    c.skip(50)
    children = _children(data, c.pos, end, _fourcc(fourcc))
    codec = _fourcc(fourcc)
    if fourcc in (b"avc1", b"avc3"):
        codec = _avc_codec(fourcc, data, *_need(children, b"avcC", codec))
    elif fourcc in (b"hvc1", b"hev1"):
        codec = _hevc_codec(fourcc, data, *_need(children, b"hvcC", codec))
    elif fourcc == b"av01":
        codec = _av1_codec(data, *_need(children, b"av1C", codec))
    return TrackInfo(track_id, "video", timescale, codec, width=width, height=height)


def _avc_codec(fourcc: bytes, data: bytes, start: int, end: int) -> str:
    # ISO/IEC 14496-15 5.3.3.1: version, profile, compatibility, level (RFC 6381 3.3).
    c = _Cursor(data, start, end, "avcC")
    c.u8()
    profile, compat, level = c.u8(), c.u8(), c.u8()
    return f"{_fourcc(fourcc)}.{profile:02x}{compat:02x}{level:02x}"


def _hevc_codec(fourcc: bytes, data: bytes, start: int, end: int) -> str:
    # ISO/IEC 14496-15 Annex E.3:
    # hvc1.<space><profile>.<compat, bits reversed>.<tier><level>.<constraint bytes>
    c = _Cursor(data, start, end, "hvcC")
    c.u8()
    b = c.u8()
    space, tier, profile = b >> 6, (b >> 5) & 1, b & 0x1F
    compat = c.u32()
    constraints = c.take(6)
    level = c.u8()
    reversed_compat = int(f"{compat:032b}"[::-1], 2)
    parts = [
        _fourcc(fourcc),
        ("", "A", "B", "C")[space] + str(profile),
        f"{reversed_compat:x}",
        ("H" if tier else "L") + str(level),
    ]
    trimmed = constraints.rstrip(b"\x00")
    parts.extend(f"{byte:x}" for byte in trimmed)
    return ".".join(parts)


def _av1_codec(data: bytes, start: int, end: int) -> str:
    # AV1 Codec ISO Media File Format Binding 2.3.3 (av1C) and Annex A (codecs parameter):
    # av01.<profile>.<level><tier>.<bit depth>
    c = _Cursor(data, start, end, "av1C")
    marker = c.u8()
    if marker != 0x81:
        raise Fmp4Error(f"av1C: marker and version byte 0x{marker:02x}, expected 0x81")
    b = c.u8()
    profile, level = b >> 5, b & 0x1F
    b = c.u8()
    tier, high_bitdepth, twelve_bit = b >> 7, (b >> 6) & 1, (b >> 5) & 1
    depth = 8
    if high_bitdepth:
        depth = 12 if profile == 2 and twelve_bit else 10
    return f"av01.{profile}.{level:02d}{'H' if tier else 'M'}.{depth:02d}"


def _audio_entry(
    track_id: int, timescale: int, fourcc: bytes, data: bytes, start: int, end: int
) -> TrackInfo:
    # ISO BMFF 12.2.3: SampleEntry (8 bytes) then AudioSampleEntry fields (20 bytes).
    c = _Cursor(data, start, end, _fourcc(fourcc))
    c.skip(8 + 8)
    channels = c.u16()
    c.skip(6)
    sample_rate = c.u32() >> 16
    codec = _fourcc(fourcc)
    if fourcc == b"mp4a":
        children = _children(data, c.pos, end, codec)
        esds = _find(children, b"esds")
        if esds is not None:
            codec = _esds_codec(data, *esds)
    elif fourcc == b"Opus":
        codec = "opus"
    return TrackInfo(
        track_id, "audio", timescale, codec, sample_rate=sample_rate, channels=channels
    )


def _descriptor(c: _Cursor) -> tuple[int, int]:
    """An MPEG-4 descriptor header (ISO/IEC 14496-1 8.3.3): tag, payload size."""
    tag = c.u8()
    size = 0
    for _ in range(4):
        b = c.u8()
        size = (size << 7) | (b & 0x7F)
        if not b & 0x80:
            break
    if size > c.remaining:
        raise Fmp4Error(f"esds: descriptor 0x{tag:02x} of {size} bytes does not fit")
    return tag, size


def _esds_codec(data: bytes, start: int, end: int) -> str:
    c = _Cursor(data, start, end, "esds")
    c.full_box()
    tag, _ = _descriptor(c)
    if tag != 0x03:
        raise Fmp4Error(f"esds: expected an ES_Descriptor, found tag 0x{tag:02x}")
    c.u16()  # ES_ID
    flags = c.u8()
    if flags & 0x80:
        c.u16()
    if flags & 0x40:
        c.skip(c.u8())
    if flags & 0x20:
        c.u16()
    tag, _ = _descriptor(c)
    if tag != 0x04:
        raise Fmp4Error(f"esds: expected a DecoderConfigDescriptor, found tag 0x{tag:02x}")
    object_type = c.u8()
    c.skip(12)  # stream type, buffer size, max and average bitrates
    if object_type != 0x40:  # not MPEG-4 Audio: RFC 6381 names it by its object type
        return f"mp4a.{object_type:02x}"
    tag, size = _descriptor(c)
    if tag != 0x05 or size < 1:
        return "mp4a.40"
    # ISO/IEC 14496-3 1.6.2.1: 5 bits of audioObjectType, 31 escapes to 32 + 6 bits.
    first = c.u8()
    aot = first >> 3
    if aot == 31:
        aot = 32 + (((first & 0x07) << 3) | (c.u8() >> 5))
    return f"mp4a.40.{aot}"


# --- moof ------------------------------------------------------------------


def _parse_moof(
    data: bytes, tracks: dict[int, _Track], next_decode: dict[int, int]
) -> tuple[TrackFragment, ...]:
    """The runs of a moof (which starts at offset 0 of `data`)."""
    size = int.from_bytes(data[0:4], "big")
    header = 16 if size == 1 else 8
    end = int.from_bytes(data[8:16], "big") if size == 1 else size
    out: list[TrackFragment] = []
    for kind, s, e in _children(data, header, end, "moof"):
        if kind == b"traf":
            out.append(_parse_traf(data, s, e, tracks, next_decode))
    if not out:
        raise Fmp4Error("moof has no traf box")
    return tuple(out)


def _parse_traf(
    data: bytes, start: int, end: int, tracks: dict[int, _Track], next_decode: dict[int, int]
) -> TrackFragment:
    boxes = _children(data, start, end, "traf")
    c = _Cursor(data, *_need(boxes, b"tfhd", "traf"), "tfhd")
    _, flags = c.full_box()
    track_id = c.u32()
    track = tracks.get(track_id)
    if track is None:
        raise Fmp4Error(f"tfhd: track {track_id} is not in the moov")
    if flags & 0x01:
        c.u64()  # base_data_offset
    if flags & 0x02:
        c.u32()  # sample_description_index
    default_duration = c.u32() if flags & 0x08 else track.trex.default_duration
    default_size = c.u32() if flags & 0x10 else track.trex.default_size
    default_flags = c.u32() if flags & 0x20 else track.trex.default_flags

    tfdt = _find(boxes, b"tfdt")
    if tfdt is not None:
        c = _Cursor(data, *tfdt, "tfdt")
        version, _ = c.full_box()
        decode_time = c.u64() if version == 1 else c.u32()
    else:
        # Without tfdt the run follows the previous one of the same track.
        decode_time = next_decode.get(track_id, 0)

    duration = count = size = 0
    first_flags: int | None = None
    for kind, s, e in boxes:
        if kind != b"trun":
            continue
        run = _parse_trun(data, s, e, default_duration, default_size, default_flags)
        if first_flags is None and run[1] > 0:
            first_flags = run[3]
        duration += run[0]
        count += run[1]
        size += run[2]
    next_decode[track_id] = decode_time + duration
    timescale = track.info.timescale
    return TrackFragment(
        track_id=track_id,
        kind=track.info.kind,
        decode_time_s=decode_time / timescale,
        duration_s=duration / timescale,
        sample_count=count,
        first_sample_sync=first_flags is not None and not first_flags & _NON_SYNC,
        size=size,
    )


def _parse_trun(
    data: bytes, start: int, end: int, default_duration: int, default_size: int, default_flags: int
) -> tuple[int, int, int, int]:
    """ISO BMFF 8.8.8: (total duration, sample count, total size, first sample's flags)."""
    c = _Cursor(data, start, end, "trun")
    _, flags = c.full_box()
    count = c.u32()
    if flags & 0x001:
        c.u32()  # data_offset
    first_flags = c.u32() if flags & 0x004 else None
    per_sample = [(flags & bit) != 0 for bit in (0x100, 0x200, 0x400, 0x800)]
    entry = 4 * sum(per_sample)
    if entry == 0:
        duration, size = count * default_duration, count * default_size
        return duration, count, size, default_flags if first_flags is None else first_flags
    if count * entry > c.remaining:
        raise Fmp4Error(f"trun: {count} samples do not fit in {c.remaining} bytes")
    has_duration, has_size, has_flags, has_cto = per_sample
    duration = size = 0
    sample_flags: int | None = None
    for i in range(count):
        duration += c.u32() if has_duration else default_duration
        size += c.u32() if has_size else default_size
        if has_flags:
            value = c.u32()
            if i == 0:
                sample_flags = value
        if has_cto:
            c.u32()
    if first_flags is None:
        first_flags = default_flags if sample_flags is None else sample_flags
    return duration, count, size, first_flags


# --- per-sample tables --------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Sample:
    """One sample of a fragment, in the timescale of its track."""

    track_id: int
    decode_time: int
    duration: int
    composition_offset: int  # signed: trun version 1 may carry negative offsets
    sync: bool
    data: bytes


def parse_init(data: bytes) -> InitSegment:
    """An init segment from its bytes (ftyp, if any, then moov), described as the reader does."""
    tracks = _init_tracks(data)
    return InitSegment(data, tuple(t.info for t in tracks.values()))


def describe_sample_entry(
    track_id: int, kind: TrackKind, timescale: int, entry: bytes
) -> TrackInfo:
    """A track as the reader describes it, from one sample entry box (what stsd holds).

    A writer of init segments names its tracks with this, so its TrackInfo, codec
    strings included, is what reading its bytes back would give.
    """
    entries = _children(entry, 0, len(entry), "sample entry")
    if len(entries) != 1:
        raise Fmp4Error(f"expected one sample entry box, found {len(entries)}")
    fourcc, s, e = entries[0]
    if kind == "video":
        return _visual_entry(track_id, timescale, fourcc, entry, s, e)
    return _audio_entry(track_id, timescale, fourcc, entry, s, e)


def _init_tracks(data: bytes) -> dict[int, _Track]:
    moov = _find(_children(data, 0, len(data), "init segment"), b"moov")
    if moov is None:
        raise Fmp4Error("init segment has no moov box")
    return _parse_moov(data, *moov)


def fragment_samples(init: InitSegment, data: bytes) -> list[Sample]:
    """Every sample of one fragment (moof .. mdat), track by track, in trun order.

    This is the table tests compare muxers by: sample bytes, decode times,
    durations, composition offsets and sync flags. Sample data is located as
    ISO BMFF 8.8.7 and 8.8.8 say (default-base-is-moof, or each traf's data
    following the previous one); tfdt is required, as CMAF requires it.
    """
    tracks = _init_tracks(init.data)
    top = _children(data, 0, len(data), "fragment")
    if not top or top[0][0] != b"moof":
        raise Fmp4Error("a fragment starts with a moof box")
    _, moof_start, moof_end = top[0]
    out: list[Sample] = []
    next_data = 0  # where the next traf's data begins without an explicit base
    for kind, s, e in _children(data, moof_start, moof_end, "moof"):
        if kind != b"traf":
            continue
        samples, next_data = _traf_samples(data, s, e, tracks, next_data)
        out.extend(samples)
    return out


def _traf_samples(
    data: bytes, start: int, end: int, tracks: dict[int, _Track], previous_end: int
) -> tuple[list[Sample], int]:
    boxes = _children(data, start, end, "traf")
    c = _Cursor(data, *_need(boxes, b"tfhd", "traf"), "tfhd")
    _, flags = c.full_box()
    track_id = c.u32()
    track = tracks.get(track_id)
    if track is None:
        raise Fmp4Error(f"tfhd: track {track_id} is not in the moov")
    if flags & 0x01:
        raise Fmp4Error("tfhd: an absolute base_data_offset cannot be resolved in a live fragment")
    if flags & 0x02:
        c.u32()  # sample_description_index
    default_duration = c.u32() if flags & 0x08 else track.trex.default_duration
    default_size = c.u32() if flags & 0x10 else track.trex.default_size
    default_flags = c.u32() if flags & 0x20 else track.trex.default_flags
    base = 0 if flags & 0x020000 else previous_end
    tfdt = _find(boxes, b"tfdt")
    if tfdt is None:
        raise Fmp4Error(f"traf of track {track_id} has no tfdt")
    c = _Cursor(data, *tfdt, "tfdt")
    version, _ = c.full_box()
    decode_time = c.u64() if version == 1 else c.u32()
    out: list[Sample] = []
    position = base
    for kind, s, e in boxes:
        if kind != b"trun":
            continue
        c = _Cursor(data, s, e, "trun")
        version, tflags = c.full_box()
        count = c.u32()
        if tflags & 0x001:
            offset = c.u32()
            position = base + (offset - (1 << 32) if offset & 0x8000_0000 else offset)
        first_flags = c.u32() if tflags & 0x004 else None
        entry = 4 * sum(1 for bit in (0x100, 0x200, 0x400, 0x800) if tflags & bit)
        if count * entry > c.remaining:
            raise Fmp4Error(f"trun: {count} samples do not fit in {c.remaining} bytes")
        for i in range(count):
            duration = c.u32() if tflags & 0x100 else default_duration
            size = c.u32() if tflags & 0x200 else default_size
            sample_flags = c.u32() if tflags & 0x400 else default_flags
            if i == 0 and first_flags is not None:
                sample_flags = first_flags
            offset = c.u32() if tflags & 0x800 else 0
            if version == 1 and offset & 0x8000_0000:
                offset -= 1 << 32
            if position < 0 or position + size > len(data):
                raise Fmp4Error(f"trun: sample {i} of track {track_id} lies outside the fragment")
            out.append(
                Sample(
                    track_id,
                    decode_time,
                    duration,
                    offset,
                    not sample_flags & _NON_SYNC,
                    data[position : position + size],
                )
            )
            decode_time += duration
            position += size
    return out, position


# --- framing ---------------------------------------------------------------


class Fmp4Reader:
    """Frames a live fMP4 byte stream into init segments and fragments.

    feed() takes bytes in chunks of any size; results do not depend on how the
    stream was split. A second ftyp/moov (a restarted muxer) yields a new
    InitSegment, and later fragments are read against its tracks.
    """

    def __init__(self) -> None:
        self._buffer = bytearray()
        self._ftyp: bytes | None = None
        self._tracks: dict[int, _Track] | None = None
        self._main: int | None = None
        self._fragment: bytearray | None = None  # moof and any boxes up to its mdat
        self._next_decode: dict[int, int] = {}
        self._error: Fmp4Error | None = None

    @property
    def error(self) -> Fmp4Error | None:
        """Why the stream stopped being readable; every later feed() raises it."""
        return self._error

    def feed(self, data: bytes) -> list[InitSegment | Fragment]:
        """What `data` completes. What came before a broken box is returned, and
        `error` is set (feed raises only when nothing came first): a muxer that
        wrote its init and a bad box in one write loses neither the init nor the
        news that the rest is garbage."""
        if self._error is not None:
            raise self._error
        self._buffer += data
        out: list[InitSegment | Fragment] = []
        try:
            while True:
                box = self._next_box()
                if box is None:
                    return out
                kind, raw = box
                event = self._on_box(kind, raw)
                if event is not None:
                    out.append(event)
        except Fmp4Error as exc:
            self._error = exc
            if not out:
                raise
            return out

    def _next_box(self) -> tuple[bytes, bytes] | None:
        buf = self._buffer
        if len(buf) < 8:
            return None
        size, kind = struct.unpack_from(">I4s", buf, 0)
        if not all(0x20 <= ch <= 0x7E for ch in kind):
            raise Fmp4Error(f"box type {bytes(kind)!r} is not a four-character code")
        if size == 1:
            if len(buf) < 16:
                return None
            (size,) = struct.unpack_from(">Q", buf, 8)
            header = 16
        elif size == 0:
            raise Fmp4Error(f"box {bytes(kind)!r} of size 0 (to end of file) in a live stream")
        else:
            header = 8
        if size < header:
            raise Fmp4Error(f"box {bytes(kind)!r} has impossible size {size}")
        limit = MAX_MEDIA_BOX if kind == b"mdat" else MAX_META_BOX
        if size > limit:
            raise Fmp4Error(f"box {bytes(kind)!r} of {size} bytes exceeds the {limit} byte limit")
        if len(buf) < size:
            return None
        raw = bytes(buf[:size])
        del buf[:size]
        return bytes(kind), raw

    def _on_box(self, kind: bytes, raw: bytes) -> InitSegment | Fragment | None:
        if self._fragment is not None and kind not in (b"mdat", b"moof", b"ftyp", b"moov"):
            # Keep boxes between moof and mdat: moof-relative data offsets count them.
            self._fragment += raw
            return None
        if kind == b"ftyp":
            self._drop_open_fragment()
            self._ftyp = raw
            return None
        if kind == b"moov":
            self._drop_open_fragment()
            header = 16 if int.from_bytes(raw[0:4], "big") == 1 else 8
            tracks = _parse_moov(raw, header, len(raw))
            self._tracks = tracks
            self._next_decode = {}
            infos = tuple(t.info for t in tracks.values())
            video = [t.track_id for t in infos if t.kind == "video"]
            self._main = video[0] if video else infos[0].track_id
            init = InitSegment((self._ftyp or b"") + raw, infos)
            self._ftyp = None
            return init
        if kind == b"moof":
            if self._tracks is None:
                raise Fmp4Error("moof before any moov")
            if self._fragment is not None:
                raise Fmp4Error("moof followed by another moof without an mdat")
            self._fragment = bytearray(raw)
            return None
        if kind == b"mdat":
            if self._fragment is None:
                raise Fmp4Error("mdat without a preceding moof")
            data = bytes(self._fragment) + raw
            self._fragment = None
            return self._make_fragment(data)
        if kind in _SKIPPED_TOP_LEVEL:
            return None
        raise Fmp4Error(f"unexpected top-level box {kind!r}")

    def _drop_open_fragment(self) -> None:
        if self._fragment is not None:
            raise Fmp4Error("a new init segment began inside a fragment (moof without mdat)")

    def _make_fragment(self, data: bytes) -> Fragment:
        assert self._tracks is not None and self._main is not None
        runs = _parse_moof(data, self._tracks, self._next_decode)
        main_kind = self._tracks[self._main].info.kind
        main = next((r for r in runs if r.track_id == self._main and r.sample_count), None)
        if main is None:
            # The main track has no samples here: time the fragment by what it carries.
            main = max(runs, key=lambda r: r.duration_s)
            # Video streams only start a segment on a video sync sample.
            independent = main_kind == "audio"
        else:
            independent = main.kind == "audio" or main.first_sample_sync
        return Fragment(
            data=data,
            decode_time_s=main.decode_time_s,
            duration_s=main.duration_s,
            independent=independent,
            tracks=runs,
        )
