"""Bad input is a 4xx with the JSON error shape, never a 500, and nothing of it is stored.

Over real HTTP on SQLite and PostgreSQL: bodies nested too deep, NaN and
Infinity, numbers beyond the store's columns, text the store cannot hold or a
title should not (NUL, lone surrogates, control and bidirectional characters),
free-form objects too deep or too large, times without a zone.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
import pytest_asyncio
from aiohttp import web
from aiohttp.test_utils import TestClient, TestServer

from sender.control.streams import create_stream
from sender.errors import ValidationFailed
from sender.stats.audience import Audience, ClientAddresses, PlayerEvents
from sender.stats.ratelimit import RateLimiter
from sender.stats.streams import LiveStats
from sender.store.repository import Repository
from sender.web.api import add_api_routes
from sender.web.events import PlayerEventsApi
from sender.web.player import add_player_routes
from tests.control.doubles import make_context
from tests.web.conftest import TOKEN, Api, expect_error

SECRET = "playback-secret-for-tests-0123456789"
VSID = "0123456789abcdef0123456789abcdef"
JSON = {"Content-Type": "application/json"}


class NoSessions:
    def all(self) -> list[Any]:
        return []


@pytest_asyncio.fixture
async def node(repo: Repository, tmp_path: Path) -> AsyncIterator[Api]:
    ctx = make_context(repo, tmp_path, playback_secret=SECRET)
    audience, events = Audience(), PlayerEvents()
    player_events = PlayerEventsApi(
        ctx, audience, events, ClientAddresses(), RateLimiter(1000.0, 1000)
    )
    app = web.Application()
    add_api_routes(
        app, ctx, TOKEN, stats=LiveStats(NoSessions(), audience, events), events=player_events
    )
    add_player_routes(app, ctx)
    async with TestClient(TestServer(app)) as client:
        api = Api(client, ctx)
        await api.ok("POST", "/api/v1/streams", 201, json={"slug": "tv", "title": "TV"})
        yield api


def nested(depth: int) -> dict[str, Any]:
    """An object `depth` levels deep: {"a": {"a": ... {} }}."""
    value: dict[str, Any] = {}
    for _ in range(depth - 1):
        value = {"a": value}
    return value


async def slugs(api: Api) -> list[str]:
    listed = await api.ok("GET", "/api/v1/streams")
    return [s["slug"] for s in listed["streams"]]


async def test_deeply_nested_bodies_are_400_even_unauthenticated(node: Api) -> None:
    for depth in (33, 1000, 4000):  # 4000 deep is within the 8 KiB of a player event
        deep = b"[" * depth + b"]" * depth
        events = await node.call("POST", "/api/v1/player/events", auth=False, data=deep)
        assert "nested" in await expect_error(events, 400, "bad_request")
    for depth in (33, 1000, 10_000):  # 10,000 deep is within the 64 KiB of an API body
        deep = b'{"a":' * depth + b"1" + b"}" * depth
        api = await node.call("POST", "/api/v1/streams", data=deep, headers=JSON)
        assert "nested" in await expect_error(api, 400, "bad_request")
    # Brackets inside strings are text, not nesting.
    body = {"slug": "brackets", "title": "[" * 100 + "{" * 100}
    await node.ok("POST", "/api/v1/streams", 201, json=body)


async def test_settings_nested_too_deep_are_refused_and_the_list_still_answers(
    node: Api,
) -> None:
    too_deep = await node.call(
        "POST", "/api/v1/streams", json={"slug": "deep", "title": "D", "settings": nested(17)}
    )
    assert "settings" in await expect_error(too_deep, 422, "validation_failed")
    via_rpc = await node.call(
        "POST",
        "/api/v1/rpc",
        json={"method": "stream.update", "params": {"slug": "tv", "settings": nested(17)}},
    )
    await expect_error(via_rpc, 422, "validation_failed")
    far_too_deep = await node.call(
        "POST", "/api/v1/streams", json={"slug": "deep", "title": "D", "settings": nested(256)}
    )
    await expect_error(far_too_deep, 400, "bad_request")
    big = {"x": "y" * (17 * 1024)}
    too_big = await node.call("PATCH", "/api/v1/streams/tv", json={"settings": big})
    assert "16384 bytes" in await expect_error(too_big, 422, "validation_failed")
    assert await slugs(node) == ["tv"]
    # As deep as allowed: stored, and read back whole.
    kept = await node.ok(
        "POST", "/api/v1/streams", 201, json={"slug": "deep", "title": "D", "settings": nested(16)}
    )
    assert kept["settings"] == nested(16)
    assert await slugs(node) == ["deep", "tv"] or await slugs(node) == ["tv", "deep"]


async def test_nan_and_infinity_are_not_json(node: Api) -> None:
    for number in (b"NaN", b"Infinity", b"-Infinity", b"1e999", b"-1e999"):
        body = b'{"slug": "n", "title": "N", "settings": {"x": ' + number + b"}}"
        response = await node.call("POST", "/api/v1/streams", data=body, headers=JSON)
        assert "not valid JSON" in await expect_error(response, 400, "bad_request")
        event = b'{"stream": "tv", "vsid": "%s", "type": "startup", "ttff_ms": %s}' % (
            VSID.encode(),
            number,
        )
        refused = await node.call("POST", "/api/v1/player/events", auth=False, data=event)
        await expect_error(refused, 400, "bad_request")
    assert await slugs(node) == ["tv"]


async def test_numbers_beyond_the_store_are_422(node: Api) -> None:
    generation = await node.ok("POST", "/api/v1/streams/tv/start")
    path = f"/api/v1/generations/{generation['id']}/renditions"
    for bandwidth in (2**63, 2**64, 10**30):
        body = {"renditions": [{"name": "source", "bandwidth": bandwidth}]}
        response = await node.call("POST", path, json=body)
        assert "bandwidth" in await expect_error(response, 422, "validation_failed")
    assert (await node.ok("GET", path))["renditions"] == []
    top = await node.ok(
        "POST", path, json={"renditions": [{"name": "source", "bandwidth": 2**63 - 1}]}
    )
    assert top["renditions"][0]["bandwidth"] == 2**63 - 1
    endpoint = await node.ok(
        "POST",
        "/api/v1/endpoints",
        json={
            "name": "cdn",
            "kind": "external_edge",
            "base_url": "https://cdn",
            "issue_token": True,
        },
    )
    report = f"/api/v1/endpoints/{endpoint['id']}/snapshots"
    bearer = {"Authorization": f"Bearer {endpoint['token']}"}
    for bad in (
        {"viewers": 2**31},
        {"last_segment_at": "2026-01-01T00:00:00"},  # no time zone
        {"last_segment_at": "0001-01-01T00:00:00+01:00"},  # before year 1 in UTC
        {"extra": nested(17)},
        {"extra": {"k": "a\x00b"}},
    ):
        response = await node.call("POST", report, auth=False, headers=bearer, json=bad)
        await expect_error(response, 422, "validation_failed")
    assert (await node.ok("GET", f"/api/v1/endpoints/{endpoint['id']}/history"))["snapshots"] == []


@pytest.mark.parametrize(
    "title",
    ["a\x00b", "evil\u202etxt.exe", "two\nlines", "tab\there", "bell\x07", "\u2066isolated\u2069"],
)
async def test_titles_are_one_line_of_plain_text(node: Api, title: str) -> None:
    created = await node.call("POST", "/api/v1/streams", json={"slug": "t", "title": title})
    assert "title" in await expect_error(created, 422, "validation_failed")
    updated = await node.call("PATCH", "/api/v1/streams/tv", json={"title": title})
    await expect_error(updated, 422, "validation_failed")
    # The admin pages create streams through the same operation.
    with pytest.raises(ValidationFailed, match="title"):
        await create_stream(node.ctx, slug="t", title=title)
    assert await slugs(node) == ["tv"]
    assert (await node.ok("GET", "/api/v1/streams/tv"))["title"] == "TV"


async def test_any_other_title_is_kept_as_written(node: Api) -> None:
    title = "Ünïcødé 日本語 — مرحبا 🎥 & <b>"
    created = await node.ok("POST", "/api/v1/streams", 201, json={"slug": "u", "title": title})
    assert created["title"] == title


async def test_lone_surrogates_are_refused(node: Api) -> None:
    body = b'{"slug": "s", "title": "bad \\ud800 text"}'
    response = await node.call("POST", "/api/v1/streams", data=body, headers=JSON)
    assert "surrogate" in await expect_error(response, 422, "validation_failed")
    settings = b'{"settings": {"\\udfff": 1}}'
    response = await node.call("PATCH", "/api/v1/streams/tv", data=settings, headers=JSON)
    assert "surrogate" in await expect_error(response, 422, "validation_failed")


async def test_slugs_no_stream_can_have_are_answered_without_a_store_error(node: Api) -> None:
    # Not even one line of text: 422 on admin routes. Text of another form: not found.
    for slug, admin in (("%00", 422), ("a%00b", 422), ("tv%0A", 422), ("%F0%9F%8E%A5", 404)):
        for path in (f"/api/v1/streams/{slug}", f"/api/v1/streams/{slug}/stats"):
            code = "validation_failed" if admin == 422 else "not_found"
            await expect_error(await node.call("GET", path), admin, code)
        playback = await node.call("GET", f"/api/v1/playback/{slug}", auth=False)
        await expect_error(playback, 404, "not_found")
        page = await node.call("GET", f"/watch/{slug}", auth=False)
        assert page.status == 404
    event = {"stream": "a\x00b", "vsid": VSID, "type": "heartbeat"}
    response = await node.call("POST", "/api/v1/player/events", auth=False, json=event)
    await expect_error(response, 422, "validation_failed")
    message = await node.call(
        "POST",
        "/api/v1/player/events",
        auth=False,
        json={"stream": "tv", "vsid": VSID, "type": "error", "message": "x\x00y"},
    )
    await expect_error(message, 422, "validation_failed")
    # A malformed endpoint id is refused like an unknown one, before any look-up.
    snapshot = await node.call(
        "POST",
        "/api/v1/endpoints/a%00b/snapshots",
        auth=False,
        headers={"Authorization": "Bearer x"},
    )
    await expect_error(snapshot, 401, "unauthorized")


def test_the_document_states_the_limits() -> None:
    from sender.web.api import PARAMETERS, ROUTES
    from sender.web.openapi import build_openapi

    doc = build_openapi(ROUTES, version="v1", parameters=PARAMETERS)
    schemas = doc["components"]["schemas"]
    create = schemas["StreamCreate"]["properties"]
    assert create["slug"]["pattern"].startswith("^[a-z0-9]")
    assert "\\u0000" in create["title"]["pattern"] and "\\u202e" in create["title"]["pattern"]
    rendition = schemas["RenditionIn"]["properties"]["bandwidth"]["anyOf"][0]
    assert rendition["maximum"] == 2**63 - 1
    assert "JsonValue" in schemas
    playback = doc["paths"]["/api/v1/playback/{slug}"]["get"]["parameters"][0]
    assert playback["schema"]["pattern"] == create["slug"]["pattern"]
    json.dumps(doc)  # the document itself is JSON
