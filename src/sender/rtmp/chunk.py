"""The RTMP chunk stream (RTMP spec 5.3) and its protocol control messages (5.4, 6.2).

`ChunkReader` turns bytes into whole messages, applying Set Chunk Size and
Abort Message as they arrive (they change how the following bytes are read).
`ChunkWriter` turns messages into chunks. `ChunkHeader` is one chunk's basic
and message header, parsed and serialized by the same table-driven tests; the
reader reads the same fields (`read_header`) without making one per chunk.
"""

from __future__ import annotations

import enum
import struct
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TypeAlias

from sender.errors import RtmpError

DEFAULT_CHUNK_SIZE = 128
MAX_CSID = 65599
EXTENDED_TIMESTAMP = 0xFFFFFF
_HEADER_SIZES = (11, 7, 3, 0)  # message header bytes by header type (fmt)


class MessageType(enum.IntEnum):
    SET_CHUNK_SIZE = 1
    ABORT = 2
    ACKNOWLEDGEMENT = 3
    USER_CONTROL = 4
    WINDOW_ACK_SIZE = 5
    SET_PEER_BANDWIDTH = 6
    AUDIO = 8
    VIDEO = 9
    DATA_AMF3 = 15
    COMMAND_AMF3 = 17
    DATA_AMF0 = 18
    COMMAND_AMF0 = 20
    AGGREGATE = 22


class UserControlEvent(enum.IntEnum):
    STREAM_BEGIN = 0
    STREAM_EOF = 1
    STREAM_DRY = 2
    SET_BUFFER_LENGTH = 3
    STREAM_IS_RECORDED = 4
    PING_REQUEST = 6
    PING_RESPONSE = 7


@dataclass(frozen=True, slots=True)
class Message:
    type_id: int
    stream_id: int
    timestamp: int
    payload: bytes
    csid: int = 3


@dataclass(frozen=True, slots=True)
class ChunkHeader:
    """One chunk's basic header and message header.

    `timestamp` is absolute for fmt 0, a delta for fmt 1 and 2, and for fmt 3
    the extended timestamp it carries when `extended` (else 0). For fmt 0..2
    `extended` follows from the timestamp.
    """

    fmt: int
    csid: int
    timestamp: int = 0
    length: int = 0
    type_id: int = 0
    stream_id: int = 0
    extended: bool = False

    def __post_init__(self) -> None:
        if not 0 <= self.fmt <= 3:
            raise RtmpError(f"chunk header type {self.fmt} outside 0..3")
        if not 2 <= self.csid <= MAX_CSID:
            raise RtmpError(f"chunk stream id {self.csid} outside 2..{MAX_CSID}")
        if self.fmt < 3:
            object.__setattr__(self, "extended", self.timestamp >= EXTENDED_TIMESTAMP)

    def __bytes__(self) -> bytes:
        out = bytearray()
        if self.csid < 64:
            out.append(self.fmt << 6 | self.csid)
        elif self.csid < 320:
            out += bytes((self.fmt << 6, self.csid - 64))
        else:
            out.append(self.fmt << 6 | 1)
            out += (self.csid - 64).to_bytes(2, "little")
        field_ts = min(self.timestamp, EXTENDED_TIMESTAMP)
        if self.fmt <= 2:
            out += field_ts.to_bytes(3, "big")
        if self.fmt <= 1:
            out += self.length.to_bytes(3, "big") + bytes((self.type_id,))
        if self.fmt == 0:
            out += struct.pack("<I", self.stream_id)
        if self.extended:
            out += struct.pack(">I", self.timestamp)
        return bytes(out)

    @classmethod
    def parse(
        cls, data: bytes | bytearray | memoryview, offset: int = 0, *, fmt3_extended: bool = False
    ) -> tuple[ChunkHeader, int] | None:
        """The header at `offset` and the offset after it, or None when incomplete.

        `fmt3_extended`: whether this chunk stream's last header carried an
        extended timestamp, in which case a fmt 3 header carries one too.
        """
        fields = read_header(data, offset, lambda _csid: fmt3_extended)
        if fields is None:
            return None
        fmt, csid, timestamp, length, type_id, stream_id, extended, pos = fields
        return cls(fmt, csid, timestamp, length, type_id, stream_id, extended), pos


HeaderFields: TypeAlias = tuple[int, int, int, int, int, int, bool, int]


def read_header(
    data: bytes | bytearray | memoryview, offset: int, fmt3_extended: Callable[[int], bool]
) -> HeaderFields | None:
    """A chunk header's fields at `offset`, or None when incomplete: (fmt, csid,
    timestamp, length, type_id, stream_id, extended, the offset after it), as
    `ChunkHeader` names them; the reader takes them as they are, without making one
    per chunk.

    `fmt3_extended(csid)`: whether a fmt 3 header of that chunk stream carries an
    extended timestamp (its last header did).
    """
    end = len(data)
    if offset >= end:
        return None
    first = data[offset]
    fmt, csid = first >> 6, first & 0x3F
    pos = offset + 1
    if csid == 0:
        if pos + 1 > end:
            return None
        csid = 64 + data[pos]
        pos += 1
    elif csid == 1:
        if pos + 2 > end:
            return None
        csid = 64 + data[pos] + (data[pos + 1] << 8)
        pos += 2
    timestamp = length = type_id = stream_id = 0
    if fmt <= 2:
        size = _HEADER_SIZES[fmt]
        if pos + size > end:
            return None
        timestamp = data[pos] << 16 | data[pos + 1] << 8 | data[pos + 2]
        if fmt <= 1:
            length = data[pos + 3] << 16 | data[pos + 4] << 8 | data[pos + 5]
            type_id = data[pos + 6]
            if fmt == 0:
                stream_id = int.from_bytes(data[pos + 7 : pos + 11], "little")
        pos += size
        extended = timestamp == EXTENDED_TIMESTAMP
    else:
        extended = fmt3_extended(csid)
    if extended:
        if pos + 4 > end:
            return None
        timestamp = int.from_bytes(data[pos : pos + 4], "big")
        pos += 4
    return fmt, csid, timestamp, length, type_id, stream_id, extended, pos


@dataclass(slots=True)
class _StreamState:
    """What a chunk stream remembers between chunks (spec 5.3.1.2)."""

    timestamp: int = 0  # of the current or last message
    delta: int = 0  # the last header's timestamp field: what a fmt 3 new message adds
    length: int = 0
    type_id: int = 0
    stream_id: int = 0
    extended: bool = False
    extended_field: int = 0  # the extended timestamp the current message started with
    partial: bytearray | None = None
    seen: bool = False


@dataclass(slots=True)
class ChunkReader:
    """Bytes in, whole messages out, one at a time.

    `receive_data` only stores bytes; `next_message` parses up to the next whole
    message, so a consumer that stops pulling (a publish awaiting its verdict) leaves
    the rest unparsed, to be read under whatever limits apply once it pulls again.
    `feed` does both and returns every message.

    Limits: the largest chunk size a peer may set, the largest message, the bytes
    held in an unfinished chunk and in partially assembled messages across all chunk
    streams, and optionally the number of chunks in all. They may be changed between
    messages (`set_budget`).
    """

    max_chunk_size: int
    max_message_size: int
    max_buffered_bytes: int
    max_chunks: int | None = None
    budget_note: str = ""  # said after a limit's number: which budget it belongs to
    chunk_size: int = DEFAULT_CHUNK_SIZE
    chunks: int = field(default=0, init=False)
    _buffer: bytearray = field(default_factory=bytearray, init=False)
    _offset: int = field(default=0, init=False)  # parsed bytes at the front of _buffer
    _streams: dict[int, _StreamState] = field(default_factory=dict, init=False)
    _buffered: int = field(default=0, init=False)
    _wanted: int = field(default=0, init=False)  # bytes the chunk at _offset needs, if known

    @property
    def buffered_bytes(self) -> int:
        """Bytes held: unparsed input plus partially assembled messages."""
        return self._buffered + len(self._buffer) - self._offset

    def set_budget(
        self,
        max_message_size: int,
        max_buffered_bytes: int,
        max_chunks: int | None,
        *,
        note: str = "",
    ) -> None:
        self.max_message_size = max_message_size
        self.max_buffered_bytes = max_buffered_bytes
        self.max_chunks = max_chunks
        self.budget_note = note

    def receive_data(self, data: bytes) -> None:
        if self._offset:
            del self._buffer[: self._offset]
            self._offset = 0
        self._buffer += data

    def next_message(self) -> Message | None:
        """The next whole message, or None until more bytes arrive."""
        buf = self._buffer
        if len(buf) - self._offset < self._wanted:
            # The chunk begun at the front is known to need more: not parsed again.
            if self.buffered_bytes > self.max_buffered_bytes:
                self._over_buffered()
            return None
        while True:
            offset = self._offset
            message = self._chunk(buf, offset)
            if self._offset == offset:
                # Incomplete: what is held now is at most one chunk plus partial messages.
                del buf[:offset]
                self._offset = 0
                if self.buffered_bytes > self.max_buffered_bytes:
                    self._over_buffered()
                return None
            if message is not None:
                return message

    def feed(self, data: bytes) -> list[Message]:
        self.receive_data(data)
        messages: list[Message] = []
        while (message := self.next_message()) is not None:
            messages.append(message)
        return messages

    def _chunk(self, buf: bytearray, offset: int) -> Message | None:
        """Read one chunk at `offset`, moving `_offset` past it (unchanged if incomplete);
        the message it completes, if any (control messages are applied, not returned)."""
        fields = read_header(buf, offset, self._fmt3_extended)
        if fields is None:
            return None
        fmt, csid, timestamp, length, type_id, stream_id, extended, pos = fields
        end = len(buf)
        state = self._streams.get(csid)
        if state is None:
            if fmt != 0:
                raise RtmpError(f"chunk stream {csid}: header type {fmt} before any type 0 header")
            state = self._streams[csid] = _StreamState()
        partial = state.partial
        continuing = fmt == 3 and partial is not None
        if continuing and extended and timestamp != state.extended_field:
            # Some encoders leave the extended timestamp out of continuation chunks
            # (spec 5.3.1.3 wants it repeated); as SRS does, four bytes that do not repeat
            # it are taken as the start of the body.
            timestamp, extended = 0, False
            pos -= 4
        if continuing:
            assert partial is not None
            remaining = state.length - len(partial)
        else:
            if fmt == 3 and not state.seen:
                raise RtmpError(f"chunk stream {csid}: header type 3 with no message to continue")
            if fmt <= 1 and length > self.max_message_size:
                raise RtmpError(
                    f"message of {length} bytes exceeds the limit of "
                    f"{self.max_message_size}{self.budget_note}"
                )
            remaining = length if fmt <= 1 else state.length
        take = remaining if remaining < self.chunk_size else self.chunk_size
        if pos + take > end:
            self._wanted = pos + take - offset
            return None  # state untouched until the whole chunk is here
        self._wanted = 0
        self.chunks += 1
        if self.max_chunks is not None and self.chunks > self.max_chunks:
            raise RtmpError(f"more than {self.max_chunks} chunks{self.budget_note}")
        if not continuing:
            if partial is not None:
                # A new message header cuts the unfinished one short: drop it, as on Abort.
                self._buffered -= len(partial)
                state.partial = partial = None
            self._start_message(state, fmt, timestamp, length, type_id, stream_id, extended)
        self._offset = pos + take
        if take == state.length and partial is None:
            payload = bytes(buf[pos : pos + take])
        else:
            if partial is None:
                partial = state.partial = bytearray()
            partial += memoryview(buf)[pos : pos + take]
            self._buffered += take
            if self._buffered > self.max_buffered_bytes:
                self._over_buffered()
            if len(partial) < state.length:
                return None
            payload = bytes(partial)
            self._buffered -= len(partial)
            state.partial = None
        return self._complete(
            Message(state.type_id, state.stream_id, state.timestamp, payload, csid)
        )

    def _fmt3_extended(self, csid: int) -> bool:
        state = self._streams.get(csid)
        return state is not None and state.extended

    def _over_buffered(self) -> None:
        raise RtmpError(
            f"partially received messages hold more than {self.max_buffered_bytes} bytes"
            f"{self.budget_note}"
        )

    @staticmethod
    def _start_message(
        state: _StreamState,
        fmt: int,
        timestamp: int,
        length: int,
        type_id: int,
        stream_id: int,
        extended: bool,
    ) -> None:
        if fmt == 0:
            state.timestamp = timestamp
            state.delta = timestamp
            state.stream_id = stream_id
        else:
            if fmt in (1, 2) or extended:
                state.delta = timestamp
            state.timestamp = (state.timestamp + state.delta) & 0xFFFFFFFF
        if fmt <= 1:
            state.length = length
            state.type_id = type_id
        if fmt <= 2:
            state.extended = extended
        if extended:
            state.extended_field = timestamp
        state.seen = True

    def _complete(self, message: Message) -> Message | None:
        if message.type_id == MessageType.SET_CHUNK_SIZE:
            size = _u32(message, "Set Chunk Size") & 0x7FFFFFFF
            if size < 1:
                raise RtmpError("Set Chunk Size to 0")
            if size > self.max_chunk_size:
                raise RtmpError(
                    f"peer set a chunk size of {size}, above the limit of {self.max_chunk_size}"
                )
            self.chunk_size = size
            return None
        if message.type_id == MessageType.ABORT:
            csid = _u32(message, "Abort Message")
            state = self._streams.get(csid)
            if state is not None and state.partial is not None:
                self._buffered -= len(state.partial)
                state.partial = None
            return None
        return message


def _u32(message: Message, what: str) -> int:
    if len(message.payload) < 4:
        raise RtmpError(f"{what} message of {len(message.payload)} bytes, 4 expected")
    return int.from_bytes(message.payload[:4], "big")


class ChunkWriter:
    """Messages in, chunks out: a type 0 header, then type 3 continuations."""

    def __init__(self) -> None:
        self.chunk_size = DEFAULT_CHUNK_SIZE

    def write(self, message: Message) -> bytes:
        payload = message.payload
        first = ChunkHeader(
            0, message.csid, message.timestamp, len(payload), message.type_id, message.stream_id
        )
        cont = bytes(ChunkHeader(3, message.csid, message.timestamp, extended=first.extended))
        out = bytearray(bytes(first))
        out += payload[: self.chunk_size]
        for start in range(self.chunk_size, len(payload), self.chunk_size):
            out += cont + payload[start : start + self.chunk_size]
        if message.type_id == MessageType.SET_CHUNK_SIZE:
            # Our own Set Chunk Size governs every chunk we write after it.
            self.chunk_size = int.from_bytes(payload[:4], "big") & 0x7FFFFFFF
        return bytes(out)


class AckWindow:
    """Counts received bytes and says when an Acknowledgement is due (spec 5.4.3)."""

    def __init__(self) -> None:
        self.window: int | None = None
        self.received = 0
        self._last_ack = 0

    def count(self, n: int) -> int | None:
        """Count `n` bytes; the sequence number to acknowledge when the window is crossed."""
        self.received += n
        if self.window is None or self.received - self._last_ack < self.window:
            return None
        self._last_ack = self.received
        return self.received & 0xFFFFFFFF


# Protocol control and user control messages --------------------------------


def set_chunk_size(size: int) -> Message:
    return Message(MessageType.SET_CHUNK_SIZE, 0, 0, struct.pack(">I", size), csid=2)


def abort(csid: int) -> Message:
    return Message(MessageType.ABORT, 0, 0, struct.pack(">I", csid), csid=2)


def acknowledgement(sequence: int) -> Message:
    return Message(MessageType.ACKNOWLEDGEMENT, 0, 0, struct.pack(">I", sequence), csid=2)


def window_ack_size(size: int) -> Message:
    return Message(MessageType.WINDOW_ACK_SIZE, 0, 0, struct.pack(">I", size), csid=2)


def set_peer_bandwidth(size: int, limit_type: int = 2) -> Message:
    return Message(MessageType.SET_PEER_BANDWIDTH, 0, 0, struct.pack(">IB", size, limit_type), 2)


def user_control(event: UserControlEvent, value: int) -> Message:
    return Message(MessageType.USER_CONTROL, 0, 0, struct.pack(">HI", event, value), csid=2)
