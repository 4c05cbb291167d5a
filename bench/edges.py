"""`python -m bench.edges [propagation|failover|fanout|all] [--quick] [--json FILE] [-v]`.

Sender nodes as `sender serve` processes on a fresh PostgreSQL database
(SENDER_TEST_DATABASE_URL's server, by default the local one), each behind
a TCP proxy (bench.cluster); the bench FLV (720p30, 4 Mbit/s) replayed to
the origin in real time.

- propagation: how much later a part (and a segment) is listed on an edge
  than on the origin. Blocking requests for the same part go to the origin,
  to the edge and, as the reference, to a real nginx proxy_cache in front of
  the origin (a plain HTTP cache, what other servers put in front of HLS),
  all at once from one client: the delay is each one's answer time less the
  origin's. p50 and p95 over every part (segment) of the window.
- failover: edge B pulls from [edge A, origin]. Repeated trials: A killed
  (SIGKILL), or A's address gone silent (its proxy stops forwarding and
  closes nothing); the time from that moment until B lists a part it did not
  have, while a client follows B with blocking requests (and sees no gap and
  no repeat); then A is brought back and B fails back before the next trial.
  Compared with the goal (1 s) and with B's own interval between parts.
- fanout: origin egress and CPU while a load generator plays the stream
  (blocking playlist requests, every part fetched, as hls.js does) from the
  origin itself (0 edges), from one edge, and from two; the reference is the
  0-edge case, in the same run.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import itertools
import json
import logging
import os
import statistics
import sys
import tempfile
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import aiohttp

from bench.cluster import Api, Member, fresh_database, member, origin_endpoint, register_edge
from bench.media import ffmpeg_executable, pattern_flv, publish_command
from bench.nginx import Nginx
from bench.procstat import cpu_share, cpu_snapshot
from bench.report import Row, log_to_stderr, markdown
from sender.hls.parser import MediaPlaylist, parse_media_playlist

log = logging.getLogger("bench.edges")

DEFAULT_DATABASE = "postgresql+asyncpg://postgres@127.0.0.1:5432/test"
ENV = {
    "SENDER_SEGMENT_TARGET_S": "2.0",
    "SENDER_PART_TARGET_S": "0.2",
    "SENDER_CLUSTER_POLL_S": "1.0",
    "SENDER_SNAPSHOT_INTERVAL_S": "1.0",
    "SENDER_HEALTH_DOWN_AFTER_S": "4.0",
    "SENDER_EDGE_FAILBACK_AFTER_S": "1.0",
    "SENDER_LOG_LEVEL": "WARNING",
}
GOAL_PART_S, GOAL_SEGMENT_S, GOAL_FAILOVER_S = 0.100, 0.150, 1.0


@dataclass(frozen=True, slots=True)
class Plan:
    window_s: float
    trials: int
    viewers: int


QUICK = Plan(window_s=15.0, trials=3, viewers=8)
FULL = Plan(window_s=40.0, trials=8, viewers=16)


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


# The cluster ----------------------------------------------------------------------------
@dataclass
class Setup:
    http: aiohttp.ClientSession
    origin: Member
    edges: list[Member]
    media_path: str  # /hls/<stream>/<generation>/source/index.m3u8

    def url(self, m: Member) -> str:
        return m.node.url + self.media_path

    def api(self, m: Member) -> Api:
        return Api(self.http, m.node.url)


@contextlib.asynccontextmanager
async def cluster(workdir: Path, chain: bool, edges: int) -> AsyncIterator[Setup]:
    """An origin and `edges` edges; with `chain`, the second edge pulls from [first, origin]."""
    server = os.environ.get("SENDER_TEST_DATABASE_URL") or DEFAULT_DATABASE
    ffmpeg = ffmpeg_executable()
    flv = pattern_flv(ffmpeg)
    async with fresh_database(server) as url, aiohttp.ClientSession() as http:
        members: list[Member] = []
        publisher: asyncio.subprocess.Process | None = None
        try:
            origin = await member("o", workdir, url, ENV)
            members.append(origin)
            names = ["a", "b"][:edges]
            edge_members = list(
                await asyncio.gather(*(member(n, workdir, url, ENV) for n in names))
            )
            members += edge_members
            api = Api(http, origin.node.url)
            origin.endpoint_id = await origin_endpoint(api, "o")
            for n, edge in enumerate(edge_members):
                sources = [origin.endpoint_id]
                if chain and n == 1:
                    sources = [edge_members[0].edge_endpoint_id, origin.endpoint_id]
                await register_edge(api, edge, sources)
            await api.call("POST", "/api/v1/streams", {"slug": "bench", "title": "Bench"}, 201)
            key = (await api.call("POST", "/api/v1/streams/bench/keys", status=201))["key"]
            publisher = await asyncio.create_subprocess_exec(
                *publish_command(ffmpeg, flv, f"{origin.node.rtmp_url}/{key}", 3600),
                stdin=asyncio.subprocess.DEVNULL,
                stdout=asyncio.subprocess.DEVNULL,
                stderr=asyncio.subprocess.DEVNULL,
            )
            info = await _live(http, origin)
            path = info["hls_url"].split(origin.url, 1)[1].rsplit("/", 1)[0] + "/source/index.m3u8"
            setup = Setup(http, origin, edge_members, path)
            for m in [origin, *edge_members]:
                await _segments(setup, m, 2)
            yield setup
        finally:
            if publisher is not None and publisher.returncode is None:
                publisher.terminate()
                await publisher.wait()
            for m in reversed(members):
                await m.node.stop()
                await m.proxy.close()


async def _live(http: aiohttp.ClientSession, m: Member) -> dict[str, Any]:
    deadline = time.monotonic() + 60
    while True:
        async with http.get(m.node.url + "/api/v1/playback/bench") as r:
            info: dict[str, Any] = await r.json()
        if info.get("state") == "live":
            return info
        if time.monotonic() > deadline:
            raise RuntimeError(f"the stream never went live: {info}")
        await asyncio.sleep(0.2)


async def _playlist(http: aiohttp.ClientSession, url: str) -> MediaPlaylist | None:
    async with http.get(url) as r:
        body = await r.read()
        return parse_media_playlist(body) if r.status == 200 else None


async def _segments(setup: Setup, m: Member, count: int, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while True:
        playlist = await _playlist(setup.http, setup.url(m))
        if playlist is not None and len(playlist.segments) >= count:
            return
        if time.monotonic() > deadline:
            raise RuntimeError(f"{m.node.node_id} has no segments")
        await asyncio.sleep(0.2)


async def _answered(http: aiohttp.ClientSession, url: str) -> float:
    async with http.get(url, timeout=aiohttp.ClientTimeout(total=15)) as r:
        await r.read()
        if r.status != 200:
            raise RuntimeError(f"{url}: {r.status}")
    return time.monotonic()


# Propagation ----------------------------------------------------------------------------
async def propagation(plan: Plan, workdir: Path) -> tuple[list[Row], dict[str, Any]]:
    async with cluster(workdir, chain=False, edges=1) as setup:
        edge = setup.edges[0]
        with Nginx(cache_for=setup.origin.node.http_port) as cdn:
            cdn_url = cdn.http_url + setup.media_path
            parts: dict[str, list[float]] = {"edge": [], "nginx": []}
            segments: dict[str, list[float]] = {"edge": [], "nginx": []}
            stop_at = time.monotonic() + plan.window_s

            async def follow_parts() -> None:
                playlist = await _playlist(setup.http, setup.url(setup.origin))
                assert playlist is not None
                msn, part = playlist.next_part()
                while time.monotonic() < stop_at:
                    q = f"?_HLS_msn={msn}&_HLS_part={part}"
                    t_o, t_e, t_n = await asyncio.gather(
                        _answered(setup.http, setup.url(setup.origin) + q),
                        _answered(setup.http, setup.url(edge) + q),
                        _answered(setup.http, cdn_url + q),
                    )
                    parts["edge"].append(t_e - t_o)
                    parts["nginx"].append(t_n - t_o)
                    listed = await _playlist(setup.http, setup.url(setup.origin) + q)
                    assert listed is not None
                    msn, part = listed.next_part()

            async def follow_segments() -> None:
                playlist = await _playlist(setup.http, setup.url(setup.origin))
                assert playlist is not None
                msn = playlist.segments[-1].msn + 1
                while time.monotonic() < stop_at:
                    q = f"?_HLS_msn={msn}"
                    t_o, t_e, t_n = await asyncio.gather(
                        _answered(setup.http, setup.url(setup.origin) + q),
                        _answered(setup.http, setup.url(edge) + q),
                        _answered(setup.http, cdn_url + q),
                    )
                    segments["edge"].append(t_e - t_o)
                    segments["nginx"].append(t_n - t_o)
                    msn += 1

            await asyncio.gather(follow_parts(), follow_segments())
    rows = []
    facts: dict[str, Any] = {}
    for kind, found, goal in (("part", parts, GOAL_PART_S), ("segment", segments, GOAL_SEGMENT_S)):
        for p in (50, 95):
            e, n = pct(found["edge"], p) * 1000, pct(found["nginx"], p) * 1000
            rows.append(
                Row(
                    "propagation",
                    kind,
                    f"p{p} ms after the origin",
                    e,
                    n,
                    "nginx proxy_cache",
                    note=f"n={len(found['edge'])}; goal p95 < {goal * 1000:.0f} ms",
                )
            )
        facts[kind] = {k: [round(v * 1000, 2) for v in vs] for k, vs in found.items()}
    return rows, facts


# Failover -------------------------------------------------------------------------------
class Follower:
    """A client reading edge B with blocking requests: when each part first showed."""

    def __init__(self, http: aiohttp.ClientSession, url: str) -> None:
        self.http = http
        self.url = url
        self.parts: dict[tuple[int, int], float] = {}
        self.counts: dict[int, int] = {}
        self.task: asyncio.Task[None] | None = None

    def start(self) -> None:
        self.task = asyncio.create_task(self._run())

    async def stop(self) -> None:
        if self.task is not None:
            self.task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self.task

    async def _run(self) -> None:
        query = ""
        while True:
            try:
                playlist = await _playlist(self.http, self.url + query)
            except (aiohttp.ClientError, TimeoutError, ValueError):
                playlist = None
            if playlist is None:
                await asyncio.sleep(0.05)
                continue
            now = time.monotonic()
            for seg in playlist.segments:
                if seg.parts:
                    self.counts[seg.msn] = len(seg.parts)
                for p in seg.parts:
                    self.parts.setdefault((p.msn, p.index), now)
            for p in playlist.open.parts if playlist.open else ():
                self.parts.setdefault((p.msn, p.index), now)
            msn, part = playlist.next_part()
            query = f"?_HLS_msn={msn}&_HLS_part={part}"

    def first_after(self, moment: float) -> float | None:
        later = [t for t in self.parts.values() if t > moment]
        return min(later) if later else None

    def gaps(self) -> int:
        keys = sorted(k for k in self.parts if k >= min(k for k in self.parts if k[1] == 0))
        bad = 0
        for (m1, i1), (m2, i2) in itertools.pairwise(keys):
            last = self.counts.get(m1, i1 + 1) - 1
            if not ((m2 == m1 and i2 == i1 + 1) or (m2 == m1 + 1 and i2 == 0 and i1 == last)):
                bad += 1
        return bad

    def intervals(self, before: float) -> list[float]:
        """Time between parts newly listed, before `before` (parts listed together: one)."""
        times = sorted(t for t in set(self.parts.values()) if t < before)
        return [b - a for a, b in itertools.pairwise(times)]


async def failover(plan: Plan, workdir: Path) -> tuple[list[Row], dict[str, Any]]:
    found: dict[str, list[float]] = {"death": [], "hang": []}
    gaps = 0
    normal: list[float] = []
    async with cluster(workdir, chain=True, edges=2) as setup:
        a, b = setup.edges

        async def source_of_b() -> str:
            async with setup.http.get(b.node.url + "/metrics") as r:
                text = await r.text()
            line = next((x for x in text.splitlines() if x.startswith("sender_edge_source{")), "")
            return line.split('source="', 1)[1].split('"', 1)[0] if 'source="' in line else ""

        async def until_b_follows(name: str, timeout: float = 60) -> None:
            deadline = time.monotonic() + timeout
            while await source_of_b() != name:
                if time.monotonic() > deadline:
                    raise RuntimeError(f"edge B never followed {name}")
                await asyncio.sleep(0.1)

        await until_b_follows("edge-a")
        for kind in ("death", "hang"):
            for trial in range(plan.trials):
                follower = Follower(setup.http, setup.url(b))
                follower.start()
                await asyncio.sleep(2.0)
                moment = time.monotonic()
                if kind == "death":
                    await a.node.kill()
                else:
                    a.proxy.hang()
                await asyncio.sleep(2.5)
                resumed = follower.first_after(moment + 0.001)
                took = (resumed - moment) if resumed is not None else float("nan")
                found[kind].append(took)
                log.info("failover on %s, trial %d: %.0f ms", kind, trial + 1, took * 1000)
                if kind == "death":
                    await a.node.start()
                else:
                    a.proxy.resume()
                await until_b_follows("origin-o", 5)
                await until_b_follows("edge-a")
                await asyncio.sleep(1.0)
                await follower.stop()
                gaps += follower.gaps()
                normal += follower.intervals(moment)[1:]  # the first one: the join
    rows = []
    interval = statistics.median(normal) if normal else float("nan")
    for kind in ("death", "hang"):
        times = [t for t in found[kind] if t == t]
        for p in (50, 95):
            value = pct(times, p)
            rows.append(
                Row(
                    "failover",
                    f"edge A's {kind}",
                    f"p{p} s until B lists new media",
                    value,
                    GOAL_FAILOVER_S,
                    "goal (1 s)",
                    note=f"trials={len(times)}; B's usual part interval {interval * 1000:.0f} ms",
                )
            )
    facts = {
        "seconds": {k: [round(v, 3) for v in vs] for k, vs in found.items()},
        "gaps_or_repeats_seen_by_a_reader_of_b": gaps,
        "usual_part_interval_ms": round(interval * 1000, 1),
    }
    return rows, facts


# Fan-out --------------------------------------------------------------------------------
async def _viewer(http: aiohttp.ClientSession, url: str, stop_at: float) -> int:
    """An LL-HLS viewer: blocking playlist requests, every new part fetched. Bytes received."""
    received = 0
    query = ""
    seen: set[str] = set()
    base = url.rsplit("/", 1)[0]
    while time.monotonic() < stop_at:
        try:
            async with http.get(url + query) as r:
                body = await r.read()
            playlist = parse_media_playlist(body)
        except (aiohttp.ClientError, ValueError):
            await asyncio.sleep(0.1)
            continue
        names = [p.uri for s in playlist.segments[-2:] for p in s.parts]
        names += [p.uri for p in playlist.open.parts] if playlist.open else []
        for name in [n for n in names if n not in seen][-5:]:
            seen.add(name)
            async with http.get(f"{base}/{name}") as r:
                received += len(await r.read())
        msn, part = playlist.next_part()
        query = f"?_HLS_msn={msn}&_HLS_part={part}"
    return received


async def _origin_egress(setup: Setup) -> float:
    async with setup.http.get(setup.origin.node.url + "/metrics") as r:
        text = await r.text()
    return sum(
        float(x.rsplit(" ", 1)[1])
        for x in text.splitlines()
        if x.startswith("sender_egress_bytes_total{") or x.startswith("sender_egress_bytes{")
    )


async def fanout(plan: Plan, workdir: Path) -> tuple[list[Row], dict[str, Any]]:
    results: dict[int, dict[str, float]] = {}
    async with cluster(workdir, chain=False, edges=2) as setup:
        api = setup.api(setup.origin)
        for count in (0, 1, 2):
            for n, edge in enumerate(setup.edges):
                body = {
                    "name": f"edge-{edge.node.node_id}",
                    "kind": "edge",
                    "base_url": edge.url,
                    "node_id": edge.node.node_id,
                    "source_ids": [setup.origin.endpoint_id],
                    "enabled": n < count,
                }
                await api.call("POST", "/api/v1/endpoints", body)
            serving = setup.edges[:count] or [setup.origin]
            await asyncio.sleep(3.0)  # mirrors started or dropped
            for m in serving:
                await _segments(setup, m, 2)
            start_bytes = await _origin_egress(setup)
            start_cpu = cpu_snapshot([setup.origin.node.pid or 0], time.monotonic())
            stop_at = time.monotonic() + plan.window_s
            received = await asyncio.gather(
                *(
                    _viewer(setup.http, setup.url(serving[i % len(serving)]), stop_at)
                    for i in range(plan.viewers)
                )
            )
            end_cpu = cpu_snapshot([setup.origin.node.pid or 0], time.monotonic())
            end_bytes = await _origin_egress(setup)
            cores, _ = cpu_share(start_cpu, end_cpu)
            results[count] = {
                "origin_egress_mbps": (end_bytes - start_bytes) * 8 / plan.window_s / 1e6,
                "origin_cpu_cores": cores,
                "viewers_mbps": sum(received) * 8 / plan.window_s / 1e6,
            }
            log.info("fan-out with %d edges: %s", count, results[count])
    base = results[0]
    rows = []
    for count in (1, 2):
        r = results[count]
        note = f"{plan.viewers} viewers receiving {r['viewers_mbps']:.1f} Mbit/s"
        rows.append(
            Row(
                "fanout",
                f"{count} edge(s)",
                "origin egress Mbit/s",
                r["origin_egress_mbps"],
                base["origin_egress_mbps"],
                "viewers on the origin",
                note=note,
            )
        )
        rows.append(
            Row(
                "fanout",
                f"{count} edge(s)",
                "origin CPU, cores",
                r["origin_cpu_cores"],
                base["origin_cpu_cores"],
                "viewers on the origin",
                note=note,
            )
        )
    return rows, {str(k): {m: round(v, 3) for m, v in r.items()} for k, r in results.items()}


# Main -----------------------------------------------------------------------------------
def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.edges", description=__doc__)
    parser.add_argument(
        "which", nargs="?", default="all", choices=("propagation", "failover", "fanout", "all")
    )
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--json", type=Path)
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args(argv)
    log_to_stderr(args.verbose)
    plan = QUICK if args.quick else FULL
    which = ("propagation", "failover", "fanout") if args.which == "all" else (args.which,)
    rows: list[Row] = []
    facts: dict[str, Any] = {}
    command = "python -m bench.edges " + " ".join(argv if argv is not None else sys.argv[1:])
    print(f"command: {command.strip()}\n", flush=True)
    for name in which:
        started = time.monotonic()
        with tempfile.TemporaryDirectory(prefix=f"sender-bench-{name}-") as tmp:
            run = {"propagation": propagation, "failover": failover, "fanout": fanout}[name]
            got, facts[name] = asyncio.run(run(plan, Path(tmp)))
        rows += got
        print(f"## {name} ({time.monotonic() - started:.0f} s)\n")
        print(markdown(got) + "\n", flush=True)
    if args.json is not None:
        args.json.write_text(json.dumps({"rows": [r.as_dict() for r in rows], "facts": facts}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
