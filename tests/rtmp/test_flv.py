"""FLV tags: bytes both ways, the reader on any split, the codec peeks."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sender.errors import FlvError
from sender.rtmp.flv import (
    FlvReader,
    FlvTag,
    TagType,
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
