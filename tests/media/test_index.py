"""The rendition index through its public mutators: the window, numbering, part bytes."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from sender.media.index import RenditionIndex
from sender.media.names import (
    InitName,
    PartName,
    SegmentName,
    init_name,
    parse_name,
    part_name,
    segment_name,
)

T0 = datetime(2026, 11, 1, tzinfo=UTC)


def index(window: int = 3) -> RenditionIndex:
    return RenditionIndex("source", part_target=0.2, target_duration=1, window_segments=window)


def add_segment(idx: RenditionIndex, msn: int, *, parts: int = 2, discontinuity: bool = False):
    idx.open_segment(
        msn, init_name="init-0.mp4", discontinuity=discontinuity, program_date_time=T0
    )
    for i in range(parts):
        idx.append_part(
            part_name(msn, i),
            f"{msn}.{i}".encode(),
            duration=0.5,
            independent=i == 0,
            program_date_time=T0 + timedelta(seconds=msn + i * 0.5),
        )
    return idx.close_segment(segment_name(msn))


def test_every_mutation_moves_the_version() -> None:
    idx = index()
    seen = [idx.version]
    idx.set_init("init-0.mp4")
    seen.append(idx.version)
    idx.open_segment(0, init_name="init-0.mp4", discontinuity=False, program_date_time=T0)
    seen.append(idx.version)
    idx.append_part("part-0.0.m4s", b"x", duration=0.2, independent=True, program_date_time=T0)
    seen.append(idx.version)
    idx.close_segment("seg-0.m4s")
    seen.append(idx.version)
    idx.finish()
    seen.append(idx.version)
    assert seen == sorted(set(seen))


def test_the_window_slides_and_counts_discontinuities_that_leave_it() -> None:
    idx = index(window=2)
    add_segment(idx, 0)
    add_segment(idx, 1, discontinuity=True)
    add_segment(idx, 2)
    assert [s.msn for s in idx.segments] == [1, 2]
    assert idx.media_sequence == 1 and idx.discontinuity_sequence == 0
    add_segment(idx, 3)
    assert idx.media_sequence == 2 and idx.discontinuity_sequence == 1
    assert [s.msn for s in idx.retained] == [0, 1, 2, 3]


def test_numbers_may_skip_but_never_go_back() -> None:
    idx = index()
    add_segment(idx, 5)
    add_segment(idx, 7)  # another rendition took 6: numbers are shared
    assert idx.segment(7) is not None and idx.segment(6) is None
    assert idx.part(7, 1) is not None and idx.next_part() == (8, 0)
    with pytest.raises(ValueError, match="would go back"):
        idx.open_segment(7, init_name="init-0.mp4", discontinuity=False, program_date_time=T0)


def test_future_and_gone() -> None:
    idx = index()
    add_segment(idx, 0)
    idx.open_segment(1, init_name="init-0.mp4", discontinuity=False, program_date_time=T0)
    idx.append_part("part-1.0.m4s", b"x", duration=0.2, independent=True, program_date_time=T0)
    assert idx.is_future(1, 1) and idx.is_future(2) and not idx.is_future(1, 0)
    assert idx.will_never_exist(0, 5) and not idx.will_never_exist(0, 1)
    assert idx.last_msn_part() == (1, 0)
    idx.finish()
    assert not idx.is_future(1, 1) and idx.will_never_exist(1, 1)


def test_expire_forgets_the_oldest_but_never_the_window() -> None:
    idx = index(window=2)
    for msn in range(5):
        add_segment(idx, msn)
    gone = idx.expire(3)
    assert [s.msn for s in gone] == [0, 1]
    assert [s.msn for s in idx.retained] == [2, 3, 4]
    with pytest.raises(ValueError):
        idx.expire(1)


def test_part_bytes_are_kept_until_forgotten() -> None:
    idx = index()
    add_segment(idx, 0)
    add_segment(idx, 1)
    assert idx.part_data(0, 1) == b"0.1"
    idx.forget_part_data(1)
    assert idx.part_data(0, 1) is None and idx.part_data(1, 0) == b"1.0"


def test_a_whole_segment_holds_its_parts_once_and_knows_where_each_lies() -> None:
    idx = index(window=2)
    add_segment(idx, 0, parts=3)
    data = b"0.00.10.2"
    idx.share_part_data(0, data)
    views = [idx.part_data(0, i) for i in range(3)]
    assert all(isinstance(v, memoryview) and v.obj is data for v in views)
    assert [bytes(v) for v in views if v is not None] == [b"0.0", b"0.1", b"0.2"]
    assert [idx.part_span(0, i) for i in range(3)] == [(0, 3), (3, 3), (6, 3)]
    assert idx.part_span(0, 3) is None and idx.part_span(1, 0) is None
    # Out of memory, the place stays for as long as the segment is retained.
    idx.forget_part_data(1)
    assert idx.part_data(0, 1) is None and idx.part_span(0, 1) == (3, 3)
    for msn in (1, 2):
        add_segment(idx, msn)
    idx.expire(2)
    assert idx.part_span(0, 1) is None


def test_a_segment_on_disk_lets_its_parts_go_but_keeps_them_listed_until_forgotten() -> None:
    idx = index(window=3)
    add_segment(idx, 0)
    add_segment(idx, 1)
    assert idx.parts_listed(0) and idx.parts_listed(1)  # held as their own bytes
    idx.release_part_data(0)  # nothing to let go: no place in a file is known
    assert idx.part_data(0, 0) == b"0.0"
    idx.share_part_data(0, b"0.00.1")
    idx.release_part_data(0)
    assert idx.part_data(0, 0) is None and idx.part_data(0, 1) is None
    assert idx.parts_listed(0) and idx.part_span(0, 1) == (3, 3)
    assert idx.part_data(1, 0) == b"1.0"  # another segment's parts are untouched
    idx.forget_part_data(1)
    assert not idx.parts_listed(0) and idx.parts_listed(1)
    idx.release_part_data(9)  # a segment not retained: nothing happens
    # An edge's segment that came whole, without its parts' bytes, lists none.
    idx.add_segment(
        2,
        name=segment_name(2),
        duration=1.0,
        init_name="init-0.mp4",
        discontinuity=False,
        program_date_time=T0,
    )
    assert not idx.parts_listed(2)


def test_a_segment_that_is_not_its_parts_end_to_end_is_refused() -> None:
    idx = index()
    add_segment(idx, 0)
    with pytest.raises(ValueError, match="its parts 6"):
        idx.share_part_data(0, b"0.00.1x")
    with pytest.raises(ValueError, match="not retained"):
        idx.share_part_data(5, b"")
    idx.forget_part_data(1)
    with pytest.raises(ValueError, match="lacks"):
        idx.share_part_data(0, b"0.00.1")


def test_an_empty_open_segment_closes_to_nothing() -> None:
    idx = index()
    idx.open_segment(0, init_name="init-0.mp4", discontinuity=False, program_date_time=T0)
    assert idx.close_segment("seg-0.m4s") is None
    assert idx.open is None and idx.segments == ()


def test_part_target_is_fixed_once_before_the_first_part() -> None:
    idx = index()
    idx.fix_part_target(0.201)
    assert idx.part_target == 0.201
    add_segment(idx, 0)
    with pytest.raises(RuntimeError, match="fixed once parts exist"):
        idx.fix_part_target(0.3)
    assert idx.part_target == 0.201


@pytest.mark.parametrize(
    "name, parsed",
    [
        ("init-0.mp4", InitName(0)),
        ("seg-123.m4s", SegmentName(123)),
        ("part-4.2.m4s", PartName(4, 2)),
        ("part-4.m4s", None),
        ("seg-1.mp4", None),
        ("seg--1.m4s", None),
        ("seg-1.m4s.tmp", None),
        ("SEG-1.m4s", None),
        (" seg-1.m4s", None),
        ("seg-\u0661.m4s", None),  # a digit, but not an ASCII one
        ("seg-1.m4s\n", None),
    ],
)
def test_the_name_grammar(name: str, parsed: object) -> None:
    assert parse_name(name) == parsed


def test_names_round_trip() -> None:
    assert parse_name(init_name(7)) == InitName(7)
    assert parse_name(segment_name(99)) == SegmentName(99)
    assert parse_name(part_name(99, 4)) == PartName(99, 4)
