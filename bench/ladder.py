"""The ladder's CPU: Sender's transcoder against ffmpeg alone encoding the same rungs.

`python -m bench.run ladder [--quick]`

Both sides get the same 720p30 FLV (bench/media.py) from the same publisher
(`ffmpeg -re -c copy` over RTMP) and encode the same rungs (the presets of
`domain.ladder`, 720p/480p/360p by default) with the very x264 arguments of
Sender's transcoder (`media.transcoder.rung_output`):

- ffmpeg alone: `ffmpeg -listen 1 -f flv -i rtmp://...` decoding once, and for
  each rung `-map 0:v -map 0:a -vf scale=W:H -c:v libx264 ... -f hls` (fMP4, 2 s
  segments) into its own directory: one process, what a person would run;
- Sender: a node (native backend, so its only ffmpeg is the transcoder) with a
  stream whose `ladder` is the same rungs; its tree is the Python process
  (ingest, the copy, packaging every rendition) and the transcoder. The same
  node with an empty ladder (the copy alone) is measured too, so that "the
  ladder's cost in Sender" is the tree with the ladder less the tree without.

Measured per configuration (each rung alone, then the whole ladder), the
systems alternating: CPU (utime + stime from /proc over the window) of the
trees, split by process name.

Then the streams this machine carries in real time: N = 1, 2, ... streams,
each with the whole ladder, until one fails. A step passes when every
rendition of every stream kept real time over the window: the media of the
segments that appeared, over the wall time between the first and the last
appearance, at least REAL_TIME (0.95), and no wait between two new segments
longer than the segment target + GAP_TOLERANCE_S.
"""

from __future__ import annotations

import contextlib
import itertools
import logging
import statistics
import tempfile
import time
import urllib.error
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bench import media
from bench.node import SenderNode, parse_playlist
from bench.ports import LOOPBACK, free_port, wait_listening_passive
from bench.procstat import cpu_share, cpu_snapshot
from bench.report import Row
from sender.domain.ladder import PRESETS, Rung, rung_width
from sender.media.transcoder import rung_output

log = logging.getLogger(__name__)

RUNGS = ("720p", "480p", "360p")
SOURCE = (1280, 720)  # media.SIZE
SEGMENT_S = 2.0
PRESET = "veryfast"
REAL_TIME = 0.95
GAP_TOLERANCE_S = 1.5


@dataclass(frozen=True, slots=True)
class Plan:
    window_s: float
    rounds: int
    ramp: tuple[int, ...]
    ramp_window_s: float
    settle_s: float = 3.0


QUICK = Plan(window_s=10.0, rounds=1, ramp=(1, 2), ramp_window_s=16.0)
FULL = Plan(window_s=20.0, rounds=2, ramp=(1, 2, 3, 4), ramp_window_s=30.0)


def rungs(names: Sequence[str] = RUNGS) -> list[tuple[Rung, int]]:
    """The preset rungs with their width for the bench's 16:9 source."""
    return [(PRESETS[n], rung_width(PRESETS[n].height, *SOURCE)) for n in names]


def codec_args(rung: Rung, width: int, preset: str = PRESET) -> list[str]:
    """The encoder arguments of one rung: exactly those of Sender's transcoder."""
    return list(rung_output(rung, width=width, preset=preset).codec_args)


def ladder_command(
    ffmpeg: str,
    listen_url: str,
    out_dir: Path,
    ladder: Sequence[tuple[Rung, int]],
    *,
    segment_s: float = SEGMENT_S,
    preset: str = PRESET,
) -> list[str]:
    """ffmpeg alone as the RTMP server, decoding once and encoding every rung to fMP4 HLS."""
    cmd = [
        ffmpeg,
        "-hide_banner",
        "-loglevel",
        "error",
        "-nostats",
        "-listen",
        "1",
        "-f",
        "flv",
        "-i",
        listen_url,
    ]
    for rung, width in ladder:
        out = out_dir / rung.name
        cmd += ["-map", "0:v", "-map", "0:a?", *codec_args(rung, width, preset)]
        cmd += [
            "-f",
            "hls",
            "-hls_segment_type",
            "fmp4",
            "-hls_time",
            f"{segment_s:g}",
            "-hls_list_size",
            "10",
            "-hls_flags",
            "delete_segments+independent_segments",
            "-hls_fmp4_init_filename",
            "init.mp4",
            "-hls_segment_filename",
            str(out / "seg-%d.m4s"),
            str(out / "index.m3u8"),
        ]
    return cmd


# A stream under test ------------------------------------------------------------------------
@dataclass(slots=True)
class Stream:
    publish_url: str
    playlists: dict[str, str | Path]  # rendition -> URL (Sender) or file (ffmpeg alone)
    node: SenderNode | None = None

    def text(self, rendition: str) -> str | None:
        where = self.playlists[rendition]
        if isinstance(where, Path):
            try:
                return where.read_text()
            except OSError:
                return None
        assert self.node is not None
        try:
            return self.node.get(where).decode()
        except (urllib.error.URLError, OSError):
            return None


class SenderSide:
    def __init__(self, root: Path, max_streams: int = 8) -> None:
        self.node = SenderNode(
            root / "node",
            segment_target_s=SEGMENT_S,
            backend="native",
            max_per_address=max(16, max_streams + 4),
        )
        self.count = 0

    def add(self, ladder: Sequence[tuple[Rung, int]]) -> Stream:
        slug = f"l{self.count}"
        self.count += 1
        body = {
            "slug": slug,
            "title": slug,
            "visibility": "public",
            "ladder": [r.as_dict() for r, _ in ladder],
        }
        try:
            stream = self.node.api("POST", "/api/v1/streams", body)
        except urllib.error.HTTPError as exc:
            if exc.code != 422:
                raise
            msg = f"this node refuses a stream's ladder (422: {exc.read()[:200]!r})"
            raise NotSupported(msg) from exc
        if [r["name"] for r in stream.get("ladder", [])] != [r.name for r, _ in ladder]:
            raise NotSupported("this node does not keep a stream's ladder (no ladder API)")
        key = self.node.api("POST", f"/api/v1/streams/{slug}/keys")["key"]
        self.node.api("POST", f"/api/v1/streams/{slug}/start")
        info = self.node.api("GET", f"/api/v1/playback/{slug}")
        base = str(info["hls_url"]).rsplit("/", 1)[0]
        names = ["source", *(r.name for r, _ in ladder)]
        return Stream(
            self.node.publish_url(str(key)), {n: f"{base}/{n}/index.m3u8" for n in names}, self.node
        )

    def roots(self) -> list[int]:
        return [self.node.pid]


class NotSupported(RuntimeError):
    pass


class AloneSide:
    def __init__(self, root: Path, ffmpeg: str) -> None:
        self.root = root
        self.ffmpeg = ffmpeg
        self.procs: list[Any] = []

    def add(self, ladder: Sequence[tuple[Rung, int]]) -> Stream:
        i = len(self.procs)
        out = self.root / f"alone-{i}"
        for rung, _ in ladder:
            (out / rung.name).mkdir(parents=True)
        port = free_port()
        url = f"rtmp://{LOOPBACK}:{port}/live/l{i}"
        self.procs.append(
            media.spawn(ladder_command(self.ffmpeg, url, out, ladder), self.root / f"alone-{i}.log")
        )
        wait_listening_passive(port)
        return Stream(url, {r.name: out / r.name / "index.m3u8" for r, _ in ladder})

    def roots(self) -> list[int]:
        return [p.pid for p in self.procs]

    def close(self) -> None:
        for p in self.procs:
            media.stop(p)


@contextlib.contextmanager
def side(name: str, root: Path, ffmpeg: str, max_streams: int = 8) -> Iterator[Any]:
    root.mkdir(parents=True, exist_ok=True)
    if name == "sender":
        s = SenderSide(root, max_streams)
        with s.node:
            yield s
    else:
        a = AloneSide(root, ffmpeg)
        try:
            yield a
        finally:
            a.close()


def _wait(stream: Stream, publisher: Any, segments: int = 2, timeout_s: float = 90.0) -> None:
    deadline = time.monotonic() + timeout_s
    for rendition in stream.playlists:
        while True:
            text = stream.text(rendition)
            if text and len(parse_playlist(text).segments) >= segments:
                break
            if publisher.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"{stream.publish_url}: {rendition} had no {segments} segments")
            time.sleep(0.2)


# CPU per configuration ----------------------------------------------------------------------
@dataclass(slots=True)
class Cpu:
    cores: float
    by_name: dict[str, float]


def measure_cpu(
    name: str, ladder: Sequence[tuple[Rung, int]], plan: Plan, root: Path, ffmpeg: str, flv: Path
) -> Cpu:
    with side(name, root, ffmpeg) as s:
        stream = s.add(ladder)
        pub = media.spawn(
            media.publish_command(ffmpeg, flv, stream.publish_url, plan.window_s + 150),
            root / "publisher.log",
        )
        try:
            _wait(stream, pub)
            time.sleep(plan.settle_s)
            start = cpu_snapshot(s.roots(), time.monotonic())
            time.sleep(plan.window_s)
            end = cpu_snapshot(s.roots(), time.monotonic())
            if pub.poll() is not None:
                raise RuntimeError(f"{name}: the publisher stopped during the window")
        finally:
            media.stop(pub)
    cores, by_name = cpu_share(start, end)
    got = Cpu(cores, by_name)
    log.info("ladder %s %s: %s", name, [r.name for r, _ in ladder] or "copy", got)
    return got


# Real time ----------------------------------------------------------------------------------
@dataclass(slots=True)
class Track:
    """New segments of one rendition as they appear: (wall time, duration)."""

    seen: set[str] = field(default_factory=set)
    appeared: list[tuple[float, float]] = field(default_factory=list)

    def rate(self) -> float:
        """Media per wall second between the first and the last new segment (NaN if < 3)."""
        if len(self.appeared) < 3:
            return float("nan")
        span = self.appeared[-1][0] - self.appeared[0][0]
        media_s = sum(d for _, d in self.appeared[1:])
        return media_s / span if span > 0 else float("nan")

    def max_gap(self, start: float, end: float) -> float:
        times = [start, *(t for t, _ in self.appeared), end]
        return max(b - a for a, b in itertools.pairwise(times))


def keeps_real_time(tracks: Sequence[Track], start: float, end: float) -> tuple[bool, str]:
    """The step's verdict (see the module docstring) and why not."""
    reasons = []
    rates = [t.rate() for t in tracks]
    if any(r != r for r in rates):
        reasons.append("a rendition had fewer than 3 new segments")
    elif min(rates) < REAL_TIME:
        reasons.append(f"a rendition ran at {min(rates):.3f}x real time")
    gap = max(t.max_gap(start, end) for t in tracks)
    if gap > SEGMENT_S + GAP_TOLERANCE_S:
        reasons.append(f"a segment came {gap:.2f} s after the previous one")
    return not reasons, "; ".join(reasons)


@dataclass(slots=True)
class Step:
    streams: int
    passed: bool
    min_rate: float
    max_gap_s: float
    cores: float
    by_name: dict[str, float]
    reason: str


def ramp(name: str, plan: Plan, root: Path, ffmpeg: str, flv: Path) -> list[Step]:
    ladder = rungs()
    steps: list[Step] = []
    publishers: list[Any] = []
    streams: list[Stream] = []
    publish_s = len(plan.ramp) * (plan.ramp_window_s + 120) + 60
    with side(name, root, ffmpeg, max(plan.ramp)) as s:
        try:
            for n in plan.ramp:
                try:
                    while len(streams) < n:
                        st = s.add(ladder)
                        streams.append(st)
                        publishers.append(
                            media.spawn(
                                media.publish_command(ffmpeg, flv, st.publish_url, publish_s),
                                root / f"publisher-{len(streams)}.log",
                            )
                        )
                    for st, p in zip(streams, publishers, strict=True):
                        _wait(st, p)
                except RuntimeError as exc:
                    steps.append(
                        Step(n, False, float("nan"), float("nan"), float("nan"), {}, str(exc))
                    )
                    break
                time.sleep(plan.settle_s)
                step = _ramp_step(s, streams, publishers, plan.ramp_window_s)
                steps.append(step)
                log.info("ladder ramp %s: %s", name, step)
                if not step.passed:
                    break
        finally:
            for p in publishers:
                media.stop(p)
    return steps


def _ramp_step(s: Any, streams: list[Stream], publishers: list[Any], window_s: float) -> Step:
    tracks = {(i, r): Track() for i, st in enumerate(streams) for r in st.playlists}
    for (i, r), t in tracks.items():  # what is listed already is not new
        text = streams[i].text(r)
        t.seen |= set(parse_playlist(text).segments) if text else set()
    cpu0 = cpu_snapshot(s.roots(), time.monotonic())
    start = time.time()
    while (now := time.time()) < start + window_s:
        for (i, r), t in tracks.items():
            text = streams[i].text(r)
            if not text:
                continue
            p = parse_playlist(text)
            for uri, d in zip(p.segments, p.durations, strict=True):
                if uri not in t.seen:
                    t.seen.add(uri)
                    t.appeared.append((time.time(), d))
        time.sleep(max(0.0, 0.25 - (time.time() - now)))
    end = time.time()
    cpu1 = cpu_snapshot(s.roots(), time.monotonic())
    cores, by_name = cpu_share(cpu0, cpu1)
    passed, reason = keeps_real_time(list(tracks.values()), start, end)
    dead = sum(1 for p in publishers if p.poll() is not None)
    if dead:
        passed, reason = False, (reason + "; " if reason else "") + f"{dead} publisher(s) stopped"
    rates = [t.rate() for t in tracks.values()]
    return Step(
        len(streams),
        passed,
        min(rates),
        max(t.max_gap(start, end) for t in tracks.values()),
        cores,
        by_name,
        reason,
    )


# The run ------------------------------------------------------------------------------------
def run(plan: Plan, workdir: Path | None = None) -> tuple[list[Row], dict[str, Any]]:
    ffmpeg = media.ffmpeg_executable()
    flv = media.pattern_flv(ffmpeg)
    configs: list[tuple[str, list[tuple[Rung, int]]]] = [
        *((n, rungs([n])) for n in RUNGS),
        ("+".join(RUNGS), rungs()),
    ]
    cpu: dict[str, dict[str, list[Cpu]]] = {c: {"sender": [], "alone": []} for c, _ in configs}
    copy: list[Cpu] = []
    facts: dict[str, Any] = {"sender_available": True}
    with tempfile.TemporaryDirectory(prefix="sender-bench-ladder-", dir=workdir) as tmp:
        root = Path(tmp)
        k = 0
        for rnd in range(plan.rounds):
            for label, ladder in configs:
                sides = ("alone", "sender") if rnd % 2 == 0 else ("sender", "alone")
                for name in sides:
                    if name == "sender" and not facts["sender_available"]:
                        continue
                    k += 1
                    try:
                        cpu[label][name].append(
                            measure_cpu(name, ladder, plan, root / f"{k}", ffmpeg, flv)
                        )
                    except NotSupported as exc:
                        facts["sender_available"] = False
                        facts["sender_missing"] = str(exc)
                    except RuntimeError as exc:
                        if name != "sender":
                            raise
                        # A ladder stored but never encoded (an API without the transcoder).
                        facts["sender_available"] = False
                        facts["sender_missing"] = f"the rungs never appeared: {exc}"
            if facts["sender_available"]:
                k += 1
                copy.append(measure_cpu("sender", [], plan, root / f"{k}", ffmpeg, flv))
        facts["ramp"] = {}
        for name in ("alone", "sender"):
            if name == "sender" and not facts["sender_available"]:
                continue
            facts["ramp"][name] = ramp(name, plan, root / f"ramp-{name}", ffmpeg, flv)
    facts["cpu"] = cpu
    facts["copy"] = copy
    return rows(cpu, copy), facts


def _med(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


def rows(cpu: dict[str, dict[str, list[Cpu]]], copy: list[Cpu]) -> list[Row]:
    out: list[Row] = []
    copy_cores = _med([c.cores for c in copy])
    for label, got in cpu.items():
        alone = [c.cores for c in got["alone"]]
        sender = got["sender"]
        item = f"{label} from 720p30 4 Mbit/s"
        out.append(
            Row(
                "ladder",
                item,
                "CPU % of a core, ffmpeg alone",
                _med(alone) * 100,
                float("nan"),
                "-",
                note=f"n={len(alone)}",
            )
        )
        if not sender:
            continue
        transcoder = [c.by_name.get("ffmpeg", 0.0) for c in sender]
        out.append(
            Row(
                "ladder",
                item,
                "CPU % of a core, Sender's transcoder",
                _med(transcoder) * 100,
                _med(alone) * 100,
                "ffmpeg alone",
                [a / b for a, b in zip(transcoder, alone, strict=False) if b],
                note="the transcoder process alone",
            )
        )
        added = [c.cores - copy_cores for c in sender]
        out.append(
            Row(
                "ladder",
                item,
                "CPU % of a core, the ladder's cost in Sender",
                _med(added) * 100,
                _med(alone) * 100,
                "ffmpeg alone",
                [a / b for a, b in zip(added, alone, strict=False) if b],
                note=f"node tree with the ladder - without ({copy_cores * 100:.1f} %)",
            )
        )
    return out


def describe(facts: dict[str, Any]) -> str:
    lines = []
    if not facts.get("sender_available", True):
        lines.append(f"Sender's side not measured: {facts.get('sender_missing')}\n")
    for name, steps in facts.get("ramp", {}).items():
        who = "ffmpeg alone" if name == "alone" else "Sender (native copy + transcoder)"
        lines += [
            f"Streams with the {'+'.join(RUNGS)} ladder in real time, {who}:\n",
            "| streams | real time | slowest rendition x real time | max segment gap s "
            "| CPU % of a core | split | why not |",
            "|---:|---|---:|---:|---:|---|---|",
        ]
        for s in steps:
            split = ", ".join(f"{k} {v * 100:.0f} %" for k, v in sorted(s.by_name.items()))
            lines.append(
                f"| {s.streams} | {'yes' if s.passed else 'NO'} | {s.min_rate:.3f} "
                f"| {s.max_gap_s:.2f} | {s.cores * 100:.0f} | {split} | {s.reason} |"
            )
        carried = max((s.streams for s in steps if s.passed), default=0)
        lines.append(f"\ncarried {carried} stream(s) in real time\n")
    return "\n".join(lines)
