"""Packager: parts, keyframe-aligned segments and the index, from real and synthetic fragments."""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from tests.media.packaging import make_packager

from sender.media.fmp4 import Fmp4Reader, Fragment, InitSegment
from sender.media.packager import (
    InitReady,
    Packager,
    PackagerEvent,
    PartReady,
    SegmentReady,
    SegmentsExpired,
)

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "fmp4"
T0 = datetime(2026, 11, 1, 12, 0, 0, tzinfo=UTC)
INIT = InitSegment(b"init", ())


def read(name: str) -> list[InitSegment | Fragment]:
    return Fmp4Reader().feed((FIXTURES / f"{name}.mp4").read_bytes())


def run(
    packager: Packager, items: Sequence[InitSegment | Fragment], *, step: float = 0.2
) -> list[PackagerEvent]:
    """Feed items as if they arrived in real time, `step` seconds apart."""
    events: list[PackagerEvent] = []
    for n, item in enumerate(items):
        now = T0 + timedelta(seconds=n * step)
        if isinstance(item, InitSegment):
            events += packager.on_init(item, now)
        else:
            events += packager.on_fragment(item, now)
    return events


def synthetic(
    count: int, *, gop: int = 5, duration: float = 0.2, start: float = 0.0
) -> list[Fragment]:
    """`count` fragments of `duration`, a keyframe every `gop` fragments."""
    return [
        Fragment(
            data=f"frag{n}|".encode(),
            decode_time_s=start + n * duration,
            duration_s=duration,
            independent=n % gop == 0,
            tracks=(),
        )
        for n in range(count)
    ]


def of(events: list[PackagerEvent], kind: type) -> list:  # type: ignore[type-arg]
    return [e for e in events if isinstance(e, kind)]


def test_segments_are_keyframe_aligned_and_made_of_their_parts() -> None:
    packager = make_packager("source", segment_target_s=2.0)
    events = run(packager, read("av"))
    events += packager.finish(T0 + timedelta(seconds=10))
    parts = {(e.part.msn, e.part.index): e.data for e in of(events, PartReady)}
    segments = of(events, SegmentReady)
    assert [s.segment.msn for s in segments] == [0, 1, 2]
    for ready in segments:
        seg = ready.segment
        assert seg.name == f"seg-{seg.msn}.m4s"
        assert seg.parts[0].independent, "a segment starts on a keyframe"
        assert [p.index for p in seg.parts] == list(range(len(seg.parts)))
        assert all(p.name == f"part-{seg.msn}.{p.index}.m4s" for p in seg.parts)
        assert ready.data == b"".join(parts[(seg.msn, p.index)] for p in seg.parts)
        assert seg.duration == pytest.approx(sum(p.duration for p in seg.parts))
    # 1 s GOPs and a 2 s target: 2 s segments, the last one what is left.
    assert [round(s.segment.duration, 3) for s in segments[:2]] == [2.0, 2.0]
    assert packager.index.target_duration == 2
    assert packager.index.ended


def test_rare_keyframes_make_longer_segments_and_target_duration_follows() -> None:
    packager = make_packager("source", segment_target_s=2.0)
    # A keyframe every 2.6 s, then every 1 s: the target grows to 3 and stays.
    frags = synthetic(26, gop=13)
    frags += synthetic(25, gop=5, start=26 * 0.2)
    events = run(packager, [INIT, *frags])
    durations = [e.segment.duration for e in of(events, SegmentReady)]
    assert durations[:2] == pytest.approx([2.6, 2.6])
    assert durations[2:] == pytest.approx([2.0, 2.0])
    assert packager.index.target_duration == 3
    assert all(round(d) <= packager.index.target_duration for d in durations)


def test_audio_only_segments_stay_within_the_target() -> None:
    packager = make_packager("source", segment_target_s=2.0, part_target_s=0.2)
    events = run(packager, read("audio"))
    durations = [e.segment.duration for e in of(events, SegmentReady)]
    assert durations and all(1.8 < d <= 2.0 for d in durations)
    assert packager.index.target_duration == 2
    # ffmpeg's audio fragments last 0.209 s: PART-TARGET grows to cover them.
    assert packager.index.part_target == pytest.approx(0.209)
    longest = max(e.part.duration for e in of(events, PartReady))
    assert packager.index.part_target >= longest


def test_second_init_starts_a_discontinuity_with_continuing_msn() -> None:
    packager = make_packager("source", segment_target_s=2.0, window_segments=6, keep_segments=12)
    events = run(packager, read("restart"))
    inits = of(events, InitReady)
    assert [(i.init_id, i.name) for i in inits] == [(0, "init-0.mp4"), (1, "init-1.mp4")]
    assert inits[1].data[4:8] == b"ftyp"
    segments = [e.segment for e in of(events, SegmentReady)]
    assert [s.msn for s in segments] == list(range(len(segments)))
    switch = next(i for i, s in enumerate(segments) if s.init_name == "init-1.mp4")
    assert segments[switch].discontinuity
    assert not any(s.discontinuity for i, s in enumerate(segments) if i != switch)
    # The open segment was closed by the new init, before its InitReady.
    order = [type(e).__name__ for e in events if not isinstance(e, PartReady)]
    assert order.index("InitReady", 1) > order.index("SegmentReady", switch - 1)
    assert packager.index.init_name == "init-1.mp4"
    assert packager.index.open is not None and packager.index.open.init_name == "init-1.mp4"


def test_program_date_time_anchors_on_ingest_and_stays_monotonic() -> None:
    packager = make_packager("source", segment_target_s=1.0)
    events = run(packager, read("restart"), step=0.0)  # everything "arrives" at T0
    parts = [e.part for e in of(events, PartReady)]
    # The fragment arrived at T0, after its last sample: its media began one duration earlier.
    assert parts[0].program_date_time == T0 - timedelta(seconds=parts[0].duration)
    for a, b in itertools.pairwise(parts):
        assert b.program_date_time >= a.program_date_time
    # Within one init the dates follow the media clock exactly.
    first_run = [p for p in parts if p.msn < 3]
    for a, b in itertools.pairwise(first_run):
        gap = (b.program_date_time - a.program_date_time).total_seconds()
        assert gap == pytest.approx(a.duration, abs=1e-3)
    segments = [e.segment for e in of(events, SegmentReady)]
    assert all(s.program_date_time == s.parts[0].program_date_time for s in segments)


def test_window_expiry_and_discontinuity_sequence() -> None:
    packager = make_packager("source", segment_target_s=1.0, window_segments=3, keep_segments=5)
    events = run(packager, [INIT, *synthetic(20)])  # 4 segments on init-0
    events += run(packager, [INIT, *synthetic(30)])  # 6 segments on init-1, one still open
    index = packager.index
    assert [s.msn for s in index.segments] == [6, 7, 8]
    assert index.media_sequence == 6
    assert [s.msn for s in index.retained] == [4, 5, 6, 7, 8]
    # The discontinuity (msn 4) left the window: counted once.
    assert index.discontinuity_sequence == 1
    expired = [n for e in of(events, SegmentsExpired) for n in e.names]
    assert expired == ["seg-0.m4s", "seg-1.m4s", "seg-2.m4s", "seg-3.m4s", "init-0.mp4"]


def test_parts_are_kept_in_memory_for_the_newest_segments_only() -> None:
    packager = make_packager("source", segment_target_s=1.0, part_window_segments=2)
    run(packager, [INIT, *synthetic(23)])  # segments 0..3 complete, segment 4 open
    index = packager.index
    assert index.part_data(4, 2) == b"frag22|"
    assert index.part_data(3, 0) == b"frag15|" and index.part_data(2, 4) == b"frag14|"
    assert index.part_data(1, 0) is None
    assert index.has_part(1, 0)  # still listed, its segment still retained
    assert index.part_data(4, 3) is None and not index.has_part(4, 3)


def test_version_moves_on_every_change() -> None:
    packager = make_packager("source")
    versions = [packager.index.version]
    packager.on_init(INIT, T0)
    versions.append(packager.index.version)
    for frag in synthetic(12):
        packager.on_fragment(frag, T0)
        versions.append(packager.index.version)
    packager.finish(T0)
    versions.append(packager.index.version)
    assert versions == sorted(set(versions))


def test_next_part_and_lookups() -> None:
    packager = make_packager("source", segment_target_s=1.0)
    index = packager.index
    packager.on_init(INIT, T0)
    assert index.next_part() == (0, 0) and index.last_msn_part() is None
    assert index.is_future(0, 0) and not index.will_never_exist(0, 0)
    run(packager, synthetic(7))  # segment 0 complete (5 parts), segment 1 has 2 parts
    assert index.next_part() == (1, 2)
    assert index.last_msn_part() == (1, 1)
    seg = index.segment(0)
    assert seg is not None and len(seg.parts) == 5 and index.segment(1) is None
    assert index.has_part(1, 1) and not index.is_future(1, 1)
    assert index.is_future(1, 2) and index.is_future(2, 0) and index.is_future(1)
    assert index.will_never_exist(0, 5)  # segment 0 ended with part 4
    assert not index.will_never_exist(0) and not index.will_never_exist(0, 4)
    packager.finish(T0)
    assert index.segment(1) is not None and index.open is None
    assert index.will_never_exist(2, 0) and not index.is_future(2, 0)
    assert index.next_part() == (2, 0)


def test_fragments_before_the_first_keyframe_are_dropped() -> None:
    packager = make_packager("source")
    packager.on_init(INIT, T0)
    frags = synthetic(8, gop=5)[1:]  # starts mid-GOP
    events: list[PackagerEvent] = []
    for frag in frags:
        events += packager.on_fragment(frag, T0)
    parts = [e.part for e in of(events, PartReady)]
    assert [p.independent for p in parts] == [True, False, False]
    assert packager.index.open is not None and packager.index.open.msn == 0


def test_first_msn_continues_a_resumed_generation() -> None:
    packager = make_packager("source", segment_target_s=1.0, first_msn=40)
    assert packager.index.next_part() == (40, 0)
    events = run(packager, [INIT, *synthetic(11)])
    assert [e.segment.msn for e in of(events, SegmentReady)] == [40, 41]
    assert packager.index.media_sequence == 40


def test_finished_packager_refuses_more_media() -> None:
    packager = make_packager("source")
    run(packager, [INIT, *synthetic(3)])
    assert of(packager.finish(T0), SegmentReady)
    assert packager.finish(T0) == []
    with pytest.raises(RuntimeError, match="already finished"):
        packager.on_fragment(synthetic(1)[0], T0)


def test_target_duration_is_the_nearest_second_not_the_ceiling() -> None:
    # RFC 8216bis 4.4.3.1 bounds EXTINF rounded to the nearest integer: 2.2 s segments
    # keep a target of 2 (a ceiling would say 3 and hold standard players back).
    packager = make_packager("source", segment_target_s=2.0)
    events = run(packager, [INIT, *synthetic(33, gop=11)])
    durations = [e.segment.duration for e in of(events, SegmentReady)]
    assert durations == pytest.approx([2.2, 2.2])
    assert packager.index.target_duration == 2
