"""The `/admin` routes: login, logout, the dashboard and its forms (a thin aiohttp adapter).

Login: `POST /admin/login` with the admin token (compared in constant time,
and rate-limited per client address, read through the trusted proxies) sets
the cookie `sender_admin` (see `auth`). It is HttpOnly, SameSite=Strict,
Path=/admin, and Secure when the request came over https (or
`X-Forwarded-Proto: https`) or the public URL is https; over plain http a
Secure cookie would never be sent back, so there it is not Secure (use https
beyond loopback).

Every state-changing form is checked for its session, its site and its CSRF
token, runs one control operation, and redirects back to the dashboard with a
notice (see `notices`). What the page shows is built here (`collect`) from the
control operations and the views, and rendered by `pages`.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Mapping
from datetime import UTC, datetime

from aiohttp import hdrs, web

from sender.control.context import Context
from sender.control.endpoints import list_endpoints
from sender.control.keys import create_key, list_keys, revoke_key
from sender.control.streams import (
    create_stream,
    list_streams,
    start_stream,
    stop_stream,
    stream_status,
)
from sender.domain.streams import Visibility
from sender.errors import ApiError
from sender.stats.audience import ClientAddresses
from sender.stats.ratelimit import RateLimiter
from sender.web.admin.auth import COOKIE, AdminAuth, AdminSession, same_site
from sender.web.admin.figures import DashboardFigures
from sender.web.admin.notices import Notice, Notices
from sender.web.admin.pages import (
    Dashboard,
    EndpointCard,
    StreamRow,
    render_dashboard,
    render_login,
    render_message,
)
from sender.web.admin.views import LiveSessions, SnapshotHistory, StreamFigures, ViewerCounts
from sender.web.player import Assets

log = logging.getLogger(__name__)

CHART_POINTS = 180  # at the default 5 s snapshot interval: the last 15 minutes
LOGIN = "/admin/login"
HOME = "/admin"


def content_security_policy() -> str:
    return "; ".join(
        [
            "default-src 'none'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self' data:",
            "connect-src 'self'",
            "form-action 'self'",
            "base-uri 'none'",
            "frame-ancestors 'none'",
        ]
    )


def _headers() -> dict[str, str]:
    return {
        hdrs.CACHE_CONTROL: "no-store",
        "Content-Security-Policy": content_security_policy(),
        "X-Content-Type-Options": "nosniff",
        "X-Frame-Options": "DENY",
        "Referrer-Policy": "same-origin",
    }


def _html(text: str, status: int = 200) -> web.Response:
    return web.Response(
        text=text, status=status, content_type="text/html", charset="utf-8", headers=_headers()
    )


def _redirect(location: str) -> web.Response:
    return web.Response(status=303, headers={**_headers(), hdrs.LOCATION: location})


Action = Callable[[web.Request, Mapping[str, str]], Awaitable[Notice]]


class AdminPages:
    def __init__(
        self,
        ctx: Context,
        sessions: LiveSessions,
        admin_token: str,
        viewers: StreamFigures | ViewerCounts | None = None,
        *,
        history: SnapshotHistory | None = None,
        assets: Assets | None = None,
        auth: AdminAuth | None = None,
        login_limiter: RateLimiter | None = None,
        addresses: ClientAddresses | None = None,
    ) -> None:
        self.ctx = ctx
        self.sessions = sessions
        self.viewers = viewers
        self.history: SnapshotHistory = history if history is not None else ctx.repo
        self.assets = assets if assets is not None else Assets()
        self.auth = auth if auth is not None else AdminAuth(admin_token)
        self.notices = Notices()
        self.figures = DashboardFigures(viewers)
        # Guessing a 16+ character random token is hopeless anyway; this keeps logs quiet.
        self.login_limiter = login_limiter or RateLimiter(rate_per_s=0.2, burst=10)
        # Attempts count per client, not per proxy: behind one, every admin shares its address.
        self.addresses = (
            addresses if addresses is not None else ClientAddresses(ctx.settings.trusted_proxies)
        )

    def routes(self) -> list[web.RouteDef]:
        return [
            web.get(HOME, self.dashboard),
            web.get(LOGIN, self.login_form),
            web.post(LOGIN, self.login),
            web.post("/admin/logout", self.logout),
            web.post("/admin/streams", self.action(self._create_stream)),
            web.post("/admin/streams/{slug}/start", self.action(self._start)),
            web.post("/admin/streams/{slug}/stop", self.action(self._stop)),
            web.post("/admin/streams/{slug}/keys", self.action(self._create_key)),
            web.post("/admin/streams/{slug}/keys/{key_id}/revoke", self.action(self._revoke)),
            web.route("*", "/admin/{tail:.*}", self.fallback),
        ]

    # Authentication ---------------------------------------------------------------
    def session_of(self, request: web.Request) -> AdminSession | None:
        return self.auth.verify(request.cookies.get(COOKIE))

    def client(self, request: web.Request) -> str:
        """The client's address, through trusted proxies (`SENDER_TRUSTED_PROXIES`)."""
        forwarded = request.headers.get("X-Forwarded-For")
        return self.addresses.client(request.remote, forwarded) or "unknown"

    def secure(self, request: web.Request) -> bool:
        public = self.ctx.settings.public_url or ""
        forwarded = request.headers.get("X-Forwarded-Proto", "").split(",")[0].strip().lower()
        return request.secure or forwarded == "https" or public.startswith("https://")

    def same_site(self, request: web.Request) -> bool:
        return same_site(
            origin=request.headers.get(hdrs.ORIGIN),
            referer=request.headers.get(hdrs.REFERER),
            host=request.headers.get(hdrs.HOST),
            public_url=self.ctx.settings.public_url,
        )

    def _warning(self, request: web.Request) -> str | None:
        if self.secure(request):
            return None
        peer = (request.remote or "").removeprefix("::ffff:")
        if peer in ("127.0.0.1", "::1"):
            return None
        return (
            "This connection is not encrypted: the token and the session cookie cross the "
            "network in clear. Serve the admin pages over https (SENDER_PUBLIC_URL)."
        )

    async def login_form(self, request: web.Request) -> web.Response:
        if self.session_of(request) is not None:
            return _redirect(HOME)
        return _html(render_login(message=None, warning=self._warning(request), assets=self.assets))

    async def login(self, request: web.Request) -> web.Response:
        if not self.same_site(request):
            return self._refused("This login form came from another site.")
        client = self.client(request)
        if not self.login_limiter.allow(client):
            text = render_login(
                message="Too many attempts. Wait a minute and try again.",
                warning=None,
                assets=self.assets,
            )
            response = _html(text, 429)
            response.headers[hdrs.RETRY_AFTER] = "60"
            return response
        form = await request.post()
        token = form.get("token")
        if not isinstance(token, str) or not self.auth.token_matches(token.strip()):
            log.warning("admin login refused from %s", client)
            text = render_login(
                message="That is not the admin token.",
                warning=self._warning(request),
                assets=self.assets,
            )
            return _html(text, 401)
        value, _ = self.auth.issue()
        response = _redirect(HOME)
        response.set_cookie(
            COOKIE,
            value,
            max_age=self.auth.ttl_s,
            path="/admin",
            secure=self.secure(request),
            httponly=True,
            samesite="Strict",
        )
        log.info("admin logged in from %s", client)
        return response

    async def logout(self, request: web.Request) -> web.Response:
        session = self.session_of(request)
        if session is None:
            return _redirect(LOGIN)
        form = await request.post()
        csrf = form.get("csrf")
        if not self.same_site(request) or not (
            isinstance(csrf, str) and self.auth.csrf_ok(session, csrf)
        ):
            return self._refused("This form has expired or came from another site.")
        self.auth.revoke(session)
        response = _redirect(LOGIN)
        response.del_cookie(COOKIE, path="/admin")
        return response

    def _refused(self, why: str) -> web.Response:
        text = render_message("Refused", f"{why} Reload the dashboard and try again.", self.assets)
        return _html(text, 403)

    # The dashboard --------------------------------------------------------------------
    async def dashboard(self, request: web.Request) -> web.Response:
        session = self.session_of(request)
        if session is None:
            return _redirect(LOGIN)
        # The page's own refresh swaps the figures only: notices wait for a full render.
        refresh = request.query.get("refresh") == "1"
        notices = [] if refresh else self.notices.pop(session)
        try:
            d = await self.collect()
        except Exception:
            log.exception("admin dashboard could not be built")
            text = render_message("Unavailable", "The dashboard could not be built.", self.assets)
            return _html(text, 503)
        d.notices = notices
        publishers = {
            row.stream.id: row.publisher for row in d.streams if row.publisher is not None
        }
        csrf = self.auth.csrf_token(session)
        return _html(render_dashboard(d, csrf, publishers, self.assets))

    async def collect(self) -> Dashboard:
        sessions = list(self.sessions.all())
        figures = self.figures.per_stream(sessions)
        rows = []
        for stream in await list_streams(self.ctx):
            status = await stream_status(self.ctx, stream.slug)
            keys = await list_keys(self.ctx, stream.slug)
            rows.append(
                StreamRow(
                    stream=status.stream,
                    generation=status.generation,
                    publisher=status.publisher,
                    keys=keys,
                    figure=self.figures.of(stream.id, figures),
                )
            )
        cards = [
            EndpointCard(view, await self.history.history(view.endpoint.id, limit=CHART_POINTS))
            for view in await list_endpoints(self.ctx)
        ]
        return Dashboard(
            node_id=self.ctx.node_id,
            streams=rows,
            sessions=sessions,
            endpoints=cards,
            now=datetime.now(UTC),
        )

    # Actions ----------------------------------------------------------------------------
    def action(self, run: Action) -> Callable[[web.Request], Awaitable[web.Response]]:
        """A POST form: session, same site and CSRF checked; the outcome is a notice."""

        async def handler(request: web.Request) -> web.Response:
            session = self.session_of(request)
            if session is None:
                return _redirect(LOGIN)
            form = await request.post()
            fields = {k: v for k, v in form.items() if isinstance(v, str)}
            if not self.same_site(request) or not self.auth.csrf_ok(
                session, fields.get("csrf", "")
            ):
                log.warning("admin form refused (origin or CSRF token) on %s", request.path)
                return self._refused("This form has expired or came from another site.")
            try:
                notice = await run(request, fields)
            except ApiError as exc:
                notice = Notice("error", exc.message)
            except Exception:
                log.exception("admin action %s failed", request.path)
                notice = Notice("error", "That did not work: the node logged the error.")
            self.notices.push(session, notice)
            return _redirect(HOME)

        return handler

    async def _create_stream(self, request: web.Request, form: Mapping[str, str]) -> Notice:
        visibility = form.get("visibility", "public")
        if visibility not in {str(v) for v in Visibility}:
            return Notice("error", f"Unknown visibility {visibility!r}.")
        stream = await create_stream(
            self.ctx,
            slug=form.get("slug", "").strip(),
            title=form.get("title", ""),
            visibility=Visibility(visibility),
        )
        return Notice("ok", f"Stream “{stream.title}” ({stream.slug}) created.")

    async def _start(self, request: web.Request, form: Mapping[str, str]) -> Notice:
        slug = request.match_info["slug"]
        generation = await start_stream(self.ctx, slug)
        return Notice("ok", f"{slug}: generation {generation.id} is {generation.state}.")

    async def _stop(self, request: web.Request, form: Mapping[str, str]) -> Notice:
        slug = request.match_info["slug"]
        generation = await stop_stream(self.ctx, slug)
        return Notice("ok", f"{slug}: generation {generation.id} {generation.state}.")

    async def _create_key(self, request: web.Request, form: Mapping[str, str]) -> Notice:
        slug = request.match_info["slug"]
        issued = await create_key(self.ctx, slug)
        return Notice(
            "key", f"New key {issued.key_id} for {slug}", key=issued.key, rtmp_url=issued.rtmp_url
        )

    async def _revoke(self, request: web.Request, form: Mapping[str, str]) -> Notice:
        slug, key_id = request.match_info["slug"], request.match_info["key_id"]
        await revoke_key(self.ctx, slug, key_id)
        return Notice("ok", f"{slug}: key {key_id} revoked.")

    async def fallback(self, request: web.Request) -> web.Response:
        if self.session_of(request) is None:
            return _redirect(LOGIN)
        if request.match_info["tail"] == "" and request.method == hdrs.METH_GET:
            return _redirect(HOME)
        if request.method not in (hdrs.METH_GET, hdrs.METH_HEAD):
            return _html(render_message("Not allowed", "Nothing answers here.", self.assets), 405)
        return _html(render_message("Not found", "There is no such admin page.", self.assets), 404)


def add_admin_routes(
    app: web.Application,
    ctx: Context,
    sessions: LiveSessions,
    admin_token: str,
    viewers: StreamFigures | ViewerCounts | None = None,
    *,
    addresses: ClientAddresses | None = None,
) -> None:
    """Register the `/admin` pages on `app` (the `/static/` assets come from the player routes).

    `addresses` resolves a request's client (default: from the settings' trusted proxies).
    """
    pages = AdminPages(ctx, sessions, admin_token, viewers, addresses=addresses)
    app.add_routes(pages.routes())
