"""Fmp4Reader against real ffmpeg output (tests/fixtures/fmp4, see regenerate.py)."""

from __future__ import annotations

import contextlib
import itertools
import re
import struct
import subprocess
from functools import cache
from pathlib import Path

import imageio_ffmpeg
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sender.errors import Fmp4Error
from sender.media.fmp4 import Fmp4Reader, Fragment, InitSegment

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "fmp4"
GOP_S = 1.0  # regenerate.py: -g 25 at 25 fps


@cache
def fixture(name: str) -> bytes:
    return (FIXTURES / f"{name}.mp4").read_bytes()


@cache
def ffmpeg_info(name: str) -> str:
    """What `ffmpeg -i` says about a fixture (there is no ffprobe)."""
    exe = imageio_ffmpeg.get_ffmpeg_exe()
    run = subprocess.run(
        [exe, "-hide_banner", "-i", str(FIXTURES / f"{name}.mp4")], capture_output=True, text=True
    )
    return run.stderr


def ffmpeg_duration(name: str) -> float:
    match = re.search(r"Duration: (\d+):(\d+):([\d.]+)", ffmpeg_info(name))
    assert match, ffmpeg_info(name)
    h, m, s = match.groups()
    return int(h) * 3600 + int(m) * 60 + float(s)


def read_all(data: bytes, sizes: list[int] | None = None) -> list[InitSegment | Fragment]:
    reader = Fmp4Reader()
    if sizes is None:
        return reader.feed(data)
    out: list[InitSegment | Fragment] = []
    pos = 0
    i = 0
    while pos < len(data):
        size = sizes[i % len(sizes)] if sizes else 1
        out.extend(reader.feed(data[pos : pos + size]))
        pos += size
        i += 1
    return out


def fragments(items: list[InitSegment | Fragment]) -> list[Fragment]:
    return [x for x in items if isinstance(x, Fragment)]


def track_total(items: list[InitSegment | Fragment], kind: str) -> float:
    return sum(t.duration_s for f in fragments(items) for t in f.tracks if t.kind == kind)


# --- init segments -----------------------------------------------------------


def test_av_init_describes_both_tracks_as_ffmpeg_does() -> None:
    items = read_all(fixture("av"))
    init = items[0]
    assert isinstance(init, InitSegment)
    assert sum(isinstance(x, InitSegment) for x in items) == 1
    info = ffmpeg_info("av")
    video, audio = init.video, init.audio
    assert video is not None and audio is not None
    # ffmpeg: "h264 (High)" is profile_idc 100 = 0x64; "aac (LC)" is object type 2.
    assert "h264 (High)" in info and video.codec.startswith("avc1.64")
    assert "aac (LC)" in info and audio.codec == "mp4a.40.2"
    assert f"{video.width}x{video.height}" == "160x120" and "160x120" in info
    assert f"{audio.sample_rate} Hz" in info and audio.channels == 2 and "stereo" in info
    assert init.codecs == f"{video.codec},mp4a.40.2"
    assert init.data[4:8] == b"ftyp" and fixture("av").startswith(init.data)


def test_single_track_fixtures_have_one_track() -> None:
    video = read_all(fixture("video"))[0]
    audio = read_all(fixture("audio"))[0]
    assert isinstance(video, InitSegment) and isinstance(audio, InitSegment)
    assert [t.kind for t in video.tracks] == ["video"]
    assert [t.kind for t in audio.tracks] == ["audio"]
    assert audio.codecs == "mp4a.40.2"


# --- fragments ---------------------------------------------------------------


@pytest.mark.parametrize("name", ["av", "video", "audio", "restart"])
def test_bytes_are_kept_verbatim(name: str) -> None:
    items = read_all(fixture(name))
    # ffmpeg ends each run with an mfra (random access index of the whole file),
    # which means nothing to a live stream and is dropped.
    boxes = split_boxes(fixture(name))
    assert boxes[-1][4:8] == b"mfra"
    assert b"".join(x.data for x in items) == b"".join(b for b in boxes if b[4:8] != b"mfra")
    for frag in fragments(items):
        assert frag.data[4:8] == b"moof"


@pytest.mark.parametrize("name", ["video", "audio"])
def test_durations_sum_to_what_ffmpeg_reports(name: str) -> None:
    frags = fragments(read_all(fixture(name)))
    assert abs(sum(f.duration_s for f in frags) - ffmpeg_duration(name)) < 0.01
    # Fragments are contiguous on the media clock.
    for a, b in itertools.pairwise(frags):
        assert b.decode_time_s == pytest.approx(a.decode_time_s + a.duration_s)


def test_av_fragments_follow_the_video_clock() -> None:
    items = read_all(fixture("av"))
    frags = fragments(items)
    with_video = [f for f in frags if any(t.kind == "video" for t in f.tracks)]
    assert track_total(items, "video") == pytest.approx(
        track_total(read_all(fixture("video")), "video")
    )
    for f in with_video:
        video = next(t for t in f.tracks if t.kind == "video")
        assert (f.decode_time_s, f.duration_s) == (video.decode_time_s, video.duration_s)
    # Fragments are about 200 ms (ffmpeg -frag_duration 200000).
    assert all(f.duration_s <= 0.21 for f in frags)


@pytest.mark.parametrize("name", ["av", "video"])
def test_independent_fragments_are_the_keyframes(name: str) -> None:
    frags = fragments(read_all(fixture(name)))
    keyframes = [f.decode_time_s for f in frags if f.independent]
    video_total = track_total(read_all(fixture(name)), "video")
    expected = [i * GOP_S for i in range(round(video_total / GOP_S))]
    assert keyframes == pytest.approx(expected)


def test_audio_only_fragments_are_all_independent() -> None:
    frags = fragments(read_all(fixture("audio")))
    assert frags and all(f.independent for f in frags)


def test_restart_yields_a_second_init_and_a_new_clock() -> None:
    items = read_all(fixture("restart"))
    inits = [i for i, x in enumerate(items) if isinstance(x, InitSegment)]
    assert len(inits) == 2 and inits[0] == 0
    after = items[inits[1] + 1]
    assert isinstance(after, Fragment) and after.independent
    assert after.decode_time_s == 0.0


# --- chunking ---------------------------------------------------------------


def summary(items: list[InitSegment | Fragment]) -> list[tuple[object, ...]]:
    return [
        (
            type(x).__name__,
            x.data,
            getattr(x, "decode_time_s", None),
            getattr(x, "independent", None),
        )
        for x in items
    ]


@pytest.mark.parametrize("name", ["av", "restart"])
def test_byte_by_byte_equals_whole(name: str) -> None:
    assert summary(read_all(fixture(name), [1])) == summary(read_all(fixture(name)))


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(sizes=st.lists(st.integers(min_value=1, max_value=9000), min_size=1, max_size=40))
def test_random_splits_equal_whole(sizes: list[int]) -> None:
    data = fixture("restart")
    assert summary(read_all(data, sizes)) == summary(read_all(data))


def test_partial_box_waits_for_more() -> None:
    data = fixture("audio")
    reader = Fmp4Reader()
    assert reader.feed(data[:20]) == []
    assert len(reader.feed(data[20:])) > 1


# --- structure ---------------------------------------------------------------


def box(kind: bytes, payload: bytes = b"") -> bytes:
    return struct.pack(">I4s", 8 + len(payload), kind) + payload


def split_boxes(data: bytes) -> list[bytes]:
    out = []
    pos = 0
    while pos < len(data):
        (size,) = struct.unpack_from(">I", data, pos)
        out.append(data[pos : pos + size])
        pos += size
    return out


def test_64_bit_box_sizes_are_read() -> None:
    boxes = split_boxes(fixture("av"))
    # Rewrite every mdat with a 64-bit largesize header: the sample data moves
    # 8 bytes, which moof-relative offsets do not care about for our parse.
    rewritten = b"".join(
        struct.pack(">I4sQ", 1, b"mdat", len(b) + 8) + b[8:] if b[4:8] == b"mdat" else b
        for b in boxes
    )
    items = read_all(rewritten)
    original = read_all(fixture("av"))
    assert [(x.decode_time_s, x.duration_s, x.independent) for x in fragments(items)] == [
        (x.decode_time_s, x.duration_s, x.independent) for x in fragments(original)
    ]
    assert b"".join(x.data for x in items) == rewritten[: -len(boxes[-1])]  # less the mfra


def test_boxes_around_fragments() -> None:
    boxes = split_boxes(fixture("video"))
    init, moof, mdat = boxes[0] + boxes[1], boxes[2], boxes[3]
    free = box(b"free", b"\0" * 4)
    stream = init + box(b"styp", b"msdh\0\0\0\0") + box(b"prft", b"\0" * 16) + moof + free + mdat
    items = read_all(stream)
    frag = items[1]
    # styp/prft before the moof are dropped; what sits between moof and mdat is kept,
    # because moof-relative data offsets count it.
    assert isinstance(frag, Fragment) and frag.data == moof + free + mdat


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (struct.pack(">I4s", 0, b"mdat"), "size 0"),
        (struct.pack(">I4s", 4, b"free"), "impossible size"),
        (struct.pack(">I4s", 0x7FFF_FFFF, b"mdat"), "exceeds"),
        (struct.pack(">I4sQ", 1, b"mdat", 1 << 40), "exceeds"),
        (struct.pack(">I4s", 8, b"\x00\x01ab"), "four-character"),
        (box(b"mdat"), "mdat without a preceding moof"),
        (box(b"zzzz"), "unexpected top-level box"),
    ],
)
def test_bad_framing_is_refused(data: bytes, message: str) -> None:
    with pytest.raises(Fmp4Error, match=message):
        Fmp4Reader().feed(data)


def test_what_came_before_a_bad_box_is_kept_and_the_error_follows() -> None:
    # One write of init, a fragment and garbage (as a corrupting muxer's pipe gave it): the
    # init and the fragment are not lost with the rest, and nothing after the bad box is read.
    ftyp, moov, moof, mdat = split_boxes(fixture("video"))[:4]
    reader = Fmp4Reader()
    items = reader.feed(ftyp + moov + moof + mdat + struct.pack(">I4s", 3, b"junk"))
    assert [type(i) for i in items] == [InitSegment, Fragment]
    assert reader.error is not None and "impossible size" in str(reader.error)
    with pytest.raises(Fmp4Error, match="impossible size"):
        reader.feed(moof + mdat)


def test_moof_before_moov_is_refused() -> None:
    moof = split_boxes(fixture("video"))[2]
    with pytest.raises(Fmp4Error, match="moof before any moov"):
        Fmp4Reader().feed(moof)


def test_truncated_moov_is_refused() -> None:
    ftyp, moov = split_boxes(fixture("av"))[:2]
    cut = moov[:8] + moov[8:200]
    cut = struct.pack(">I", len(cut)) + cut[4:]
    with pytest.raises(Fmp4Error):
        Fmp4Reader().feed(ftyp + cut)


# --- fuzz ----------------------------------------------------------------------


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=2000))
def test_random_bytes_raise_only_fmp4_error(data: bytes) -> None:
    with contextlib.suppress(Fmp4Error):
        Fmp4Reader().feed(data)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    name=st.sampled_from(["av", "audio", "video"]),
    edits=st.lists(
        st.tuples(st.integers(min_value=0, max_value=6000), st.integers(0, 255)),
        min_size=1,
        max_size=8,
    ),
)
def test_mutated_fixtures_raise_only_fmp4_error(name: str, edits: list[tuple[int, int]]) -> None:
    # The first few KB hold the moov and the first fragments: the parsed boxes.
    data = bytearray(fixture(name)[:6000])
    for pos, value in edits:
        data[pos % len(data)] = value
    with contextlib.suppress(Fmp4Error):
        Fmp4Reader().feed(bytes(data))
