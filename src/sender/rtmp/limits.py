"""The hard limits one RTMP peer is held to, before and after its publish is accepted."""

from __future__ import annotations

from dataclasses import dataclass

from sender.errors import ConfigError

MAX_CHUNK_SIZE = 0x7FFFFFFF  # RTMP spec 5.4.1: Set Chunk Size carries 31 bits
MAX_MESSAGE_LENGTH = 0xFFFFFF  # the 3-byte message length of a chunk header


@dataclass(frozen=True, slots=True)
class Budget:
    """What a peer may send in one phase of its connection.

    max_message_size: the largest message it may announce (refused by the header,
        before any of the body is held).
    max_buffered_bytes: bytes held in an unfinished chunk and partially assembled
        messages, all chunk streams together.
    max_chunks: chunks it may send in this phase in all (None: no limit); with the
        message size this bounds the work the phase costs, whatever the chunk size.
    max_amf_elements, max_amf_depth: how many AMF values one command or data message
        may hold, and how deeply nested.
    """

    max_message_size: int
    max_buffered_bytes: int
    max_chunks: int | None
    max_amf_elements: int
    max_amf_depth: int


@dataclass(frozen=True, slots=True)
class RtmpLimits:
    """Exceeding any of these ends the connection with RtmpError.

    Until a publish is accepted the peer is a stranger and gets the small pre-publish
    budget: real encoders send about 500 bytes in six commands before `publish`. Once a
    publish is accepted the connection carries media, and keyframes of several MB are
    real; the publishing budget applies from then on, also after an unpublish.

    max_chunk_size: the largest chunk size a peer may set (the spec allows 2^31-1;
        memory is bounded by the message and buffered-bytes limits, not by this).
    max_message_size, max_buffered_bytes: the publishing budget.
    max_amf_elements, max_amf_depth: AMF bounds while publishing. Only commands and the
        names of data messages are decoded then (onMetaData travels as bytes), so a few
        thousand elements are far more than any encoder sends.
    pre_publish_*: the budget before a publish is accepted.
    """

    max_chunk_size: int = MAX_CHUNK_SIZE
    max_message_size: int = 16 << 20
    max_buffered_bytes: int = 32 << 20
    max_amf_elements: int = 4096
    max_amf_depth: int = 32
    pre_publish_max_message_size: int = 4096
    pre_publish_max_buffered_bytes: int = 16384
    pre_publish_max_chunks: int = 256
    pre_publish_max_amf_elements: int = 256
    pre_publish_max_amf_depth: int = 8

    def __post_init__(self) -> None:
        if not 128 <= self.max_chunk_size <= MAX_CHUNK_SIZE:
            raise ConfigError("rtmp_max_chunk_size", f"{self.max_chunk_size} outside 128..2^31-1")
        for name in (
            "max_message_size",
            "max_buffered_bytes",
            "max_amf_elements",
            "max_amf_depth",
            "pre_publish_max_message_size",
            "pre_publish_max_buffered_bytes",
            "pre_publish_max_chunks",
            "pre_publish_max_amf_elements",
            "pre_publish_max_amf_depth",
        ):
            if getattr(self, name) < 1:
                raise ConfigError(f"rtmp_{name}", "must be positive")
        for pre, post in (
            ("pre_publish_max_message_size", "max_message_size"),
            ("pre_publish_max_buffered_bytes", "max_buffered_bytes"),
            ("pre_publish_max_amf_elements", "max_amf_elements"),
            ("pre_publish_max_amf_depth", "max_amf_depth"),
        ):
            if getattr(self, pre) > getattr(self, post):
                limit = getattr(self, post)
                raise ConfigError(f"rtmp_{pre}", f"must not exceed the publishing limit of {limit}")

    @property
    def pre_publish(self) -> Budget:
        return Budget(
            self.pre_publish_max_message_size,
            self.pre_publish_max_buffered_bytes,
            self.pre_publish_max_chunks,
            self.pre_publish_max_amf_elements,
            self.pre_publish_max_amf_depth,
        )

    @property
    def publishing(self) -> Budget:
        return Budget(
            self.max_message_size,
            self.max_buffered_bytes,
            None,
            self.max_amf_elements,
            self.max_amf_depth,
        )
