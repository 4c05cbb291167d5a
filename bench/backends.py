"""Media backends, in one run: Sender native, Sender with ffmpeg, ffmpeg alone, nginx-rtmp.

`python -m bench.run backends [--quick]`

The four systems take the same 720p30 FLV (bench/media.py) and are measured
one after another, their order rotating:

- native: a Sender node with `backend="native"` (the in-process FLV -> fMP4 muxer);
- ffmpeg: a Sender node with `backend="ffmpeg"` (a supervised ffmpeg per publish);
- ffmpeg alone: `ffmpeg -listen 1 ... -c copy -f hls -hls_segment_type fmp4`, one
  process per stream (it takes one connection), the lean reference;
- nginx-rtmp: nginx 1.22 with the RTMP module and `hls on` (MPEG-TS).

What is measured (each part is a function below):

(a) startup: a paced publisher in this process (bench/rawpub.py) notes the
    instant before its TCP connect; the stream's playlist (Sender: its LL-HLS
    media playlist over HTTP, the generation started beforehand so its URL is
    known; the references: their playlist file) is read every 10 ms until the
    first part (Sender only) and the first segment are listed.
(b) cost: CPU (utime + stime of the process trees, from /proc) and memory
    (PSS, and anonymous memory: see procstat.anon_bytes) with 1 stream and with
    N (8) streams, each fed by `ffmpeg -re -c copy` (bench/media.py); idle memory before the first
    publisher. "Added per stream" is (memory at N - memory at 1) / (N - 1):
    for ffmpeg alone that includes the process each stream needs.
(c) capacity: bench/capacity.py's ramp (streams on time) for each Sender backend,
    the cap raised to 128. The references are not ramped.
(d) latency, Sender backends only (the references have no LL-HLS): the
    paced publisher feeds one stream; hls.js's blocking reload
    (bench/latency.py `ll_client`) records, for each new part, receipt -
    its end by PROGRAM-DATE-TIME. Sender dates media by the RTMP ingest clock
    (when the tags arrive, `live/publisher.py`), the same for both backends,
    and a paced publisher has no connect burst, so this is how far behind the
    publisher a blocking client learns of a part. Then hls.js in Chromium
    (tests/browser/probe.mjs latency) samples `Date.now() - playingDate`.
(e) malformed: the paced publisher sends the looped FLV with, mid-stream, an
    AVC frame whose NALU length runs past its tag and a tag cut after its first
    byte (as tests/e2e/test_malformed_media.py does); recorded: whether the
    publish went on to the end, the media listed against the media sent, any
    discontinuity, and the first lines the system logged about it.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import math
import os
import re
import shutil
import statistics
import tempfile
import time
import urllib.error
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol
from urllib.parse import urlsplit

import aiohttp

from bench import capacity, latency, media, rawpub
from bench.nginx import Nginx
from bench.node import SenderNode, parse_playlist
from bench.ports import LOOPBACK, free_port, wait_listening_passive
from bench.procstat import cpu_share, cpu_snapshot, tree_memory
from bench.report import Row, fmt

log = logging.getLogger(__name__)

SYSTEMS = ("native", "ffmpeg", "ffmpeg-alone", "nginx-rtmp")
BACKENDS = ("native", "ffmpeg")
LABEL = {
    "native": "Sender native",
    "ffmpeg": "Sender ffmpeg",
    "ffmpeg-alone": "ffmpeg alone",
    "nginx-rtmp": "nginx-rtmp",
}
SEGMENT_S = 2.0
POLL_S = 0.01


@dataclass(frozen=True, slots=True)
class Plan:
    startup_trials: int
    cost_window_s: float
    cost_streams: int
    capacity: capacity.Plan
    latency_window_s: float
    browser_s: float
    latency_rounds: int
    malformed_media_s: float
    # Before memory is read: a stream's memory grows until its parts and newest segments
    # fill their windows (about four segment targets after its second segment).
    settle_s: float = 12.0


QUICK = Plan(
    startup_trials=1,
    cost_window_s=10.0,
    cost_streams=8,
    capacity=capacity.Plan(ramp=(1, 4, 16), window_s=12.0),
    latency_window_s=15.0,
    browser_s=15.0,
    latency_rounds=1,
    malformed_media_s=10.0,
)
FULL = Plan(
    startup_trials=3,
    cost_window_s=20.0,
    cost_streams=8,
    capacity=capacity.Plan(ramp=(1, 8, 16, 32, 48, 64, 96, 128), window_s=20.0),
    latency_window_s=20.0,
    browser_s=20.0,
    latency_rounds=2,
    malformed_media_s=12.0,
)


# The systems --------------------------------------------------------------------------------
class Target(Protocol):
    """One stream of a system, ready for a publisher."""

    port: int
    app: str
    key: str

    @property
    def publish_url(self) -> str: ...

    def playlist(self) -> str | None:
        """The stream's (media) playlist text, None while there is none."""
        ...


class System(Protocol):
    name: str

    def roots(self) -> list[int]: ...
    def add(self) -> Target: ...
    def log_text(self) -> str: ...
    def alive(self) -> bool: ...


@dataclass(slots=True)
class _Target:
    port: int
    app: str
    key: str
    url: str = ""  # Sender: its media playlist
    path: Path | None = None  # the references: their playlist file
    node: SenderNode | None = None

    @property
    def publish_url(self) -> str:
        return f"rtmp://{LOOPBACK}:{self.port}/{self.app}/{self.key}"

    def playlist(self) -> str | None:
        if self.path is not None:
            try:
                return self.path.read_text()
            except OSError:
                return None
        assert self.node is not None
        try:
            return self.node.get(self.url).decode()
        except (urllib.error.URLError, OSError):
            return None


class SenderSystem:
    def __init__(self, name: str, root: Path, max_streams: int = 16) -> None:
        self.name = name
        self.node = SenderNode(
            root / f"node-{name}",
            segment_target_s=SEGMENT_S,
            backend=name,
            max_per_address=max(16, max_streams + 4),
        )
        self._count = 0

    def __enter__(self) -> SenderSystem:
        self.node.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.node.stop()

    def roots(self) -> list[int]:
        return [self.node.pid]

    def add(self) -> Target:
        slug = f"s{self._count}"
        self._count += 1
        _, key = self.node.create_stream(slug)
        # Started before the publisher connects, so the playlist's URL is known at once.
        self.node.api("POST", f"/api/v1/streams/{slug}/start")
        info = self.node.api("GET", f"/api/v1/playback/{slug}")
        hls = str(info["hls_url"])
        url = hls.rsplit("/", 1)[0] + "/source/index.m3u8"
        parts = urlsplit(self.node.rtmp_url)
        assert parts.port is not None
        return _Target(parts.port, parts.path.strip("/"), key, url=url, node=self.node)

    def log_text(self) -> str:
        path = self.node.data_dir / "node.log"
        return path.read_text(errors="replace") if path.exists() else ""

    def alive(self) -> bool:
        try:
            self.node.get("/healthz")
        except (urllib.error.URLError, OSError):
            return False
        return True


class FfmpegAlone:
    name = "ffmpeg-alone"

    def __init__(self, root: Path, ffmpeg: str, loglevel: str = "error") -> None:
        self.root = root / "ffmpeg-alone"
        self.root.mkdir(parents=True)
        self.ffmpeg = ffmpeg
        self.loglevel = loglevel
        self.procs: list[Any] = []

    def __enter__(self) -> FfmpegAlone:
        return self

    def __exit__(self, *exc: object) -> None:
        for p in self.procs:
            media.stop(p)

    def roots(self) -> list[int]:
        return [p.pid for p in self.procs]

    def add(self) -> Target:
        i = len(self.procs)
        out = self.root / f"s{i}"
        out.mkdir()
        port = free_port()
        cmd = media.ffmpeg_hls_command(
            ffmpeg=self.ffmpeg,
            listen_url=f"rtmp://{LOOPBACK}:{port}/live/s{i}",
            out_dir=out,
            segment_s=SEGMENT_S,
        )
        cmd[cmd.index("-loglevel") + 1] = self.loglevel
        self.procs.append(media.spawn(cmd, self.root / f"s{i}.log"))
        wait_listening_passive(port)
        return _Target(port, "live", f"s{i}", path=out / "index.m3u8")

    def log_text(self) -> str:
        return "".join(p.read_text(errors="replace") for p in sorted(self.root.glob("*.log")))

    def alive(self) -> bool:
        # Each process ends with its publisher (`-listen 1`): alive means "did not crash".
        return all(p.poll() in (None, 0) for p in self.procs)


class NginxRtmp:
    name = "nginx-rtmp"

    def __init__(self) -> None:
        self.nginx = Nginx(rtmp=True, hls_fragment_s=SEGMENT_S)
        self._count = 0

    def __enter__(self) -> NginxRtmp:
        self.nginx.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.nginx.stop()

    def roots(self) -> list[int]:
        return [self.nginx.pid]

    def add(self) -> Target:
        key = f"s{self._count}"
        self._count += 1
        assert self.nginx.rtmp_port is not None and self.nginx.hls_dir is not None
        return _Target(self.nginx.rtmp_port, "live", key, path=self.nginx.hls_dir / f"{key}.m3u8")

    def log_text(self) -> str:
        path = self.nginx.workdir / "error.log"
        return path.read_text(errors="replace") if path.exists() else ""

    def alive(self) -> bool:
        return self.nginx._proc is not None and self.nginx._proc.poll() is None


@contextlib.contextmanager
def system(
    name: str, root: Path, ffmpeg: str, *, max_streams: int = 16, loglevel: str = "error"
) -> Iterator[System]:
    if name in BACKENDS:
        with SenderSystem(name, root, max_streams) as s:
            yield s
    elif name == "ffmpeg-alone":
        with FfmpegAlone(root, ffmpeg, loglevel) as f:
            yield f
    else:
        with NginxRtmp() as n:
            yield n


def rotated(names: tuple[str, ...], rnd: int) -> tuple[str, ...]:
    k = rnd % len(names)
    return names[k:] + names[:k]


# (a) startup --------------------------------------------------------------------------------
@dataclass(slots=True)
class Startup:
    first_part_s: float | None  # None: the system has no parts
    first_segment_s: float
    publish_start_s: float  # connect -> NetStream.Publish.Start


async def _startup(target: Target, tags: list[Any], timeout_s: float = 30.0) -> Startup:
    pub = rawpub.Published()
    task = asyncio.create_task(
        rawpub.publish(target.port, target.app, target.key, tags, result=pub)
    )
    part_at: float | None = None
    seg_at: float | None = None
    deadline = time.monotonic() + timeout_s
    try:
        while seg_at is None:
            if time.monotonic() > deadline or task.done():
                raise RuntimeError(f"no segment {timeout_s:g} s after connecting ({pub})")
            text = await asyncio.to_thread(target.playlist)
            now = time.time()
            if text:
                playlist = parse_playlist(text)
                if part_at is None and playlist.parts():
                    part_at = now
                if playlist.segments:
                    seg_at = now
            await asyncio.sleep(POLL_S)
    finally:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError, OSError):
            await task
    return Startup(
        None if part_at is None else part_at - pub.connect_at,
        seg_at - pub.connect_at,
        pub.started_at - pub.connect_at,
    )


def run_startup(plan: Plan, root: Path, ffmpeg: str, tags: list[Any]) -> dict[str, list[Startup]]:
    out: dict[str, list[Startup]] = {s: [] for s in SYSTEMS}
    for rnd in range(plan.startup_trials):
        for name in rotated(SYSTEMS, rnd):
            with system(name, root / f"startup-{rnd}", ffmpeg) as sys_:
                target = sys_.add()
                got = asyncio.run(_startup(target, tags))
            log.info("startup %s: %s", name, got)
            out[name].append(got)
    return out


# (b) cost -----------------------------------------------------------------------------------
@dataclass(slots=True)
class Cost:
    idle_pss: float | None
    idle_anon: float | None
    cpu1: float  # cores, 1 stream
    pss1: float | None
    anon1: float | None
    cpuN: float  # cores, N streams
    pssN: float | None
    anonN: float | None
    n: int
    publishers_cpu1: float
    by_name1: dict[str, float] = field(default_factory=dict)

    def added_at_1(self, anon: bool = False) -> float | None:
        a, b = (self.anon1, self.idle_anon) if anon else (self.pss1, self.idle_pss)
        return None if a is None or b is None else a - b

    def added_per_stream(self, anon: bool = False) -> float | None:
        a, b = (self.anonN, self.anon1) if anon else (self.pssN, self.pss1)
        return None if a is None or b is None else (a - b) / (self.n - 1)


def _mem(roots: list[int], samples: int = 3) -> tuple[float | None, float | None]:
    pss: list[float] = []
    anon: list[float] = []
    for _ in range(samples):
        m = tree_memory(roots)
        if m.pss is not None:
            pss.append(m.pss)
        if m.anon is not None:
            anon.append(m.anon)
        time.sleep(0.3)
    return (statistics.mean(pss) if pss else None, statistics.mean(anon) if anon else None)


def _wait_segments(target: Target, n: int, publisher: Any, timeout_s: float = 60.0) -> None:
    deadline = time.monotonic() + timeout_s
    while True:
        text = target.playlist()
        if text and len(parse_playlist(text).segments) >= n:
            return
        if publisher.poll() is not None or time.monotonic() > deadline:
            raise RuntimeError(f"{target.publish_url}: no {n} segments")
        time.sleep(0.1)


def _window(
    sys_: System, publishers: list[Any], window_s: float
) -> tuple[float, dict[str, float], float | None, float | None, float]:
    roots = sys_.roots()
    start = cpu_snapshot(roots, time.monotonic())
    pub0 = cpu_snapshot([p.pid for p in publishers], start.at)
    pss: list[float] = []
    anon: list[float] = []
    end_at = start.at + window_s
    while time.monotonic() < end_at:
        m = tree_memory(roots)
        if m.pss is not None:
            pss.append(m.pss)
        if m.anon is not None:
            anon.append(m.anon)
        time.sleep(min(1.0, max(0.0, end_at - time.monotonic())))
    end = cpu_snapshot(roots, time.monotonic())
    pub1 = cpu_snapshot([p.pid for p in publishers], end.at)
    dead = [p for p in publishers if p.poll() is not None]
    if dead:
        raise RuntimeError(f"{sys_.name}: {len(dead)} publisher(s) stopped during the window")
    cores, by_name = cpu_share(start, end)
    pub_cores, _ = cpu_share(pub0, pub1)
    return (
        cores,
        by_name,
        statistics.mean(pss) if pss else None,
        statistics.mean(anon) if anon else None,
        pub_cores,
    )


def _cost(name: str, plan: Plan, root: Path, ffmpeg: str, flv: Path) -> Cost:
    root.mkdir(parents=True, exist_ok=True)
    publish_s = 3 * plan.cost_window_s + 120
    publishers: list[Any] = []
    with system(name, root, ffmpeg, max_streams=plan.cost_streams) as sys_:
        if name == "ffmpeg-alone":
            idle_pss, idle_anon = None, None  # measured below, once its first process listens
        else:
            idle_pss, idle_anon = _mem(sys_.roots())
        try:
            first = sys_.add()
            if name == "ffmpeg-alone":
                idle_pss, idle_anon = _mem(sys_.roots())
            publishers.append(
                media.spawn(
                    media.publish_command(ffmpeg, flv, first.publish_url, publish_s),
                    root / f"pub-{name}-0.log",
                )
            )
            _wait_segments(first, 2, publishers[0])
            time.sleep(plan.settle_s)
            cpu1, by_name1, pss1, anon1, pub1 = _window(sys_, publishers, plan.cost_window_s)
            targets = []
            for i in range(1, plan.cost_streams):
                t = sys_.add()
                targets.append(t)
                publishers.append(
                    media.spawn(
                        media.publish_command(ffmpeg, flv, t.publish_url, publish_s),
                        root / f"pub-{name}-{i}.log",
                    )
                )
            for t, p in zip(targets, publishers[1:], strict=True):
                _wait_segments(t, 2, p)
            time.sleep(plan.settle_s)
            cpuN, _, pssN, anonN, _ = _window(sys_, publishers, plan.cost_window_s)
        finally:
            for p in publishers:
                media.stop(p)
    cost = Cost(
        idle_pss, idle_anon, cpu1, pss1, anon1, cpuN, pssN, anonN, plan.cost_streams, pub1, by_name1
    )
    log.info("cost %s: %s", name, cost)
    return cost


def run_cost(plan: Plan, root: Path, ffmpeg: str, flv: Path) -> dict[str, Cost]:
    out: dict[str, Cost] = {}
    for i, name in enumerate(SYSTEMS):
        out[name] = _cost(name, plan, root / f"cost-{i}", ffmpeg, flv)
    return out


# (d) latency --------------------------------------------------------------------------------
async def _latency(
    node: SenderNode, target: Target, tags: list[Any], plan: Plan, browse: bool
) -> dict[str, Any]:
    pub = rawpub.Published()
    task = asyncio.create_task(
        rawpub.publish(target.port, target.app, target.key, tags, result=pub)
    )
    url = target.url if isinstance(target, _Target) else ""
    result: dict[str, Any] = {}
    try:
        deadline = time.monotonic() + 40
        while True:
            text = await asyncio.to_thread(target.playlist)
            if text and len(parse_playlist(text).segments) >= 2:
                # The first segment's date against the publisher's first tag: how true the
                # dates are (the ingest clock should put it a loopback hop after).
                first = next((m for m in latency.parse(text).segments if m.key == (0, -1)), None)
                if first is not None:
                    result["first_segment_dated_after_first_tag_s"] = first.start - pub.first_tag_at
                break
            if task.done() or time.monotonic() > deadline:
                raise RuntimeError(f"the stream did not go live ({pub})")
            await asyncio.sleep(0.1)
        await asyncio.sleep(1.0)
        timeout = aiohttp.ClientTimeout(total=30)
        async with aiohttp.ClientSession(timeout=timeout) as http:
            end = asyncio.get_running_loop().time() + plan.latency_window_s
            ll, seen = latency.Blocking(), latency.Seen()
            await asyncio.gather(
                latency.ll_client(http, url, end, ll), latency.observe(http, url, end, seen)
            )
            async with http.get(url) as r:
                final = latency.parse(await r.text())
        lead = latency.ServerSide.pdt_lead(seen, parts=True)
        upper = [
            got - seen.first[k][0]
            for k, (sent, got) in ll.asked.items()
            if k in seen.first and not math.isnan(seen.first[k][0]) and sent < seen.first[k][0]
        ]
        result["server"] = {
            "pdt_lag": latency.summary(ll.lags),
            "blocking_release": latency.summary(upper),
            "pdt_lead": latency.summary(lead),
            "statuses": ll.statuses,
            "part_target": final.part_target,
        }
        if browse:
            info = node.api("GET", "/api/v1/playback/s0")
            probe = await asyncio.to_thread(
                latency.browser_latency, str(info["hls_url"]), plan.browser_s
            )
            if probe.get("error") or not probe.get("playing"):
                first_try = {k: probe.get(k) for k in ("error", "bad_responses")}
                probe = await asyncio.to_thread(
                    latency.browser_latency, str(info["hls_url"]), plan.browser_s
                )
                probe["retried_after"] = first_try
            result["browser"] = {
                k: probe.get(k)
                for k in ("error", "playing", "samples", "median_ms", "p95_ms", "retried_after")
            }
        if task.done():
            result["warning"] = f"the publisher ended early: {pub}"
    finally:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError, OSError):
            await task
    return result


def browser_available() -> bool:
    return (
        bool(shutil.which("node"))
        and latency.PROBE.exists()
        and (latency.ROOT / "player" / "node_modules" / "playwright-core").exists()
    )


def run_latency(plan: Plan, root: Path, ffmpeg: str, flv: Path) -> dict[str, list[dict[str, Any]]]:
    seconds = plan.latency_window_s + 2 * (plan.browser_s + 60) + 60
    tags = rawpub.looped(rawpub.read_tags(flv), seconds)
    browse = browser_available()
    out: dict[str, list[dict[str, Any]]] = {b: [] for b in BACKENDS}
    for rnd in range(plan.latency_rounds):
        for name in rotated(BACKENDS, rnd):
            with system(name, root / f"latency-{rnd}", ffmpeg) as sys_:
                assert isinstance(sys_, SenderSystem)
                target = sys_.add()
                try:
                    got = asyncio.run(_latency(sys_.node, target, tags, plan, browse))
                except (RuntimeError, aiohttp.ClientError, TimeoutError) as exc:
                    got = {"error": str(exc)[-500:]}
            log.info("latency %s: %s", name, got)
            out[name].append(got)
    return out


# (e) malformed ------------------------------------------------------------------------------
LOG_WORDS = re.compile(r"malformed|invalid|error|corrupt|skipp|NAL|truncat|drop", re.I)


@dataclass(slots=True)
class Malformed:
    completed: bool  # the publisher sent every tag and was not closed
    closed_after_spoil_s: float | None
    media_sent_s: float
    media_listed_s: float
    segments: int
    discontinuities: int
    alive: bool
    log_lines: list[str]


async def _malformed(sys_: System, target: Target, tags: list[Any], spoil_ms: int) -> Malformed:
    pub = rawpub.Published()
    task = asyncio.create_task(
        rawpub.publish(target.port, target.app, target.key, tags, result=pub)
    )
    segments: dict[str, float] = {}
    discontinuities = 0
    log_before = len(sys_.log_text())

    tail = [0.0]  # media in parts after the newest segment (Sender lists them at the end)

    def look(text: str | None) -> int:
        if not text:
            return 0
        p = parse_playlist(text)
        for uri, d in zip(p.segments, p.durations, strict=True):
            segments[uri] = d
        tail[0] = trailing_parts_s(text)
        return text.count("#EXT-X-DISCONTINUITY\n")

    while not task.done():
        discontinuities = max(discontinuities, look(await asyncio.to_thread(target.playlist)))
        await asyncio.sleep(0.25)
    await task
    # The last segment closes at the unpublish (Sender, ffmpeg) or not at all (nginx).
    for _ in range(12):
        await asyncio.sleep(0.25)
        discontinuities = max(discontinuities, look(await asyncio.to_thread(target.playlist)))
    text = sys_.log_text()[log_before:]
    lines = [ln.strip()[:200] for ln in text.splitlines() if LOG_WORDS.search(ln)]
    closed = pub.closed_by_server_at
    return Malformed(
        completed=pub.completed,
        closed_after_spoil_s=(
            None if closed is None else closed - (pub.first_tag_at + spoil_ms / 1000)
        ),
        media_sent_s=(
            tags[-1].timestamp if pub.sent == pub.total else tags[max(0, pub.sent - 1)].timestamp
        )
        / 1000,
        media_listed_s=sum(segments.values()) + tail[0],
        segments=len(segments),
        discontinuities=discontinuities,
        alive=sys_.alive(),
        log_lines=lines[:3],
    )


def trailing_parts_s(text: str) -> float:
    """The duration of the parts listed after a playlist's last segment."""
    total = 0.0
    for line in text.splitlines():
        if line.startswith("#EXT-X-PART:"):
            m = re.search(r"DURATION=([0-9.]+)", line)
            total += float(m[1]) if m else 0.0
        elif line and not line.startswith("#"):
            total = 0.0  # a segment: the parts before it are in it
    return total


def run_malformed(plan: Plan, root: Path, ffmpeg: str, flv: Path) -> dict[str, Malformed]:
    tags, spoil_ms = rawpub.spoiled(
        rawpub.looped(rawpub.read_tags(flv), plan.malformed_media_s), plan.malformed_media_s / 2
    )
    out: dict[str, Malformed] = {}
    for i, name in enumerate(SYSTEMS):
        with system(name, root / f"malformed-{i}", ffmpeg, loglevel="warning") as sys_:
            target = sys_.add()
            out[name] = asyncio.run(_malformed(sys_, target, tags, spoil_ms))
        log.info("malformed %s: %s", name, out[name])
    return out


# The run ------------------------------------------------------------------------------------
PARTS = ("startup", "cost", "malformed", "latency", "capacity")


def run(
    plan: Plan,
    workdir: Path | None = None,
    checkpoint: Path | None = None,
    only: frozenset[str] | None = None,
) -> tuple[list[Row], dict[str, Any]]:
    """Every part in turn (or those in `only`, of PARTS). A part that fails is recorded
    (`errors`) and the run goes on; with `checkpoint`, the facts so far are written there
    after each part."""
    ffmpeg = media.ffmpeg_executable()
    flv = media.pattern_flv(ffmpeg)
    facts: dict[str, Any] = {"errors": {}}
    # The machine is shared: the load average before each part goes with the figures.
    load: dict[str, tuple[float, float, float]] = {}
    facts["load"] = load
    with tempfile.TemporaryDirectory(prefix="sender-bench-backends-", dir=workdir) as tmp:
        root = Path(tmp)
        startup_tags = rawpub.looped(rawpub.read_tags(flv), 20)
        t0 = time.monotonic()
        parts: list[tuple[str, Callable[[], Any]]] = [
            ("startup", lambda: run_startup(plan, root, ffmpeg, startup_tags)),
            ("cost", lambda: run_cost(plan, root, ffmpeg, flv)),
            ("malformed", lambda: run_malformed(plan, root, ffmpeg, flv)),
            ("latency", lambda: run_latency(plan, root, ffmpeg, flv)),
            *(
                (f"capacity {b}", lambda b=b: capacity.run(plan.capacity, root, backend=b)[1])
                for b in BACKENDS
            ),
        ]
        for name, part in parts:
            if only is not None and name.split(" ", 1)[0] not in only:
                continue
            load[name] = os.getloadavg()
            try:
                got = part()
            except Exception as exc:  # a failed part is a result too; the others still run
                log.exception("backends: %s failed", name)
                facts["errors"][name] = f"{type(exc).__name__}: {exc}"[-1000:]
                got = None
            if name.startswith("capacity "):
                if got is not None:
                    facts.setdefault("capacity", {})[name.split(" ", 1)[1]] = got
            elif got is not None:
                facts[name] = got
            if checkpoint is not None:
                checkpoint.write_text(json.dumps(jsonable(facts), indent=2, default=str))
        load["end"] = os.getloadavg()
        facts["seconds"] = time.monotonic() - t0
    return rows(facts), facts


def _median(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


def rows(facts: dict[str, Any]) -> list[Row]:
    out: list[Row] = []
    startup: dict[str, list[Startup]] = facts.get("startup") or {s: [] for s in SYSTEMS}
    ref = startup["ffmpeg"]
    for name in SYSTEMS:
        got = startup[name]
        if not got:
            continue
        seg = _median([s.first_segment_s for s in got])
        out.append(
            Row(
                "backends",
                LABEL[name],
                "first segment listed, s after connect",
                seg,
                _median([s.first_segment_s for s in ref]),
                "Sender ffmpeg",
                [a.first_segment_s / b.first_segment_s for a, b in zip(got, ref, strict=False)],
                note=f"n={len(got)}",
            )
        )
        parts = [s.first_part_s for s in got if s.first_part_s is not None]
        if parts:
            out.append(
                Row(
                    "backends",
                    LABEL[name],
                    "first part listed, s after connect",
                    _median(parts),
                    _median([s.first_part_s for s in ref if s.first_part_s is not None]),
                    "Sender ffmpeg",
                    [
                        a.first_part_s / b.first_part_s
                        for a, b in zip(got, ref, strict=False)
                        if a.first_part_s and b.first_part_s
                    ],
                )
            )
    cost: dict[str, Cost] = facts.get("cost") or {}
    alone = cost.get("ffmpeg-alone")
    for name in SYSTEMS if alone is not None else ():
        c = cost[name]
        assert alone is not None
        split = ", ".join(f"{k} {v * 100:.1f} %" for k, v in sorted(c.by_name1.items()))
        out.append(
            Row(
                "backends",
                LABEL[name],
                "CPU % of a core, 1 stream",
                c.cpu1 * 100,
                alone.cpu1 * 100,
                "ffmpeg alone",
                note=split,
            )
        )
        out.append(
            Row(
                "backends",
                LABEL[name],
                f"CPU % of a core per stream, {c.n} streams",
                c.cpuN * 100 / c.n,
                alone.cpuN * 100 / alone.n,
                "ffmpeg alone",
            )
        )
        for anon in (False, True):
            kind = "anonymous" if anon else "PSS"
            one, ref1 = c.added_at_1(anon), alone.added_at_1(anon)
            per, refper = c.added_per_stream(anon), alone.added_per_stream(anon)
            if one is not None and ref1 is not None:
                out.append(
                    Row(
                        "backends",
                        LABEL[name],
                        f"{kind} MB added by the 1st stream",
                        one / 1e6,
                        ref1 / 1e6,
                        "ffmpeg alone",
                        note="1 stream minus idle",
                    )
                )
            if per is not None and refper is not None:
                out.append(
                    Row(
                        "backends",
                        LABEL[name],
                        f"{kind} MB added per stream, 1 -> {c.n}",
                        per / 1e6,
                        refper / 1e6,
                        "ffmpeg alone",
                        note=f"({c.n} streams - 1 stream) / {c.n - 1}",
                    )
                )
    lat: dict[str, list[dict[str, Any]]] = facts.get("latency") or {b: [] for b in BACKENDS}

    def med(name: str, *path: str) -> list[float]:
        vals = []
        for r in lat[name]:
            x: Any = r
            for p in path:
                x = x.get(p) if isinstance(x, dict) else None
            if isinstance(x, (int, float)) and x == x:
                vals.append(float(x))
        return vals

    for name in BACKENDS:
        for metric, path, scale in (
            ("LL part PDT lag p50 ms (blocking reload)", ("server", "pdt_lag", "median"), 1000),
            ("LL part PDT lag p95 ms (blocking reload)", ("server", "pdt_lag", "p95"), 1000),
            ("browser playhead ms behind (hls.js p50)", ("browser", "median_ms"), 1),
        ):
            a, b = med(name, *path), med("ffmpeg", *path)
            if a and b:
                out.append(
                    Row(
                        "backends",
                        LABEL[name],
                        metric,
                        _median(a) * scale,
                        _median(b) * scale,
                        "Sender ffmpeg",
                        [x / y for x, y in zip(a, b, strict=False) if y],
                    )
                )
    return out


def describe(facts: dict[str, Any]) -> str:
    """The tables that are not ratios: capacity per backend, and the malformed tag."""
    lines = []
    for part, error in facts.get("errors", {}).items():
        lines.append(f"{part} failed: {error}\n")
    for name, steps in facts.get("capacity", {}).items():
        lines.append(f"Capacity, {LABEL[name]}:\n")
        lines.append(capacity.describe(steps) + "\n")
    lines += [
        "Malformed tag mid-stream (an AVC NALU length past its tag, then a 1-byte video tag):\n",
        "| system | publish went on | closed s after the bad tags | media sent s | media listed s "
        "| segments | discontinuities | still serving | first log lines |",
        "|---|---|---:|---:|---:|---:|---:|---|---|",
    ]
    for name, m in facts.get("malformed", {}).items():
        closed = "" if m.closed_after_spoil_s is None else f"{m.closed_after_spoil_s:.2f}"
        logs = " / ".join(f"`{ln}`" for ln in m.log_lines) or "(nothing)"
        lines.append(
            f"| {LABEL[name]} | {'yes' if m.completed else 'NO'} | {closed} | {m.media_sent_s:.1f} "
            f"| {m.media_listed_s:.1f} | {m.segments} | {m.discontinuities} "
            f"| {'yes' if m.alive else 'NO'} | {logs} |"
        )
    lines.append("")
    lines.append(
        "Load average (1, 5, 15 min) before each part: "
        + "; ".join(
            f"{k} {a:.1f} {b:.1f} {c:.1f}" for k, (a, b, c) in facts.get("load", {}).items()
        )
    )
    lines.append("")
    lines.append("Latency details (per round):\n")
    for name, results in facts.get("latency", {}).items():
        for r in results:
            s = r.get("server", {})
            b = r.get("browser", {})
            lag = s.get("pdt_lag", {})
            release = s.get("blocking_release", {}).get("median", math.nan)
            dated = r.get("first_segment_dated_after_first_tag_s", math.nan)
            trouble = " ".join(str(x) for x in (b.get("error"), r.get("error")) if x)
            lines.append(
                f"- {LABEL[name]}: PDT lag {fmt(lag.get('median', math.nan) * 1000)} / "
                f"{fmt(lag.get('p95', math.nan) * 1000)} ms (n={lag.get('n')}), blocking "
                f"release {fmt(release * 1000)} ms, first segment dated {fmt(dated * 1000)} ms "
                f"after the first tag; browser {b.get('median_ms')} / {b.get('p95_ms')} ms "
                f"(n={b.get('samples')}) {trouble}".rstrip()
            )
    return "\n".join(lines)


def jsonable(facts: dict[str, Any]) -> dict[str, Any]:
    """The facts with their dataclasses as dicts, for --json."""
    from dataclasses import asdict, is_dataclass

    def conv(x: Any) -> Any:
        if is_dataclass(x) and not isinstance(x, type):
            return asdict(x)
        if isinstance(x, dict):
            return {k: conv(v) for k, v in x.items()}
        if isinstance(x, list):
            return [conv(v) for v in x]
        return x

    return {k: conv(v) for k, v in facts.items()}
