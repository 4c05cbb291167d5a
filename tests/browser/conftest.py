"""A real node, real ffmpeg publishing, and a real Chromium driven by probe.mjs.

The node, client and publisher come from tests/e2e/conftest.py. Chromium is Debian's
(`scripts/browser-deps.sh` installs it as root, with the player's npm packages);
without chromium or Node.js the browser tests skip and say why.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import shutil
import subprocess
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
import pytest_asyncio

from tests.e2e.conftest import backend, client, ffmpeg, node  # noqa: F401

ROOT = Path(__file__).resolve().parents[2]
PROBE = ROOT / "tests" / "browser" / "probe.mjs"
ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")


def _missing() -> str | None:
    if not os.access(CHROMIUM, os.X_OK):
        return f"{CHROMIUM} is missing: run scripts/browser-deps.sh as root"
    if shutil.which("node") is None:
        return "Node.js is missing: the browser probe runs on node"
    return None


@pytest.fixture(scope="session")
def browser_ready() -> None:
    reason = _missing()
    if reason is not None:
        pytest.skip(reason)
    # Fail, not skip: with chromium and node present, a missing package is a broken set-up.
    if not (ROOT / "player" / "node_modules" / "playwright-core").is_dir():
        subprocess.run(["bash", str(ROOT / "scripts" / "browser-deps.sh")], check=True)


class Probe:
    """One Chromium, driven through probe.mjs's JSON-lines session."""

    def __init__(self, proc: asyncio.subprocess.Process) -> None:
        self.proc = proc

    async def call(self, cmd: str, timeout: float = 90.0, **args: Any) -> dict[str, Any]:
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self.proc.stdin.write((json.dumps({"cmd": cmd, **args}) + "\n").encode())
        await self.proc.stdin.drain()
        line = await asyncio.wait_for(self.proc.stdout.readline(), timeout)
        if not line:
            stderr = await self.proc.stderr.read() if self.proc.stderr else b""
            raise AssertionError(f"probe.mjs exited: {stderr.decode(errors='replace')[-2000:]}")
        reply: dict[str, Any] = json.loads(line)
        if "error" in reply:
            raise AssertionError(f"probe {cmd}: {reply['error']}")
        return reply

    async def close(self) -> None:
        if self.proc.returncode is None:
            with contextlib.suppress(AssertionError, TimeoutError, OSError):
                await self.call("close", timeout=20)
            if self.proc.stdin is not None:
                self.proc.stdin.close()  # EOF: the probe exits even if "close" went unanswered
            try:
                await asyncio.wait_for(self.proc.wait(), 10)
            except TimeoutError:
                self.proc.kill()
                await self.proc.wait()


async def open_probe(*, mobile: bool = False) -> Probe:
    proc = await asyncio.create_subprocess_exec(
        "node",
        str(PROBE),
        "serve",
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=ROOT,
    )
    probe = Probe(proc)
    await probe.call("launch", mobile=mobile)
    return probe


@pytest_asyncio.fixture
async def browser(browser_ready: None) -> AsyncIterator[Probe]:
    probe = await open_probe()
    try:
        yield probe
    finally:
        await probe.close()


async def run_probe(*args: str, timeout: float = 120.0) -> dict[str, Any]:
    """A one-shot probe.mjs mode (play, latency); its JSON output."""
    proc = await asyncio.create_subprocess_exec(
        "node",
        str(PROBE),
        *args,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=ROOT,
    )
    out, err = await asyncio.wait_for(proc.communicate(), timeout)
    assert proc.returncode == 0, err.decode(errors="replace")[-2000:]
    result: dict[str, Any] = json.loads(out)
    return result


def unexpected_errors(report: dict[str, Any]) -> list[Any]:
    """Page errors, failed requests and error responses, except the player-events endpoint's 404.

    `/api/v1/player/events` is built separately; until it exists it answers 404, which
    the page must survive. Chromium logs every 4xx as a console error, so those lines
    are matched against the responses.
    """
    events_404 = [
        r
        for r in report["bad_responses"]
        if r["url"].split("?")[0].endswith("/api/v1/player/events") and r["status"] == 404
    ]
    bad = [r for r in report["bad_responses"] if r not in events_404]
    console = [
        c
        for c in report["console"]
        if c["type"] == "error"
        and not (events_404 and "status of 404" in c["text"] and "Failed to load" in c["text"])
    ]
    return [*report["page_errors"], *report["failed_requests"], *bad, *console]
