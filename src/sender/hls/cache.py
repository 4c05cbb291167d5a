"""Cache-Control of every HLS response: what a CDN or an nginx/Varnish cache may keep.

Pure functions of the response kind (DESIGN.md, "Cache rules (HLS)"):
- media (init segments, segments, parts) never changes once written, and
  every URL is scoped to a generation: `public, max-age=31536000, immutable`;
- a media playlist changes every part or segment: a short max-age, half the
  target duration (rounded down, at least 1 s), so a cache never serves one
  more than half a segment late;
- an LL-HLS blocking request (`_HLS_msn`/`_HLS_part`) is answered the moment
  the asked part exists: `no-cache`, so a cache revalidates instead of serving
  a response that the next request would have to wait for again (RFC 8216bis
  6.2.5.2 leaves the choice to the server; correctness first);
- the multivariant playlist changes only when renditions come or go: a few
  seconds;
- a 404 for a segment or part that does not exist yet: `no-store`, so no
  cache keeps the 404 of a file about to appear;
- private streams: `private` on everything, so shared caches keep nothing
  that a token unlocked.
"""

from __future__ import annotations

IMMUTABLE_MAX_AGE = 31_536_000  # one year, the conventional "forever"
MULTIVARIANT_MAX_AGE = 2


def _scope(private: bool) -> str:
    return "private" if private else "public"


def media_file(*, private: bool = False) -> str:
    """Init segments, segments and parts."""
    return f"{_scope(private)}, max-age={IMMUTABLE_MAX_AGE}, immutable"


def media_playlist_max_age(target_duration: int) -> int:
    """Half the target duration, rounded down, never below one second."""
    return max(1, target_duration // 2)


def media_playlist(target_duration: int, *, blocking: bool = False, private: bool = False) -> str:
    """A media playlist; `blocking` for an LL-HLS request with `_HLS_msn`."""
    if target_duration < 1:
        raise ValueError(f"target duration must be at least 1 s, not {target_duration}")
    if blocking:
        return f"{_scope(private)}, no-cache"
    return f"{_scope(private)}, max-age={media_playlist_max_age(target_duration)}"


def multivariant_playlist(*, private: bool = False) -> str:
    return f"{_scope(private)}, max-age={MULTIVARIANT_MAX_AGE}"


def media_not_yet_available(*, private: bool = False) -> str:
    """A 404 for a segment or part that does not exist yet."""
    return "private, no-store" if private else "no-store"
