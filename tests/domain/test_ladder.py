"""The ladder's validation and presets: what the API and CLI refuse with a 422, and why."""

from __future__ import annotations

import pytest

from sender.domain.ladder import (
    MAX_RUNGS,
    PRESETS,
    Rung,
    parse_presets,
    rung_width,
    rungs_for_source,
    validate_ladder,
)
from sender.errors import ValidationFailed


def test_presets_parse_in_the_order_given() -> None:
    ladder = parse_presets("720p, 480p,360p")
    assert [r.name for r in ladder] == ["720p", "480p", "360p"]
    assert ladder[0] == Rung("720p", 720, 3000, 128)
    assert parse_presets("") == ()


def test_presets_follow_apples_authoring_table() -> None:
    kbps = {name: r.video_kbps for name, r in PRESETS.items()}
    assert 6000 <= kbps["1080p"] <= 7800
    assert 3000 <= kbps["720p"] <= 4500
    assert kbps["540p"] == 2000 and kbps["360p"] == 365 and kbps["234p"] == 145


def test_an_unknown_preset_names_the_known_ones() -> None:
    with pytest.raises(ValidationFailed, match=r"unknown ladder preset '4k'.*720p"):
        parse_presets("720p,4k")


def test_a_ladder_round_trips_through_json() -> None:
    raw = [{"name": "low", "height": 240, "video_kbps": 300, "audio_kbps": 48, "fps": 15}]
    [rung] = validate_ladder(raw)
    assert rung == Rung("low", 240, 300, 48, 15.0)
    assert validate_ladder([rung.as_dict()]) == (rung,)
    assert validate_ladder(None) == ()


@pytest.mark.parametrize(
    ("ladder", "message"),
    [
        ("720p", "must be a list"),
        ([{"name": "a", "height": 360}], "needs a height and a video_kbps"),
        ([{"name": "a", "height": 361, "video_kbps": 500}], "must be even"),
        ([{"name": "a", "height": 2162, "video_kbps": 500}], "between 64 and 2160"),
        ([{"name": "a", "height": 360, "video_kbps": 10**9}], "video_kbps must be between"),
        ([{"name": "a", "height": 360, "video_kbps": 500, "audio_kbps": 1}], "audio_kbps"),
        ([{"name": "a", "height": 360, "video_kbps": True}], "must be an integer"),
        ([{"name": "a", "height": 360, "video_kbps": 500, "fps": float("nan")}], "fps"),
        ([{"name": "source", "height": 360, "video_kbps": 500}], "copy rendition"),
        ([{"name": "../x", "height": 360, "video_kbps": 500}], "name must be"),
        ([{"name": "a", "height": 360, "video_kbps": 500, "crf": 20}], "unknown fields: crf"),
        ([PRESETS["360p"].as_dict(), PRESETS["360p"].as_dict()], "unique: 360p"),
        ([PRESETS["360p"].as_dict()] * (MAX_RUNGS + 1), f"at most {MAX_RUNGS} rungs"),
    ],
)
def test_bad_ladders_are_refused_with_the_reason(ladder: object, message: str) -> None:
    with pytest.raises(ValidationFailed, match=message):
        validate_ladder(ladder)


def test_rungs_taller_than_the_source_are_dropped_with_a_note() -> None:
    ladder = parse_presets("1080p,720p,360p")
    kept, notes = rungs_for_source(ladder, 720)
    assert [r.name for r in kept] == ["720p", "360p"]
    assert notes == ("1080p: dropped, taller (1080) than the source (720)",)
    kept, notes = rungs_for_source(ladder, None)
    assert kept == () and len(notes) == 3


def test_rung_width_keeps_the_aspect_ratio_and_is_even() -> None:
    assert rung_width(360, 1280, 720) == 640
    assert rung_width(234, 1920, 1080) == 416
    assert rung_width(360, 1000, 750) == 480
    assert rung_width(101, 1280, 720) % 2 == 0
