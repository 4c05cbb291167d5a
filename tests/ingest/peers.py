"""Hand-driven RTMP peers over real sockets, for the ingest tests."""

from __future__ import annotations

import asyncio

from sender.rtmp import amf0
from sender.rtmp.chunk import ChunkReader, ChunkWriter, Message, MessageType
from sender.rtmp.handshake import HANDSHAKE_SIZE, ClientHandshake

WAIT = 60  # generous: the machines are small; nothing asserts on durations


async def shaken(
    port: int, source: str | None = None
) -> tuple[asyncio.StreamReader, asyncio.StreamWriter]:
    """A socket past the (simple) handshake, from `source` (any 127.x address)."""
    local = (source, 0) if source is not None else None
    reader, writer = await asyncio.open_connection("127.0.0.1", port, local_addr=local)
    hs = ClientHandshake(digest=False)
    writer.write(hs.c0c1())
    answer = await asyncio.wait_for(reader.readexactly(1 + 2 * HANDSHAKE_SIZE), WAIT)
    writer.write(hs.c2(answer))
    await writer.drain()
    return reader, writer


async def closed_by_server(reader: asyncio.StreamReader) -> bool:
    try:
        return await asyncio.wait_for(reader.read(), WAIT) == b""
    except ConnectionResetError:
        return True


async def try_publish(port: int, key: str, source: str | None = None) -> dict[str, amf0.AmfValue]:
    """connect, createStream, publish by hand; the onStatus info the server answers with."""
    reader, writer = await shaken(port, source)
    try:
        chunks = ChunkWriter()
        for stream_id, values in (
            (0, ["connect", 1, {"app": "live", "tcUrl": f"rtmp://127.0.0.1:{port}/live"}]),
            (0, ["createStream", 2, None]),
            (1, ["publish", 3, None, key, "live"]),
        ):
            payload = amf0.encode(*values)
            writer.write(chunks.write(Message(MessageType.COMMAND_AMF0, stream_id, 0, payload)))
        answers = ChunkReader(1 << 20, 1 << 20, 1 << 22)
        while data := await asyncio.wait_for(reader.read(65536), WAIT):
            for message in answers.feed(data):
                if message.type_id == MessageType.COMMAND_AMF0:
                    values = amf0.decode(message.payload)
                    if values[0] == "onStatus" and isinstance(values[3], dict):
                        return values[3]
        raise AssertionError("closed before the publish was answered")
    finally:
        writer.close()


async def refused_at_once(port: int, source: str) -> bool:
    reader, writer = await asyncio.open_connection("127.0.0.1", port, local_addr=(source, 0))
    writer.write(ClientHandshake(digest=False).c0c1())
    try:
        return await closed_by_server(reader)  # no handshake answer, just closed
    finally:
        writer.close()
