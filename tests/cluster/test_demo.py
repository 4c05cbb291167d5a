"""`make cluster-demo`: an origin and two edges on the local PostgreSQL, their URLs printed.

The demo (`python -m bench.cluster`, what the Makefile target runs) is started as
a user starts it; every node it prints serves the test pattern it publishes, from
its own address; Ctrl-C stops the nodes and drops the database it made.
"""

from __future__ import annotations

import asyncio
import os
import re
import signal
import sys
from pathlib import Path

import aiohttp
import pytest
from sqlalchemy import text
from sqlalchemy.ext.asyncio import create_async_engine
from sqlalchemy.pool import NullPool

from sender.hls.parser import parse_media_playlist
from tests.db import _admin_execute, _server_url

pytestmark = pytest.mark.e2e

ROOT = Path(__file__).resolve().parents[2]
WAIT_S = 60.0


async def _line(stream: asyncio.StreamReader) -> str:
    raw = await asyncio.wait_for(stream.readline(), WAIT_S)
    assert raw, "the demo ended before printing its URLs"
    return raw.decode()


async def _serves(http: aiohttp.ClientSession, base: str) -> bool:
    async with http.get(f"{base}/api/v1/playback/demo") as r:
        if r.status != 200:
            return False
        info = await r.json()
    if info.get("state") != "live" or not info["hls_url"].startswith(base):
        return False
    media = info["hls_url"].rsplit("/", 1)[0] + "/source/index.m3u8"
    async with http.get(media) as r:
        return r.status == 200 and bool(parse_media_playlist(await r.text()).segments)


async def _exists(name: str) -> bool:
    engine = create_async_engine(_server_url().set(database="postgres"), poolclass=NullPool)
    try:
        async with engine.connect() as conn:
            found = await conn.execute(
                text("SELECT 1 FROM pg_database WHERE datname = :n"), {"n": name}
            )
            return found.first() is not None
    finally:
        await engine.dispose()


async def test_the_cluster_demo_serves_from_every_node_and_cleans_up() -> None:
    server = _server_url()
    await _admin_execute(server, "SELECT 1")  # skips, saying why, without PostgreSQL
    demo = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bench.cluster",
        cwd=ROOT,
        env={**os.environ, "SENDER_TEST_DATABASE_URL": server.render_as_string(False)},
        stdin=asyncio.subprocess.DEVNULL,
        stdout=asyncio.subprocess.PIPE,
    )  # fmt: skip
    assert demo.stdout is not None
    try:
        printed: list[str] = []
        while not printed or "Ctrl-C stops" not in printed[-1]:
            printed.append(await _line(demo.stdout))
        database = re.search(r"^database\s+\S+/(\w+)", "".join(printed), re.M)
        assert database is not None, printed
        listed = r"^(origin|edge-a|edge-b)\s+(http://\S+)/watch/demo"
        nodes = re.findall(listed, "".join(printed), re.M)
        assert [n for n, _ in nodes] == ["origin", "edge-a", "edge-b"], printed
        async with aiohttp.ClientSession() as http:
            loop = asyncio.get_running_loop()
            deadline = loop.time() + WAIT_S
            waiting = dict(nodes)
            while waiting:
                for name, base in list(waiting.items()):
                    if await _serves(http, base):
                        del waiting[name]
                assert loop.time() < deadline, f"not serving the demo: {sorted(waiting)}"
                await asyncio.sleep(0.5)
        demo.send_signal(signal.SIGINT)
        assert await asyncio.wait_for(demo.wait(), 30.0) == 0
        assert not await _exists(database.group(1))
    finally:
        if demo.returncode is None:  # a failed check: stop it as Ctrl-C does, so it cleans up
            demo.send_signal(signal.SIGINT)
            try:
                await asyncio.wait_for(demo.wait(), 30.0)
            except TimeoutError:
                demo.kill()
                await demo.wait()
