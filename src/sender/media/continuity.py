"""Continuity: when an encoder's FLV stops being one timeline, so its media needs a new file.

Two things break a remuxed file's timeline (pure, fed every tag in order):
- a timestamp jump: a tag more than JUMP_MS ahead of, or behind, the newest
  timestamp seen (an encoder paused and resumed, or reset its clock). Audio and
  video interleave a few hundred milliseconds apart, so smaller steps are not
  jumps;
- a sequence header with other parameters than the one in force (a new
  resolution, another audio configuration): the old init segment describes the
  old parameters, and later samples would not decode against it.

The backend answers a break with a new output file: a new init segment, and the
packager's EXT-X-DISCONTINUITY and re-based timeline (media/packager.py).
Repeated identical sequence headers, which some encoders send before every
keyframe, are not a break. FLV's 32-bit millisecond timestamps wrap after about
49.7 days; a wrap is not a jump.
"""

from __future__ import annotations

from sender.rtmp.flv import (
    FlvTag,
    TagType,
    is_audio_sequence_header,
    is_video_sequence_header,
)

JUMP_MS = 1000
_WRAP = 1 << 32


class Continuity:
    def __init__(self, jump_ms: int = JUMP_MS) -> None:
        self._jump_ms = jump_ms
        self._newest: int | None = None  # unwrapped milliseconds
        self._base = 0  # added to raw timestamps after wraps
        self._raw_last: int | None = None
        self._headers: dict[TagType, bytes] = {}

    def observe(self, tag: FlvTag) -> str | None:
        """The reason this tag starts a new timeline, or None when it continues the old."""
        if tag.type == TagType.SCRIPT:
            return None
        reason = self._header_change(tag)
        now = self._unwrap(tag.timestamp)
        newest = self._newest
        if newest is not None and reason is None:
            if now > newest + self._jump_ms:
                reason = f"timestamps jumped {now - newest} ms forward"
            elif now < newest - self._jump_ms:
                reason = f"timestamps jumped {newest - now} ms back"
        if reason is not None or newest is None or now > newest:
            self._newest = now
        return reason

    def _header_change(self, tag: FlvTag) -> str | None:
        if tag.type == TagType.VIDEO and is_video_sequence_header(tag.data):
            kind = "video"
        elif tag.type == TagType.AUDIO and is_audio_sequence_header(tag.data):
            kind = "audio"
        else:
            return None
        before = self._headers.get(tag.type)
        self._headers[tag.type] = tag.data
        if before is None or before == tag.data:
            return None
        return f"a new {kind} sequence header with other parameters"

    def _unwrap(self, raw: int) -> int:
        last = self._raw_last
        if last is not None and last - raw > _WRAP // 2:
            self._base += _WRAP  # the 32-bit clock wrapped
        self._raw_last = raw
        return self._base + raw
