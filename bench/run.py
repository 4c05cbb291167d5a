"""`python -m bench.run [delivery|ingest|capacity|flood|backends|ladder|all] [--quick]`.

Runs the chosen benchmarks (all by default), each comparing Sender with its
reference in the same run, and prints the machine, the command and a Markdown
table of results with the Sender/reference ratios. `backends` (the media
backends against ffmpeg alone and nginx-rtmp) and `ladder` (the transcoder
against ffmpeg alone encoding the same rungs) are not part of `all`: they
run on their own, about 20 and 12 minutes (6 and 4 with `--quick`);
`backends --only cost,startup` runs some of its parts. `--quick` keeps the whole
run to about three minutes; the full run takes longer and repeats each
measurement more often.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import sys
import time
from pathlib import Path

from bench import backends, capacity, delivery, flood, ingest, ladder
from bench.report import Row, log_to_stderr, markdown

CHOICES = ("delivery", "ingest", "capacity", "flood", "backends", "ladder", "all")
IN_ALL = ("delivery", "ingest", "capacity", "flood")


def machine() -> dict[str, str]:
    model = "?"
    try:
        with open("/proc/cpuinfo") as fh:
            for line in fh:
                if line.startswith("model name"):
                    model = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    return {
        "nproc": str(os.cpu_count()),
        "cpu": model,
        "kernel": platform.release(),
        "python": platform.python_version(),
        "date": dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.run", description=__doc__)
    parser.add_argument("which", nargs="?", default="all", choices=CHOICES)
    parser.add_argument("--quick", action="store_true", help="short windows, one round")
    parser.add_argument("--json", type=Path, help="also write the rows and facts here")
    parser.add_argument("-v", "--verbose", action="store_true", help="log each measurement")
    parser.add_argument(
        "--only",
        help=f"backends: the parts to run, comma-separated, of {','.join(backends.PARTS)}",
    )
    args = parser.parse_args(argv)
    log_to_stderr(args.verbose)
    facts = machine()
    command = "python -m bench.run " + " ".join(a for a in (argv or sys.argv[1:]))
    print(f"# Sender benchmarks, {facts['date']}")
    print(f"machine: {facts['nproc']} x {facts['cpu']}, Linux {facts['kernel']}, "
          f"Python {facts['python']}")  # fmt: skip
    print(f"command: {command.strip()}\n", flush=True)
    rows: list[Row] = []
    extra: dict[str, object] = {}
    started = time.monotonic()
    which = IN_ALL if args.which == "all" else (args.which,)
    for name in which:
        t0 = time.monotonic()
        if name == "delivery":
            got = delivery.run(delivery.QUICK if args.quick else delivery.FULL)
        elif name == "ingest":
            got = ingest.run(ingest.QUICK if args.quick else ingest.FULL)
        elif name == "flood":
            got = flood.run(flood.QUICK if args.quick else flood.FULL)
        elif name == "backends":
            only = frozenset(args.only.split(",")) if args.only else None
            if only is not None and not only <= set(backends.PARTS):
                parser.error(f"--only takes parts of {','.join(backends.PARTS)}")
            got, facts_b = backends.run(
                backends.QUICK if args.quick else backends.FULL, checkpoint=args.json, only=only
            )
            extra["backends"] = backends.jsonable(facts_b)
        elif name == "ladder":
            got, facts_l = ladder.run(ladder.QUICK if args.quick else ladder.FULL)
            extra["ladder"] = backends.jsonable(facts_l)
        else:
            got, extra["capacity"] = capacity.run(capacity.QUICK if args.quick else capacity.FULL)
        rows += got
        print(f"## {name} ({time.monotonic() - t0:.0f} s)\n")
        if got:
            print(markdown(got) + "\n", flush=True)
        if name == "capacity":
            print(capacity.describe(extra["capacity"]) + "\n", flush=True)  # type: ignore[arg-type]
        if name == "backends":
            print(backends.describe(facts_b) + "\n", flush=True)
            print(f"load average at the end: {os.getloadavg()}\n", flush=True)
        if name == "ladder":
            print(ladder.describe(facts_l) + "\n", flush=True)
            print(f"load average at the end: {os.getloadavg()}\n", flush=True)
    print(f"total {time.monotonic() - started:.0f} s")
    if args.json is not None:
        args.json.write_text(
            json.dumps(
                {"machine": facts, "command": command, "rows": [r.as_dict() for r in rows],
                 **extra},
                indent=2,
                default=str,
            )
        )  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
