"""The hard limits one RTMP peer is held to."""

from __future__ import annotations

from dataclasses import dataclass

from sender.errors import ConfigError


@dataclass(frozen=True, slots=True)
class RtmpLimits:
    """Exceeding any of these ends the connection with RtmpError.

    max_chunk_size: the largest chunk size a peer may set.
    max_message_size: the largest message a peer may announce.
    max_buffered_bytes: bytes held in partially assembled messages, all chunk streams together.
    """

    max_chunk_size: int = 1 << 20
    max_message_size: int = 16 << 20
    max_buffered_bytes: int = 32 << 20

    def __post_init__(self) -> None:
        if not 128 <= self.max_chunk_size <= 0x7FFFFFFF:
            raise ConfigError("rtmp_max_chunk_size", f"{self.max_chunk_size} outside 128..2^31-1")
        if self.max_message_size < 1:
            raise ConfigError("rtmp_max_message_size", "must be positive")
        if self.max_buffered_bytes < 1:
            raise ConfigError("rtmp_max_buffered_bytes", "must be positive")
