from __future__ import annotations

import json
import re
from datetime import UTC, datetime

import pytest

from sender.domain.publishers import PublisherInfo
from sender.errors import StoreBusy
from tests.control.doubles import live_of
from tests.web.conftest import Api, expect_error

ADMIN_ROUTES = [
    ("GET", "/api/v1/streams"),
    ("POST", "/api/v1/streams"),
    ("GET", "/api/v1/streams/s"),
    ("PATCH", "/api/v1/streams/s"),
    ("DELETE", "/api/v1/streams/s"),
    ("POST", "/api/v1/streams/s/keys"),
    ("GET", "/api/v1/streams/s/keys"),
    ("DELETE", "/api/v1/streams/s/keys/0123456789ab"),
    ("POST", "/api/v1/streams/s/start"),
    ("POST", "/api/v1/streams/s/stop"),
    ("GET", "/api/v1/streams/s/status"),
    ("GET", "/api/v1/endpoints"),
    ("POST", "/api/v1/endpoints"),
    ("GET", "/api/v1/generations/x/renditions"),
    ("POST", "/api/v1/generations/x/renditions"),
    ("PUT", "/api/v1/generations/x/renditions"),
    ("POST", "/api/v1/rpc"),
]


async def _stream(api: Api, slug: str = "s", **extra: object) -> dict[str, object]:
    body = {"slug": slug, "title": "A stream", **extra}
    result: dict[str, object] = await api.ok("POST", "/api/v1/streams", 201, json=body)
    return result


async def test_admin_routes_need_the_token(api: Api) -> None:
    await _stream(api)
    for method, path in ADMIN_ROUTES:
        missing = await api.call(method, path, auth=False, json={})
        await expect_error(missing, 401, "unauthorized")
        wrong = await api.call(
            method, path, auth=False, headers={"Authorization": "Bearer not-the-token"}
        )
        await expect_error(wrong, 401, "unauthorized")
    # Nothing happened behind the refusals.
    assert (await api.ok("GET", "/api/v1/streams/s/status"))["generation"] is None


async def test_create_get_update_list_delete(api: Api) -> None:
    created = await _stream(api, "news", visibility="unlisted")
    assert created["slug"] == "news"
    assert created["visibility"] == "unlisted"
    assert created["latency_mode"] == "low"
    assert re.fullmatch(r"[0-9a-f]{32}", str(created["id"]))
    assert await api.ok("GET", "/api/v1/streams/news") == created
    updated = await api.ok(
        "PATCH", "/api/v1/streams/news", json={"title": "Late news", "latency_mode": "standard"}
    )
    assert (updated["title"], updated["latency_mode"]) == ("Late news", "standard")
    assert updated["visibility"] == "unlisted"
    listed = await api.ok("GET", "/api/v1/streams")
    assert [s["slug"] for s in listed["streams"]] == ["news"]
    assert (await api.ok("GET", "/api/v1/streams?visibility=public"))["streams"] == []
    await api.ok("DELETE", "/api/v1/streams/news")
    await expect_error(await api.call("GET", "/api/v1/streams/news"), 404, "not_found")
    assert (await api.ok("GET", "/api/v1/streams"))["streams"] == []


async def test_validation_names_the_field(api: Api) -> None:
    missing = await api.call("POST", "/api/v1/streams", json={"slug": "ok"})
    assert "title" in await expect_error(missing, 422, "validation_failed")
    typo = await api.call("POST", "/api/v1/streams", json={"slug": "ok", "title": "t", "titel": 1})
    assert "titel" in await expect_error(typo, 422, "validation_failed")
    bad_vis = await api.call(
        "POST", "/api/v1/streams", json={"slug": "ok", "title": "t", "visibility": "secret"}
    )
    assert "visibility" in await expect_error(bad_vis, 422, "validation_failed")
    bad_slug = await api.call("POST", "/api/v1/streams", json={"slug": "No Spaces", "title": "t"})
    assert "slug" in await expect_error(bad_slug, 422, "validation_failed")
    not_object = await api.call("POST", "/api/v1/streams", json=[1, 2])
    await expect_error(not_object, 422, "validation_failed")
    await _stream(api)
    path_override = await api.call("PATCH", "/api/v1/streams/s", json={"slug": "other"})
    assert "slug" in await expect_error(path_override, 422, "validation_failed")


async def test_bad_json_oversized_body_unknown_route(api: Api) -> None:
    bad = await api.call(
        "POST", "/api/v1/streams", data=b"{not json", headers={"Content-Type": "application/json"}
    )
    await expect_error(bad, 400, "bad_request")
    huge = json.dumps({"slug": "big", "title": "t", "settings": {"x": "y" * 70_000}})
    too_large = await api.call("POST", "/api/v1/streams", data=huge.encode())
    await expect_error(too_large, 413, "payload_too_large")
    assert (await api.ok("GET", "/api/v1/streams"))["streams"] == []

    async def chunks():  # type: ignore[no-untyped-def]
        for _ in range(10):
            yield b" " * 10_000  # no Content-Length: the limit still holds

    chunked = await api.call("POST", "/api/v1/streams", data=chunks())
    await expect_error(chunked, 413, "payload_too_large")
    await expect_error(await api.call("GET", "/api/v1/nothing-here"), 404, "not_found")
    await expect_error(await api.call("PUT", "/api/v1/streams"), 405, "method_not_allowed")


async def test_not_found_and_conflicts(api: Api) -> None:
    for method, path in [
        ("GET", "/api/v1/streams/nope"),
        ("GET", "/api/v1/streams/nope/status"),
        ("POST", "/api/v1/streams/nope/start"),
        ("POST", "/api/v1/streams/nope/keys"),
    ]:
        assert "nope" in await expect_error(await api.call(method, path), 404, "not_found")
    await _stream(api)
    await expect_error(
        await api.call("POST", "/api/v1/streams", json={"slug": "s", "title": "again"}),
        409,
        "conflict",
    )
    stop = await api.call("POST", "/api/v1/streams/s/stop")
    assert "no active generation" in await expect_error(stop, 409, "conflict")
    revoke = await api.call("DELETE", "/api/v1/streams/s/keys/0123456789ab")
    await expect_error(revoke, 404, "not_found")


async def test_key_is_shown_once_and_never_again(api: Api) -> None:
    await _stream(api)
    issued = await api.ok("POST", "/api/v1/streams/s/keys", 201)
    assert set(issued) == {"key_id", "key", "rtmp_url"}
    key_id, _, secret = issued["key"].partition(".")
    assert key_id == issued["key_id"] and len(secret) >= 20
    assert issued["rtmp_url"] == "rtmp://127.0.0.1/live"
    await api.ok("POST", "/api/v1/streams/s/start")

    later: list[str] = []
    for method, path in [
        ("GET", "/api/v1/streams/s/keys"),
        ("GET", "/api/v1/streams/s"),
        ("GET", "/api/v1/streams"),
        ("GET", "/api/v1/streams/s/status"),
        ("GET", "/api/v1/playback/s"),
    ]:
        response = await api.call(method, path)
        assert response.status == 200
        later.append(await response.text())
    for method, params in [
        ("stream.get", {"slug": "s"}),
        ("stream.status", {"slug": "s"}),
        ("stream.list", {}),
        ("stream_key.list", {"slug": "s"}),
        ("capabilities", {}),
    ]:
        later.append(json.dumps(await api.rpc(method, **params)))
    revoked = await api.call("DELETE", f"/api/v1/streams/s/keys/{key_id}")
    later.append(await revoked.text())
    for body in later:
        assert secret not in body
    keys = json.loads(later[0])["keys"]
    assert [(k["key_id"], k["revoked"]) for k in keys] == [(key_id, False)]
    assert json.loads(later[-1])["revoked"] is True
    # A second key is a different secret.
    again = await api.ok("POST", "/api/v1/streams/s/keys", 201)
    assert again["key"] != issued["key"]


async def test_start_is_idempotent_stop_ends_status_shape(api: Api) -> None:
    await _stream(api)
    first = await api.ok("POST", "/api/v1/streams/s/start")
    second = await api.ok("POST", "/api/v1/streams/s/start")
    assert first["id"] == second["id"]
    assert first["state"] == "starting"
    assert live_of(api.ctx).started == [first["id"]]
    status = await api.ok("GET", "/api/v1/streams/s/status")
    assert set(status) == {"stream", "generation", "publisher"}
    assert status["stream"]["slug"] == "s"
    assert (status["generation"]["id"], status["generation"]["state"]) == (first["id"], "starting")
    assert status["publisher"] is None
    stopped = await api.ok("POST", "/api/v1/streams/s/stop")
    assert (stopped["id"], stopped["state"], stopped["active"]) == (first["id"], "ended", False)
    assert live_of(api.ctx).stopped == [first["id"]]
    status = await api.ok("GET", "/api/v1/streams/s/status")
    assert status["generation"]["state"] == "ended"


async def test_playback_shape_and_visibility(api: Api) -> None:
    created = await _stream(api, "pub")
    offline = await api.ok("GET", "/api/v1/playback/pub", auth=False)
    assert offline == {
        "stream": {"slug": "pub", "title": "A stream", "visibility": "public"},
        "generation_id": None,
        "state": "offline",
        "hls_url": None,
        "low_latency": True,
        "renditions": [],
        "publishing": False,
    }
    gen = await api.ok("POST", "/api/v1/streams/pub/start")
    await api.ok(
        "POST",
        f"/api/v1/generations/{gen['id']}/renditions",
        json={"renditions": [{"name": "source", "width": 1280, "height": 720}]},
    )
    on = await api.ok("GET", "/api/v1/playback/pub", auth=False)
    assert on["generation_id"] == gen["id"] and on["state"] == "starting"
    assert on["publishing"] is False  # started, and no encoder yet
    live_of(api.ctx).publishers[created["id"]] = PublisherInfo(
        peer="10.0.0.1:5000", key_id="k", connected_at=datetime.now(UTC)
    )
    assert (await api.ok("GET", "/api/v1/playback/pub", auth=False))["publishing"] is True
    del live_of(api.ctx).publishers[created["id"]]
    assert on["hls_url"] == f"http://127.0.0.1:8080/hls/{created['id']}/{gen['id']}/index.m3u8"
    assert [(r["name"], r["width"], r["height"]) for r in on["renditions"]] == [
        ("source", 1280, 720)
    ]

    await _stream(api, "hidden", visibility="unlisted", latency_mode="standard")
    unlisted = await api.ok("GET", "/api/v1/playback/hidden", auth=False)
    assert unlisted["low_latency"] is False
    await _stream(api, "secret", visibility="private")
    await expect_error(
        await api.call("GET", "/api/v1/playback/secret", auth=False), 404, "not_found"
    )
    await api.ok("DELETE", "/api/v1/streams/pub")
    await expect_error(await api.call("GET", "/api/v1/playback/pub", auth=False), 404, "not_found")
    await expect_error(
        await api.call("GET", "/api/v1/playback/never", auth=False), 404, "not_found"
    )


async def test_endpoints_tokens_and_snapshots(api: Api) -> None:
    origin = await api.ok(
        "POST",
        "/api/v1/endpoints",
        json={"name": "origin-1", "kind": "origin", "base_url": "http://o1:8080/"},
    )
    assert origin["base_url"] == "http://o1:8080" and origin["token"] is None
    unknown = await api.call(
        "POST",
        "/api/v1/endpoints",
        json={"name": "e", "kind": "edge", "base_url": "http://e", "source_ids": ["f" * 32]},
    )
    assert "source_ids" in await expect_error(unknown, 422, "validation_failed")
    edge = await api.ok(
        "POST",
        "/api/v1/endpoints",
        json={"name": "e", "kind": "edge", "base_url": "http://e", "source_ids": [origin["id"]]},
    )
    assert edge["source_ids"] == [origin["id"]]
    ext = await api.ok(
        "POST",
        "/api/v1/endpoints",
        json={
            "name": "cdn",
            "kind": "external_edge",
            "base_url": "https://cdn",
            "issue_token": True,
        },
    )
    token = ext["token"]
    assert token and ext["has_token"] is True
    path = f"/api/v1/endpoints/{ext['id']}/snapshots"
    report = {"viewers": 42, "egress_bps": 1.5e6, "health": "degraded"}
    for bad in ({}, {"Authorization": "Bearer wrong"}):
        denied = await api.call("POST", path, auth=False, headers=bad, json=report)
        await expect_error(denied, 401, "unauthorized")
    other = await api.call(
        "POST",
        f"/api/v1/endpoints/{origin['id']}/snapshots",
        auth=False,
        headers={"Authorization": f"Bearer {token}"},
        json=report,
    )
    await expect_error(other, 401, "unauthorized")
    saved = await api.ok(
        "POST", path, 201, auth=False, headers={"Authorization": f"Bearer {token}"}, json=report
    )
    assert (saved["viewers"], saved["health"]) == (42, "degraded")
    listed = await api.call("GET", "/api/v1/endpoints")
    text = await listed.text()
    assert token not in text
    by_name = {e["name"]: e for e in json.loads(text)["endpoints"]}
    assert by_name["cdn"]["snapshot"]["viewers"] == 42
    assert by_name["origin-1"]["snapshot"] is None
    # Upserting again without issue_token keeps the token working.
    await api.ok(
        "POST",
        "/api/v1/endpoints",
        json={"name": "cdn", "kind": "external_edge", "base_url": "https://cdn2"},
    )
    await api.ok(
        "POST", path, 201, auth=False, headers={"Authorization": f"Bearer {token}"}, json=report
    )


async def test_renditions_of_unknown_generation(api: Api) -> None:
    missing = await api.call("GET", f"/api/v1/generations/{'0' * 32}/renditions")
    await expect_error(missing, 404, "not_found")


async def test_unexpected_error_is_500_without_details(api: Api) -> None:
    await _stream(api)

    async def explode(*_: object) -> None:
        raise RuntimeError("database password is hunter2")

    live_of(api.ctx).apply = explode  # type: ignore[method-assign]
    response = await api.call("POST", "/api/v1/streams/s/start")
    message = await expect_error(response, 500, "internal")
    assert "hunter2" not in message


async def test_a_busy_store_is_503_with_retry_after(api: Api) -> None:
    await _stream(api)

    async def busy(*_: object, **__: object) -> None:
        raise StoreBusy("the store is busy (a write waited 3 s); retry shortly", retry_after_s=3)

    api.ctx.repo.update_stream = busy  # type: ignore[method-assign]
    for call in (
        api.call("PATCH", "/api/v1/streams/s", json={"title": "New"}),
        api.call(
            "POST",
            "/api/v1/rpc",
            json={"method": "stream.update", "params": {"slug": "s", "title": "New"}},
        ),
    ):
        response = await call
        assert "busy" in await expect_error(response, 503, "unavailable")
        assert response.headers["Retry-After"] == "3"


@pytest.mark.parametrize("path", ["/api/v1/openapi.json"])
async def test_openapi_describes_every_route(api: Api, path: str) -> None:
    from sender.web.api import ROUTES

    doc = await api.ok("GET", path, auth=False)
    assert doc["openapi"] == "3.1.0"
    for route in ROUTES:
        assert route.method.lower() in doc["paths"][route.path], route
    schemas = doc["components"]["schemas"]
    refs = re.findall(r'"\$ref": "#/components/schemas/([^"]+)"', json.dumps(doc))
    assert refs and all(name in schemas for name in refs)
    create = doc["paths"]["/api/v1/streams"]["post"]
    assert "201" in create["responses"] and "422" in create["responses"]
    assert set(schemas["StreamCreate"]["required"]) == {"slug", "title"}
