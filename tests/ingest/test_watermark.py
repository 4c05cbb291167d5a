"""The receive low-water mark's choice: what a message needs, a little of the rate, the guard."""

from __future__ import annotations

from sender.ingest.watermark import BETWEEN_S, MAX_BETWEEN, MAX_MARK, ReadWatermark


def test_inside_a_message_the_mark_is_what_it_still_needs() -> None:
    mark = ReadWatermark()
    assert mark.after_read(0.0, 500, wanted=15_000) == 15_000
    assert mark.after_read(0.01, 15_000, wanted=3) == 3
    assert mark.after_read(0.02, 200_000, wanted=250_000) == MAX_MARK


def test_between_messages_a_few_milliseconds_of_the_measured_rate() -> None:
    mark = ReadWatermark()
    assert mark.after_read(0.0, 1000, wanted=0) == 1  # no rate yet: every byte wakes
    now = 0.0
    while mark.rate_bps is None:  # 100 kB/s for a second
        now += 0.01
        mark.after_read(now, 1000, wanted=0)
    assert abs(mark.rate_bps - 100_000) < 2_000
    assert mark.mark == int(mark.rate_bps * BETWEEN_S)  # about 400 bytes
    for _ in range(120):  # 2 MB/s: capped
        now += 0.01
        mark.after_read(now, 20_000, wanted=0)
    assert mark.mark == MAX_BETWEEN
    for _ in range(300):  # a trickle of 100 B/s: a byte
        now += 0.01
        mark.after_read(now, 1, wanted=0)
    assert mark.mark == 1


def test_the_guard_drops_the_mark_when_nothing_was_read_since_its_last_look() -> None:
    mark = ReadWatermark()
    mark.after_read(0.0, 100, wanted=5_000)
    assert mark.guard() == 5_000  # a read came since the start
    assert mark.guard() == 1  # none since the last look
    assert mark.after_read(0.2, 100, wanted=4_000) == 4_000
    assert mark.guard() == 4_000
