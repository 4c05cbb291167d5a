"""The admin dashboard against a real node: forms drive it, ffmpeg publishes, Chromium looks."""

from __future__ import annotations

import asyncio
import re
from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any

import aiohttp
import pytest
import pytest_asyncio
from aiohttp import web

from sender.app import Node
from sender.domain.keys import parse_key
from sender.web.admin import COOKIE, add_admin_routes
from sender.web.errors import error_middleware
from sender.web.player import add_player_routes
from tests.browser.conftest import (  # noqa: F401
    ARTIFACTS,
    Probe,
    browser,
    browser_ready,
    open_probe,
)
from tests.e2e.conftest import ADMIN_TOKEN, Client, Publisher, publish

pytestmark = pytest.mark.e2e

CSRF_RE = re.compile(r'name="csrf" value="([^"]+)"')
KEY_RE = re.compile(r'<code class="secret">([^<]+)</code>')


@pytest_asyncio.fixture
async def admin_base(node: Node) -> AsyncIterator[str]:
    """Where the node's /admin pages answer.

    The node serves them itself once `start_node` registers them; until then the same
    node's parts (context, live sessions, stats, token) are served by a second HTTP runner.
    """
    if any(r.canonical == "/admin/login" for r in node.runner.app.router.resources()):
        yield node.http_url
        return
    app = web.Application(middlewares=[error_middleware])
    add_admin_routes(app, node.ctx, node.live, node.admin_token, viewers=node.stats)
    add_player_routes(app, node.ctx)  # the /static/ assets
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = next(a[1] for a in runner.addresses if isinstance(a, tuple))
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        await runner.cleanup()


@dataclass
class AdminClient:
    base: str
    http: aiohttp.ClientSession

    async def login(self) -> None:
        async with self.http.post(
            self.base + "/admin/login",
            data={"token": ADMIN_TOKEN},
            headers={"Origin": self.base},
            allow_redirects=False,
        ) as r:
            assert r.status == 303, await r.text()

    async def page(self) -> str:
        async with self.http.get(self.base + "/admin", allow_redirects=False) as r:
            text = await r.text()
            assert r.status == 200, text
            return text

    async def submit(self, path: str, **fields: str) -> str:
        """Post a form as the page would (its CSRF token, our Origin); the page it leads to."""
        match = CSRF_RE.search(await self.page())
        assert match is not None
        async with self.http.post(
            self.base + path,
            data={"csrf": match.group(1), **fields},
            headers={"Origin": self.base},
            allow_redirects=False,
        ) as r:
            assert r.status == 303 and r.headers["Location"] == "/admin", await r.text()
        return await self.page()


@pytest_asyncio.fixture
async def admin(admin_base: str) -> AsyncIterator[AdminClient]:
    # unsafe=True: the jar keeps cookies of an IP address host (127.0.0.1).
    async with aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True)) as http:
        yield AdminClient(admin_base, http)


def row_of(page: str, slug: str) -> str:
    start = page.index(f'<tr data-slug="{slug}"')
    return page[start : page.index("</tr>", start)]


def field(row: str, name: str) -> str:
    match = re.search(rf'data-field="{name}">([^<]*)<', row)
    assert match is not None, row
    return match.group(1)


async def wait_page(admin: AdminClient, ok: object, what: str, timeout: float = 30.0) -> str:
    deadline = asyncio.get_running_loop().time() + timeout
    while True:
        page = await admin.page()
        assert callable(ok)
        if ok(page):
            return page
        if asyncio.get_running_loop().time() > deadline:
            raise AssertionError(f"the dashboard never showed {what}:\n{page}")
        await asyncio.sleep(0.5)


async def test_forms_create_start_publish_and_stop_on_a_real_node(
    admin: AdminClient, client: Client, node: Node, ffmpeg: str
) -> None:
    await admin.login()
    cookies = {c.key: c.value for c in admin.http.cookie_jar}
    assert ADMIN_TOKEN not in cookies[COOKIE]

    title = 'Night <b>Show</b> & "friends"'
    page = await admin.submit("/admin/streams", slug="night", title=title, visibility="unlisted")
    assert "Night &lt;b&gt;Show&lt;/b&gt; &amp; &quot;friends&quot;" in page
    assert "<b>Show</b>" not in page
    stream = await client.api("GET", "/api/v1/streams/night", status=200)
    assert stream["title"] == title and stream["visibility"] == "unlisted"

    # A new key: on the page that follows, and never again.
    page = await admin.submit("/admin/streams/night/keys")
    shown = KEY_RE.findall(page)
    assert len(shown) == 1
    key = shown[0]
    parsed = parse_key(key)
    assert parsed is not None
    key_id, secret = parsed
    assert node.rtmp_url in page
    later = await admin.page()
    assert secret not in later and key_id in later  # listed by its id only
    assert secret not in await admin.page()

    # Start from the form, then a real encoder goes live with the key.
    page = await admin.submit("/admin/streams/night/start")
    assert 'data-state="starting"' in row_of(page, "night")
    pub: Publisher = await publish(ffmpeg, f"{node.rtmp_url}/{key}", seconds=60)
    try:
        info = await client.wait_state("night", "live")
        await client.wait_segments(info["hls_url"], 2)
        # One viewer: a playlist request with the page's viewer session id.
        status, _, _ = await client.get(info["hls_url"] + "?vsid=admin-e2e-viewer")
        assert status == 200
        page = await wait_page(
            admin,
            lambda p: (
                field(row_of(p, "night"), "ingest") not in ("0 b/s", "—")
                and field(row_of(p, "night"), "viewers") == "1"
            ),
            "a live stream with ingest and a viewer",
        )
        row = row_of(page, "night")
        assert 'data-state="live"' in row
        assert re.fullmatch(r"[\d.]+ (kb|Mb)/s", field(row, "ingest")), row
        sessions = page[page.index('id="sessions"') :]
        session_row = row_of(sessions, "night")
        assert "<code>127.0.0.1" in session_row  # the publisher's address
        assert "h264 / aac" in session_row and "320x180" in session_row
        assert "avc1." in session_row
        # Egress follows the bytes served (a viewer fetches segments).
        playlist = await client.media_playlist(info["hls_url"])
        for segment in playlist.segments[-2:]:
            if segment.uri:
                await client.get(segment.absolute_uri)
        page = await wait_page(
            admin,
            lambda p: field(row_of(p, "night"), "egress") not in ("0 b/s", "—"),
            "an egress bit rate",
        )

        # Stop from the form: the broadcast ends and the encoder is let go.
        page = await admin.submit("/admin/streams/night/stop")
        assert 'data-state="ended"' in row_of(page, "night")
        assert await pub.wait(timeout=30) is not None
        status_body = await client.api("GET", "/api/v1/streams/night/status", status=200)
        assert status_body["generation"]["state"] == "ended"
    finally:
        await pub.stop()

    # Revoke from the form.
    page = await admin.submit(f"/admin/streams/night/keys/{key_id}/revoke")
    assert f"key {key_id} revoked" in page
    keys = (await node.repo.list_keys(stream["id"]))[0]
    assert keys.revoked
    assert secret not in page


async def test_logged_out_dashboard_redirects_on_the_node(admin: AdminClient) -> None:
    async with admin.http.get(admin.base + "/admin", allow_redirects=False) as r:
        assert r.status == 303 and r.headers["Location"] == "/admin/login"
    async with admin.http.get(admin.base + "/admin/login") as r:
        assert r.status == 200 and 'name="token"' in await r.text()


async def log_in(probe: Probe, base: str) -> dict[str, Any]:
    """Log in through the form as a person would; the dashboard's state once a stream is live."""
    opened = await probe.call("open", url=base + "/admin")
    assert opened["status"] == 200  # the login page, after the redirect
    await probe.call(
        "eval",
        expr=(
            "document.querySelector('input[name=token]').value = "
            f"{ADMIN_TOKEN!r}; setTimeout(() => document.querySelector('form').submit(), 0)"
        ),
    )
    deadline = asyncio.get_running_loop().time() + 30
    while True:
        try:
            state = await probe.call(
                "eval",
                expr="({path: location.pathname, live: document.querySelectorAll("
                "'tr[data-state=live]').length, title: document.title, "
                "heading: document.querySelector('tr[data-slug=studio] .title')?.textContent})",
            )
        except AssertionError:  # evaluated while the page navigated: ask again
            state = {"value": {"path": None, "live": 0}}
        value: dict[str, Any] = state["value"]
        if value["path"] == "/admin" and value["live"] >= 1:
            return value
        if asyncio.get_running_loop().time() > deadline:
            raise AssertionError(value)
        await asyncio.sleep(0.5)


async def test_dashboard_in_chromium(
    admin_base: str,
    client: Client,
    node: Node,
    ffmpeg: str,
    browser: Probe,  # noqa: F811
) -> None:
    await client.create_stream("studio", title="Studio <One>")
    _, key = await client.create_stream("lobby", title="Lobby cam")
    await client.api("POST", "/api/v1/streams/studio/start", status=200)
    pub = await publish(ffmpeg, f"{node.rtmp_url}/{key}", seconds=60)
    try:
        info = await client.wait_state("lobby", "live")
        await client.wait_segments(info["hls_url"], 2)
        assert node.snapshots is not None
        for _ in range(3):  # a few points for the chart
            await node.snapshots.write_once()
            await asyncio.sleep(0.5)
        value = await log_in(browser, admin_base)
        assert value["heading"] == "Studio <One>"  # text, not markup
        ARTIFACTS.mkdir(exist_ok=True)
        shot = ARTIFACTS / "admin-dashboard.png"
        await browser.call("screenshot", path=str(shot))
        charts = await browser.call(
            "eval",
            expr="(document.getElementById('endpoints').scrollIntoView(), "
            "document.querySelectorAll('#endpoints svg polyline').length)",
        )
        assert charts["value"] >= 3  # viewers; bit rate in and out
        await browser.call("screenshot", path=str(ARTIFACTS / "admin-endpoints.png"))
        # The page's own refresh swaps the live sections without a navigation.
        marker = await browser.call(
            "eval",
            expr="(document.getElementById('summary').dataset.seen = '1', "
            "new Promise(r => setTimeout(() => r({seen: document.getElementById('summary')"
            ".dataset.seen ?? null, path: location.pathname}), 6500)))",
            timeout=30,
        )
        report = await browser.call("report")
        # On a phone the tables become cards: nothing wider than the screen.
        phone = await open_probe(mobile=True)
        try:
            await log_in(phone, admin_base)
            await phone.call("screenshot", path=str(ARTIFACTS / "admin-phone.png"))
            widths = await phone.call(
                "eval", expr="[document.documentElement.scrollWidth, window.innerWidth]"
            )
        finally:
            await phone.close()
    finally:
        await pub.stop()
    assert widths["value"][0] <= widths["value"][1], widths
    assert shot.stat().st_size > 20_000
    assert marker["value"] == {"seen": None, "path": "/admin"}
    assert report["page_errors"] == []
    assert [c for c in report["console"] if c["type"] == "error"] == []
