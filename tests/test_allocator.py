"""Large buffers go back to the system when freed (sender.allocator), in a process of their own."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

# A segment-sized block freed once (glibc then raises its threshold to that size), then
# forty 512 KiB blocks, each followed by a small one that stays: the small ones pin the
# heap, so blocks served from it cannot go back when freed; blocks of their own mapping do.
SCRIPT = """
import json, sys
from sender.allocator import keep_large_blocks_mapped

def rss():
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) * 1024

fixed = keep_large_blocks_mapped() if sys.argv[1] == "fixed" else False
segment = b"s" * (4 << 20)
del segment
before = rss()
blocks, small = [], []
for i in range(40):
    blocks.append(b"y" * (512 * 1024) + bytes([i % 256]))
    small.append(bytes(range(200)) * 5 + bytes([i % 256]))
del blocks
print(json.dumps({"fixed": fixed, "kept_bytes": rss() - before}))
"""


def run(mode: str) -> dict[str, object]:
    out = subprocess.run(
        [sys.executable, "-c", SCRIPT, mode], capture_output=True, text=True, check=True
    )
    result: dict[str, object] = json.loads(out.stdout)
    return result


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc/self/status")
def test_freed_large_buffers_leave_the_process() -> None:
    dynamic = run("dynamic")
    fixed = run("fixed")
    if fixed["fixed"] is not True:
        pytest.skip("this C library has no mallopt (not glibc): nothing is changed there")
    # The reference: with glibc's own rule the freed blocks stay in the process.
    assert isinstance(dynamic["kept_bytes"], int) and dynamic["kept_bytes"] > 2_000_000, dynamic
    assert isinstance(fixed["kept_bytes"], int) and fixed["kept_bytes"] < 1_000_000, fixed


def test_an_operators_own_threshold_wins(monkeypatch: pytest.MonkeyPatch) -> None:
    from sender.allocator import keep_large_blocks_mapped

    monkeypatch.setenv("MALLOC_MMAP_THRESHOLD_", "65536")
    assert keep_large_blocks_mapped() is False
