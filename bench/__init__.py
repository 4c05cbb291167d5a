"""Benchmarks that compare Sender with a reference (nginx, ffmpeg) on the same machine.

Every benchmark runs Sender and its reference in the same run, alternating, and
reports the ratio: on a shared machine absolute figures are noise, ratios are
not. `python -m bench.run [delivery|ingest|capacity|flood|backends|ladder|all] [--quick]`.
"""
