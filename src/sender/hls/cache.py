"""Cache-Control of every HLS response: what a CDN or an nginx/Varnish cache may keep.

Pure functions of the response kind (DESIGN.md, "Cache rules (HLS)"):
- media (init segments, segments, parts) never changes once written, and
  every URL is scoped to a generation: `public, max-age=31536000, immutable`;
- a standard media playlist changes every segment: a short max-age, so a cache
  never serves one more than half a segment late: half the target duration
  rounded down, less a second, because caches keep time in whole seconds
  (nginx serves a `max-age=1` answer for up to two seconds); `no-cache` when
  nothing is left;
- a low-latency media playlist asked for WITH delivery directives
  (`_HLS_msn`/`_HLS_part`/`_HLS_skip`) has a URL unique to that moment of the
  stream, and its answer stays true (it contains at least what was asked for):
  a cache may keep it briefly, one target duration, and so collapse the
  identical blocking requests of many viewers into one;
- the same playlist asked for WITHOUT directives is whatever is newest:
  `no-cache`, because a part comes every few hundred milliseconds and a player
  that got a stale copy would only ask again;
- an ended playlist (EXT-X-ENDLIST) is final: a minute, which keeps load off
  the origin and still lets a deletion show soon;
- the multivariant playlist changes only when renditions come or go: a few
  seconds;
- a 404 for a segment or part that does not exist yet: `no-store`, so no
  cache keeps the 404 of a file about to appear;
- private streams: `private` on everything, so shared caches keep nothing
  that a token unlocked.
"""

from __future__ import annotations

IMMUTABLE_MAX_AGE = 31_536_000  # one year, the conventional "forever"
ENDED_PLAYLIST_MAX_AGE = 60
MULTIVARIANT_MAX_AGE = 2
# Caches count whole seconds: an answer may be served up to this long past its max-age.
CACHE_CLOCK_S = 1


def _scope(private: bool) -> str:
    return "private" if private else "public"


def media_file(*, private: bool = False) -> str:
    """Init segments, segments and parts."""
    return f"{_scope(private)}, max-age={IMMUTABLE_MAX_AGE}, immutable"


def media_playlist_max_age(target_duration: int) -> int:
    """Half the target duration, rounded down, less a cache's clock tick (0: revalidate)."""
    return max(0, target_duration // 2 - CACHE_CLOCK_S)


def media_playlist(
    target_duration: int,
    *,
    blocking: bool = False,
    private: bool = False,
    low_latency: bool = False,
    ended: bool = False,
) -> str:
    """A media playlist. `blocking`: the request carried LL-HLS delivery directives."""
    if target_duration < 1:
        raise ValueError(f"target duration must be at least 1 s, not {target_duration}")
    if ended:
        return f"{_scope(private)}, max-age={ENDED_PLAYLIST_MAX_AGE}"
    if blocking:
        return f"{_scope(private)}, max-age={target_duration}"
    max_age = media_playlist_max_age(target_duration)
    if low_latency or max_age < 1:
        return f"{_scope(private)}, no-cache"
    return f"{_scope(private)}, max-age={max_age}"


def multivariant_playlist(*, private: bool = False) -> str:
    return f"{_scope(private)}, max-age={MULTIVARIANT_MAX_AGE}"


def media_not_yet_available(*, private: bool = False) -> str:
    """A 404 for a segment or part that does not exist yet."""
    return "private, no-store" if private else "no-store"
