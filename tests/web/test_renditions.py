"""A generation's renditions as an external muxer records them: POST adds by name, PUT makes
them the muxer's whole set; every field the edges pull by comes back as sent."""

from __future__ import annotations

from typing import Any

import pytest

from tests.web.conftest import Api, expect_error

R720 = {
    "name": "720p",
    "width": 1280,
    "height": 720,
    "bandwidth": 3_500_000,
    "average_bandwidth": 3_000_000,
    "codecs": "avc1.64001f,mp4a.40.2",
    "frame_rate": 30.0,
    "playlist_url": "720p/index.m3u8",
}
R360 = {
    "name": "360p",
    "width": 640,
    "height": 360,
    "bandwidth": 900_000,
    "average_bandwidth": 700_000,
    "codecs": "avc1.4d401e,mp4a.40.2",
    "frame_rate": 30.0,
    "playlist_url": "https://mux.example/live/360p.m3u8",
}
# A rendition named only: every other field null.
BARE = {k: None for k in R720} | {"name": "audio"}


async def _generation(api: Api) -> str:
    await api.ok("POST", "/api/v1/streams", 201, json={"slug": "m", "title": "Muxed"})
    gen: dict[str, Any] = await api.ok("POST", "/api/v1/streams/m/start")
    return str(gen["id"])


async def test_put_replaces_post_adds(api: Api) -> None:
    gen = await _generation(api)
    path = f"/api/v1/generations/{gen}/renditions"
    posted = await api.ok("POST", path, json={"renditions": [R360, {"name": "audio"}]})
    assert posted == {"generation_id": gen, "renditions": [R360, BARE]}

    # PUT: the muxer's whole set. 360p changed, 720p new, audio no longer named: gone.
    r360 = R360 | {"bandwidth": 1_000_000, "playlist_url": "/live/360p.m3u8"}
    put = await api.ok("PUT", path, json={"renditions": [r360, R720]})
    assert put == {"generation_id": gen, "renditions": [R720, r360]}
    assert await api.ok("GET", path) == put
    # Sent again: the same set (PUT is idempotent).
    assert await api.ok("PUT", path, json={"renditions": [r360, R720]}) == put

    # POST still adds by name beside what is there.
    after = await api.ok("POST", path, json={"renditions": [{"name": "audio"}]})
    assert after["renditions"] == [R720, r360, BARE]

    # The playback answer carries them too.
    playback = await api.ok("GET", "/api/v1/playback/m", auth=False)
    assert playback["renditions"] == after["renditions"]


async def test_rpc_replace_is_the_put(api: Api) -> None:
    gen = await _generation(api)
    replaced = await api.rpc("renditions.replace", generation_id=gen, renditions=[R720])
    assert replaced == await api.ok("GET", f"/api/v1/generations/{gen}/renditions")
    assert replaced["renditions"] == [R720]
    assert "renditions.replace" in (await api.rpc("capabilities"))["methods"]


@pytest.mark.parametrize(
    ("rendition", "field"),
    [
        ({"playlist_url": "javascript:alert(1)"}, "playlist_url"),
        ({"playlist_url": "file:///etc/passwd"}, "playlist_url"),
        ({"playlist_url": "a b.m3u8"}, "playlist_url"),
        ({"playlist_url": ""}, "playlist_url"),
        ({"playlist_url": "x" * 2001}, "playlist_url"),
        ({"average_bandwidth": -1}, "average_bandwidth"),
        ({"average_bandwidth": "1000"}, "average_bandwidth"),
        ({"bandwidth": 2**63}, "bandwidth"),
    ],
)
async def test_bad_fields_are_422_naming_them(
    api: Api, rendition: dict[str, object], field: str
) -> None:
    gen = await _generation(api)
    path = f"/api/v1/generations/{gen}/renditions"
    await api.ok("PUT", path, json={"renditions": [R720]})
    for method in ("PUT", "POST"):
        refused = await api.call(method, path, json={"renditions": [{"name": "x", **rendition}]})
        assert field in await expect_error(refused, 422, "validation_failed")
    assert (await api.ok("GET", path))["renditions"] == [R720]  # untouched


async def test_put_refusals(api: Api) -> None:
    gen = await _generation(api)
    path = f"/api/v1/generations/{gen}/renditions"
    await api.ok("PUT", path, json={"renditions": [R720]})
    twice = await api.call("PUT", path, json={"renditions": [R360, R360]})
    assert "names must be unique" in await expect_error(twice, 422, "validation_failed")
    empty = await api.call("PUT", path, json={"renditions": []})
    assert "renditions" in await expect_error(empty, 422, "validation_failed")
    assert (await api.ok("GET", path))["renditions"] == [R720]
    unknown = await api.call(
        "PUT", f"/api/v1/generations/{'0' * 32}/renditions", json={"renditions": [R720]}
    )
    await expect_error(unknown, 404, "not_found")
