"""FLV tags (Adobe Flash Video File Format Specification 10.1, annex E), and peeks into them.

RTMP audio, video and data messages carry exactly the body of an FLV tag, so
ingest turns messages into `FlvTag`s and the media backend reads them as an
FLV file: `flv_header()` followed by `bytes(tag)` for each tag.
"""

from __future__ import annotations

import enum
import struct
from dataclasses import dataclass

from sender.errors import FlvError

TAG_HEADER_SIZE = 11
PREVIOUS_TAG_SIZE = 4
FILE_HEADER_SIZE = 9
MAX_TIMESTAMP = 0xFFFFFFFF
MAX_DATA_SIZE = 0xFFFFFF

# Codec ids (FLV spec E.4.3.1 and E.4.2.1); HEVC 12 is the widely used legacy extension.
_VIDEO_AVC = 7
_VIDEO_HEVC = 12
_AUDIO_AAC = 10
_AUDIO_EX_HEADER = 9  # enhanced RTMP v2: an audio packet type follows in the low nibble
_VIDEO_EX_HEADER_BIT = 0x80  # enhanced RTMP: IsExHeader, packet type in the low nibble
_FRAME_KEY = 1
_PACKET_SEQUENCE = 0  # AVC/AAC sequence header, enhanced SequenceStart alike


class TagType(enum.IntEnum):
    AUDIO = 8
    VIDEO = 9
    SCRIPT = 18


@dataclass(frozen=True, slots=True)
class FlvTag:
    type: TagType
    timestamp: int  # milliseconds, 32 bits
    data: bytes

    def __post_init__(self) -> None:
        if not 0 <= self.timestamp <= MAX_TIMESTAMP:
            raise FlvError(f"FLV tag timestamp {self.timestamp} outside 0..{MAX_TIMESTAMP}")
        if len(self.data) > MAX_DATA_SIZE:
            raise FlvError(f"FLV tag data of {len(self.data)} bytes exceeds {MAX_DATA_SIZE}")

    def __bytes__(self) -> bytes:
        size = len(self.data)
        header = struct.pack(
            ">B3s3sB3s",
            int(self.type),
            size.to_bytes(3, "big"),
            (self.timestamp & 0xFFFFFF).to_bytes(3, "big"),
            self.timestamp >> 24,  # TimestampExtended: the upper 8 bits
            b"\x00\x00\x00",  # StreamID, always 0
        )
        return header + self.data + struct.pack(">I", TAG_HEADER_SIZE + size)

    @classmethod
    def parse(cls, data: bytes) -> FlvTag:
        """One whole tag: header, data and PreviousTagSize, nothing more."""
        tag, end = read_tag(data, 0)
        if tag is None:
            raise FlvError(f"FLV tag truncated: {len(data)} bytes")
        if end != len(data):
            raise FlvError(f"{len(data) - end} bytes after the FLV tag")
        return tag


def flv_header(audio: bool, video: bool) -> bytes:
    """The 9-byte FLV file header followed by PreviousTagSize0."""
    flags = (0x04 if audio else 0) | (0x01 if video else 0)
    return b"FLV\x01" + bytes((flags,)) + struct.pack(">II", FILE_HEADER_SIZE, 0)


def read_tag(data: bytes | bytearray | memoryview, offset: int) -> tuple[FlvTag | None, int]:
    """The tag at `offset` and the offset after it, or (None, offset) when incomplete."""
    if len(data) - offset < TAG_HEADER_SIZE:
        return None, offset
    first = data[offset]
    if first & 0x20:
        raise FlvError("encrypted FLV tags (filter bit set) are not supported")
    try:
        tag_type = TagType(first & 0x1F)
    except ValueError:
        raise FlvError(f"unknown FLV tag type {first & 0x1F} at offset {offset}") from None
    size = int.from_bytes(data[offset + 1 : offset + 4], "big")
    timestamp = int.from_bytes(data[offset + 4 : offset + 7], "big") | (data[offset + 7] << 24)
    end = offset + TAG_HEADER_SIZE + size + PREVIOUS_TAG_SIZE
    if len(data) < end:
        return None, offset
    body = bytes(data[offset + TAG_HEADER_SIZE : end - PREVIOUS_TAG_SIZE])
    previous = int.from_bytes(data[end - PREVIOUS_TAG_SIZE : end], "big")
    if previous != TAG_HEADER_SIZE + size:
        raise FlvError(
            f"FLV PreviousTagSize {previous} does not match the tag's {TAG_HEADER_SIZE + size}"
        )
    return FlvTag(tag_type, timestamp, body), end


class FlvReader:
    """An FLV byte stream in, tags out. `feed` takes any split of the bytes."""

    def __init__(self, *, expect_header: bool = True) -> None:
        self._buffer = bytearray()
        self._need_header = expect_header
        self.audio: bool | None = None
        self.video: bool | None = None

    def feed(self, data: bytes) -> list[FlvTag]:
        self._buffer += data
        offset = 0
        if self._need_header:
            if len(self._buffer) < 9:
                return []
            if self._buffer[:3] != b"FLV":
                raise FlvError("not an FLV stream: signature is not 'FLV'")
            if self._buffer[3] != 1:
                raise FlvError(f"unsupported FLV version {self._buffer[3]}")
            data_offset = int.from_bytes(self._buffer[5:9], "big")
            if data_offset < FILE_HEADER_SIZE:
                raise FlvError(f"FLV DataOffset {data_offset} is shorter than the header")
            if len(self._buffer) < data_offset + PREVIOUS_TAG_SIZE:
                return []
            self.audio = bool(self._buffer[4] & 0x04)
            self.video = bool(self._buffer[4] & 0x01)
            # PreviousTagSize0 is always 0; tolerate anything, it carries nothing.
            offset = data_offset + PREVIOUS_TAG_SIZE
            self._need_header = False
        tags: list[FlvTag] = []
        while True:
            tag, offset = read_tag(self._buffer, offset)
            if tag is None:
                break
            tags.append(tag)
        del self._buffer[:offset]
        return tags

    @property
    def pending(self) -> int:
        """Bytes held back waiting for the rest of a tag."""
        return len(self._buffer)


def is_video_keyframe(data: bytes) -> bool:
    if not data:
        return False
    frame_type = (data[0] >> 4) & 0x07 if data[0] & _VIDEO_EX_HEADER_BIT else data[0] >> 4
    return frame_type == _FRAME_KEY


def is_video_sequence_header(data: bytes) -> bool:
    """AVC/HEVC sequence header (packet type 0), or an enhanced-RTMP SequenceStart."""
    if not data:
        return False
    if data[0] & _VIDEO_EX_HEADER_BIT:
        return data[0] & 0x0F == _PACKET_SEQUENCE
    codec = data[0] & 0x0F
    return codec in (_VIDEO_AVC, _VIDEO_HEVC) and len(data) > 1 and data[1] == _PACKET_SEQUENCE


def is_audio_sequence_header(data: bytes) -> bool:
    """AAC sequence header (AudioSpecificConfig), or an enhanced-RTMP SequenceStart."""
    if len(data) < 1:
        return False
    sound_format = data[0] >> 4
    if sound_format == _AUDIO_EX_HEADER:
        return data[0] & 0x0F == _PACKET_SEQUENCE
    return sound_format == _AUDIO_AAC and len(data) > 1 and data[1] == _PACKET_SEQUENCE
