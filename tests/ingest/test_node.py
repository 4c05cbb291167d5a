"""A real node: its RTMP settings reach the ingest, and its refusals reach /metrics."""

from __future__ import annotations

import asyncio
from pathlib import Path

import aiohttp
import pytest
from prometheus_client.parser import text_string_to_metric_families

from sender.app import start_node
from sender.config import Settings
from sender.rtmp import amf0
from sender.rtmp.chunk import ChunkWriter, Message, set_chunk_size
from tests.ingest.peers import WAIT, closed_by_server, refused_at_once, shaken, try_publish


async def rejected(http: aiohttp.ClientSession, base: str) -> dict[str, float]:
    async with http.get(base + "/metrics") as resp:
        text = await resp.text()
    return {
        s.labels["reason"]: s.value
        for family in text_string_to_metric_families(text)
        for s in family.samples
        if s.name == "sender_publish_rejected_total"
    }


@pytest.mark.e2e
async def test_strangers_are_refused_and_counted(tmp_path: Path) -> None:
    settings = Settings(
        data_dir=tmp_path / "data",
        http_host="127.0.0.1",
        http_port=0,
        rtmp_host="127.0.0.1",
        rtmp_port=0,
        admin_token="ingest-admin-token-0123456789abcdef",
        rtmp_key_failures_burst=2,
        rtmp_key_failures_per_s=0.001,
        rtmp_max_connections_per_address=3,
        rtmp_publish_timeout_s=30.0,
    )
    node = await start_node(settings)
    port = node.rtmp.port
    try:
        async with aiohttp.ClientSession() as http:
            base = node.http_url
            # Two wrong keys reach the key check; the third attempt does not.
            for _ in range(2):
                info = await try_publish(port, "0123456789ab.wrong-secret")
                assert info["code"] == "NetStream.Publish.BadName"
            info = await try_publish(port, "0123456789ab.wrong-secret")
            assert info["code"] == "NetStream.Publish.Rejected"
            # Three connections from one address are the cap; a fourth is closed at once.
            held = [await shaken(port) for _ in range(3)]
            assert await refused_at_once(port, "127.0.0.1")
            for _, writer in held:
                writer.close()
            assert await rejected(http, base) == {
                "malformed_key": 2,
                "rate_limited": 1,
                "too_many_from_address": 1,
            }
            # The 8 MiB connect of a stranger is refused by its header; the node still answers.
            reader, writer = await shaken(port, "127.0.0.2")
            chunks = ChunkWriter()
            nulls = amf0.encode("connect", 1) + b"\x0a" + (8_000_000).to_bytes(4, "big")
            writer.write(
                chunks.write(set_chunk_size(1 << 20))
                + chunks.write(Message(20, 0, 0, nulls + b"\x05" * 8_000_000))
            )
            assert await closed_by_server(reader)
            writer.close()
            async with http.get(base + "/healthz") as resp:
                assert resp.status == 200
    finally:
        await asyncio.wait_for(node.close(), WAIT)
