"""RtmpServer with real encoders (ffmpeg, GStreamer rtmp2sink) and hostile sockets."""

from __future__ import annotations

import asyncio
import logging
import shutil
import socket
from collections.abc import AsyncIterator

import imageio_ffmpeg
import pytest

from sender.errors import PublishRefused
from sender.ingest.server import RtmpServer
from sender.rtmp import amf0
from sender.rtmp.chunk import ChunkReader, ChunkWriter, Message, MessageType, set_chunk_size
from sender.rtmp.flv import FlvTag, TagType, is_audio_sequence_header, is_video_sequence_header
from sender.rtmp.handshake import HANDSHAKE_SIZE, ClientHandshake
from sender.rtmp.limits import RtmpLimits

GOOD_KEY = "0123456789ab.good-secret-for-the-test-0001"
BAD_KEY = "ba0ba0ba0ba0.this-secret-must-never-be-logged"
FFMPEG = imageio_ffmpeg.get_ffmpeg_exe()
GST = shutil.which("gst-launch-1.0")
WAIT = 60  # generous: the machines are small; nothing asserts on durations


class RecordingSink:
    def __init__(self) -> None:
        self.tags: list[FlvTag] = []
        self.ended: asyncio.Future[str] = asyncio.get_running_loop().create_future()
        self.bytes = 0
        self.gate: asyncio.Event | None = None  # set: on_tag blocks until it is set
        self.first_tag = asyncio.Event()

    def on_bytes(self, n: int) -> None:
        self.bytes += n

    async def on_tag(self, tag: FlvTag) -> None:
        self.first_tag.set()
        if self.gate is not None:
            await self.gate.wait()
        self.tags.append(tag)

    async def on_end(self, reason: str) -> None:
        if not self.ended.done():
            self.ended.set_result(reason)


class Handler:
    def __init__(self) -> None:
        self.sinks: list[RecordingSink] = []
        self.new_sink = asyncio.Event()
        self.gated = False

    async def begin_publish(self, app: str, name: str, peer: str) -> RecordingSink:
        if name != GOOD_KEY:
            raise PublishRefused("NetStream.Publish.BadName", "bad_key", "Unknown stream key.")
        sink = RecordingSink()
        if self.gated:
            sink.gate = asyncio.Event()
        self.sinks.append(sink)
        self.new_sink.set()
        return sink


@pytest.fixture
async def served() -> AsyncIterator[tuple[RtmpServer, Handler, list[str]]]:
    handler = Handler()
    refusals: list[str] = []
    server = RtmpServer(
        handler,
        limits=RtmpLimits(),
        handshake_timeout_s=1.0,
        idle_timeout_s=WAIT,
        on_refused=refusals.append,
    )
    await server.start("127.0.0.1", 0)
    yield server, handler, refusals
    await server.close()


def ffmpeg_publish(port: int, key: str, seconds: float = 2) -> list[str]:
    return [
        FFMPEG,
        *("-hide_banner", "-loglevel", "error", "-re"),
        *("-f", "lavfi", "-i", "testsrc2=size=160x120:rate=15"),
        *("-f", "lavfi", "-i", "sine=frequency=440"),
        *("-t", str(seconds), "-c:v", "libx264", "-preset", "ultrafast", "-g", "15"),
        *("-c:a", "aac", "-f", "flv", f"rtmp://127.0.0.1:{port}/live/{key}"),
    ]


async def run(command: list[str]) -> int:
    proc = await asyncio.create_subprocess_exec(
        *command, stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.DEVNULL
    )
    return await asyncio.wait_for(proc.wait(), WAIT)


def check_tags(tags: list[FlvTag]) -> None:
    kinds = [t.type for t in tags]
    assert kinds.count(TagType.SCRIPT) == 1  # onMetaData once, nothing else on the data stream
    script = next(t for t in tags if t.type is TagType.SCRIPT)
    assert amf0.decode(script.data)[0] == "onMetaData"
    video = [t for t in tags if t.type is TagType.VIDEO]
    audio = [t for t in tags if t.type is TagType.AUDIO]
    assert len(video) >= 25 and len(audio) >= 25
    assert is_video_sequence_header(video[0].data)
    assert is_audio_sequence_header(audio[0].data)
    for stream in (video, audio):
        stamps = [t.timestamp for t in stream]
        assert stamps == sorted(stamps)


@pytest.mark.e2e
async def test_ffmpeg_publishes_audio_video_and_metadata(
    served: tuple[RtmpServer, Handler, list[str]],
) -> None:
    server, handler, _ = served
    assert await run(ffmpeg_publish(server.port, GOOD_KEY)) == 0
    sink = handler.sinks[0]
    assert await asyncio.wait_for(sink.ended, WAIT) == "unpublish"
    check_tags(sink.tags)
    assert sink.bytes > sum(len(t.data) for t in sink.tags)


@pytest.mark.e2e
@pytest.mark.skipif(GST is None, reason="GStreamer is not installed")
async def test_gstreamer_rtmp2sink_publishes_without_its_extra_data(
    served: tuple[RtmpServer, Handler, list[str]],
) -> None:
    server, handler, _ = served
    assert GST is not None
    command = [
        GST,
        "-q",
        *("videotestsrc", "num-buffers=45", "!", "video/x-raw,width=160,height=120,framerate=15/1"),
        *("!", "x264enc", "tune=zerolatency", "key-int-max=15", "!", "h264parse", "!"),
        *("flvmux", "name=m", "streamable=true", "!", "rtmp2sink"),
        f"location=rtmp://127.0.0.1:{server.port}/live/{GOOD_KEY}",
        *("audiotestsrc", "num-buffers=45", "!", "audioconvert", "!", "voaacenc", "!", "m."),
    ]
    assert await run(command) == 0
    sink = handler.sinks[0]
    assert await asyncio.wait_for(sink.ended, WAIT) in ("unpublish", "EOF")
    check_tags(sink.tags)


@pytest.mark.e2e
async def test_refused_key_fails_ffmpeg_and_is_not_logged(
    served: tuple[RtmpServer, Handler, list[str]], caplog: pytest.LogCaptureFixture
) -> None:
    server, handler, refusals = served
    caplog.set_level(logging.DEBUG)
    assert await run(ffmpeg_publish(server.port, BAD_KEY)) != 0
    assert refusals == ["bad_key"]
    assert handler.sinks == []
    assert "publish refused" in caplog.text
    secret = BAD_KEY.split(".", 1)[1]
    assert secret not in caplog.text


def _client_session(port: int) -> socket.socket:
    """A hand-driven publisher up to an accepted publish (digest handshake, like Flash)."""
    sock = socket.create_connection(("127.0.0.1", port))
    hs = ClientHandshake(digest=True)
    sock.sendall(hs.c0c1())
    answer = b""
    while len(answer) < 1 + 2 * HANDSHAKE_SIZE:
        answer += sock.recv(1 + 2 * HANDSHAKE_SIZE - len(answer))
    sock.sendall(hs.c2(answer))
    writer = ChunkWriter()
    commands: list[tuple[int, list[amf0.AmfValue]]] = [
        (0, ["connect", 1, {"app": "live", "tcUrl": f"rtmp://127.0.0.1:{port}/live"}]),
        (0, ["createStream", 2, None]),
        (1, ["publish", 3, None, GOOD_KEY, "live"]),
    ]
    for stream_id, values in commands:
        payload = amf0.encode(*values)
        sock.sendall(writer.write(Message(MessageType.COMMAND_AMF0, stream_id, 0, payload)))
    # Read until the publish is answered.
    reader = ChunkReader(1 << 20, 1 << 20, 1 << 22)
    while True:
        data = sock.recv(65536)
        assert data, "server closed during set-up"
        for message in reader.feed(data):
            if message.type_id == MessageType.COMMAND_AMF0:
                values = amf0.decode(message.payload)
                if values[0] == "onStatus":
                    info = values[3]
                    assert isinstance(info, dict)
                    assert info["code"] == "NetStream.Publish.Start"
                    return sock


async def test_garbage_connection_is_closed_while_a_publisher_goes_on(
    served: tuple[RtmpServer, Handler, list[str]], caplog: pytest.LogCaptureFixture
) -> None:
    server, handler, _ = served
    publisher = asyncio.create_task(run(ffmpeg_publish(server.port, GOOD_KEY, seconds=3)))
    await asyncio.wait_for(handler.new_sink.wait(), WAIT)
    reader, writer = await asyncio.open_connection("127.0.0.1", server.port)
    writer.write(b"GET / HTTP/1.1\r\nHost: x\r\n\r\n")
    await writer.drain()
    assert await asyncio.wait_for(reader.read(), WAIT) == b""  # closed by the server
    writer.close()
    assert "protocol error" in caplog.text
    assert await publisher == 0
    sink = handler.sinks[0]
    assert await asyncio.wait_for(sink.ended, WAIT) == "unpublish"
    check_tags(sink.tags)


async def test_handshake_timeout_closes_a_silent_socket(
    served: tuple[RtmpServer, Handler, list[str]],
) -> None:
    server, _, _ = served
    reader, writer = await asyncio.open_connection("127.0.0.1", server.port)
    assert await asyncio.wait_for(reader.read(), WAIT) == b""
    writer.close()


async def test_slow_sink_stops_reading_and_the_publisher_blocks(
    served: tuple[RtmpServer, Handler, list[str]],
) -> None:
    server, handler, _ = served
    handler.gated = True
    loop = asyncio.get_running_loop()
    sock = await loop.run_in_executor(None, _client_session, server.port)
    try:
        sink = handler.sinks[0]
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, 64 * 1024)
        sock.setblocking(False)
        writer = ChunkWriter()
        frame = writer.write(set_chunk_size(65536)) + writer.write(
            Message(MessageType.VIDEO, 1, 0, b"\x17\x01" + b"\x00" * 60000, csid=6)
        )
        sent = 0
        budget = 64 << 20  # far more than any buffer on the way
        blocked = False
        pending = b""
        while sent < budget:
            if not pending:
                pending = writer.write(
                    Message(MessageType.VIDEO, 1, sent // 1000, b"\x27\x01" + b"\x00" * 60000, 6)
                )
                if sent == 0:
                    pending = frame
            try:
                n = sock.send(pending)
                sent += n
                pending = pending[n:]
            except BlockingIOError:
                # Let the server run; if it still does not drain us, the send is blocked.
                await asyncio.wait_for(sink.first_tag.wait(), WAIT)
                await asyncio.sleep(0.5)
                try:
                    n = sock.send(pending)
                    sent += n
                    pending = pending[n:]
                except BlockingIOError:
                    blocked = True
                    break
        assert blocked, f"sent {sent} bytes without blocking"
        assert sink.tags == []  # the gate is still shut
        # What the server took off the socket is bounded by its read size, not by `sent`.
        assert sink.bytes <= 4 * 64 * 1024
        assert sent < budget
        assert sink.gate is not None
        sink.gate.set()
    finally:
        sock.close()
    assert await asyncio.wait_for(sink.ended, WAIT) == "EOF"
    assert len(sink.tags) > 0  # once the sink moves, what waited is delivered


async def test_close_ends_every_publisher_with_server_shutdown(
    served: tuple[RtmpServer, Handler, list[str]],
) -> None:
    server, handler, _ = served
    loop = asyncio.get_running_loop()
    sock = await loop.run_in_executor(None, _client_session, server.port)
    try:
        assert server.connection_count == 1
        await server.close()
        assert await asyncio.wait_for(handler.sinks[0].ended, WAIT) == "server shutdown"
        assert server.connection_count == 0
    finally:
        sock.close()
