"""The packaging profile: the targets and windows every rendition of a node is packaged with.

Built once from the settings by the composition root and handed to both the
media backend (its fragment duration is the part target) and the packagers,
so no two rooms read the same setting on their own and disagree.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

# Durations are sums of floats; a segment "reaches" its target within a millisecond.
EPSILON_S = 1e-3


@dataclass(frozen=True, slots=True)
class PackagingProfile:
    """segment_target_s: the segment length aimed at (cut at the first keyframe past it);
    part_target_s: the LL-HLS part length (and the backend's fragment duration);
    window_segments: complete segments a live playlist lists;
    keep_segments: complete segments kept on disk (at least the window);
    part_window_segments: segments whose parts' bytes stay in memory after they complete.
    """

    segment_target_s: float = 2.0
    part_target_s: float = 0.2
    window_segments: int = 10
    keep_segments: int = 15
    part_window_segments: int = 4

    def __post_init__(self) -> None:
        if self.segment_target_s <= 0 or self.part_target_s <= 0:
            raise ValueError("segment and part targets must be positive")
        if not 1 <= self.window_segments <= self.keep_segments:
            raise ValueError("need 1 <= window_segments <= keep_segments")
        if self.part_window_segments < 1:
            raise ValueError("part_window_segments must be at least 1")

    @property
    def target_duration(self) -> int:
        """EXT-X-TARGETDURATION before any segment is seen: the target in whole seconds."""
        return max(1, math.ceil(self.segment_target_s - EPSILON_S))
