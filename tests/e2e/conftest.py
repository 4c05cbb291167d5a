"""A real node on ephemeral ports, a real HTTP client, and real ffmpeg publishing to it."""

from __future__ import annotations

import asyncio
import os
import subprocess
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import aiohttp
import m3u8
import pytest
import pytest_asyncio

from sender.app import Node, start_node
from sender.config import Settings, find_ffmpeg
from sender.demo import test_pattern_command

ADMIN_TOKEN = "e2e-admin-token-0123456789abcdef"


def e2e_settings(tmp_path: Path, **overrides: Any) -> Settings:
    values: dict[str, Any] = dict(
        data_dir=tmp_path / "data",
        http_host="127.0.0.1",
        http_port=0,
        rtmp_host="127.0.0.1",
        rtmp_port=0,
        admin_token=ADMIN_TOKEN,
        segment_target_s=1.0,
        part_target_s=0.2,
        idle_end_s=30.0,
        ended_retention_s=60.0,
    )
    values.update(overrides)
    return Settings(**values)


@dataclass
class Client:
    node: Node
    http: aiohttp.ClientSession

    @property
    def base(self) -> str:
        return self.node.http_url

    async def api(self, method: str, path: str, json: Any = None, status: int | None = None) -> Any:
        headers = {"Authorization": f"Bearer {ADMIN_TOKEN}"}
        async with self.http.request(method, self.base + path, json=json, headers=headers) as r:
            body = await r.json()
            if status is not None:
                assert r.status == status, (r.status, body)
            return body

    async def get(self, url: str, **kw: Any) -> tuple[int, dict[str, str], bytes]:
        full = url if url.startswith("http") else self.base + url
        async with self.http.get(full, **kw) as r:
            return r.status, dict(r.headers), await r.read()

    async def create_stream(self, slug: str, **fields: Any) -> tuple[dict[str, Any], str]:
        stream = await self.api(
            "POST", "/api/v1/streams", {"slug": slug, "title": slug.title(), **fields}, status=201
        )
        key = await self.api("POST", f"/api/v1/streams/{slug}/keys", status=201)
        return stream, key["key"]

    async def wait_state(self, slug: str, state: str, timeout: float = 30.0) -> dict[str, Any]:
        deadline = asyncio.get_running_loop().time() + timeout
        while True:
            info: dict[str, Any] = await self.api("GET", f"/api/v1/playback/{slug}")
            if info.get("state") == state:
                return info
            if asyncio.get_running_loop().time() > deadline:
                raise AssertionError(f"{slug} never reached {state}: {info}")
            await asyncio.sleep(0.2)

    async def media_playlist(self, hls_url: str, rendition: str = "source") -> m3u8.M3U8:
        url = hls_url.rsplit("/", 1)[0] + f"/{rendition}/index.m3u8"
        status, _, body = await self.get(url)
        assert status == 200, (status, body)
        return m3u8.loads(body.decode(), uri=url)

    async def wait_segments(self, hls_url: str, count: int, timeout: float = 30.0) -> m3u8.M3U8:
        deadline = asyncio.get_running_loop().time() + timeout
        while True:
            playlist = await self.media_playlist(hls_url)
            if len(complete(playlist)) >= count:
                return playlist
            if asyncio.get_running_loop().time() > deadline:
                raise AssertionError(f"fewer than {count} segments: {playlist.dumps()}")
            await asyncio.sleep(0.2)


def complete(playlist: m3u8.M3U8) -> list[m3u8.Segment]:
    """The completed segments; m3u8 lists the in-progress one (parts only) without a URI."""
    return [s for s in playlist.segments if s.uri]


@pytest.fixture
def backend() -> str:
    """The node's media backend: the default; a test parametrized on `backend` runs on each."""
    return str(Settings.model_fields["backend"].default)


@pytest_asyncio.fixture
async def node(tmp_path: Path, backend: str) -> AsyncIterator[Node]:
    node = await start_node(e2e_settings(tmp_path, backend=backend))
    try:
        yield node
    finally:
        await node.close()


@pytest_asyncio.fixture
async def client(node: Node) -> AsyncIterator[Client]:
    async with aiohttp.ClientSession() as http:
        yield Client(node=node, http=http)


@pytest.fixture(scope="session")
def ffmpeg() -> str:
    return find_ffmpeg(Settings())


class Publisher:
    """A real ffmpeg publishing a test pattern over RTMP."""

    def __init__(self, proc: asyncio.subprocess.Process) -> None:
        self.proc = proc

    async def wait(self, timeout: float = 60.0) -> int:
        return await asyncio.wait_for(self.proc.wait(), timeout)

    async def stop(self) -> None:
        if self.proc.returncode is None:
            self.proc.terminate()
            try:
                await asyncio.wait_for(self.proc.wait(), 10)
            except TimeoutError:
                self.proc.kill()
                await self.proc.wait()


async def publish(ffmpeg: str, url: str, seconds: float) -> Publisher:
    cmd = test_pattern_command(ffmpeg, url, duration_s=seconds, size="320x180", rate=25)
    proc = await asyncio.create_subprocess_exec(
        *cmd, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    return Publisher(proc)


@dataclass(frozen=True)
class Proc:
    pid: int
    ppid: int
    comm: str
    state: str


def processes() -> list[Proc]:
    """Every process on the machine, from /proc (zombies included, state "Z")."""
    found = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as fh:
                stat = fh.read()
        except OSError:
            continue
        comm = stat[stat.index("(") + 1 : stat.rindex(")")]
        fields = stat[stat.rindex(")") + 2 :].split()
        found.append(Proc(int(entry), int(fields[1]), comm, fields[0]))
    return found


def ffmpeg_children() -> list[int]:
    """Pids of live ffmpeg processes whose parent is this test process."""
    me = os.getpid()
    return [p.pid for p in processes() if p.ppid == me and "ffmpeg" in p.comm and p.state != "Z"]


def decode_check(ffmpeg: str, data: bytes, tmp_path: Path, name: str) -> str:
    """Decode fMP4 bytes fully with ffmpeg; returns stderr (empty when clean)."""
    path = tmp_path / name
    path.write_bytes(data)
    out = subprocess.run(
        [ffmpeg, "-hide_banner", "-v", "error", "-i", str(path), "-f", "null", "-"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert out.returncode == 0, out.stderr
    return out.stderr
