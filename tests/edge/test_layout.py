"""Where a source's renditions are: recorded playlist URLs and multivariant variants (pure)."""

from __future__ import annotations

import pytest

from sender.domain.renditions import Rendition
from sender.edge.layout import (
    multivariant_layout,
    playlist_address,
    recorded_layout,
    rendition_name,
    usable,
)
from sender.hls.parser import parse_multivariant

GEN = "b" * 32


@pytest.mark.parametrize(
    ("base", "url", "expected"),
    [
        ("http://mux:8080", "show/360p.m3u8", "http://mux:8080/show/360p.m3u8"),
        ("http://mux/live", "show/360p.m3u8", "http://mux/live/show/360p.m3u8"),
        ("http://mux/live/", "show/360p.m3u8", "http://mux/live/show/360p.m3u8"),
        ("http://mux/live", "../other/a.m3u8", "http://mux/other/a.m3u8"),
        ("http://mux/live", "/top/a.m3u8", "http://mux/top/a.m3u8"),
        ("http://mux/live", "https://cdn.example/x/a.m3u8", "https://cdn.example/x/a.m3u8"),
    ],
)
def test_a_recorded_playlist_url_is_absolute_or_under_the_base_url(
    base: str, url: str, expected: str
) -> None:
    assert playlist_address(base, url) == expected


def test_only_renditions_with_a_playlist_and_a_sender_name_are_laid_out() -> None:
    renditions = [
        Rendition(GEN, "720p", playlist_url="show/720p/index.m3u8"),
        Rendition(GEN, "480p"),  # no playlist: a description, nothing to mirror
        Rendition(GEN, "Not/A name", playlist_url="show/x.m3u8"),
    ]
    assert [usable(r) for r in renditions] == [True, False, False]
    assert recorded_layout(renditions, "http://mux/") == {
        "720p": "http://mux/show/720p/index.m3u8"
    }


def test_variants_are_named_by_sender_paths_stems_or_position() -> None:
    assert rendition_name("720p/index.m3u8?token=x", 0) == "720p"
    assert rendition_name("stream_1.m3u8", 1) == "stream_1"
    assert rendition_name("Weird Name.m3u8", 2) == "v2"
    playlist = parse_multivariant(
        "#EXTM3U\n"
        "#EXT-X-STREAM-INF:BANDWIDTH=1000\na/chunks.m3u8\n"
        "#EXT-X-STREAM-INF:BANDWIDTH=2000\nb/chunks.m3u8?x=1\n"
        "#EXT-X-STREAM-INF:BANDWIDTH=3000\nhttp://other/low.m3u8\n"
    )
    layout = multivariant_layout(playlist, "http://mux/show/index.m3u8")
    assert {name: url for name, (url, _) in layout.items()} == {
        "chunks": "http://mux/show/a/chunks.m3u8",
        "v1": "http://mux/show/b/chunks.m3u8",  # the same stem again: by position
        "low": "http://other/low.m3u8",
    }
    assert layout["v1"][1].variant.bandwidth == 2000
