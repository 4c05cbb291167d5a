"""The media file-name grammar: the one place that spells and reads packaged names.

    init-<init id>.mp4            an init segment (ftyp + moov)
    seg-<msn>.m4s                 a complete segment
    part-<msn>.<part index>.m4s   a partial segment (LL-HLS)

Every name is also the last part of a URL, so the patterns are strict: digits
only, bounded lengths (at most 9 digits for an init id, 12 for a media
sequence number, 5 for a part index), nothing else. A request whose name does
not match can name no file. Renditions are named like URL path segments too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Matched whole (fullmatch: `$` would let a trailing newline through), with ASCII
# digits only (`\d` would also take other scripts' digits, which int() reads).
RENDITION_RE = re.compile(r"[a-z0-9][a-z0-9_-]{0,31}")
_INIT_RE = re.compile(r"init-([0-9]{1,9})\.mp4")
_SEGMENT_RE = re.compile(r"seg-([0-9]{1,12})\.m4s")
_PART_RE = re.compile(r"part-([0-9]{1,12})\.([0-9]{1,5})\.m4s")


@dataclass(frozen=True, slots=True)
class InitName:
    init_id: int


@dataclass(frozen=True, slots=True)
class SegmentName:
    msn: int


@dataclass(frozen=True, slots=True)
class PartName:
    msn: int
    index: int


MediaName = InitName | SegmentName | PartName


def init_name(init_id: int) -> str:
    return f"init-{init_id}.mp4"


def segment_name(msn: int) -> str:
    return f"seg-{msn}.m4s"


def part_name(msn: int, index: int) -> str:
    return f"part-{msn}.{index}.m4s"


def parse_name(name: str) -> MediaName | None:
    """What a file name names, or None when it is not a media name of the grammar."""
    if m := _PART_RE.fullmatch(name):
        return PartName(int(m.group(1)), int(m.group(2)))
    if m := _SEGMENT_RE.fullmatch(name):
        return SegmentName(int(m.group(1)))
    if m := _INIT_RE.fullmatch(name):
        return InitName(int(m.group(1)))
    return None


def is_rendition(name: str) -> bool:
    return RENDITION_RE.fullmatch(name) is not None
