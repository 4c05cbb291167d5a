"""ISO BMFF boxes for CMAF init segments and fragments, written (ISO/IEC 14496-12).

The writing side of media/fmp4.py: pure functions from values to bytes. The init
segment is `ftyp` + `moov` with empty sample tables and an `mvex` (8.8.1), so
every sample lives in fragments; a fragment is `moof` (one `traf` per track
with `tfhd`, `tfdt` and `trun`) + `mdat`, data offsets counted from the moof
(default-base-is-moof, as CMAF requires).

Sample entries: `avc1`/`avcC`, `hvc1`/`hvcC` (ISO/IEC 14496-15), `av01`/`av1C`
(AV1-ISOBMFF 2.2), and `mp4a`/`esds` (ISO/IEC 14496-14 5.6, 14496-1 7.2.6).
"""

from __future__ import annotations

import struct
from collections.abc import Sequence
from dataclasses import dataclass

# ISO BMFF 8.8.3.1 sample flags: sample_depends_on (bits 24-25) and sample_is_non_sync_sample.
SYNC_SAMPLE_FLAGS = 0x0200_0000  # depends on no other sample
NON_SYNC_SAMPLE_FLAGS = 0x0101_0000  # depends on others, not a sync sample

# tfhd and trun flags (8.8.7.1, 8.8.8.1).
_TFHD_DEFAULT_SAMPLE_FLAGS = 0x00_0020
_TFHD_DEFAULT_BASE_IS_MOOF = 0x02_0000
_TRUN_DATA_OFFSET = 0x001
_TRUN_DURATION = 0x100
_TRUN_SIZE = 0x200
_TRUN_FLAGS = 0x400
_TRUN_COMPOSITION_OFFSET = 0x800

_UNITY_MATRIX = struct.pack(">9I", 0x0001_0000, 0, 0, 0, 0x0001_0000, 0, 0, 0, 0x4000_0000)
_LANGUAGE_UND = 0x55C4  # ISO 639-2 "und", packed as three 5-bit letters


def box(kind: bytes, *payload: bytes) -> bytes:
    body = b"".join(payload)
    return struct.pack(">I4s", 8 + len(body), kind) + body


def full_box(kind: bytes, version: int, flags: int, *payload: bytes) -> bytes:
    return box(kind, struct.pack(">I", version << 24 | flags), *payload)


def _descriptor(tag: int, *payload: bytes) -> bytes:
    """An MPEG-4 descriptor (ISO/IEC 14496-1 8.3.3) with its size in 7-bit groups."""
    body = b"".join(payload)
    size = len(body)
    groups = [size & 0x7F]
    size >>= 7
    while size:
        groups.append(0x80 | (size & 0x7F))
        size >>= 7
    return bytes((tag, *reversed(groups))) + body


# --- sample entries ----------------------------------------------------------------


def visual_sample_entry(fourcc: bytes, width: int, height: int, *children: bytes) -> bytes:
    # 8.5.2.2 VisualSampleEntry: 72 dpi, one frame per sample, depth 0x18, no compressor name.
    fields = struct.pack(
        ">6xH16xHHIIIH32xHh", 1, width, height, 0x0048_0000, 0x0048_0000, 0, 1, 0x0018, -1
    )
    return box(fourcc, fields, *children)


def avc1(width: int, height: int, avcc: bytes) -> bytes:
    return visual_sample_entry(b"avc1", width, height, box(b"avcC", avcc))


def hvc1(width: int, height: int, hvcc: bytes) -> bytes:
    return visual_sample_entry(b"hvc1", width, height, box(b"hvcC", hvcc))


def av01(width: int, height: int, av1c: bytes) -> bytes:
    return visual_sample_entry(b"av01", width, height, box(b"av1C", av1c))


def esds(track_id: int, audio_specific_config: bytes) -> bytes:
    """ES_Descriptor for MPEG-4 Audio (object type 0x40, audio stream), no bit rates."""
    decoder_config = _descriptor(
        0x04,
        bytes((0x40, 0x05 << 2 | 1)),  # objectTypeIndication, streamType 5 (audio), upStream 0
        bytes(3 + 4 + 4),  # bufferSizeDB, maxBitrate, avgBitrate: unknown for a live stream
        _descriptor(0x05, audio_specific_config),
    )
    sl_config = _descriptor(0x06, b"\x02")  # predefined: reserved for MP4 files
    es = _descriptor(0x03, struct.pack(">HB", track_id & 0xFFFF, 0), decoder_config, sl_config)
    return full_box(b"esds", 0, 0, es)


def mp4a(track_id: int, channels: int, sample_rate: int, audio_specific_config: bytes) -> bytes:
    # 12.2.3 AudioSampleEntry: 16-bit samples; samplerate is 16.16 and cannot hold 96 kHz
    # (the track's timescale does).
    rate = sample_rate << 16 if sample_rate < 0x1_0000 else 0
    fields = struct.pack(">6xH8xHH4xI", 1, channels, 16, rate)
    return box(b"mp4a", fields, esds(track_id, audio_specific_config))


# --- init segment ------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class TrackHeader:
    """What the moov says of one track."""

    track_id: int
    kind: str  # "video" or "audio"
    timescale: int
    sample_entry: bytes
    width: int = 0
    height: int = 0


def ftyp(brands: Sequence[bytes]) -> bytes:
    """The first brand is the major brand; all are listed as compatible."""
    return box(b"ftyp", brands[0], struct.pack(">I", 0), *brands)


def _trak(track: TrackHeader) -> bytes:
    video = track.kind == "video"
    tkhd = full_box(
        b"tkhd",
        0,
        0x000003,  # enabled, in movie
        struct.pack(">IIII4x", 0, 0, track.track_id, 0),
        struct.pack(">8xhhH2x", 0, 0, 0 if video else 0x0100),  # layer, group, volume
        _UNITY_MATRIX,
        struct.pack(">II", track.width << 16, track.height << 16),
    )
    mdhd = full_box(
        b"mdhd", 0, 0, struct.pack(">IIIIHH", 0, 0, track.timescale, 0, _LANGUAGE_UND, 0)
    )
    handler, name = (b"vide", b"VideoHandler") if video else (b"soun", b"SoundHandler")
    hdlr = full_box(b"hdlr", 0, 0, struct.pack(">I4s12x", 0, handler), name + b"\x00")
    header = full_box(b"vmhd", 0, 1, bytes(8)) if video else full_box(b"smhd", 0, 0, bytes(4))
    dinf = box(b"dinf", full_box(b"dref", 0, 0, struct.pack(">I", 1), full_box(b"url ", 0, 1)))
    stbl = box(
        b"stbl",
        full_box(b"stsd", 0, 0, struct.pack(">I", 1), track.sample_entry),
        full_box(b"stts", 0, 0, bytes(4)),
        full_box(b"stsc", 0, 0, bytes(4)),
        full_box(b"stsz", 0, 0, bytes(8)),
        full_box(b"stco", 0, 0, bytes(4)),
    )
    minf = box(b"minf", header, dinf, stbl)
    return box(b"trak", tkhd, box(b"mdia", mdhd, hdlr, minf))


def init_segment(tracks: Sequence[TrackHeader], brands: Sequence[bytes]) -> bytes:
    """ftyp + moov for `tracks`, fragments to follow (durations unknown: 0)."""
    next_id = max(t.track_id for t in tracks) + 1
    mvhd = full_box(
        b"mvhd",
        0,
        0,
        struct.pack(">IIII", 0, 0, 1000, 0),  # times, movie timescale, duration
        struct.pack(">IH10x", 0x0001_0000, 0x0100),  # rate 1.0, volume 1.0
        _UNITY_MATRIX,
        bytes(24),  # pre_defined
        struct.pack(">I", next_id),
    )
    trex = [full_box(b"trex", 0, 0, struct.pack(">IIIII", t.track_id, 1, 0, 0, 0)) for t in tracks]
    moov = box(b"moov", mvhd, *(_trak(t) for t in tracks), box(b"mvex", *trex))
    return ftyp(brands) + moov


# --- fragments ---------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class RunSample:
    duration: int
    size: int
    flags: int
    composition_offset: int = 0


@dataclass(frozen=True, slots=True)
class TrackRun:
    """One track's samples in a fragment, and their bytes in order."""

    track_id: int
    decode_time: int
    samples: Sequence[RunSample]
    data: bytes


def _traf(run: TrackRun, data_offset: int) -> bytes:
    flags = {s.flags for s in run.samples}
    offsets = any(s.composition_offset for s in run.samples)
    tfhd_flags = _TFHD_DEFAULT_BASE_IS_MOOF
    tfhd_fields = struct.pack(">I", run.track_id)
    trun_flags = _TRUN_DATA_OFFSET | _TRUN_DURATION | _TRUN_SIZE
    if len(flags) == 1:  # one value for all (audio, all-intra video): in the tfhd
        tfhd_flags |= _TFHD_DEFAULT_SAMPLE_FLAGS
        tfhd_fields += struct.pack(">I", next(iter(flags)))
    else:
        trun_flags |= _TRUN_FLAGS
    if offsets:
        trun_flags |= _TRUN_COMPOSITION_OFFSET
    # 8.8.8.2: version 1 makes the composition offsets signed.
    version = 1 if any(s.composition_offset < 0 for s in run.samples) else 0
    entries = bytearray()
    for s in run.samples:
        entries += struct.pack(">II", s.duration, s.size)
        if trun_flags & _TRUN_FLAGS:
            entries += struct.pack(">I", s.flags)
        if offsets:
            entries += struct.pack(">i" if version else ">I", s.composition_offset)
    trun = full_box(
        b"trun",
        version,
        trun_flags,
        struct.pack(">Ii", len(run.samples), data_offset),
        bytes(entries),
    )
    return box(
        b"traf",
        full_box(b"tfhd", 0, tfhd_flags, tfhd_fields),
        full_box(b"tfdt", 1, 0, struct.pack(">Q", run.decode_time)),
        trun,
    )


def media_fragment(sequence_number: int, runs: Sequence[TrackRun]) -> bytes:
    """moof + mdat: the runs' data back to back in one mdat, in run order."""
    mfhd = full_box(b"mfhd", 0, 0, struct.pack(">I", sequence_number))
    # The moof's size does not depend on the offsets it holds: measure it with zeros.
    moof_size = len(box(b"moof", mfhd, *(_traf(r, 0) for r in runs)))
    offset = moof_size + 8  # past the mdat header
    trafs = []
    for run in runs:
        trafs.append(_traf(run, offset))
        offset += len(run.data)
    mdat = b"".join(r.data for r in runs)
    return box(b"moof", mfhd, *trafs) + box(b"mdat", mdat)
