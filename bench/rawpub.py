"""A paced RTMP publisher in the benchmark's own process: it knows when it connected.

`ffmpeg -re` starts with a burst and says nothing of when its socket connected;
the first-segment figure needs that instant, and the malformed-tag figure needs
a tag spoiled on purpose. This publisher does the simple handshake, `connect`,
`createStream` and `publish` (any RTMP server takes them: Sender, ffmpeg
`-listen 1`, nginx-rtmp), then sends FLV tags at their own timestamps (real
time, speed 1), reading what the server sends meanwhile (acknowledgements) so
that it never stalls on a full socket, and noting if the server closes it.

Chunks are 4096 bytes (announced with Set Chunk Size before `connect`, as
ffmpeg does), so a 720p frame is a few chunks rather than a hundred.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from sender.rtmp import amf0
from sender.rtmp.chunk import ChunkReader, ChunkWriter, Message, MessageType, set_chunk_size
from sender.rtmp.flv import (
    FlvReader,
    FlvTag,
    TagType,
    is_audio_sequence_header,
    is_video_sequence_header,
)
from sender.rtmp.handshake import HANDSHAKE_SIZE, ClientHandshake

CHUNK_SIZE = 4096
# An inter frame (AVC NALU packet, composition time 0) whose one NALU claims 1 MiB: the
# length runs past the tag; and one cut short (tests/e2e/test_malformed_media.py sends both).
OVERRUN = bytes.fromhex("27 01 000000") + (1 << 20).to_bytes(4, "big") + b"\x41\x9a" * 8
CUT = b"\x27"  # an AVC tag cut after its first byte


def is_header(tag: FlvTag) -> bool:
    """Metadata or a sequence header: what a looped file sends once."""
    if tag.type == TagType.SCRIPT:
        return True
    if tag.type == TagType.VIDEO:
        return is_video_sequence_header(tag.data)
    return is_audio_sequence_header(tag.data)


def publish_request(chunks: ChunkWriter, app: str, tc_url: str, key: str) -> bytes:
    """`connect`, `createStream` and `publish` (on stream 1), as an encoder sends them."""
    return b"".join(
        chunks.write(Message(MessageType.COMMAND_AMF0, stream_id, 0, amf0.encode(*values)))
        for stream_id, values in (
            (0, ["connect", 1, {"app": app, "type": "nonprivate", "tcUrl": tc_url}]),
            (0, ["createStream", 2, None]),
            (1, ["publish", 3, None, key, "live"]),
        )
    )


def status_codes(messages: Iterable[Message]) -> list[str]:
    """The codes of the `onStatus` answers among `messages` (NetStream.Publish.Start, ...)."""
    codes = []
    for message in messages:
        if message.type_id != MessageType.COMMAND_AMF0:
            continue
        values = amf0.decode(message.payload)
        if values and values[0] == "onStatus" and isinstance(values[3], dict):
            codes.append(str(values[3].get("code")))
    return codes


def read_tags(flv: Path) -> list[FlvTag]:
    return FlvReader().feed(flv.read_bytes())


def looped(tags: Sequence[FlvTag], seconds: float) -> list[FlvTag]:
    """`tags` (one file) repeated with its timestamps running on, cut at `seconds` of media.

    The headers go once, at the start, as `ffmpeg -stream_loop` sends them.
    """
    span_ms = max(t.timestamp for t in tags) + _frame_ms(tags)
    out: list[FlvTag] = []
    loop = 0
    while True:
        for tag in tags:
            if loop and is_header(tag):
                continue
            ts = tag.timestamp + loop * span_ms
            if ts >= seconds * 1000:
                return out
            out.append(FlvTag(tag.type, ts, tag.data))
        loop += 1


def _frame_ms(tags: Sequence[FlvTag]) -> int:
    """The video frame interval of a file, from its first two coded video frames."""
    video = [t.timestamp for t in tags if t.type == TagType.VIDEO and not is_header(t)]
    return video[1] - video[0] if len(video) > 1 else 33


def spoiled(tags: Sequence[FlvTag], at_s: float) -> tuple[list[FlvTag], int]:
    """`tags` with OVERRUN and CUT slipped in before the first video frame at `at_s` or later;
    also returns that frame's timestamp (ms)."""
    out = list(tags)
    i = next(
        i
        for i, t in enumerate(out)
        if t.timestamp >= at_s * 1000 and t.type == TagType.VIDEO and not is_header(t)
    )
    at = out[i].timestamp
    out[i:i] = [FlvTag(TagType.VIDEO, at, OVERRUN), FlvTag(TagType.VIDEO, at, CUT)]
    return out, at


@dataclass(slots=True)
class Published:
    """What one publish did, by the wall clock (time.time())."""

    connect_at: float = float("nan")  # just before the TCP connect
    started_at: float = float("nan")  # NetStream.Publish.Start received
    first_tag_at: float = float("nan")
    sent: int = 0  # tags sent
    total: int = 0  # tags meant to be sent
    closed_by_server_at: float | None = None
    error: str = ""
    statuses: list[str] = field(default_factory=list)

    @property
    def completed(self) -> bool:
        return self.sent == self.total and self.closed_by_server_at is None and not self.error


async def publish(
    port: int,
    app: str,
    key: str,
    tags: Iterable[FlvTag],
    *,
    host: str = "127.0.0.1",
    result: Published | None = None,
    timeout_s: float = 30.0,
) -> Published:
    """Publish `tags` to rtmp://host:port/app/key in real time; then deleteStream and close.

    Fills `result` as it goes (pass one in to read it while the publish runs, or after
    a cancel).
    """
    out = result if result is not None else Published()
    items = list(tags)
    out.total = len(items)
    out.connect_at = time.time()
    reader, writer = await asyncio.wait_for(asyncio.open_connection(host, port), timeout_s)
    drain: asyncio.Task[None] | None = None
    try:
        hs = ClientHandshake(digest=False)
        writer.write(hs.c0c1())
        answer = await asyncio.wait_for(reader.readexactly(1 + 2 * HANDSHAKE_SIZE), timeout_s)
        writer.write(hs.c2(answer))
        chunks = ChunkWriter()
        writer.write(chunks.write(set_chunk_size(CHUNK_SIZE)))
        writer.write(publish_request(chunks, app, f"rtmp://{host}:{port}/{app}", key))
        await writer.drain()
        answers = ChunkReader(1 << 20, 1 << 20, 1 << 22)
        started = False
        while not started:
            data = await asyncio.wait_for(reader.read(65536), timeout_s)
            if not data:
                out.closed_by_server_at = time.time()
                out.error = "closed before the publish was answered"
                return out
            for code in status_codes(answers.feed(data)):
                out.statuses.append(code)
                if code == "NetStream.Publish.Start":
                    started = True
                elif "Publish" in code:
                    out.error = f"refused: {code}"
                    return out
        out.started_at = time.time()

        async def read_until_closed() -> None:
            with contextlib.suppress(OSError):
                while await reader.read(65536):
                    pass
            out.closed_by_server_at = time.time()

        drain = asyncio.create_task(read_until_closed())
        loop = asyncio.get_running_loop()
        t0 = loop.time()
        base = items[0].timestamp if items else 0
        out.first_tag_at = time.time()
        for tag in items:
            await asyncio.sleep(max(0.0, t0 + (tag.timestamp - base) / 1000 - loop.time()))
            if drain.done():
                return out
            kind = MessageType.DATA_AMF0 if tag.type == TagType.SCRIPT else int(tag.type)
            writer.write(chunks.write(Message(kind, 1, tag.timestamp, tag.data)))
            await writer.drain()
            out.sent += 1
        payload = amf0.encode("deleteStream", 4, None, 1)
        writer.write(chunks.write(Message(MessageType.COMMAND_AMF0, 0, 0, payload)))
        await writer.drain()
    except (OSError, TimeoutError, asyncio.IncompleteReadError) as exc:
        out.error = f"{type(exc).__name__}: {exc}"
        if out.closed_by_server_at is None:
            out.closed_by_server_at = time.time()
    finally:
        if drain is not None:
            drain.cancel()
        writer.close()
        with contextlib.suppress(OSError):
            await writer.wait_closed()
    return out
