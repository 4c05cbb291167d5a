"""Continuity: when the encoder's FLV stops being one timeline."""

from __future__ import annotations

from sender.media.continuity import Continuity
from sender.rtmp.flv import FlvTag, TagType

AVC_HEADER = bytes([0x17, 0x00, 0, 0, 0]) + b"\x01\x64\x00\x1f"
AVC_HEADER_OTHER = bytes([0x17, 0x00, 0, 0, 0]) + b"\x01\x64\x00\x28"
AAC_HEADER = bytes([0xAF, 0x00, 0x12, 0x10])
FRAME = bytes([0x27, 0x01, 0, 0, 0]) + b"frame"
SOUND = bytes([0xAF, 0x01]) + b"sound"


def video(ms: int, data: bytes = FRAME) -> FlvTag:
    return FlvTag(TagType.VIDEO, ms, data)


def audio(ms: int, data: bytes = SOUND) -> FlvTag:
    return FlvTag(TagType.AUDIO, ms, data)


def test_interleaved_tracks_a_little_apart_are_one_timeline() -> None:
    seen = Continuity()
    tags = [video(0, AVC_HEADER), audio(0, AAC_HEADER)]
    for i in range(1, 200):
        tags += [video(i * 33), audio(i * 33 + 400)]  # audio 400 ms ahead of video
    assert [seen.observe(t) for t in tags] == [None] * len(tags)


def test_a_jump_forward_or_back_is_a_break_and_the_new_clock_goes_on() -> None:
    seen = Continuity()
    for ms in range(0, 2000, 40):
        assert seen.observe(video(ms)) is None
    assert seen.observe(video(62_000)) == "timestamps jumped 60040 ms forward"
    assert seen.observe(audio(62_010)) is None
    assert seen.observe(video(58_500)) == "timestamps jumped 3510 ms back"
    assert seen.observe(video(58_540)) is None


def test_a_new_sequence_header_with_other_parameters_is_a_break() -> None:
    seen = Continuity()
    assert seen.observe(video(0, AVC_HEADER)) is None
    assert seen.observe(video(40)) is None
    assert seen.observe(video(80, AVC_HEADER)) is None  # the same again: no break
    assert seen.observe(video(120, AVC_HEADER_OTHER)) == (
        "a new video sequence header with other parameters"
    )
    assert seen.observe(audio(120, AAC_HEADER)) is None
    assert seen.observe(audio(140, bytes([0xAF, 0x00, 0x11, 0x90]))) == (
        "a new audio sequence header with other parameters"
    )


def test_the_32_bit_clock_wrapping_is_no_jump() -> None:
    seen = Continuity()
    top = (1 << 32) - 100
    assert seen.observe(video(top)) is None
    assert seen.observe(video(top + 40)) is None
    assert seen.observe(video(20)) is None  # wrapped: 2^32 + 20


def test_script_tags_are_not_timed() -> None:
    seen = Continuity()
    assert seen.observe(video(5000)) is None
    assert seen.observe(FlvTag(TagType.SCRIPT, 0, b"\x02\x00\x0aonMetaData")) is None
    assert seen.observe(video(5040)) is None
