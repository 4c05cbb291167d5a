"""The admin pages over real HTTP on a real SQLite store: login, cookie, CSRF, escaping, charts.

The flows with a whole node and a real publisher are in tests/e2e/test_admin_e2e.py.
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from http.cookies import SimpleCookie
from pathlib import Path
from typing import Any

import pytest_asyncio
from aiohttp import ClientResponse, web
from aiohttp.test_utils import TestClient, TestServer

from sender.control.context import Context
from sender.control.endpoints import report_snapshot, upsert_endpoint
from sender.control.streams import create_stream, get_stream
from sender.domain.endpoints import EndpointKind
from sender.store.repository import Repository
from sender.web.admin import COOKIE, AdminAuth, AdminPages, ViewerCounts, render_chart
from tests.control.doubles import make_context

TOKEN = "admin-token-for-tests-0123456789"
CSRF_RE = re.compile(r'name="csrf" value="([^"]+)"')


class NoSessions:
    def all(self) -> list[Any]:
        return []


class FixedViewers:
    def __init__(self, counts: dict[str, int]) -> None:
        self.counts = counts

    def viewers(self, stream_id: str) -> int:
        return self.counts.get(stream_id, 0)


@dataclass
class Admin:
    client: TestClient[Any, Any]
    ctx: Context
    pages: AdminPages

    @property
    def origin(self) -> str:
        return str(self.client.make_url("")).rstrip("/")

    async def login(self, token: str = TOKEN, **headers: str) -> ClientResponse:
        return await self.client.post(
            "/admin/login",
            data={"token": token},
            headers={"Origin": self.origin, **headers},
            allow_redirects=False,
        )

    async def dashboard(self) -> str:
        response = await self.client.get("/admin", allow_redirects=False)
        text = await response.text()
        assert response.status == 200, text
        return text

    async def csrf(self) -> str:
        match = CSRF_RE.search(await self.dashboard())
        assert match is not None
        return match.group(1)

    async def post(
        self, path: str, *, csrf: str | None = None, origin: str | None = "", **fields: str
    ) -> ClientResponse:
        data = dict(fields)
        if csrf is not None:
            data["csrf"] = csrf
        headers = {}
        if origin is not None:
            headers["Origin"] = origin or self.origin
        return await self.client.post(path, data=data, headers=headers, allow_redirects=False)


async def make_admin(
    tmp_path: Path, repo: Repository, viewers: ViewerCounts | None = None, **settings: object
) -> AsyncIterator[Admin]:
    ctx = make_context(repo, tmp_path, **settings)
    pages = AdminPages(ctx, NoSessions(), TOKEN, viewers)
    app = web.Application()
    app.add_routes(pages.routes())
    async with TestClient(TestServer(app)) as client:
        yield Admin(client, ctx, pages)


@pytest_asyncio.fixture
async def sqlite_repo(tmp_path: Path) -> AsyncIterator[Repository]:
    repo = await Repository.open(f"sqlite+aiosqlite:///{tmp_path / 'admin.db'}")
    await repo.migrate()
    try:
        yield repo
    finally:
        await repo.close()


@pytest_asyncio.fixture
async def admin(tmp_path: Path, sqlite_repo: Repository) -> AsyncIterator[Admin]:
    async for a in make_admin(tmp_path, sqlite_repo, FixedViewers({})):
        yield a


def set_cookie(response: ClientResponse) -> SimpleCookie:
    cookie: SimpleCookie = SimpleCookie()
    for header in response.headers.getall("Set-Cookie", []):
        cookie.load(header)
    return cookie


# Login ---------------------------------------------------------------------------------


async def test_logged_out_pages_redirect_to_the_login_form(admin: Admin) -> None:
    for path in ("/admin", "/admin/", "/admin/nothing/here", "/admin/streams/x/start"):
        response = await admin.client.get(path, allow_redirects=False)
        assert response.status == 303, path
        assert response.headers["Location"] == "/admin/login"
    response = await admin.post("/admin/streams", slug="x", title="X")
    assert response.status == 303 and response.headers["Location"] == "/admin/login"
    assert await admin.ctx.repo.get_stream_by_slug("x") is None

    form = await admin.client.get("/admin/login")
    text = await form.text()
    assert form.status == 200 and form.content_type == "text/html"
    assert 'name="token"' in text and 'type="password"' in text
    assert form.headers["Cache-Control"] == "no-store"
    assert "frame-ancestors 'none'" in form.headers["Content-Security-Policy"]


async def test_wrong_token_is_refused_without_a_cookie(admin: Admin) -> None:
    for wrong in ("", "nope", TOKEN[:-1], TOKEN + "x"):
        response = await admin.login(wrong)
        assert response.status == 401, wrong
        assert "That is not the admin token." in await response.text()
        assert COOKIE not in set_cookie(response)
    assert (await admin.client.get("/admin", allow_redirects=False)).status == 303


async def test_login_sets_a_signed_cookie_with_strict_flags_and_never_the_token(
    admin: Admin,
) -> None:
    response = await admin.login()
    assert response.status == 303 and response.headers["Location"] == "/admin"
    raw = " ".join(response.headers.getall("Set-Cookie"))
    assert TOKEN not in raw
    morsel = set_cookie(response)[COOKIE]
    assert morsel["httponly"] is True
    assert morsel["samesite"] == "Strict"
    assert morsel["path"] == "/admin"
    assert not morsel["secure"]  # plain http: a Secure cookie would never come back
    assert int(morsel["max-age"]) > 3600
    assert TOKEN not in morsel.value
    # The cookie opens the dashboard.
    assert "Log out" in await admin.dashboard()


async def test_cookie_is_secure_when_the_request_or_the_public_url_is_https(
    tmp_path: Path, sqlite_repo: Repository
) -> None:
    async for a in make_admin(tmp_path, sqlite_repo):
        forwarded = await a.login(**{"X-Forwarded-Proto": "https"})
        assert set_cookie(forwarded)[COOKIE]["secure"] is True
    async for a in make_admin(tmp_path, sqlite_repo, public_url="https://live.example.org"):
        response = await a.login()
        assert response.status == 303
        assert set_cookie(response)[COOKIE]["secure"] is True


async def test_login_from_another_site_is_refused(admin: Admin) -> None:
    response = await admin.client.post(
        "/admin/login",
        data={"token": TOKEN},
        headers={"Origin": "https://evil.example"},
        allow_redirects=False,
    )
    assert response.status == 403
    assert COOKIE not in set_cookie(response)


async def test_login_attempts_are_rate_limited(admin: Admin) -> None:
    statuses = [(await admin.login("wrong")).status for _ in range(12)]
    assert statuses[:10] == [401] * 10
    assert statuses[10:] == [429, 429]
    assert (await admin.login()).status == 429  # even the right token, until the bucket refills


async def test_behind_a_trusted_proxy_the_limit_is_per_client(
    tmp_path: Path, sqlite_repo: Repository
) -> None:
    # The test client is on 127.0.0.1: as a trusted proxy, its X-Forwarded-For names the client.
    async for a in make_admin(tmp_path, sqlite_repo, trusted_proxies="127.0.0.1"):
        guesser = {"X-Forwarded-For": "203.0.113.7"}
        statuses = [(await a.login("wrong", **guesser)).status for _ in range(11)]
        assert statuses == [401] * 10 + [429]
        # Everyone else behind the same proxy still logs in.
        colleague = await a.login(**{"X-Forwarded-For": "198.51.100.20, 203.0.113.9"})
        assert colleague.status == 303 and COOKIE in set_cookie(colleague)
    # Not a trusted proxy: the header is the client's own word, and changes nothing.
    async for a in make_admin(tmp_path, sqlite_repo):
        statuses = [
            (await a.login("wrong", **{"X-Forwarded-For": f"192.0.2.{i}"})).status
            for i in range(11)
        ]
        assert statuses == [401] * 10 + [429]


def test_session_values_are_signed_and_expire() -> None:
    now = [1_000_000.0]
    auth = AdminAuth(TOKEN, ttl_s=60, clock=lambda: now[0])
    value, session = auth.issue()
    assert auth.verify(value) == session
    payload, _, signature = value.rpartition(".")
    version, sid, expiry = payload.split(".")
    assert auth.verify(f"{version}.{sid}.{int(expiry) + 3600}.{signature}") is None
    assert auth.verify(value[:-2] + ("AA" if value[-2:] != "AA" else "BB")) is None
    assert auth.verify("") is None and auth.verify("garbage") is None
    assert AdminAuth("another-admin-token-0123456789").verify(value) is None
    now[0] += 61
    assert auth.verify(value) is None
    # CSRF tokens belong to one session.
    _, other = auth.issue()
    assert auth.csrf_ok(other, auth.csrf_token(other))
    assert not auth.csrf_ok(other, auth.csrf_token(session))


async def test_logout_ends_the_session_even_for_a_copied_cookie(admin: Admin) -> None:
    await admin.login()
    csrf = await admin.csrf()
    copied = {c.key: c.value for c in admin.client.session.cookie_jar}[COOKIE]
    response = await admin.post("/admin/logout", csrf=csrf)
    assert response.status == 303 and response.headers["Location"] == "/admin/login"
    cleared = set_cookie(response)[COOKIE]
    assert cleared.value == "" and cleared["path"] == "/admin"
    replay = await admin.client.get(
        "/admin", headers={"Cookie": f"{COOKIE}={copied}"}, allow_redirects=False
    )
    assert replay.status == 303 and replay.headers["Location"] == "/admin/login"


# CSRF -----------------------------------------------------------------------------------


async def test_forms_without_the_csrf_token_or_from_another_site_are_refused(
    admin: Admin,
) -> None:
    await admin.login()
    csrf = await admin.csrf()
    refused = [
        await admin.post("/admin/streams", slug="a", title="A"),  # no token
        await admin.post("/admin/streams", csrf="forged", slug="a", title="A"),
        await admin.post(
            "/admin/streams", csrf=csrf, origin="https://evil.example", slug="a", title="A"
        ),
        await admin.post("/admin/streams", csrf=csrf, origin=None, slug="a", title="A"),
    ]
    for response in refused:
        text = await response.text()
        assert response.status == 403, text
        assert "came from another site" in text and "Traceback" not in text
    assert await admin.ctx.repo.get_stream_by_slug("a") is None
    # A same-site Referer stands in for a missing Origin.
    response = await admin.client.post(
        "/admin/streams",
        data={"csrf": csrf, "slug": "a", "title": "A"},
        headers={"Referer": admin.origin + "/admin"},
        allow_redirects=False,
    )
    assert response.status == 303
    assert await admin.ctx.repo.get_stream_by_slug("a") is not None


async def test_a_csrf_token_of_another_session_is_refused(admin: Admin) -> None:
    await admin.login()
    mine = await admin.csrf()
    _, other = admin.pages.auth.issue()
    theirs = admin.pages.auth.csrf_token(other)
    assert theirs != mine
    response = await admin.post("/admin/streams", csrf=theirs, slug="b", title="B")
    assert response.status == 403
    assert await admin.ctx.repo.get_stream_by_slug("b") is None


# What the page shows -------------------------------------------------------------------


async def test_titles_and_every_store_value_are_escaped(admin: Admin) -> None:
    evil = '<script>alert("x")</script><img src=x onerror=alert(1)>'
    await create_stream(admin.ctx, slug="xss", title=evil)
    await admin.login()
    page = await admin.dashboard()
    assert "<script>alert" not in page and "<img src=x" not in page
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&lt;img src=x" in page
    # The only scripts are the page's own file: no inline code for the CSP to forbid.
    scripts = re.findall(r"<script[^>]*>", page)
    assert len(scripts) == 1 and 'src="/static/admin.js?v=' in scripts[0]
    # A failed action that echoes input is escaped too.
    csrf = await admin.csrf()
    await admin.post("/admin/streams", csrf=csrf, slug="xss", title=evil)
    page = await admin.dashboard()
    assert "slug &#x27;xss&#x27; is taken" in page
    assert "<script>alert" not in page


async def test_create_form_errors_come_back_as_a_notice(admin: Admin) -> None:
    await admin.login()
    csrf = await admin.csrf()
    response = await admin.post("/admin/streams", csrf=csrf, slug="Bad Slug!", title="t")
    assert response.status == 303 and response.headers["Location"] == "/admin"
    page = await admin.dashboard()
    assert 'class="notice error"' in page and "slug must be" in page
    # Shown once.
    assert "slug must be" not in await admin.dashboard()
    response = await admin.post(
        "/admin/streams", csrf=csrf, slug="ok", title="t", visibility="secret"
    )
    assert "Unknown visibility" in await admin.dashboard()


async def test_viewers_from_the_counts_given(tmp_path: Path, sqlite_repo: Repository) -> None:
    ctx_stream = None
    async for a in make_admin(tmp_path, sqlite_repo, FixedViewers({})):
        ctx_stream = await create_stream(a.ctx, slug="watched", title="Watched")
        assert isinstance(a.pages.viewers, FixedViewers)
        a.pages.viewers.counts[ctx_stream.id] = 7
        await a.login()
        page = await a.dashboard()
        row = page[page.index('data-slug="watched"') :]
        assert '<td data-label="Viewers" class="num" data-field="viewers">7</td>' in row
    # Without any count source the page says it does not know, not zero.
    async for a in make_admin(tmp_path, sqlite_repo, None):
        await a.login()
        page = await a.dashboard()
        assert 'data-field="viewers">—</td>' in page


async def test_endpoint_history_becomes_a_chart(admin: Admin) -> None:
    up = await upsert_endpoint(
        admin.ctx, name="edge-<1>", kind=EndpointKind.EXTERNAL_EDGE, base_url="http://edge.example"
    )
    await admin.login()
    page = await admin.dashboard()
    assert "edge-&lt;1&gt;" in page and "No report yet." in page
    for viewers, rate in ((1, 1_000_000.0), (5, 3_000_000.0), (3, 2_000_000.0)):
        await report_snapshot(
            admin.ctx, up.endpoint.id, viewers=viewers, ingress_bps=rate, egress_bps=rate * 2
        )
    page = await admin.dashboard()
    card = page[page.index(f'data-endpoint="{up.endpoint.id}"') :]
    assert card.count("<svg") >= 2
    assert "peak 5" in card and "peak 6.00 Mb/s" in card
    viewers_line = re.search(r'<polyline class="s-viewers" points="([^"]+)"', card)
    assert viewers_line is not None
    ys = [float(p.split(",")[1]) for p in viewers_line.group(1).split()]
    assert len(ys) == 3
    assert ys[1] < ys[2] < ys[0]  # 5 is the highest point, 1 the lowest (SVG y grows down)
    assert "healthy" in card


async def test_unknown_admin_pages_are_html_not_traces(admin: Admin) -> None:
    await admin.login()
    response = await admin.client.get("/admin/nothing")
    text = await response.text()
    assert response.status == 404 and response.content_type == "text/html"
    assert "Traceback" not in text
    response = await admin.client.get("/admin/logout", allow_redirects=False)
    assert response.status == 404


async def test_start_and_stop_through_the_forms_reach_the_node(admin: Admin) -> None:
    stream = await create_stream(admin.ctx, slug="show", title="Show")
    await admin.login()
    csrf = await admin.csrf()
    await admin.post("/admin/streams/show/start", csrf=csrf)
    page = await admin.dashboard()
    generation = await admin.ctx.repo.active_generation(stream.id)
    assert generation is not None and generation.state == "starting"
    assert f"generation {generation.id} is starting" in page
    assert 'data-state="starting"' in page and 'action="/admin/streams/show/stop"' in page
    await admin.post("/admin/streams/show/stop", csrf=csrf)
    page = await admin.dashboard()
    assert f"generation {generation.id} ended" in page
    assert 'data-state="ended"' in page
    await admin.post("/admin/streams/show/stop", csrf=csrf)
    assert "no active generation" in await admin.dashboard()
    assert (await get_stream(admin.ctx, "show")).id == stream.id


def test_chart_span_label() -> None:
    t0 = datetime(2026, 1, 1, tzinfo=UTC)
    svg = render_chart(
        "Viewers", [("s-viewers", [0.0, 0.0])], [t0, t0 + timedelta(minutes=15)], str
    )
    assert "last 15 min" in svg and "peak 0.0" in svg
