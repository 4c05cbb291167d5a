"""A stranger cannot tell a private stream from no stream; a playback token still opens it.

Over real HTTP: the playback API, the watch and embed pages and player events
answer a private slug without its valid token exactly as they answer a slug
that does not exist (status, headers, body but for the slug itself).
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest_asyncio
from aiohttp import ClientResponse, web
from aiohttp.test_utils import TestClient, TestServer

from sender.control.tokens import PlaybackTokens
from sender.stats.audience import Audience, ClientAddresses, PlayerEvents
from sender.stats.ratelimit import RateLimiter
from sender.store.repository import Repository
from sender.web.api import add_api_routes
from sender.web.events import PlayerEventsApi
from sender.web.player import add_player_routes
from tests.control.doubles import make_context
from tests.web.conftest import TOKEN, Api, expect_error

SECRET = "playback-secret-for-tests-0123456789"
VSID = "0123456789abcdef0123456789abcdef"
# The same length as the private slug, so even Content-Length cannot differ.
PRIVATE, MISSING = "vault", "vacua"


@pytest_asyncio.fixture
async def node(repo: Repository, tmp_path: Path) -> AsyncIterator[Api]:
    ctx = make_context(repo, tmp_path, playback_secret=SECRET)
    events = PlayerEventsApi(
        ctx, Audience(), PlayerEvents(), ClientAddresses(), RateLimiter(1000.0, 1000)
    )
    app = web.Application()
    add_api_routes(app, ctx, TOKEN, events=events)
    add_player_routes(app, ctx)
    async with TestClient(TestServer(app)) as client:
        api = Api(client, ctx)
        body = {"slug": PRIVATE, "title": "Board meeting", "visibility": "private"}
        await api.ok("POST", "/api/v1/streams", 201, json=body)
        await api.ok("POST", "/api/v1/streams", 201, json={"slug": "other", "title": "Other"})
        yield api


async def answer(response: ClientResponse, slug: str) -> tuple[int, dict[str, str], str]:
    """What a stranger sees, with the slug they asked for written as {slug}."""
    headers = {k: v for k, v in response.headers.items() if k not in ("Date",)}
    return response.status, headers, (await response.text()).replace(slug, "{slug}")


async def requests_for(api: Api, slug: str, token: str | None) -> list[ClientResponse]:
    query = "" if token is None else f"?token={token}"
    event: dict[str, Any] = {"stream": slug, "vsid": VSID, "type": "heartbeat"}
    if token is not None:
        event["token"] = token
    return [
        await api.call("GET", f"/api/v1/playback/{slug}{query}", auth=False),
        await api.call("GET", f"/watch/{slug}{query}", auth=False),
        await api.call("GET", f"/embed/{slug}{query}", auth=False),
        await api.call("POST", "/api/v1/player/events", auth=False, json=event),
    ]


async def test_a_private_stream_answers_strangers_like_no_stream(node: Api) -> None:
    stream = await node.ok("GET", f"/api/v1/streams/{PRIVATE}")
    other = (await node.rpc("stream.playback_token", slug="other"))["token"]
    expired = PlaybackTokens(SECRET).issue(stream["id"], 60, now=time.time() - 120).token
    forged = PlaybackTokens("not-the-node-secret-0123").issue(stream["id"], 600).token
    for token in (None, "", "garbage", other, expired, forged):
        private = await requests_for(node, PRIVATE, token)
        missing = await requests_for(node, MISSING, token)
        for seen, unseen in zip(private, missing, strict=True):
            assert seen.status == 404, (seen.url, token)
            assert await answer(seen, PRIVATE) == await answer(unseen, MISSING), (seen.url, token)
        # Nothing of the stream leaks into any of them.
        for response in private:
            assert "Board meeting" not in await response.text()
        await expect_error(private[0], 404, "not_found")
        await expect_error(private[3], 404, "not_found")


async def test_its_token_still_opens_it(node: Api) -> None:
    token = (await node.rpc("stream.playback_token", slug=PRIVATE))["token"]
    played, watched, embedded, event = await requests_for(node, PRIVATE, token)
    assert played.status == 200
    assert (await played.json())["stream"]["title"] == "Board meeting"
    for page in (watched, embedded):
        assert page.status == 200
        assert "Board meeting" in await page.text()
        assert page.headers["Cache-Control"] == "private, no-cache"
    assert event.status == 202
    # Deleted, the stream is gone even for its token holders (player events may take the
    # two seconds of their stream cache to notice).
    await node.ok("DELETE", f"/api/v1/streams/{PRIVATE}")
    for response in (await requests_for(node, PRIVATE, token))[:3]:
        assert response.status == 404


async def test_the_document_says_404_for_both(node: Api) -> None:
    doc = await node.ok("GET", "/api/v1/openapi.json", auth=False)
    for path, method in (("/api/v1/playback/{slug}", "get"), ("/api/v1/player/events", "post")):
        responses = doc["paths"][path][method]["responses"]
        assert "403" not in responses
        assert "private" in responses["404"]["description"]
