"""Ingest wake-ups: the receive low-water mark (ingest.watermark) against reading every piece.

`python -m bench.run wakeups [--quick]`

One RtmpServer in this process, with a sink that only notes when each tag
came, takes the benchmark's 720p30 FLV from a real `ffmpeg -re -c copy`
publisher (bench/media.py: it writes each message in pieces, as encoders do),
once with the mark (the default) and once without it (`read_watermark=False`,
the reference), rounds alternating. Measured over a window after a settle:

- socket reads a second (the sink's `on_bytes` calls: one per read);
- CPU of this process (the server and its event loop; ffmpeg is another
  process), as a share of one core;
- what the mark adds to when a video tag reaches the sink: each tag's receipt
  minus its FLV timestamp, less the smallest such difference of the window
  (ffmpeg paces tags by their timestamps, so that is the tag's lateness
  behind the earliest); the mark's own cost is the difference between the two
  systems' figures, the pacing jitter of ffmpeg being in both.

`BENCH_TCP_NODELAY=1` has the publisher set TCP_NODELAY (`-tcp_nodelay 1`), as
librtmp-based encoders do; ffmpeg's default leaves Nagle's algorithm on.
"""

from __future__ import annotations

import asyncio
import logging
import os
import statistics
import time
from dataclasses import dataclass, field

from bench import media
from bench.report import Row
from sender.errors import PublishRefused
from sender.ingest.server import RtmpServer
from sender.rtmp.flv import FlvTag, TagType
from sender.rtmp.limits import RtmpLimits

log = logging.getLogger(__name__)

KEY = "bench.wakeups-key"


@dataclass(frozen=True, slots=True)
class Plan:
    window_s: float
    rounds: int
    settle_s: float = 3.0


QUICK = Plan(window_s=8.0, rounds=1)
FULL = Plan(window_s=20.0, rounds=3)


@dataclass(slots=True)
class _Sink:
    reads: int = 0
    video: list[tuple[float, int]] = field(default_factory=list)  # (receipt, FLV timestamp)

    def on_bytes(self, n: int) -> None:
        self.reads += 1

    async def on_tag(self, tag: FlvTag) -> None:
        if tag.type == TagType.VIDEO:
            self.video.append((time.monotonic(), tag.timestamp))

    async def on_end(self, reason: str) -> None:
        pass


class _Handler:
    def __init__(self) -> None:
        self.sink = _Sink()

    async def begin_publish(self, app: str, name: str, peer: str) -> _Sink:
        if name != KEY:
            raise PublishRefused("NetStream.Publish.BadName", "bad_key", "Unknown stream key.")
        return self.sink


@dataclass(frozen=True, slots=True)
class Window:
    reads_per_s: float
    cpu_share: float
    late_ms: list[float]  # each video tag's lateness behind the earliest, ms


async def _window(plan: Plan, watermark: bool, ffmpeg: str) -> Window:
    handler = _Handler()
    server = RtmpServer(handler, limits=RtmpLimits(), read_watermark=watermark)
    await server.start("127.0.0.1", 0)
    flv = media.pattern_flv(ffmpeg)
    url = f"rtmp://127.0.0.1:{server.port}/live/{KEY}"
    command = media.publish_command(ffmpeg, flv, url, plan.settle_s + plan.window_s + 2.0)
    if os.environ.get("BENCH_TCP_NODELAY") == "1":
        command[-3:-3] = ["-tcp_nodelay", "1"]
    proc = await asyncio.create_subprocess_exec(
        *command,
        stdin=asyncio.subprocess.DEVNULL,
        stdout=asyncio.subprocess.DEVNULL,
        stderr=asyncio.subprocess.DEVNULL,
    )
    sink = handler.sink
    try:
        deadline = time.monotonic() + 30
        while not sink.video:
            if time.monotonic() > deadline:
                raise RuntimeError("the publisher sent no video")
            await asyncio.sleep(0.05)
        await asyncio.sleep(plan.settle_s)
        reads0, tags0, cpu0, t0 = sink.reads, len(sink.video), time.process_time(), time.monotonic()
        await asyncio.sleep(plan.window_s)
        reads1, tags1, cpu1, t1 = sink.reads, len(sink.video), time.process_time(), time.monotonic()
    finally:
        if proc.returncode is None:
            proc.terminate()
        await proc.wait()
        await server.close()
    behind = [receipt - ts / 1000 for receipt, ts in sink.video[tags0:tags1]]
    earliest = min(behind)
    return Window(
        reads_per_s=(reads1 - reads0) / (t1 - t0),
        cpu_share=(cpu1 - cpu0) / (t1 - t0),
        late_ms=[(b - earliest) * 1000 for b in behind],
    )


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def run(plan: Plan) -> list[Row]:
    ffmpeg = media.ffmpeg_executable()
    marked: list[Window] = []
    unmarked: list[Window] = []
    for r in range(plan.rounds):
        for watermark in (True, False) if r % 2 == 0 else (False, True):
            window = asyncio.run(_window(plan, watermark, ffmpeg))
            (marked if watermark else unmarked).append(window)
            log.info(
                "round %d %s: %.0f reads/s, CPU %.2f %%, late p50 %.1f p95 %.1f max %.1f ms",
                r + 1,
                "mark" if watermark else "every piece",
                window.reads_per_s,
                100 * window.cpu_share,
                _pct(window.late_ms, 0.5),
                _pct(window.late_ms, 0.95),
                max(window.late_ms),
            )
    rows: list[Row] = []
    for metric, pick in (
        ("socket reads per second", lambda w: w.reads_per_s),
        ("CPU % of a core", lambda w: 100 * w.cpu_share),
        ("video tag lateness p50, ms", lambda w: _pct(w.late_ms, 0.5)),
        ("video tag lateness p95, ms", lambda w: _pct(w.late_ms, 0.95)),
        ("video tag lateness max, ms", lambda w: max(w.late_ms)),
    ):
        mine = [pick(w) for w in marked]
        theirs = [pick(w) for w in unmarked]
        rows.append(
            Row(
                "wakeups",
                "one 720p30 stream, ffmpeg -re",
                metric,
                statistics.median(mine),
                statistics.median(theirs),
                "every piece read",
                [m / t for m, t in zip(mine, theirs, strict=True) if t],
                note=f"{plan.rounds} rounds of {plan.window_s:g} s",
            )
        )
    return rows
