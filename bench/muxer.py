"""`python -m bench.muxer [--rounds N]`: the in-process muxer against the ffmpeg remux.

Both turn the benchmark's 20 s of 720p30 FLV (bench.media) into what the
packager takes. The native path is media.muxer.Muxer fed the tags, as ingest
would hand them over. The reference is today's path: the tags written as FLV to
the ffmpeg command of media/command.py, and its stdout read by Fmp4Reader.
Reported: CPU seconds per second of media (ffmpeg's own and the Python side's,
measured separately and added), and memory: the muxer's peak Python allocations
(tracemalloc) against ffmpeg's peak resident size. Unpaced: the file goes
through as fast as each path takes it.
"""

from __future__ import annotations

import argparse
import logging
import os
import statistics
import subprocess
import sys
import threading
import time
import tracemalloc
from typing import IO

from bench.media import ffmpeg_executable, pattern_flv
from bench.report import Row, log_to_stderr, markdown
from sender.media.command import build_ffmpeg_command
from sender.media.fmp4 import Fmp4Reader
from sender.media.muxer import Muxer
from sender.rtmp.flv import FlvReader, FlvTag, flv_header

SECONDS = 20
log = logging.getLogger("bench.muxer")


def native(tags: list[FlvTag]) -> tuple[float, int]:
    """CPU seconds and the number of fragments."""
    start = time.process_time()
    muxer = Muxer()
    count = 0
    for tag in tags:
        count += len(muxer.feed(tag))
    count += len(muxer.finish())
    return time.process_time() - start, count - 1


def native_memory(tags: list[FlvTag]) -> float:
    """Peak bytes the muxer allocates (its held samples and what it writes), in MB."""
    tracemalloc.start()
    muxer = Muxer()
    for tag in tags:
        muxer.feed(tag)
    muxer.finish()
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return peak / 1e6


def reference(ffmpeg: str, tags: list[FlvTag]) -> tuple[float, float, int, float]:
    """CPU seconds of the Python side and of ffmpeg, fragments, ffmpeg's peak RSS in MB."""
    argv = build_ffmpeg_command(ffmpeg, fragment_s=0.2)
    python_start = time.process_time()
    flv = flv_header(audio=True, video=True) + b"".join(bytes(t) for t in tags)
    proc = subprocess.Popen(argv, stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    assert proc.stdin is not None and proc.stdout is not None
    writer = threading.Thread(target=_write, args=(proc.stdin, flv))
    writer.start()
    out = proc.stdout.read()
    writer.join()
    proc.stdout.close()
    # wait4 gives this child's own usage (RUSAGE_CHILDREN would mix in the encoder's).
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        sys.exit(f"ffmpeg exited {proc.returncode}")
    items = Fmp4Reader().feed(out)
    python = time.process_time() - python_start
    child = usage.ru_utime + usage.ru_stime
    return python, child, len(items) - 1, usage.ru_maxrss / 1024


def _write(pipe: IO[bytes], data: bytes) -> None:
    with pipe:
        pipe.write(data)


def run(rounds: int) -> list[Row]:
    ffmpeg = ffmpeg_executable()
    tags = FlvReader().feed(pattern_flv(ffmpeg, SECONDS).read_bytes())
    ours: list[float] = []
    path: list[float] = []
    alone: list[float] = []
    rss = 0.0
    for i in range(rounds):
        cpu, parts = native(tags)
        python, child, ref_parts, rss = reference(ffmpeg, tags)
        log.info("round %d: native %.3f s (%d parts), ffmpeg %.3f s + Python %.3f s (%d parts)",
                 i, cpu, parts, child, python, ref_parts)  # fmt: skip
        ours.append(cpu / SECONDS)
        path.append((python + child) / SECONDS)
        alone.append(child / SECONDS)
    item = "720p30 4 Mbit/s + AAC, 20 s"
    return [
        Row(
            "muxer",
            item,
            "CPU s per media s",
            statistics.median(ours),
            statistics.median(path),
            "ffmpeg -c copy + Fmp4Reader",
            [a / b for a, b in zip(ours, path, strict=True)],
        ),
        Row(
            "muxer",
            item,
            "CPU s per media s",
            statistics.median(ours),
            statistics.median(alone),
            "ffmpeg -c copy alone",
            [a / b for a, b in zip(ours, alone, strict=True)],
        ),
        Row(
            "muxer",
            item,
            "peak memory MB",
            native_memory(tags),
            rss,
            "ffmpeg RSS",
            note="muxer: Python allocations (tracemalloc); ffmpeg: resident size",
        ),
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.muxer", description=__doc__)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args(argv)
    log_to_stderr(args.verbose)
    print(markdown(run(args.rounds)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
