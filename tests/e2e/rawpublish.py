"""A hand-driven RTMP publisher: FLV tags sent as an encoder would, at a chosen pace."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence

from bench.rawpub import is_header, publish_request, status_codes

from sender.rtmp import amf0
from sender.rtmp.chunk import ChunkReader, ChunkWriter, Message, MessageType
from sender.rtmp.flv import FlvTag, TagType
from tests.ingest.peers import shaken

__all__ = ["is_header", "publish_tags"]


async def publish_tags(
    port: int,
    key: str,
    tags: Sequence[FlvTag],
    speed: float = 2.0,
    *,
    at_s: Sequence[float] | None = None,
) -> None:
    """Publish `tags` to `key`, `speed` times faster than their timestamps (or each at its
    offset in `at_s`, for a timeline that jumps), then unpublish."""
    reader, writer = await shaken(port)
    try:
        chunks = ChunkWriter()
        writer.write(publish_request(chunks, "live", f"rtmp://127.0.0.1:{port}/live", key))
        await writer.drain()
        answers = ChunkReader(1 << 20, 1 << 20, 1 << 22)
        started = False
        while not started and (data := await asyncio.wait_for(reader.read(65536), 30)):
            for code in status_codes(answers.feed(data)):
                assert code == "NetStream.Publish.Start", code
                started = True
        assert started, "closed before the publish was answered"
        loop = asyncio.get_running_loop()
        t0 = loop.time()
        offsets = at_s if at_s is not None else [t.timestamp / 1000 / speed for t in tags]
        for tag, offset in zip(tags, offsets, strict=True):
            await asyncio.sleep(max(0.0, t0 + offset - loop.time()))
            kind = MessageType.DATA_AMF0 if tag.type == TagType.SCRIPT else int(tag.type)
            writer.write(chunks.write(Message(kind, 1, tag.timestamp, tag.data)))
            await writer.drain()
        payload = amf0.encode("deleteStream", 4, None, 1)
        writer.write(chunks.write(Message(MessageType.COMMAND_AMF0, 0, 0, payload)))
        await writer.drain()
    finally:
        writer.close()
