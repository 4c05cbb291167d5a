"""The rendition manifest: an index written beside its files and read back after a restart."""

from __future__ import annotations

import pytest
from tests.media.packagers import make_packager
from tests.media.test_packager import INIT, T0, run, synthetic

from sender.media.manifest import MAX_MANIFEST_BYTES, Description, dump, load
from sender.media.names import parse_name


def test_an_index_survives_its_manifest() -> None:
    packager = make_packager("source", segment_target_s=1.0, window_segments=3, keep_segments=6)
    run(packager, [INIT, *synthetic(20)])
    run(packager, [INIT, *synthetic(22, start=4.0)])  # a discontinuity, an open segment
    index = packager.index
    described = Description("avc1.64001f,mp4a.40.2", 1280, 720, 29.97, 4e6, 3.5e6)
    restored, description = load(dump(index, described), window_segments=3)
    assert description == described
    assert [s.msn for s in restored.retained] == [s.msn for s in index.retained]
    assert restored.retained == index.retained  # names, durations, dates, parts
    assert [s.msn for s in restored.segments] == [s.msn for s in index.segments]
    assert restored.media_sequence == index.media_sequence
    assert restored.discontinuity_sequence == index.discontinuity_sequence > 0
    assert (restored.target_duration, restored.part_target) == (1, index.part_target)
    # The open segment was not complete: its number is not taken again.
    assert index.open is not None
    assert restored.next_part() == (index.open.msn + 1, 0)
    assert restored.open is None and restored.part_data(restored.retained[-1].msn, 0) is None


def test_an_ended_index_stays_ended() -> None:
    packager = make_packager("source", segment_target_s=1.0)
    run(packager, [INIT, *synthetic(12)])
    packager.finish(T0)
    restored, _ = load(dump(packager.index, Description()), window_segments=6)
    assert restored.ended and not restored.is_future(99)


def test_the_manifest_cannot_be_fetched() -> None:
    from sender.media.manifest import MANIFEST

    assert parse_name(MANIFEST) is None


@pytest.mark.parametrize(
    "data",
    [b"", b"{", b"[]", b'{"version": 9}', b'{"version": 1}', b" " * (MAX_MANIFEST_BYTES + 1)],
)
def test_a_manifest_that_does_not_parse_is_refused(data: bytes) -> None:
    with pytest.raises(ValueError):
        load(data, window_segments=3)
