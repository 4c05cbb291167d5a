"""Packager: parts, keyframe-aligned segments and the index, from real and synthetic fragments."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from tests.media.packagers import make_packager

from sender.hls.parser import parse_media_playlist
from sender.hls.playlist import render_media_playlist
from sender.media.fmp4 import Fmp4Reader, Fragment, InitSegment, TrackFragment, TrackInfo
from sender.media.packager import (
    InitReady,
    Packager,
    PackagerEvent,
    Part,
    PartReady,
    Segment,
    SegmentReady,
    SegmentsExpired,
    fit_part_target,
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


def test_a_gop_longer_than_the_target_is_cut_at_the_target_without_a_keyframe() -> None:
    packager = make_packager("source", segment_target_s=2.0)
    # A keyframe every 2.6 s, then every 1 s.
    frags = synthetic(26, gop=13)
    frags += synthetic(25, gop=5, start=26 * 0.2)
    events = run(packager, [INIT, *frags])
    segments = [e.segment for e in of(events, SegmentReady)]
    assert packager.index.target_duration == 2  # never grows
    assert all(round(s.duration) <= 2 and s.duration < 2.5 for s in segments)
    # The first waits for a keyframe up to the hard limit (its GOP is not known yet).
    assert segments[0].duration == pytest.approx(2.4)
    assert not segments[1].parts[0].independent  # cut without a keyframe
    assert any(s.parts[0].independent for s in segments[2:])  # back on keyframes


def test_audio_only_segments_stay_within_the_target() -> None:
    packager = make_packager("source", segment_target_s=2.0, part_target_s=0.2)
    events = run(packager, read("audio"))
    durations = [e.segment.duration for e in of(events, SegmentReady)]
    assert durations and all(round(d) <= 2 for d in durations)
    assert packager.index.target_duration == 2
    # These fragments last 0.209 s and cannot be split: PART-TARGET is fixed to fit one.
    assert packager.index.part_target == pytest.approx(0.209)
    assert all(e.part.duration <= 0.209 for e in of(events, PartReady))


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
    items = read("restart")
    events = run(packager, items, step=0.0)  # everything "arrives" at T0
    parts = [e.part for e in of(events, PartReady)]
    # The first part is published when the fragment after it arrives (at T0, after its
    # last sample): the part's media began that much earlier.
    frags = [f for f in items if isinstance(f, Fragment)]
    start = frags[0].decode_time_s
    closer = next(f for f in frags if f.decode_time_s >= start + parts[0].duration - 1e-6)
    media_before = closer.decode_time_s + closer.duration_s - start
    assert parts[0].program_date_time == T0 - timedelta(seconds=media_before)
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
    # A segment closes when the keyframe that starts the next one arrives: with it in
    # hand, nothing is open (that keyframe is the part being gathered).
    events = run(packager, [INIT, *synthetic(20)])  # segments 0..3 on init-0
    events += run(packager, [INIT, *synthetic(31)])  # segments 4..9 on init-1
    index = packager.index
    assert index.open is None
    assert [s.msn for s in index.segments] == [7, 8, 9]
    assert index.media_sequence == 7
    # The discontinuity (msn 4) left the window: counted once.
    assert index.discontinuity_sequence == 1
    # Beyond the 5 kept, a segment goes once it left the window 3 target durations ago:
    # segment 4 left it 2 s ago, so it stays with 5..9.
    assert [s.msn for s in index.retained] == [4, 5, 6, 7, 8, 9]
    expired = [n for e in of(events, SegmentsExpired) for n in e.names]
    assert expired == ["seg-0.m4s", "seg-1.m4s", "seg-2.m4s", "seg-3.m4s", "init-0.mp4"]
    events = run(packager, synthetic(46)[31:])  # segments 10..12
    expired = [n for e in of(events, SegmentsExpired) for n in e.names]
    assert expired == ["seg-4.m4s", "seg-5.m4s", "seg-6.m4s"]
    assert [s.msn for s in index.retained] == [7, 8, 9, 10, 11, 12]


def test_parts_stay_fetchable_three_target_durations_after_they_leave_the_playlist() -> None:
    packager = make_packager("source", segment_target_s=1.0, window_segments=10, keep_segments=20)
    # Segments 0..11 complete, 12 open with two parts (the last fragment is being gathered).
    events = run(packager, [INIT, *synthetic(5 * 12 + 3)])
    index = packager.index
    # In memory: exactly the parts the playlist lists (9..11 beside the open 0.4 s: the
    # segments ending within 3 s of its end), views of their segment's bytes.
    assert index.part_data(12, 1) is not None
    held = [msn for msn in range(12) if index.part_data(msn, 0) is not None]
    listed = parse_media_playlist(render_media_playlist(index, low_latency=True))
    assert held == [s.msn for s in listed.segments if s.parts] == [9, 10, 11]
    segments = {e.segment.msn: e.data for e in events if isinstance(e, SegmentReady)}
    view = index.part_data(10, 2)
    assert isinstance(view, memoryview) and view.obj is segments[10]
    # Older ones stay fetchable from their segment (its file), at the place the index keeps.
    for msn in range(12):
        spans = [index.part_span(msn, i) for i in range(len(index.segment(msn).parts))]
        assert all(s is not None for s in spans)
        pieces = [segments[msn][o : o + n] for o, n in spans]  # type: ignore[misc]
        assert b"".join(pieces) == segments[msn]
        assert pieces[1] == bytes(index.part_data(msn, 1) or pieces[1])


@pytest.mark.parametrize("gop", [3, 5, 7, 11])
def test_parts_in_memory_are_always_the_listed_ones(gop: int) -> None:
    """After every fragment, whatever the GOP: the parts held are the parts listed."""
    packager = make_packager("source", segment_target_s=1.0, window_segments=10, keep_segments=20)
    index = packager.index
    packager.on_init(INIT, T0)
    for n, fragment in enumerate(synthetic(120, gop=gop)):
        packager.on_fragment(fragment, T0 + timedelta(seconds=n * 0.2))
        listed = parse_media_playlist(render_media_playlist(index, low_latency=True))
        held = [s.msn for s in index.retained if index.part_data(s.msn, 0) is not None]
        assert held == [s.msn for s in listed.segments if s.parts], n


def test_version_moves_on_every_change() -> None:
    packager = make_packager("source")
    versions = [packager.index.version]
    packager.on_init(INIT, T0)
    versions.append(packager.index.version)
    for frag in synthetic(12):
        before = packager.index.version
        events = packager.on_fragment(frag, T0)
        # A fragment that publishes something moves the version; one still being
        # gathered into a part changes nothing a client can see.
        assert (packager.index.version > before) == bool(events)
        versions.append(packager.index.version)
    packager.finish(T0)
    versions.append(packager.index.version)
    assert versions == sorted(versions) and versions[-1] > versions[-2]


def test_next_part_and_lookups() -> None:
    packager = make_packager("source", segment_target_s=1.0)
    index = packager.index
    packager.on_init(INIT, T0)
    assert index.next_part() == (0, 0) and index.last_msn_part() is None
    assert index.is_future(0, 0) and not index.will_never_exist(0, 0)
    # Segment 0 complete (5 parts), segment 1 has 2 parts; the 8th fragment is part 1.2,
    # being gathered.
    run(packager, synthetic(8))
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
    frags = synthetic(9, gop=5)[1:]  # starts mid-GOP; the last one is being gathered
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


def test_a_gop_a_little_longer_than_the_target_gives_segments_that_round_to_it() -> None:
    # RFC 8216bis 4.4.3.1 bounds EXTINF rounded to the nearest integer: with 2.2 s GOPs,
    # once the GOP is known, segments wait for the keyframe (2.2 rounds to 2).
    packager = make_packager("source", segment_target_s=2.0)
    events = run(packager, [INIT, *synthetic(11 * 6, gop=11)])
    segments = [e.segment for e in of(events, SegmentReady)]
    assert packager.index.target_duration == 2
    assert all(round(s.duration) <= 2 for s in segments)
    assert [round(s.duration, 3) for s in segments[-2:]] == [2.2, 2.2]
    assert all(s.parts[0].independent for s in segments[-2:])


# Per-frame fragments, as the ffmpeg backend writes them for video ---------------------

AV_INIT = InitSegment(
    b"av-init",
    (
        TrackInfo(1, "video", 90000, "avc1.64001f", width=1280, height=720),
        TrackInfo(2, "audio", 48000, "mp4a.40.2", sample_rate=48000, channels=2),
    ),
)


def frames(
    count: int,
    *,
    fps: float = 30.0,
    keyframes: Callable[[int], bool] = lambda n: n % 30 == 0,
    start: int = 0,
    audio_only_after: bool = False,
) -> list[Fragment]:
    """`count` video frames from frame `start`, one fragment each, audio riding along.

    With `audio_only_after`, every frame is followed by a fragment of audio alone (as
    ffmpeg interleaves them when it fragments per frame).
    """
    duration = 1 / fps
    out: list[Fragment] = []
    for n in range(start, start + count):
        t = n * duration
        video = TrackFragment(1, "video", t, duration, 1, keyframes(n), 1000)
        sound = TrackFragment(2, "audio", t, 0.0213, 1, True, 200)
        out.append(Fragment(f"v{n}|".encode(), t, duration, keyframes(n), (video, sound)))
        if audio_only_after:
            alone = TrackFragment(2, "audio", t + 0.0213, 0.0213, 1, True, 200)
            out.append(Fragment(f"a{n}|".encode(), t + 0.0213, 0.0213, False, (alone,)))
    return out


def parts_of(events: list[PackagerEvent]) -> list[Part]:
    return [e.part for e in of(events, PartReady)]


def segments_of(events: list[PackagerEvent]) -> list[Segment]:
    return [e.segment for e in of(events, SegmentReady)]


def assert_part_rules(segments: Sequence[Segment], part_target: float) -> None:
    """RFC 8216bis 4.4.4.9: every part at most PART-TARGET (as the playlist prints both, to
    the millisecond); all but a segment's last at least 85 % of it."""
    for seg in segments:
        for part in seg.parts:
            assert round(part.duration, 3) <= part_target, (seg.msn, part)
        for part in seg.parts[:-1]:
            assert part.duration >= 0.85 * part_target - 1e-6, (seg.msn, part)


@pytest.mark.parametrize(
    ("configured", "granule", "expected"),
    [
        (0.2, 1 / 30, 0.2),  # 6 frames
        (0.2, 1 / 25, 0.2),  # 5 frames
        (0.2, 1 / 60, 0.2),
        (0.2, 1001 / 30000, 0.2),  # 29.97 fps: 6 frames are 0.2002 s, printed 0.200
        (0.2, 1 / 24, 0.208),  # 4 frames are 83 %, 5 are 0.2083 s, printed 0.208
        (0.2, 1024 / 44100, 0.2),  # AAC at 44.1 kHz: 8 frames, 0.186 s
        (0.2, 0.209, 0.209),  # a fragment longer than the target: one per part
        (0.333, 1 / 30, 0.333),
    ],
)
def test_part_target_fits_what_the_media_can_be_cut_into(
    configured: float, granule: float, expected: float
) -> None:
    assert fit_part_target(configured, granule) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("fps", "part_target"), [(30.0, 0.2), (25.0, 0.2), (30000 / 1001, 0.2), (24.0, 0.208)]
)
def test_parts_follow_part_target_at_common_frame_rates(fps: float, part_target: float) -> None:
    packager = make_packager("source", segment_target_s=2.0, part_target_s=0.2)
    gop = round(fps)
    events = run(packager, [AV_INIT, *frames(gop * 8, fps=fps, keyframes=lambda n: n % gop == 0)])
    index = packager.index
    assert index.part_target == pytest.approx(part_target)
    segments = segments_of(events)
    assert len(segments) >= 3
    assert_part_rules(segments, index.part_target)
    assert all(round(s.duration) <= index.target_duration for s in segments)


def test_keyframes_in_pairs_do_not_make_tiny_parts() -> None:
    # An I frame and an IDR frame flagged as keyframes every 200 ms (GStreamer's x264enc).
    pairs = frames(30 * 8, keyframes=lambda n: n % 6 in (0, 1))
    packager = make_packager("source", segment_target_s=2.0, part_target_s=0.2)
    events = run(packager, [AV_INIT, *pairs])
    segments = segments_of(events)
    assert packager.index.part_target == pytest.approx(0.2)
    assert_part_rules(segments, 0.2)
    assert all(len(s.parts) <= 11 for s in segments)


def test_a_part_target_fixed_for_the_generation_survives_a_new_frame_rate() -> None:
    packager = make_packager("source", segment_target_s=2.0, part_target_s=0.2)
    events = run(packager, [AV_INIT, *frames(96, fps=24.0, keyframes=lambda n: n % 24 == 0)])
    assert packager.index.part_target == pytest.approx(0.208)
    events += run(packager, [AV_INIT, *frames(90, fps=25.0, keyframes=lambda n: n % 25 == 0)])
    assert packager.index.part_target == pytest.approx(0.208)
    assert all(round(p.duration, 3) <= 0.208 for p in parts_of(events))


def test_when_a_segment_closes_the_hint_names_the_first_part_of_the_next() -> None:
    packager = make_packager("source", segment_target_s=2.0, part_target_s=0.2)
    index = packager.index
    packager.on_init(AV_INIT, T0)
    hints = []
    for frame in frames(30 * 9):
        events = packager.on_fragment(frame, T0)
        if of(events, SegmentReady):
            hints.append((segments_of(events)[-1].msn, index.next_part()))
    assert hints and all(hint == (msn + 1, 0) for msn, hint in hints)


def test_a_1_5_s_gop_makes_1_5_s_segments_on_keyframes_and_true_hints() -> None:
    packager = make_packager("source", segment_target_s=2.0, part_target_s=0.2)
    index = packager.index
    packager.on_init(AV_INIT, T0)
    segments: list[Segment] = []
    hints = []
    for frame in frames(45 * 8, keyframes=lambda n: n % 45 == 0):
        events = packager.on_fragment(frame, T0)
        for seg in segments_of(events):
            segments.append(seg)
            hints.append((seg.msn, index.next_part()))
    assert [round(s.duration, 3) for s in segments] == [1.5] * len(segments)
    assert all(s.parts[0].independent for s in segments)
    assert_part_rules(segments, index.part_target)
    # A segment closes when the keyframe that starts the next one arrives: that keyframe
    # is the part being gathered, and the hint names it.
    assert all(hint == (msn + 1, 0) for msn, hint in hints)


def test_without_any_keyframe_segments_and_memory_stay_bounded() -> None:
    packager = make_packager("source", segment_target_s=2.0, part_target_s=0.2)
    index = packager.index
    packager.on_init(AV_INIT, T0)
    # One keyframe, then ten minutes of frames without another (intra refresh, GOP 0).
    for frame in frames(30 * 600, keyframes=lambda n: n == 0):
        packager.on_fragment(frame, T0)
    assert len(index.retained) <= 12 + 1
    # Parts' bytes for six target durations (to a whole segment) and the segment in
    # progress, no more: 0.2 s parts, 2 s segments.
    assert len(index._part_data) <= 6 * 10 + 10 + 10
    assert all(s.duration <= 2.0 + 1e-6 for s in index.retained)
    assert not any(s.parts[0].independent for s in index.retained)
    assert index.target_duration == 2


def test_audio_between_frames_rides_in_stream_order() -> None:
    packager = make_packager("source", segment_target_s=1.0, part_target_s=0.2)
    events = run(packager, [AV_INIT, *frames(60, audio_only_after=True)])
    events += packager.finish(T0 + timedelta(seconds=30))
    parts = of(events, PartReady)
    # Every part starts with a frame (players time a part by its first fragment); the
    # audio that came between frames stays where it came, in the part of the frame before
    # it (hls.js sees a hole where audio runs out of step with video), none is lost.
    assert all(p.data.startswith(b"v") for p in parts)
    data = b"".join(p.data for p in parts)
    chunks = [chunk for chunk in data.split(b"|") if chunk]
    assert chunks[:4] == [b"v0", b"a0", b"v1", b"a1"]
    assert {c for c in chunks if c.startswith(b"a")} == {f"a{n}".encode() for n in range(59)}
    assert all(p.part.duration == pytest.approx(0.2, abs=1e-6) for p in parts[:-1])


def test_the_audio_after_the_last_frame_of_a_file_is_dropped() -> None:
    packager = make_packager("source", segment_target_s=1.0, part_target_s=0.2)
    sound = (TrackFragment(2, "audio", 0, 0, 1, True, 9),)
    tail = [Fragment(b"tail|", 2.0 + 0.0213 * i, 0.0213, False, sound) for i in range(17)]
    events = run(packager, [AV_INIT, *frames(60), *tail])
    events += packager.on_init(AV_INIT, T0)  # the encoder reconnects: a new file
    events += run(packager, [*frames(30), *tail])
    events += packager.finish(T0)
    assert b"tail" not in b"".join(e.data for e in of(events, SegmentReady))
    assert b"tail" not in b"".join(e.data for e in of(events, PartReady))


def test_audio_goes_on_alone_when_the_video_stops() -> None:
    packager = make_packager("source", segment_target_s=1.0, part_target_s=0.2)
    alone = [
        Fragment(
            f"a{i}|".encode(),
            1.0 + 0.0213 * i,
            0.0213,
            False,
            (TrackFragment(2, "audio", 1.0 + 0.0213 * i, 0.0213, 1, True, 9),),
        )
        for i in range(200)
    ]
    events = run(packager, [AV_INIT, *frames(30), *alone])
    published = b"".join(e.data for e in of(events, PartReady))
    assert b"a100|" in published  # held at most about a second, then it plays on


# --- renditions made by different processes ------------------------------------------


def test_renditions_of_other_processes_number_and_date_segments_alike() -> None:
    """The copy's file starts at input time 10.0 s; a rung's process started a second
    later (its decode times count from there) and its ingest estimate is 70 ms off. By
    input time both number the same spans alike, and the rung takes the copy's dates."""
    from sender.media.numbering import SegmentNumbering
    from sender.media.profile import PackagingProfile

    numbering = SegmentNumbering()
    profile = PackagingProfile(segment_target_s=1.0, part_target_s=0.2)
    copy = Packager("source", profile, numbering)
    copy.on_init(INIT, T0)
    copy.follow_input("publish", 10.0)
    events = []
    for n, fragment in enumerate(synthetic(30, gop=5, duration=0.2)):
        events += copy.on_fragment(fragment, T0 + timedelta(seconds=0.2 * (n + 1)))
    rung = Packager("low", profile, numbering)  # made once the copy is into its 2nd segment
    rung.on_init(INIT, T0)
    rung.follow_input("publish", 11.02)  # its first keyframe: input 11.02 (audio lead)
    late = timedelta(seconds=1.07)
    rung_events = []
    for n, fragment in enumerate(synthetic(25, gop=5, duration=0.2)):
        rung_events += rung.on_fragment(fragment, T0 + late + timedelta(seconds=0.2 * (n + 1)))
    copies = {e.segment.msn: e.segment for e in of(events, SegmentReady)}
    rungs = {e.segment.msn: e.segment for e in of(rung_events, SegmentReady)}
    assert min(rungs) == 1  # the segment the copy had open, not a new number
    assert set(rungs) <= set(copies)
    for msn, segment in rungs.items():
        assert segment.program_date_time == copies[msn].program_date_time
        assert segment.duration == pytest.approx(copies[msn].duration)


def test_without_the_input_timeline_a_new_process_numbers_on_its_own() -> None:
    from sender.media.numbering import SegmentNumbering
    from sender.media.profile import PackagingProfile

    numbering = SegmentNumbering()
    profile = PackagingProfile(segment_target_s=1.0, part_target_s=0.2)
    one, two = Packager("a", profile, numbering), Packager("b", profile, numbering)
    one.on_init(INIT, T0)
    two.on_init(INIT, T0)
    one.follow_input("publish", 0.0)
    first = of([e for f in synthetic(11, gop=5) for e in one.on_fragment(f, T0)], SegmentReady)
    second = of([e for f in synthetic(11, gop=5) for e in two.on_fragment(f, T0)], SegmentReady)
    # Same decode times, but "b" is on its init's timeline: no number is shared.
    assert {e.segment.msn for e in first}.isdisjoint({e.segment.msn for e in second})
    one.on_init(INIT, T0)  # a new file: its input timeline is to be told again
    assert one._input is None
