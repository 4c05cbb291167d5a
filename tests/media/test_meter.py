"""The bit-rate meter: a sliding window, a floor on the span, bounded memory."""

from __future__ import annotations

import pytest

from sender.media.meter import BUCKETS, RateMeter


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_rate_over_the_window() -> None:
    clock = Clock()
    meter = RateMeter(5.0, clock=clock)
    for _ in range(10):
        meter.add(1000)
        clock.now += 0.5
    # 10 000 bytes over the 4.5 s from the first sample to the last, plus the 0.5 s since.
    assert meter.bits_per_second() == pytest.approx(10_000 * 8 / 5.0)
    assert meter.total == 10_000
    clock.now += 10
    assert meter.bits_per_second() == 0.0
    assert meter.total == 10_000


def test_a_lone_burst_reads_over_at_least_the_minimum_span() -> None:
    clock = Clock()
    meter = RateMeter(5.0, clock=clock)
    meter.add(125_000)
    assert meter.bits_per_second() == pytest.approx(1_000_000)


def test_memory_is_bounded_at_any_rate() -> None:
    clock = Clock()
    meter = RateMeter(10.0, clock=clock)
    for _ in range(100_000):
        meter.add(1)
        clock.now += 0.0001
    assert len(meter._samples) <= BUCKETS + 1
    assert meter.total == 100_000
