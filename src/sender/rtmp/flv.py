"""FLV tags (Adobe Flash Video File Format Specification 10.1, annex E), and peeks into them.

RTMP audio, video and data messages carry exactly the body of an FLV tag, so
ingest turns messages into `FlvTag`s and the media backend reads them as an
FLV file: `flv_header()` followed by `bytes(tag)` for each tag.

`VideoPacket` and `AudioPacket` read the body of a video or audio tag: the
legacy headers (annex E.4.2, E.4.3) and the enhanced RTMP ones (veovera
"Enhanced RTMP" v2, ExVideoTagHeader and ExAudioTagHeader), which name the
codec by a FourCC (`hvc1`, `av01`, `avc1`, `mp4a`, ...) and add packet types.
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


class VideoFrameType(enum.IntEnum):
    KEY = 1
    INTER = 2
    DISPOSABLE_INTER = 3  # H.263 only
    GENERATED_KEY = 4  # reserved for server use
    COMMAND = 5  # a video info / command frame: a VideoCommand byte, no picture


class VideoPacketType(enum.IntEnum):
    """Enhanced RTMP VideoPacketType; the legacy AVCPacketType 0, 1 and 2 mean the first three."""

    SEQUENCE_START = 0  # the decoder configuration record
    CODED_FRAMES = 1  # with an SI24 composition time offset for avc1, hvc1 and vvc1
    SEQUENCE_END = 2
    CODED_FRAMES_X = 3  # composition time offset implied zero
    METADATA = 4  # AMF-encoded metadata (colorInfo), no picture
    MPEG2TS_SEQUENCE_START = 5
    MULTITRACK = 6
    MOD_EX = 7  # a modifier extension, then the packet's real type


class AudioPacketType(enum.IntEnum):
    """Enhanced RTMP AudioPacketType; the legacy AACPacketType 0 and 1 mean the first two."""

    SEQUENCE_START = 0
    CODED_FRAMES = 1
    SEQUENCE_END = 2
    MULTICHANNEL_CONFIG = 4
    MULTITRACK = 5
    MOD_EX = 7


# Legacy VideoCodecId and SoundFormat values by name; AVC and AAC by the FourCC of their
# ISO sample entry, so legacy and enhanced tags of one codec carry the same name.
LEGACY_VIDEO_CODECS: dict[int, str] = {
    2: "h263",
    3: "screen",
    4: "vp6",
    5: "vp6a",
    6: "screen2",
    _VIDEO_AVC: "avc1",
    _VIDEO_HEVC: "hvc1",
}
LEGACY_SOUND_FORMATS: dict[int, str] = {
    0: "lpcm",
    1: "adpcm",
    2: "mp3",
    3: "lpcm-le",
    4: "nellymoser-16k",
    5: "nellymoser-8k",
    6: "nellymoser",
    7: "alaw",
    8: "ulaw",
    _AUDIO_AAC: "mp4a",
    11: "speex",
    14: "mp3-8k",
    15: "native",
}
_LEGACY_VIDEO_IDS = {name: codec_id for codec_id, name in LEGACY_VIDEO_CODECS.items()}
_LEGACY_SOUND_IDS = {name: fmt for fmt, name in LEGACY_SOUND_FORMATS.items()}
# Enhanced CodedFrames carry an SI24 composition time offset for these FourCCs only.
_FOURCCS_WITH_COMPOSITION_TIME = frozenset({"avc1", "hvc1", "vvc1"})
_MOD_EX_TIMESTAMP_OFFSET_NANO = 0
_AUDIO_PACKET_TYPES = frozenset(int(t) for t in AudioPacketType)


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


class _Body:
    """Reads of a tag body; running short is an FlvError naming what was being read."""

    __slots__ = ("data", "pos", "what")

    def __init__(self, data: bytes, what: str) -> None:
        self.data = data
        self.pos = 0
        self.what = what

    def take(self, n: int, field: str) -> bytes:
        if self.pos + n > len(self.data):
            raise FlvError(f"{self.what} of {len(self.data)} bytes is truncated in its {field}")
        out = self.data[self.pos : self.pos + n]
        self.pos += n
        return out

    def u8(self, field: str) -> int:
        return self.take(1, field)[0]

    def rest(self) -> bytes:
        return self.data[self.pos :]


def _si24(raw: bytes) -> int:
    value = int.from_bytes(raw, "big")
    return value - (1 << 24) if value & 0x80_0000 else value


def _read_mod_ex(body: _Body, packet_type: int) -> tuple[int, int]:
    """Enhanced RTMP ModEx: skip modifier extensions; (real packet type, nanosecond offset)."""
    nano = 0
    while packet_type == 7:
        size = body.u8("ModEx size") + 1
        if size == 256:
            size = int.from_bytes(body.take(2, "ModEx size"), "big") + 1
        data = body.take(size, "ModEx data")
        following = body.u8("ModEx type")
        if following >> 4 == _MOD_EX_TIMESTAMP_OFFSET_NANO:
            if size < 3:
                raise FlvError(f"TimestampOffsetNano of {size} bytes, at least 3 are needed")
            nano = int.from_bytes(data[:3], "big")
        packet_type = following & 0x0F
    return packet_type, nano


def _write_mod_ex(first: int, packet_type: int, nano: int) -> bytes:
    if not nano:
        return bytes((first | packet_type,))
    return bytes((first | 7, 2)) + nano.to_bytes(3, "big") + bytes((packet_type,))


@dataclass(frozen=True, slots=True)
class VideoPacket:
    """The body of a video tag: its (Ex)VideoTagHeader fields and the payload after them.

    `codec` is a FourCC (`avc1`, `hvc1`, `av01`, `vp09`, ...) or, for other legacy codec
    ids, a name from LEGACY_VIDEO_CODECS (`codec id N` for unassigned ones); the legacy AVC
    (7) and HEVC (12) ids read as `avc1` and `hvc1`. `packet_type` is None for legacy
    codecs that have none. A command frame (`frame_type` 5) carries `command` and no
    payload; a multitrack packet keeps everything after its first byte as `payload`.
    """

    frame_type: int
    codec: str
    packet_type: VideoPacketType | None
    payload: bytes = b""
    composition_time: int = 0  # milliseconds, SI24
    enhanced: bool = False
    command: int | None = None
    timestamp_nano_offset: int = 0  # ModEx TimestampOffsetNano

    @property
    def is_keyframe(self) -> bool:
        return self.frame_type in (VideoFrameType.KEY, VideoFrameType.GENERATED_KEY)

    @property
    def is_coded_frames(self) -> bool:
        return self.command is None and self.packet_type in (
            VideoPacketType.CODED_FRAMES,
            VideoPacketType.CODED_FRAMES_X,
        )

    @classmethod
    def parse(cls, data: bytes) -> VideoPacket:
        if not data:
            raise FlvError("empty video tag")
        body = _Body(data, "video tag")
        first = body.u8("header")
        if not first & _VIDEO_EX_HEADER_BIT:
            return cls._parse_legacy(first, body)
        frame_type = (first >> 4) & 0x07
        packet_type, nano = _read_mod_ex(body, first & 0x0F)
        if packet_type > VideoPacketType.MOD_EX:
            raise FlvError(f"unknown enhanced video packet type {packet_type}")
        kind = VideoPacketType(packet_type)
        if kind is not VideoPacketType.METADATA and frame_type == VideoFrameType.COMMAND:
            command = body.u8("video command")
            return cls(
                frame_type, "", kind, enhanced=True, command=command, timestamp_nano_offset=nano
            )
        if kind is VideoPacketType.MULTITRACK:
            return cls(frame_type, "", kind, body.rest(), enhanced=True, timestamp_nano_offset=nano)
        fourcc = body.take(4, "FourCC").decode("latin-1")
        composition_time = 0
        if kind is VideoPacketType.CODED_FRAMES and fourcc in _FOURCCS_WITH_COMPOSITION_TIME:
            composition_time = _si24(body.take(3, "composition time"))
        return cls(frame_type, fourcc, kind, body.rest(), composition_time, True, None, nano)

    @classmethod
    def _parse_legacy(cls, first: int, body: _Body) -> VideoPacket:
        frame_type, codec_id = first >> 4, first & 0x0F
        codec = LEGACY_VIDEO_CODECS.get(codec_id, f"codec id {codec_id}")
        if frame_type == VideoFrameType.COMMAND:
            return cls(frame_type, codec, None, command=body.u8("video command"))
        if codec_id not in (_VIDEO_AVC, _VIDEO_HEVC):
            return cls(frame_type, codec, None, body.rest())
        packet_type = body.u8("AVC packet type")
        composition_time = _si24(body.take(3, "composition time"))
        if packet_type > VideoPacketType.SEQUENCE_END:
            raise FlvError(f"unknown AVC packet type {packet_type}")
        return cls(frame_type, codec, VideoPacketType(packet_type), body.rest(), composition_time)

    def __bytes__(self) -> bytes:
        if not self.enhanced:
            codec_id = _LEGACY_VIDEO_IDS.get(self.codec)
            if codec_id is None:
                codec_id = int(self.codec.removeprefix("codec id "))
            head = bytes((self.frame_type << 4 | codec_id,))
            if self.command is not None:
                return head + bytes((self.command,))
            if self.packet_type is None:
                return head + self.payload
            cto = (self.composition_time & 0xFF_FFFF).to_bytes(3, "big")
            return head + bytes((self.packet_type,)) + cto + self.payload
        assert self.packet_type is not None
        first = _VIDEO_EX_HEADER_BIT | self.frame_type << 4
        out = _write_mod_ex(first, self.packet_type, self.timestamp_nano_offset)
        if self.command is not None:
            return out + bytes((self.command,))
        if self.packet_type is VideoPacketType.MULTITRACK:
            return out + self.payload
        out += self.codec.encode("latin-1")
        if (
            self.packet_type is VideoPacketType.CODED_FRAMES
            and self.codec in _FOURCCS_WITH_COMPOSITION_TIME
        ):
            out += (self.composition_time & 0xFF_FFFF).to_bytes(3, "big")
        return out + self.payload


@dataclass(frozen=True, slots=True)
class AudioPacket:
    """The body of an audio tag: its (Ex)AudioTagHeader fields and the payload after them.

    `codec` is `mp4a` for AAC (legacy SoundFormat 10 or the enhanced FourCC), another
    enhanced FourCC (`Opus`, `fLaC`, `ac-3`, `ec-3`, `.mp3`), or a name from
    LEGACY_SOUND_FORMATS. `sound_flags` keeps a legacy header's rate, size and type bits.
    """

    codec: str
    packet_type: AudioPacketType | None
    payload: bytes = b""
    enhanced: bool = False
    sound_flags: int = 0
    timestamp_nano_offset: int = 0

    @classmethod
    def parse(cls, data: bytes) -> AudioPacket:
        if not data:
            raise FlvError("empty audio tag")
        body = _Body(data, "audio tag")
        first = body.u8("header")
        sound_format = first >> 4
        if sound_format != _AUDIO_EX_HEADER:
            codec = LEGACY_SOUND_FORMATS.get(sound_format, f"sound format {sound_format}")
            if sound_format != _AUDIO_AAC:
                return cls(codec, None, body.rest(), sound_flags=first & 0x0F)
            packet_type = body.u8("AAC packet type")
            if packet_type > AudioPacketType.CODED_FRAMES:
                raise FlvError(f"unknown AAC packet type {packet_type}")
            return cls(codec, AudioPacketType(packet_type), body.rest(), sound_flags=first & 0x0F)
        packet_type, nano = _read_mod_ex(body, first & 0x0F)
        if packet_type not in _AUDIO_PACKET_TYPES:
            raise FlvError(f"unknown enhanced audio packet type {packet_type}")
        kind = AudioPacketType(packet_type)
        if kind is AudioPacketType.MULTITRACK:
            return cls("", kind, body.rest(), True, timestamp_nano_offset=nano)
        fourcc = body.take(4, "FourCC").decode("latin-1")
        return cls(fourcc, kind, body.rest(), True, timestamp_nano_offset=nano)

    def __bytes__(self) -> bytes:
        if not self.enhanced:
            fmt = _LEGACY_SOUND_IDS.get(self.codec)
            if fmt is None:
                fmt = int(self.codec.removeprefix("sound format "))
            first = bytes((fmt << 4 | self.sound_flags,))
            if self.packet_type is None:
                return first + self.payload
            return first + bytes((self.packet_type,)) + self.payload
        assert self.packet_type is not None
        out = _write_mod_ex(_AUDIO_EX_HEADER << 4, self.packet_type, self.timestamp_nano_offset)
        if self.packet_type is AudioPacketType.MULTITRACK:
            return out + self.payload
        return out + self.codec.encode("latin-1") + self.payload


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


def is_metadata(tag: FlvTag) -> bool:
    """The stream's onMetaData: AMF0 "onMetaData" (possibly after "@setDataFrame") opens it."""
    return tag.type == TagType.SCRIPT and b"onMetaData" in tag.data[:64]
