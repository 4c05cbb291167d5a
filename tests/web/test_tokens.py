"""Playback tokens: the signer, the admin route, RPC and CLI, and visibility in the playback API."""

from __future__ import annotations

import time
from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
import pytest_asyncio
from aiohttp import web
from aiohttp.test_utils import TestClient, TestServer
from click.testing import CliRunner

from sender.cli import main
from sender.config import Settings, load_playback_secret, load_settings
from sender.control.tokens import PlaybackTokens
from sender.domain.ids import new_id
from sender.errors import ConfigError
from sender.store.repository import Repository
from sender.web.api import add_api_routes
from tests.control.doubles import make_context
from tests.test_cli import TOKEN as CLI_TOKEN
from tests.test_cli import ServerThread
from tests.web.conftest import TOKEN, Api, expect_error

SECRET = "playback-secret-for-tests-0123456789"


# The signer ---------------------------------------------------------------------


def test_a_token_opens_its_stream_until_it_expires() -> None:
    tokens = PlaybackTokens(SECRET)
    stream = new_id()
    issued = tokens.issue(stream, 60, now=1_000_000)
    assert issued.expires_at == datetime.fromtimestamp(1_000_060, UTC)
    assert tokens.verify(issued.token, stream, now=1_000_000)
    assert tokens.verify(issued.token, stream, now=1_000_059.9)
    assert not tokens.verify(issued.token, stream, now=1_000_060)
    assert not tokens.verify(issued.token, new_id(), now=1_000_000)


def test_a_token_is_compact_url_safe_text() -> None:
    token = PlaybackTokens(SECRET).issue(new_id(), 3600).token
    assert len(token) <= 64
    assert all(c.isalnum() or c in "-_" for c in token)


def test_forged_and_foreign_tokens_fail() -> None:
    tokens = PlaybackTokens(SECRET)
    stream = new_id()
    good = tokens.issue(stream, 3600).token
    assert not PlaybackTokens("another-secret-0123456789").verify(good, stream)
    for i in range(len(good)):
        # Every other character at every place, including spellings of the last character
        # that differ only in its unused low bits.
        for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_":
            if c != good[i]:
                assert not tokens.verify(good[:i] + c + good[i + 1 :], stream), (i, c)
    # A longer expiry written into the token breaks its signature.
    forged = PlaybackTokens("attacker-secret-0123456789").issue(stream, 10**8).token
    assert not tokens.verify(forged, stream)
    for junk in ["", "x", "=" * 40, good + "A", good[:-1], "..", "a" * 1000, "é" * 40]:
        assert not tokens.verify(junk, stream), junk
    assert not tokens.verify(None, stream)
    assert not tokens.verify(good, "not-an-id")


def test_short_secrets_are_refused() -> None:
    with pytest.raises(ValueError):
        PlaybackTokens("short")


# The API ------------------------------------------------------------------------


@pytest_asyncio.fixture
async def secured(repo: Repository, tmp_path: Path) -> AsyncIterator[Api]:
    ctx = make_context(repo, tmp_path, playback_secret=SECRET, playback_token_max_ttl_s=86400)
    app = web.Application()
    add_api_routes(app, ctx, TOKEN)
    async with TestClient(TestServer(app)) as client:
        yield Api(client, ctx)


async def _streams(api: Api) -> None:
    for slug, visibility in [("pub", "public"), ("unl", "unlisted"), ("priv", "private")]:
        body = {"slug": slug, "title": slug.upper(), "visibility": visibility}
        await api.ok("POST", "/api/v1/streams", 201, json=body)
    await api.ok(
        "POST",
        "/api/v1/streams",
        201,
        json={"slug": "priv2", "title": "Other", "visibility": "private"},
    )


async def test_issue_a_token_over_rest_and_rpc(secured: Api) -> None:
    await _streams(secured)
    before = time.time()
    issued = await secured.ok("POST", "/api/v1/streams/priv/playback-tokens", 201)
    expires = datetime.fromisoformat(issued["expires_at"]).timestamp()
    assert before + 3600 - 2 <= expires <= time.time() + 3600 + 1
    assert issued["stream"] == "priv"
    assert issued["watch_url"].endswith(f"/watch/priv?token={issued['token']}")
    short = await secured.ok(
        "POST", "/api/v1/streams/priv/playback-tokens", 201, json={"ttl_s": 120}
    )
    assert datetime.fromisoformat(short["expires_at"]).timestamp() <= time.time() + 121
    via_rpc = await secured.rpc("stream.playback_token", slug="priv", ttl_s=600)
    assert set(via_rpc) == set(issued)
    for token in (issued["token"], short["token"], via_rpc["token"]):
        await secured.ok("GET", f"/api/v1/playback/priv?token={token}", auth=False)


async def test_token_requests_are_checked(secured: Api) -> None:
    await _streams(secured)
    path = "/api/v1/streams/priv/playback-tokens"
    for ttl in (59, 0, -5, 86401, "long"):
        response = await secured.call("POST", path, json={"ttl_s": ttl})
        assert "ttl_s" in await expect_error(response, 422, "validation_failed")
    await expect_error(await secured.call("POST", path, json={"ttl": 60}), 422, "validation_failed")
    await expect_error(await secured.call("POST", path, auth=False), 401, "unauthorized")
    missing = await secured.call("POST", "/api/v1/streams/nope/playback-tokens")
    await expect_error(missing, 404, "not_found")


async def test_private_playback_needs_a_valid_token_of_that_stream(secured: Api) -> None:
    await _streams(secured)
    tokens = PlaybackTokens(SECRET)
    priv = await secured.ok("GET", "/api/v1/streams/priv")
    other = await secured.rpc("stream.playback_token", slug="priv2")
    expired = tokens.issue(priv["id"], 60, now=time.time() - 120).token
    forged = PlaybackTokens("not-the-node-secret-0123").issue(priv["id"], 600).token
    for query in [
        "",
        "?token=",
        f"?token={other['token']}",
        f"?token={expired}",
        f"?token={forged}",
    ]:
        response = await secured.call("GET", "/api/v1/playback/priv" + query, auth=False)
        assert await expect_error(response, 404, "not_found") == "stream 'priv' not found"
        assert response.headers["Cache-Control"] == "private, no-store"
    good = (await secured.rpc("stream.playback_token", slug="priv"))["token"]
    response = await secured.call("GET", f"/api/v1/playback/priv?token={good}", auth=False)
    assert response.status == 200
    assert response.headers["Cache-Control"] == "private, no-cache"
    body = await response.json()
    assert (body["state"], body["hls_url"], body["generation_id"]) == ("offline", None, None)
    # Once live, the playlist URL carries the token so every request it leads to does too.
    generation = await secured.ok("POST", "/api/v1/streams/priv/start")
    body = await secured.ok("GET", f"/api/v1/playback/priv?token={good}", auth=False)
    assert body["generation_id"] == generation["id"]
    assert body["hls_url"].endswith(f"/hls/{priv['id']}/{generation['id']}/index.m3u8?token={good}")


async def test_public_and_unlisted_play_without_a_token(secured: Api) -> None:
    await _streams(secured)
    await secured.ok("POST", "/api/v1/streams/pub/start")
    for slug in ("pub", "unl"):
        response = await secured.call("GET", f"/api/v1/playback/{slug}", auth=False)
        assert response.status == 200
        assert response.headers["Cache-Control"] == "no-cache"
        body = await response.json()
        assert body["hls_url"] is None or "token" not in body["hls_url"]
    # A public stream's token is harmless and not copied onto its URL.
    body = await secured.ok("GET", "/api/v1/playback/pub?token=whatever", auth=False)
    assert body["state"] == "starting" and "token" not in body["hls_url"]


async def test_the_public_listing_shows_only_public_streams(secured: Api) -> None:
    await _streams(secured)
    await secured.ok("POST", "/api/v1/streams", 201, json={"slug": "pub2", "title": "Two"})
    await secured.ok("POST", "/api/v1/streams/pub2/start")
    listed = await secured.ok("GET", "/api/v1/public/streams", auth=False)
    assert [(s["slug"], s["state"]) for s in listed["streams"]] == [
        ("pub", "offline"),
        ("pub2", "starting"),
    ]
    assert listed["streams"][0]["watch_url"].endswith("/watch/pub")
    await secured.ok("DELETE", "/api/v1/streams/pub2")
    listed = await secured.ok("GET", "/api/v1/public/streams", auth=False)
    assert [s["slug"] for s in listed["streams"]] == ["pub"]


async def test_deleted_streams_are_404_even_with_a_token(secured: Api) -> None:
    await _streams(secured)
    good = (await secured.rpc("stream.playback_token", slug="priv"))["token"]
    await secured.ok("DELETE", "/api/v1/streams/priv")
    response = await secured.call("GET", f"/api/v1/playback/priv?token={good}", auth=False)
    await expect_error(response, 404, "not_found")
    missing = await secured.call("POST", "/api/v1/streams/priv/playback-tokens")
    await expect_error(missing, 404, "not_found")


# The CLI ------------------------------------------------------------------------


class SecuredServer(ServerThread):
    async def _start(self) -> None:
        self.repo = await Repository.open(self.db_url)
        await self.repo.migrate()
        app = web.Application()
        ctx = make_context(self.repo, self.tmp_path, playback_secret=SECRET)
        add_api_routes(app, ctx, CLI_TOKEN)
        self.runner = web.AppRunner(app, access_log=None)
        await self.runner.setup()
        site = web.TCPSite(self.runner, "127.0.0.1", 0)
        await site.start()
        self.url = f"http://127.0.0.1:{self.runner.addresses[0][1]}"


@pytest.fixture
def cli_server(tmp_path: Path) -> Iterator[SecuredServer]:
    with SecuredServer(f"sqlite+aiosqlite:///{tmp_path / 'cli.db'}", tmp_path) as running:
        yield running


def test_cli_issues_tokens(cli_server: SecuredServer, monkeypatch: pytest.MonkeyPatch) -> None:
    import json

    monkeypatch.setenv("SENDER_URL", cli_server.url)
    monkeypatch.setenv("SENDER_ADMIN_TOKEN", CLI_TOKEN)
    runner = CliRunner()
    created = runner.invoke(main, ["streams", "create", "vip", "--visibility", "private"])
    assert created.exit_code == 0, created.output
    text = runner.invoke(main, ["streams", "token", "vip"])
    assert text.exit_code == 0, text.output
    assert "token" in text.output and "/watch/vip?token=" in text.output
    as_json = runner.invoke(main, ["streams", "token", "vip", "--ttl", "300", "--json"])
    assert as_json.exit_code == 0, as_json.output
    data = json.loads(as_json.output)
    assert datetime.fromisoformat(data["expires_at"]).timestamp() <= time.time() + 301
    stream_id = json.loads(runner.invoke(main, ["streams", "show", "vip", "--json"]).output)["id"]
    assert PlaybackTokens(SECRET).verify(data["token"], stream_id)
    bad = runner.invoke(main, ["streams", "token", "vip", "--ttl", "5"])
    assert bad.exit_code == 1
    assert bad.stderr.startswith("error: ") and "ttl_s" in bad.stderr


# The secret ---------------------------------------------------------------------


def test_the_secret_is_generated_once_into_the_data_dir(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path / "data")
    first = load_playback_secret(settings)
    path = tmp_path / "data" / "playback-secret"
    assert path.stat().st_mode & 0o777 == 0o600
    assert load_playback_secret(settings) == first  # kept across restarts
    assert len(first) >= 32
    configured = Settings(data_dir=tmp_path / "data", playback_secret="x" * 20)
    assert load_playback_secret(configured) == "x" * 20
    with pytest.raises(ConfigError, match="SENDER_PLAYBACK_SECRET"):
        load_playback_secret(Settings(data_dir=tmp_path, playback_secret="short"))


def test_the_default_ttl_fits_under_the_maximum() -> None:
    with pytest.raises(ConfigError, match="SENDER_PLAYBACK_TOKEN_MAX_TTL_S"):
        load_settings(playback_token_ttl_s=7200, playback_token_max_ttl_s=3600)
