"""ServerConnection fed with captured publishing sessions (ffmpeg, GStreamer) and with junk."""

from __future__ import annotations

import contextlib
import itertools
from collections.abc import Iterable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sender.errors import ProtocolError, RtmpError
from sender.rtmp import amf0
from sender.rtmp.chunk import ChunkReader, ChunkWriter, Message, MessageType
from sender.rtmp.connection import (
    Event,
    MediaTag,
    PeerClosed,
    PublishRequested,
    ServerConnection,
    State,
    Unpublished,
)
from sender.rtmp.flv import TagType, is_audio_sequence_header, is_video_sequence_header
from sender.rtmp.handshake import HANDSHAKE_SIZE, ClientHandshake
from sender.rtmp.limits import RtmpLimits

FIXTURES = Path(__file__).parents[1] / "fixtures" / "rtmp"
SESSIONS = ["ffmpeg_publish", "gstreamer_publish"]
KEY = "0123456789ab.fixture-secret-not-a-real-key"
LIMITS = RtmpLimits(max_chunk_size=1 << 16, max_message_size=1 << 20, max_buffered_bytes=1 << 21)


def load(name: str) -> bytes:
    return (FIXTURES / f"{name}.bin").read_bytes()


def replay(pieces: Iterable[bytes], conn: ServerConnection | None = None) -> list[Event]:
    conn = conn or ServerConnection(LIMITS)
    events: list[Event] = []
    for piece in pieces:
        conn.receive_data(piece)
        for event in conn.next_events():
            events.append(event)
            if isinstance(event, PublishRequested):
                conn.accept_publish()
                events.extend(conn.next_events())
    conn.receive_data(b"")
    events.extend(conn.next_events())
    return events


def split(data: bytes, cuts: list[int]) -> list[bytes]:
    points = sorted({0, len(data), *(c % (len(data) + 1) for c in cuts)})
    return [data[a:b] for a, b in itertools.pairwise(points)]


WHOLE = {name: replay([load(name)]) for name in SESSIONS}


@pytest.mark.parametrize("name", SESSIONS)
def test_whole_session(name: str) -> None:
    events = WHOLE[name]
    first = events[0]
    assert isinstance(first, PublishRequested)
    assert (first.app, first.name, first.publish_type) == ("live", KEY, "live")
    assert first.tc_url is not None and first.tc_url.startswith("rtmp://127.0.0.1:")
    assert events[-2:] == [Unpublished("FCUnpublish"), PeerClosed()]
    tags = [e.tag for e in events if isinstance(e, MediaTag)]
    assert len(tags) == len(events) - 3
    scripts = [t for t in tags if t.type is TagType.SCRIPT]
    assert len(scripts) == 1  # GStreamer repeats onMetaData; only the first goes on
    metadata = amf0.decode(scripts[0].data)
    assert metadata[0] == "onMetaData"
    assert isinstance(metadata[1], dict) and metadata[1]["width"] == 160.0
    video = [t for t in tags if t.type is TagType.VIDEO]
    audio = [t for t in tags if t.type is TagType.AUDIO]
    assert len(video) == 32 and len(audio) >= 30
    assert is_video_sequence_header(video[0].data) and is_audio_sequence_header(audio[0].data)
    for stream in (video, audio):
        stamps = [t.timestamp for t in stream]
        assert stamps == sorted(stamps) and stamps[-1] > 500


@pytest.mark.parametrize("name", SESSIONS)
def test_byte_by_byte_prefix(name: str) -> None:
    data = load(name)
    prefix = 20000  # handshake, commands, metadata and the first frames
    pieces = [data[i : i + 1] for i in range(prefix)] + [data[prefix:]]
    assert replay(pieces) == WHOLE[name]


@pytest.mark.parametrize("name", SESSIONS)
@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(cuts=st.lists(st.integers(min_value=0), max_size=60))
def test_random_splits(name: str, cuts: list[int]) -> None:
    assert replay(split(load(name), cuts)) == WHOLE[name]


def test_answers_sent_to_the_publisher() -> None:
    conn = ServerConnection(LIMITS)
    data = load("ffmpeg_publish")
    conn.receive_data(data[: 1 + 2 * HANDSHAKE_SIZE + 4000])
    events = conn.next_events()
    assert isinstance(events[0], PublishRequested)
    conn.accept_publish()
    out = conn.data_to_send()[1 + 2 * HANDSHAKE_SIZE :]
    messages = ChunkReader(1 << 16, 1 << 16, 1 << 16).feed(out)
    kinds = [m.type_id for m in messages]
    # Window Ack Size, Set Peer Bandwidth, then our Set Chunk Size (read by the reader
    # itself) come before the connect _result.
    assert kinds[:2] == [MessageType.WINDOW_ACK_SIZE, MessageType.SET_PEER_BANDWIDTH]
    commands = [amf0.decode(m.payload) for m in messages if m.type_id == MessageType.COMMAND_AMF0]
    names = [c[0] for c in commands]
    assert names == ["_result", "_result", "onFCPublish", "_result", "_result", "onStatus"]
    connect_info = commands[0][3]
    assert isinstance(connect_info, dict)
    assert connect_info["code"] == "NetConnection.Connect.Success"
    assert commands[4][3] == 1  # createStream: the stream id
    status = commands[5][3]
    assert isinstance(status, dict) and status["code"] == "NetStream.Publish.Start"
    assert KEY not in str(status)
    stream_begin = [m for m in messages if m.type_id == MessageType.USER_CONTROL]
    assert stream_begin[0].payload == bytes.fromhex("0000 00000001")


def test_reject_publish_sends_an_error_status_and_ends() -> None:
    conn = ServerConnection(LIMITS)
    conn.receive_data(load("ffmpeg_publish"))
    assert isinstance(conn.next_events()[0], PublishRequested)
    conn.data_to_send()
    conn.reject_publish("NetStream.Publish.BadName", "Unknown stream key.")
    assert conn.state is State.CLOSED
    (message,) = ChunkReader(1 << 16, 1 << 16, 1 << 16).feed(conn.data_to_send())
    values = amf0.decode(message.payload)
    assert values[0] == "onStatus"
    assert values[3] == {
        "level": "error",
        "code": "NetStream.Publish.BadName",
        "description": "Unknown stream key.",
    }
    conn.receive_data(b"anything after is ignored")
    assert conn.next_events() == []


def handshaken() -> tuple[ServerConnection, ChunkWriter]:
    conn = ServerConnection(LIMITS)
    client = ClientHandshake(digest=True)
    conn.receive_data(client.c0c1())
    conn.receive_data(client.c2(conn.data_to_send()))
    return conn, ChunkWriter()


def command(writer: ChunkWriter, *values: amf0.AmfValue, stream_id: int = 0) -> bytes:
    return writer.write(Message(MessageType.COMMAND_AMF0, stream_id, 0, amf0.encode(*values)))


def test_media_before_publish_is_accepted_is_an_error() -> None:
    conn, writer = handshaken()
    conn.receive_data(command(writer, "connect", 1, {"app": "live"}))
    with pytest.raises(RtmpError, match="video message before a publish was accepted"):
        conn.receive_data(writer.write(Message(MessageType.VIDEO, 1, 0, b"\x17\x01", 6)))


def test_media_right_behind_publish_waits_for_the_verdict() -> None:
    conn, writer = handshaken()
    conn.receive_data(
        command(writer, "connect", 1, {"app": "live"})
        + command(writer, "publish", 2, None, "k", "live", stream_id=1)
        + writer.write(Message(MessageType.VIDEO, 1, 40, b"\x17\x01", 6))
    )
    assert conn.next_events() == [PublishRequested("live", "k", "live", None)]
    conn.accept_publish()
    (event,) = conn.next_events()
    assert isinstance(event, MediaTag) and event.tag.timestamp == 40


COMMAND_ERRORS: list[tuple[str, list[amf0.AmfValue], str]] = [
    ("connect twice", ["connect", 2, {"app": "live"}], "'connect' is not allowed in state"),
    ("publish without a name", ["publish", 2, None], "publish without a stream name"),
    ("no transaction id", ["createStream"], "without a name and transaction id"),
    ("play", ["play", 2, None, "x"], "'play' is not allowed"),
]


@pytest.mark.parametrize(
    ("name", "values", "message"), COMMAND_ERRORS, ids=[c[0] for c in COMMAND_ERRORS]
)
def test_command_errors(name: str, values: list[amf0.AmfValue], message: str) -> None:
    conn, writer = handshaken()
    conn.receive_data(command(writer, "connect", 1, {"app": "live"}))
    with pytest.raises(RtmpError, match=message):
        conn.receive_data(command(writer, *values))


def test_unknown_commands_are_ignored_and_pings_answered() -> None:
    conn, writer = handshaken()
    conn.receive_data(command(writer, "connect", 1, {"app": "live"}))
    conn.data_to_send()
    conn.receive_data(command(writer, "_checkbw", 2, None))
    assert conn.data_to_send() == b"" and conn.next_events() == []
    ping = Message(MessageType.USER_CONTROL, 0, 0, bytes.fromhex("0006 0000abcd"), 2)
    conn.receive_data(writer.write(ping))
    (pong,) = ChunkReader(1 << 16, 1 << 16, 1 << 16).feed(conn.data_to_send())
    assert pong.payload == bytes.fromhex("0007 0000abcd")


def test_acknowledgement_when_the_peer_window_is_crossed() -> None:
    conn, writer = handshaken()
    window = Message(MessageType.WINDOW_ACK_SIZE, 0, 0, (5000).to_bytes(4, "big"), 2)
    conn.receive_data(writer.write(window))
    conn.data_to_send()
    conn.receive_data(command(writer, "connect", 1, {"app": "live"}))
    conn.data_to_send()  # the window is not crossed yet: the connect answer only
    conn.receive_data(command(writer, "_checkbw", 2, "x" * 2000))
    messages = ChunkReader(1 << 16, 1 << 16, 1 << 16).feed(conn.data_to_send())
    assert [m.type_id for m in messages] == [MessageType.ACKNOWLEDGEMENT]
    assert int.from_bytes(messages[0].payload, "big") == conn.bytes_received > 5000


# Fuzzing: anything a peer sends ends in events or a ProtocolError, nothing else.


def feed_all(data: bytes, cuts: list[int]) -> None:
    conn = ServerConnection(LIMITS)
    with contextlib.suppress(ProtocolError):
        replay(split(data, cuts), conn)


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=400), st.lists(st.integers(min_value=0), max_size=5))
def test_fuzz_random_bytes_after_a_handshake(junk: bytes, cuts: list[int]) -> None:
    client = ClientHandshake(digest=False)
    feed_all(client.c0c1() + client.c1 + junk, cuts)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.sampled_from(SESSIONS),
    st.lists(st.tuples(st.integers(min_value=0), st.integers(0, 255)), min_size=1, max_size=8),
    st.integers(min_value=3074, max_value=12000),
)
def test_fuzz_mutated_sessions(name: str, mutations: list[tuple[int, int]], length: int) -> None:
    data = bytearray(load(name)[:length])
    for position, value in mutations:
        data[3073 + position % (len(data) - 3073)] = value
    feed_all(bytes(data), [])
