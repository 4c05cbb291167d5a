"""Blocking reload at scale: N held LL-HLS playlist requests for one part, released at once.

`python -m bench.blocking [--clients 2000] [--reference 200] [--rounds 3] [--json FILE]`

One node (its own process, `bench.node`), one low-latency stream fed by the
pre-encoded 720p30 FLV replayed in real time (`-re -c copy`, so no encoder
competes for the cores). This process is the client: aiohttp, one connection
per request, no pooling across rounds.

Each round reads the media playlist, picks a part a little ahead of the
preload hint (far enough that all N requests are sent before it exists),
sends N requests `?_HLS_msn=M&_HLS_part=P` for it, and records:
- the node process's RSS before the round and its peak while the N are held
  (delta / N: memory per held request);
- the node process's CPU (utime + stime from /proc/<pid>/stat, sampled every
  SAMPLE_S by a thread): accepting and parsing the N, holding them (every new
  part wakes every held request), and releasing them (N playlists rendered);
- when the part was created, bounded by a poller that reads the playlist
  without directives every POLL_S (the last poll that did not list the part
  bounds it from below, the first that did from above), and from there the
  time to the last of the N responses;
- that all N answered 200 with the part listed.
Rounds at the reference N run first (memory freed by a larger round would be
reused by a smaller one), then at N; the ratio of their per-request figures
shows how the cost scales.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import math
import resource
import statistics
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import aiohttp

from bench import media
from bench.latency import parse
from bench.node import SenderNode
from bench.procstat import cpu_seconds, rss_bytes
from bench.report import log_to_stderr
from bench.run import machine

log = logging.getLogger(__name__)

SAMPLE_S = 0.01
POLL_S = 0.01
PART_TARGET_S = 0.2


def raise_fd_limit() -> int:
    """Soft RLIMIT_NOFILE up to the hard limit (children, the node included, inherit it)."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if hard == resource.RLIM_INFINITY or soft < hard:
        want = hard if hard != resource.RLIM_INFINITY else max(soft, 65536)
        resource.setrlimit(resource.RLIMIT_NOFILE, (want, hard))
    return resource.getrlimit(resource.RLIMIT_NOFILE)[0]


class Sampler(threading.Thread):
    """(time, CPU seconds, RSS bytes) of one process every SAMPLE_S, until stopped."""

    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        self.pid = pid
        self.samples: list[tuple[float, float, int]] = []
        self._halt = threading.Event()

    def run(self) -> None:
        while not self._halt.is_set():
            cpu = cpu_seconds(self.pid)
            if cpu is not None:
                self.samples.append((time.time(), cpu, rss_bytes(self.pid)))
            self._halt.wait(SAMPLE_S)

    def stop(self) -> None:
        self._halt.set()
        self.join(5)

    def cpu_at(self, t: float) -> float:
        """CPU seconds at the last sample at or before t."""
        best = self.samples[0][1]
        for at, cpu, _ in self.samples:
            if at > t:
                break
            best = cpu
        return best

    def rss_between(self, a: float, b: float) -> list[int]:
        return [rss for at, _, rss in self.samples if a <= at <= b]


@dataclass(slots=True)
class Round:
    clients: int
    target: tuple[int, int]
    ok: int = 0
    statuses: dict[int, int] = field(default_factory=dict)
    listed: int = 0
    open_s: float = float("nan")  # first request to the last one's headers sent
    held_before_creation: bool = False
    hold_s: float = float("nan")  # all sent to the part's creation (lower bound)
    parts_during_hold: int = 0
    spread_upper_s: float = float("nan")  # creation (lower bound) -> last response
    spread_lower_s: float = float("nan")  # creation (upper bound) -> last response
    first_response_s: float = float("nan")  # creation (lower bound) -> first response
    rss_before: int = 0
    rss_held: int = 0
    cpu_open_s: float = float("nan")
    cpu_hold_s: float = float("nan")
    cpu_release_s: float = float("nan")
    idle_cores: float = 0.0  # the node's CPU with no request (remuxing, packaging)

    @property
    def all_ok(self) -> bool:
        return self.ok == self.clients and self.listed == self.clients

    @property
    def rss_per_request(self) -> float:
        return (self.rss_held - self.rss_before) / self.clients

    def as_dict(self) -> dict[str, Any]:
        out = {k: getattr(self, k) for k in self.__slots__}
        out["all_ok"] = self.all_ok
        out["rss_per_request"] = self.rss_per_request
        return out


def _advance(hint: tuple[int, int], k: int, parts_per_segment: int) -> tuple[int, int]:
    msn, part = hint
    part += k
    while part >= parts_per_segment:
        part -= parts_per_segment
        msn += 1
    return msn, part


async def _poll_until_listed(
    http: aiohttp.ClientSession, url: str, key: tuple[int, int], deadline: float
) -> tuple[float, float, int]:
    """(send time of the last poll without the part, receipt of the first with it, parts made
    meanwhile)."""
    not_yet = float("nan")
    seen: set[tuple[int, int]] | None = None
    new_parts = 0
    while time.time() < deadline:
        sent = time.time()
        try:
            async with http.get(url) as r:
                text = await r.text() if r.status == 200 else ""
        except (aiohttp.ClientError, TimeoutError):
            text = ""
        got = time.time()
        keys = {p.key for p in parse(text).parts}
        if seen is None:
            seen = keys
        new_parts += len(keys - seen - {key})
        seen |= keys
        if key in keys or any(k > key for k in keys):
            return not_yet, got, new_parts
        if text:
            not_yet = sent
        await asyncio.sleep(max(0.0, POLL_S - (time.time() - sent)))
    return not_yet, float("nan"), new_parts


async def one_round(url: str, clients: int, sampler: Sampler, ahead_s: float) -> Round:
    sent = SimpleNamespace(count=0, all_at=float("nan"))

    async def on_headers_sent(*_: object) -> None:
        sent.count += 1
        if sent.count == clients:
            sent.all_at = time.time()

    trace = aiohttp.TraceConfig()
    trace.on_request_headers_sent.append(on_headers_sent)
    connector = aiohttp.TCPConnector(limit=0, force_close=True)
    timeout = aiohttp.ClientTimeout(total=60)
    async with (
        aiohttp.ClientSession(timeout=timeout) as poller,
        aiohttp.ClientSession(timeout=timeout, connector=connector, trace_configs=[trace]) as http,
    ):
        async with poller.get(url) as r:
            playlist = parse(await r.text())
        assert playlist.hint is not None, "the stream is not live"
        complete = [s.key[0] for s in playlist.segments]
        per_segment = max(
            (sum(1 for p in playlist.parts if p.key[0] == msn) for msn in complete[-2:]),
            default=10,
        )
        k = max(2, math.ceil(ahead_s / PART_TARGET_S))
        k = min(k, per_segment + per_segment // 2)  # at most 1.5 segments past the hint
        target = _advance(playlist.hint, k, per_segment)
        result = Round(clients, target)
        needle = f'URI="part-{target[0]}.{target[1]}.m4s"'.encode()
        params = {"_HLS_msn": str(target[0]), "_HLS_part": str(target[1])}
        answers: list[tuple[float, int, bool]] = []

        async def one() -> None:
            try:
                async with http.get(url, params=params) as resp:
                    body = await resp.read()
                    answers.append((time.time(), resp.status, needle in body))
            except (aiohttp.ClientError, TimeoutError):
                answers.append((time.time(), -1, False))

        result.rss_before = rss_bytes(sampler.pid)
        started = time.time()
        poll = asyncio.create_task(_poll_until_listed(poller, url, target, started + 30))
        await asyncio.gather(*(one() for _ in range(clients)))
        not_yet, listed_at, parts_seen = await poll
        done = time.time()

    result.statuses = {}
    for _, status, has in answers:
        result.statuses[status] = result.statuses.get(status, 0) + 1
        result.ok += status == 200
        result.listed += has
    times = sorted(t for t, _, _ in answers)
    first, last = times[0], times[-1]
    upper_creation = min(first, listed_at) if listed_at == listed_at else first
    result.open_s = sent.all_at - started
    result.held_before_creation = sent.all_at < not_yet
    result.hold_s = not_yet - sent.all_at
    result.spread_upper_s = last - not_yet
    result.spread_lower_s = last - upper_creation
    result.first_response_s = first - not_yet
    result.parts_during_hold = parts_seen
    held = sampler.rss_between(sent.all_at, not_yet) or sampler.rss_between(started, first)
    result.rss_held = max(held) if held else result.rss_before
    result.cpu_open_s = sampler.cpu_at(sent.all_at) - sampler.cpu_at(started)
    result.cpu_hold_s = sampler.cpu_at(not_yet) - sampler.cpu_at(sent.all_at)
    # A sample just after the last response, so the release's CPU is in.
    settle = last + 3 * SAMPLE_S
    await asyncio.sleep(max(0.0, settle - time.time()) + SAMPLE_S)
    result.cpu_release_s = sampler.cpu_at(settle) - sampler.cpu_at(not_yet)
    log.info("blocking: %s (done in %.2f s)", result.as_dict(), done - started)
    return result


async def rounds(url: str, plan: list[int], sampler: Sampler) -> list[Round]:
    out: list[Round] = []
    t0 = time.time()
    await asyncio.sleep(3.0)
    t1 = time.time()
    idle = (sampler.cpu_at(t1) - sampler.cpu_at(t0)) / (t1 - t0)
    for clients in plan:
        # Enough lead for the N to be sent: what the last round at this N took, with margin.
        previous = [r.open_s for r in out if r.clients == clients and r.open_s == r.open_s]
        ahead = (previous[-1] * 1.5 + 0.4) if previous else 0.4 + clients / 800
        out.append(await one_round(url, clients, sampler, ahead))
        out[-1].idle_cores = idle
        await asyncio.sleep(1.0)  # connections close; the next round starts from rest
    return out


def run(clients: int, reference: int, rounds_each: int) -> list[Round]:
    ffmpeg = media.ffmpeg_executable()
    flv = media.pattern_flv(ffmpeg)
    plan = [reference] * rounds_each + [clients] * rounds_each
    with tempfile.TemporaryDirectory(prefix="sender-bench-blocking-") as tmp:
        root = Path(tmp)
        with SenderNode(root / "node") as node:
            _, key = node.create_stream("bench")
            publisher = media.spawn(
                media.publish_command(ffmpeg, flv, node.publish_url(key), 600),
                root / "publisher.log",
            )
            sampler = Sampler(node.pid)
            try:
                _, url = node.wait_live("bench", segments=2, publisher=publisher)
                time.sleep(1.0)
                sampler.start()
                return asyncio.run(rounds(url, plan, sampler))
            finally:
                sampler.stop()
                media.stop(publisher)


def _med(values: list[float]) -> float:
    clean = [v for v in values if v == v]
    return statistics.median(clean) if clean else float("nan")


def table(results: list[Round]) -> str:
    out = [
        "| N | rounds all 200 + listed | held before the part | RSS before MB "
        "| RSS held MB | RSS / held request KB, first round (later) | CPU accept+parse ms "
        "| CPU hold ms/part above idle | CPU release ms | release CPU / request µs "
        "| creation -> first response ms "
        "| creation -> last response ms |",
        "|---:|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    by_n: dict[int, list[Round]] = {}
    for r in results:
        by_n.setdefault(r.clients, []).append(r)
    for n, rs in by_n.items():
        hold_per_part = [
            (r.cpu_hold_s - r.idle_cores * r.hold_s) / max(1, r.parts_during_hold) * 1000
            for r in rs
        ]
        out.append(
            f"| {n} | {sum(r.all_ok for r in rs)}/{len(rs)} "
            f"| {sum(r.held_before_creation for r in rs)}/{len(rs)} "
            f"| {_med([r.rss_before / 1e6 for r in rs]):.1f} "
            f"| {_med([r.rss_held / 1e6 for r in rs]):.1f} "
            f"| {rs[0].rss_per_request / 1024:.1f} "
            f"({', '.join(f'{r.rss_per_request / 1024:.1f}' for r in rs[1:])}) "
            f"| {_med([r.cpu_open_s * 1000 for r in rs]):.0f} "
            f"| {_med(hold_per_part):.1f} "
            f"| {_med([r.cpu_release_s * 1000 for r in rs]):.0f} "
            f"| {_med([r.cpu_release_s / n * 1e6 for r in rs]):.0f} "
            f"| {_med([r.first_response_s * 1000 for r in rs]):.0f} "
            f"| {_med([r.spread_lower_s * 1000 for r in rs]):.0f}.."
            f"{_med([r.spread_upper_s * 1000 for r in rs]):.0f} "
            f"(max {max(r.spread_upper_s for r in rs) * 1000:.0f}) |"
        )
    return "\n".join(out)


def ratios(results: list[Round], clients: int, reference: int) -> str:
    big = [r for r in results if r.clients == clients]
    small = [r for r in results if r.clients == reference]
    if not big or not small or clients == reference:
        return ""

    def ratio(f: Any) -> str:
        a, b = _med([f(r) for r in big]), _med([f(r) for r in small])
        return f"{a / b:.2f}" if b and a == a and b == b else "n/a"

    return (
        f"N={clients} against N={reference} (x{clients / reference:g} requests): "
        f"memory per request x{ratio(lambda r: r.rss_per_request)}, "
        f"release CPU per request x{ratio(lambda r: r.cpu_release_s / r.clients)}, "
        f"creation -> last response x{ratio(lambda r: r.spread_upper_s)}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.blocking", description=__doc__)
    parser.add_argument("--clients", type=int, default=2000, help="held requests per round")
    parser.add_argument("--reference", type=int, default=200, help="N to compare with")
    parser.add_argument("--rounds", type=int, default=3, help="rounds at each N")
    parser.add_argument("--json", type=Path, help="also write the rounds here")
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args(argv)
    log_to_stderr(args.verbose)
    fds = raise_fd_limit()
    if fds < args.clients + 200:
        parser.error(f"the open file limit is {fds}; {args.clients} requests need more")
    facts = machine()
    command = "python -m bench.blocking " + " ".join(argv if argv is not None else sys.argv[1:])
    print(f"# Sender blocking reload, {facts['date']}")
    print(f"machine: {facts['nproc']} x {facts['cpu']}, Linux {facts['kernel']}")
    print(f"command: {command.strip()} (RLIMIT_NOFILE {fds})\n", flush=True)
    started = time.monotonic()
    results = run(args.clients, args.reference, args.rounds)
    print(table(results))
    print("\n" + ratios(results, args.clients, args.reference))
    print(f"\ntotal {time.monotonic() - started:.0f} s")
    if args.json is not None:
        doc = {"machine": facts, "command": command, "rounds": [r.as_dict() for r in results]}
        args.json.write_text(json.dumps(doc, indent=2, default=str))
    return 0


if __name__ == "__main__":
    sys.exit(main())
