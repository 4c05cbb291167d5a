"""The mirror's bookkeeping: an edge's index, filled from an origin's playlists, is the origin's.

An origin here is a real packager fed synthetic fragments; its playlists are
rendered and parsed as they would travel, and the mirror is handed the bytes it
asks for. The edge's own rendering must equal the origin's, byte for byte.
"""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from sender.edge.mirror import (
    Expired,
    RenditionMirror,
    SegmentStored,
    Want,
    local_init_name,
    part_key,
)
from sender.hls.parser import parse_media_playlist
from sender.hls.playlist import render_media_playlist
from sender.media.fmp4 import Fragment, InitSegment
from sender.media.index import RenditionIndex
from sender.media.names import SegmentName, parse_name
from sender.media.packager import InitReady, SegmentReady
from tests.media.packagers import make_packager

T0 = datetime(2026, 11, 28, 12, 0, 0, tzinfo=UTC)


class Origin:
    """A packager fed one 0.2 s fragment at a time (a keyframe each second)."""

    def __init__(self, *, first_msn: int = 0) -> None:
        self.packager = make_packager(
            segment_target_s=1.0,
            part_target_s=0.2,
            window_segments=4,
            keep_segments=6,
            first_msn=first_msn,
        )
        self.files: dict[str, bytes] = {}
        self.n = 0
        self._take(self.packager.on_init(InitSegment(b"ftyp+moov", ()), T0))

    @property
    def index(self) -> RenditionIndex:
        return self.packager.index

    def _take(self, events: list[object]) -> None:
        for event in events:
            if isinstance(event, InitReady):
                self.files[event.name] = event.data
            elif isinstance(event, SegmentReady):
                self.files[event.segment.name] = event.data

    def feed(self, count: int = 1) -> None:
        """`count` more parts published: a fragment each (the packager gathers the newest
        fragment until the next arrives, so the first call feeds one more)."""
        for _ in range(count if self.n else count + 1):
            fragment = Fragment(
                data=f"frag{self.n}|".encode(),
                decode_time_s=self.n * 0.2,
                duration_s=0.2,
                independent=self.n % 5 == 0,
                tracks=(),
            )
            now = T0 + timedelta(seconds=(self.n + 1) * 0.2)
            self._take(self.packager.on_fragment(fragment, now))
            self.n += 1

    def finish(self) -> None:
        self._take(self.packager.finish(T0 + timedelta(seconds=self.n * 0.2 + 1)))

    def playlist(self, low_latency: bool = True) -> str:
        return render_media_playlist(self.index, low_latency=low_latency)

    def fetch(self, want: Want) -> bytes | None:
        """What the origin answers for a wanted object (None: 404)."""
        if want.key[0] == "part":
            return self.index.part_data(int(want.key[1]), int(want.key[2]))  # type: ignore[misc]
        return self.files.get(want.uri)


def sync(mirror: RenditionMirror, origin: Origin, *, low_latency: bool = True) -> list[object]:
    """One playlist from the origin, and every object the mirror asks for, in order."""
    events: list[object] = []
    wants = mirror.update(parse_media_playlist(origin.playlist(low_latency)))
    for want in wants:
        data = origin.fetch(want)
        if data is None:
            mirror.failed(want.key, gone=not want.blocking)
        else:
            events += mirror.deliver(want.key, data, T0)
    return events


def edge_playlist(mirror: RenditionMirror, low_latency: bool = True) -> str:
    assert mirror.index is not None
    return render_media_playlist(mirror.index, low_latency=low_latency)


def test_following_part_by_part_the_edge_renders_what_the_origin_renders() -> None:
    origin = Origin()
    origin.feed(3)
    mirror = RenditionMirror("source", window_segments=4, keep_segments=6)
    stored: dict[str, bytes] = {}
    for _ in range(60):
        for event in sync(mirror, origin):
            if isinstance(event, SegmentStored):
                stored[event.segment.name] = event.data
        assert edge_playlist(mirror) == origin.playlist()
        assert edge_playlist(mirror, False) == origin.playlist(False)
        origin.feed()
    # Segments the edge made from parts are the origin's bytes.
    assert stored and all(stored[name] == origin.files[name] for name in stored)
    assert mirror.caught_up
    # Its parts are held once, as views of the segment, and once out of memory they are
    # found in its file where the origin has them.
    index = mirror.index
    assert index is not None
    newest, oldest = index.retained[-1], index.retained[0]
    assert isinstance(index.part_data(newest.msn, 1), memoryview)
    assert index.part_data(oldest.msn, 1) is None
    for seg in (newest, oldest):
        span = index.part_span(seg.msn, 1)
        assert span is not None and span == origin.index.part_span(seg.msn, 1)
        offset, length = span
        assert stored[seg.name][offset : offset + length] == f"frag{seg.msn * 5 + 1}|".encode()


def test_joining_mid_stream_copies_the_whole_window_at_once() -> None:
    origin = Origin(first_msn=40)
    origin.feed(47)  # several segments left the window already
    mirror = RenditionMirror("source", window_segments=4, keep_segments=6)
    events = sync(mirror, origin)
    assert edge_playlist(mirror) == origin.playlist()
    segments = [e.segment.msn for e in events if isinstance(e, SegmentStored)]
    assert segments == [s.msn for s in origin.index.segments]
    assert mirror.index is not None
    assert mirror.index.media_sequence == origin.index.media_sequence


def test_the_next_request_is_the_part_the_origin_makes_next() -> None:
    origin = Origin()
    origin.feed(3)
    mirror = RenditionMirror("source", window_segments=4, keep_segments=6)
    sync(mirror, origin)
    assert mirror.next_request() == origin.index.next_part()
    # The hint was answered 404 (here; a real origin holds it): it is asked for again.
    wants = mirror.update(parse_media_playlist(origin.playlist()))
    assert [w.key for w in wants] == [part_key(*origin.index.next_part())]
    mirror.failed(wants[0].key, gone=False)
    origin.feed()
    wants = mirror.update(parse_media_playlist(origin.playlist()))
    # The part just made (listed now), and the next one, hinted.
    assert [w.key for w in wants] == [part_key(0, 3), part_key(*origin.index.next_part())]
    assert [w.blocking for w in wants] == [False, True]


def test_a_hinted_part_that_never_came_is_asked_for_again() -> None:
    origin = Origin()
    origin.feed(3)
    mirror = RenditionMirror("source", window_segments=4, keep_segments=6)
    sync(mirror, origin)  # the hint was answered 404: not made yet, no reason to stop asking
    hint = Want(part_key(*origin.index.next_part()), "x", blocking=True)
    origin.feed()
    wants = mirror.update(parse_media_playlist(origin.playlist()))
    assert hint.key in [w.key for w in wants]


def test_delivery_in_any_order_gives_the_same_index() -> None:
    @settings(max_examples=40, deadline=None)
    @given(st.randoms(use_true_random=False), st.integers(4, 30))
    def check(rng: random.Random, step: int) -> None:
        origin = Origin()
        origin.feed(step)
        mirror = RenditionMirror("source", window_segments=4, keep_segments=6)
        for _ in range(3):
            wants = mirror.update(parse_media_playlist(origin.playlist()))
            rng.shuffle(wants)
            for want in wants:
                data = origin.fetch(want)
                if data is None:
                    mirror.failed(want.key, gone=False)
                else:
                    mirror.deliver(want.key, data, T0)
            origin.feed(rng.randint(0, 6))
        sync(mirror, origin)
        assert edge_playlist(mirror) == origin.playlist()

    check()


def test_a_part_the_origin_no_longer_has_comes_with_its_whole_segment() -> None:
    origin = Origin()
    origin.feed(3)
    mirror = RenditionMirror("source", window_segments=4, keep_segments=6)
    sync(mirror, origin)
    origin.feed(3)  # segment 0 completes upstream
    wants = mirror.update(parse_media_playlist(origin.playlist()))
    missing = next(w for w in wants if w.key == part_key(0, 3))
    mirror.failed(missing.key, gone=True)
    stored: list[SegmentStored] = []
    for want in [w for w in wants if w is not missing] + mirror.update(
        parse_media_playlist(origin.playlist())
    ):
        assert want.key != missing.key
        data = origin.fetch(want)
        if data is not None:
            events = mirror.deliver(want.key, data, T0)
            stored += [e for e in events if isinstance(e, SegmentStored)]
    assert [e.segment.name for e in stored] == ["seg-0.m4s"]
    assert stored[0].data == origin.files["seg-0.m4s"]
    assert edge_playlist(mirror, False) == origin.playlist(False)


def test_a_standard_upstream_is_followed_segment_by_segment() -> None:
    origin = Origin()
    mirror = RenditionMirror("source", window_segments=4, keep_segments=6)
    for _ in range(40):
        origin.feed()
        sync(mirror, origin, low_latency=False)
        assert mirror.next_request() is None  # no blocking reload: the edge polls
        assert edge_playlist(mirror, False) == origin.playlist(False)


def test_the_end_of_the_origin_ends_the_edge_and_old_files_expire() -> None:
    origin = Origin()
    mirror = RenditionMirror("source", window_segments=4, keep_segments=6)
    expired: list[str] = []
    for _ in range(50):
        origin.feed()
        expired += [n for e in sync(mirror, origin) if isinstance(e, Expired) for n in e.names]
    assert expired and all(isinstance(parse_name(n), SegmentName) for n in expired)
    assert mirror.index is not None
    assert len(mirror.index.retained) == 6
    origin.finish()
    sync(mirror, origin)
    assert mirror.index.ended and edge_playlist(mirror) == origin.playlist()
    assert edge_playlist(mirror).endswith("#EXT-X-ENDLIST\n")


def test_a_mirror_finished_by_the_store_ends_where_it_stands() -> None:
    origin = Origin()
    origin.feed(8)
    mirror = RenditionMirror("source", window_segments=4, keep_segments=6)
    sync(mirror, origin)
    assert mirror.index is not None and mirror.index.open is not None
    events = mirror.finish(T0)
    assert mirror.index.ended and mirror.index.open is None
    assert [e.segment.msn for e in events if isinstance(e, SegmentStored)] == [1]


def test_init_names_stay_sender_names_or_get_a_stable_number() -> None:
    assert local_init_name("init-3.mp4") == "init-3.mp4"
    assert local_init_name("init-3.mp4?token=x") == "init-3.mp4"
    name = local_init_name("init.mp4")
    assert name == local_init_name("init.mp4") and name != local_init_name("other/init.mp4")
    assert parse_name(name) is not None
