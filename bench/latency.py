"""Latency: how soon a viewer learns of new media, LL-HLS against standard HLS, in one run.

`python -m bench.latency [--quick] [--json FILE]`

Each node (one per pair of part and segment targets) carries two streams, both
published by ffmpeg test patterns (x264, one keyframe a second): stream `ll`
with `latency_mode` low (the default) and stream `std` switched to standard.

Server side, three clients run at once for the window:
- LL: the blocking reload hls.js does in low-latency mode. It asks for the
  part of the EXT-X-PRELOAD-HINT (`_HLS_msn`, `_HLS_part`) and, on each
  answer, records for every part it had not seen `receipt - (its
  PROGRAM-DATE-TIME + its duration)`: how long after the media's end on the
  ingest clock the client learned of it.
- standard: polls the playlist every half target duration like a standard
  client and records the same for every new segment.
- observer: polls the LL playlist without directives every OBSERVE_S. The last
  poll sent before a part was listed bounds that part's creation from below,
  so `blocking receipt - that poll's send time` bounds from above how long
  the server took to release the held request once the part existed (the
  blocking latency; it should be under one part target).

Browser side, `tests/browser/probe.mjs latency` plays each stream's
multivariant playlist with hls.js (lowLatencyMode on: for the standard stream,
whose playlist has no parts or server control, hls.js plays it as standard
live, three target durations behind) and samples `Date.now() - playingDate`.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import logging
import math
import re
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

import aiohttp

from bench import media
from bench.node import SenderNode
from bench.report import log_to_stderr
from bench.run import machine

log = logging.getLogger(__name__)

ROOT = Path(__file__).resolve().parent.parent
PROBE = ROOT / "tests" / "browser" / "probe.mjs"
OBSERVE_S = 0.01
PART_RE = re.compile(r"part-(\d+)\.(\d+)\.m4s")
SEG_RE = re.compile(r"seg-(\d+)\.m4s")


@dataclass(frozen=True, slots=True)
class Config:
    part_target_s: float
    segment_target_s: float


@dataclass(frozen=True, slots=True)
class Plan:
    configs: tuple[Config, ...]
    window_s: float  # the server-side clients
    browser_s: float  # each browser probe


DEFAULT = Config(0.2, 2.0)
QUICK = Plan(configs=(DEFAULT,), window_s=15.0, browser_s=15.0)
FULL = Plan(
    configs=(DEFAULT, Config(0.333, 2.0), Config(0.2, 1.0), Config(0.333, 1.0)),
    window_s=30.0,
    browser_s=30.0,
)


# Playlists ----------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Media:
    """A part or a segment: its number(s) and its span on the ingest clock (epoch seconds)."""

    key: tuple[int, int]  # (msn, part index); (msn, -1) for a segment
    start: float
    duration: float

    @property
    def end(self) -> float:
        return self.start + self.duration


@dataclass(slots=True)
class Parsed:
    target_duration: float = 0.0
    part_target: float | None = None
    parts: list[Media] = field(default_factory=list)
    segments: list[Media] = field(default_factory=list)
    hint: tuple[int, int] | None = None


def _attr(line: str, name: str) -> str | None:
    m = re.search(rf'{name}=("([^"]*)"|[^,]*)', line)
    if m is None:
        return None
    return m.group(2) if m.group(2) is not None else m.group(1)


def parse(text: str) -> Parsed:
    """Parts, segments and the preload hint, each part and segment dated by PROGRAM-DATE-TIME."""
    out = Parsed()
    seg_start: float | None = None
    clock: float | None = None  # start of the next part
    extinf: float | None = None
    for line in text.splitlines():
        if line.startswith("#EXT-X-TARGETDURATION:"):
            out.target_duration = float(line.split(":", 1)[1])
        elif line.startswith("#EXT-X-PART-INF:"):
            out.part_target = float(_attr(line, "PART-TARGET") or 0)
        elif line.startswith("#EXT-X-PROGRAM-DATE-TIME:"):
            stamp = line.split(":", 1)[1].replace("Z", "+00:00")
            seg_start = clock = datetime.fromisoformat(stamp).timestamp()
        elif line.startswith("#EXT-X-PART:"):
            duration = float(_attr(line, "DURATION") or 0)
            m = PART_RE.search(_attr(line, "URI") or "")
            if m and clock is not None:
                out.parts.append(Media((int(m[1]), int(m[2])), clock, duration))
                clock += duration
        elif line.startswith("#EXT-X-PRELOAD-HINT:"):
            m = PART_RE.search(_attr(line, "URI") or "")
            if m:
                out.hint = (int(m[1]), int(m[2]))
        elif line.startswith("#EXTINF:"):
            extinf = float(line.split(":", 1)[1].split(",", 1)[0])
        elif line and not line.startswith("#") and extinf is not None:
            m = SEG_RE.search(line)
            if m and seg_start is not None:
                out.segments.append(Media((int(m[1]), -1), seg_start, extinf))
                seg_start = clock = seg_start + extinf
            extinf = None
    return out


# Statistics ---------------------------------------------------------------------------------
def pct(values: list[float], p: float) -> float:
    """The p-th percentile (nearest rank), NaN when empty."""
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, math.ceil(p / 100 * len(ordered)) - 1))]


def summary(values: list[float]) -> dict[str, float]:
    return {"n": len(values), "median": pct(values, 50), "p95": pct(values, 95)}


# Server-side clients ------------------------------------------------------------------------
@dataclass(slots=True)
class Seen:
    """When a polling observer first saw each part or segment.

    `first`: (send time of the last poll that did not list it, receipt of the first that
    did), which bound its creation; `end`: its end by PROGRAM-DATE-TIME.
    """

    first: dict[tuple[int, int], tuple[float, float]] = field(default_factory=dict)
    end: dict[tuple[int, int], float] = field(default_factory=dict)
    polls: int = 0
    errors: int = 0


async def observe(http: aiohttp.ClientSession, url: str, end: float, seen: Seen) -> None:
    """Poll `url` without directives every OBSERVE_S until `end` (monotonic); date what appears."""
    loop = asyncio.get_running_loop()
    prev_send: float | None = None
    while loop.time() < end:
        sent = time.time()
        try:
            async with http.get(url) as r:
                text = await r.text() if r.status == 200 else ""
        except (aiohttp.ClientError, TimeoutError):
            text = ""
        got = time.time()
        seen.polls += 1
        if not text:
            seen.errors += 1
        else:
            playlist = parse(text)
            # Before the first poll nothing bounds the creation: those are undated.
            not_yet = prev_send if prev_send is not None else float("nan")
            for m in (*playlist.parts, *playlist.segments):
                if m.key not in seen.first:
                    seen.first[m.key] = (not_yet, got)
                    seen.end[m.key] = m.end
        prev_send = sent
        await asyncio.sleep(max(0.0, OBSERVE_S - (time.time() - sent)))


@dataclass(slots=True)
class Blocking:
    lags: list[float] = field(default_factory=list)  # receipt - part end (PDT)
    # (msn, part) asked for -> (send, receipt) of the blocking request that asked for it
    asked: dict[tuple[int, int], tuple[float, float]] = field(default_factory=dict)
    statuses: dict[int, int] = field(default_factory=dict)


async def ll_client(http: aiohttp.ClientSession, url: str, end: float, out: Blocking) -> None:
    """hls.js's low-latency reload: always ask for the preload hint's part, blocking."""
    loop = asyncio.get_running_loop()
    async with http.get(url) as r:
        first = parse(await r.text())
    seen = {p.key for p in first.parts}
    hint = first.hint
    while loop.time() < end and hint is not None:
        sent = time.time()
        async with http.get(url, params={"_HLS_msn": hint[0], "_HLS_part": hint[1]}) as r:
            text = await r.text()
            status = r.status
        got = time.time()
        out.statuses[status] = out.statuses.get(status, 0) + 1
        if status != 200:
            await asyncio.sleep(0.1)
            async with http.get(url) as r:
                hint = parse(await r.text()).hint
            continue
        playlist = parse(text)
        out.asked[hint] = (sent, got)
        for p in playlist.parts:
            if p.key not in seen:
                seen.add(p.key)
                out.lags.append(got - p.end)
        hint = playlist.hint


async def std_client(
    http: aiohttp.ClientSession,
    url: str,
    end: float,
    lags: list[float],
    receipts: dict[tuple[int, int], float],
) -> None:
    """A standard client: reload every half target duration; date each new segment."""
    loop = asyncio.get_running_loop()
    seen: set[tuple[int, int]] | None = None
    while (now := loop.time()) < end:
        async with http.get(url) as r:
            text = await r.text()
        got = time.time()
        playlist = parse(text)
        keys = {s.key for s in playlist.segments}
        if seen is not None:
            for s in playlist.segments:
                if s.key not in seen:
                    lags.append(got - s.end)
                    receipts[s.key] = got
            seen |= keys
        else:
            seen = keys
        interval = (playlist.target_duration or 2.0) / 2
        await asyncio.sleep(max(0.0, interval - (loop.time() - now)))


@dataclass(slots=True)
class ServerSide:
    ll: Blocking
    std_lags: list[float]
    std_receipts: dict[tuple[int, int], float]
    seen: Seen
    std_seen: Seen
    ll_playlist: Parsed
    std_playlist: Parsed

    def std_after_creation(self) -> list[float]:
        """Standard client: receipt - the segment's creation (upper bound), per new segment."""
        out = []
        for key, got in self.std_receipts.items():
            not_yet = self.std_seen.first.get(key, (float("nan"), 0.0))[0]
            if not_yet == not_yet:
                out.append(got - not_yet)
        return out

    @staticmethod
    def pdt_lead(seen: Seen, parts: bool) -> list[float]:
        """End by PROGRAM-DATE-TIME - creation (midpoint of its bounds): how far PDT runs late."""
        out = []
        for key, (not_yet, listed) in seen.first.items():
            if not_yet == not_yet and (key[1] >= 0) == parts:
                out.append(seen.end[key] - (not_yet + listed) / 2)
        return out

    def blocking_bounds(self) -> tuple[list[float], list[float]]:
        """Per part asked for while it did not exist: (upper, lower) bounds of the release time."""
        upper: list[float] = []
        lower: list[float] = []
        for key, (sent, got) in self.ll.asked.items():
            first = self.seen.first.get(key)
            if first is None or math.isnan(first[0]):
                continue
            not_yet, listed = first
            if sent < not_yet:  # the request was held before the part existed
                upper.append(got - not_yet)
                lower.append(got - listed)
        return upper, lower


async def server_side(ll_url: str, std_url: str, window_s: float) -> ServerSide:
    timeout = aiohttp.ClientTimeout(total=30)
    connector = aiohttp.TCPConnector(limit=0)
    async with aiohttp.ClientSession(timeout=timeout, connector=connector) as http:
        end = asyncio.get_running_loop().time() + window_s
        result = ServerSide(Blocking(), [], {}, Seen(), Seen(), Parsed(), Parsed())
        await asyncio.gather(
            ll_client(http, ll_url, end, result.ll),
            std_client(http, std_url, end, result.std_lags, result.std_receipts),
            observe(http, ll_url, end, result.seen),
            observe(http, std_url, end, result.std_seen),
        )
        async with http.get(ll_url) as r:
            result.ll_playlist = parse(await r.text())
        async with http.get(std_url) as r:
            result.std_playlist = parse(await r.text())
    return result


# Browser ------------------------------------------------------------------------------------
def browser_latency(hls_url: str, seconds: float) -> dict[str, Any]:
    cmd = ["node", str(PROBE), "latency", hls_url, "--seconds", f"{seconds:g}", "--timeout", "45"]
    try:
        done = subprocess.run(
            cmd, capture_output=True, text=True, timeout=seconds + 150, cwd=ROOT, check=False
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        return {"error": str(exc)}
    if done.returncode != 0:
        return {"error": done.stderr.strip()[-500:]}
    try:
        out: dict[str, Any] = json.loads(done.stdout)
    except json.JSONDecodeError:
        return {"error": done.stdout[-500:]}
    return out


# Nodes --------------------------------------------------------------------------------------
def pattern_command(ffmpeg: str, url: str, seconds: float) -> list[str]:
    from sender.demo import test_pattern_command

    return test_pattern_command(ffmpeg, url, duration_s=seconds, size="640x360", rate=25)


def measure(config: Config, plan: Plan, root: Path) -> dict[str, Any]:
    ffmpeg = media.ffmpeg_executable()
    publish_s = plan.window_s + 2 * (plan.browser_s + 150) + 120
    name = f"p{config.part_target_s:g}-s{config.segment_target_s:g}"
    result: dict[str, Any] = {
        "part_target_s": config.part_target_s,
        "segment_target_s": config.segment_target_s,
    }
    with SenderNode(
        root / name,
        segment_target_s=config.segment_target_s,
        part_target_s=config.part_target_s,
    ) as node:
        _, key_ll = node.create_stream("ll")
        _, key_std = node.create_stream("std")
        node.api("PATCH", "/api/v1/streams/std", {"latency_mode": "standard"})
        pubs = [
            media.spawn(pattern_command(ffmpeg, node.publish_url(k), publish_s), root / f"{s}.log")
            for k, s in ((key_ll, f"{name}-ll"), (key_std, f"{name}-std"))
        ]
        try:
            _, ll_url = node.wait_live("ll", segments=2, publisher=pubs[0])
            _, std_url = node.wait_live("std", segments=2, publisher=pubs[1])
            time.sleep(1.0)
            log.info("%s: server side for %g s", name, plan.window_s)
            ss = asyncio.run(server_side(ll_url, std_url, plan.window_s))
            upper, lower = ss.blocking_bounds()
            part_target = ss.ll_playlist.part_target or config.part_target_s
            result["playlist"] = {
                "ll_target_duration": ss.ll_playlist.target_duration,
                "ll_part_target": ss.ll_playlist.part_target,
                "std_target_duration": ss.std_playlist.target_duration,
            }
            result["server"] = {
                "ll": summary(ss.ll.lags),
                "std": summary(ss.std_lags),
                "blocking_upper": summary(upper),
                "blocking_lower": summary(lower),
                "std_after_creation": summary(ss.std_after_creation()),
                "ll_pdt_lead": summary(ss.pdt_lead(ss.seen, parts=True)),
                "std_pdt_lead": summary(ss.pdt_lead(ss.std_seen, parts=False)),
                "blocking_within_part_target": (
                    sum(1 for u in upper if u <= part_target) / len(upper) if upper else None
                ),
                "ll_statuses": ss.ll.statuses,
                "observer_polls": ss.seen.polls,
                "observer_errors": ss.seen.errors,
            }
            for label, slug in (("ll", "ll"), ("std", "std")):
                info = node.api("GET", f"/api/v1/playback/{slug}")
                hls_url = str(info["hls_url"])
                if not hls_url.startswith("http"):
                    hls_url = node.http_url + hls_url
                log.info("%s: browser on %s for %g s", name, label, plan.browser_s)
                probe = browser_latency(hls_url, plan.browser_s)
                if probe.get("error") or not probe.get("playing"):
                    # Once more, and say so: a start-up failure on busy cores is not a latency.
                    first = {k: probe.get(k) for k in ("error", "bad_responses", "hls")}
                    log.warning("%s: browser on %s failed (%s); retrying", name, label, first)
                    probe = browser_latency(hls_url, plan.browser_s)
                    probe["retried_after"] = first
                result.setdefault("browser", {})[label] = {
                    k: probe.get(k)
                    for k in ("error", "playing", "samples", "median_ms", "p95_ms", "min_ms",
                              "max_ms", "hls", "bad_responses", "failed_requests",
                              "retried_after")
                }  # fmt: skip
            dead = [p.returncode for p in pubs if p.poll() is not None]
            if dead:
                result["warning"] = f"publisher(s) exited early: {dead}"
        finally:
            for p in pubs:
                media.stop(p)
    log.info("%s: %s", name, json.dumps(result, default=str))
    return result


# Report -------------------------------------------------------------------------------------
def _ms(value: float | None) -> str:
    if value is None or value != value:
        return "n/a"
    return f"{value * 1000:.0f}"


def _ratio(a: float | None, b: float | None) -> str:
    if not a or not b or a != a or b != b:
        return "n/a"
    return f"{a / b:.1f}"


def tables(results: list[dict[str, Any]]) -> str:
    out = [
        "Server side, ms, median / p95. PDT lag: receipt - the media's end by"
        " PROGRAM-DATE-TIME; after creation: receipt - when the part or segment appeared"
        " (upper bound); PDT lead: end by PROGRAM-DATE-TIME - appearance.",
        "",
        "| part target s | segment target s | PART-TARGET / TARGETDURATION "
        "| LL PDT lag (parts) | standard PDT lag (segments) | standard - LL median "
        "| LL after creation (blocking release) | within one part target "
        "| standard after creation | PDT lead LL / standard (median) |",
        "|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in results:
        s = r.get("server", {})
        pl = r.get("playlist", {})
        ll, std, up = s.get("ll", {}), s.get("std", {}), s.get("blocking_upper", {})
        sac = s.get("std_after_creation", {})
        within = s.get("blocking_within_part_target")
        diff = (std.get("median") or math.nan) - (ll.get("median") or math.nan)
        out.append(
            f"| {r['part_target_s']:g} | {r['segment_target_s']:g} "
            f"| {pl.get('ll_part_target')} / {pl.get('ll_target_duration')} "
            f"| {_ms(ll.get('median'))} / {_ms(ll.get('p95'))} (n={ll.get('n')}) "
            f"| {_ms(std.get('median'))} / {_ms(std.get('p95'))} (n={std.get('n')}) "
            f"| {_ms(diff)} "
            f"| {_ms(up.get('median'))} / {_ms(up.get('p95'))} (n={up.get('n')}) "
            f"| {'n/a' if within is None else f'{within:.0%}'} "
            f"| {_ms(sac.get('median'))} / {_ms(sac.get('p95'))} (n={sac.get('n')}) "
            f"| {_ms(s.get('ll_pdt_lead', {}).get('median'))} / "
            f"{_ms(s.get('std_pdt_lead', {}).get('median'))} |"
        )
    out += [
        "",
        "Browser playhead (hls.js, `Date.now() - playingDate`, ms; median / p95):",
        "",
        "| part target s | segment target s | LL | standard | standard/LL (median) |",
        "|---:|---:|---:|---:|---:|",
    ]
    for r in results:
        b = r.get("browser", {})

        def cell(x: dict[str, Any] | None) -> str:
            if not x or x.get("error") or not x.get("playing"):
                return f"failed: {(x or {}).get('error') or 'did not play'}"[:80]
            return f"{x['median_ms']} / {x['p95_ms']} (n={x['samples']})"

        ll, std = b.get("ll") or {}, b.get("std") or {}
        ratio = _ratio(std.get("median_ms"), ll.get("median_ms"))
        out.append(
            f"| {r['part_target_s']:g} | {r['segment_target_s']:g} | {cell(ll)} "
            f"| {cell(std)} | {ratio} |"
        )
    return "\n".join(out)


def run(plan: Plan, workdir: Path | None = None) -> list[dict[str, Any]]:
    results = []
    with tempfile.TemporaryDirectory(prefix="sender-bench-latency-", dir=workdir) as tmp:
        for config in plan.configs:
            try:
                results.append(measure(config, plan, Path(tmp)))
            except (RuntimeError, TimeoutError, aiohttp.ClientError) as exc:
                log.error("%s failed: %s", config, exc)
                results.append({**vars_of(config), "error": str(exc)[-1000:]})
    return results


def vars_of(config: Config) -> dict[str, float]:
    return {"part_target_s": config.part_target_s, "segment_target_s": config.segment_target_s}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.latency", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="the default targets only, short")
    parser.add_argument("--json", type=Path, help="also write the results here")
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args(argv)
    log_to_stderr(args.verbose)
    facts = machine()
    command = "python -m bench.latency " + " ".join(argv if argv is not None else sys.argv[1:])
    print(f"# Sender latency, {facts['date']}")
    print(f"machine: {facts['nproc']} x {facts['cpu']}, Linux {facts['kernel']}")
    print(f"command: {command.strip()}\n", flush=True)
    started = time.monotonic()
    results = run(QUICK if args.quick else FULL)
    print(tables(results))
    for r in results:
        if "error" in r or "warning" in r:
            print(f"\n{vars_of(Config(r['part_target_s'], r['segment_target_s']))}: "
                  f"{r.get('error') or r.get('warning')}")  # fmt: skip
    print(f"\ntotal {time.monotonic() - started:.0f} s")
    if args.json is not None:
        with contextlib.suppress(OSError):
            doc = {"machine": facts, "command": command, "results": results}
            args.json.write_text(json.dumps(doc, indent=2, default=str))
    return 0


if __name__ == "__main__":
    sys.exit(main())
