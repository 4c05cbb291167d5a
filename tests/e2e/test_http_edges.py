"""The HTTP server's edges on a real node: slow request heads are cut, nothing else is."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from pathlib import Path

import aiohttp
import m3u8
import pytest
import pytest_asyncio

from sender.app import Node, start_node
from tests.e2e.conftest import Client, complete, e2e_settings, publish

pytestmark = pytest.mark.e2e

HEAD_TIMEOUT_S = 0.5
# Scheduling slack on a busy machine; the trickled heads below would take 7 s to arrive.
SLACK_S = 2.0
HEAD = b"GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"


@pytest_asyncio.fixture
async def node(tmp_path: Path) -> AsyncIterator[Node]:
    node = await start_node(e2e_settings(tmp_path, http_header_timeout_s=HEAD_TIMEOUT_S))
    try:
        yield node
    finally:
        await node.close()


async def _connect(node: Node) -> tuple[asyncio.StreamReader, asyncio.StreamWriter]:
    return await asyncio.open_connection("127.0.0.1", node.settings.http_port)


async def _trickle(node: Node) -> tuple[float, bytes, int]:
    """Send HEAD a byte every 0.2 s until the server closes; (seconds open, reply, bytes sent)."""
    reader, writer = await _connect(node)
    started = time.monotonic()
    sent = 0

    async def drip() -> None:
        nonlocal sent
        for byte in HEAD:
            writer.write(bytes([byte]))
            await writer.drain()
            sent += 1
            await asyncio.sleep(0.2)

    dripping = asyncio.create_task(drip())
    try:
        reply = await asyncio.wait_for(reader.read(), HEAD_TIMEOUT_S + SLACK_S + 5)
        return time.monotonic() - started, reply, sent
    finally:
        dripping.cancel()
        await asyncio.gather(dripping, return_exceptions=True)
        writer.close()


async def test_trickled_request_heads_are_answered_408_and_closed(node: Node) -> None:
    results = await asyncio.gather(*(_trickle(node) for _ in range(50)))
    for open_s, reply, sent in results:
        assert reply.startswith(b"HTTP/1.1 408 Request Timeout\r\n"), reply
        assert sent < len(HEAD)  # cut while the head was still arriving
        assert open_s < HEAD_TIMEOUT_S + SLACK_S


async def test_a_connection_that_sends_nothing_is_closed_without_a_reply(node: Node) -> None:
    reader, writer = await _connect(node)
    try:
        reply = await asyncio.wait_for(reader.read(), HEAD_TIMEOUT_S + SLACK_S)
    finally:
        writer.close()
    assert reply == b""


async def _exchange(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> bytes:
    writer.write(HEAD)
    await writer.drain()
    head = await reader.readuntil(b"\r\n\r\n")
    length = next(
        int(line.split(b":", 1)[1])
        for line in head.split(b"\r\n")
        if line.lower().startswith(b"content-length:")
    )
    await reader.readexactly(length)
    return head


async def test_keep_alive_idle_longer_than_the_head_timeout_is_not_cut(node: Node) -> None:
    reader, writer = await _connect(node)
    try:
        assert (await _exchange(reader, writer)).startswith(b"HTTP/1.1 200")
        await asyncio.sleep(HEAD_TIMEOUT_S * 4)  # idle on the kept-alive connection
        assert (await _exchange(reader, writer)).startswith(b"HTTP/1.1 200")
        await asyncio.sleep(HEAD_TIMEOUT_S * 4)
        assert (await _exchange(reader, writer)).startswith(b"HTTP/1.1 200")
    finally:
        writer.close()


async def test_a_blocking_playlist_request_held_past_the_head_timeout_is_answered(
    node: Node, ffmpeg: str
) -> None:
    async with aiohttp.ClientSession() as http:
        client = Client(node=node, http=http)
        _, key = await client.create_stream("held")
        publisher = await publish(ffmpeg, f"{node.rtmp_url}/{key}", seconds=20)
        try:
            info = await client.wait_state("held", "live")
            playlist = await client.wait_segments(info["hls_url"], 2)
            # Part 3 of the segment after the one in progress: at least 0.8 s away.
            msn = playlist.media_sequence + len(complete(playlist)) + 1
            url = info["hls_url"].rsplit("/", 1)[0] + "/source/index.m3u8"
            started = time.monotonic()
            status, _, body = await client.get(url, params={"_HLS_msn": msn, "_HLS_part": 3})
            held_s = time.monotonic() - started
        finally:
            await publisher.stop()
    assert status == 200, body
    assert held_s > HEAD_TIMEOUT_S  # the answer came after the head deadline would have cut it
    later = m3u8.loads(body.decode())
    assert later.media_sequence + len(later.segments) - 1 >= msn
