"""Delivery: the same files served by Sender and by nginx, measured with wrk in one run.

A real node ingests the pre-encoded 720p30 FLV (~1 MB per 2 s segment). nginx
(one worker, sendfile on) gets its root at that generation's spool directory,
plus a static copy of the live media playlist's text and of one part (parts
live only in Sender's memory). For each object and each connection count, wrk
runs against Sender and against nginx back to back, the order alternating
from round to round; the ratio of each round is kept and their median reported.

Objects:
- segment: the newest complete segment when the pair starts (~1 MB). Sender
  serves it from memory while it is the newest, else from the spool (sendfile).
- playlist: the live media playlist. Sender renders it from its index on every
  request; nginx serves a static copy of the same text.
- part: the newest complete LL-HLS part (~100 kB); Sender from memory while
  its segment is open or the newest complete one, then from that segment's
  file. Its runs last at most PART_RUN_S.
Each side's object is picked just before its own run.
"""

from __future__ import annotations

import logging
import statistics
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from bench import media
from bench.nginx import Nginx
from bench.node import SenderNode, parse_playlist
from bench.report import Row
from bench.wrk import WrkResult, run_wrk

log = logging.getLogger(__name__)

OBJECTS = ("segment", "playlist", "part")
PART_RUN_S = 5


@dataclass(frozen=True, slots=True)
class Plan:
    seconds: int  # wrk -d
    connections: tuple[int, ...]
    rounds: int


QUICK = Plan(seconds=3, connections=(2, 50), rounds=1)
FULL = Plan(seconds=8, connections=(2, 50), rounds=3)


@dataclass(frozen=True, slots=True)
class Target:
    sender_url: str
    nginx_url: str
    size: int


class Live:
    """The live generation and the nginx that mirrors it; picks what each pair requests."""

    def __init__(self, node: SenderNode, media_url: str, nginx: Nginx, static: Path) -> None:
        self.node = node
        self.media_url = media_url
        self.base = media_url.rsplit("/", 1)[0]  # .../hls/<stream>/<generation>/source
        self.nginx = nginx
        self.static = static

    def target(self, kind: str) -> Target:
        text = self.node.get(self.media_url).decode()
        playlist = parse_playlist(text)
        if kind == "playlist":
            (self.static / "index.m3u8").write_text(text)
            return Target(self.media_url, f"{self.nginx.http_url}/static/index.m3u8", len(text))
        if kind == "segment":
            name = playlist.segments[-1]
            path = self._spool_dir() / name
            deadline = time.monotonic() + 10
            while not path.exists():  # the spool writer may be a moment behind the index
                if time.monotonic() > deadline:
                    raise RuntimeError(f"{name} never reached the spool")
                time.sleep(0.05)
            return Target(
                f"{self.base}/{name}", f"{self.nginx.http_url}/source/{name}", path.stat().st_size
            )
        if kind == "part":
            name = playlist.parts()[-1]
            data = self.node.get(f"{self.base}/{name}")
            (self.static / "part.m4s").write_bytes(data)
            return Target(
                f"{self.base}/{name}", f"{self.nginx.http_url}/static/part.m4s", len(data)
            )
        raise ValueError(kind)

    def _spool_dir(self) -> Path:
        # The URL path mirrors the spool layout: /hls/<stream>/<generation>/<rendition>.
        stream_id, generation_id, rendition = self.base.split("/hls/", 1)[1].split("/")
        return self.node.spool_root / "streams" / stream_id / generation_id / rendition


def _pair(
    live: Live, kind: str, connections: int, seconds: int, sender_first: bool
) -> tuple[dict[str, WrkResult], int]:
    """One wrk run per side; each side's target is picked just before its run.

    Picking per side keeps both on an equally fresh object: a part leaves
    Sender's memory about a segment after it was made, and a pair takes longer.
    """
    order = ["sender", "nginx"] if sender_first else ["nginx", "sender"]
    out: dict[str, WrkResult] = {}
    size = 0
    # A part is served from memory about a segment (2 s) past its own; its runs are kept short.
    duration = min(seconds, PART_RUN_S) if kind == "part" else seconds
    for side in order:
        target = live.target(kind)
        size = max(size, target.size)
        url = target.sender_url if side == "sender" else target.nginx_url
        out[side] = run_wrk(url, threads=2, connections=connections, seconds=duration)
    return out, size


def run(plan: Plan, workdir: Path | None = None) -> list[Row]:
    ffmpeg = media.ffmpeg_executable()
    flv = media.pattern_flv(ffmpeg)
    runs = len(OBJECTS) * len(plan.connections) * plan.rounds * 2
    publish_s = runs * (plan.seconds + 3) + 90
    with tempfile.TemporaryDirectory(prefix="sender-bench-delivery-", dir=workdir) as tmp:
        root = Path(tmp)
        static = root / "static"
        static.mkdir()
        with SenderNode(root / "node") as node:
            _, key = node.create_stream("bench")
            publisher = media.spawn(
                media.publish_command(ffmpeg, flv, node.publish_url(key), publish_s),
                root / "publisher.log",
            )
            try:
                generation, media_url = node.wait_live("bench", segments=3, publisher=publisher)
                stream_dir = node.spool_root / "streams"
                gen_dir = next(stream_dir.glob(f"*/{generation}"))
                with Nginx(http_root=gen_dir, static_dir=static) as nginx:
                    live = Live(node, media_url, nginx, static)
                    return _measure(live, plan)
            finally:
                media.stop(publisher)


def _measure(live: Live, plan: Plan) -> list[Row]:
    results: dict[tuple[str, int], list[dict[str, WrkResult]]] = {}
    sizes: dict[str, list[int]] = {}
    for rnd in range(plan.rounds):
        for kind in OBJECTS:
            for conns in plan.connections:
                pair, size = _pair(live, kind, conns, plan.seconds, sender_first=rnd % 2 == 0)
                sizes.setdefault(kind, []).append(size)
                log.info(
                    "delivery %s -c%d round %d: Sender %.0f req/s, nginx %.0f req/s",
                    kind, conns, rnd + 1, pair["sender"].requests_per_s,
                    pair["nginx"].requests_per_s,
                )  # fmt: skip
                results.setdefault((kind, conns), []).append(pair)
    rows: list[Row] = []
    for (kind, conns), pairs in results.items():
        median_size = statistics.median(sizes[kind])
        errors = sum(p["sender"].errors for p in pairs), sum(p["nginx"].errors for p in pairs)
        note = f"{_size(median_size)}"
        if any(errors):
            # Error responses are cheap and inflate requests/s: such a row is not a result.
            note += f"; INVALID, errors Sender {errors[0]}, nginx {errors[1]}"
        rows.append(
            Row(
                benchmark="delivery",
                item=f"{kind} -c{conns}",
                metric="requests/s",
                sender=statistics.median(p["sender"].requests_per_s for p in pairs),
                reference=statistics.median(p["nginx"].requests_per_s for p in pairs),
                reference_name="nginx",
                ratios=[p["sender"].requests_per_s / p["nginx"].requests_per_s for p in pairs],
                note=note,
            )
        )
        rows.append(
            Row(
                benchmark="delivery",
                item=f"{kind} -c{conns}",
                metric="p99 latency ms",
                sender=statistics.median(p["sender"].p99_s for p in pairs) * 1000,
                reference=statistics.median(p["nginx"].p99_s for p in pairs) * 1000,
                reference_name="nginx",
                ratios=[p["sender"].p99_s / p["nginx"].p99_s for p in pairs],
            )
        )
    return rows


def _size(n: float) -> str:
    return f"{n / 1e6:.2f} MB" if n >= 1e6 else f"{n / 1e3:.1f} kB"
