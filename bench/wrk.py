"""Run wrk against one URL and read requests/s, p99 latency and errors from its report."""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import dataclass

_UNITS = {"us": 1e-6, "ms": 1e-3, "s": 1.0, "m": 60.0}
_RPS_RE = re.compile(r"^Requests/sec:\s+([\d.]+)", re.M)
_P99_RE = re.compile(r"^\s+99%\s+([\d.]+)(us|ms|s|m)\s*$", re.M)
_NON2XX_RE = re.compile(r"Non-2xx or 3xx responses:\s+(\d+)")
_SOCKET_ERR_RE = re.compile(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)")
_REQUESTS_RE = re.compile(r"^\s+(\d+) requests in", re.M)


@dataclass(frozen=True, slots=True)
class WrkResult:
    requests_per_s: float
    p99_s: float
    requests: int
    errors: int  # non-2xx responses plus socket errors


def parse_report(text: str) -> WrkResult:
    rps = _RPS_RE.search(text)
    p99 = _P99_RE.search(text)
    count = _REQUESTS_RE.search(text)
    if rps is None or p99 is None or count is None:
        raise ValueError(f"not a wrk --latency report: {text[:400]!r}")
    errors = 0
    if (m := _NON2XX_RE.search(text)) is not None:
        errors += int(m.group(1))
    if (m := _SOCKET_ERR_RE.search(text)) is not None:
        errors += sum(int(g) for g in m.groups())
    return WrkResult(
        requests_per_s=float(rps.group(1)),
        p99_s=float(p99.group(1)) * _UNITS[p99.group(2)],
        requests=int(count.group(1)),
        errors=errors,
    )


def wrk_executable() -> str | None:
    return shutil.which("wrk")


def run_wrk(url: str, *, threads: int, connections: int, seconds: int) -> WrkResult:
    exe = wrk_executable()
    if exe is None:
        raise RuntimeError("wrk not found (scripts/system-deps.sh installs it)")
    cmd = [exe, f"-t{threads}", f"-c{connections}", f"-d{seconds}s", "--latency", url]
    out = subprocess.run(cmd, capture_output=True, text=True, timeout=seconds + 60)
    if out.returncode != 0:
        raise RuntimeError(f"wrk failed: {out.stderr.strip() or out.stdout.strip()}")
    return parse_report(out.stdout)
