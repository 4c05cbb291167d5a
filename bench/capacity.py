"""Capacity: how many concurrent 720p30 streams one node carries with every segment on time.

One Sender node; N = 1, 2, 4, ... streams, each fed by its own publisher that
replays the pre-encoded FLV in real time (`-re -c copy`). Streams are added at
each step (the earlier ones keep running). After every new stream has two
segments, each stream's media playlist is polled every POLL_S for the window:
- on time: the newest segment keeps appearing, no gap between two new
  segments (nor from the last one to the window's end) longer than the target
  duration + TOLERANCE_S;
- bounded lag: wall clock minus the end of the newest segment by its
  PROGRAM-DATE-TIME stays under the target duration + TOLERANCE_S + POLL_S,
  and does not drift more than TOLERANCE_S from the first poll to the last.
The ramp stops at the first N that fails or at the plan's cap. The publishers
and the poller run on the same cores as the node; their CPU is reported too.
"""

from __future__ import annotations

import asyncio
import itertools
import logging
import statistics
import tempfile
import time
import urllib.error
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import aiohttp

from bench import media
from bench.node import SenderNode, parse_playlist
from bench.procstat import cpu_share, cpu_snapshot, tree_memory
from bench.report import Row

log = logging.getLogger(__name__)

SEGMENT_S = 2.0
POLL_S = 0.25
TOLERANCE_S = 1.0


@dataclass(frozen=True, slots=True)
class Plan:
    ramp: tuple[int, ...]
    window_s: float


QUICK = Plan(ramp=(1, 2, 4), window_s=12.0)
FULL = Plan(ramp=(1, 2, 4, 8, 16, 32, 64), window_s=30.0)


@dataclass(slots=True)
class Watch:
    """What one stream's playlist did during the window."""

    url: str
    newest: int = -1
    appeared: list[float] = field(default_factory=list)
    lags: list[float] = field(default_factory=list)
    errors: int = 0

    def max_gap(self, start: float, end: float) -> float:
        times = [start, *self.appeared, end]
        # The first gap runs from the window's start to the first new segment.
        return max(b - a for a, b in itertools.pairwise(times))


@dataclass(slots=True)
class Step:
    streams: int
    passed: bool
    max_gap_s: float
    max_lag_s: float
    min_lag_s: float
    lag_drift_s: float
    node_cpu: float
    publishers_cpu: float
    node_pss_mb: float | None
    node_cpu_by_name: dict[str, float]
    reason: str = ""

    def as_dict(self) -> dict[str, Any]:
        return {
            "streams": self.streams,
            "passed": self.passed,
            "max_gap_s": round(self.max_gap_s, 3),
            "max_lag_s": round(self.max_lag_s, 3),
            "min_lag_s": round(self.min_lag_s, 3),
            "lag_drift_s": round(self.lag_drift_s, 3),
            "node_cpu_percent": round(self.node_cpu * 100, 1),
            "publishers_cpu_percent": round(self.publishers_cpu * 100, 1),
            "node_pss_mb": None if self.node_pss_mb is None else round(self.node_pss_mb, 1),
            "reason": self.reason,
        }


async def _watch_all(watches: list[Watch], window_s: float) -> float:
    """Poll every playlist for the window; returns the window's real length in seconds."""
    async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=10)) as http:
        loop = asyncio.get_running_loop()
        start = loop.time()
        wall_start = time.time()
        end = start + window_s

        async def one(w: Watch) -> None:
            while (now := loop.time()) < end:
                try:
                    async with http.get(w.url) as r:
                        text = await r.text() if r.status == 200 else ""
                except (aiohttp.ClientError, TimeoutError):
                    text = ""
                if not text:
                    w.errors += 1
                else:
                    playlist = parse_playlist(text)
                    wall = time.time()
                    if playlist.newest_msn > w.newest:
                        if w.newest >= 0:
                            w.appeared.append(wall - wall_start)
                        w.newest = playlist.newest_msn
                    if playlist.last_program_date_time is not None and playlist.durations:
                        w.lags.append(
                            wall - playlist.last_program_date_time - playlist.durations[-1]
                        )
                await asyncio.sleep(max(0.0, POLL_S - (loop.time() - now)))

        await asyncio.gather(*(one(w) for w in watches))
        return time.time() - wall_start


def _step(node: SenderNode, urls: list[str], publishers: list[Any], window_s: float) -> Step:
    n = len(urls)
    watches = [Watch(u) for u in urls]
    cpu0 = cpu_snapshot([node.pid], time.monotonic())
    pub0 = cpu_snapshot([p.pid for p in publishers], cpu0.at)
    start, end = 0.0, asyncio.run(_watch_all(watches, window_s))
    cpu1 = cpu_snapshot([node.pid], time.monotonic())
    pub1 = cpu_snapshot([p.pid for p in publishers], cpu1.at)
    mem = tree_memory([node.pid])
    node_cpu, by_name = cpu_share(cpu0, cpu1)
    pub_cpu, _ = cpu_share(pub0, pub1)
    gaps = [w.max_gap(start, end) for w in watches]
    lags = [max(w.lags) if w.lags else float("inf") for w in watches]
    drifts = [
        abs(statistics.mean(w.lags[-8:]) - statistics.mean(w.lags[:8])) if w.lags else float("inf")
        for w in watches
    ]
    limit_gap = SEGMENT_S + TOLERANCE_S
    limit_lag = SEGMENT_S + TOLERANCE_S + POLL_S
    reasons = []
    if max(gaps) > limit_gap:
        reasons.append(f"a segment came {max(gaps):.2f} s after the previous one")
    if max(lags) > limit_lag:
        reasons.append(f"PROGRAM-DATE-TIME lag reached {max(lags):.2f} s")
    if max(drifts) > TOLERANCE_S:
        reasons.append(f"lag drifted {max(drifts):.2f} s")
    dead = sum(1 for p in publishers if p.poll() is not None)
    if dead:
        reasons.append(f"{dead} publisher(s) stopped")
    errors = sum(w.errors for w in watches)
    if errors:
        reasons.append(f"{errors} playlist request(s) failed")
    step = Step(
        streams=n,
        passed=not reasons,
        max_gap_s=max(gaps),
        max_lag_s=max(lags),
        # Negative: the newest segment's end by its PROGRAM-DATE-TIME is later than the clock.
        min_lag_s=min((min(w.lags) for w in watches if w.lags), default=float("nan")),
        lag_drift_s=max(drifts),
        node_cpu=node_cpu,
        publishers_cpu=pub_cpu,
        node_pss_mb=None if mem.pss is None else mem.pss / 1e6,
        node_cpu_by_name=by_name,
        reason="; ".join(reasons),
    )
    log.info("capacity: %s", step.as_dict())
    return step


def run(
    plan: Plan, workdir: Path | None = None, *, backend: str = "ffmpeg"
) -> tuple[list[Row], list[dict[str, Any]]]:
    """The ramp on one node with the given media backend ("ffmpeg" or "native")."""
    ffmpeg = media.ffmpeg_executable()
    flv = media.pattern_flv(ffmpeg)
    steps: list[Step] = []
    # Long enough for every remaining step; the publishers are stopped at the end anyway.
    publish_s = len(plan.ramp) * (plan.window_s + 90) + 60
    with tempfile.TemporaryDirectory(prefix="sender-bench-capacity-", dir=workdir) as tmp:
        root = Path(tmp)
        publishers: list[Any] = []
        urls: list[str] = []
        try:
            with SenderNode(
                root / "node",
                segment_target_s=SEGMENT_S,
                backend=backend,
                max_per_address=max(plan.ramp) + 4,
            ) as node:
                for n in plan.ramp:
                    new = []
                    refused = ""
                    for i in range(len(urls), n):
                        slug = f"cap{i}"
                        try:
                            key = _create(node, slug)
                        except (urllib.error.URLError, RuntimeError) as exc:
                            refused = f"the API could not create stream {i} ({exc})"
                            break
                        publishers.append(
                            media.spawn(
                                media.publish_command(
                                    ffmpeg, flv, node.publish_url(key), publish_s
                                ),
                                root / f"publisher-{i}.log",
                            )
                        )
                        new.append(slug)
                    if refused:
                        steps.append(_failed_start(n, refused))
                        break
                    try:
                        for slug in new:
                            # Stream capN is fed by publishers[N].
                            pub = publishers[int(slug.removeprefix("cap"))]
                            _, url = node.wait_live(slug, segments=2, timeout_s=60, publisher=pub)
                            urls.append(url)
                    except (TimeoutError, RuntimeError, urllib.error.URLError) as exc:
                        steps.append(_failed_start(n, str(exc)))
                        break
                    time.sleep(2.0)
                    step = _step(node, urls, publishers, plan.window_s)
                    steps.append(step)
                    if not step.passed:
                        break
        finally:
            for p in publishers:
                media.stop(p)
    return [], [s.as_dict() for s in steps]


def _create(node: SenderNode, slug: str, attempts: int = 5) -> str:
    """A stream and its key. The store answers 503 when a write waited too long for its
    lock (a busy node at a high step): the API's limit, not the media's, so it is retried."""
    created = False
    for attempt in range(attempts):
        try:
            if not created:
                node.api(
                    "POST", "/api/v1/streams", {"slug": slug, "title": slug, "visibility": "public"}
                )
                created = True
            return str(node.api("POST", f"/api/v1/streams/{slug}/keys")["key"])
        except urllib.error.HTTPError as exc:
            if exc.code == 409:
                created = True  # an earlier attempt went through after all
            elif exc.code != 503 or attempt == attempts - 1:
                raise
            time.sleep(1.0)
    raise RuntimeError(f"could not create {slug}")


def _failed_start(n: int, reason: str) -> Step:
    nan = float("nan")
    return Step(n, False, nan, nan, nan, nan, nan, nan, None, {}, reason=reason)


def _first_line(reason: str, limit: int = 200) -> str:
    """A reason's first line for the table (a failed start carries the node's log tail)."""
    return reason.split("\n", 1)[0][:limit]


def describe(steps: list[dict[str, Any]]) -> str:
    lines = [
        "| streams | on time | max segment gap s | PDT lag s min..max | lag drift s "
        "| node CPU % | publishers CPU % | node PSS MB | why not |",
        "|---:|---|---:|---:|---:|---:|---:|---:|---|",
    ]
    for s in steps:
        lines.append(
            f"| {s['streams']} | {'yes' if s['passed'] else 'NO'} | {s['max_gap_s']} "
            f"| {s['min_lag_s']}..{s['max_lag_s']} | {s['lag_drift_s']} | {s['node_cpu_percent']} "
            f"| {s['publishers_cpu_percent']} | {s['node_pss_mb']} | {_first_line(s['reason'])} |"
        )
    passed = [s["streams"] for s in steps if s["passed"]]
    carried = max(passed) if passed else 0
    capped = bool(steps) and steps[-1]["passed"]
    verdict = f"carried {carried} stream(s) on time" + (" (the plan's cap)" if capped else "")
    return (
        "\n".join(lines) + f"\n\n{verdict}; limits: gap <= {SEGMENT_S + TOLERANCE_S:g} s, "
        f"lag <= {SEGMENT_S + TOLERANCE_S + POLL_S:g} s, drift <= {TOLERANCE_S:g} s"
    )
