"""The rendition manifest: a rendition's index as a small file, so a restarted node goes on.

The index lives in memory; the spool holds its files. After a node restart a
generation that is still active resumes, and what it served must stay true:
its media sequence and discontinuity sequence never go back (RFC 8216bis
6.2.2), and until its encoder returns its playlist serves the last window
rather than nothing. So with every completed segment the rendition's index is
written beside its files as JSON (`MANIFEST`, a name outside the media-name
grammar, so no request can fetch it), and read back on resume.

What it keeps: the targets, both sequences, the next media sequence number,
every retained segment with its parts' durations and independence, whether the
playlist ended, and the rendition's description (codecs, size, frame rate, bit
rates). Parts' bytes are not kept: a resumed index lists segments only.
Pure: bytes in, bytes out; a manifest that does not parse is a ValueError.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sender.media.index import Part, RenditionIndex, Segment
from sender.media.names import part_name

MANIFEST = "index.json"
VERSION = 1
MAX_MANIFEST_BYTES = 4 << 20  # far above any window: 10,000 segments of 20 parts


@dataclass(frozen=True, slots=True)
class Description:
    codecs: str | None = None
    width: int | None = None
    height: int | None = None
    frame_rate: float | None = None
    peak_bps: float = 0.0
    average_bps: float | None = None


def dump(index: RenditionIndex, description: Description) -> bytes:
    segments = [
        {
            "msn": s.msn,
            "name": s.name,
            "duration": round(s.duration, 6),
            "init": s.init_name,
            "discontinuity": s.discontinuity,
            "date": s.program_date_time.isoformat(),
            "parts": [[round(p.duration, 6), p.independent] for p in s.parts],
        }
        for s in index.retained
    ]
    body = {
        "version": VERSION,
        "rendition": index.rendition,
        "target_duration": index.target_duration,
        "part_target": index.part_target,
        "media_sequence": index.media_sequence,
        "discontinuity_sequence": index.discontinuity_sequence,
        "next_msn": index.next_part()[0] if index.open is None else index.open.msn + 1,
        "ended": index.ended,
        "segments": segments,
        "description": {
            "codecs": description.codecs,
            "width": description.width,
            "height": description.height,
            "frame_rate": description.frame_rate,
            "peak_bps": description.peak_bps,
            "average_bps": description.average_bps,
        },
    }
    return json.dumps(body, separators=(",", ":")).encode()


def load(data: bytes, *, window_segments: int) -> tuple[RenditionIndex, Description]:
    """The index a manifest describes (no part bytes), and the rendition's description."""
    if len(data) > MAX_MANIFEST_BYTES:
        raise ValueError(f"manifest of {len(data)} bytes is over {MAX_MANIFEST_BYTES}")
    try:
        body = json.loads(data)
        if not isinstance(body, dict):
            raise ValueError("a manifest is a JSON object")
        if body.get("version") != VERSION:
            raise ValueError(f"manifest version {body.get('version')!r} is not {VERSION}")
        index = RenditionIndex(
            str(body["rendition"]),
            part_target=float(body["part_target"]),
            target_duration=int(body["target_duration"]),
            window_segments=window_segments,
            next_msn=int(body["next_msn"]),
        )
        retained = tuple(_segment(s) for s in body["segments"])
        described = body.get("description") or {}
        description = Description(
            codecs=described.get("codecs"),
            width=described.get("width"),
            height=described.get("height"),
            frame_rate=described.get("frame_rate"),
            peak_bps=float(described.get("peak_bps") or 0.0),
            average_bps=described.get("average_bps"),
        )
        index.restore(
            retained,
            media_sequence=int(body["media_sequence"]),
            discontinuity_sequence=int(body["discontinuity_sequence"]),
            ended=bool(body["ended"]),
        )
    except (KeyError, TypeError, AttributeError, json.JSONDecodeError) as exc:
        raise ValueError(f"manifest does not parse: {exc}") from None
    return index, description


def _segment(raw: dict[str, Any]) -> Segment:
    msn = int(raw["msn"])
    start = datetime.fromisoformat(raw["date"])
    parts = []
    at = start
    for i, (duration, independent) in enumerate(raw["parts"]):
        parts.append(Part(msn, i, part_name(msn, i), float(duration), bool(independent), at))
        at += timedelta(seconds=float(duration))
    return Segment(
        msn=msn,
        name=str(raw["name"]),
        duration=float(raw["duration"]),
        init_name=str(raw["init"]),
        discontinuity=bool(raw["discontinuity"]),
        program_date_time=start,
        parts=tuple(parts),
    )
