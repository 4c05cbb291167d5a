"""Cache-Control values per the design's cache rules (HLS)."""

from __future__ import annotations

import pytest

from sender.hls import cache


def directives(value: str) -> dict[str, str | None]:
    out: dict[str, str | None] = {}
    for item in value.split(","):
        name, _, arg = item.strip().partition("=")
        out[name] = arg or None
    return out


def test_media_files_are_immutable_for_a_year() -> None:
    assert cache.media_file() == "public, max-age=31536000, immutable"


@pytest.mark.parametrize("target", [4, 5, 6, 10])
def test_media_playlist_max_age_is_at_most_half_the_target(target: int) -> None:
    d = directives(cache.media_playlist(target))
    assert "public" in d and d["max-age"] is not None
    age = int(d["max-age"])
    # A cache that counts whole seconds may serve it a second past its max-age.
    assert age >= 1 and age + cache.CACHE_CLOCK_S <= target / 2


@pytest.mark.parametrize("target", [1, 2, 3])
def test_media_playlist_with_a_short_target_is_revalidated(target: int) -> None:
    # Half the target, less a cache's second, is nothing left: never reuse unchecked.
    d = directives(cache.media_playlist(target))
    assert "no-cache" in d and "max-age" not in d


@pytest.mark.parametrize("target", [1, 2, 4])
def test_low_latency_playlist_without_directives_is_revalidated(target: int) -> None:
    d = directives(cache.media_playlist(target, low_latency=True))
    assert "no-cache" in d and "max-age" not in d


@pytest.mark.parametrize("target", [1, 2, 4])
def test_blocking_playlist_responses_may_be_cached_briefly(target: int) -> None:
    # The URL (with _HLS_msn/_HLS_part) is unique, and the answer stays true.
    d = directives(cache.media_playlist(target, blocking=True, low_latency=True))
    assert "public" in d and d["max-age"] is not None
    assert 1 <= int(d["max-age"]) <= target


def test_multivariant_is_short_lived() -> None:
    d = directives(cache.multivariant_playlist())
    assert d["max-age"] is not None and 0 < int(d["max-age"]) <= 10


def test_future_media_404_is_never_stored() -> None:
    assert directives(cache.media_not_yet_available()) == {"no-store": None}


def test_private_streams_are_private_everywhere() -> None:
    values = [
        cache.media_file(private=True),
        cache.media_playlist(2, private=True),
        cache.media_playlist(2, blocking=True, private=True),
        cache.multivariant_playlist(private=True),
        cache.media_not_yet_available(private=True),
    ]
    for value in values:
        d = directives(value)
        assert "private" in d and "public" not in d, value
    assert cache.media_file(private=True) == "private, max-age=31536000, immutable"


def test_target_duration_must_be_positive() -> None:
    with pytest.raises(ValueError, match="at least 1"):
        cache.media_playlist(0)


@pytest.mark.parametrize("low_latency", [True, False])
def test_ended_playlist_is_final_and_cacheable(low_latency: bool) -> None:
    d = directives(cache.media_playlist(2, low_latency=low_latency, ended=True))
    assert "no-cache" not in d and int(d["max-age"] or 0) >= 10
