"""The native FLV -> fMP4 muxer, against ffmpeg's own remux of real captures.

The captures (tests/fixtures/flv, see capture.py) are what ffmpeg and GStreamer
publish over RTMP. The reference is the command the ffmpeg backend runs
(media/command.py) fed the same FLV: the muxer must write the same samples (bytes,
decode times, durations, composition offsets, sync flags), and what it writes must
decode in ffmpeg without a single warning.
"""

from __future__ import annotations

import contextlib
import dataclasses
import itertools
import re
import shutil
import struct
import subprocess
from collections.abc import Callable, Iterable, Sequence
from datetime import UTC, datetime
from fractions import Fraction
from functools import cache
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from sender.config import Settings, find_ffmpeg
from sender.errors import FlvError, UnsupportedCodec
from sender.media import boxes, codecs
from sender.media.command import build_ffmpeg_command
from sender.media.fmp4 import (
    Fmp4Reader,
    Fragment,
    InitSegment,
    Sample,
    TrackInfo,
    describe_sample_entry,
    fragment_samples,
    parse_init,
)
from sender.media.muxer import (
    MAX_HELD_BYTES,
    MAX_HELD_SAMPLES,
    Discontinuity,
    FrameUnit,
    Muxer,
    MuxerEvent,
)
from sender.media.packager import Packager, PackagerEvent, PartReady
from sender.media.profile import PackagingProfile
from sender.rtmp.flv import (
    AudioPacket,
    AudioPacketType,
    FlvReader,
    FlvTag,
    TagType,
    VideoPacket,
    VideoPacketType,
    flv_header,
)

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "flv"
CAPTURES = [
    "ffmpeg_h264",
    "ffmpeg_h264_bframes",
    "ffmpeg_hevc",
    "ffmpeg_av1_svt",
    "ffmpeg_av1_aom",
    "gstreamer_h264",
]
GST = shutil.which("gst-launch-1.0")
# RFC 6381 codec strings with every part: avc1.PPCCLL, hvc1.P.C.TL(.constraints),
# av01.P.LLT.DD, mp4a.40.AOT.
COMPLETE_CODEC = (
    r"avc1\.[0-9a-f]{6}|hvc1\.[ABC]?\d+\.[0-9a-f]+\.[LH]\d+(\.[0-9a-f]{1,2})*"
    r"|av01\.\d\.\d\d[MH]\.\d\d|mp4a\.40\.\d+"
)
NOW = datetime(2026, 11, 1, tzinfo=UTC)

Table = dict[str, list[tuple[Fraction, Fraction, Fraction, bool, bytes]]]


@cache
def ffmpeg() -> str:
    return find_ffmpeg(Settings())


@cache
def capture(name: str) -> tuple[FlvTag, ...]:
    return tuple(FlvReader().feed((FIXTURES / f"{name}.flv").read_bytes()))


def as_flv(tags: Iterable[FlvTag]) -> bytes:
    return flv_header(audio=True, video=True) + b"".join(bytes(t) for t in tags)


def mux(tags: Iterable[FlvTag], **targets: float) -> tuple[list[MuxerEvent], Muxer]:
    muxer = Muxer(**targets)
    events: list[MuxerEvent] = []
    for tag in tags:
        events += muxer.feed(tag)
    events += muxer.finish()
    return events, muxer


def media(events: Iterable[MuxerEvent]) -> list[InitSegment | Fragment]:
    return [e for e in events if not isinstance(e, Discontinuity)]


def fragments(events: Iterable[MuxerEvent | InitSegment | Fragment]) -> list[Fragment]:
    return [e for e in events if isinstance(e, Fragment)]


def ffmpeg_remux(flv: bytes) -> list[InitSegment | Fragment]:
    argv = build_ffmpeg_command(ffmpeg(), fragment_s=0.2)
    run = subprocess.run(argv, input=flv, capture_output=True, check=True, timeout=60)
    return Fmp4Reader().feed(run.stdout)


@cache
def remux_capture(name: str) -> tuple[InitSegment | Fragment, ...]:
    return tuple(ffmpeg_remux(as_flv(capture(name))))


def table(items: Iterable[InitSegment | Fragment | Discontinuity]) -> Table:
    """Every sample by track kind, times in seconds: the comparison's common ground."""
    out: Table = {}
    init: InitSegment | None = None
    kinds: dict[int, TrackInfo] = {}
    for item in items:
        if isinstance(item, InitSegment):
            init = item
            kinds = {t.track_id: t for t in item.tracks}
        elif isinstance(item, Fragment):
            assert init is not None
            for s in fragment_samples(init, item.data):
                info = kinds[s.track_id]
                scale = info.timescale
                out.setdefault(info.kind, []).append(
                    (
                        Fraction(s.decode_time, scale),
                        Fraction(s.duration, scale),
                        Fraction(s.composition_offset, scale),
                        s.sync,
                        s.data,
                    )
                )
    return out


def without_last_duration(rows: list[tuple[Fraction, Fraction, Fraction, bool, bytes]]) -> list:
    # A track's last sample has no successor to time it by: ffmpeg takes the demuxer's
    # guess (a millisecond for AV1), the muxer the frame before's length or an AAC
    # frame's. Everything else about it must match.
    *head, (dts, _, cto, sync, data) = rows
    return [*head, (dts, cto, sync, data)]


def ffmpeg_warnings(data: bytes, tmp_path: Path, name: str = "out.mp4") -> str:
    path = tmp_path / name
    path.write_bytes(data)
    run = subprocess.run(
        [ffmpeg(), "-hide_banner", "-v", "warning", "-i", str(path), "-f", "null", "-"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert run.returncode == 0, run.stderr
    return run.stderr


def retimed(tags: Iterable[FlvTag], change: Callable[[FlvTag], int]) -> list[FlvTag]:
    return [FlvTag(t.type, change(t) & 0xFFFF_FFFF, t.data) for t in tags]


def is_frame(tag: FlvTag) -> bool:
    if tag.type is TagType.VIDEO:
        p = VideoPacket.parse(tag.data)
        return p.is_coded_frames and p.command is None
    if tag.type is TagType.AUDIO:
        return AudioPacket.parse(tag.data).packet_type is AudioPacketType.CODED_FRAMES
    return False


# --- boxes, by hand ------------------------------------------------------------------
# One table drives both directions: the writer must give these bytes, and the reader's
# per-sample table must read back the samples the value describes.

AUDIO_RUN = boxes.TrackRun(
    1,
    1024,
    [
        boxes.RunSample(1024, 3, boxes.SYNC_SAMPLE_FLAGS),
        boxes.RunSample(1024, 2, boxes.SYNC_SAMPLE_FLAGS),
    ],
    b"abcde",
)
VIDEO_RUN = boxes.TrackRun(
    1,
    0,
    [
        boxes.RunSample(3000, 2, boxes.SYNC_SAMPLE_FLAGS, 3000),
        boxes.RunSample(3000, 1, boxes.NON_SYNC_SAMPLE_FLAGS, -3000),
    ],
    b"xyz",
)
FRAGMENT_BYTES: list[tuple[str, int, boxes.TrackRun, str]] = [
    (
        "audio: one flags value, in the tfhd",
        1,
        AUDIO_RUN,
        # moof (108) = mfhd (16) + traf (84)
        "0000006c 6d6f6f66"
        " 00000010 6d666864 00000000 00000001"
        " 00000054 74726166"
        # tfhd: default-base-is-moof | default-sample-flags, track 1, flags 0x02000000
        " 00000014 74666864 00020020 00000001 02000000"
        # tfdt version 1: 1024
        " 00000014 74666474 01000000 00000000 00000400"
        # trun: data offset, durations, sizes; 2 samples from byte 116 (moof + mdat header)
        " 00000024 7472756e 00000301 00000002 00000074"
        " 00000400 00000003 00000400 00000002"
        " 0000000d 6d646174 61626364 65",
    ),
    (
        "video: per-sample flags, a negative offset makes trun version 1",
        7,
        VIDEO_RUN,
        "00000078 6d6f6f66"
        " 00000010 6d666864 00000000 00000007"
        " 00000060 74726166"
        " 00000010 74666864 00020000 00000001"
        " 00000014 74666474 01000000 00000000 00000000"
        # trun v1: offset, duration, size, flags, composition offset; data from byte 128
        " 00000034 7472756e 01000f01 00000002 00000080"
        " 00000bb8 00000002 02000000 00000bb8"
        " 00000bb8 00000001 01010000 fffff448"
        " 0000000b 6d646174 78797a",
    ),
]


def one_track_init(kind: str, timescale: int) -> InitSegment:
    entry = (
        boxes.avc1(16, 16, bytes.fromhex("0142c00a"))
        if kind == "video"
        else boxes.mp4a(1, 2, timescale, bytes.fromhex("1210"))
    )
    return parse_init(
        boxes.init_segment([boxes.TrackHeader(1, kind, timescale, entry)], [b"iso6", b"cmfc"])
    )


@pytest.mark.parametrize(
    ("name", "sequence", "run", "hex_"), FRAGMENT_BYTES, ids=[f[0] for f in FRAGMENT_BYTES]
)
def test_fragment_bytes(name: str, sequence: int, run: boxes.TrackRun, hex_: str) -> None:
    assert boxes.media_fragment(sequence, [run]) == bytes.fromhex(hex_)


@pytest.mark.parametrize(
    ("name", "sequence", "run", "hex_"), FRAGMENT_BYTES, ids=[f[0] for f in FRAGMENT_BYTES]
)
def test_fragment_bytes_read_back(name: str, sequence: int, run: boxes.TrackRun, hex_: str) -> None:
    init = one_track_init("audio" if run is AUDIO_RUN else "video", 44100)
    samples = fragment_samples(init, bytes.fromhex(hex_))
    expected, position, dts = [], 0, run.decode_time
    for s in run.samples:
        sync = s.flags == boxes.SYNC_SAMPLE_FLAGS
        data = run.data[position : position + s.size]
        expected.append(Sample(1, dts, s.duration, s.composition_offset, sync, data))
        position += s.size
        dts += s.duration
    assert samples == expected


def test_ftyp_bytes() -> None:
    # major brand, minor version 0, then every brand as compatible
    expected = "00000018 66747970 69736f36 00000000 69736f36 636d6663"
    assert boxes.ftyp([b"iso6", b"cmfc"]) == bytes.fromhex(expected)


SAMPLE_ENTRIES: list[tuple[str, bytes, str, TrackInfo]] = [
    (
        "mp4a with its esds",
        boxes.mp4a(1, 2, 44100, bytes.fromhex("1210")),
        "0000004b 6d703461 00000000 00000001 00000000 00000000 00020010 00000000 ac440000"
        # esds: ES_Descriptor (ES_ID 1) > DecoderConfigDescriptor (MPEG-4 audio, audio stream)
        # > DecoderSpecificInfo (the AudioSpecificConfig); SLConfigDescriptor predefined 2
        " 00000027 65736473 00000000 03190001 00041140 15000000 00000000 00000000"
        " 05021210 060102",
        TrackInfo(1, "audio", 44100, "mp4a.40.2", sample_rate=44100, channels=2),
    ),
    (
        "avc1: 160x120 at 72 dpi, depth 0x18",
        boxes.avc1(160, 120, bytes.fromhex("0142c00a")),
        "00000062 61766331 00000000 00000001 00000000 00000000 00000000 00000000"
        " 00a00078 00480000 00480000 00000000 0001" + " 00" * 32 + " 0018 ffff"
        " 0000000c 61766343 0142c00a",
        TrackInfo(1, "video", 16000, "avc1.42c00a", width=160, height=120),
    ),
]


@pytest.mark.parametrize(
    ("name", "entry", "hex_", "info"), SAMPLE_ENTRIES, ids=[s[0] for s in SAMPLE_ENTRIES]
)
def test_sample_entry_bytes(name: str, entry: bytes, hex_: str, info: TrackInfo) -> None:
    assert entry == bytes.fromhex(hex_)


@pytest.mark.parametrize(
    ("name", "entry", "hex_", "info"), SAMPLE_ENTRIES, ids=[s[0] for s in SAMPLE_ENTRIES]
)
def test_sample_entry_read_back(name: str, entry: bytes, hex_: str, info: TrackInfo) -> None:
    assert describe_sample_entry(1, info.kind, info.timescale, bytes.fromhex(hex_)) == info


AV1_CODECS: list[tuple[str, str, str]] = [
    # av1C's first four bytes: marker/version, profile|level, tier|depth|..., delay
    ("main profile, level 4.0, 8 bits", "81080c00", "av01.0.08M.08"),
    ("high profile, level 5.1, 10 bits", "81294c00", "av01.1.09M.10"),
    ("professional, level 6.1 high tier, 12 bits", "814de000", "av01.2.13H.12"),
]


@pytest.mark.parametrize(("name", "av1c", "codec"), AV1_CODECS, ids=[a[0] for a in AV1_CODECS])
def test_av01_codec_strings(name: str, av1c: str, codec: str) -> None:
    entry = boxes.av01(64, 64, bytes.fromhex(av1c))
    assert describe_sample_entry(1, "video", 16000, entry).codec == codec


AAC_CONFIGS: list[tuple[str, str, codecs.AudioConfig]] = [
    ("LC 44.1 kHz stereo", "1210", codecs.AudioConfig(b"\x12\x10", 2, 44100, 2, 1024)),
    ("LC 48 kHz mono", "1188", codecs.AudioConfig(b"\x11\x88", 2, 48000, 1, 1024)),
    ("LC with 960-sample frames", "1214", codecs.AudioConfig(b"\x12\x14", 2, 44100, 2, 960)),
    # SBR over LC: the 22.05 kHz core plays at 44.1 kHz, 2048 samples a frame.
    (
        "HE-AAC explicit",
        "2b920800",
        codecs.AudioConfig(bytes.fromhex("2b920800"), 5, 44100, 2, 2048),
    ),
]


@pytest.mark.parametrize(("name", "hex_", "config"), AAC_CONFIGS, ids=[a[0] for a in AAC_CONFIGS])
def test_audio_specific_config(name: str, hex_: str, config: codecs.AudioConfig) -> None:
    assert codecs.parse_audio_specific_config(bytes.fromhex(hex_)) == config


BAD_RECORDS: list[tuple[str, Callable[[bytes], object], str, type[Exception], str]] = [
    ("avcC version", codecs.parse_avc_config, "02640aff", FlvError, "configurationVersion 2"),
    ("avcC without SPS", codecs.parse_avc_config, "0164000affe000", FlvError, "0 SPS and 0 PPS"),
    ("avcC cut short", codecs.parse_avc_config, "0164000affe1 0019 6764", FlvError, "truncated"),
    ("hvcC without SPS", codecs.parse_hevc_config, "01" + "00" * 20 + "0f 00", FlvError, "no SPS"),
    ("av1C marker", codecs.parse_av1_config, "01000000", FlvError, "expected 0x81"),
    ("av1C without OBUs", codecs.parse_av1_config, "81000c00", FlvError, "no sequence header"),
    ("AAC reserved rate", codecs.parse_audio_specific_config, "1690", FlvError, "Index 13"),
    ("AAC-ELD", codecs.parse_audio_specific_config, "f8e00000", UnsupportedCodec, "mp4a.40.39"),
]


@pytest.mark.parametrize(
    ("name", "parse", "hex_", "error", "message"), BAD_RECORDS, ids=[b[0] for b in BAD_RECORDS]
)
def test_bad_records_raise_exact_errors(
    name: str, parse: Callable[[bytes], object], hex_: str, error: type[Exception], message: str
) -> None:
    with pytest.raises(error, match=message):
        parse(bytes.fromhex(hex_))


@pytest.mark.parametrize(
    ("encoder", "size"),
    [
        ("libx264", (1920, 1080)),  # 1088 coded rows, cropped by the SPS
        ("libx265", (642, 362)),  # coded in 8-sample units: a conformance window crops
        ("libsvtav1", (330, 186)),
    ],
)
def test_picture_size_from_real_sequence_headers(
    encoder: str, size: tuple[int, int], tmp_path: Path
) -> None:
    path = tmp_path / "one.flv"
    subprocess.run(
        [ffmpeg(), "-v", "error", "-f", "lavfi", "-i", f"testsrc2=size={size[0]}x{size[1]}",
         "-frames:v", "1", "-c:v", encoder, "-pix_fmt", "yuv420p", "-f", "flv", str(path)],
        check=True, capture_output=True, timeout=120,
    )  # fmt: skip
    events, _ = mux(FlvReader().feed(path.read_bytes()))
    init = events[0]
    assert isinstance(init, InitSegment) and init.video is not None
    assert (init.video.width, init.video.height) == size


# --- against ffmpeg --------------------------------------------------------------------


@pytest.mark.parametrize("name", CAPTURES)
def test_output_decodes_in_ffmpeg_without_a_warning(name: str, tmp_path: Path) -> None:
    events, _ = mux(capture(name))
    assert ffmpeg_warnings(b"".join(e.data for e in media(events)), tmp_path) == ""


@pytest.mark.parametrize("name", CAPTURES)
def test_samples_match_ffmpegs_remux(name: str) -> None:
    events, muxer = mux(capture(name))
    ours, theirs = table(events), table(remux_capture(name))
    assert set(ours) == set(theirs) == {"video", "audio"}
    for kind in ours:
        assert len(ours[kind]) == len(theirs[kind]) > 25
        assert without_last_duration(ours[kind]) == without_last_duration(theirs[kind])
    # Nothing was skipped: every frame made it.
    assert not {"malformed", "before_sequence_header", "empty"} & set(muxer.counters)


@pytest.mark.parametrize("name", CAPTURES)
def test_init_segment_describes_what_ffmpeg_does(name: str) -> None:
    events, _ = mux(capture(name))
    inits = [e for e in events if isinstance(e, InitSegment)]
    theirs = remux_capture(name)[0]
    assert len(inits) == 1 and isinstance(theirs, InitSegment)
    init = inits[0]
    assert [t.kind for t in init.tracks] == ["video", "audio"]
    for mine, ref in zip(init.tracks, theirs.tracks, strict=True):
        # ffmpeg names HEVC hev1 (parameter sets allowed in band); the muxer writes hvc1.
        assert mine.codec == ref.codec.replace("hev1.", "hvc1.")
        assert (mine.width, mine.height, mine.sample_rate, mine.channels) == (
            ref.width,
            ref.height,
            ref.sample_rate,
            ref.channels,
        )
    for codec in init.codecs.split(","):
        assert re.fullmatch(COMPLETE_CODEC, codec), codec
    # What the reader makes of these bytes is what the muxer said.
    assert parse_init(init.data) == init
    # CMAF: the cmfc brand among the compatible brands of the ftyp.
    size = int.from_bytes(init.data[:4], "big")
    assert init.data[4:8] == b"ftyp" and b"cmfc" in init.data[16:size]


def test_hevc_is_hvc1_with_complete_parameter_set_arrays() -> None:
    events, _ = mux(capture("ffmpeg_hevc"))
    init = events[0]
    assert isinstance(init, InitSegment) and init.codecs.startswith("hvc1.1.6.L")
    hvcc = init.data[init.data.index(b"hvcC") + 4 :]
    arrays = hvcc[22]
    pos, kinds = 23, []
    for _ in range(arrays):
        head, count = hvcc[pos], int.from_bytes(hvcc[pos + 1 : pos + 3], "big")
        kinds.append((head & 0x3F, bool(head & 0x80)))
        pos += 3
        for _ in range(count):
            pos += 2 + int.from_bytes(hvcc[pos : pos + 2], "big")
    sets = [complete for kind, complete in kinds if kind in (32, 33, 34)]
    assert len(sets) == 3 and all(sets)
    # No sample carries a VPS, SPS or PPS.
    samples = [s for f in fragments(events) for s in fragment_samples(init, f.data)]
    for sample in (s for s in samples if s.track_id == 1):
        types = {(nal[0] >> 1) & 0x3F for nal in codecs.nal_units(sample.data, 4)}
        assert not types & {32, 33, 34}


@pytest.mark.parametrize("name", CAPTURES)
def test_fragments_are_what_the_reader_reads(name: str) -> None:
    # The packager gets these values directly; they must be what the ffmpeg path's
    # reader would make of the same bytes.
    events, _ = mux(capture(name))
    written = media(events)
    assert Fmp4Reader().feed(b"".join(e.data for e in written)) == written


@pytest.mark.skipif(GST is None, reason="GStreamer (gst-launch-1.0) is not installed")
def test_a_fresh_gstreamer_capture_matches_ffmpeg(tmp_path: Path) -> None:
    assert GST is not None
    path = tmp_path / "gst.flv"
    caps = "video/x-raw,format=I420,width=176,height=144,framerate=25/1"
    subprocess.run(
        [GST, "-q", "videotestsrc", "num-buffers=50", "!", caps, "!", "x264enc", "bframes=2",
         "key-int-max=25", "!", "h264parse", "!", "flvmux", "name=m", "!", "filesink",
         f"location={path}", "audiotestsrc", "num-buffers=86", "!", "audioconvert", "!",
         "voaacenc", "!", "m."],
        check=True, capture_output=True, timeout=120,
    )  # fmt: skip
    tags = FlvReader().feed(path.read_bytes())
    events, _ = mux(tags)
    ours, theirs = table(events), table(ffmpeg_remux(path.read_bytes()))
    assert set(ours) == {"video", "audio"}
    for kind in ours:
        assert without_last_duration(ours[kind]) == without_last_duration(theirs[kind])
    assert any(row[2] for row in ours["video"])  # x264enc's B-frames: composition offsets
    assert ffmpeg_warnings(b"".join(e.data for e in media(events)), tmp_path) == ""


# --- parts and segments ------------------------------------------------------------------


def package(events: Iterable[MuxerEvent], part: float, segment: float) -> Packager:
    packager = Packager(
        "source",
        PackagingProfile(
            segment_target_s=segment,
            part_target_s=part,
            window_segments=1000,
            keep_segments=1000,
        ),
    )
    for event in events:
        if isinstance(event, InitSegment):
            packager.on_init(event, NOW)
        elif isinstance(event, Fragment):
            packager.on_fragment(event, NOW)
    packager.finish(NOW)
    return packager


def check_parts(events: list[MuxerEvent], part: float, segment: float) -> None:
    """The muxer's fragments are parts of RFC 8216bis 4.4.4.9 size, cut on frames.

    Each is at most PART-TARGET plus one frame, and at least 85 % of it unless a
    keyframe follows (where a segment may start) or the stream ends. The packager
    publishes them as they come; its segment rules are its own (tests/media/
    test_packager.py), and its index of these fragments keeps every promise there.
    """
    init = next(e for e in events if isinstance(e, InitSegment))
    main = init.video or init.audio
    assert main is not None
    frags = fragments(events)
    longest_frame = max(
        Fraction(s.duration, main.timescale)
        for f in frags
        for s in fragment_samples(init, f.data)
        if s.track_id == main.track_id
    )
    for f, following in itertools.pairwise(frags):
        assert f.duration_s <= part + float(longest_frame) + 1e-9
        if not following.independent and following is not frags[-1]:
            assert f.duration_s >= 0.85 * part - 1e-9, (f.decode_time_s, f.duration_s)
    index = package(events, part, segment).index
    assert index.retained and index.retained[0].parts[0].independent
    for seg in index.retained:
        assert round(seg.duration) <= index.target_duration


@pytest.mark.parametrize("name", CAPTURES)
@pytest.mark.parametrize(
    ("part", "segment"), [(0.2, 2.0), (0.2, 1.0), (0.333, 1.0), (0.1, 0.5), (1.0, 4.0), (1.5, 3.0)]
)
def test_parts_cut_by_rfc8216bis(name: str, part: float, segment: float) -> None:
    events, _ = mux(capture(name), part_target_s=part, segment_target_s=segment)
    check_parts(events, part, segment)


def test_a_longer_stream_makes_two_second_segments_of_parts(
    flv_tags: Callable[..., list[FlvTag]],
) -> None:
    tags = flv_tags(7.0)  # conftest: 15 fps, a keyframe every second, AAC
    events, _ = mux(tags)
    check_parts(events, 0.2, 2.0)
    durations = [s.duration for s in package(events, 0.2, 2.0).index.retained]
    # Keyframes every second: segments of two, the first a frame longer (it opens at 0).
    assert len(durations) == 4 and all(abs(d - 2.0) < 0.07 for d in durations[:3])
    ours, theirs = table(events), table(ffmpeg_remux(as_flv(tags)))
    for kind in ("video", "audio"):
        assert without_last_duration(ours[kind]) == without_last_duration(theirs[kind])


def test_independent_means_a_video_keyframe_first() -> None:
    events, _ = mux(capture("ffmpeg_h264_bframes"), part_target_s=0.2, segment_target_s=1.0)
    init = events[0]
    assert isinstance(init, InitSegment)
    for f in fragments(events):
        video = [s for s in fragment_samples(init, f.data) if s.track_id == 1]
        assert f.independent == video[0].sync
        # Audio is cut on the video's boundary: it starts within a frame of it.
        audio = next(t for t in f.tracks if t.kind == "audio")
        assert abs(audio.decode_time_s - f.decode_time_s) < 0.024


def as_legacy(tag: FlvTag) -> FlvTag | None:
    """An enhanced hvc1 tag as the legacy codec id 12 would carry it (None: no such tag)."""
    if tag.type is not TagType.VIDEO:
        return tag
    p = VideoPacket.parse(tag.data)
    if p.packet_type is VideoPacketType.METADATA:
        return None
    kind = p.packet_type
    if kind is VideoPacketType.CODED_FRAMES_X:
        kind = VideoPacketType.CODED_FRAMES
    legacy = VideoPacket(p.frame_type, p.codec, kind, p.payload, p.composition_time)
    return FlvTag(tag.type, tag.timestamp, bytes(legacy))


def as_enhanced(tag: FlvTag) -> FlvTag:
    """A legacy AVC or AAC tag as enhanced RTMP carries it (FourCC avc1, mp4a)."""
    if tag.type is TagType.VIDEO:
        v = VideoPacket.parse(tag.data)
        body = bytes(dataclasses.replace(v, enhanced=True))
    elif tag.type is TagType.AUDIO:
        a = AudioPacket.parse(tag.data)
        body = bytes(dataclasses.replace(a, enhanced=True, sound_flags=0))
    else:
        return tag
    return FlvTag(tag.type, tag.timestamp, body)


def test_legacy_and_enhanced_headers_mux_alike() -> None:
    hevc = capture("ffmpeg_hevc")
    legacy = [t for t in map(as_legacy, hevc) if t is not None]
    assert legacy[1].data[0] & 0x0F == 12 and not legacy[1].data[0] & 0x80
    assert [e.data for e in mux(legacy)[0]] == [e.data for e in mux(hevc)[0]]
    avc = capture("ffmpeg_h264_bframes")
    enhanced = [as_enhanced(t) for t in avc]
    assert enhanced[1].data[1:5] == b"avc1" and enhanced[2].data[1:5] == b"mp4a"
    assert [e.data for e in mux(enhanced)[0]] == [e.data for e in mux(avc)[0]]


# --- single-track streams -----------------------------------------------------------------


@pytest.mark.parametrize("keep", [TagType.AUDIO, TagType.VIDEO])
def test_single_track_streams(keep: TagType, tmp_path: Path) -> None:
    tags = [t for t in capture("ffmpeg_h264_bframes") if t.type is keep]
    events, _ = mux(tags)
    init = events[0]
    assert isinstance(init, InitSegment) and len(init.tracks) == 1
    frags = fragments(events)
    if keep is TagType.AUDIO:
        assert all(f.independent for f in frags)
    else:
        assert [round(f.decode_time_s, 3) for f in frags if f.independent] == [0.0, 1.0]
    kind = init.tracks[0].kind
    ours, theirs = table(events), table(ffmpeg_remux(as_flv(tags)))
    assert without_last_duration(ours[kind]) == without_last_duration(theirs[kind])
    assert ffmpeg_warnings(b"".join(e.data for e in media(events)), tmp_path) == ""
    check_parts(events, 0.2, 2.0)


# --- the timeline ---------------------------------------------------------------------------


@pytest.mark.parametrize("start", [123_456, (1 << 32) - 1_000])
def test_any_start_time_and_the_32_bit_wrap_mux_alike(start: int) -> None:
    # (1 << 32) - 1000: FLV's 32-bit milliseconds wrap one second into the stream.
    tags = capture("ffmpeg_h264")
    shifted = retimed(tags, lambda t: t.timestamp + start)
    if start > 1 << 31:
        assert shifted[0].timestamp > shifted[-1].timestamp  # it does wrap
    events, _ = mux(shifted)
    reference, _ = mux(tags)
    assert [e.data for e in media(events)] == [e.data for e in media(reference)]
    assert not any(isinstance(e, Discontinuity) for e in events)


@pytest.mark.parametrize("jump_ms", [10_000, -5_000, 1_500])
def test_a_timestamp_jump_is_a_reported_rebase(jump_ms: int, tmp_path: Path) -> None:
    tags = capture("ffmpeg_h264_bframes")
    # Every tag from the first one past 1.2 s jumps, audio and video alike.
    at = next(i for i, t in enumerate(tags) if t.timestamp > 1200)
    jumped = tags[:at] + tuple(retimed(tags[at:], lambda t: t.timestamp + jump_ms))
    events, _ = mux(jumped)
    marks = [i for i, e in enumerate(events) if isinstance(e, Discontinuity)]
    assert len(marks) == 1
    mark = events[marks[0]]
    assert isinstance(mark, Discontinuity) and abs(mark.jump_ms - jump_ms) <= 100
    init = events[0]
    assert isinstance(init, InitSegment)
    before, after = table(events[: marks[0]]), table([init, *events[marks[0] :]])
    assert set(before) == set(after) == {"video", "audio"}
    # Re-based, a stream whose times all jumped by one amount comes out as if they had not:
    # the same samples at the same times; only the last before the jump has its length
    # guessed (at the jump there is no next frame to time it by).
    reference = table(mux(tags)[0])
    for kind in ("video", "audio"):
        ours = before[kind] + after[kind]
        assert len(ours) == len(reference[kind])
        last = len(before[kind]) - 1
        for i, (mine, ref) in enumerate(zip(ours, reference[kind], strict=True)):
            if i == last:
                assert (mine[0], *mine[2:]) == (ref[0], *ref[2:])
            else:
                assert mine == ref
    resumed = min(rows[0][0] for rows in after.values())
    assert mark.decode_time_s == pytest.approx(float(resumed), abs=0.0005)  # milliseconds
    assert ffmpeg_warnings(b"".join(e.data for e in media(events)), tmp_path) == ""


def test_a_small_step_back_is_raised_not_a_discontinuity() -> None:
    tags = list(capture("ffmpeg_h264"))
    video = [i for i, t in enumerate(tags) if t.type is TagType.VIDEO and is_frame(t)]
    i = video[10]
    tags[i] = FlvTag(TagType.VIDEO, tags[video[9]].timestamp - 5, tags[i].data)
    events, muxer = mux(tags)
    assert not any(isinstance(e, Discontinuity) for e in events)
    assert muxer.counters["timestamps_raised"] == 1
    dts = [r[0] for r in table(events)["video"]]
    assert all(b > a for a, b in itertools.pairwise(dts))


def test_negative_composition_offsets_use_trun_version_1(tmp_path: Path) -> None:
    # Decode 200 ms later, present at the same time: early frames get negative offsets.
    shifted = []
    for tag in capture("ffmpeg_h264_bframes"):
        if tag.type is TagType.VIDEO and is_frame(tag):
            p = VideoPacket.parse(tag.data)
            moved = dataclasses.replace(p, composition_time=p.composition_time - 200)
            tag = FlvTag(tag.type, tag.timestamp + 200, bytes(moved))
        shifted.append(tag)
    events, _ = mux(shifted)
    offsets = [r[2] for r in table(events)["video"]]
    assert min(offsets) < 0
    versions = set()
    for f in fragments(events):
        trun = f.data.index(b"trun")
        versions.add(f.data[trun + 4])
    assert 1 in versions
    # The same pictures at the same times as the original, pts = dts + offset, counted
    # from the second (the first opens the timeline at 0 whatever its time).
    reference = table(mux(capture("ffmpeg_h264_bframes"))[0])["video"]
    ours = table(events)["video"]
    assert [r[0] + r[2] - ours[1][0] for r in ours[1:]] == [
        r[0] + r[2] - reference[1][0] - Fraction(200, 1000) for r in reference[1:]
    ]
    assert ffmpeg_warnings(b"".join(e.data for e in media(events)), tmp_path) == ""


# --- configuration changes ------------------------------------------------------------------


def test_a_repeated_sequence_header_changes_nothing() -> None:
    tags = capture("ffmpeg_h264")
    headers = [t for t in tags[:4] if t.type is not TagType.SCRIPT and not is_frame(t)]
    middle = len(tags) // 2
    repeated = [*tags[:middle], *(FlvTag(h.type, tags[middle].timestamp, h.data) for h in headers)]
    repeated += tags[middle:]
    events, _ = mux(repeated)
    assert [e.data for e in events] == [e.data for e in mux(tags)[0]]


def aac_48k_stream(tmp_path: Path) -> tuple[FlvTag, ...]:
    """A second of other parameters for both tracks: H.264 High, AAC at 48 kHz stereo."""
    path = tmp_path / "48k.flv"
    subprocess.run(
        [ffmpeg(), "-v", "error", "-f", "lavfi", "-i", "testsrc2=size=160x120:rate=15",
         "-f", "lavfi", "-i", "sine=frequency=440:sample_rate=48000", "-t", "1",
         "-c:v", "libx264", "-preset", "veryfast", "-g", "15", "-pix_fmt", "yuv420p",
         "-c:a", "aac", "-ac", "2", "-b:a", "64k", "-f", "flv", str(path)],
        check=True, capture_output=True, timeout=60,
    )  # fmt: skip
    return tuple(FlvReader().feed(path.read_bytes()))


@pytest.mark.parametrize("changed", ["video", "video and audio"])
def test_new_parameters_make_a_new_init_segment(changed: str, tmp_path: Path) -> None:
    first = capture("ffmpeg_h264")
    second = capture("ffmpeg_h264_bframes") if changed == "video" else aac_48k_stream(tmp_path)
    last = max(t.timestamp for t in first)
    joined = [*first, *retimed(second, lambda t: t.timestamp + last + 40)]
    events, _ = mux(joined)
    inits = [i for i, e in enumerate(events) if isinstance(e, InitSegment)]
    assert len(inits) == 2
    one, two = events[inits[0]], events[inits[1]]
    assert isinstance(one, InitSegment) and isinstance(two, InitSegment)
    assert one.video and two.video and one.video.codec != two.video.codec
    assert one.audio and two.audio
    assert (one.audio.sample_rate != two.audio.sample_rate) == (changed != "video")
    after = events[inits[1] + 1]
    assert isinstance(after, Fragment) and after.independent
    # Each configuration's run decodes on its own, and has every frame of its own
    # configuration and no other.
    runs = [media(events[inits[0] : inits[1]]), media(events[inits[1] :])]
    for i, run in enumerate(runs):
        assert ffmpeg_warnings(b"".join(e.data for e in run), tmp_path, f"{i}.mp4") == ""
    kinds = ["video"] if changed == "video" else ["video", "audio"]
    for run, source in zip(runs, (first, second), strict=True):
        for kind in kinds:
            frames = [r[4] for r in table(run)[kind]]
            assert frames == [r[4] for r in table(mux(source)[0])[kind]]


def test_a_late_audio_track_joins_with_a_new_init() -> None:
    tags = capture("ffmpeg_h264")
    audio_header = next(t for t in tags if t.type is TagType.AUDIO)
    rest = [t for t in tags if t is not audio_header]
    at = next(i for i, t in enumerate(rest) if t.timestamp > 1000)
    late = [FlvTag(TagType.AUDIO, rest[at].timestamp, audio_header.data)]
    events, muxer = mux([*rest[:at], *late, *rest[at:]])
    inits = [e for e in events if isinstance(e, InitSegment)]
    assert [[t.kind for t in i.tracks] for i in inits] == [["video"], ["video", "audio"]]
    assert muxer.counters["before_sequence_header"] > 0  # audio before its header
    assert table(events)["audio"]


# --- bad input ---------------------------------------------------------------------------


def spoil(tags: Sequence[FlvTag], kind: TagType, change: Callable[[bytes], bytes]) -> list[FlvTag]:
    out = list(tags)
    i = [j for j, t in enumerate(out) if t.type is kind and is_frame(t)][5]
    out[i] = FlvTag(kind, out[i].timestamp, change(out[i].data))
    return out


SPOILED: list[tuple[str, str, TagType, Callable[[bytes], bytes], str]] = [
    ("NAL length past the end", "ffmpeg_h264", TagType.VIDEO,
     lambda d: d[:5] + b"\x7f\xff\xff\xff" + d[9:], "malformed"),
    ("truncated video header", "ffmpeg_h264", TagType.VIDEO, lambda d: d[:3], "malformed"),
    ("coded frame without data", "ffmpeg_h264", TagType.VIDEO, lambda d: d[:5], "empty"),
    ("AV1 OBU forbidden bit", "ffmpeg_av1_svt", TagType.VIDEO,
     lambda d: d[:5] + bytes((d[5] | 0x80,)) + d[6:], "malformed"),
    ("AAC without packet type", "ffmpeg_h264", TagType.AUDIO, lambda d: d[:1], "malformed"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("name", "source", "kind", "change", "counter"), SPOILED, ids=[s[0] for s in SPOILED]
)
def test_a_malformed_frame_is_skipped_and_counted(
    name: str,
    source: str,
    kind: TagType,
    change: Callable[[bytes], bytes],
    counter: str,
    tmp_path: Path,
) -> None:
    events, muxer = mux(spoil(capture(source), kind, change))
    assert muxer.counters[counter] == 1
    reference = table(mux(capture(source))[0])
    ours = table(events)
    key = "video" if kind is TagType.VIDEO else "audio"
    assert len(ours[key]) == len(reference[key]) - 1
    warnings = ffmpeg_warnings(b"".join(e.data for e in media(events)), tmp_path)
    if key == "audio":  # (a dropped video frame leaves later ones without their reference)
        assert warnings == ""


BAD_HEADERS: list[tuple[str, TagType, bytes, type[Exception], str]] = [
    ("avcC version", TagType.VIDEO, bytes.fromhex("1700000000 02640aff"), FlvError, "Version 2"),
    ("hvcC cut short", TagType.VIDEO, b"\x90hvc1\x01\x01", FlvError, "hvcC of 2 bytes"),
    ("AAC reserved rate", TagType.AUDIO, bytes.fromhex("af00 1690"), FlvError, "Index 13"),
    ("VP6", TagType.VIDEO, bytes.fromhex("14 00"), UnsupportedCodec, "video codec: vp6"),
    ("H.263", TagType.VIDEO, bytes.fromhex("12 00"), UnsupportedCodec, "video codec: h263"),
    ("enhanced vp09", TagType.VIDEO, b"\x90vp09\x01", UnsupportedCodec, "video codec: vp09"),
    ("video multitrack", TagType.VIDEO, b"\x96\x00hvc1", UnsupportedCodec, "multitrack"),
    ("MP3", TagType.AUDIO, bytes.fromhex("2f fffb"), UnsupportedCodec, "audio codec: mp3"),
    ("Opus", TagType.AUDIO, b"\x90Opus\x01", UnsupportedCodec, "audio codec: Opus"),
    ("audio multitrack", TagType.AUDIO, b"\x95\x00mp4a", UnsupportedCodec, "multitrack"),
    ("AAC-ELD", TagType.AUDIO, bytes.fromhex("af00 f8e00000"), UnsupportedCodec, "mp4a.40.39"),
]


@pytest.mark.parametrize(
    ("name", "kind", "data", "error", "message"), BAD_HEADERS, ids=[b[0] for b in BAD_HEADERS]
)
def test_bad_configuration_and_unsupported_codecs_raise(
    name: str, kind: TagType, data: bytes, error: type[Exception], message: str
) -> None:
    muxer = Muxer()
    with pytest.raises(error, match=message):
        muxer.feed(FlvTag(kind, 0, data))


def check_bounds(muxer: Muxer, tags: Sequence[FlvTag]) -> list[MuxerEvent]:
    """Feed `tags`, checking after each that little is held; everything out at the end."""
    biggest = max((len(t.data) for t in tags), default=0)
    events: list[MuxerEvent] = []
    for tag in tags:
        events += muxer.feed(tag)
        assert muxer.held_samples <= MAX_HELD_SAMPLES + 1
        assert muxer.held_bytes <= MAX_HELD_BYTES + biggest
    events += muxer.finish()
    assert muxer.held_samples == 0 and muxer.held_bytes == 0
    return events


EDITS = ["keep"] * 6 + ["drop", "repeat", "retime", "spoil", "cut"]


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    name=st.sampled_from(CAPTURES),
    edits=st.lists(
        st.tuples(st.sampled_from(EDITS), st.integers(-3000, 3000), st.integers(0, 255)),
        min_size=40,
        max_size=140,
    ),
)
def test_fuzz_edited_captures(name: str, edits: list[tuple[str, int, int]]) -> None:
    """Real streams with frames dropped, repeated, retimed, spoiled or cut short."""
    tags: list[FlvTag] = []
    for tag, (edit, shift, value) in zip(capture(name), edits, strict=False):
        if edit == "drop":
            continue
        if edit == "repeat":
            tags.append(tag)
        elif edit == "retime":
            tag = FlvTag(tag.type, (tag.timestamp + shift) & 0xFFFF_FFFF, tag.data)
        elif edit == "spoil" and len(tag.data) > 8:
            data = bytearray(tag.data)
            data[8 + shift % (len(data) - 8)] = value  # past the tag header
            tag = FlvTag(tag.type, tag.timestamp, bytes(data))
        elif edit == "cut":
            tag = FlvTag(tag.type, tag.timestamp, tag.data[: value % (len(tag.data) + 1)])
        tags.append(tag)
    try:
        events = check_bounds(Muxer(), tags)
    except (FlvError, UnsupportedCodec):
        return  # a spoiled or cut sequence header
    # Whatever came out is well-formed: the reader reads back exactly these values.
    written = media(events)
    assert Fmp4Reader().feed(b"".join(e.data for e in written)) == written


def any_tags() -> st.SearchStrategy[list[FlvTag]]:
    """Sequences of real tags, tags with bytes overwritten, and made-up tags."""
    pool = [
        t
        for name in ("ffmpeg_h264_bframes", "ffmpeg_hevc", "ffmpeg_av1_svt")
        for t in capture(name)
    ]

    def overwrite(tag: FlvTag, edits: list[tuple[int, int]], ts: int | None) -> FlvTag:
        data = bytearray(tag.data)
        for pos, value in edits:
            if data:
                data[pos % len(data)] = value
        return FlvTag(tag.type, tag.timestamp if ts is None else ts, bytes(data))

    real = st.sampled_from(pool)
    overwritten = st.builds(
        overwrite,
        real,
        st.lists(st.tuples(st.integers(0, 64), st.integers(0, 255)), max_size=3),
        st.none() | st.integers(0, 0xFFFF_FFFF),
    )
    made_up = st.builds(
        FlvTag, st.sampled_from(list(TagType)), st.integers(0, 0xFFFF_FFFF), st.binary(max_size=40)
    )
    return st.lists(st.one_of(real, real, real, overwritten, made_up), max_size=120)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(tags=any_tags(), part=st.sampled_from([0.1, 0.2, 1.0]))
@example(tags=[], part=0.2)
def test_fuzz_raises_only_flv_errors_and_holds_little(tags: list[FlvTag], part: float) -> None:
    with contextlib.suppress(FlvError, UnsupportedCodec):
        check_bounds(Muxer(part_target_s=part, segment_target_s=2.0), tags)


# --- memory ---------------------------------------------------------------------------------


@pytest.mark.parametrize("name", CAPTURES)
def test_what_is_held_is_about_one_part(name: str) -> None:
    muxer = Muxer()
    most = 0
    largest_part = 0
    for tag in capture(name):
        for event in muxer.feed(tag):
            if isinstance(event, Fragment):
                largest_part = max(largest_part, sum(t.sample_count for t in event.tracks))
        most = max(most, muxer.held_samples)
    # Waiting for a part's audio to pass its end, at most the next part is also held.
    assert 0 < most <= 2 * largest_part + 2
    muxer.finish()
    assert muxer.held_samples == 0


def test_audio_does_not_pile_up_when_video_stops() -> None:
    tags = capture("ffmpeg_h264")
    stop = next(i for i, t in enumerate(tags) if t.timestamp > 500)
    # Video stops after half a second; audio goes on for five more.
    audio = [t for t in tags[stop:] if t.type is TagType.AUDIO]
    span = audio[-1].timestamp - audio[0].timestamp + 23
    longer = [*tags[:stop], *audio]
    for lap in range(1, 3):
        longer += retimed(audio, lambda t, lap=lap: t.timestamp + span * lap)
    muxer = Muxer()
    most = 0
    events: list[MuxerEvent] = []
    for tag in longer:
        events += muxer.feed(tag)
        most = max(most, muxer.held_samples)
    assert muxer.counters["stalled_main_track"] > 0
    assert most < 80  # about a second of audio at 43 frames a second, plus a part
    audio_out = sum(
        t.sample_count for f in fragments(events) for t in f.tracks if t.kind == "audio"
    )
    assert audio_out > 150


def test_frames_that_never_advance_are_cut_at_the_held_limit() -> None:
    tags = capture("ffmpeg_h264")
    headers = [t for t in tags if not is_frame(t)][:3]
    frame = next(t for t in tags if t.type is TagType.VIDEO and is_frame(t))
    stuck = [*headers, *(FlvTag(TagType.VIDEO, 0, frame.data) for _ in range(2500))]
    muxer = Muxer()
    for tag in stuck:
        muxer.feed(tag)
        assert muxer.held_samples <= MAX_HELD_SAMPLES + 1
    assert muxer.counters["held_limit"] > 0 and muxer.counters["timestamps_raised"] > 0


def test_the_init_segment_is_ftyp_then_moov() -> None:
    events, _ = mux(capture("ffmpeg_h264"))
    init = events[0]
    assert isinstance(init, InitSegment)
    # ftyp, then a moov whose size is the rest: one init segment, nothing after.
    ftyp_size = struct.unpack_from(">I", init.data)[0]
    moov_size = struct.unpack_from(">I", init.data, ftyp_size)[0]
    assert init.data[ftyp_size + 4 : ftyp_size + 8] == b"moov"
    assert ftyp_size + moov_size == len(init.data)
    assert init.data.count(b"trex") == 2


# --- frame units: the packager cuts, the muxer writes each part once --------------------


def package_units(
    tags: Iterable[FlvTag], part: float, segment: float
) -> tuple[Packager, list[bytes]]:
    """The muxer's frame units through the packager; the packager and its parts' bytes."""
    muxer = Muxer(part_target_s=part, segment_target_s=segment, frame_units=True)
    packager = Packager(
        "source",
        PackagingProfile(
            segment_target_s=segment, part_target_s=part, window_segments=1000, keep_segments=1000
        ),
    )
    events: list[MuxerEvent] = []
    for tag in tags:
        events += muxer.feed(tag)
    events += muxer.finish()
    made: list[PackagerEvent] = []
    for event in events:
        if isinstance(event, InitSegment):
            made += packager.on_init(event, NOW)
        elif isinstance(event, Fragment):
            made += packager.on_fragment(event, NOW, muxer.assemble)
        elif isinstance(event, Discontinuity):
            made += packager.on_discontinuity(NOW)
    made += packager.finish(NOW)
    return packager, [e.data for e in made if isinstance(e, PartReady)]


@pytest.mark.parametrize("name", CAPTURES)
def test_frame_units_make_one_fragment_per_part_with_ffmpegs_samples(
    name: str, tmp_path: Path
) -> None:
    packager, parts = package_units(capture(name), 0.2, 2.0)
    index = packager.index
    init = next(e for e in mux(capture(name))[0] if isinstance(e, InitSegment))
    assert parts and len(parts) == sum(len(seg.parts) for seg in index.retained)
    # Each part is exactly one moof + mdat.
    for data in parts:
        assert data[4:8] == b"moof"
        items = Fmp4Reader().feed(init.data + data)
        assert len([i for i in items if isinstance(i, Fragment)]) == 1
    # The parts are RFC 8216bis parts (the packager's rules) ...
    for seg in index.retained:
        full = seg.parts[:-1]
        assert all(round(p.duration, 3) <= index.part_target for p in seg.parts)
        assert all(p.independent or p.duration >= 0.85 * index.part_target - 1e-6 for p in full)
    # ... and together the samples ffmpeg's remux has, decoding without a warning.
    stream = init.data + b"".join(parts)
    ours = table(Fmp4Reader().feed(stream))
    theirs = table(remux_capture(name))
    for kind in ours:
        assert without_last_duration(ours[kind]) == without_last_duration(theirs[kind])
    assert ffmpeg_warnings(stream, tmp_path) == ""


def test_a_unit_is_written_once() -> None:
    muxer = Muxer(frame_units=True)
    events: list[MuxerEvent] = []
    for tag in capture("ffmpeg_h264")[:40]:
        events += muxer.feed(tag)
    units = [e for e in events if isinstance(e, FrameUnit)]
    assert units and all(u.data == b"" for u in units)
    assert muxer.assemble(units[:3])[4:8] == b"moof"
    with pytest.raises(RuntimeError, match="not held"):
        muxer.assemble(units[:1])
