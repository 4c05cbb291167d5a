"""A Sender cluster on one machine: `sender serve` processes, a fresh PostgreSQL database, proxies.

Used by the cluster tests, the cluster benchmarks and `make cluster-demo`:
- `fresh_database(server_url)`: a new database on a PostgreSQL server, dropped on exit;
- `SenderProcess`: one `sender serve` on its own data dir and ports (kept across restarts),
  its output in `<workdir>/serve.log`; stopped (SIGTERM) or killed (SIGKILL) by its pid;
- `TcpProxy`: forwards a port to another, counts the HTTP requests it carries by path,
  and can go silent without closing anything (`hang`), the failure no refused
  connection reveals;
- `Cluster`: an origin and edges wired through the API, each reached through a proxy.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import re
import signal
import sys
import uuid
from collections import Counter
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import aiohttp
from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import create_async_engine
from sqlalchemy.pool import NullPool

from bench.ports import LOOPBACK, free_port

ADMIN_TOKEN = "cluster-admin-token-0123456789abcdef"
# Every node of a cluster signs playback tokens with the same secret, so an edge's token
# for a private stream is good on its sources.
PLAYBACK_SECRET = "cluster-playback-secret-0123456789abcdef"
READY_TIMEOUT_S = 30.0
_READY = re.compile(r"Sender is running: HTTP (\S+)")
_REQUEST = re.compile(rb"(?:GET|HEAD) (\S+) HTTP/1\.[01]\r\n")


@contextlib.asynccontextmanager
async def fresh_database(server_url: str) -> AsyncIterator[str]:
    """A new, empty database on the server at `server_url`; dropped (forcibly) on exit."""
    server = make_url(server_url).set(drivername="postgresql+asyncpg")
    name = f"sender_cluster_{uuid.uuid4().hex[:16]}"

    async def admin(statement: str) -> None:
        engine = create_async_engine(
            server.set(database="postgres"), isolation_level="AUTOCOMMIT", poolclass=NullPool
        )
        try:
            async with engine.connect() as conn:
                await conn.execute(text(statement))
        finally:
            await engine.dispose()

    await admin(f'CREATE DATABASE "{name}"')
    try:
        yield server.set(database=name).render_as_string(hide_password=False)
    finally:
        await admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


class SenderProcess:
    """One `sender serve`: its own data dir and ports, the same ones after a restart."""

    def __init__(
        self,
        node_id: str,
        workdir: Path,
        database_url: str,
        *,
        public_url: str | None = None,
        http_port: int | None = None,
        env: dict[str, str] | None = None,
    ) -> None:
        self.node_id = node_id
        self.workdir = workdir
        self.http_port = http_port or free_port()
        self.rtmp_port = free_port()
        self.url = f"http://{LOOPBACK}:{self.http_port}"
        self.public_url = public_url or self.url
        self.rtmp_url = f"rtmp://{LOOPBACK}:{self.rtmp_port}/live"
        self._env = {
            "SENDER_NODE_ID": node_id,
            "SENDER_DATA_DIR": str(workdir / "data"),
            "SENDER_DATABASE_URL": database_url,
            "SENDER_HTTP_HOST": LOOPBACK,
            "SENDER_HTTP_PORT": str(self.http_port),
            "SENDER_RTMP_HOST": LOOPBACK,
            "SENDER_RTMP_PORT": str(self.rtmp_port),
            "SENDER_PUBLIC_URL": self.public_url,
            "SENDER_ADMIN_TOKEN": ADMIN_TOKEN,
            "SENDER_PLAYBACK_SECRET": PLAYBACK_SECRET,
            **(env or {}),
        }
        self.proc: asyncio.subprocess.Process | None = None

    @property
    def pid(self) -> int | None:
        return self.proc.pid if self.proc is not None else None

    @property
    def log(self) -> Path:
        return self.workdir / "serve.log"

    async def start(self) -> None:
        self.workdir.mkdir(parents=True, exist_ok=True)
        start_at = self.log.stat().st_size if self.log.exists() else 0
        env = {k: v for k, v in os.environ.items() if not k.startswith("SENDER_")}
        env.update(self._env)
        out = _append(self.log)
        try:
            self.proc = await asyncio.create_subprocess_exec(
                sys.executable,
                "-m",
                "sender.cli",
                "serve",
                stdin=asyncio.subprocess.DEVNULL,
                stdout=out,
                stderr=out,
                env=env,
            )
        finally:
            os.close(out)
        deadline = asyncio.get_running_loop().time() + READY_TIMEOUT_S
        while True:
            if _READY.search(_read_from(self.log, start_at)):
                return
            if self.proc.returncode is not None:
                raise RuntimeError(f"{self.node_id} exited: see {self.log}")
            if asyncio.get_running_loop().time() > deadline:
                raise TimeoutError(f"{self.node_id} did not start: see {self.log}")
            await asyncio.sleep(0.05)

    async def stop(self) -> None:
        """SIGTERM to this node's pid, and its orderly shutdown."""
        await self._end(signal.SIGTERM, 20.0)

    async def kill(self) -> None:
        """SIGKILL: the node dies at once, as in a crash."""
        await self._end(signal.SIGKILL, 10.0)

    async def _end(self, sig: int, timeout: float) -> None:
        proc, self.proc = self.proc, None
        if proc is None or proc.returncode is not None:
            return
        proc.send_signal(sig)
        try:
            await asyncio.wait_for(proc.wait(), timeout)
        except TimeoutError:
            proc.kill()
            await proc.wait()


def _append(path: Path) -> int:
    return os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)


def _read_from(path: Path, offset: int) -> str:
    with open(path, "rb") as fh:
        fh.seek(offset)
        return fh.read().decode(errors="replace")


class TcpProxy:
    """Forwards 127.0.0.1:`port` to `target_port`; counts HTTP requests; can go silent."""

    def __init__(self, target_port: int) -> None:
        self.target_port = target_port
        self.port = free_port()
        self.url = f"http://{LOOPBACK}:{self.port}"
        self.requests: Counter[str] = Counter()
        self._flowing = asyncio.Event()
        self._flowing.set()
        self._server: asyncio.Server | None = None
        self._pipes: set[asyncio.Task[None]] = set()
        self._writers: set[asyncio.StreamWriter] = set()

    async def start(self) -> None:
        self._server = await asyncio.start_server(self._accept, LOOPBACK, self.port)

    def hang(self) -> None:
        """Stop forwarding in both directions; every connection stays open."""
        self._flowing.clear()

    def resume(self) -> None:
        self._flowing.set()

    async def _accept(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await self._flowing.wait()  # a silent server does not even answer new connections
        try:
            up_reader, up_writer = await asyncio.open_connection(LOOPBACK, self.target_port)
        except OSError:
            writer.close()
            return
        self._writers.update((writer, up_writer))
        tasks = [
            asyncio.create_task(self._pipe(reader, up_writer, count=True)),
            asyncio.create_task(self._pipe(up_reader, writer, count=False)),
        ]
        self._pipes.update(tasks)
        try:
            await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
        finally:
            for task in tasks:
                task.cancel()
                self._pipes.discard(task)
            for w in (writer, up_writer):
                self._writers.discard(w)
                w.close()

    async def _pipe(
        self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter, *, count: bool
    ) -> None:
        pending = b""
        while True:
            data = await reader.read(65536)
            if not data:
                return
            await self._flowing.wait()
            if count:
                pending += data
                for match in _REQUEST.finditer(pending):
                    self.requests[match.group(1).decode(errors="replace").split("?", 1)[0]] += 1
                pending = pending[-256:] if not _REQUEST.search(pending[-256:]) else b""
            writer.write(data)
            await writer.drain()

    async def close(self) -> None:
        if self._server is not None:
            self._server.close()
        for task in list(self._pipes):
            task.cancel()
        for w in list(self._writers):
            w.close()
        if self._server is not None:
            with contextlib.suppress(Exception):
                await self._server.wait_closed()


@dataclass
class Api:
    """The admin API of one node, over one HTTP client."""

    http: aiohttp.ClientSession
    url: str

    async def call(self, method: str, path: str, body: Any = None, status: int = 200) -> Any:
        headers = {"Authorization": f"Bearer {ADMIN_TOKEN}"}
        async with self.http.request(method, self.url + path, json=body, headers=headers) as r:
            data = await r.json()
            if r.status != status:
                raise AssertionError(f"{method} {path}: {r.status} {data}")
            return data


@dataclass
class Member:
    """A node of the cluster and the proxy every other node reaches it through."""

    node: SenderProcess
    proxy: TcpProxy
    endpoint_id: str = ""
    edge_endpoint_id: str = ""
    sources: list[str] = field(default_factory=list)

    @property
    def url(self) -> str:
        return self.proxy.url


async def member(
    node_id: str, workdir: Path, database_url: str, env: dict[str, str] | None = None
) -> Member:
    """A node whose public address is a proxy in front of it (started, both)."""
    port = free_port()
    proxy = TcpProxy(port)
    await proxy.start()
    node = SenderProcess(
        node_id, workdir / node_id, database_url, public_url=proxy.url, http_port=port, env=env
    )
    await node.start()
    return Member(node, proxy)


async def register_edge(api: Api, m: Member, sources: list[str]) -> str:
    """The edge endpoint of member `m`, pulling from `sources` in failover order."""
    body = {
        "name": f"edge-{m.node.node_id}",
        "kind": "edge",
        "base_url": m.url,
        "node_id": m.node.node_id,
        "source_ids": sources,
    }
    endpoint = await api.call("POST", "/api/v1/endpoints", body)
    m.edge_endpoint_id = endpoint["id"]
    m.sources = sources
    return str(endpoint["id"])


async def origin_endpoint(api: Api, node_id: str) -> str:
    """The id of the origin endpoint node `node_id` registered at its start."""
    listed = await api.call("GET", "/api/v1/endpoints")
    return next(e["id"] for e in listed["endpoints"] if e["name"] == f"origin-{node_id}")


# `make cluster-demo` ----------------------------------------------------------------------
async def demo(server_url: str, workdir: Path) -> None:
    """An origin and two edges (B pulls from [A, origin]), a test pattern, until interrupted."""
    from sender.config import Settings, find_ffmpeg
    from sender.demo import test_pattern_command

    async with fresh_database(server_url) as url, aiohttp.ClientSession() as http:
        nodes = [SenderProcess(n, workdir / n, url) for n in ("origin", "edge-a", "edge-b")]
        publisher: asyncio.subprocess.Process | None = None
        try:
            await asyncio.gather(*(n.start() for n in nodes))
            origin, a, b = nodes
            api = Api(http, origin.url)
            source = await origin_endpoint(api, "origin")
            first = await api.call(
                "POST",
                "/api/v1/endpoints",
                {"name": "edge-a", "kind": "edge", "base_url": a.url, "node_id": "edge-a",
                 "source_ids": [source]},
            )  # fmt: skip
            await api.call(
                "POST",
                "/api/v1/endpoints",
                {"name": "edge-b", "kind": "edge", "base_url": b.url, "node_id": "edge-b",
                 "source_ids": [first["id"], source]},
            )  # fmt: skip
            await api.call("POST", "/api/v1/streams", {"slug": "demo", "title": "Demo"}, 201)
            key = (await api.call("POST", "/api/v1/streams/demo/keys", status=201))["key"]
            ffmpeg = find_ffmpeg(Settings())
            publisher = await asyncio.create_subprocess_exec(
                *test_pattern_command(ffmpeg, f"{origin.rtmp_url}/{key}", size="640x360", rate=25),
                stdin=asyncio.subprocess.DEVNULL,
                stdout=asyncio.subprocess.DEVNULL,
                stderr=asyncio.subprocess.DEVNULL,
            )
            print(f"database  {make_url(url).render_as_string(hide_password=True)}")
            print(f"admin token (every node): {ADMIN_TOKEN}")
            roles = ("origin", "edge <- origin", "edge <- [edge-a, origin]")
            for node, role in zip(nodes, roles, strict=True):
                print(f"{node.node_id:8}  {node.url}/watch/demo   ({role}; log {node.log})")
            print(f"RTMP      {origin.rtmp_url}/<key>  (a test pattern is publishing)")
            print("Ctrl-C stops the nodes and drops the database.", flush=True)
            stop = asyncio.Event()
            loop = asyncio.get_running_loop()
            for sig in (signal.SIGINT, signal.SIGTERM):
                loop.add_signal_handler(sig, stop.set)
            await stop.wait()
        finally:
            if publisher is not None and publisher.returncode is None:
                publisher.terminate()
                await publisher.wait()
            for node in reversed(nodes):
                await node.stop()


def main() -> None:
    import tempfile

    server = os.environ.get("SENDER_TEST_DATABASE_URL") or (
        "postgresql+asyncpg://postgres@127.0.0.1:5432/test"
    )
    with tempfile.TemporaryDirectory(prefix="sender-cluster-demo-") as tmp:
        asyncio.run(demo(server, Path(tmp)))


if __name__ == "__main__":
    main()
