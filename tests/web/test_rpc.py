from __future__ import annotations

from tests.web.conftest import Api, expect_error


async def test_rpc_mirrors_rest(api: Api) -> None:
    created = await api.rpc("stream.create", slug="s", title="S", visibility="unlisted")
    assert created == await api.ok("GET", "/api/v1/streams/s")
    assert await api.rpc("stream.get", slug="s") == created
    assert await api.rpc("stream.list") == await api.ok("GET", "/api/v1/streams")
    updated = await api.rpc("stream.update", slug="s", title="T")
    assert updated["title"] == "T" and updated == await api.ok("GET", "/api/v1/streams/s")
    started = await api.rpc("stream.start", slug="s")
    assert started == await api.ok("POST", "/api/v1/streams/s/start")
    assert await api.rpc("stream.status", slug="s") == await api.ok(
        "GET", "/api/v1/streams/s/status"
    )
    stopped = await api.rpc("stream.stop", slug="s")
    assert (stopped["id"], stopped["state"]) == (started["id"], "ended")

    key = await api.rpc("stream_key.create", slug="s")
    assert set(key) == {"key_id", "key", "rtmp_url"}
    revoked = await api.rpc("stream_key.revoke", slug="s", key_id=key["key_id"])
    assert revoked["revoked"] is True

    ext = await api.rpc(
        "media_endpoints.upsert", name="mux", kind="external_origin", base_url="http://mux"
    )
    snap = await api.rpc("endpoint_snapshots.report", endpoint_id=ext["id"], viewers=3)
    assert snap["viewers"] == 3
    listed = await api.rpc("media_endpoints.list")
    assert listed == await api.ok("GET", "/api/v1/endpoints")
    assert listed["endpoints"][0]["snapshot"]["viewers"] == 3

    renditions = await api.rpc(
        "renditions.upsert",
        generation_id=started["id"],
        renditions=[{"name": "source", "bandwidth": 3_000_000}],
    )
    assert renditions == await api.ok("GET", f"/api/v1/generations/{started['id']}/renditions")

    caps = await api.rpc("capabilities")
    for name in [
        "capabilities", "stream.get", "stream.create", "stream.update", "stream.list",
        "stream.start", "stream.stop", "stream.status", "stream_key.create",
        "stream_key.revoke", "media_endpoints.upsert", "media_endpoints.list",
        "renditions.upsert", "endpoint_snapshots.report",
    ]:  # fmt: skip
        assert name in caps["methods"]


async def test_rpc_errors(api: Api) -> None:
    unknown = await api.call("POST", "/api/v1/rpc", json={"method": "stream.explode"})
    await expect_error(unknown, 404, "unknown_method")
    bad_params = await api.call(
        "POST", "/api/v1/rpc", json={"method": "stream.create", "params": {"slug": "x"}}
    )
    assert "title" in await expect_error(bad_params, 422, "validation_failed")
    missing = await api.call(
        "POST", "/api/v1/rpc", json={"method": "stream.get", "params": {"slug": "no"}}
    )
    await expect_error(missing, 404, "not_found")
    no_method = await api.call("POST", "/api/v1/rpc", json={"params": {}})
    assert "method" in await expect_error(no_method, 422, "validation_failed")
