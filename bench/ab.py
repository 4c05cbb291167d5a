"""`python -m bench.ab REV [REV ...] [--streams N] [--rounds K] [--window S]`: CPU of revisions.

The node's CPU per stream for one or more revisions of Sender (git revisions;
`.` is the working tree as it is), each against ffmpeg alone in the same
rounds. A revision other than `.` is checked out into a temporary worktree and
its `src` goes first on the node's path; the driver (bench/) is this tree's.
Each round runs ffmpeg alone and a native node of every revision in turn,
rotated, each with N publishers of the benchmark FLV (bench.media), and reads
CPU from `/proc` over the window once every stream has two segments.
Differences of a few per cent between revisions are only told apart this way:
on a shared machine the same code's CPU moves by a fifth between runs minutes
apart, and interleaving puts that drift on every revision alike.
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from bench import media
from bench.backends import FfmpegAlone, SenderSystem, System, _wait_segments, _window
from bench.report import Row, log_to_stderr, markdown

REPO = Path(__file__).resolve().parent.parent
ALONE = "ffmpeg-alone"
log = logging.getLogger("bench.ab")


@contextlib.contextmanager
def checkouts(revs: list[str], root: Path) -> Iterator[dict[str, Path]]:
    """Each revision's source tree: this one for `.`, else a temporary worktree."""
    trees: dict[str, Path] = {}
    added: list[Path] = []
    try:
        for rev in revs:
            if rev == ".":
                trees[rev] = REPO
                continue
            tree = root / f"tree-{len(added)}"
            subprocess.run(
                ["git", "-C", str(REPO), "worktree", "add", "-q", "--detach", str(tree), rev],
                check=True,
            )
            added.append(tree)
            trees[rev] = tree
        yield trees
    finally:
        for tree in added:
            subprocess.run(
                ["git", "-C", str(REPO), "worktree", "remove", "--force", str(tree)], check=False
            )


@contextlib.contextmanager
def sources_first(tree: Path) -> Iterator[None]:
    """Processes started meanwhile import Sender from `tree`'s sources."""
    saved = os.environ.get("PYTHONPATH")
    os.environ["PYTHONPATH"] = os.pathsep.join([str(tree / "src"), *filter(None, [saved])])
    try:
        yield
    finally:
        if saved is None:
            del os.environ["PYTHONPATH"]
        else:
            os.environ["PYTHONPATH"] = saved


@contextlib.contextmanager
def _system(tree: Path | None, root: Path, ffmpeg: str, n: int) -> Iterator[System]:
    if tree is None:
        with FfmpegAlone(root, ffmpeg) as alone:
            yield alone
        return
    sender = SenderSystem("native", root, max_streams=n)
    with sources_first(tree):
        sender.__enter__()  # the node's process starts on the revision's sources
    try:
        yield sender
    finally:
        sender.__exit__(None, None, None)


def measure(
    name: str, tree: Path | None, root: Path, ffmpeg: str, flv: Path, n: int, window_s: float
) -> float:
    """Cores per stream over the window, with n publishers."""
    root.mkdir(parents=True)
    publishers: list[Any] = []
    with _system(tree, root, ffmpeg, n) as sys_:
        try:
            targets = [sys_.add() for _ in range(n)]
            for i, t in enumerate(targets):
                cmd = media.publish_command(ffmpeg, flv, t.publish_url, window_s + 120)
                publishers.append(media.spawn(cmd, root / f"pub-{i}.log"))
            for t, p in zip(targets, publishers, strict=True):
                _wait_segments(t, 2, p)
            time.sleep(5)
            cores, *_ = _window(sys_, publishers, window_s)
        finally:
            for p in publishers:
                media.stop(p)
    log.info("%s: %.2f %% of a core per stream", name, 100 * cores / n)
    return cores / n


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.ab", description=__doc__)
    parser.add_argument("revs", nargs="+", help="git revisions; . is the working tree")
    parser.add_argument("--streams", type=int, default=4)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--window", type=float, default=30.0, help="seconds measured")
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args(argv)
    log_to_stderr(args.verbose)
    ffmpeg = media.ffmpeg_executable()
    flv = media.pattern_flv(ffmpeg)
    with (
        tempfile.TemporaryDirectory(prefix="sender-ab-") as tmp,
        checkouts(args.revs, Path(tmp)) as trees,
    ):
        names = [ALONE, *args.revs]
        per: dict[str, list[float]] = {name: [] for name in names}
        for rnd in range(args.rounds):
            k = rnd % len(names)
            for name in names[k:] + names[:k]:
                tree = None if name == ALONE else trees[name]
                root = Path(tmp) / f"r{rnd}-{len(per[name])}-{names.index(name)}"
                per[name].append(measure(name, tree, root, ffmpeg, flv, args.streams, args.window))
    rows = []
    for rev in args.revs:
        ratios = [s / a for s, a in zip(per[rev], per[ALONE], strict=True) if a > 0]
        rows.append(
            Row(
                "ab",
                f"{rev}, {args.streams} streams",
                "CPU % of a core per stream",
                100 * statistics.median(per[rev]),
                100 * statistics.median(per[ALONE]),
                ALONE,
                ratios,
                note="per round: " + ", ".join(f"{100 * v:.2f}" for v in per[rev]),
            )
        )
    print(f"command: python -m bench.ab {' '.join(sys.argv[1:] if argv is None else argv)}")
    print(markdown(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
