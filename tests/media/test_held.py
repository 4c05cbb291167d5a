"""Which complete segments stay in memory beside their files (media.held)."""

from __future__ import annotations

from datetime import UTC, datetime

from sender.media.held import HeldSegments
from sender.media.index import RenditionIndex
from sender.media.names import part_name, segment_name

T0 = datetime(2026, 12, 1, tzinfo=UTC)


def whole_segment(index: RenditionIndex, msn: int) -> bytes:
    index.open_segment(msn, init_name="init-0.mp4", discontinuity=False, program_date_time=T0)
    for i in range(2):
        index.append_part(
            part_name(msn, i), f"{msn}.{i}".encode(), duration=0.5, independent=i == 0,
            program_date_time=T0,
        )  # fmt: skip
    index.close_segment(segment_name(msn))
    data = f"{msn}.0{msn}.1".encode()
    index.share_part_data(msn, data)
    return data


def test_a_segment_goes_once_on_disk_and_no_longer_the_newest() -> None:
    index = RenditionIndex("source", part_target=0.5, target_duration=1, window_segments=5)
    held = HeldSegments(lambda: index)
    held.add(0, whole_segment(index, 0))
    held.written(0)
    assert held.held() == {0} and index.part_data(0, 1) is not None  # the newest stays
    held.add(1, whole_segment(index, 1))
    assert held.held() == {1}  # 0 was on disk: gone, parts too, their places kept
    assert index.part_data(0, 0) is None and index.part_span(0, 1) == (3, 3)
    assert index.parts_listed(0)
    held.add(2, whole_segment(index, 2))
    assert held.held() == {1, 2}  # 1 is not on disk yet
    held.written(1)
    assert held.held() == {2} and index.part_data(1, 0) is None


def test_a_segment_the_disk_refused_stays_until_it_expires() -> None:
    index = RenditionIndex("source", part_target=0.5, target_duration=1, window_segments=5)
    held = HeldSegments(lambda: index)
    for msn in range(3):
        held.add(msn, whole_segment(index, msn))
    held.written(2)  # 0 and 1 never reached the disk
    assert held.held() == {0, 1, 2} and held.get(0) == b"0.00.1"
    held.expired([segment_name(0), segment_name(1), "init-0.mp4"])
    assert held.held() == {2}
    held.written(5)  # never held: nothing happens
    assert held.held() == {2}
