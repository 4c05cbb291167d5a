"""Chunk headers from one case table (parse and serialize); the reader's rules and limits."""

from __future__ import annotations

import struct

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sender.errors import RtmpError
from sender.rtmp import chunk
from sender.rtmp.chunk import AckWindow, ChunkHeader, ChunkReader, ChunkWriter, Message
from sender.rtmp.limits import MAX_CHUNK_SIZE

HEADERS: list[tuple[str, bytes, ChunkHeader, bool]] = [
    # name, bytes, header, whether the stream's last header carried an extended timestamp
    (
        "type 0, csid 3",
        bytes.fromhex("03 000064 000010 14 01000000"),
        ChunkHeader(0, 3, 100, 16, 20, 1),
        False,
    ),
    ("type 1", bytes.fromhex("44 000021 0000c8 09"), ChunkHeader(1, 4, 33, 200, 9), False),
    ("type 2", bytes.fromhex("84 000017"), ChunkHeader(2, 4, 23), False),
    ("type 3", bytes.fromhex("c4"), ChunkHeader(3, 4), False),
    ("2-byte basic header", bytes.fromhex("c0 00"), ChunkHeader(3, 64), False),
    ("2-byte basic header max", bytes.fromhex("c0 ff"), ChunkHeader(3, 319), False),
    ("3-byte basic header", bytes.fromhex("c1 00 01"), ChunkHeader(3, 320), False),
    ("3-byte basic header max", bytes.fromhex("c1 ff ff"), ChunkHeader(3, 65599), False),
    (
        "type 0 extended timestamp",
        bytes.fromhex("06 ffffff 000001 08 01000000 01000000"),
        ChunkHeader(0, 6, 0x1000000, 1, 8, 1),
        False,
    ),
    (
        "type 0 timestamp exactly 0xffffff",
        bytes.fromhex("06 ffffff 000001 08 00000000 00ffffff"),
        ChunkHeader(0, 6, 0xFFFFFF, 1, 8, 0),
        False,
    ),
    (
        "type 1 extended delta",
        bytes.fromhex("46 ffffff 000002 09 12345678"),
        ChunkHeader(1, 6, 0x12345678, 2, 9),
        False,
    ),
    (
        "type 3 continuation carries the extended timestamp",
        bytes.fromhex("c6 01000000"),
        ChunkHeader(3, 6, 0x1000000, extended=True),
        True,
    ),
]


@pytest.mark.parametrize(("name", "data", "header", "ext"), HEADERS, ids=[h[0] for h in HEADERS])
def test_parse_header(name: str, data: bytes, header: ChunkHeader, ext: bool) -> None:
    assert ChunkHeader.parse(data, fmt3_extended=ext) == (header, len(data))
    # Every strict prefix is incomplete, never an error.
    for cut in range(len(data)):
        assert ChunkHeader.parse(data[:cut], fmt3_extended=ext) is None


@pytest.mark.parametrize(("name", "data", "header", "ext"), HEADERS, ids=[h[0] for h in HEADERS])
def test_serialize_header(name: str, data: bytes, header: ChunkHeader, ext: bool) -> None:
    assert bytes(header) == data


def reader(**limits: int) -> ChunkReader:
    base = {"max_chunk_size": 1 << 16, "max_message_size": 1 << 20, "max_buffered_bytes": 1 << 21}
    return ChunkReader(**(base | limits))  # type: ignore[arg-type]


def test_message_split_into_chunks_and_interleaved() -> None:
    a = b"A" * 300
    v = b"V" * 150
    data = (
        bytes(ChunkHeader(0, 4, 10, len(a), 8, 1)) + a[:128]
        + bytes(ChunkHeader(0, 6, 20, len(v), 9, 1)) + v[:128]
        + bytes(ChunkHeader(3, 4)) + a[128:256]
        + bytes(ChunkHeader(3, 6)) + v[128:]
        + bytes(ChunkHeader(3, 4)) + a[256:]
    )  # fmt: skip
    got = reader().feed(data)
    assert got == [Message(9, 1, 20, v, 6), Message(8, 1, 10, a, 4)]


def test_timestamp_deltas_and_type_3_new_messages() -> None:
    data = (
        bytes(ChunkHeader(0, 4, 1000, 2, 8, 1)) + b"a1"
        + bytes(ChunkHeader(2, 4, 23)) + b"a2"
        + bytes(ChunkHeader(3, 4)) + b"a3"  # a new message: the last delta again
        + bytes(ChunkHeader(1, 4, 10, 3, 9)) + b"v01"
    )  # fmt: skip
    got = reader().feed(data)
    assert [(m.timestamp, m.type_id, m.payload) for m in got] == [
        (1000, 8, b"a1"),
        (1023, 8, b"a2"),
        (1046, 8, b"a3"),
        (1056, 9, b"v01"),
    ]


def test_extended_timestamp_on_type_3_continuation() -> None:
    payload = bytes(200)
    ts = 0x01020304
    data = (
        bytes(ChunkHeader(0, 4, ts, 200, 9, 1)) + payload[:128]
        + bytes(ChunkHeader(3, 4, ts, extended=True)) + payload[128:]
    )  # fmt: skip
    assert reader().feed(data) == [Message(9, 1, ts, payload, 4)]


def test_type_3_continuation_without_the_extended_timestamp_is_tolerated() -> None:
    # Spec 5.3.1.3 wants the extended timestamp repeated in type 3 chunks; some encoders
    # leave it out. Four bytes that do not repeat it are the body, as SRS reads them.
    payload = bytes(range(200))
    ts = 0x01020304
    data = (
        bytes(ChunkHeader(0, 4, ts, 200, 9, 1)) + payload[:128]
        + bytes(ChunkHeader(3, 4)) + payload[128:]
        + bytes(ChunkHeader(0, 4, ts + 40, 200, 9, 1)) + payload[:128]
        + bytes(ChunkHeader(3, 4, ts + 40, extended=True)) + payload[128:]
    )  # fmt: skip
    assert reader().feed(data) == [
        Message(9, 1, ts, payload, 4),
        Message(9, 1, ts + 40, payload, 4),
    ]


def test_the_largest_chunk_size_is_accepted() -> None:
    # 2^31-1 is the spec's limit; the message size and buffered bytes bound memory.
    r = ChunkReader(MAX_CHUNK_SIZE, 1 << 20, 1 << 21)
    writer = ChunkWriter()
    video = Message(9, 1, 0, bytes(300_000), 6)
    data = writer.write(chunk.set_chunk_size(MAX_CHUNK_SIZE)) + writer.write(video)
    assert len(data) == 16 + 12 + 300_000  # Set Chunk Size, then one chunk
    got = []
    for i in range(0, len(data), 4096):
        got += r.feed(data[i : i + 4096])
        assert r.buffered_bytes <= 300_000 + 12
    assert got == [video] and r.chunk_size == MAX_CHUNK_SIZE and r.buffered_bytes == 0


def test_an_unfinished_chunk_counts_as_buffered() -> None:
    # With a large chunk size a message waits whole in one chunk: it is held all the same.
    r = ChunkReader(MAX_CHUNK_SIZE, 1 << 20, 65536)
    writer = ChunkWriter()
    data = writer.write(chunk.set_chunk_size(MAX_CHUNK_SIZE)) + writer.write(
        Message(9, 1, 0, bytes(100_000), 6)
    )
    r.feed(data[:60000])
    with pytest.raises(RtmpError, match="partially received messages hold more than 65536"):
        r.feed(data[60000:70000])


def test_messages_are_pulled_one_at_a_time_under_the_limits_of_the_moment() -> None:
    writer = ChunkWriter()
    small = Message(20, 0, 0, b"c" * 100)
    large = Message(9, 1, 0, b"v" * 5000, 6)
    r = reader(max_message_size=1000)
    r.receive_data(writer.write(small) + writer.write(large))
    assert r.next_message() == small
    r.set_budget(1 << 20, 1 << 21, None)
    assert r.next_message() == large
    assert r.next_message() is None
    strict = reader(max_message_size=1000)
    with pytest.raises(RtmpError, match="message of 5000 bytes exceeds the limit of 1000"):
        strict.feed(writer.write(small) + writer.write(large))


def test_writer_output_reads_back_at_any_chunk_size() -> None:
    writer = ChunkWriter()
    r = reader()
    messages = [
        Message(9, 1, 0x2000000, bytes(range(256)) * 20, 6),
        chunk.set_chunk_size(1000),
        Message(8, 1, 5, b"x" * 2500, 4),
    ]
    data = b"".join(writer.write(m) for m in messages)
    assert r.feed(data) == [messages[0], messages[2]]
    assert r.chunk_size == 1000


def test_abort_discards_the_partial_message() -> None:
    r = reader()
    data = (
        bytes(ChunkHeader(0, 4, 0, 300, 9, 1)) + bytes(128)
        + ChunkWriter().write(chunk.abort(4))
        + bytes(ChunkHeader(0, 4, 7, 2, 9, 1)) + b"ok"
    )  # fmt: skip
    assert r.feed(data) == [Message(9, 1, 7, b"ok", 4)]
    assert r.buffered_bytes == 0


def test_ack_window() -> None:
    window = AckWindow()
    assert window.count(100) is None  # no window announced yet
    window.window = 1000
    assert window.count(850) is None
    assert window.count(100) == 1050
    assert window.count(999) is None
    assert window.count(1) == 2050


def test_control_message_bytes() -> None:
    assert chunk.window_ack_size(5_000_000).payload == struct.pack(">I", 5_000_000)
    assert chunk.set_peer_bandwidth(5_000_000).payload == struct.pack(">IB", 5_000_000, 2)
    stream_begin = chunk.user_control(chunk.UserControlEvent.STREAM_BEGIN, 1)
    assert stream_begin.payload == bytes.fromhex("0000 00000001")
    assert ChunkWriter().write(chunk.acknowledgement(7)) == bytes.fromhex(
        "02 000000 000004 03 00000000 00000007"
    )


LIMIT_ERRORS: list[tuple[str, dict[str, int], bytes, str]] = [
    (
        "chunk size above the limit",
        {"max_chunk_size": 4096},
        ChunkWriter().write(chunk.set_chunk_size(8192)),
        "chunk size of 8192, above the limit of 4096",
    ),
    (
        "message above the limit",
        {"max_message_size": 1000},
        bytes(ChunkHeader(0, 4, 0, 1001, 9, 1)),
        "message of 1001 bytes exceeds the limit of 1000",
    ),
    (
        "too much in partial messages",
        {"max_buffered_bytes": 300},
        b"".join(bytes(ChunkHeader(0, c, 0, 1000, 9, 1)) + bytes(128) for c in (4, 5, 6)),
        "partially received messages hold more than 300 bytes",
    ),
    (
        "too many chunks",
        {"max_chunks": 3},
        b"".join(bytes(ChunkHeader(0, 4, 0, 1, 9, 1)) + b"x" for _ in range(4)),
        "more than 3 chunks",
    ),
    ("type 1 first", {}, bytes(ChunkHeader(1, 4, 0, 1, 9)) + b"x", "before any type 0 header"),
    ("chunk size 0", {}, ChunkWriter().write(chunk.set_chunk_size(0)), "Set Chunk Size to 0"),
]


@pytest.mark.parametrize(
    ("name", "limits", "data", "message"), LIMIT_ERRORS, ids=[e[0] for e in LIMIT_ERRORS]
)
def test_limits_and_violations(
    name: str, limits: dict[str, int], data: bytes, message: str
) -> None:
    with pytest.raises(RtmpError, match=message):
        reader(**limits).feed(data)


def test_limit_errors_name_their_budget() -> None:
    r = ChunkReader(4096, 1000, 2000, 10, budget_note=" before publishing")
    with pytest.raises(
        RtmpError, match=r"^message of 1001 bytes exceeds the limit of 1000 before publishing$"
    ):
        r.feed(bytes(ChunkHeader(0, 4, 0, 1001, 9, 1)))


@given(st.binary(max_size=600), st.integers(min_value=1, max_value=64))
def test_fuzz_reader_raises_only_rtmp_error(data: bytes, step: int) -> None:
    r = reader(max_chunk_size=4096, max_message_size=4096, max_buffered_bytes=8192)
    try:
        for i in range(0, len(data), step):
            r.feed(data[i : i + step])
    except RtmpError:
        pass
