"""Ingest cost: CPU and memory of one 720p30 stream in Sender, in ffmpeg alone, and in nginx-rtmp.

All three get the same pre-encoded FLV from an identical publisher (`ffmpeg -re
-stream_loop -1 -i pattern.flv -c copy -f flv rtmp://...`), so no encoder is
measured. Measured per system, over a window that starts once the stream has
two segments and has settled:
- CPU: utime+stime from /proc/<pid>/stat of the whole process tree (Sender:
  its Python process and its ffmpeg child; ffmpeg alone: one process; nginx:
  master and worker), as a share of one core.
- memory: RSS and PSS of the tree, sampled every second, averaged; and the
  same before the publisher connects (idle), so the stream's own share shows.
The systems run one after another, their order rotating from round to round.

The references do less: ffmpeg alone writes plain fMP4 HLS (no LL-HLS parts,
no blocking reload, no API, no store); nginx-rtmp writes MPEG-TS HLS.
"""

from __future__ import annotations

import logging
import statistics
import subprocess
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from bench import media
from bench.nginx import Nginx
from bench.node import SenderNode
from bench.ports import LOOPBACK, free_port, wait_listening_passive
from bench.procstat import cpu_share, cpu_snapshot, tree_memory
from bench.report import Row

log = logging.getLogger(__name__)

SYSTEMS = ("sender", "ffmpeg", "nginx")
SEGMENT_S = 2.0


@dataclass(frozen=True, slots=True)
class Plan:
    window_s: float
    rounds: int
    settle_s: float = 2.0


QUICK = Plan(window_s=10.0, rounds=1)
FULL = Plan(window_s=30.0, rounds=3)


@dataclass(slots=True)
class Sample:
    cpu: float  # cores
    cpu_by_name: dict[str, float]
    rss: float
    pss: float | None
    idle_rss: float
    idle_pss: float | None
    publisher_cpu: float


@dataclass(slots=True)
class Running:
    """A system under test, ready for a publisher: where to publish and how to see segments."""

    pid: int
    publish_url: str
    segments: Callable[[], int]
    extra: dict[str, str] = field(default_factory=dict)


@contextmanager
def _sender(root: Path) -> Iterator[Running]:
    with SenderNode(root / "node", segment_target_s=SEGMENT_S) as node:
        _, key = node.create_stream("bench")
        spool = node.spool_root

        def segments() -> int:
            return sum(1 for _ in spool.glob("streams/*/*/source/seg-*.m4s"))

        yield Running(node.pid, node.publish_url(key), segments)


@contextmanager
def _ffmpeg_alone(root: Path, ffmpeg: str) -> Iterator[Running]:
    out = root / "ffmpeg-hls"
    out.mkdir()
    port = free_port()
    url = f"rtmp://{LOOPBACK}:{port}/live/bench"
    proc = media.spawn(media.ffmpeg_hls_command(ffmpeg, url, out, SEGMENT_S), root / "ffmpeg.log")
    try:
        wait_listening_passive(port)

        def segments() -> int:
            return sum(1 for _ in out.glob("seg-*.m4s"))

        yield Running(proc.pid, url, segments)
    finally:
        media.stop(proc)


@contextmanager
def _nginx_rtmp() -> Iterator[Running]:
    with Nginx(rtmp=True, hls_fragment_s=SEGMENT_S) as nginx:
        hls = nginx.hls_dir
        assert hls is not None

        def segments() -> int:
            return sum(1 for _ in hls.glob("bench-*.ts"))

        yield Running(nginx.pid, f"{nginx.rtmp_url}/bench", segments)


def _measure(running: Running, ffmpeg: str, flv: Path, plan: Plan, root: Path, name: str) -> Sample:
    idle = []
    for _ in range(3):
        time.sleep(0.2)
        idle.append(tree_memory([running.pid]))
    publish_s = plan.window_s + 60
    publisher = media.spawn(
        media.publish_command(ffmpeg, flv, running.publish_url, publish_s),
        root / f"publisher-{name}.log",
    )
    try:
        deadline = time.monotonic() + 40
        while running.segments() < 2:
            if time.monotonic() > deadline or publisher.poll() is not None:
                raise RuntimeError(f"{name}: no segments after 40 s (see {root})")
            time.sleep(0.1)
        time.sleep(plan.settle_s)
        start = cpu_snapshot([running.pid], time.monotonic())
        pub_start = cpu_snapshot([publisher.pid], start.at)
        mems = []
        end_at = start.at + plan.window_s
        while time.monotonic() < end_at:
            mems.append(tree_memory([running.pid]))
            time.sleep(min(1.0, max(0.0, end_at - time.monotonic())))
        end = cpu_snapshot([running.pid], time.monotonic())
        pub_end = cpu_snapshot([publisher.pid], end.at)
        if publisher.poll() is not None:
            raise RuntimeError(f"{name}: the publisher stopped during the window")
    finally:
        media.stop(publisher)
    cores, by_name = cpu_share(start, end)
    pub_cores, _ = cpu_share(pub_start, pub_end)
    psss = [m.pss for m in mems]
    idle_psss = [m.pss for m in idle]
    return Sample(
        cpu=cores,
        cpu_by_name=by_name,
        rss=statistics.mean(m.rss for m in mems),
        pss=None if None in psss else statistics.mean(p for p in psss if p is not None),
        idle_rss=statistics.mean(m.rss for m in idle),
        idle_pss=None if None in idle_psss else statistics.mean(p for p in idle_psss if p),
        publisher_cpu=pub_cores,
    )


def _one(name: str, ffmpeg: str, flv: Path, plan: Plan, workdir: Path | None) -> Sample:
    with tempfile.TemporaryDirectory(prefix=f"sender-bench-ingest-{name}-", dir=workdir) as tmp:
        root = Path(tmp)
        if name == "sender":
            ctx = _sender(root)
        elif name == "ffmpeg":
            ctx = _ffmpeg_alone(root, ffmpeg)
        else:
            ctx = _nginx_rtmp()
        with ctx as running:
            sample = _measure(running, ffmpeg, flv, plan, root, name)
    log.info(
        "ingest %s: %.1f %% of a core, PSS %.1f MB (idle %.1f MB), publisher %.1f %%",
        name, sample.cpu * 100, (sample.pss or 0) / 1e6, (sample.idle_pss or 0) / 1e6,
        sample.publisher_cpu * 100,
    )  # fmt: skip
    return sample


def run(plan: Plan, workdir: Path | None = None) -> list[Row]:
    ffmpeg = media.ffmpeg_executable()
    flv = media.pattern_flv(ffmpeg)
    samples: dict[str, list[Sample]] = {s: [] for s in SYSTEMS}
    for rnd in range(plan.rounds):
        order = SYSTEMS[rnd % 3 :] + SYSTEMS[: rnd % 3]
        for name in order:
            samples[name].append(_one(name, ffmpeg, flv, plan, workdir))
    return _rows(samples, plan)


def _rows(samples: dict[str, list[Sample]], plan: Plan) -> list[Row]:
    sender = samples["sender"]
    rows: list[Row] = []
    split = _split(sender)
    pub = statistics.mean(s.publisher_cpu for ss in samples.values() for s in ss)
    for ref in ("ffmpeg", "nginx"):
        other = samples[ref]
        ref_name = "ffmpeg -f hls" if ref == "ffmpeg" else "nginx-rtmp hls"
        rows.append(
            Row(
                "ingest", "720p30 4 Mbit/s, 1 stream", "CPU % of one core",
                statistics.median(s.cpu for s in sender) * 100,
                statistics.median(s.cpu for s in other) * 100,
                ref_name,
                [a.cpu / b.cpu for a, b in zip(sender, other, strict=True)],
                note=(f"Sender: {split}; publisher {pub * 100:.1f} %" if ref == "ffmpeg" else ""),
            )
        )  # fmt: skip
        if all(s.pss is not None for s in sender + other):
            rows.append(
                Row(
                    "ingest", "720p30 4 Mbit/s, 1 stream", "PSS MB, streaming",
                    statistics.median(s.pss or 0 for s in sender) / 1e6,
                    statistics.median(s.pss or 0 for s in other) / 1e6,
                    ref_name,
                    [(a.pss or 0) / (b.pss or 1) for a, b in zip(sender, other, strict=True)],
                    note="tree, mean over the window",
                )
            )  # fmt: skip
            rows.append(
                Row(
                    "ingest", "720p30 4 Mbit/s, 1 stream", "PSS MB added by the stream",
                    statistics.median((s.pss or 0) - (s.idle_pss or 0) for s in sender) / 1e6,
                    statistics.median((s.pss or 0) - (s.idle_pss or 0) for s in other) / 1e6,
                    ref_name,
                    [_added(a) / max(1.0, _added(b)) for a, b in zip(sender, other, strict=True)],
                    note="streaming minus idle (before the publisher connects)",
                )
            )  # fmt: skip
        rows.append(
            Row(
                "ingest", "720p30 4 Mbit/s, 1 stream", "RSS MB, streaming",
                statistics.median(s.rss for s in sender) / 1e6,
                statistics.median(s.rss for s in other) / 1e6,
                ref_name,
                [a.rss / b.rss for a, b in zip(sender, other, strict=True)],
                note="tree, sum of RSS (counts shared pages twice)",
            )
        )  # fmt: skip
    return rows


def _added(s: Sample) -> float:
    return (s.pss or 0) - (s.idle_pss or 0)


def _split(sender: list[Sample]) -> str:
    names: dict[str, list[float]] = {}
    for s in sender:
        for name, cores in s.cpu_by_name.items():
            names.setdefault(name, []).append(cores)
    return ", ".join(
        f"{name} {statistics.median(v) * 100:.1f} %" for name, v in sorted(names.items())
    )


def ffmpeg_version(ffmpeg: str) -> str:
    out = subprocess.run([ffmpeg, "-version"], capture_output=True, text=True, timeout=30)
    return out.stdout.split("\n", 1)[0]
