"""The rooms' import rules: the arrows point inward (docs/architecture.md).

The mechanism rooms (rtmp, media, hls) and the domain know nothing of the runtime,
the control plane, the store or the web; delivery and stats declare what they read
(hls/source.py, stats/streams.py) instead of importing the runtime; the runtime and
the edge are driven by the control plane and never reach back into it. Every import
counts, including those under TYPE_CHECKING and inside functions.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src" / "sender"

# room -> the sender rooms it may import (itself always).
ALLOWED: dict[str, set[str]] = {
    "domain": {"errors"},
    "rtmp": {"errors"},
    "media": {"domain", "errors", "rtmp"},
    "hls": {"domain", "errors", "media"},
    "stats": {"domain", "errors", "media"},
    "live": {"domain", "errors", "media", "rtmp"},
    "edge": {"domain", "errors", "media", "hls", "live"},
    "ingest": {"domain", "errors", "rtmp"},
    "store": {"domain", "errors"},
}


def imported_rooms(path: Path) -> set[str]:
    rooms = set()
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names = [node.module]
        for name in names:
            parts = name.split(".")
            if parts[0] == "sender" and len(parts) > 1:
                rooms.add(parts[1])
    return rooms


@pytest.mark.parametrize("room", sorted(ALLOWED))
def test_a_room_imports_only_what_lies_inward(room: str) -> None:
    files = sorted((SRC / room).rglob("*.py"))
    assert files, f"no room {room} under {SRC}"
    wrong = {
        str(f.relative_to(SRC)): sorted(imported_rooms(f) - ALLOWED[room] - {room})
        for f in files
    }
    assert {f: r for f, r in wrong.items() if r} == {}


def test_the_rule_sees_imports_wherever_they_are(tmp_path: Path) -> None:
    sample = tmp_path / "x.py"
    sample.write_text(
        "from typing import TYPE_CHECKING\n"
        "if TYPE_CHECKING:\n    from sender.control.streams import StreamOps\n"
        "def f():\n    import sender.store.repository\n"
        "from . import sibling\n"
    )
    assert imported_rooms(sample) == {"control", "store"}
