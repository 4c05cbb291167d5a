"""Playlists rendered from real packaging, checked by parsing them with the m3u8 package."""

from __future__ import annotations

import math
import re
from datetime import UTC, datetime, timedelta
from pathlib import Path

import m3u8
import pytest
from tests.media.packagers import make_packager

from sender.hls.playlist import (
    RenditionReport,
    Variant,
    render_media_playlist,
    render_multivariant,
    rendition_report,
)
from sender.media.fmp4 import Fmp4Reader, Fragment, InitSegment
from sender.media.packager import Packager, RenditionIndex

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "fmp4"
T0 = datetime(2026, 11, 1, 12, 0, 0, tzinfo=UTC)
QUERY = "token=abc&vsid=x"


def packaged(name: str, *, drop_last: int = 0, finish: bool = False, **kw: int) -> Packager:
    packager = make_packager("source", segment_target_s=1.0, **kw)
    items = Fmp4Reader().feed((FIXTURES / f"{name}.mp4").read_bytes())
    items = items[: len(items) - drop_last]
    for n, item in enumerate(items):
        now = T0 + timedelta(seconds=0.2 * n)
        if isinstance(item, InitSegment):
            packager.on_init(item, now)
        else:
            packager.on_fragment(item, now)
    if finish:
        packager.finish(T0 + timedelta(minutes=1))
    return packager


def long_stream(segments: int, *, window: int) -> RenditionIndex:
    """`segments` one-second segments of 0.2 s parts (a keyframe every second)."""
    packager = make_packager(
        "source", segment_target_s=1.0, window_segments=window, keep_segments=window
    )
    packager.on_init(InitSegment(b"init", ()), T0)
    for n in range(segments * 5 + 2):
        frag = Fragment(f"f{n}".encode(), n * 0.2, 0.2, n % 5 == 0, ())
        packager.on_fragment(frag, T0 + timedelta(seconds=n * 0.2))
    return packager.index


def uris_in(text: str) -> list[str]:
    """Every URI of a playlist: URI="..." attributes and the URI lines."""
    quoted = re.findall(r'URI="([^"]*)"', text)
    lines = [ln for ln in text.splitlines() if ln and not ln.startswith("#")]
    return quoted + lines


def check_common(text: str, index: RenditionIndex) -> m3u8.M3U8:
    playlist = m3u8.loads(text)
    assert text.startswith("#EXTM3U\n")
    assert playlist.target_duration == index.target_duration
    assert playlist.media_sequence == index.media_sequence
    assert playlist.discontinuity_sequence == index.discontinuity_sequence
    for seg in playlist.segments:
        if seg.uri is not None:
            # RFC 8216bis 4.4.3.1: EXTINF rounded to the nearest integer <= the target.
            assert math.floor(seg.duration + 0.5) <= playlist.target_duration
    for line in text.splitlines():
        if line.startswith("#EXTINF:"):
            assert re.fullmatch(r"#EXTINF:\d+\.\d{3},", line)
    return playlist


def test_standard_playlist_lists_the_window() -> None:
    index = packaged("restart", window_segments=6).index
    text = render_media_playlist(index, low_latency=False)
    playlist = check_common(text, index)
    assert playlist.version == 6
    assert [s.uri for s in playlist.segments] == [s.name for s in index.segments]
    assert [s.duration for s in playlist.segments] == [round(s.duration, 3) for s in index.segments]
    assert all(
        s.program_date_time == x.program_date_time
        for s, x in zip(playlist.segments, index.segments, strict=True)
    )
    assert "#EXT-X-PART" not in text and "PRELOAD-HINT" not in text and "SERVER-CONTROL" not in text
    assert not playlist.is_endlist
    # The restart: a discontinuity and the new init's map before its first segment.
    switch = next(i for i, s in enumerate(index.segments) if s.discontinuity)
    assert playlist.segments[switch].discontinuity
    assert playlist.segments[switch].init_section.uri == "init-1.mp4"
    assert playlist.segments[0].init_section.uri == index.segments[0].init_name


def test_low_latency_playlist_parts_hint_and_server_control() -> None:
    packager = packaged("restart", drop_last=3, window_segments=6)
    index = packager.index
    assert index.open is not None and index.open.parts
    text = render_media_playlist(index, low_latency=True)
    playlist = check_common(text, index)
    control = playlist.server_control
    assert control.can_block_reload == "YES"
    # The playlist's decimals are exact: compare them without float noise.
    assert control.part_hold_back >= round(3 * playlist.part_inf.part_target, 6)
    assert control.can_skip_until == 6 * index.target_duration
    assert playlist.part_inf.part_target == pytest.approx(index.part_target)
    all_parts = [p for s in playlist.segments for p in s.parts]
    assert all(p.duration <= playlist.part_inf.part_target for p in all_parts)
    # The newest complete segments list every part, in order; the open one ends the list.
    listed = [s for s in playlist.segments if s.uri is not None and s.parts]
    assert listed, text
    for seg in listed:
        source = next(x for x in index.segments if x.name == seg.uri)
        assert [p.uri for p in seg.parts] == [p.name for p in source.parts]
        assert [p.independent == "YES" for p in seg.parts] == [p.independent for p in source.parts]
    assert [p.uri for p in playlist.segments[-1].parts] == [p.name for p in index.open.parts]
    # Parts within three target durations of the end are listed, older ones not.
    assert not playlist.segments[0].parts
    msn, part = index.next_part()
    assert playlist.preload_hint.hint_type == "PART"
    assert playlist.preload_hint.uri == f"part-{msn}.{part}.m4s"


def test_low_latency_open_segment_after_a_restart_gets_its_map() -> None:
    items = Fmp4Reader().feed((FIXTURES / "restart.mp4").read_bytes())
    second = max(i for i, x in enumerate(items) if isinstance(x, InitSegment))
    packager = make_packager("source", segment_target_s=1.0)
    for item in items[: second + 4]:  # two parts out, a third being gathered
        if isinstance(item, InitSegment):
            packager.on_init(item, T0)
        else:
            packager.on_fragment(item, T0)
    text = render_media_playlist(packager.index, low_latency=True)
    # The m3u8 package drops tags before trailing parts, so read the tail's order directly.
    tail = text.split("seg-")[-1].splitlines()[1:]
    assert [line.split(":")[0] for line in tail[:5]] == [
        "#EXT-X-DISCONTINUITY",
        "#EXT-X-MAP",
        "#EXT-X-PROGRAM-DATE-TIME",
        "#EXT-X-PART",
        "#EXT-X-PART",
    ]
    assert tail[1] == '#EXT-X-MAP:URI="init-1.mp4"'
    playlist = m3u8.loads(text)
    assert [p.uri for p in playlist.segments[-1].parts] == ["part-5.0.m4s", "part-5.1.m4s"]


def test_delta_update_skips_old_segments() -> None:
    index = long_stream(12, window=10)
    full = m3u8.loads(render_media_playlist(index, low_latency=True))
    text = render_media_playlist(index, low_latency=True, skip=True)
    delta = check_common(text, index)
    until = delta.server_control.can_skip_until
    assert until == 6 * index.target_duration == 6
    skipped = delta.skip.skipped_segments
    # Each skipped segment ends at least CAN-SKIP-UNTIL before the playlist's end.
    kept = [s for s in full.segments if s.uri is not None][skipped:]
    assert sum(s.duration for s in kept) >= until
    assert sum(s.duration for s in kept[1:]) < until
    assert skipped == 4 and delta.version == 9
    assert [s.uri for s in delta.segments if s.uri] == [s.uri for s in kept]
    assert delta.media_sequence == full.media_sequence


def test_short_playlist_is_not_skipped() -> None:
    index = long_stream(12, window=6)
    text = render_media_playlist(index, low_latency=True, skip=True)
    assert "EXT-X-SKIP" not in text
    assert m3u8.loads(text).version == 6


def test_ended_playlist_has_endlist_and_no_low_latency_lines() -> None:
    index = packaged("av", finish=True).index
    text = render_media_playlist(index, low_latency=True, skip=True)
    playlist = check_common(text, index)
    assert playlist.is_endlist
    for tag in ("#EXT-X-PART", "PRELOAD-HINT", "CAN-BLOCK-RELOAD", "EXT-X-SKIP"):
        assert tag not in text
    assert sum(s.duration for s in playlist.segments) == pytest.approx(
        sum(s.duration for s in index.segments), abs=0.01
    )


@pytest.mark.parametrize("low_latency", [False, True])
def test_query_is_on_every_uri(low_latency: bool) -> None:
    packager = packaged("restart", drop_last=3, window_segments=6)
    reports = [RenditionReport("../720p/index.m3u8", 3, 1)]
    text = render_media_playlist(
        packager.index, low_latency=low_latency, query=QUERY, rendition_reports=reports
    )
    uris = uris_in(text)
    assert len(uris) > 6
    assert all(u.endswith("?" + QUERY) for u in uris), uris
    playlist = m3u8.loads(text)
    assert all(s.uri.endswith(QUERY) for s in playlist.segments if s.uri)
    assert all(s.init_section.uri.endswith(QUERY) for s in playlist.segments if s.uri)
    if low_latency:
        assert playlist.preload_hint.uri.endswith(QUERY)
        assert playlist.rendition_reports[0].uri == "../720p/index.m3u8?" + QUERY


def test_rendition_reports() -> None:
    other = packaged("av", drop_last=2).index
    report = rendition_report("../low/index.m3u8", other)
    assert report is not None
    text = render_media_playlist(packaged("av").index, low_latency=True, rendition_reports=[report])
    parsed = m3u8.loads(text).rendition_reports[0]
    assert (parsed.last_msn, parsed.last_part) == other.last_msn_part()
    empty = make_packager("x").index
    assert rendition_report("../x/index.m3u8", empty) is None


def test_multivariant() -> None:
    variants = [
        Variant(
            "source/index.m3u8", 2_000_000, 1_500_000, "avc1.64001f,mp4a.40.2", (1280, 720), 30.0
        ),
        Variant("low/index.m3u8", 500_000, None, "avc1.4d401e,mp4a.40.2", (640, 360), None),
    ]
    text = render_multivariant(variants, query=QUERY)
    playlist = m3u8.loads(text)
    # Independence is claimed per media playlist, where it can be checked (RFC 8216bis 4.4.2.1).
    assert playlist.is_variant and not playlist.is_independent_segments
    first, second = playlist.playlists
    assert first.uri == "source/index.m3u8?" + QUERY and second.uri == "low/index.m3u8?" + QUERY
    info = first.stream_info
    assert (info.bandwidth, info.average_bandwidth, info.codecs) == (
        2_000_000,
        1_500_000,
        "avc1.64001f,mp4a.40.2",
    )
    assert info.resolution == (1280, 720) and info.frame_rate == 30.0
    assert second.stream_info.resolution == (640, 360) and second.stream_info.frame_rate is None
    with pytest.raises(ValueError, match="at least one variant"):
        render_multivariant([])


def test_independent_segments_are_claimed_only_while_true() -> None:
    packager = make_packager("source", segment_target_s=1.0, window_segments=3, keep_segments=5)
    packager.on_init(InitSegment(b"init", ()), T0)
    frags = [
        Fragment(f"{n}".encode(), n * 0.2, 0.2, n % 5 == 0, ()) for n in range(15)
    ]  # three segments, each on a keyframe
    for frag in frags:
        packager.on_fragment(frag, T0)
    text = render_media_playlist(packager.index, low_latency=True)
    assert "#EXT-X-INDEPENDENT-SEGMENTS" in text
    assert m3u8.loads(text).is_independent_segments
    # Four seconds without a keyframe: segments cut at the target start mid-GOP.
    for n in range(15, 35):
        packager.on_fragment(Fragment(f"{n}".encode(), n * 0.2, 0.2, False, ()), T0)
    text = render_media_playlist(packager.index, low_latency=True)
    assert "#EXT-X-INDEPENDENT-SEGMENTS" not in text
    # Keyframes again: once every listed segment starts on one, the claim returns.
    for n in range(35, 70):
        packager.on_fragment(Fragment(f"{n}".encode(), n * 0.2, 0.2, n % 5 == 0, ()), T0)
    assert "#EXT-X-INDEPENDENT-SEGMENTS" in render_media_playlist(packager.index, low_latency=True)
