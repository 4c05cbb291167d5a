"""probe.mjs itself: its serve session ends when told to, without waiting for stdin's EOF."""

from __future__ import annotations

import asyncio
import json
import shutil
import subprocess

import pytest

from tests.browser.conftest import PROBE, ROOT


@pytest.fixture
def node_with_packages() -> None:
    if shutil.which("node") is None:
        pytest.skip("Node.js is missing: the browser probe runs on node")
    if not (ROOT / "player" / "node_modules" / "playwright-core").is_dir():
        pytest.skip("player/node_modules is missing: run scripts/browser-deps.sh")


async def test_close_ends_the_probe_while_its_stdin_stays_open(node_with_packages: None) -> None:
    proc = await asyncio.create_subprocess_exec(
        "node",
        str(PROBE),
        "serve",
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=ROOT,
    )
    assert proc.stdin is not None and proc.stdout is not None
    try:
        proc.stdin.write(b'{"cmd": "close"}\n')
        await proc.stdin.drain()
        reply = await asyncio.wait_for(proc.stdout.readline(), 30)
        assert json.loads(reply) == {"ok": True}
        # stdin is still open: the probe must end on its own, cleanly.
        code = await asyncio.wait_for(proc.wait(), 20)
    finally:
        if proc.returncode is None:
            proc.kill()
            await proc.wait()
    assert code == 0
