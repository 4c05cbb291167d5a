"""Packagers for tests, built the way the node builds them (a profile, a numbering)."""

from __future__ import annotations

from sender.media.numbering import SegmentNumbering
from sender.media.packager import Packager
from sender.media.profile import PackagingProfile


def make_packager(
    rendition: str = "source",
    *,
    first_msn: int = 0,
    first_init_id: int = 0,
    window_segments: int = 6,
    keep_segments: int = 12,
    **profile: float,
) -> Packager:
    return Packager(
        rendition,
        PackagingProfile(
            window_segments=window_segments,
            keep_segments=keep_segments,
            **profile,  # type: ignore[arg-type]
        ),
        SegmentNumbering(first_msn, first_init_id),
    )
