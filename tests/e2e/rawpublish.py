"""A hand-driven RTMP publisher: FLV tags sent as an encoder would, at a chosen pace."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence

from sender.rtmp import amf0
from sender.rtmp.chunk import ChunkReader, ChunkWriter, Message, MessageType
from sender.rtmp.flv import FlvTag, TagType, is_audio_sequence_header, is_video_sequence_header
from tests.ingest.peers import shaken


def is_header(tag: FlvTag) -> bool:
    """Metadata or a sequence header: what a looped capture sends once."""
    if tag.type == TagType.SCRIPT:
        return True
    if tag.type == TagType.VIDEO:
        return is_video_sequence_header(tag.data)
    return is_audio_sequence_header(tag.data)


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
        for stream_id, values in (
            (0, ["connect", 1, {"app": "live", "tcUrl": f"rtmp://127.0.0.1:{port}/live"}]),
            (0, ["createStream", 2, None]),
            (1, ["publish", 3, None, key, "live"]),
        ):
            payload = amf0.encode(*values)
            writer.write(chunks.write(Message(MessageType.COMMAND_AMF0, stream_id, 0, payload)))
        await writer.drain()
        answers = ChunkReader(1 << 20, 1 << 20, 1 << 22)
        started = False
        while not started and (data := await asyncio.wait_for(reader.read(65536), 30)):
            for message in answers.feed(data):
                if message.type_id == MessageType.COMMAND_AMF0:
                    values = amf0.decode(message.payload)
                    if values[0] == "onStatus" and isinstance(values[3], dict):
                        assert values[3]["code"] == "NetStream.Publish.Start", values[3]
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
