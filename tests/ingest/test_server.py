"""RtmpServer with real encoders (ffmpeg, GStreamer rtmp2sink) and hostile sockets."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import shutil
import socket
import tracemalloc
from collections.abc import AsyncIterator

import imageio_ffmpeg
import pytest

from sender.errors import PublishRefused
from sender.ingest.server import RtmpServer
from sender.rtmp import amf0
from sender.rtmp.chunk import (
    ChunkHeader,
    ChunkReader,
    ChunkWriter,
    Message,
    MessageType,
    set_chunk_size,
)
from sender.rtmp.flv import FlvTag, TagType, is_audio_sequence_header, is_video_sequence_header
from sender.rtmp.handshake import HANDSHAKE_SIZE, ClientHandshake
from sender.rtmp.limits import RtmpLimits
from tests.ingest.peers import WAIT, closed_by_server, refused_at_once, shaken, try_publish

GOOD_KEY = "0123456789ab.good-secret-for-the-test-0001"
BAD_KEY = "ba0ba0ba0ba0.this-secret-must-never-be-logged"
FFMPEG = imageio_ffmpeg.get_ffmpeg_exe()
GST = shutil.which("gst-launch-1.0")
PUBLISH_TIMEOUT = 3.0


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
        self.calls = 0

    async def begin_publish(self, app: str, name: str, peer: str) -> RecordingSink:
        self.calls += 1
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
        publish_timeout_s=PUBLISH_TIMEOUT,
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
@pytest.mark.parametrize("chunk_size", [None, 0x7FFFFFFF], ids=["default", "chunk 2^31-1"])
async def test_gstreamer_rtmp2sink_publishes_without_its_extra_data(
    served: tuple[RtmpServer, Handler, list[str]], chunk_size: int | None
) -> None:
    # rtmp2sink can set the largest chunk size the spec allows: every message one chunk.
    server, handler, _ = served
    assert GST is not None
    command = [
        GST,
        "-q",
        *("videotestsrc", "num-buffers=45", "!", "video/x-raw,width=160,height=120,framerate=15/1"),
        *("!", "x264enc", "tune=zerolatency", "key-int-max=15", "!", "h264parse", "!"),
        *("flvmux", "name=m", "streamable=true", "!", "rtmp2sink"),
        f"location=rtmp://127.0.0.1:{server.port}/live/{GOOD_KEY}",
        *([f"chunk-size={chunk_size}"] if chunk_size is not None else []),
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
    caplog.set_level(logging.INFO)
    publisher = asyncio.create_task(run(ffmpeg_publish(server.port, GOOD_KEY, seconds=3)))
    await asyncio.wait_for(handler.new_sink.wait(), WAIT)
    reader, writer = await shaken(server.port)
    writer.write(bytes(ChunkHeader(1, 4, 0, 1, 9)) + b"x")  # no type 0 header first
    await writer.drain()
    assert await closed_by_server(reader)
    writer.close()
    assert "protocol error, closing: chunk stream 4: header type 1 before" in caplog.text
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


async def test_a_publisher_gone_silent_is_closed_by_the_idle_timeout_a_slow_sink_is_not() -> None:
    """The idle timeout bounds each wait on the peer, not the time its tags take to go
    through a sink that holds them (back-pressure)."""
    idle = 0.6
    handler = Handler()
    handler.gated = True
    server = RtmpServer(handler, limits=RtmpLimits(), idle_timeout_s=idle)
    await server.start("127.0.0.1", 0)
    loop = asyncio.get_running_loop()
    try:
        sock = await loop.run_in_executor(None, _client_session, server.port)
        try:
            sink = handler.sinks[0]
            writer = ChunkWriter()
            frame = lambda ms: writer.write(  # noqa: E731
                Message(MessageType.VIDEO, 1, ms, b"\x27\x01" + b"\x00" * 100, csid=6)
            )
            sock.sendall(frame(0))
            await asyncio.wait_for(sink.first_tag.wait(), WAIT)
            await asyncio.sleep(3 * idle)  # the sink holds the tag far past the idle timeout
            assert not sink.ended.done()
            assert sink.gate is not None
            sink.gate.set()
            for ms in range(40, 400, 40):  # a publisher that keeps sending is never idle
                await asyncio.sleep(idle / 3)
                sock.sendall(frame(ms))
            silent_at = loop.time()  # then it stops sending, and is closed as idle
            await asyncio.sleep(idle / 3)
            assert not sink.ended.done() and len(sink.tags) == 10
            assert await asyncio.wait_for(sink.ended, WAIT) == "idle timeout"
            assert idle * 0.9 <= loop.time() - silent_at <= idle + 1.0
        finally:
            sock.close()
    finally:
        await server.close()


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


# Strangers: budgets, the publish deadline, caps and the wrong-key rate limit.


async def test_a_slowloris_peer_is_closed_by_the_publish_deadline(
    served: tuple[RtmpServer, Handler, list[str]], caplog: pytest.LogCaptureFixture
) -> None:
    # One byte every 0.3 s never trips the idle timeout (60 s here); the deadline does.
    server, _, _ = served
    caplog.set_level(logging.INFO)
    reader, writer = await shaken(server.port)
    connect = ChunkWriter().write(
        Message(MessageType.COMMAND_AMF0, 0, 0, amf0.encode("connect", 1, {"app": "live"}))
    )
    closed = asyncio.create_task(closed_by_server(reader))
    sent = 0
    for byte in connect:  # ~13 s of trickle, far past the 3 s deadline
        if closed.done():
            break
        with contextlib.suppress(ConnectionError):
            writer.write(bytes((byte,)))
            await writer.drain()
        sent += 1
        await asyncio.sleep(0.3)
    assert await closed
    assert sent < len(connect), "the trickle outlived the deadline"
    assert "publish timeout, closing" in caplog.text
    writer.close()


async def test_an_8_mib_connect_is_refused_and_the_connection_closed(
    served: tuple[RtmpServer, Handler, list[str]], caplog: pytest.LogCaptureFixture
) -> None:
    server, handler, _ = served
    caplog.set_level(logging.INFO)
    reader, writer = await shaken(server.port)
    chunks = ChunkWriter()
    nulls = amf0.encode("connect", 1) + b"\x0a" + (8_000_000).to_bytes(4, "big")
    nulls += b"\x05" * 8_000_000
    data = chunks.write(set_chunk_size(1 << 20)) + chunks.write(Message(20, 0, 0, nulls))
    with contextlib.suppress(ConnectionError):
        writer.write(data)
        await asyncio.wait_for(writer.drain(), WAIT)
    assert await closed_by_server(reader)
    writer.close()
    assert "message of 8000024 bytes exceeds the limit of 4096 before publishing" in caplog.text
    assert handler.calls == 0
    # The node goes on serving publishers.
    info = await try_publish(server.port, GOOD_KEY)
    assert info["code"] == "NetStream.Publish.Start"


def _hold(port: int, data: bytes) -> socket.socket:
    """A blocking socket past the handshake that has sent `data`."""
    sock = socket.create_connection(("127.0.0.1", port), timeout=WAIT)
    hs = ClientHandshake(digest=False)
    sock.sendall(hs.c0c1())
    answer = b""
    while len(answer) < 1 + 2 * HANDSHAKE_SIZE:
        answer += sock.recv(1 + 2 * HANDSHAKE_SIZE - len(answer))
    sock.sendall(hs.c2(answer) + data)
    return sock


def _push(sock: socket.socket, data: bytes) -> None:
    with contextlib.suppress(ConnectionError):
        sock.sendall(data)


def _unfinished() -> tuple[bytes, bytes]:
    """Four messages of 4,096 bytes left unfinished after a first chunk of 3,900 (15,600
    bytes held, under the pre-publish 16 KiB); then a 3 MiB one in 1 MiB chunks, all but
    its last byte. Built once, shared by every socket: the client side allocates nothing."""
    chunks = ChunkWriter()
    held = chunks.write(set_chunk_size(3900)) + b"".join(
        bytes(ChunkHeader(0, csid, 0, 4096, 9, 1)) + bytes(3900) for csid in (4, 5, 6, 7)
    )
    beyond = chunks.write(set_chunk_size(1 << 20))
    beyond += chunks.write(Message(MessageType.VIDEO, 1, 0, bytes(3 << 20), 8))[:-1]
    return held, beyond


HELD, BEYOND = _unfinished()


async def test_ten_hostile_sockets_cost_little_memory() -> None:
    """Ten sockets hold unfinished messages at the pre-publish budget, then try to hold
    3 MiB each more: the budget closes them, and the node's Python allocations stay far
    under 20 MB (30 MB and more when a stranger could buffer like a publisher)."""
    server = RtmpServer(Handler(), limits=RtmpLimits(), publish_timeout_s=WAIT)
    await server.start("127.0.0.1", 0)
    loop = asyncio.get_running_loop()
    socks: list[socket.socket] = []
    tracemalloc.start()
    try:
        base, _ = tracemalloc.get_traced_memory()
        socks += await asyncio.gather(
            *(loop.run_in_executor(None, _hold, server.port, HELD) for _ in range(10))
        )
        await asyncio.sleep(1.0)  # let the server read what was sent
        held, _ = tracemalloc.get_traced_memory()
        assert server.connection_count == 10  # within the budget: still open
        assert held - base < 20 << 20, f"{(held - base) / 1e6:.1f} MB"
        tracemalloc.reset_peak()
        await asyncio.gather(*(loop.run_in_executor(None, _push, s, BEYOND) for s in socks))
        for _ in range(100):
            if server.connection_count == 0:
                break
            await asyncio.sleep(0.1)
        _, peak = tracemalloc.get_traced_memory()
        assert peak - base < 20 << 20, f"{(peak - base) / 1e6:.1f} MB"
        assert server.connection_count == 0
    finally:
        tracemalloc.stop()
        for sock in socks:
            sock.close()
        await server.close()


async def test_connection_caps_refuse_the_next_connection() -> None:
    refusals: list[str] = []
    server = RtmpServer(
        Handler(),
        limits=RtmpLimits(),
        max_connections=4,
        max_connections_per_address=2,
        on_refused=refusals.append,
    )
    await server.start("127.0.0.1", 0)
    opened = []
    try:
        for source in ("127.0.0.1", "127.0.0.1", "127.0.0.2"):
            opened.append(await shaken(server.port, source))
        assert await refused_at_once(server.port, "127.0.0.1")
        assert refusals == ["too_many_from_address"]
        opened.append(await shaken(server.port, "127.0.0.3"))
        assert await refused_at_once(server.port, "127.0.0.4")
        assert refusals == ["too_many_from_address", "too_many_connections"]
        assert server.connection_count == 4
        # A closed connection frees its place.
        opened.pop(0)[1].close()
        for _ in range(100):
            if server.connection_count == 3:
                break
            await asyncio.sleep(0.05)
        opened.append(await shaken(server.port, "127.0.0.1"))
        assert server.connection_count == 4
        assert len(refusals) == 2
    finally:
        for _, writer in opened:
            writer.close()
        await server.close()


async def test_wrong_keys_are_rate_limited_per_address(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO)
    handler = Handler()
    refusals: list[str] = []
    server = RtmpServer(
        handler,
        limits=RtmpLimits(),
        key_failures_burst=2,
        key_failures_per_s=0.001,
        refusal_log_interval_s=0.2,
        on_refused=refusals.append,
    )
    await server.start("127.0.0.1", 0)
    try:
        for _ in range(2):
            info = await try_publish(server.port, BAD_KEY)
            assert info["code"] == "NetStream.Publish.BadName"
        assert handler.calls == 2
        # The address spent its attempts: refused before the handler, whatever the key.
        for key in (BAD_KEY, GOOD_KEY):
            info = await try_publish(server.port, key)
            assert info["code"] == "NetStream.Publish.Rejected"
            assert info["description"] == "Too many failed publish attempts; try later."
        assert handler.calls == 2
        assert refusals == ["bad_key", "bad_key", "rate_limited", "rate_limited"]
        # Another address is not affected.
        info = await try_publish(server.port, GOOD_KEY, source="127.0.0.2")
        assert info["code"] == "NetStream.Publish.Start"
        line = "refused 4 publish attempts from 1 addresses (2 with a wrong key, 2 rate-limited)"
        for _ in range(100):
            if line in caplog.text:
                break
            await asyncio.sleep(0.05)
        assert line in caplog.text
        # One line for the address's first wrong key; the second only in the count.
        assert caplog.text.count("publish refused: bad_key") == 1
        assert BAD_KEY.split(".", 1)[1] not in caplog.text
    finally:
        await server.close()
