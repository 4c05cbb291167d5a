"""FLV tags: bytes both ways, the reader on any split, the codec peeks."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sender.errors import FlvError
from sender.rtmp.flv import (
    AudioPacket,
    AudioPacketType,
    FlvReader,
    FlvTag,
    TagType,
    VideoPacket,
    VideoPacketType,
    flv_header,
    is_audio_sequence_header,
    is_video_keyframe,
    is_video_sequence_header,
)

TAGS: list[tuple[str, bytes, FlvTag]] = [
    (
        "audio",
        bytes.fromhex("08 000002 000064 00 000000 af01 0000000d"),
        FlvTag(TagType.AUDIO, 100, b"\xaf\x01"),
    ),
    (
        "video with extended timestamp byte",
        bytes.fromhex("09 000001 020304 01 000000 17 0000000c"),
        FlvTag(TagType.VIDEO, 0x01020304, b"\x17"),
    ),
    (
        "empty script",
        bytes.fromhex("12 000000 000000 00 000000 0000000b"),
        FlvTag(TagType.SCRIPT, 0, b""),
    ),
]


@pytest.mark.parametrize(("name", "data", "tag"), TAGS, ids=[t[0] for t in TAGS])
def test_parse(name: str, data: bytes, tag: FlvTag) -> None:
    assert FlvTag.parse(data) == tag


@pytest.mark.parametrize(("name", "data", "tag"), TAGS, ids=[t[0] for t in TAGS])
def test_serialize(name: str, data: bytes, tag: FlvTag) -> None:
    assert bytes(tag) == data


def test_header() -> None:
    assert flv_header(audio=True, video=True) == bytes.fromhex("464c5601 05 00000009 00000000")
    assert flv_header(audio=False, video=True)[4] == 1


def test_reader_any_split() -> None:
    stream = flv_header(True, True) + b"".join(bytes(t[2]) for t in TAGS)
    whole = FlvReader().feed(stream)
    assert whole == [t[2] for t in TAGS]
    reader = FlvReader()
    assert [tag for i in range(len(stream)) for tag in reader.feed(stream[i : i + 1])] == whole
    assert reader.audio and reader.video and reader.pending == 0


HEAD = flv_header(True, True)
ERRORS: list[tuple[str, bytes, str]] = [
    ("not flv", b"FLX\x01\x05\x00\x00\x00\x09\x00\x00\x00\x00", "signature"),
    ("unknown tag type", HEAD + bytes.fromhex("07000000 00000000 000000 0000000b"), "tag type 7"),
    ("bad previous size", HEAD + bytes.fromhex("08000000 00000000 000000 0000000c"), "Size 12"),
]


@pytest.mark.parametrize(("name", "data", "message"), ERRORS, ids=[e[0] for e in ERRORS])
def test_bad_input(name: str, data: bytes, message: str) -> None:
    with pytest.raises(FlvError, match=message):
        FlvReader().feed(data)


def test_parse_rejects_trailing_and_truncated() -> None:
    with pytest.raises(FlvError, match="truncated"):
        FlvTag.parse(TAGS[0][1][:-1])
    with pytest.raises(FlvError, match="1 bytes after"):
        FlvTag.parse(TAGS[0][1] + b"\x00")
    with pytest.raises(FlvError, match="timestamp"):
        FlvTag(TagType.AUDIO, -1, b"")


PEEKS: list[tuple[str, TagType, bytes, bool, bool]] = [
    # name, tag type, data, keyframe (video only), sequence header
    ("AVC sequence header", TagType.VIDEO, b"\x17\x00\x00\x00\x00", True, True),
    ("AVC key NALU", TagType.VIDEO, b"\x17\x01", True, False),
    ("AVC inter frame", TagType.VIDEO, b"\x27\x01", False, False),
    ("HEVC legacy sequence header", TagType.VIDEO, b"\x1c\x00", True, True),
    ("enhanced hvc1 SequenceStart", TagType.VIDEO, b"\x90hvc1", True, True),
    ("enhanced hvc1 coded frames", TagType.VIDEO, b"\x91hvc1", True, False),
    ("enhanced inter frame", TagType.VIDEO, b"\xa1av01", False, False),
    ("empty video", TagType.VIDEO, b"", False, False),
    ("AAC sequence header", TagType.AUDIO, b"\xaf\x00\x12\x10", False, True),
    ("AAC raw", TagType.AUDIO, b"\xaf\x01", False, False),
    ("MP3", TagType.AUDIO, b"\x2f\x00", False, False),
    ("enhanced audio SequenceStart", TagType.AUDIO, b"\x90Opus", False, True),
    ("empty audio", TagType.AUDIO, b"", False, False),
]


@pytest.mark.parametrize(("name", "kind", "data", "key", "seq"), PEEKS, ids=[p[0] for p in PEEKS])
def test_peeks(name: str, kind: TagType, data: bytes, key: bool, seq: bool) -> None:
    if kind is TagType.VIDEO:
        assert is_video_keyframe(data) is key
        assert is_video_sequence_header(data) is seq
    else:
        assert is_audio_sequence_header(data) is seq


@given(st.booleans(), st.binary(max_size=300), st.integers(min_value=1, max_value=50))
def test_fuzz_reader_raises_only_flv_error(with_header: bool, data: bytes, step: int) -> None:
    stream = (flv_header(True, True) if with_header else b"") + data
    reader = FlvReader()
    try:
        for i in range(0, len(stream), step):
            reader.feed(stream[i : i + step])
    except FlvError:
        pass


# --- video and audio tag bodies ---------------------------------------------------
# One table drives both directions: parse(bytes) == packet and bytes(packet) == bytes.

VIDEO_PACKETS: list[tuple[str, str, VideoPacket]] = [
    (
        "legacy AVC sequence header",
        "17 00 000000 01640a",
        VideoPacket(1, "avc1", VideoPacketType.SEQUENCE_START, bytes.fromhex("01640a")),
    ),
    (
        "legacy AVC inter frame, composition time 66 ms",
        "27 01 000042 00000001aa",
        VideoPacket(2, "avc1", VideoPacketType.CODED_FRAMES, bytes.fromhex("00000001aa"), 66),
    ),
    (
        "legacy AVC negative composition time",
        "27 01 ffffdf aa",
        VideoPacket(2, "avc1", VideoPacketType.CODED_FRAMES, b"\xaa", -33),
    ),
    (
        "legacy AVC end of sequence",
        "17 02 000000",
        VideoPacket(1, "avc1", VideoPacketType.SEQUENCE_END),
    ),
    (
        "legacy HEVC (codec id 12)",
        "1c 01 000021 bb",
        VideoPacket(1, "hvc1", VideoPacketType.CODED_FRAMES, b"\xbb", 33),
    ),
    ("legacy VP6 has no packet type", "24 0102", VideoPacket(2, "vp6", None, b"\x01\x02")),
    ("legacy command frame", "57 01", VideoPacket(5, "avc1", None, command=1)),
    (
        "enhanced hvc1 SequenceStart",
        "90 68766331 01",
        VideoPacket(1, "hvc1", VideoPacketType.SEQUENCE_START, b"\x01", enhanced=True),
    ),
    (
        "enhanced hvc1 CodedFrames carry a composition time",
        "91 68766331 000085 cc",
        VideoPacket(1, "hvc1", VideoPacketType.CODED_FRAMES, b"\xcc", 133, enhanced=True),
    ),
    (
        "enhanced hvc1 CodedFramesX imply zero",
        "a3 68766331 cc",
        VideoPacket(2, "hvc1", VideoPacketType.CODED_FRAMES_X, b"\xcc", enhanced=True),
    ),
    (
        "enhanced avc1 CodedFrames",
        "a1 61766331 000042 dd",
        VideoPacket(2, "avc1", VideoPacketType.CODED_FRAMES, b"\xdd", 66, enhanced=True),
    ),
    (
        "enhanced av01 CodedFrames have no composition time",
        "91 61763031 1200",
        VideoPacket(1, "av01", VideoPacketType.CODED_FRAMES, b"\x12\x00", enhanced=True),
    ),
    (
        "enhanced SequenceEnd",
        "92 61763031",
        VideoPacket(1, "av01", VideoPacketType.SEQUENCE_END, enhanced=True),
    ),
    (
        "enhanced Metadata ignores the command frame type",
        "d4 68766331 0200",
        VideoPacket(5, "hvc1", VideoPacketType.METADATA, b"\x02\x00", enhanced=True),
    ),
    (
        "enhanced command frame has no FourCC",
        "d1 00",
        VideoPacket(5, "", VideoPacketType.CODED_FRAMES, enhanced=True, command=0),
    ),
    (
        "enhanced ModEx TimestampOffsetNano",
        "97 02 0f4240 01 68766331 000000 ee",
        VideoPacket(
            1,
            "hvc1",
            VideoPacketType.CODED_FRAMES,
            b"\xee",
            enhanced=True,
            timestamp_nano_offset=1_000_000,
        ),
    ),
    (
        "enhanced multitrack is kept whole",
        "96 00 68766331 00",
        VideoPacket(
            1, "", VideoPacketType.MULTITRACK, bytes.fromhex("0068766331 00"), enhanced=True
        ),
    ),
]


@pytest.mark.parametrize(
    ("name", "hex_", "packet"), VIDEO_PACKETS, ids=[v[0] for v in VIDEO_PACKETS]
)
def test_video_packet_parse(name: str, hex_: str, packet: VideoPacket) -> None:
    assert VideoPacket.parse(bytes.fromhex(hex_)) == packet


@pytest.mark.parametrize(
    ("name", "hex_", "packet"), VIDEO_PACKETS, ids=[v[0] for v in VIDEO_PACKETS]
)
def test_video_packet_serialize(name: str, hex_: str, packet: VideoPacket) -> None:
    assert bytes(packet) == bytes.fromhex(hex_)


AUDIO_PACKETS: list[tuple[str, str, AudioPacket]] = [
    (
        "AAC sequence header",
        "af 00 1210",
        AudioPacket("mp4a", AudioPacketType.SEQUENCE_START, b"\x12\x10", sound_flags=0xF),
    ),
    (
        "AAC raw frame",
        "ae 01 2100",
        AudioPacket("mp4a", AudioPacketType.CODED_FRAMES, b"\x21\x00", sound_flags=0xE),
    ),
    ("MP3 has no packet type", "2f fffb", AudioPacket("mp3", None, b"\xff\xfb", sound_flags=0xF)),
    (
        "enhanced mp4a SequenceStart",
        "90 6d703461 1210",
        AudioPacket("mp4a", AudioPacketType.SEQUENCE_START, b"\x12\x10", enhanced=True),
    ),
    (
        "enhanced Opus CodedFrames",
        "91 4f707573 fc",
        AudioPacket("Opus", AudioPacketType.CODED_FRAMES, b"\xfc", enhanced=True),
    ),
    (
        "enhanced ModEx before CodedFrames",
        "97 02 000001 01 6d703461 21",
        AudioPacket(
            "mp4a", AudioPacketType.CODED_FRAMES, b"\x21", enhanced=True, timestamp_nano_offset=1
        ),
    ),
]


@pytest.mark.parametrize(
    ("name", "hex_", "packet"), AUDIO_PACKETS, ids=[a[0] for a in AUDIO_PACKETS]
)
def test_audio_packet_parse(name: str, hex_: str, packet: AudioPacket) -> None:
    assert AudioPacket.parse(bytes.fromhex(hex_)) == packet


@pytest.mark.parametrize(
    ("name", "hex_", "packet"), AUDIO_PACKETS, ids=[a[0] for a in AUDIO_PACKETS]
)
def test_audio_packet_serialize(name: str, hex_: str, packet: AudioPacket) -> None:
    assert bytes(packet) == bytes.fromhex(hex_)


BAD_PACKETS: list[tuple[str, type[VideoPacket] | type[AudioPacket], str, str]] = [
    ("empty video", VideoPacket, "", "empty video tag"),
    ("AVC without its header", VideoPacket, "17 01 00", "video tag of 3 bytes is truncated"),
    ("unknown AVC packet type", VideoPacket, "17 05 000000", "unknown AVC packet type 5"),
    ("enhanced without FourCC", VideoPacket, "91 6876", "truncated in its FourCC"),
    ("enhanced hvc1 without CTO", VideoPacket, "91 68766331 00", "in its composition time"),
    ("reserved packet type", VideoPacket, "98 68766331", "unknown enhanced video packet type 8"),
    ("ModEx cut short", VideoPacket, "97 05 0000", "truncated in its ModEx data"),
    ("short nano offset", VideoPacket, "97 00 00 01", "TimestampOffsetNano of 1 bytes"),
    ("command without its byte", VideoPacket, "57", "in its video command"),
    ("empty audio", AudioPacket, "", "empty audio tag"),
    ("AAC without packet type", AudioPacket, "af", "in its AAC packet type"),
    ("unknown AAC packet type", AudioPacket, "af 02", "unknown AAC packet type 2"),
    ("enhanced audio reserved type", AudioPacket, "93 6d703461", "audio packet type 3"),
]


@pytest.mark.parametrize(
    ("name", "cls", "hex_", "message"), BAD_PACKETS, ids=[b[0] for b in BAD_PACKETS]
)
def test_bad_packets_raise_exact_errors(
    name: str, cls: type[VideoPacket] | type[AudioPacket], hex_: str, message: str
) -> None:
    with pytest.raises(FlvError, match=message):
        cls.parse(bytes.fromhex(hex_))


@given(st.binary(max_size=64))
def test_fuzz_packets_raise_only_flv_error(data: bytes) -> None:
    for cls in (VideoPacket, AudioPacket):
        try:
            packet = cls.parse(data)
        except FlvError:
            continue
        # What parses re-parses to the same packet from its own bytes.
        assert cls.parse(bytes(packet)) == packet


FLV_CAPTURES = sorted((Path(__file__).resolve().parents[1] / "fixtures" / "flv").glob("*.flv"))


@pytest.mark.parametrize("path", FLV_CAPTURES, ids=[p.stem for p in FLV_CAPTURES])
def test_every_captured_tag_body_parses_and_writes_back(path: Path) -> None:
    # What ffmpeg (legacy AVC, enhanced hvc1 and av01 with Metadata and colour info) and
    # GStreamer really send: every body parses, and writes back to its own bytes.
    kinds = set()
    for tag in FlvReader().feed(path.read_bytes()):
        if tag.type is TagType.VIDEO:
            packet: VideoPacket | AudioPacket = VideoPacket.parse(tag.data)
            kinds.add((packet.codec, packet.packet_type))
        elif tag.type is TagType.AUDIO:
            packet = AudioPacket.parse(tag.data)
        else:
            continue
        assert bytes(packet) == tag.data
    assert {k for _, k in kinds} >= {VideoPacketType.SEQUENCE_START, VideoPacketType.CODED_FRAMES}
