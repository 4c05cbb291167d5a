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


def test_a_rendition_that_starts_late_may_take_the_open_segment() -> None:
    numbers = SegmentNumbering()
    numbers.claim("publish", 0.0)
    numbers.claim("publish", 1.0)  # the copy opened segment 1
    assert numbers.next_msn == 2
    assert numbers.first_open_msn == 0  # a rung starting now may still take 0 or 1
    assert numbers.claim("publish", 1.02, after=numbers.first_open_msn - 1) == 1
    assert SegmentNumbering(first_msn=7).first_open_msn == 7


def test_a_claim_may_name_its_own_tolerance() -> None:
    numbers = SegmentNumbering()
    assert numbers.claim("publish", 1.0) == 0
    assert numbers.claim("publish", 1.15) == 1  # beyond the default 0.05 s
    assert numbers.claim("publish", 1.12, tolerance_s=0.2) == 1


def test_the_first_date_of_a_segment_is_kept() -> None:
    from datetime import UTC, datetime, timedelta

    numbers = SegmentNumbering()
    first = datetime(2026, 12, 1, tzinfo=UTC)
    numbers.date(3, first)
    numbers.date(3, first + timedelta(seconds=0.07))  # a later rendition's own estimate
    assert numbers.date_of(3) == first
    assert numbers.date_of(4) is None
