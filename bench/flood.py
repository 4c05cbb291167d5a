"""RTMP strangers against the node's event loop: /healthz latency under a pre-publish flood.

`python -m bench.run flood [--quick] [-v]`

One node (its own process, `bench.node`, default RTMP settings). This process probes
`GET /healthz` every PROBE_S over one keep-alive connection and records each latency.
Rounds alternate a quiet window (no flood) and a flood window; the flood runs in a
child process of its own (`python -m bench.flood --worker PORT SECONDS`, so its CPU is
not in the prober's process) and keeps up, for the whole window, every kind of
stranger the pre-publish budget is for:
- connect8m: 4 sockets, each sending an 8 MiB AMF0 `connect` (a strict array of 8
  million nulls) right after the handshake, and again as soon as it is closed;
- slowloris: 10 sockets trickling a `connect` one byte a second;
- holders: 10 sockets leaving messages unfinished at the pre-publish budget, then
  starting a 3 MiB one;
- wrong_keys: 4 sockets publishing with wrong keys, one attempt after another;
- pings: 2 sockets sending User Control pings as fast as the node takes them.
Each socket comes from a loopback address of its own (127.0.K.N), as a flood from
many hosts would; the caps per address do not hide it. Everything goes to the node
on 127.0.0.1 and stops by itself after its window.

Reported: p50, p95 and max of /healthz under flood against the quiet rounds of the same
run (the ratio is the cost of the flood), the node's largest RSS in each, and in the note
what the flood did (connections, closes by the node, publish answers). The goal: p95
under flood below 100 ms.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import logging
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import aiohttp

from bench.node import SenderNode
from bench.procstat import rss_bytes
from bench.report import Row

log = logging.getLogger(__name__)

PROBE_S = 0.02
GOAL_P95_MS = 100.0


@dataclass(frozen=True, slots=True)
class Plan:
    window_s: float
    rounds: int
    settle_s: float = 2.0


QUICK = Plan(window_s=8.0, rounds=1)
FULL = Plan(window_s=20.0, rounds=3)

# kind -> sockets (each its own source address)
KINDS = {"connect8m": 4, "slowloris": 10, "holders": 10, "wrong_keys": 4, "pings": 2}


# The flood (child process) -----------------------------------------------------------------
def _payloads() -> dict[str, bytes]:
    from sender.rtmp import amf0
    from sender.rtmp.chunk import (
        ChunkHeader,
        ChunkWriter,
        Message,
        MessageType,
        UserControlEvent,
        set_chunk_size,
        user_control,
    )

    w = ChunkWriter()
    nulls = amf0.encode("connect", 1) + b"\x0a" + (8_000_000).to_bytes(4, "big")
    nulls += b"\x05" * 8_000_000
    connect8m = w.write(set_chunk_size(1 << 20)) + w.write(Message(20, 0, 0, nulls))
    w = ChunkWriter()
    connect = w.write(Message(20, 0, 0, amf0.encode("connect", 1, {"app": "live"})))
    held = w.write(set_chunk_size(3900)) + b"".join(
        bytes(ChunkHeader(0, csid, 0, 4096, 9, 1)) + bytes(3900) for csid in (4, 5, 6, 7)
    )
    beyond = w.write(set_chunk_size(1 << 20))
    beyond += w.write(Message(MessageType.VIDEO, 1, 0, bytes(3 << 20), 8))[:-1]
    ping = ChunkWriter().write(user_control(UserControlEvent.PING_REQUEST, 1))
    return {
        "connect8m": connect8m,
        "connect": connect,
        "held": held,
        "beyond": beyond,
        "pings": ping * 512,
    }


async def _handshake(port: int, source: str) -> tuple[asyncio.StreamReader, asyncio.StreamWriter]:
    from sender.rtmp.handshake import HANDSHAKE_SIZE, ClientHandshake

    reader, writer = await asyncio.open_connection("127.0.0.1", port, local_addr=(source, 0))
    hs = ClientHandshake(digest=False)
    writer.write(hs.c0c1())
    answer = await asyncio.wait_for(reader.readexactly(1 + 2 * HANDSHAKE_SIZE), 30)
    writer.write(hs.c2(answer))
    await writer.drain()
    return reader, writer


async def _until_closed(reader: asyncio.StreamReader, stop_at: float) -> bool:
    loop = asyncio.get_running_loop()
    try:
        await asyncio.wait_for(reader.read(), max(0.0, stop_at - loop.time()))
        return True
    except TimeoutError:
        return False


async def _stranger(kind: str, port: int, source: str, stop_at: float, stats: Counter[str]) -> None:
    from sender.rtmp import amf0
    from sender.rtmp.chunk import ChunkReader, ChunkWriter, Message, MessageType

    loop = asyncio.get_running_loop()
    data = PAYLOADS
    attempt = 0
    while loop.time() < stop_at:
        attempt += 1
        writer: asyncio.StreamWriter | None = None
        try:
            reader, writer = await _handshake(port, source)
            stats[f"{kind}.connections"] += 1
            closed = False
            if kind == "connect8m":
                writer.write(data["connect8m"])
                closed = await _until_closed(reader, stop_at)
            elif kind == "slowloris":
                for byte in data["connect"]:
                    writer.write(bytes((byte,)))
                    await writer.drain()
                    await asyncio.sleep(1.0)
                    if reader.at_eof() or loop.time() >= stop_at:
                        break
                closed = await _until_closed(reader, min(stop_at, loop.time() + 1))
            elif kind == "holders":
                writer.write(data["held"])
                await writer.drain()
                await asyncio.sleep(1.0)
                writer.write(data["beyond"])
                closed = await _until_closed(reader, stop_at)
            elif kind == "pings":
                while not reader.at_eof() and loop.time() < stop_at:
                    writer.write(data["pings"])
                    await writer.drain()
                    with contextlib.suppress(TimeoutError):
                        await asyncio.wait_for(reader.read(65536), 0.01)
                closed = reader.at_eof()
            else:  # wrong_keys
                chunks = ChunkWriter()
                key = f"{attempt:012x}.not-a-key-{source}"
                commands: list[tuple[int, list[amf0.AmfValue]]] = [
                    (0, ["connect", 1, {"app": "live"}]),
                    (0, ["createStream", 2, None]),
                    (1, ["publish", 3, None, key, "live"]),
                ]
                for stream_id, values in commands:
                    payload = amf0.encode(*values)
                    writer.write(chunks.write(Message(20, stream_id, 0, payload)))
                answers = ChunkReader(1 << 20, 1 << 20, 1 << 22)
                while data_in := await asyncio.wait_for(reader.read(65536), 30):
                    for m in answers.feed(data_in):
                        if m.type_id == MessageType.COMMAND_AMF0:
                            answer = amf0.decode(m.payload)
                            info = answer[3] if answer[0] == "onStatus" else None
                            code = info.get("code") if isinstance(info, dict) else None
                            if isinstance(code, str):
                                stats[f"wrong_keys.{code}"] += 1
                closed = True
            if closed:
                stats[f"{kind}.closed_by_node"] += 1
        except (ConnectionError, OSError, asyncio.IncompleteReadError, TimeoutError):
            stats[f"{kind}.refused_or_reset"] += 1
            await asyncio.sleep(0.05)  # a refused socket must not become a busy loop
        finally:
            if writer is not None:
                writer.close()


PAYLOADS: dict[str, bytes] = {}


async def _flood(port: int, seconds: float) -> Counter[str]:
    loop = asyncio.get_running_loop()
    stop_at = loop.time() + seconds
    stats: Counter[str] = Counter()
    tasks = [
        asyncio.create_task(_stranger(kind, port, f"127.0.{k + 1}.{i + 1}", stop_at, stats))
        for k, (kind, count) in enumerate(KINDS.items())
        for i in range(count)
    ]
    done, pending = await asyncio.wait(tasks, timeout=seconds + 10)
    for task in pending:
        task.cancel()
    await asyncio.gather(*pending, return_exceptions=True)
    for task in done:
        if task.exception() is not None:
            stats["worker_errors"] += 1
    return stats


def _worker(port: int, seconds: float) -> None:
    PAYLOADS.update(_payloads())
    print("ready", flush=True)
    stats = asyncio.run(_flood(port, seconds))
    print(json.dumps(dict(stats)), flush=True)


# The driver --------------------------------------------------------------------------------
@dataclass(slots=True)
class Window:
    latencies_ms: list[float]
    errors: int
    max_rss: int
    flood: dict[str, int]


async def _probe(url: str, seconds: float, pid: int) -> tuple[list[float], int, int]:
    latencies: list[float] = []
    errors = 0
    max_rss = 0
    timeout = aiohttp.ClientTimeout(total=30)
    async with aiohttp.ClientSession(timeout=timeout) as session:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            t0 = time.perf_counter()
            try:
                async with session.get(url) as resp:
                    await resp.read()
                    if resp.status != 200:
                        errors += 1
            except (aiohttp.ClientError, TimeoutError):
                errors += 1
            latencies.append((time.perf_counter() - t0) * 1000)
            max_rss = max(max_rss, rss_bytes(pid))
            await asyncio.sleep(max(0.0, PROBE_S - (time.perf_counter() - t0)))
    return latencies, errors, max_rss


def _window(node: SenderNode, plan: Plan, flood: bool) -> Window:
    port = int(node.rtmp_url.rsplit(":", 1)[1].split("/", 1)[0])
    proc: subprocess.Popen[str] | None = None
    if flood:
        seconds = plan.settle_s + plan.window_s + 1.0
        proc = subprocess.Popen(
            [sys.executable, "-m", "bench.flood", "--worker", str(port), f"{seconds:g}"],
            stdout=subprocess.PIPE,
            text=True,
            cwd=Path(__file__).resolve().parent.parent,
        )
        assert proc.stdout is not None
        if proc.stdout.readline().strip() != "ready":
            raise RuntimeError("the flood worker did not start")
        time.sleep(plan.settle_s)
    try:
        latencies, errors, max_rss = asyncio.run(
            _probe(node.http_url + "/healthz", plan.window_s, node.pid)
        )
    finally:
        stats: dict[str, int] = {}
        if proc is not None:
            out, _ = proc.communicate(timeout=plan.settle_s + plan.window_s + 60)
            lines = out.strip().splitlines()
            stats = json.loads(lines[-1]) if lines else {}
    return Window(latencies, errors, max_rss, stats)


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def run(plan: Plan) -> list[Row]:
    quiet: list[Window] = []
    flooded: list[Window] = []
    with (
        tempfile.TemporaryDirectory(prefix="sender-bench-flood-") as tmp,
        SenderNode(Path(tmp) / "node") as node,
    ):
        for r in range(plan.rounds):
            for flood in (False, True):
                window = _window(node, plan, flood)
                (flooded if flood else quiet).append(window)
                log.info(
                    "round %d %s: p95 %.1f ms, max %.1f ms, %d probes, %d errors, %s",
                    r + 1,
                    "flood" if flood else "quiet",
                    _pct(window.latencies_ms, 0.95),
                    max(window.latencies_ms),
                    len(window.latencies_ms),
                    window.errors,
                    window.flood,
                )
    rows: list[Row] = []
    for metric, pick in (
        ("p50 ms", lambda w: _pct(w.latencies_ms, 0.50)),
        ("p95 ms", lambda w: _pct(w.latencies_ms, 0.95)),
        ("max ms", lambda w: max(w.latencies_ms)),
    ):
        f = [pick(w) for w in flooded]
        q = [pick(w) for w in quiet]
        note = ""
        if metric == "p95 ms":
            worst = max(f)
            verdict = "met" if worst < GOAL_P95_MS else "MISSED"
            note = (
                f"goal p95 < {GOAL_P95_MS:.0f} ms under flood: {verdict} (worst round {worst:.1f})"
            )
        rows.append(
            Row(
                "flood",
                "/healthz",
                metric,
                statistics.median(f),
                statistics.median(q),
                "no flood",
                [a / b for a, b in zip(f, q, strict=True) if b > 0],
                note,
            )
        )
    rss_f = [w.max_rss / 1e6 for w in flooded]
    rss_q = [w.max_rss / 1e6 for w in quiet]
    totals: Counter[str] = Counter()
    for w in flooded:
        totals.update(w.flood)
    rows.append(
        Row(
            "flood",
            "node",
            "max RSS MB",
            statistics.median(rss_f),
            statistics.median(rss_q),
            "no flood",
            [a / b for a, b in zip(rss_f, rss_q, strict=True)],
            f"errors under flood: {sum(w.errors for w in flooded)}; flood: "
            + ", ".join(f"{k} {v}" for k, v in sorted(totals.items())),
        )
    )
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.flood", description=__doc__)
    parser.add_argument("--worker", nargs=2, metavar=("PORT", "SECONDS"), help=argparse.SUPPRESS)
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args(argv)
    if args.worker:
        _worker(int(args.worker[0]), float(args.worker[1]))
        return 0
    from bench.report import log_to_stderr, markdown

    log_to_stderr(args.verbose)
    print(markdown(run(QUICK if args.quick else FULL)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
