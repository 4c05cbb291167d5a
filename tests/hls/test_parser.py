"""The playlist parser: Sender's own playlists read back into the index they were
rendered from, golden renderings, other servers' playlists, exact errors, fuzzing,
and a cross-check with the independent m3u8 package on the same texts."""

from __future__ import annotations

import contextlib
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path

import m3u8
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from tests.fixtures.playlists.regenerate import SENDER, THIRD_PARTY, golden
from tests.media.packagers import make_packager

from sender.errors import PlaylistError, ProtocolError
from sender.hls.parser import (
    MAX_PLAYLIST_LINES,
    MAX_PLAYLIST_SIZE,
    ByteRange,
    Map,
    MediaPlaylist,
    MultivariantPlaylist,
    Playlist,
    parse_attributes,
    parse_media_playlist,
    parse_multivariant,
    parse_playlist,
)
from sender.hls.parser import Part as ParsedPart
from sender.hls.playlist import (
    PART_LIST_TARGET_DURATIONS,
    SKIP_TARGET_DURATIONS,
    RenditionReport,
    Variant,
    render_media_playlist,
    render_multivariant,
    rendition_report,
    skipped_segments,
    with_query,
)
from sender.media.fmp4 import Fmp4Reader, Fragment, InitSegment
from sender.media.packager import Part, RenditionIndex

FMP4 = Path(__file__).resolve().parents[1] / "fixtures" / "fmp4"
T0 = datetime(2026, 11, 1, 12, 0, 0, tzinfo=UTC)
QUERY = "token=abc.def&vsid=x1"


# --- building real packager state ------------------------------------------------


def packaged(
    name: str,
    *,
    drop_last: int = 0,
    finish: bool = False,
    segment_target_s: float = 1.0,
    window_segments: int = 6,
    keep_segments: int = 12,
) -> RenditionIndex:
    """Real ffmpeg output (tests/fixtures/fmp4) through the public Packager API."""
    packager = make_packager(
        "source",
        segment_target_s=segment_target_s,
        window_segments=window_segments,
        keep_segments=keep_segments,
    )
    items = Fmp4Reader().feed((FMP4 / f"{name}.mp4").read_bytes())
    for n, item in enumerate(items[: len(items) - drop_last]):
        now = T0 + timedelta(seconds=0.2 * n)
        if isinstance(item, InitSegment):
            packager.on_init(item, now)
        else:
            packager.on_fragment(item, now)
    if finish:
        packager.finish(T0 + timedelta(minutes=1))
    return packager.index


# --- the model reproduced ----------------------------------------------------------


def ms(value: datetime) -> datetime:
    """A date as a playlist carries it: whole milliseconds."""
    return value.replace(microsecond=value.microsecond // 1000 * 1000)


def part_keys(parts: Sequence[ParsedPart]) -> list[tuple[int, int, str, float, bool]]:
    return [(p.msn, p.index, p.uri, p.duration, p.independent) for p in parts]


def index_part_keys(parts: Sequence[Part], query: str) -> list[tuple[int, int, str, float, bool]]:
    # Durations to the millisecond: float(f"{d:.3f}") == round(d, 3).
    return [
        (p.msn, p.index, with_query(p.name, query), round(p.duration, 3), p.independent)
        for p in parts
    ]


def assert_reproduces(
    parsed: MediaPlaylist,
    index: RenditionIndex,
    *,
    low_latency: bool,
    skip: bool = False,
    query: str = "",
    reports: Sequence[RenditionReport] = (),
) -> None:
    """The parsed playlist says what the index holds, as far as the playlist shows it."""
    live_ll = low_latency and not index.ended
    skipped = skipped_segments(index) if live_ll and skip else 0
    assert parsed.version == (9 if skipped else 6)
    assert parsed.target_duration == index.target_duration
    assert parsed.media_sequence == index.media_sequence
    assert parsed.discontinuity_sequence == index.discontinuity_sequence
    assert parsed.skipped_segments == skipped
    assert parsed.ended == index.ended
    window = index.segments[skipped:]
    assert [s.msn for s in parsed.segments] == [s.msn for s in window]
    for got, want in zip(parsed.segments, window, strict=True):
        assert got.uri == with_query(want.name, query)
        assert got.duration == round(want.duration, 3)
        assert got.init == Map(with_query(want.init_name, query))
        assert got.discontinuity == want.discontinuity
        assert got.program_date_time == ms(want.program_date_time)
        if got.parts:
            assert part_keys(got.parts) == index_part_keys(want.parts, query)
    listed = [i for i, s in enumerate(parsed.segments) if s.parts]
    if not live_ll:
        assert not listed
        assert parsed.part_target is None and parsed.server_control is None
        assert parsed.open is None and not parsed.preload_hints and not parsed.rendition_reports
        return
    # Parts are listed for the newest segments only: a run that ends the playlist.
    assert listed == list(range(len(parsed.segments) - len(listed), len(parsed.segments)))
    open_duration = index.open.duration if index.open is not None else 0.0
    if (
        window
        and index.part_data(window[-1].msn, 0) is not None
        and open_duration <= PART_LIST_TARGET_DURATIONS * index.target_duration
    ):
        assert listed, "the newest segment's parts are missing"
    assert parsed.part_target == round(index.part_target, 3)
    control = parsed.server_control
    assert control is not None and control.can_block_reload
    assert control.can_skip_until == SKIP_TARGET_DURATIONS * index.target_duration
    assert control.part_hold_back is not None
    assert control.part_hold_back >= 3 * parsed.part_target - 1e-9
    if index.open is None:
        assert parsed.open is None
    else:
        assert parsed.open is not None
        assert parsed.open.msn == index.open.msn
        assert parsed.open.init == Map(with_query(index.open.init_name, query))
        assert parsed.open.discontinuity == index.open.discontinuity
        assert parsed.open.program_date_time == ms(index.open.program_date_time)
        assert part_keys(parsed.open.parts) == index_part_keys(index.open.parts, query)
    assert parsed.next_part() == index.next_part()
    hint = parsed.preload_hint
    assert hint is not None
    msn, part = index.next_part()
    assert hint.uri == with_query(f"part-{msn}.{part}.m4s", query)
    expected = [RenditionReport(with_query(r.uri, query), r.last_msn, r.last_part) for r in reports]
    assert list(parsed.rendition_reports) == expected


def round_trip(
    index: RenditionIndex,
    *,
    low_latency: bool,
    skip: bool = False,
    query: str = "",
    reports: Sequence[RenditionReport] = (),
) -> MediaPlaylist:
    text = render_media_playlist(
        index, low_latency=low_latency, skip=skip, query=query, rendition_reports=reports
    )
    parsed = parse_media_playlist(text)
    assert_reproduces(
        parsed, index, low_latency=low_latency, skip=skip, query=query, reports=reports
    )
    cross_check(text, parsed)
    return parsed


# --- the cross-check with the m3u8 package ---------------------------------------------


def cross_check(text: str, ours: Playlist) -> None:
    """What the m3u8 package reads from the same text agrees with our records."""
    theirs = m3u8.loads(text)
    if isinstance(ours, MultivariantPlaylist):
        assert theirs.is_variant
        assert len(theirs.playlists) == len(ours.variants)
        for p, v in zip(theirs.playlists, ours.variants, strict=True):
            info = p.stream_info
            assert (p.uri, info.bandwidth, info.average_bandwidth) == (
                v.uri,
                v.bandwidth,
                v.average_bandwidth,
            )
            assert (info.codecs, info.resolution, info.frame_rate) == (
                v.codecs,
                v.resolution,
                v.frame_rate,
            )
        assert theirs.is_independent_segments == ours.independent_segments
        return
    assert not theirs.is_variant
    assert theirs.version == ours.version
    assert theirs.target_duration == ours.target_duration
    assert (theirs.media_sequence or 0) == ours.media_sequence
    assert (theirs.discontinuity_sequence or 0) == ours.discontinuity_sequence
    assert theirs.is_endlist == ours.ended
    # m3u8 gives {} for an absent EXT-X-SKIP or EXT-X-PART-INF.
    assert (getattr(theirs.skip, "skipped_segments", None) or 0) == ours.skipped_segments
    assert getattr(theirs.part_inf, "part_target", None) == ours.part_target
    if ours.server_control is None:
        assert theirs.server_control is None
    else:
        control = theirs.server_control
        assert (control.can_block_reload == "YES") == ours.server_control.can_block_reload
        assert control.can_skip_until == ours.server_control.can_skip_until
        assert control.part_hold_back == ours.server_control.part_hold_back
        assert control.hold_back == ours.server_control.hold_back
    complete = [s for s in theirs.segments if s.uri is not None]
    assert [s.uri for s in complete] == [s.uri for s in ours.segments]
    for mine, their in zip(ours.segments, complete, strict=True):
        assert their.duration == mine.duration
        assert their.discontinuity == mine.discontinuity
        assert their.program_date_time == mine.program_date_time
        assert (their.init_section and their.init_section.uri) == (mine.init and mine.init.uri)
        assert [(p.uri, p.duration, p.independent == "YES") for p in their.parts] == [
            (p.uri, p.duration, p.independent) for p in mine.parts
        ]
    trailing = [s for s in theirs.segments if s.uri is None]
    if ours.open is not None and ours.open.parts:
        # m3u8 keeps the open segment's parts, not the tags before them.
        assert len(trailing) == 1
        assert [(p.uri, p.duration) for p in trailing[0].parts] == [
            (p.uri, p.duration) for p in ours.open.parts
        ]
    else:
        assert not trailing
    hint = ours.preload_hint
    if hint is None:
        assert theirs.preload_hint is None
    else:
        assert (theirs.preload_hint.hint_type, theirs.preload_hint.uri) == (hint.type, hint.uri)
        assert theirs.preload_hint.byterange_start == hint.byterange_start
    assert [(r.uri, r.last_msn, r.last_part) for r in theirs.rendition_reports] == [
        (r.uri, r.last_msn, r.last_part) for r in ours.rendition_reports
    ]


# --- round trips from real packager state --------------------------------------------


def test_standard_playlist_reproduces_the_window_across_a_restart() -> None:
    index = packaged("restart")
    assert any(s.discontinuity for s in index.segments)
    assert len({s.init_name for s in index.segments}) == 2
    parsed = round_trip(index, low_latency=False, query=QUERY)
    switch = next(s for s in parsed.segments if s.discontinuity)
    assert switch.init == Map(f"init-1.mp4?{QUERY}")


def test_low_latency_playlist_reproduces_parts_open_segment_and_hint() -> None:
    index = packaged("av", drop_last=3)
    assert index.open is not None and index.open.parts
    parsed = round_trip(index, low_latency=True)
    assert parsed.open is not None
    assert [p.index for p in parsed.open.parts] == list(range(len(index.open.parts)))
    assert any(p.independent for s in parsed.segments for p in s.parts)


def test_low_latency_with_tokens_and_rendition_reports() -> None:
    other = packaged("video", drop_last=2)
    report = rendition_report("../480p/index.m3u8", other)
    assert report is not None
    parsed = round_trip(
        packaged("av", drop_last=2), low_latency=True, query=QUERY, reports=[report]
    )
    uris = [s.uri for s in parsed.segments] + [p.uri for s in parsed.segments for p in s.parts]
    assert uris and all(u.endswith("?" + QUERY) for u in uris)


def test_open_segment_after_a_restart_carries_its_discontinuity_and_map() -> None:
    items = Fmp4Reader().feed((FMP4 / "restart.mp4").read_bytes())
    second = max(i for i, x in enumerate(items) if isinstance(x, InitSegment))
    packager = make_packager("source", segment_target_s=1.0)
    for n, item in enumerate(items[: second + 3]):
        now = T0 + timedelta(seconds=0.2 * n)
        if isinstance(item, InitSegment):
            packager.on_init(item, now)
        else:
            packager.on_fragment(item, now)
    parsed = round_trip(packager.index, low_latency=True, query=QUERY)
    assert parsed.open is not None and parsed.open.discontinuity
    assert parsed.open.init == Map(f"init-1.mp4?{QUERY}")
    assert parsed.segments[-1].init == Map(f"init-0.mp4?{QUERY}")


def test_delta_update_numbers_segments_after_the_skipped_ones() -> None:
    packager = make_packager("source", segment_target_s=1.0, window_segments=10, keep_segments=10)
    packager.on_init(InitSegment(b"init", ()), T0)
    for n in range(62):
        frag = Fragment(b"f", n * 0.2, 0.2, n % 5 == 0, ())
        packager.on_fragment(frag, T0 + timedelta(seconds=n * 0.2))
    parsed = round_trip(packager.index, low_latency=True, skip=True, query=QUERY)
    assert parsed.skipped_segments == 4
    assert parsed.segments[0].msn == parsed.media_sequence + 4


def test_ended_playlist() -> None:
    index = packaged("av", finish=True)
    parsed = round_trip(index, low_latency=True, skip=True)
    assert parsed.ended and parsed.open is None


def test_audio_only_parts() -> None:
    index = packaged("audio", drop_last=1)
    parsed = round_trip(index, low_latency=True)
    parts = [p for s in parsed.segments for p in s.parts]
    assert parts and all(p.independent for p in parts)


def test_an_empty_index_parses() -> None:
    packager = make_packager("source")
    round_trip(packager.index, low_latency=False)
    parsed = round_trip(packager.index, low_latency=True)
    assert parsed.segments == () and parsed.next_part() == (0, 0)


# --- golden renderings -------------------------------------------------------------------

GOLDEN = golden()


def test_every_golden_file_has_a_state() -> None:
    assert sorted(p.stem for p in SENDER.glob("*.m3u8")) == sorted(GOLDEN)


@pytest.mark.parametrize("name", sorted(GOLDEN))
def test_rendering_is_byte_for_byte_the_golden_file(name: str) -> None:
    state = GOLDEN[name]
    committed = (SENDER / f"{name}.m3u8").read_bytes()
    assert state.text.encode() == committed, (
        f"the rendering of {name} changed; if on purpose, run "
        "tests/fixtures/playlists/regenerate.py and review the diff"
    )
    parsed = parse_playlist(committed)
    cross_check(state.text, parsed)
    if state.index is None:
        assert isinstance(parsed, MultivariantPlaylist)
    else:
        assert isinstance(parsed, MediaPlaylist)
        assert_reproduces(
            parsed,
            state.index,
            low_latency=state.low_latency,
            skip=state.skip,
            query=state.query,
            reports=state.reports,
        )


def test_golden_states_cover_what_sender_renders() -> None:
    texts = "".join(state.text for state in GOLDEN.values())
    for tag in (
        "#EXT-X-SKIP:",
        "#EXT-X-ENDLIST",
        "#EXT-X-DISCONTINUITY\n",
        "#EXT-X-DISCONTINUITY-SEQUENCE:1",
        "INDEPENDENT=YES",
        "#EXT-X-PRELOAD-HINT:",
        "#EXT-X-RENDITION-REPORT:",
        "#EXT-X-SERVER-CONTROL:",
        "#EXT-X-PART-INF:PART-TARGET=0.209",
        "#EXT-X-STREAM-INF:",
        "?token=",
    ):
        assert tag in texts, tag
    maps = [t.count("#EXT-X-MAP:") for t in (s.text for s in GOLDEN.values())]
    assert max(maps) >= 2


# --- other servers' playlists ------------------------------------------------------------

THIRD_PARTY_FILES = sorted(p.name for p in THIRD_PARTY.glob("*.m3u8"))


def third_party(name: str) -> str:
    return (THIRD_PARTY / name).read_text(encoding="utf-8")


@pytest.mark.parametrize("name", THIRD_PARTY_FILES)
def test_third_party_playlists_parse_and_agree_with_m3u8(name: str) -> None:
    text = third_party(name)
    cross_check(text, parse_playlist(text))


def test_apple_low_latency_example() -> None:
    parsed = parse_media_playlist(third_party("apple-low-latency.m3u8"))
    assert [s.msn for s in parsed.segments] == list(range(264, 273))
    assert parsed.segments[0].init == Map("init.mp4")
    assert parsed.segments[0].program_date_time == datetime(2019, 2, 14, 2, 13, 28, 106000, UTC)
    assert parsed.segments[1].program_date_time is None
    seg271 = parsed.segments[7]
    assert (seg271.msn, seg271.uri, len(seg271.parts)) == (271, "fileSequence271.mp4", 12)
    assert [p.index for p in seg271.parts] == list(range(12))
    assert [p.independent for p in seg271.parts].count(True) == 2
    assert parsed.segments[8].parts[0].uri == "filePart272.a.mp4"
    assert parsed.open is not None and parsed.open.msn == 273
    assert [p.uri for p in parsed.open.parts] == [f"filePart273.{i}.mp4" for i in range(3)]
    assert parsed.next_part() == (273, 3)
    assert parsed.preload_hint is not None and parsed.preload_hint.uri == "filePart273.3.mp4"
    assert parsed.part_target == 0.33334 and parsed.version == 6
    assert parsed.rendition_reports == (
        RenditionReport("../1M/waitForMSN.php", 273, 2),
        RenditionReport("../4M/waitForMSN.php", 273, 1),
    )


def test_apple_delta_update_counts_the_skipped_segments() -> None:
    parsed = parse_media_playlist(third_party("apple-delta-update.m3u8"))
    assert parsed.media_sequence == 264 and parsed.skipped_segments == 3
    assert parsed.segments[0].msn == 267 and parsed.segments[0].uri == "fileSequence267.mp4"
    assert parsed.next_part() == (273, 4)


def test_byte_range_parts() -> None:
    parsed = parse_media_playlist(third_party("apple-byterange-parts.m3u8"))
    assert [p.byterange for p in parsed.segments[-1].parts] == [
        ByteRange(20000, 0),
        ByteRange(23000, 20000),
        ByteRange(18000, 43000),
        ByteRange(19000, 61000),
    ]
    assert parsed.open is not None and parsed.open.parts[0].byterange == ByteRange(21000, 0)
    assert parsed.preload_hint is not None and parsed.preload_hint.byterange_start == 21000


def test_ffmpeg_fmp4_playlists() -> None:
    # ffmpeg writes PROGRAM-DATE-TIME between EXTINF and the URI, with a +0000 zone.
    event = parse_media_playlist(third_party("ffmpeg-fmp4-event.m3u8"))
    assert event.playlist_type == "EVENT" and event.ended and event.independent_segments
    assert all(s.init == Map("init.mp4") for s in event.segments)
    dates = [s.program_date_time for s in event.segments]
    assert all(d is not None and d.tzinfo is not None for d in dates)
    live = parse_media_playlist(third_party("ffmpeg-fmp4-live.m3u8"))
    assert live.media_sequence > 0 and not live.ended
    assert [s.uri for s in live.segments] == [f"seg-{s.msn}.m4s" for s in live.segments]
    master = parse_multivariant(third_party("ffmpeg-fmp4-event-master.m3u8"))
    (variant,) = master.variants
    assert variant.uri == "index.m3u8" and variant.resolution == (160, 120)
    assert variant.codecs is not None and variant.codecs.startswith("avc1.")


def test_encrypted_playlist_keeps_its_keys() -> None:
    parsed = parse_media_playlist(third_party("rfc-encrypted.m3u8"))
    keys = [t for t in parsed.tags if t.name == "EXT-X-KEY"]
    assert [k.attributes and k.attributes.quoted_string("URI") for k in keys] == [
        "https://priv.example.com/key.php?r=52",
        "https://priv.example.com/key.php?r=53",
    ]
    assert [k.line for k in keys] == [6, 15]
    assert [s.duration for s in parsed.segments] == [2.833, 15.0, 13.333, 15.0]
    assert parsed.segments[0].msn == 7794


def test_daterange_attributes_are_typed_on_demand() -> None:
    parsed = parse_media_playlist(third_party("rfc-daterange-scte35.m3u8"))
    out, back = (t.attributes for t in parsed.tags if t.name == "EXT-X-DATERANGE")
    assert out is not None and back is not None
    assert out.decimal_float("PLANNED-DURATION") == 59.993
    scte = out.hexadecimal("SCTE35-OUT")
    assert scte is not None and scte[:2] == b"\xfc\x00"
    assert back.decimal_float("DURATION") == 59.993


def test_multivariant_extras_are_kept() -> None:
    parsed = parse_multivariant(third_party("content-steering.m3u8"))
    assert [v.uri for v in parsed.variants] == [
        "https://cdn-a.example.com/720p/index.m3u8",
        "https://cdn-b.example.com/720p/index.m3u8",
    ]
    first = parsed.streams[0]
    assert first.variant == Variant(
        "https://cdn-a.example.com/720p/index.m3u8",
        2_200_000,
        2_000_000,
        "avc1.64001f,mp4a.40.2",
        (1280, 720),
        29.97,
    )
    assert first.attributes.quoted_string("AUDIO") == "aac"
    assert first.attributes.enumerated_string("CLOSED-CAPTIONS") == "NONE"
    names = [t.name for t in parsed.tags]
    assert names == ["EXT-X-CONTENT-STEERING", "EXT-X-MEDIA", "EXT-X-I-FRAME-STREAM-INF"]
    steering = parsed.tags[0].attributes
    assert steering is not None and steering.quoted_string("PATHWAY-ID") == "CDN-A"
    session = parse_multivariant(third_party("rfc-session-data.m3u8"))
    values = [t.attributes.get("VALUE") for t in session.tags if t.attributes is not None]
    assert values == [None, "This is an example", "Este es un ejemplo"]


# --- text details ------------------------------------------------------------------


def test_crlf_comments_blank_lines_and_unknown_tags() -> None:
    text = (
        "#EXTM3U\r\n#EXT-X-TARGETDURATION:4\r\n\r\n# a comment\r\n"
        "#EXT-X-BITRATE:1500\r\n#EXT-X-FUTURE-THING\r\n#EXTINF:3.5\r\n  a.ts  \r\n"
        "#EXTINF:4,title, with a comma\r\nb.ts\r\n"
    )
    parsed = parse_media_playlist(text)
    assert [(s.uri, s.duration, s.title) for s in parsed.segments] == [
        ("a.ts", 3.5, ""),
        ("b.ts", 4.0, "title, with a comma"),
    ]
    assert [(t.name, t.value, t.line) for t in parsed.tags] == [
        ("EXT-X-BITRATE", "1500", 5),
        ("EXT-X-FUTURE-THING", None, 6),
    ]


def test_segment_tags_after_the_last_uri_open_a_segment_without_parts() -> None:
    # A server about to start a new timeline may say so before the first part exists.
    text = (
        TARGET + '#EXT-X-MAP:URI="init-0.mp4"\n#EXTINF:2,\nseg-0.m4s\n'
        '#EXT-X-DISCONTINUITY\n#EXT-X-MAP:URI="init-1.mp4"\n'
        '#EXT-X-PRELOAD-HINT:TYPE=MAP,URI="init-1.mp4"\n'
    )
    parsed = parse_media_playlist(text)
    assert parsed.open is not None
    assert (parsed.open.msn, parsed.open.parts) == (1, ())
    assert parsed.open.discontinuity and parsed.open.init == Map("init-1.mp4")
    assert parsed.preload_hint is None and parsed.preload_hints[0].type == "MAP"
    assert parsed.next_part() == (1, 0)
    plain = parse_media_playlist(TARGET + '#EXT-X-MAP:URI="i.mp4"\n#EXTINF:2,\nseg-0.m4s\n')
    assert plain.open is None


def test_attribute_values_of_every_type() -> None:
    attrs = parse_attributes(
        'CODECS="avc1.64001f,mp4a.40.2",BANDWIDTH=18446744073709551615,TIME-OFFSET=-12.5,'
        'RESOLUTION=1920x1080,IV=0x0aBc,FRAME-RATE=29.970,TYPE=PART,DEFAULT=YES,EMPTY=""'
    )
    assert attrs.names() == (
        "CODECS",
        "BANDWIDTH",
        "TIME-OFFSET",
        "RESOLUTION",
        "IV",
        "FRAME-RATE",
        "TYPE",
        "DEFAULT",
        "EMPTY",
    )
    assert attrs.quoted_string("CODECS") == "avc1.64001f,mp4a.40.2"
    assert attrs.decimal_integer("BANDWIDTH") == 2**64 - 1
    assert attrs.signed_float("TIME-OFFSET") == -12.5
    assert attrs.resolution("RESOLUTION") == (1920, 1080)
    assert attrs.hexadecimal("IV") == b"\x0a\xbc"
    assert attrs.decimal_float("FRAME-RATE") == 29.97
    assert attrs.enumerated_string("TYPE") == "PART"
    assert attrs.flag("DEFAULT") and not attrs.flag("FORCED")
    assert attrs.quoted_string("EMPTY") == ""
    assert attrs.get("MISSING") is None and "IV" in attrs
    with pytest.raises(
        PlaylistError, match=r"^TIME-OFFSET: not a decimal-floating-point: '-12.5'$"
    ):
        attrs.decimal_float("TIME-OFFSET")
    with pytest.raises(PlaylistError, match=r'^CODECS: not an enumerated-string: "avc1'):
        attrs.enumerated_string("CODECS")
    assert parse_attributes("IV=0x123").hexadecimal("IV") == b"\x01\x23"


TARGET = "#EXTM3U\n#EXT-X-TARGETDURATION:2\n"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "the first line is not #EXTM3U: ''"),
        ("#EXT-X-VERSION:3\n", "the first line is not #EXTM3U: '#EXT-X-VERSION:3'"),
        ("\ufeff#EXTM3U\n", "playlist starts with a byte order mark (8216bis 4.1 forbids it)"),
        (b"#EXTM3U\n\xff\n", "playlist is not UTF-8 (byte 9)"),
        ("#EXTM3U\n#EXTINF:2,\na.ts\n", "a media playlist needs EXT-X-TARGETDURATION"),
        (TARGET + "#EXTINF:2.0,\n", "line 3: EXTINF is not followed by a URI"),
        (
            TARGET + "#EXTINF:2.0,\n#EXTINF:2.0,\na.ts\n",
            "line 4: EXTINF: the EXTINF on line 3 has no URI",
        ),
        (TARGET + "a.ts\n", "line 3: 'a.ts' has no EXTINF or EXT-X-STREAM-INF before it"),
        (
            "#EXTM3U\n#EXT-X-TARGETDURATION:two\n",
            "line 2: EXT-X-TARGETDURATION: not a decimal-integer: 'two'",
        ),
        (
            "#EXTM3U\n#EXT-X-TARGETDURATION:2.5\n",
            "line 2: EXT-X-TARGETDURATION: not a decimal-integer: '2.5'",
        ),
        (
            "#EXTM3U\n#EXT-X-TARGETDURATION:\u0661\u0662\n",
            "line 2: EXT-X-TARGETDURATION: not a decimal-integer: '\u0661\u0662'",
        ),
        (
            "#EXTM3U\n#EXT-X-MEDIA-SEQUENCE:18446744073709551616\n",
            "line 2: EXT-X-MEDIA-SEQUENCE: decimal-integer above 2^64-1: '18446744073709551616'",
        ),
        ("#EXTM3U\n#EXT-X-VERSION\n", "line 2: EXT-X-VERSION: needs a value"),
        (
            TARGET + "#EXTINF:abc,\na.ts\n",
            "line 3: EXTINF: not a decimal-floating-point: 'abc'",
        ),
        (TARGET + "#EXTINF:-1,\na.ts\n", "line 3: EXTINF: not a decimal-floating-point: '-1'"),
        (
            TARGET + "#EXTINF:1e999,\na.ts\n",
            "line 3: EXTINF: not a decimal-floating-point: '1e999'",
        ),
        (
            TARGET + "#EXTINF:" + "9" * 400 + ",\na.ts\n",
            "line 3: EXTINF: number out of range: '" + "9" * 40 + "...'",
        ),
        (
            TARGET + "#EXT-X-PART:DURATION=0.2\n",
            "line 3: EXT-X-PART: missing the required URI",
        ),
        (
            TARGET + '#EXT-X-PART:DURATION=abc,URI="p.m4s"\n',
            "line 3: EXT-X-PART: DURATION: not a decimal-floating-point: 'abc'",
        ),
        (
            TARGET + '#EXT-X-PART:DURATION="0.2",URI="p.m4s"\n',
            'line 3: EXT-X-PART: DURATION: not a decimal-floating-point: "0.2"',
        ),
        (
            TARGET + "#EXT-X-PART:DURATION=0.2,URI=p.m4s\n",
            "line 3: EXT-X-PART: URI: not a quoted-string: 'p.m4s'",
        ),
        (
            TARGET + '#EXT-X-PART:DURATION=0.2,URI="p.m4s",INDEPENDENT=MAYBE\n',
            "line 3: EXT-X-PART: INDEPENDENT: not YES or NO: 'MAYBE'",
        ),
        (
            TARGET + '#EXT-X-PART:DURATION=0.2 ,URI="p.m4s"\n',
            "line 3: EXT-X-PART: bad attribute list: ',' expected after the value of DURATION"
            " at character 13",
        ),
        (
            TARGET + '#EXT-X-MAP:URI="init.mp4\n',
            "line 3: EXT-X-MAP: bad attribute list: URI has an unterminated quoted-string",
        ),
        (
            TARGET + '#EXT-X-MAP:URI="a",URI="b"\n',
            "line 3: EXT-X-MAP: bad attribute list: URI appears twice",
        ),
        (
            TARGET + '#EXT-X-MAP:uri="a"\n',
            "line 3: EXT-X-MAP: bad attribute list: attribute name expected at character 1",
        ),
        (
            TARGET + "#EXT-X-PART-INF:PART-TARGET\n",
            "line 3: EXT-X-PART-INF: bad attribute list: '=' expected after PART-TARGET",
        ),
        (
            TARGET + "#EXT-X-PART-INF:PART-TARGET=\n",
            "line 3: EXT-X-PART-INF: bad attribute list: PART-TARGET has no value",
        ),
        (
            TARGET + "#EXT-X-PART-INF:PART-TARGET=0.2,\n",
            "line 3: EXT-X-PART-INF: bad attribute list: attribute name expected at character 17",
        ),
        (
            TARGET + '#EXT-X-MAP:URI="i.mp4",BYTERANGE="12@x"\n',
            "line 3: EXT-X-MAP: not a byte range <length>[@<offset>]: '12@x'",
        ),
        (
            TARGET + '#EXT-X-KEY:METHOD=AES-128 URI="k"\n',
            "line 3: EXT-X-KEY: bad attribute list: ',' expected after the value of METHOD"
            " at character 15",
        ),
        (
            TARGET + "#EXT-X-TARGETDURATION:4\n",
            "line 3: EXT-X-TARGETDURATION: appears twice (first on line 2)",
        ),
        (
            TARGET + "#EXTINF:2,\na.ts\n#EXT-X-MEDIA-SEQUENCE:5\n",
            "line 5: EXT-X-MEDIA-SEQUENCE: must come before the first media segment",
        ),
        (
            TARGET + '#EXT-X-PART:DURATION=0.2,URI="p"\n#EXT-X-SKIP:SKIPPED-SEGMENTS=1\n',
            "line 4: EXT-X-SKIP: must come before the first media segment",
        ),
        (
            TARGET + "#EXT-X-STREAM-INF:BANDWIDTH=1\nv.m3u8\n",
            "line 3: EXT-X-STREAM-INF: a multivariant tag in a media playlist"
            " (EXT-X-TARGETDURATION on line 2)",
        ),
        (
            "#EXTM3U\n#EXT-X-STREAM-INF:BANDWIDTH=1\nv.m3u8\n#EXTINF:2,\n",
            "line 4: EXTINF: a media tag in a multivariant playlist (EXT-X-STREAM-INF on line 2)",
        ),
        (
            '#EXTM3U\n#EXT-X-STREAM-INF:CODECS="avc1"\nv.m3u8\n',
            "line 2: EXT-X-STREAM-INF: missing the required BANDWIDTH",
        ),
        (
            "#EXTM3U\n#EXT-X-STREAM-INF:BANDWIDTH=1,RESOLUTION=1280\nv.m3u8\n",
            "line 2: EXT-X-STREAM-INF: RESOLUTION: not a decimal-resolution: '1280'",
        ),
        (
            "#EXTM3U\n#EXT-X-STREAM-INF:BANDWIDTH=1\n",
            "line 2: EXT-X-STREAM-INF is not followed by its URI",
        ),
        (
            "#EXTM3U\n#EXT-X-STREAM-INF:BANDWIDTH=1\n#EXT-X-INDEPENDENT-SEGMENTS\nv.m3u8\n",
            "line 3: EXT-X-INDEPENDENT-SEGMENTS: the EXT-X-STREAM-INF on line 2"
            " is not followed by its URI",
        ),
        (
            TARGET + "#EXT-X-PROGRAM-DATE-TIME:yesterday\n",
            "line 3: EXT-X-PROGRAM-DATE-TIME: not an ISO 8601 date-time: 'yesterday'",
        ),
        (
            TARGET + "#EXT-X-PROGRAM-DATE-TIME:0001-01-01T00:00:00+01:00\n",
            "line 3: EXT-X-PROGRAM-DATE-TIME: not an ISO 8601 date-time:"
            " '0001-01-01T00:00:00+01:00'",
        ),
        (TARGET + "#EXT-X-ENDLIST:YES\n", "line 3: EXT-X-ENDLIST: takes no value, got 'YES'"),
        (
            TARGET + "#EXT-X-PLAYLIST-TYPE:LIVE\n",
            "line 3: EXT-X-PLAYLIST-TYPE: not EVENT or VOD: 'LIVE'",
        ),
        (
            TARGET + '#EXT-X-RENDITION-REPORT:URI="../a.m3u8"\n',
            "line 3: EXT-X-RENDITION-REPORT: missing the required LAST-MSN",
        ),
        (
            TARGET + '#EXT-X-PRELOAD-HINT:URI="p.m4s"\n',
            "line 3: EXT-X-PRELOAD-HINT: missing the required TYPE",
        ),
        (TARGET + "#EXTINF:2,\x00\na.ts\n", "line 3: control character U+0000"),
        (TARGET + "#EXTINF:2,\ra.ts\n", "line 3: control character U+000D"),
    ],
)
def test_malformed_input_is_refused_exactly(text: str | bytes, message: str) -> None:
    with pytest.raises(PlaylistError) as caught:
        parse_playlist(text)
    assert str(caught.value) == message
    assert isinstance(caught.value, ProtocolError)


def test_the_kind_of_playlist_is_checked() -> None:
    with pytest.raises(PlaylistError, match=r"^a multivariant playlist where a media"):
        parse_media_playlist(GOLDEN["multivariant"].text)
    with pytest.raises(PlaylistError, match=r"^a media playlist where a multivariant"):
        parse_multivariant(GOLDEN["ended"].text)


def test_size_and_line_limits() -> None:
    big = TARGET + "#" * (MAX_PLAYLIST_SIZE - len(TARGET) + 1)
    with pytest.raises(PlaylistError, match=f"exceeds {MAX_PLAYLIST_SIZE}"):
        parse_playlist(big)
    with pytest.raises(PlaylistError, match=f"exceeds {MAX_PLAYLIST_SIZE}"):
        parse_playlist(big.encode())
    many = TARGET + "\n" * MAX_PLAYLIST_LINES
    with pytest.raises(PlaylistError, match=f"more than {MAX_PLAYLIST_LINES} lines"):
        parse_playlist(many)
    # Just within both limits parses.
    assert parse_media_playlist(TARGET + "\n" * (MAX_PLAYLIST_LINES - 3)).segments == ()


# --- fuzzing -------------------------------------------------------------------------

TAG_NAMES = [
    "EXTINF", "EXT-X-VERSION", "EXT-X-TARGETDURATION", "EXT-X-MEDIA-SEQUENCE",
    "EXT-X-DISCONTINUITY-SEQUENCE", "EXT-X-ENDLIST", "EXT-X-PLAYLIST-TYPE", "EXT-X-PART-INF",
    "EXT-X-SERVER-CONTROL", "EXT-X-BYTERANGE", "EXT-X-DISCONTINUITY", "EXT-X-MAP",
    "EXT-X-PROGRAM-DATE-TIME", "EXT-X-GAP", "EXT-X-PART", "EXT-X-SKIP", "EXT-X-PRELOAD-HINT",
    "EXT-X-RENDITION-REPORT", "EXT-X-STREAM-INF", "EXT-X-INDEPENDENT-SEGMENTS", "EXT-X-KEY",
    "EXT-X-MEDIA", "EXT-X-DATERANGE", "EXT-X-SESSION-DATA", "EXT-X-FUTURE",
]  # fmt: skip
ATTRIBUTE_NAMES = [
    "URI", "DURATION", "INDEPENDENT", "TYPE", "BYTERANGE", "BYTERANGE-START", "GAP",
    "PART-TARGET", "CAN-BLOCK-RELOAD", "CAN-SKIP-UNTIL", "PART-HOLD-BACK", "HOLD-BACK",
    "SKIPPED-SEGMENTS", "LAST-MSN", "LAST-PART", "BANDWIDTH", "AVERAGE-BANDWIDTH", "CODECS",
    "RESOLUTION", "FRAME-RATE", "METHOD", "IV",
]  # fmt: skip
values = st.one_of(
    st.from_regex(r'"[^"\r\n]{0,12}"', fullmatch=True),
    st.from_regex(r"-?[0-9]{0,21}(\.[0-9]{0,4})?", fullmatch=True),
    st.from_regex(
        r"[0-9]{1,5}x[0-9]{1,5}|0x[0-9a-fA-F]{0,9}|[0-9]{1,6}@[0-9]{1,6}", fullmatch=True
    ),
    st.sampled_from(["YES", "NO", "PART", "MAP", "EVENT", "VOD", "", '"', "2026-11-01T12:00:00Z"]),
    st.text(max_size=8),
)
attribute_lists = st.lists(st.tuples(st.sampled_from(ATTRIBUTE_NAMES), values), max_size=5).map(
    lambda pairs: ",".join(f"{name}={value}" for name, value in pairs)
)
tag_lines = st.tuples(
    st.sampled_from(TAG_NAMES), st.one_of(st.none(), values, attribute_lists)
).map(lambda tv: f"#{tv[0]}" if tv[1] is None else f"#{tv[0]}:{tv[1]}")
lines = st.one_of(
    tag_lines,
    st.sampled_from(["seg.m4s", "v/index.m3u8?t=1", "", "# comment", "#EXTINF:2.000,"]),
    st.text(max_size=12),
)


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(max_size=300), st.text(max_size=300).map(lambda t: "#EXTM3U\n" + t)))
def test_arbitrary_text_raises_only_playlist_error(text: str) -> None:
    with contextlib.suppress(PlaylistError):
        parse_playlist(text)


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=300).map(lambda b: b"#EXTM3U\n" + b))
def test_arbitrary_bytes_raise_only_playlist_error(data: bytes) -> None:
    with contextlib.suppress(PlaylistError):
        parse_playlist(data)


@settings(max_examples=500, deadline=None)
@given(st.lists(lines, max_size=25))
def test_playlist_shaped_text_raises_only_playlist_error(body: list[str]) -> None:
    with contextlib.suppress(PlaylistError):
        parse_playlist("#EXTM3U\n" + "\n".join(body) + "\n")


@settings(max_examples=300, deadline=None)
@given(
    name=st.sampled_from(sorted(GOLDEN)),
    edits=st.lists(
        st.tuples(st.integers(min_value=0), st.sampled_from(list('",=:.x#\n -0A9Z'))),
        min_size=1,
        max_size=4,
    ),
)
def test_mutated_golden_files_raise_only_playlist_error(
    name: str, edits: list[tuple[int, str]]
) -> None:
    text = list(GOLDEN[name].text)
    for pos, char in edits:
        text[pos % len(text)] = char
    with contextlib.suppress(PlaylistError):
        parse_playlist("".join(text))


durations = st.sampled_from([0.1, 0.2, 0.209, 0.3333, 0.5, 1.0, 2.5])
events = st.lists(
    st.one_of(
        st.tuples(st.just("init"), st.just(0.0), st.just(True)),
        st.tuples(st.just("fragment"), durations, st.booleans()),
    ),
    max_size=90,
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    events=events,
    segment_target=st.sampled_from([1.0, 2.0, 4.0]),
    part_target=st.sampled_from([0.2, 0.33]),
    window=st.integers(min_value=1, max_value=8),
    extra_keep=st.integers(min_value=0, max_value=3),
    part_window=st.integers(min_value=1, max_value=5),
    first_msn=st.integers(min_value=0, max_value=10**6),
    finish=st.booleans(),
    low_latency=st.booleans(),
    skip=st.booleans(),
    query=st.sampled_from(["", "token=a", QUERY]),
    report=st.booleans(),
)
def test_rendered_then_parsed_is_the_index(
    events: list[tuple[str, float, bool]],
    segment_target: float,
    part_target: float,
    window: int,
    extra_keep: int,
    part_window: int,
    first_msn: int,
    finish: bool,
    low_latency: bool,
    skip: bool,
    query: str,
    report: bool,
) -> None:
    packager = make_packager(
        "source",
        segment_target_s=segment_target,
        part_target_s=part_target,
        window_segments=window,
        keep_segments=window + extra_keep,
        part_window_segments=part_window,
        first_msn=first_msn,
        first_init_id=first_msn % 3,
    )
    now, decode = T0, 0.0
    packager.on_init(InitSegment(b"init", ()), now)
    for kind, duration, independent in events:
        if kind == "init":
            packager.on_init(InitSegment(b"init", ()), now)
            decode = 0.0
            continue
        now += timedelta(seconds=duration)
        packager.on_fragment(Fragment(b"f", decode, duration, independent, ()), now)
        decode += duration
    if finish:
        packager.finish(now)
    reports = [RenditionReport("../other/index.m3u8", first_msn + 3, 2)] if report else []
    round_trip(packager.index, low_latency=low_latency, skip=skip, query=query, reports=reports)


variants = st.builds(
    Variant,
    uri=st.from_regex(r"[A-Za-z0-9._~/-]{1,24}(\?[A-Za-z0-9=&]{1,10})?", fullmatch=True),
    bandwidth=st.integers(min_value=1, max_value=10**10),
    average_bandwidth=st.none() | st.integers(min_value=1, max_value=10**10),
    codecs=st.none()
    | st.from_regex(r"[a-z0-9]{4}\.[0-9A-Fa-f.]{1,10}(,mp4a\.40\.[25])?", fullmatch=True),
    resolution=st.none() | st.tuples(st.integers(1, 10_000), st.integers(1, 10_000)),
    frame_rate=st.none() | st.integers(min_value=1, max_value=240_000).map(lambda n: n / 1000),
)


@settings(max_examples=150, deadline=None)
@given(ladder=st.lists(variants, min_size=1, max_size=6), query=st.sampled_from(["", QUERY]))
def test_rendered_then_parsed_multivariant_is_the_ladder(ladder: list[Variant], query: str) -> None:
    text = render_multivariant(ladder, query=query)
    parsed = parse_multivariant(text)
    expected = [
        Variant(with_query(v.uri, query), v.bandwidth, v.average_bandwidth, v.codecs,
                v.resolution, v.frame_rate)
        for v in ladder
    ]  # fmt: skip
    assert list(parsed.variants) == expected
    # Claimed per media playlist, where it can be true of every listed segment.
    assert not parsed.independent_segments
    cross_check(text, parsed)
