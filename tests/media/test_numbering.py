"""Segment numbers shared by a generation's renditions."""

from __future__ import annotations

import pytest

from sender.media.numbering import SegmentNumbering


def test_renditions_cut_at_the_same_time_share_a_number() -> None:
    numbers = SegmentNumbering()
    assert numbers.claim(0, 0.0) == 0
    assert numbers.claim(0, 0.01) == 0  # the second rendition, a frame's jitter apart
    assert numbers.claim(0, 2.0) == 1
    assert numbers.claim(0, 2.0, after=0) == 1
    assert numbers.claim(0, 4.0) == 2
    assert numbers.next_msn == 3


def test_another_timeline_never_matches() -> None:
    numbers = SegmentNumbering()
    assert numbers.claim(0, 0.0) == 0
    assert numbers.claim(1, 0.0) == 1  # a restarted backend starts its clock again


def test_a_rendition_never_gets_a_number_at_or_below_its_last() -> None:
    numbers = SegmentNumbering()
    assert numbers.claim(0, 0.0) == 0
    assert numbers.claim(0, 0.0, after=0) == 1


def test_a_resumed_generation_continues() -> None:
    numbers = SegmentNumbering(first_msn=40, first_init_id=3)
    assert numbers.resumed and numbers.first_init_id == 3
    assert numbers.claim(0, 0.0) == 40
    assert not SegmentNumbering().resumed


def test_negative_starts_are_refused() -> None:
    with pytest.raises(ValueError):
        SegmentNumbering(first_msn=-1)
