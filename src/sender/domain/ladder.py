"""The encoding ladder: the rungs a stream is transcoded to beside its source copy (pure).

A rung is a name, a height (the width follows the source's aspect ratio, rounded
to an even number), a video bit rate, and optionally an audio bit rate and a
frame rate cap. An empty ladder is the copy alone.

The presets follow Apple's HLS authoring specification (its table of 16:9
variants): 1080p 6000-7800, 720p 3000-4500, 540p 2000, 432p 730, 360p 365 and
234p 145 kbit/s; each preset takes the lower figure where a range is given, and
AAC-LC stereo at 128 kbit/s for the upper rungs, 96 and 64 for the lower ones.
480p (1100 kbit/s, between Apple's 432p and 540p) is there because encoders'
and users' habits name it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from sender.domain.renditions import SOURCE
from sender.errors import ValidationFailed

MAX_RUNGS = 6
MAX_HEIGHT = 2160
MIN_HEIGHT = 64
VIDEO_KBPS = (64, 60_000)
AUDIO_KBPS = (16, 512)
FPS = (1.0, 120.0)
# The rendition name grammar (`media.names`): a path segment of the stream's HLS.
RUNG_NAME_RE = re.compile(r"[a-z0-9][a-z0-9_-]{0,31}")


@dataclass(frozen=True, slots=True)
class Rung:
    name: str
    height: int
    video_kbps: int
    audio_kbps: int | None = None  # None: the rung's audio is copied from the source
    fps: float | None = None  # None: the source's frame rate

    def as_dict(self) -> dict[str, object]:
        out: dict[str, object] = {
            "name": self.name,
            "height": self.height,
            "video_kbps": self.video_kbps,
        }
        if self.audio_kbps is not None:
            out["audio_kbps"] = self.audio_kbps
        if self.fps is not None:
            out["fps"] = self.fps
        return out


PRESETS: Mapping[str, Rung] = {
    r.name: r
    for r in (
        Rung("1080p", 1080, 6000, 128),
        Rung("720p", 720, 3000, 128),
        Rung("540p", 540, 2000, 96),
        Rung("480p", 480, 1100, 96),
        Rung("432p", 432, 730, 96),
        Rung("360p", 360, 365, 64),
        Rung("234p", 234, 145, 64),
    )
}


def preset(name: str) -> Rung:
    try:
        return PRESETS[name]
    except KeyError:
        raise ValidationFailed(
            f"unknown ladder preset {name!r}: one of {', '.join(PRESETS)}"
        ) from None


def parse_presets(text: str) -> tuple[Rung, ...]:
    """`720p,480p,...` as the CLI takes it: preset names, comma-separated; "" is no ladder."""
    names = [n.strip() for n in text.split(",") if n.strip()]
    return validate_ladder([preset(n).as_dict() for n in names])


def _int(field: str, value: object, low: int, high: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationFailed(f"{field} must be an integer")
    if not low <= value <= high:
        raise ValidationFailed(f"{field} must be between {low} and {high}, not {value}")
    return value


def validate_rung(index: int, raw: object) -> Rung:
    where = f"ladder[{index}]"
    if isinstance(raw, Rung):
        raw = raw.as_dict()
    if not isinstance(raw, Mapping):
        raise ValidationFailed(f"{where} must be an object")
    unknown = set(raw) - {"name", "height", "video_kbps", "audio_kbps", "fps"}
    if unknown:
        names = ", ".join(sorted(map(str, unknown)))
        raise ValidationFailed(f"{where} has unknown fields: {names}")
    name = raw.get("name")
    if not isinstance(name, str) or not RUNG_NAME_RE.fullmatch(name):
        raise ValidationFailed(
            f"{where}.name must be 1-32 characters of a-z, 0-9, '_' and '-', "
            "starting with a letter or digit"
        )
    if name == SOURCE:
        raise ValidationFailed(f"{where}.name {SOURCE!r} is the copy rendition's name")
    if "height" not in raw or "video_kbps" not in raw:
        raise ValidationFailed(f"{where} needs a height and a video_kbps")
    height = _int(f"{where}.height", raw["height"], MIN_HEIGHT, MAX_HEIGHT)
    if height % 2:
        raise ValidationFailed(f"{where}.height must be even, not {height}")
    video = _int(f"{where}.video_kbps", raw["video_kbps"], *VIDEO_KBPS)
    audio_raw = raw.get("audio_kbps")
    audio = None if audio_raw is None else _int(f"{where}.audio_kbps", audio_raw, *AUDIO_KBPS)
    fps_raw = raw.get("fps")
    fps: float | None = None
    if fps_raw is not None:
        if isinstance(fps_raw, bool) or not isinstance(fps_raw, int | float):
            raise ValidationFailed(f"{where}.fps must be a number")
        fps = float(fps_raw)
        if not FPS[0] <= fps <= FPS[1]:  # NaN fails this too
            raise ValidationFailed(f"{where}.fps must be between {FPS[0]:g} and {FPS[1]:g}")
    return Rung(name, height, video, audio, fps)


def validate_ladder(raw: object) -> tuple[Rung, ...]:
    """A ladder from JSON (a list of rung objects) or Rungs; ValidationFailed (422) if not one."""
    if raw is None:
        return ()
    if isinstance(raw, str | bytes) or not isinstance(raw, Iterable):
        raise ValidationFailed("ladder must be a list of rungs")
    items = list(raw)
    if len(items) > MAX_RUNGS:
        raise ValidationFailed(f"a ladder has at most {MAX_RUNGS} rungs, not {len(items)}")
    rungs = tuple(validate_rung(i, r) for i, r in enumerate(items))
    names = [r.name for r in rungs]
    dupes = sorted({n for n in names if names.count(n) > 1})
    if dupes:
        raise ValidationFailed(f"ladder rung names must be unique: {', '.join(dupes)}")
    return rungs


def ladder_json(rungs: Sequence[Rung]) -> list[dict[str, object]]:
    return [r.as_dict() for r in rungs]


def rungs_for_source(
    rungs: Sequence[Rung], source_height: int | None
) -> tuple[tuple[Rung, ...], tuple[str, ...]]:
    """The rungs one generation encodes, and a note for each dropped (taller than the source).

    An unknown source height (audio-only, or not yet known) encodes none: there is
    no picture to scale.
    """
    if source_height is None:
        return (), tuple(f"{r.name}: dropped, the source has no video" for r in rungs)
    kept = tuple(r for r in rungs if r.height <= source_height)
    notes = tuple(
        f"{r.name}: dropped, taller ({r.height}) than the source ({source_height})"
        for r in rungs
        if r.height > source_height
    )
    return kept, notes


def rung_width(height: int, source_width: int, source_height: int) -> int:
    """The rung's width for the source's aspect ratio, even (what H.264's 4:2:0 needs)."""
    width = round(source_width * height / source_height)
    return max(2, width + (width % 2))
