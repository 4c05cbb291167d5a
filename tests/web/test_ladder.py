"""A stream's ladder through the API and RPC: stored, returned everywhere, refused with the
domain's own message for every rule, and described honestly by the OpenAPI document."""

from __future__ import annotations

from typing import Any

import jsonschema_rs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import TypeAdapter

from sender.domain.ladder import Rung
from sender.errors import ValidationFailed
from sender.web.schemas import LADDER_SCHEMA, Ladder
from tests.web.conftest import Api, expect_error

HIGH = {"name": "720p", "height": 720, "video_kbps": 3000, "audio_kbps": 128}
LOW = {"name": "low", "height": 360, "video_kbps": 400, "fps": 15}
# As every representation shows a rung: both optional fields, null when not set.
HIGH_OUT = {**HIGH, "fps": None}
LOW_OUT = {**LOW, "audio_kbps": None, "fps": 15.0}


async def test_create_patch_get_round_trip(api: Api) -> None:
    created = await api.ok(
        "POST", "/api/v1/streams", 201, json={"slug": "s", "title": "S", "ladder": [HIGH, LOW]}
    )
    assert created["ladder"] == [HIGH_OUT, LOW_OUT]
    assert await api.ok("GET", "/api/v1/streams/s") == created
    assert (await api.ok("GET", "/api/v1/streams"))["streams"] == [created]
    assert (await api.ok("GET", "/api/v1/streams/s/status"))["stream"] == created

    # Another field, or a null ladder: unchanged. A ladder: replaced whole. []: cleared.
    titled = await api.ok("PATCH", "/api/v1/streams/s", json={"title": "T", "ladder": None})
    assert titled["ladder"] == [HIGH_OUT, LOW_OUT]
    replaced = await api.ok("PATCH", "/api/v1/streams/s", json={"ladder": [LOW]})
    assert replaced["ladder"] == [LOW_OUT]
    assert (await api.ok("GET", "/api/v1/streams/s"))["ladder"] == [LOW_OUT]
    # What a representation shows can be sent back as it is.
    again = await api.ok("PATCH", "/api/v1/streams/s", json={"ladder": replaced["ladder"]})
    assert again["ladder"] == [LOW_OUT]
    cleared = await api.ok("PATCH", "/api/v1/streams/s", json={"ladder": []})
    assert cleared["ladder"] == []
    assert (await api.ok("GET", "/api/v1/streams/s"))["ladder"] == []

    plain = await api.ok("POST", "/api/v1/streams", 201, json={"slug": "p", "title": "P"})
    assert plain["ladder"] == []


def rung(**fields: object) -> dict[str, object]:
    return {"name": "r", "height": 360, "video_kbps": 500, **fields}


# Every rule of domain.ladder, and the message the 422 carries for it.
REFUSALS = [
    ("x", "ladder must be a list of rungs"),
    ({"name": "r"}, "ladder must be a list of rungs"),
    ([rung(name=f"r{i}") for i in range(7)], "a ladder has at most 6 rungs, not 7"),
    (["720p"], "ladder[0] must be an object"),
    ([rung(bitrate=1)], "ladder[0] has unknown fields: bitrate"),
    ([rung(name="Big")], "ladder[0].name must be 1-32 characters of a-z, 0-9"),
    ([rung(name="a" * 33)], "ladder[0].name must be 1-32 characters"),
    ([rung(name="source")], "ladder[0].name 'source' is the copy rendition's name"),
    ([{"name": "r", "height": 360}], "ladder[0] needs a height and a video_kbps"),
    ([rung(height="360")], "ladder[0].height must be an integer"),
    ([rung(height=True)], "ladder[0].height must be an integer"),
    ([rung(height=62)], "ladder[0].height must be between 64 and 2160, not 62"),
    ([rung(height=2162)], "ladder[0].height must be between 64 and 2160, not 2162"),
    ([rung(height=361)], "ladder[0].height must be even, not 361"),
    ([rung(video_kbps=63)], "ladder[0].video_kbps must be between 64 and 60000, not 63"),
    ([rung(video_kbps=60_001)], "ladder[0].video_kbps must be between 64 and 60000, not 60001"),
    ([rung(audio_kbps=15)], "ladder[0].audio_kbps must be between 16 and 512, not 15"),
    ([rung(audio_kbps=513)], "ladder[0].audio_kbps must be between 16 and 512, not 513"),
    ([rung(audio_kbps=1.5)], "ladder[0].audio_kbps must be an integer"),
    ([rung(fps="30")], "ladder[0].fps must be a number"),
    ([rung(fps=0.5)], "ladder[0].fps must be between 1 and 120"),
    ([rung(fps=121)], "ladder[0].fps must be between 1 and 120"),
    ([rung(), rung(name="s"), rung()], "ladder rung names must be unique: r"),
    ([rung(name="ok"), rung(height=7)], "ladder[1].height must be between 64 and 2160, not 7"),
]


@pytest.mark.parametrize(("ladder", "message"), REFUSALS, ids=[m for _, m in REFUSALS])
async def test_every_rule_is_a_422_with_the_domain_message(
    api: Api, ladder: object, message: str
) -> None:
    create = await api.call(
        "POST", "/api/v1/streams", json={"slug": "s", "title": "S", "ladder": ladder}
    )
    assert (await expect_error(create, 422, "validation_failed")).startswith(message)
    assert (await api.ok("GET", "/api/v1/streams"))["streams"] == []  # nothing was made

    await api.ok("POST", "/api/v1/streams", 201, json={"slug": "s", "title": "S", "ladder": [LOW]})
    patch = await api.call("PATCH", "/api/v1/streams/s", json={"ladder": ladder})
    assert (await expect_error(patch, 422, "validation_failed")).startswith(message)
    rpc = await api.call(
        "POST",
        "/api/v1/rpc",
        json={"method": "stream.update", "params": {"slug": "s", "ladder": ladder}},
    )
    assert (await expect_error(rpc, 422, "validation_failed")).startswith(message)
    assert (await api.ok("GET", "/api/v1/streams/s"))["ladder"] == [LOW_OUT]  # unchanged


async def test_rpc_create_and_update_take_a_ladder(api: Api) -> None:
    created = await api.rpc("stream.create", slug="r", title="R", ladder=[HIGH])
    assert created["ladder"] == [HIGH_OUT]
    assert created == await api.ok("GET", "/api/v1/streams/r")
    updated = await api.rpc("stream.update", slug="r", ladder=[HIGH, LOW])
    assert updated["ladder"] == [HIGH_OUT, LOW_OUT]
    assert updated == await api.rpc("stream.get", slug="r")
    assert (await api.rpc("stream.update", slug="r", ladder=[]))["ladder"] == []


async def test_the_document_describes_the_ladder(api: Api) -> None:
    doc = await api.ok("GET", "/api/v1/openapi.json")
    schemas = doc["components"]["schemas"]
    assert schemas["StreamCreate"]["properties"]["ladder"]["maxItems"] == 6
    assert schemas["StreamCreate"]["properties"]["ladder"]["items"] == LADDER_SCHEMA["items"]
    update = schemas["StreamUpdate"]["properties"]["ladder"]["anyOf"]
    assert {"type": "null"} in update
    assert "ladder" in schemas["StreamOut"]["required"]


# Rung fields as a client might send them: right, wrong, at the bounds, of the wrong type.
_VALUES = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-10, 70_000),
    st.integers(-10, 3000).map(float),
    st.floats(-1, 200, allow_nan=False),
    st.sampled_from([15, 16, 62, 63, 64, 512, 513, 2160, 2161, 2162, 60_000, 60_001]),
    st.sampled_from([0.99, 1.0, 120.0, 120.01, 360.0, 361.0]),
    st.sampled_from(["720p", "source", "Big", "", "a" * 32, "a" * 33, "low-1", "x_y", "360"]),
)
_FIELDS = st.sampled_from(["name", "height", "video_kbps", "audio_kbps", "fps", "extra"])
_NAMES = st.sampled_from(["a", "b", "c", "d", "e", "f", "g"])
_VALID = st.fixed_dictionaries(
    {
        "name": _NAMES,
        "height": st.integers(32, 1080).map(lambda h: 2 * h),
        "video_kbps": st.integers(64, 60_000),
    },
    optional={
        "audio_kbps": st.none() | st.integers(16, 512),
        "fps": st.none() | st.floats(1, 120),
    },
)


@st.composite
def _rungs(draw: st.DrawFn) -> Any:
    """A valid rung; one in three with one or two fields changed or left out; now and then
    not a rung. (Mostly valid, so that a ladder's verdict often turns on one field.)"""
    if draw(st.integers(0, 39)) == 0:
        return draw(_VALUES)
    rung = draw(_VALID)
    if draw(st.integers(0, 2)):
        return rung
    for field in draw(st.lists(_FIELDS, min_size=1, max_size=2)):
        if draw(st.booleans()):
            rung[field] = draw(_VALUES)
        else:
            rung.pop(field, None)
    return rung


LADDER: TypeAdapter[Any] = TypeAdapter(Ladder)


@settings(max_examples=500, deadline=None)
@given(st.lists(_rungs(), max_size=7))
def test_the_schema_takes_what_the_domain_takes(ladder: list[dict[str, Any]]) -> None:
    """Both ways: a ladder the document allows, the domain takes, and the other way round;
    the one rule JSON Schema cannot state is unique names."""
    try:
        LADDER.validate_python(ladder)
        domain_ok = True
    except ValidationFailed as exc:
        domain_ok = "names must be unique" in exc.message
    assert jsonschema_rs.is_valid(LADDER_SCHEMA, ladder) == domain_ok, ladder


def test_an_integral_float_is_an_integer_as_json_schema_reads_it() -> None:
    rung = {"name": "a", "height": 360.0, "video_kbps": 500.0, "audio_kbps": 64.0}
    assert LADDER.validate_python([rung]) == (Rung("a", 360, 500, 64),)
    with pytest.raises(ValidationFailed, match=r"ladder\[0\]\.height must be an integer"):
        LADDER.validate_python([rung | {"height": 360.5}])
