"""Codec configuration records and what the muxer reads from them (sans-I/O).

- AVCDecoderConfigurationRecord (ISO/IEC 14496-15 5.3.3.1), with the picture size
  from its first sequence parameter set (ITU-T H.264 7.3.2.1.1);
- HEVCDecoderConfigurationRecord (ISO/IEC 14496-15 8.3.3.1), with the picture size
  from its SPS (ITU-T H.265 7.3.2.2);
- AV1CodecConfigurationRecord (AV1 Codec ISO Media File Format Binding 2.3.3), with
  the frame size from its sequence header OBU (AV1 bitstream 5.5);
- AudioSpecificConfig (ISO/IEC 14496-3 1.6.2.1): AAC's object type, sample rate,
  channels and frame length.

and the sample rewriting the ISO formats ask for: AV1 samples without temporal
delimiters, padding, redundant frame headers or tile lists (AV1-ISOBMFF 2.4),
HEVC samples without the parameter sets their `hvc1` sample entry already holds.

Records arrive in FLV sequence headers, so a malformed one raises FlvError; a
codec variant the muxer cannot carry raises UnsupportedCodec.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Literal

from sender.errors import FlvError, UnsupportedCodec

VideoCodec = Literal["avc1", "hvc1", "av01"]

# ISO/IEC 14496-3 Table 1.16: samplingFrequencyIndex.
_AAC_SAMPLE_RATES = (
    96000, 88200, 64000, 48000, 44100, 32000, 24000, 22050, 16000, 12000, 11025, 8000, 7350,
)  # fmt: skip
# ISO/IEC 14496-3 Table 1.19: channelConfiguration to channels (0: in a program config element).
_AAC_CHANNELS = {1: 1, 2: 2, 3: 3, 4: 4, 5: 5, 6: 6, 7: 8, 11: 7, 12: 8, 13: 24, 14: 8}
# Object types whose frames the muxer can time: AAC Main, LC, SSR, LTP (GASpecificConfig),
# and SBR (HE-AAC) and PS (HE-AAC v2) over one of them.
_AAC_GA_TYPES = frozenset({1, 2, 3, 4})
_AAC_SBR_TYPES = frozenset({5, 29})

# H.264 7.3.2.1.1: profiles whose SPS carries chroma format, bit depths and scaling lists.
_H264_HIGH_PROFILES = frozenset({100, 110, 122, 244, 44, 83, 86, 118, 128, 138, 139, 134, 135})
_HEVC_VPS, _HEVC_SPS, _HEVC_PPS = 32, 33, 34

# AV1 6.2.2 obu_type values.
_OBU_SEQUENCE_HEADER = 1
_OBU_TEMPORAL_DELIMITER = 2
_OBU_REDUNDANT_FRAME_HEADER = 7
_OBU_TILE_LIST = 8
_OBU_PADDING = 15
# AV1-ISOBMFF 2.4: should not (delimiters, padding, redundant headers) or shall not (tile
# lists) appear in a sample.
_OBUS_NOT_IN_SAMPLES = frozenset(
    {_OBU_TEMPORAL_DELIMITER, _OBU_REDUNDANT_FRAME_HEADER, _OBU_TILE_LIST, _OBU_PADDING}
)


@dataclass(frozen=True, slots=True)
class VideoConfig:
    """One video configuration: the record that goes into the sample entry, and its size."""

    codec: VideoCodec  # the sample entry: avc1, hvc1 or av01
    record: bytes  # avcC, hvcC or av1C payload
    width: int
    height: int
    nal_length_size: int = 0  # AVC and HEVC: bytes of each NAL unit's length prefix
    parameter_sets: frozenset[bytes] = frozenset()  # HEVC: the VPS, SPS and PPS in hvcC


@dataclass(frozen=True, slots=True)
class AudioConfig:
    """One AAC configuration."""

    config: bytes  # AudioSpecificConfig, verbatim
    object_type: int
    sample_rate: int  # the output rate, which times the frames (SBR doubles the core rate)
    channels: int
    frame_samples: int  # samples per frame at sample_rate


class _Bytes:
    """Big-endian reads over a record; running short is an FlvError naming the record."""

    __slots__ = ("data", "pos", "what")

    def __init__(self, data: bytes, what: str, pos: int = 0) -> None:
        self.data = data
        self.pos = pos
        self.what = what

    def take(self, n: int) -> bytes:
        if self.pos + n > len(self.data):
            raise FlvError(f"{self.what} of {len(self.data)} bytes is truncated")
        out = self.data[self.pos : self.pos + n]
        self.pos += n
        return out

    def u8(self) -> int:
        return self.take(1)[0]

    def u16(self) -> int:
        return int.from_bytes(self.take(2), "big")


class _Bits:
    """MSB-first bit reads, with the Exp-Golomb codes of H.264/H.265 9.2."""

    __slots__ = ("data", "pos", "what")

    def __init__(self, data: bytes, what: str) -> None:
        self.data = data
        self.pos = 0  # in bits
        self.what = what

    def u(self, n: int) -> int:
        if self.pos + n > 8 * len(self.data):
            raise FlvError(f"{self.what} is truncated")
        value = 0
        for _ in range(n):
            byte = self.data[self.pos >> 3]
            value = (value << 1) | ((byte >> (7 - (self.pos & 7))) & 1)
            self.pos += 1
        return value

    def flag(self) -> bool:
        return self.u(1) == 1

    def ue(self) -> int:
        zeros = 0
        while self.u(1) == 0:
            zeros += 1
            if zeros > 31:
                raise FlvError(f"{self.what}: Exp-Golomb code longer than 32 bits")
        return (1 << zeros) - 1 + self.u(zeros)

    def se(self) -> int:
        k = self.ue()
        return (k + 1) // 2 if k & 1 else -(k // 2)

    def uvlc(self) -> int:
        """AV1 4.10.3."""
        zeros = 0
        while self.u(1) == 0:
            zeros += 1
            if zeros >= 32:
                return (1 << 32) - 1
        return self.u(zeros) + (1 << zeros) - 1


def _rbsp(nal: bytes) -> bytes:
    """A NAL unit's payload without emulation prevention bytes (H.264 7.4.1)."""
    if b"\x00\x00\x03" not in nal:
        return nal
    out = bytearray()
    zeros = 0
    for byte in nal:
        if zeros >= 2 and byte == 3:
            zeros = 0
            continue
        out.append(byte)
        zeros = zeros + 1 if byte == 0 else 0
    return bytes(out)


def _positive_size(width: int, height: int, what: str) -> tuple[int, int]:
    if not (0 < width <= 0xFFFF and 0 < height <= 0xFFFF):
        raise FlvError(f"{what} gives an impossible picture size {width}x{height}")
    return width, height


# --- AVC ---------------------------------------------------------------------------


def parse_avc_config(record: bytes) -> VideoConfig:
    """An AVCDecoderConfigurationRecord (the body of an AVC sequence header)."""
    r = _Bytes(record, "avcC")
    version = r.u8()
    if version != 1:
        raise FlvError(f"avcC: configurationVersion {version}, expected 1")
    r.take(3)  # profile, compatibility, level (the codec string reads them)
    length_size = (r.u8() & 0x03) + 1
    if length_size == 3:
        raise FlvError("avcC: a NAL unit length of 3 bytes is not allowed")
    sps_count = r.u8() & 0x1F
    sps = [r.take(r.u16()) for _ in range(sps_count)]
    pps_count = r.u8()
    for _ in range(pps_count):
        r.take(r.u16())
    if not sps or not pps_count:
        raise FlvError(f"avcC: {len(sps)} SPS and {pps_count} PPS, at least one of each needed")
    width, height = avc_picture_size(sps[0])
    return VideoConfig("avc1", record, width, height, length_size)


def avc_picture_size(sps: bytes) -> tuple[int, int]:
    """The cropped picture size from an H.264 sequence parameter set NAL unit."""
    if not sps or sps[0] & 0x1F != 7:
        raise FlvError("avcC: the first SPS is not a sequence parameter set NAL unit")
    b = _Bits(_rbsp(sps[1:]), "H.264 SPS")
    profile = b.u(8)
    b.u(16)  # constraint flags, level
    b.ue()  # seq_parameter_set_id
    chroma_format = 1
    separate_planes = False
    if profile in _H264_HIGH_PROFILES:
        chroma_format = b.ue()
        if chroma_format > 3:
            raise FlvError(f"H.264 SPS: chroma_format_idc {chroma_format}")
        if chroma_format == 3:
            separate_planes = b.flag()
        b.ue()  # bit_depth_luma_minus8
        b.ue()  # bit_depth_chroma_minus8
        b.u(1)  # qpprime_y_zero_transform_bypass_flag
        if b.flag():  # seq_scaling_matrix_present_flag
            for i in range(8 if chroma_format != 3 else 12):
                if b.flag():
                    _skip_scaling_list(b, 16 if i < 6 else 64)
    b.ue()  # log2_max_frame_num_minus4
    poc_type = b.ue()
    if poc_type == 0:
        b.ue()  # log2_max_pic_order_cnt_lsb_minus4
    elif poc_type == 1:
        b.u(1)
        b.se()
        b.se()
        cycle = b.ue()
        if cycle > 255:
            raise FlvError(f"H.264 SPS: {cycle} reference frames in the POC cycle")
        for _ in range(cycle):
            b.se()
    b.ue()  # max_num_ref_frames
    b.u(1)  # gaps_in_frame_num_value_allowed_flag
    width_mbs = b.ue() + 1
    height_map_units = b.ue() + 1
    frame_mbs_only = b.flag()
    if not frame_mbs_only:
        b.u(1)  # mb_adaptive_frame_field_flag
    b.u(1)  # direct_8x8_inference_flag
    crop = (b.ue(), b.ue(), b.ue(), b.ue()) if b.flag() else (0, 0, 0, 0)
    # 7.4.2.1.1: crop units follow the chroma format (ChromaArrayType 0 counts luma).
    chroma_array_type = 0 if separate_planes else chroma_format
    sub_width, sub_height = {0: (1, 1), 1: (2, 2), 2: (2, 1), 3: (1, 1)}[chroma_array_type]
    field_factor = 1 if frame_mbs_only else 2
    width = width_mbs * 16 - sub_width * (crop[0] + crop[1])
    height = field_factor * height_map_units * 16 - sub_height * field_factor * (crop[2] + crop[3])
    return _positive_size(width, height, "H.264 SPS")


def _skip_scaling_list(b: _Bits, size: int) -> None:
    last = following = 8
    for _ in range(size):
        if following:
            following = (last + b.se() + 256) % 256
        last = following or last


# --- HEVC --------------------------------------------------------------------------


def parse_hevc_config(record: bytes) -> VideoConfig:
    """An HEVCDecoderConfigurationRecord, rewritten for `hvc1`: every array complete."""
    r = _Bytes(record, "hvcC")
    version = r.u8()
    if version != 1:
        raise FlvError(f"hvcC: configurationVersion {version}, expected 1")
    r.take(20)
    length_size = (r.u8() & 0x03) + 1
    if length_size == 3:
        raise FlvError("hvcC: a NAL unit length of 3 bytes is not allowed")
    out = bytearray(record[: r.pos])
    arrays = r.u8()
    out.append(arrays)
    sets: list[bytes] = []
    sps: bytes | None = None
    for _ in range(arrays):
        # 8.3.2.1: for hvc1, array_completeness is 1 for parameter set arrays: they are
        # here and never in the samples.
        head = r.u8()
        nal_type = head & 0x3F
        if nal_type in (_HEVC_VPS, _HEVC_SPS, _HEVC_PPS):
            head |= 0x80
        count = r.u16()
        out += bytes((head,)) + count.to_bytes(2, "big")
        for _ in range(count):
            size = r.u16()
            nal = r.take(size)
            out += size.to_bytes(2, "big") + nal
            if nal_type in (_HEVC_VPS, _HEVC_SPS, _HEVC_PPS):
                sets.append(nal)
            if nal_type == _HEVC_SPS and sps is None:
                sps = nal
    if r.pos != len(record):
        raise FlvError(f"hvcC: {len(record) - r.pos} bytes after the last array")
    if sps is None:
        raise FlvError("hvcC has no SPS")
    width, height = hevc_picture_size(sps)
    return VideoConfig("hvc1", bytes(out), width, height, length_size, frozenset(sets))


def hevc_picture_size(sps: bytes) -> tuple[int, int]:
    """The conformance-cropped picture size from an H.265 SPS NAL unit."""
    if len(sps) < 2 or (sps[0] >> 1) & 0x3F != _HEVC_SPS:
        raise FlvError("hvcC: the SPS array holds a NAL unit that is not an SPS")
    b = _Bits(_rbsp(sps[2:]), "H.265 SPS")
    b.u(4)  # sps_video_parameter_set_id
    sub_layers = b.u(3)  # sps_max_sub_layers_minus1
    b.u(1)  # sps_temporal_id_nesting_flag
    # 7.3.3 profile_tier_level(1, sps_max_sub_layers_minus1)
    b.u(88)  # general profile space, tier, profile, compatibility and constraint flags
    b.u(8)  # general_level_idc
    present = [(b.flag(), b.flag()) for _ in range(sub_layers)]
    if sub_layers:
        b.u(2 * (8 - sub_layers))  # reserved_zero_2bits
    for profile_present, level_present in present:
        if profile_present:
            b.u(88)
        if level_present:
            b.u(8)
    b.ue()  # sps_seq_parameter_set_id
    chroma_format = b.ue()
    if chroma_format > 3:
        raise FlvError(f"H.265 SPS: chroma_format_idc {chroma_format}")
    separate_planes = b.flag() if chroma_format == 3 else False
    width, height = b.ue(), b.ue()
    if b.flag():  # conformance_window_flag; offsets in chroma samples (7.4.3.2.1)
        left, right, top, bottom = b.ue(), b.ue(), b.ue(), b.ue()
        chroma = 0 if separate_planes else chroma_format
        sub_width = 2 if chroma in (1, 2) else 1
        sub_height = 2 if chroma == 1 else 1
        width -= sub_width * (left + right)
        height -= sub_height * (top + bottom)
    return _positive_size(width, height, "H.265 SPS")


# --- NAL unit samples --------------------------------------------------------------


def nal_units(sample: bytes, length_size: int) -> list[bytes]:
    """The NAL units of a length-prefixed sample; None of it may be left over."""
    out: list[bytes] = []
    pos = 0
    while pos < len(sample):
        if pos + length_size > len(sample):
            raise FlvError(f"NAL unit length cut short at byte {pos} of {len(sample)}")
        size = int.from_bytes(sample[pos : pos + length_size], "big")
        pos += length_size
        if size == 0 or pos + size > len(sample):
            raise FlvError(f"NAL unit of {size} bytes at byte {pos} of a {len(sample)}-byte sample")
        out.append(sample[pos : pos + size])
        pos += size
    if not out:
        raise FlvError("a video sample without NAL units")
    return out


def hevc_sample(sample: bytes, config: VideoConfig) -> tuple[bytes, int]:
    """An HEVC sample without the parameter sets hvcC already holds; (sample, others left).

    Encoders often repeat VPS, SPS and PPS before each keyframe. `hvc1` keeps them in the
    sample entry only, so the copies go; a parameter set that differs from hvcC's stays
    (the decoder needs it) and is counted by the caller.
    """
    units = nal_units(sample, config.nal_length_size)
    kept: list[bytes] = []
    others = 0
    for nal in units:
        if (nal[0] >> 1) & 0x3F in (_HEVC_VPS, _HEVC_SPS, _HEVC_PPS):
            if nal in config.parameter_sets:
                continue
            others += 1
        kept.append(nal)
    if len(kept) == len(units):
        return sample, others
    n = config.nal_length_size
    return b"".join(len(nal).to_bytes(n, "big") + nal for nal in kept), others


# --- AV1 ---------------------------------------------------------------------------


def _obus(data: bytes, what: str) -> list[tuple[int, int, int, int]]:
    """(type, start, payload start, end) of each OBU in low-overhead format (AV1 5.3)."""
    out: list[tuple[int, int, int, int]] = []
    pos = 0
    while pos < len(data):
        start = pos
        header = data[pos]
        if header & 0x80:
            raise FlvError(f"{what}: OBU forbidden bit set at byte {pos}")
        obu_type = (header >> 3) & 0x0F
        pos += 2 if header & 0x04 else 1  # obu_extension_flag
        if header & 0x02:  # obu_has_size_field: leb128 (4.10.5), at most 8 bytes
            size = 0
            for i in range(8):
                if pos >= len(data):
                    raise FlvError(f"{what}: OBU size cut short at byte {pos}")
                byte = data[pos]
                pos += 1
                size |= (byte & 0x7F) << (7 * i)
                if not byte & 0x80:
                    break
            else:
                raise FlvError(f"{what}: OBU size longer than 8 bytes")
        else:
            size = len(data) - pos
        if pos + size > len(data):
            raise FlvError(f"{what}: OBU of {size} bytes at byte {start} of {len(data)}")
        out.append((obu_type, start, pos, pos + size))
        pos += size
    return out


def parse_av1_config(record: bytes) -> VideoConfig:
    """An AV1CodecConfigurationRecord with its sequence header OBU."""
    if len(record) < 4:
        raise FlvError(f"av1C of {len(record)} bytes is truncated")
    if record[0] != 0x81:
        raise FlvError(f"av1C: marker and version byte 0x{record[0]:02x}, expected 0x81")
    for obu_type, _, payload, end in _obus(record[4:], "av1C configOBUs"):
        if obu_type == _OBU_SEQUENCE_HEADER:
            width, height = av1_frame_size(record[4 + payload : 4 + end])
            return VideoConfig("av01", record, width, height)
    raise FlvError("av1C carries no sequence header OBU")


def av1_frame_size(header: bytes) -> tuple[int, int]:
    """max_frame_width and max_frame_height of a sequence header OBU payload (AV1 5.5)."""
    b = _Bits(header, "AV1 sequence header")
    b.u(3)  # seq_profile
    b.u(1)  # still_picture
    if b.flag():  # reduced_still_picture_header
        b.u(5)  # seq_level_idx[0]
    else:
        decoder_model = False
        buffer_delay_bits = 0
        if b.flag():  # timing_info_present_flag
            b.u(64)  # num_units_in_display_tick, time_scale
            if b.flag():  # equal_picture_interval
                b.uvlc()
            decoder_model = b.flag()
            if decoder_model:
                buffer_delay_bits = b.u(5) + 1
                b.u(32 + 5 + 5)
        initial_display_delay = b.flag()
        for _ in range(b.u(5) + 1):  # operating points
            b.u(12)  # operating_point_idc
            if b.u(5) > 7:  # seq_level_idx
                b.u(1)  # seq_tier
            if decoder_model and b.flag():
                b.u(2 * buffer_delay_bits + 1)
            if initial_display_delay and b.flag():
                b.u(4)
    width_bits = b.u(4) + 1
    height_bits = b.u(4) + 1
    width = b.u(width_bits) + 1
    height = b.u(height_bits) + 1
    return _positive_size(width, height, "AV1 sequence header")


def av1_sample(sample: bytes) -> bytes:
    """A temporal unit as an AV1 sample: without the OBUs AV1-ISOBMFF 2.4 keeps out."""
    obus = _obus(sample, "AV1 sample")
    kept = [
        (start, end) for obu_type, start, _, end in obus if obu_type not in _OBUS_NOT_IN_SAMPLES
    ]
    if len(kept) == len(obus):
        return sample
    return b"".join(sample[start:end] for start, end in kept)


# --- AAC ---------------------------------------------------------------------------


def parse_audio_specific_config(config: bytes, *, channels_hint: int = 2) -> AudioConfig:
    """An AAC AudioSpecificConfig; `channels_hint` stands in for channelConfiguration 0."""
    b = _Bits(config, "AudioSpecificConfig")
    object_type = _object_type(b)
    rate = _sample_rate(b)
    channel_config = b.u(4)
    output_rate = rate
    core_samples = 1024
    if object_type in _AAC_SBR_TYPES:
        # 1.6.2.1 explicit hierarchical signalling: the output rate, then the core's type.
        output_rate = _sample_rate(b)
        core = _object_type(b)
        if core not in _AAC_GA_TYPES:
            raise UnsupportedCodec("audio", f"HE-AAC over object type {core}")
        if channel_config == 0 and object_type == 29:
            channel_config = 1
    elif object_type not in _AAC_GA_TYPES:
        raise UnsupportedCodec("audio", f"mp4a.40.{object_type}")
    if b.flag():  # GASpecificConfig frameLengthFlag: 960-sample frames
        core_samples = 960
    if channel_config and channel_config not in _AAC_CHANNELS:
        raise FlvError(f"AudioSpecificConfig: channelConfiguration {channel_config} is reserved")
    channels = _AAC_CHANNELS.get(channel_config, channels_hint)
    if object_type == 29:
        channels = 2  # parametric stereo: a mono core decoded to two channels
    # SBR doubles the rate and so the samples of each frame.
    frame_samples = max(1, core_samples * output_rate // rate)
    return AudioConfig(config, object_type, output_rate, channels, frame_samples)


def _object_type(b: _Bits) -> int:
    object_type = b.u(5)
    return 32 + b.u(6) if object_type == 31 else object_type


def _sample_rate(b: _Bits) -> int:
    index = b.u(4)
    if index == 15:
        rate = b.u(24)
    elif index < len(_AAC_SAMPLE_RATES):
        rate = _AAC_SAMPLE_RATES[index]
    else:
        raise FlvError(f"AudioSpecificConfig: samplingFrequencyIndex {index} is reserved")
    if rate == 0:
        raise FlvError("AudioSpecificConfig: a sample rate of 0")
    return rate


# The video sequence headers' decoder configuration records, by FLV codec (rtmp.flv).
VIDEO_CONFIG_PARSERS: Mapping[str, Callable[[bytes], VideoConfig]] = {
    "avc1": parse_avc_config,
    "hvc1": parse_hevc_config,
    "av01": parse_av1_config,
}
