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
from sender.rtmp.amf0 import UNDEFINED, UNSUPPORTED, TypedObject, XmlDocument
from sender.rtmp.chunk import (
    ChunkHeader,
    ChunkReader,
    ChunkWriter,
    Message,
    MessageType,
    UserControlEvent,
    set_chunk_size,
    user_control,
)
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
from sender.rtmp.limits import MAX_CHUNK_SIZE, RtmpLimits

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


def handshaken(limits: RtmpLimits = LIMITS) -> tuple[ServerConnection, ChunkWriter]:
    conn = ServerConnection(limits)
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
    conn.receive_data(command(writer, "getStreamLength", 2, None, "x"))
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
    conn.receive_data(command(writer, "getStreamLength", 2, "x" * 2000))
    messages = ChunkReader(1 << 16, 1 << 16, 1 << 16).feed(conn.data_to_send())
    assert [m.type_id for m in messages] == [MessageType.ACKNOWLEDGEMENT]
    assert int.from_bytes(messages[0].payload, "big") == conn.bytes_received > 5000


def answers(conn: ServerConnection) -> list[list[amf0.AmfValue]]:
    messages = ChunkReader(1 << 16, 1 << 16, 1 << 16).feed(conn.data_to_send())
    return [amf0.decode(m.payload) for m in messages if m.type_id == MessageType.COMMAND_AMF0]


@pytest.mark.parametrize("state", ["connected", "publishing"])
def test_checkbw_is_answered(state: str) -> None:
    # Some hardware encoders wait for this answer before they go on.
    conn, writer = handshaken()
    conn.receive_data(command(writer, "connect", 1, {"app": "live"}))
    if state == "publishing":
        conn.receive_data(command(writer, "publish", 2, None, "k", "live", stream_id=1))
        conn.next_events()
        conn.accept_publish()
    conn.data_to_send()
    conn.receive_data(command(writer, "_checkbw", 5, None))
    assert answers(conn) == [["_result", 5.0, None, UNDEFINED]]
    assert conn.state.value == state


def publish_with(conn: ServerConnection, writer: ChunkWriter, *connect: amf0.AmfValue) -> None:
    conn.receive_data(
        command(writer, "connect", 1, *connect)
        + command(writer, "publish", 2, None, "k", "live", stream_id=1)
    )


def test_connect_with_amf3_and_the_other_markers_is_served() -> None:
    # A command object sent as AMF3 (an AMF3 command message, the value behind AVM+).
    conn, writer = handshaken()
    amf3_object = b"\x11\x0a\x0b\x01" + b"\x07app" + b"\x06\x09live" + b"\x01"
    body = b"\x00" + amf0.encode("connect", 1) + amf3_object
    conn.receive_data(writer.write(Message(MessageType.COMMAND_AMF3, 0, 0, body)))
    conn.receive_data(command(writer, "publish", 2, None, "k", "live", stream_id=1))
    assert conn.next_events() == [PublishRequested("live", "k", "live", None)]
    # A typed command object, with references, unsupported and XML values in it.
    conn, writer = handshaken()
    info: dict[str, amf0.AmfValue] = {
        "app": "live",
        "tcUrl": "rtmp://h/live",
        "caps": UNSUPPORTED,
        "doc": XmlDocument("<a/>"),
        "same": amf0.AmfReference(0),
    }
    publish_with(conn, writer, TypedObject("flash.net.ConnectInfo", info))
    assert conn.next_events() == [PublishRequested("live", "k", "live", "rtmp://h/live")]


def test_the_largest_chunk_size_carries_a_publish() -> None:
    conn, writer = handshaken(RtmpLimits())
    conn.receive_data(writer.write(set_chunk_size(MAX_CHUNK_SIZE)))
    publish_with(conn, writer, {"app": "live"})
    conn.next_events()
    conn.accept_publish()
    frame = b"\x17\x01" + bytes(3_000_000)  # a keyframe of 3 MB, in one chunk
    data = writer.write(Message(MessageType.VIDEO, 1, 40, frame, 6))
    assert len(data) == 12 + len(frame)  # one type 0 header: a single chunk
    for i in range(0, len(data), 65536):
        conn.receive_data(data[i : i + 65536])
    (event,) = conn.next_events()
    assert isinstance(event, MediaTag) and event.tag.data == frame


# The pre-publish budget (defaults): exact refusals, before the bytes are held or walked.

PRE = RtmpLimits()


def test_an_8_mib_connect_is_refused_by_its_header() -> None:
    conn, writer = handshaken(PRE)
    payload = amf0.encode("connect", 1) + b"\x0a" + (8_000_000).to_bytes(4, "big")
    payload += b"\x05" * 8_000_000
    data = writer.write(set_chunk_size(1 << 20)) + writer.write(Message(20, 0, 0, payload))
    with pytest.raises(
        RtmpError,
        match=r"^message of 8000024 bytes exceeds the limit of 4096 before publishing$",
    ):
        conn.receive_data(data[:100])  # the header says it all; the body is never held


PRE_PUBLISH_ERRORS: list[tuple[str, bytes, str]] = [
    (
        "strict array over the element budget",
        amf0.encode("connect", 1) + b"\x0a" + (1000).to_bytes(4, "big") + b"\x05" * 1000,
        "strict array of 1000 elements at offset 24 exceeds the limit of 256 elements",
    ),
    (
        "object over the element budget",
        amf0.encode("connect", 1, {f"k{i:03}": None for i in range(300)}),
        "more than 256 elements at offset",
    ),
    (
        "nested too deep",
        amf0.encode("connect", 1, {"a": [[[[[[[[["x"]]]]]]]]]}),
        "nesting deeper than 8 at offset",
    ),
]


@pytest.mark.parametrize(
    ("name", "payload", "message"), PRE_PUBLISH_ERRORS, ids=[e[0] for e in PRE_PUBLISH_ERRORS]
)
def test_pre_publish_amf_budget(name: str, payload: bytes, message: str) -> None:
    assert len(payload) <= 4096
    conn, writer = handshaken(PRE)
    with pytest.raises(RtmpError, match=message):
        conn.receive_data(writer.write(Message(20, 0, 0, payload)))


def test_pre_publish_buffered_bytes() -> None:
    # Five messages on five chunk streams, each held unfinished: 5 x 4000 > 16384.
    conn, writer = handshaken(PRE)
    conn.receive_data(writer.write(set_chunk_size(4000)))
    data = b"".join(bytes(ChunkHeader(0, c, 0, 4096, 20, 0)) + bytes(4000) for c in range(4, 9))
    with pytest.raises(
        RtmpError, match="partially received messages hold more than 16384 bytes before publishing"
    ):
        conn.receive_data(data)


def test_pre_publish_chunk_budget() -> None:
    conn, writer = handshaken(PRE)
    ping = writer.write(user_control(UserControlEvent.PING_REQUEST, 1))
    conn.receive_data(ping * 256)
    with pytest.raises(RtmpError, match=r"^more than 256 chunks before publishing$"):
        conn.receive_data(ping)


def test_bytes_sent_while_a_publish_awaits_its_answer_are_bounded() -> None:
    conn, writer = handshaken(PRE)
    publish_with(conn, writer, {"app": "live"})
    assert isinstance(conn.next_events()[0], PublishRequested)
    conn.receive_data(bytes(16000))
    with pytest.raises(
        RtmpError, match="more than 16384 bytes received while a publish awaits its answer"
    ):
        conn.receive_data(bytes(1000))


def test_after_publish_the_publishing_budget_applies() -> None:
    # Media right behind `publish` is parsed under the verdict's budget, not the stranger's.
    conn, writer = handshaken(PRE)
    frame = b"\x17\x01" + bytes(200_000)
    conn.receive_data(
        writer.write(set_chunk_size(65536))
        + command(writer, "connect", 1, {"app": "live"})
        + command(writer, "publish", 2, None, "k", "live", stream_id=1)
        + writer.write(Message(MessageType.VIDEO, 1, 0, frame, 6))
    )
    assert conn.budget == PRE.pre_publish
    assert isinstance(conn.next_events()[0], PublishRequested)
    conn.accept_publish()
    assert conn.budget == PRE.publishing
    (event,) = conn.next_events()
    assert isinstance(event, MediaTag) and event.tag.data == frame
    # Commands are still decoded within bounds once publishing (larger ones).
    conn.receive_data(command(writer, "FCPublish", 3, None, [None] * 4000))
    with pytest.raises(
        RtmpError, match="strict array of 5000 elements at offset 27 exceeds the limit of 4096"
    ):
        conn.receive_data(command(writer, "FCPublish", 4, None, [None] * 5000))


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
