"""The server side of one RTMP connection, as a state machine: bytes in, events out.

    HANDSHAKE -> AWAIT_CONNECT -connect-> CONNECTED -publish-> PUBLISH_PENDING
        -accept_publish()-> PUBLISHING -FCUnpublish/deleteStream/closeStream-> CONNECTED
        -reject_publish()-> CLOSED

Commands move the state through `_TRANSITIONS`; a command the table knows
but not in the current state is a protocol error, one it does not know at all
(`getStreamLength`, `FCSubscribe`, ...) is ignored. No sockets, tasks or clocks:
the adapter calls `receive_data`, handles `next_events()`, and writes
`data_to_send()`.

Budgets: until a publish is accepted the peer is held to `limits.pre_publish` (small
messages, little buffered, few chunks, small AMF values); from the first accepted
publish on, to `limits.publishing`. Messages are parsed one at a time, so what arrives
behind `publish` is read under the budget of the verdict. Exceeding a budget raises
RtmpError naming the limit (chunk-stream limits add "before publishing" to theirs).
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeAlias

from sender.errors import RtmpError
from sender.rtmp import amf0, chunk
from sender.rtmp.chunk import ChunkReader, ChunkWriter, Message, MessageType, UserControlEvent
from sender.rtmp.flv import FlvTag, TagType, read_tag
from sender.rtmp.handshake import ServerHandshake
from sender.rtmp.limits import Budget, RtmpLimits

OUT_CHUNK_SIZE = 4096
WINDOW_ACK_SIZE = 5_000_000
PEER_BANDWIDTH = 5_000_000
PUBLISH_STREAM_ID = 1
_CSID_COMMAND = 3
_CSID_STREAM = 5
_BEFORE_PUBLISHING = " before publishing"


# Events ---------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PublishRequested:
    """The peer asked to publish `name` (the stream key) on `app`. Answer with
    `accept_publish()` or `reject_publish()`."""

    app: str
    name: str
    publish_type: str
    tc_url: str | None


@dataclass(frozen=True, slots=True)
class MediaTag:
    """Audio, video, or `onMetaData` (a SCRIPT tag, @setDataFrame stripped; the first of
    a publish only)."""

    tag: FlvTag


@dataclass(frozen=True, slots=True)
class Unpublished:
    """The peer ended its publish; `command` is the one that said so."""

    command: str


@dataclass(frozen=True, slots=True)
class PeerClosed:
    """The peer closed its side (the adapter passed b"" to receive_data)."""


Event: TypeAlias = PublishRequested | MediaTag | Unpublished | PeerClosed


class State(enum.Enum):
    HANDSHAKE = "handshake"
    AWAIT_CONNECT = "await_connect"
    CONNECTED = "connected"
    PUBLISH_PENDING = "publish_pending"
    PUBLISHING = "publishing"
    CLOSED = "closed"


_Handler: TypeAlias = Callable[["ServerConnection", Message, list[amf0.AmfValue]], None]

# (state, command) -> (handler, next state). Filled in below the class.
_TRANSITIONS: dict[tuple[State, str], tuple[_Handler, State]] = {}


class ServerConnection:
    def __init__(self, limits: RtmpLimits) -> None:
        self.limits = limits
        self.state = State.HANDSHAKE
        self._handshake = ServerHandshake()
        self._budget = limits.pre_publish
        self._reader = ChunkReader(
            max_chunk_size=limits.max_chunk_size,
            max_message_size=self._budget.max_message_size,
            max_buffered_bytes=self._budget.max_buffered_bytes,
            max_chunks=self._budget.max_chunks,
            budget_note=_BEFORE_PUBLISHING,
        )
        self._writer = ChunkWriter()
        self._ack = chunk.AckWindow()
        self._events: list[Event] = []
        self._out = bytearray()
        self._held_while_pending = 0
        self.app: str | None = None
        self.tc_url: str | None = None
        self.publish_name: str | None = None
        self._publish_stream_id = PUBLISH_STREAM_ID
        self._metadata_forwarded = False

    # Public API -------------------------------------------------------------

    @property
    def bytes_received(self) -> int:
        """Every byte the peer has sent so far, handshake included."""
        return self._ack.received

    @property
    def buffered_bytes(self) -> int:
        """Bytes held inside the connection: unparsed input and partial messages."""
        return self._reader.buffered_bytes

    @property
    def budget(self) -> Budget:
        """The limits in force: pre-publish until a publish is accepted, then publishing."""
        return self._budget

    @property
    def handshake_complete(self) -> bool:
        return self.state is not State.HANDSHAKE

    def receive_data(self, data: bytes) -> None:
        """Feed bytes from the peer; b"" means the peer closed its side."""
        if self.state is State.CLOSED:
            return
        if not data:
            self.state = State.CLOSED
            self._events.append(PeerClosed())
            return
        sequence = self._ack.count(len(data))
        if self.state is State.HANDSHAKE:
            used = self._handshake.feed(data)
            self._out += self._handshake.data_to_send()
            data = data[used:]
            if not self._handshake.done:
                return
            self.state = State.AWAIT_CONNECT
        if self.state is State.PUBLISH_PENDING:
            # The adapter reads nothing while it decides; a peer that keeps sending
            # meanwhile is held to the pre-publish buffer all the same.
            self._held_while_pending += len(data)
            if self._held_while_pending > self._budget.max_buffered_bytes:
                raise RtmpError(
                    f"more than {self._budget.max_buffered_bytes} bytes received while a "
                    "publish awaits its answer"
                )
        self._reader.receive_data(data)
        self._process()
        if sequence is not None and self.state is not State.CLOSED:
            self._send(chunk.acknowledgement(sequence))

    def _process(self) -> None:
        # While a publish awaits its answer, later messages wait unparsed: an encoder may
        # send metadata right behind `publish`, and it must not be judged (nor held to a
        # budget) before the verdict.
        while self.state not in (State.PUBLISH_PENDING, State.CLOSED):
            message = self._reader.next_message()
            if message is None:
                return
            self._on_message(message)

    def _decode(self, body: bytes) -> list[amf0.AmfValue]:
        budget = self._budget
        return amf0.decode(
            body, max_depth=budget.max_amf_depth, max_elements=budget.max_amf_elements
        )

    def _decode_value(self, body: bytes, offset: int = 0) -> tuple[amf0.AmfValue, int]:
        budget = self._budget
        return amf0.decode_value(
            body, offset, max_depth=budget.max_amf_depth, max_elements=budget.max_amf_elements
        )

    def next_events(self) -> list[Event]:
        events, self._events = self._events, []
        return events

    def data_to_send(self) -> bytes:
        out = bytes(self._out)
        self._out.clear()
        return out

    def accept_publish(self) -> None:
        self._require(State.PUBLISH_PENDING, "accept_publish")
        self._send(chunk.user_control(UserControlEvent.STREAM_BEGIN, self._publish_stream_id))
        self._on_status("status", "NetStream.Publish.Start", "Publishing started.")
        self.state = State.PUBLISHING
        self._metadata_forwarded = False
        self._held_while_pending = 0
        self._budget = self.limits.publishing
        budget = self._budget
        self._reader.set_budget(
            budget.max_message_size, budget.max_buffered_bytes, budget.max_chunks, note=""
        )
        self._process()

    def reject_publish(self, status_code: str, description: str) -> None:
        """Refuse the publish with an error onStatus; the connection is over."""
        self._require(State.PUBLISH_PENDING, "reject_publish")
        self._on_status("error", status_code, description)
        self.state = State.CLOSED

    def close_stream(self, description: str = "Stream closed by the server.") -> None:
        """End the publish from the server's side (the stream was stopped)."""
        if self.state in (State.PUBLISHING, State.PUBLISH_PENDING):
            self._on_status("status", "NetStream.Unpublish.Success", description)
        self.state = State.CLOSED

    # Messages ---------------------------------------------------------------

    def _require(self, state: State, what: str) -> None:
        if self.state is not state:
            raise RuntimeError(f"{what} called in state {self.state.value}")

    def _send(self, message: Message) -> None:
        self._out += self._writer.write(message)

    def _on_message(self, message: Message) -> None:
        kind = message.type_id
        if kind in (MessageType.AUDIO, MessageType.VIDEO):
            self._require_publishing(kind)
            tag_type = TagType.AUDIO if kind == MessageType.AUDIO else TagType.VIDEO
            self._events.append(MediaTag(FlvTag(tag_type, message.timestamp, message.payload)))
        elif kind in (MessageType.DATA_AMF0, MessageType.DATA_AMF3):
            self._on_data(message, _amf0_body(message, MessageType.DATA_AMF3))
        elif kind in (MessageType.COMMAND_AMF0, MessageType.COMMAND_AMF3):
            self._on_command(message, _amf0_body(message, MessageType.COMMAND_AMF3))
        elif kind == MessageType.AGGREGATE:
            self._require_publishing(kind)
            self._on_aggregate(message)
        elif kind == MessageType.WINDOW_ACK_SIZE:
            if len(message.payload) < 4:
                raise RtmpError("Window Acknowledgement Size message shorter than 4 bytes")
            size = int.from_bytes(message.payload[:4], "big")
            self._ack.window = size if size > 0 else None
        elif kind == MessageType.USER_CONTROL:
            self._on_user_control(message)
        # Acknowledgement, Set Peer Bandwidth and unknown types carry nothing for a server.

    def _require_publishing(self, kind: int) -> None:
        if self.state is not State.PUBLISHING:
            raise RtmpError(
                f"{MessageType(kind).name.lower()} message before a publish was accepted"
            )

    def _on_user_control(self, message: Message) -> None:
        if len(message.payload) < 2:
            raise RtmpError("User Control message shorter than 2 bytes")
        event = int.from_bytes(message.payload[:2], "big")
        if event == UserControlEvent.PING_REQUEST and len(message.payload) >= 6:
            value = int.from_bytes(message.payload[2:6], "big")
            self._send(chunk.user_control(UserControlEvent.PING_RESPONSE, value))

    def _on_data(self, message: Message, body: bytes) -> None:
        name, offset = self._decode_value(body)
        if name == "@setDataFrame":
            # FLV files carry metadata as "onMetaData", <object>: drop the wrapper name.
            inner, _ = self._decode_value(body, offset)
            if inner != "onMetaData":
                return
            script = body[offset:]
        elif name == "onMetaData":
            script = body
        else:
            return  # other data streams (cue points, captions) are not forwarded
        self._require_publishing(message.type_id)
        if self._metadata_forwarded:
            # GStreamer's flvmux repeats onMetaData every few hundred ms; past time 0 ffmpeg's
            # FLV reader takes those as a data (subtitle) track, so only the first goes on.
            return
        self._metadata_forwarded = True
        self._events.append(MediaTag(FlvTag(TagType.SCRIPT, message.timestamp, script)))

    def _on_aggregate(self, message: Message) -> None:
        # An aggregate body is FLV tags back to back; their times are relative to the first.
        offset = 0
        base: int | None = None
        while offset < len(message.payload):
            tag, end = read_tag(message.payload, offset)
            if tag is None:
                raise RtmpError("aggregate message ends inside a sub-message")
            offset = end
            if base is None:
                base = tag.timestamp
            if tag.type is TagType.SCRIPT:
                continue
            timestamp = (message.timestamp + tag.timestamp - base) & 0xFFFFFFFF
            self._events.append(MediaTag(FlvTag(tag.type, timestamp, tag.data)))

    def _on_command(self, message: Message, body: bytes) -> None:
        values = self._decode(body)
        if len(values) < 2 or not isinstance(values[0], str):
            raise RtmpError("command message without a name and transaction id")
        name = values[0]
        if isinstance(values[1], bool) or not isinstance(values[1], int | float):
            raise RtmpError(f"command {name!r} without a numeric transaction id")
        entry = _TRANSITIONS.get((self.state, name))
        if entry is None:
            if name in _KNOWN_COMMANDS:
                raise RtmpError(f"command {name!r} is not allowed in state {self.state.value}")
            return  # unknown commands are harmless
        handler, next_state = entry
        self.state = next_state
        handler(self, message, values)

    # Command handlers ---------------------------------------------------------

    def _reply(self, stream_id: int, *values: amf0.AmfValue, csid: int = _CSID_COMMAND) -> None:
        self._send(Message(MessageType.COMMAND_AMF0, stream_id, 0, amf0.encode(*values), csid))

    def _on_status(self, level: str, code: str, description: str) -> None:
        info: dict[str, amf0.AmfValue] = {"level": level, "code": code, "description": description}
        self._reply(self._publish_stream_id, "onStatus", 0, None, info, csid=_CSID_STREAM)

    def _connect(self, message: Message, values: list[amf0.AmfValue]) -> None:
        command = values[2] if len(values) > 2 else None
        if isinstance(command, amf0.TypedObject):
            command = command.properties
        if not isinstance(command, dict):
            raise RtmpError("connect without a command object")
        app = command.get("app")
        if not isinstance(app, str):
            raise RtmpError("connect without an app name")
        tc_url = command.get("tcUrl")
        self.app = app
        self.tc_url = tc_url if isinstance(tc_url, str) else None
        self._send(chunk.window_ack_size(WINDOW_ACK_SIZE))
        self._send(chunk.set_peer_bandwidth(PEER_BANDWIDTH))
        self._send(chunk.set_chunk_size(OUT_CHUNK_SIZE))
        properties: dict[str, amf0.AmfValue] = {"fmsVer": "FMS/3,0,1,123", "capabilities": 31}
        info: dict[str, amf0.AmfValue] = {
            "level": "status",
            "code": "NetConnection.Connect.Success",
            "description": "Connection succeeded.",
            "objectEncoding": 0,
        }
        self._reply(0, "_result", values[1], properties, info)

    def _release_stream(self, message: Message, values: list[amf0.AmfValue]) -> None:
        self._reply(0, "_result", values[1], None, amf0.UNDEFINED)

    def _check_bw(self, message: Message, values: list[amf0.AmfValue]) -> None:
        # As SRS: some hardware encoders (Haivision) wait for this answer before going on.
        self._reply(0, "_result", values[1], None, amf0.UNDEFINED)

    def _fc_publish(self, message: Message, values: list[amf0.AmfValue]) -> None:
        # As SRS and nginx-rtmp: some encoders wait for onFCPublish before publishing.
        info: dict[str, amf0.AmfValue] = {
            "code": "NetStream.Publish.Start",
            "description": "FCPublish received.",
        }
        self._reply(0, "onFCPublish", 0, None, info)
        self._reply(0, "_result", values[1], None, amf0.UNDEFINED)

    def _create_stream(self, message: Message, values: list[amf0.AmfValue]) -> None:
        self._reply(0, "_result", values[1], None, PUBLISH_STREAM_ID)

    def _publish(self, message: Message, values: list[amf0.AmfValue]) -> None:
        name = values[3] if len(values) > 3 else None
        if not isinstance(name, str):
            raise RtmpError("publish without a stream name")
        kind = values[4] if len(values) > 4 and isinstance(values[4], str) else "live"
        self.publish_name = name
        self._publish_stream_id = message.stream_id or PUBLISH_STREAM_ID
        assert self.app is not None
        self._events.append(PublishRequested(self.app, name, kind, self.tc_url))

    def _unpublish(self, message: Message, values: list[amf0.AmfValue]) -> None:
        self._events.append(Unpublished(str(values[0])))

    def _ignore(self, message: Message, values: list[amf0.AmfValue]) -> None:
        pass


def _amf0_body(message: Message, amf3_type: int) -> bytes:
    # AMF3 command/data messages start with a format byte, then AMF0 values for these commands.
    if message.type_id == amf3_type and message.payload[:1] == b"\x00":
        return message.payload[1:]
    return message.payload


_C = ServerConnection
_TRANSITIONS.update(
    {
        (State.AWAIT_CONNECT, "connect"): (_C._connect, State.CONNECTED),
        (State.CONNECTED, "releaseStream"): (_C._release_stream, State.CONNECTED),
        (State.CONNECTED, "_checkbw"): (_C._check_bw, State.CONNECTED),
        (State.CONNECTED, "FCPublish"): (_C._fc_publish, State.CONNECTED),
        (State.CONNECTED, "createStream"): (_C._create_stream, State.CONNECTED),
        (State.CONNECTED, "publish"): (_C._publish, State.PUBLISH_PENDING),
        (State.CONNECTED, "FCUnpublish"): (_C._ignore, State.CONNECTED),
        (State.CONNECTED, "deleteStream"): (_C._ignore, State.CONNECTED),
        (State.CONNECTED, "closeStream"): (_C._ignore, State.CONNECTED),
        (State.PUBLISHING, "FCUnpublish"): (_C._unpublish, State.CONNECTED),
        (State.PUBLISHING, "deleteStream"): (_C._unpublish, State.CONNECTED),
        (State.PUBLISHING, "closeStream"): (_C._unpublish, State.CONNECTED),
        (State.PUBLISHING, "releaseStream"): (_C._ignore, State.PUBLISHING),
        (State.PUBLISHING, "FCPublish"): (_C._ignore, State.PUBLISHING),
        (State.PUBLISHING, "_checkbw"): (_C._check_bw, State.PUBLISHING),
    }
)
_KNOWN_COMMANDS = frozenset(name for _, name in _TRANSITIONS) | {"play", "play2"}
