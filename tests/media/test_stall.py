"""The stall rule: when a backend process that does not exit counts as stalled (pure)."""

from __future__ import annotations

import pytest

from sender.media.stall import StallWatch


def watch(now: float = 0.0) -> StallWatch:
    return StallWatch(timeout_s=1.0, start_timeout_s=5.0, now=now)


def test_input_fed_for_the_timeout_without_output_is_a_stall() -> None:
    w = watch()
    w.output(0.1)
    for t in (0.2, 0.5, 0.9, 1.1):
        w.fed(t)
        assert w.verdict(t) is None
    w.fed(1.2)
    assert w.verdict(1.2) == "no output for 1.0 s while its input was fed"


def test_output_keeps_it_alive() -> None:
    w = watch()
    for step in range(1, 100):
        t = step * 0.1
        w.fed(t)
        if step % 5 == 0:  # one fragment per 0.5 s
            w.output(t)
        assert w.verdict(t) is None


def test_an_encoder_that_pauses_is_no_stall() -> None:
    w = watch()
    w.fed(0.1)
    w.output(0.2)
    w.fed(0.3)  # one more tag, then the encoder says nothing for a minute
    assert w.verdict(60.0) is None


def test_a_new_process_gets_the_start_timeout_before_its_first_output() -> None:
    w = watch()
    w.fed(0.0)
    w.fed(4.0)
    assert w.verdict(4.0) is None
    w.fed(5.0)
    assert w.verdict(5.0) == "no output for 5.0 s while its input was fed"


def test_a_write_that_cannot_drain_while_nothing_comes_out_is_a_stall() -> None:
    w = watch()
    w.output(1.0)
    w.fed(1.0)
    w.drain_started(1.0)
    assert w.verdict(1.9) is None
    assert w.verdict(2.0) == "input not read for 1.0 s, and no output for 1.0 s"


def test_a_slow_drain_of_a_process_that_still_writes_is_no_stall() -> None:
    w = watch()
    w.fed(0.0)
    w.drain_started(0.0)
    for step in range(1, 50):
        w.output(step * 0.2)  # busy, slower than real time, but writing
        assert w.verdict(step * 0.2) is None
    w.drain_ended()
    assert w.verdict(20.0) is None


def test_timeouts_must_be_positive() -> None:
    with pytest.raises(ValueError, match="positive"):
        StallWatch(timeout_s=0, start_timeout_s=1, now=0)
