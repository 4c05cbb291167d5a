"""CPU time and memory of a process tree, read from /proc (Linux only)."""

from __future__ import annotations

import os
from dataclasses import dataclass

CLK_TCK = os.sysconf("SC_CLK_TCK")
PAGE = os.sysconf("SC_PAGE_SIZE")


def _stat_fields(pid: int) -> list[str] | None:
    try:
        with open(f"/proc/{pid}/stat") as fh:
            text = fh.read()
    except OSError:
        return None
    # The command name may hold spaces and parentheses; the fields follow the last ')'.
    return text[text.rindex(")") + 2 :].split()


def children_map() -> dict[int, list[int]]:
    tree: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        fields = _stat_fields(int(entry))
        if fields is None or fields[0] == "Z":
            continue
        tree.setdefault(int(fields[1]), []).append(int(entry))
    return tree


def tree_pids(root: int) -> list[int]:
    """`root` and every live descendant of it."""
    tree = children_map()
    out: list[int] = []
    stack = [root]
    while stack:
        pid = stack.pop()
        out.append(pid)
        stack.extend(tree.get(pid, []))
    return out


def comm(pid: int) -> str:
    try:
        with open(f"/proc/{pid}/comm") as fh:
            name = fh.read().strip()
    except OSError:
        return "?"
    # imageio-ffmpeg's binary is `ffmpeg-linux-x86_64-v9...`, cut to 15 characters by the kernel.
    return "ffmpeg" if name.startswith("ffmpeg") else name


def cpu_seconds(pid: int) -> float | None:
    """utime + stime of one process, in seconds (None when it is gone)."""
    fields = _stat_fields(pid)
    if fields is None:
        return None
    # Fields 14 and 15 of stat(5), counted from 1; fields[0] is field 3 (state).
    return (int(fields[11]) + int(fields[12])) / CLK_TCK


def rss_bytes(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/statm") as fh:
            return int(fh.read().split()[1]) * PAGE
    except OSError:
        return 0


def _rollup(pid: int, field: str) -> int | None:
    """One field of /proc/PID/smaps_rollup in bytes; None when the kernel does not offer it."""
    try:
        with open(f"/proc/{pid}/smaps_rollup") as fh:
            for line in fh:
                if line.startswith(field):
                    return int(line.split()[1]) * 1024
    except OSError:
        return None
    return None


def pss_bytes(pid: int) -> int | None:
    """Proportional set size from smaps_rollup; None when the kernel does not offer it."""
    return _rollup(pid, "Pss:")


@dataclass(frozen=True, slots=True)
class CpuSnapshot:
    """CPU seconds per pid of a set of trees at one instant."""

    at: float
    per_pid: dict[int, float]
    names: dict[int, str]


def cpu_snapshot(roots: list[int], at: float) -> CpuSnapshot:
    per_pid: dict[int, float] = {}
    names: dict[int, str] = {}
    for root in roots:
        for pid in tree_pids(root):
            seconds = cpu_seconds(pid)
            if seconds is not None:
                per_pid[pid] = seconds
                names[pid] = comm(pid)
    return CpuSnapshot(at, per_pid, names)


def cpu_share(start: CpuSnapshot, end: CpuSnapshot) -> tuple[float, dict[str, float]]:
    """Cores used between two snapshots (1.0 = one core busy), in total and per command name.

    A process that appeared in between counts from zero; one that left is not
    counted after its last sample (windows are chosen so that none leave).
    """
    wall = end.at - start.at
    if wall <= 0:
        raise ValueError("the end snapshot must come after the start")
    by_name: dict[str, float] = {}
    total = 0.0
    for pid, seconds in end.per_pid.items():
        used = seconds - start.per_pid.get(pid, 0.0)
        total += used
        name = end.names.get(pid, "?")
        by_name[name] = by_name.get(name, 0.0) + used / wall
    return total / wall, by_name


def anon_bytes(pid: int) -> int | None:
    """Anonymous memory (`Anonymous:` of smaps_rollup): heap, stacks, buffers, what the
    process allocated, with none of its file pages.

    PSS and USS both move with how many other processes map the same file pages (the
    static ffmpeg binary is mapped by every publisher on the machine: a lone ffmpeg's
    text counts as private until a second one starts); anonymous memory does not.
    """
    return _rollup(pid, "Anonymous:")


@dataclass(frozen=True, slots=True)
class Memory:
    rss: int
    pss: int | None
    anon: int | None = None


def tree_memory(roots: list[int]) -> Memory:
    rss = 0
    pss: int | None = 0
    anon: int | None = 0
    for root in roots:
        for pid in tree_pids(root):
            rss += rss_bytes(pid)
            value = pss_bytes(pid)
            pss = None if value is None or pss is None else pss + value
            own = anon_bytes(pid)
            anon = None if own is None or anon is None else anon + own
    return Memory(rss, pss, anon)
