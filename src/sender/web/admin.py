"""The admin dashboard: `/admin`, server-rendered HTML behind the admin token.

`add_admin_routes(app, ctx, sessions, admin_token, viewers)` registers the pages.

Login: `POST /admin/login` with the admin token (compared in constant time, and
rate-limited per address) sets the cookie `sender_admin`: a signed session
value `1.<session id>.<expiry>.<HMAC>`, never the token. The HMAC key is
derived from the admin token, so a new token ends every session, and any node
that shares the token accepts the cookie. The cookie is HttpOnly,
SameSite=Strict, Path=/admin, and Secure when the request came over https (or
`X-Forwarded-Proto: https`) or the public URL is https; over plain http a Secure
cookie would never be sent back, so there it is not Secure (use https beyond
loopback). Logout ends the session on this node (its id is refused until it
would have expired; a restart forgets that list, the cookie itself is cleared).

Every state-changing form carries a CSRF token (an HMAC of the session id) and
must come from this site (`Origin`, else `Referer`). Actions redirect back to
the dashboard with a notice; a new stream key is a notice of its own, shown on
the next full render of the dashboard only, and kept nowhere else.

What the dashboard reads goes through small protocols, so the module depends
on no runtime class: the live sessions (`LiveSessions`), per-stream figures
(`StreamFigures`, e.g. `stats.streams.LiveStats`) or bare viewer counts
(`ViewerCounts`, e.g. `stats.audience.Audience`), and the endpoint history
(`SnapshotHistory`, the repository).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import html
import logging
import secrets
import time
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Protocol, runtime_checkable
from urllib.parse import urlsplit

from aiohttp import hdrs, web

from sender.control.context import Context, PublisherInfo
from sender.control.endpoints import EndpointView, list_endpoints
from sender.control.keys import create_key, list_keys, revoke_key
from sender.control.streams import (
    create_stream,
    list_streams,
    start_stream,
    stop_stream,
    stream_status,
)
from sender.domain.endpoints import EndpointSnapshot
from sender.domain.generations import Generation
from sender.domain.keys import StreamKey
from sender.domain.streams import Stream, Visibility
from sender.errors import ApiError
from sender.stats.ratelimit import RateLimiter
from sender.web.player import Assets

log = logging.getLogger(__name__)

COOKIE = "sender_admin"
SESSION_TTL_S = 12 * 3600
REFRESH_S = 5
CHART_POINTS = 180  # at the default 5 s snapshot interval: the last 15 minutes
NOTICE_TTL_S = 600.0
MAX_NOTICE_SESSIONS = 1000
MAX_REVOKED = 10_000

LOGIN = "/admin/login"
HOME = "/admin"


# What the dashboard reads -----------------------------------------------------------


class PublisherView(Protocol):
    @property
    def peer(self) -> str: ...
    @property
    def connected_at(self) -> datetime: ...


class RenditionView(Protocol):
    @property
    def codecs(self) -> str | None: ...
    @property
    def width(self) -> int | None: ...
    @property
    def height(self) -> int | None: ...


class SessionView(Protocol):
    """One generation's live state on this node (media.session.MediaSession)."""

    @property
    def stream(self) -> Stream: ...
    @property
    def generation(self) -> Generation: ...
    @property
    def publisher(self) -> PublisherView | None: ...
    @property
    def renditions(self) -> Mapping[str, RenditionView]: ...
    @property
    def ended(self) -> bool: ...
    def ingest_bps(self) -> float: ...


class LiveSessions(Protocol):
    def all(self) -> Sequence[SessionView]: ...


class StreamFigure(Protocol):
    @property
    def stream_id(self) -> str: ...
    @property
    def viewers(self) -> int: ...
    @property
    def ingest_bps(self) -> float: ...
    @property
    def egress_bps(self) -> float: ...


@runtime_checkable
class StreamFigures(Protocol):
    """Per-stream viewers and bit rates (stats.streams.LiveStats)."""

    def streams(self) -> Sequence[StreamFigure]: ...


@runtime_checkable
class ViewerCounts(Protocol):
    """Active viewers of a stream (stats.audience.Audience)."""

    def viewers(self, stream_id: str) -> int: ...


class SnapshotHistory(Protocol):
    async def history(self, endpoint_id: str, *, limit: int = ...) -> Sequence[EndpointSnapshot]:
        """The newest `limit` snapshots of the endpoint, oldest first."""
        ...


# Sessions, CSRF and notices ---------------------------------------------------------


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


@dataclass(frozen=True, slots=True)
class AdminSession:
    id: str
    expires_at: int


class AdminAuth:
    """Signed, expiring admin sessions and the CSRF tokens bound to them."""

    def __init__(
        self,
        admin_token: str,
        *,
        ttl_s: int = SESSION_TTL_S,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self._token = admin_token.encode()
        self._key = hmac.new(self._token, b"sender admin session v1", hashlib.sha256).digest()
        self.ttl_s = ttl_s
        self._clock = clock
        self._revoked: OrderedDict[str, int] = OrderedDict()

    def token_matches(self, presented: str) -> bool:
        return hmac.compare_digest(presented.encode(), self._token)

    def issue(self) -> tuple[str, AdminSession]:
        session = AdminSession(secrets.token_urlsafe(18), int(self._clock()) + self.ttl_s)
        payload = f"1.{session.id}.{session.expires_at}"
        return f"{payload}.{self._sign(payload)}", session

    def verify(self, value: str | None) -> AdminSession | None:
        if not value or len(value) > 200:
            return None
        payload, _, signature = value.rpartition(".")
        if not hmac.compare_digest(signature.encode(), self._sign(payload).encode()):
            return None
        version, _, rest = payload.partition(".")
        sid, _, expiry = rest.partition(".")
        if version != "1" or not sid or not expiry.isdigit():
            return None
        expires_at = int(expiry)
        if expires_at <= self._clock() or sid in self._revoked:
            return None
        return AdminSession(sid, expires_at)

    def revoke(self, session: AdminSession) -> None:
        now = self._clock()
        for sid, expires_at in list(self._revoked.items()):
            if expires_at <= now:
                del self._revoked[sid]
        while len(self._revoked) >= MAX_REVOKED:
            self._revoked.popitem(last=False)
        self._revoked[session.id] = session.expires_at

    def csrf_token(self, session: AdminSession) -> str:
        return self._sign("csrf." + session.id)

    def csrf_ok(self, session: AdminSession, presented: str) -> bool:
        return hmac.compare_digest(presented.encode(), self.csrf_token(session).encode())

    def _sign(self, payload: str) -> str:
        return _b64(hmac.new(self._key, payload.encode(), hashlib.sha256).digest())


@dataclass(frozen=True, slots=True)
class Notice:
    kind: str  # "ok", "error" or "key"
    text: str
    key: str | None = None  # a new stream key, for its one render
    rtmp_url: str | None = None


class Notices:
    """Messages for a session's next dashboard render, then forgotten (bounded, in memory)."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._pending: OrderedDict[str, tuple[float, list[Notice]]] = OrderedDict()

    def push(self, session: AdminSession, notice: Notice) -> None:
        now = self._clock()
        self._prune(now)
        _, items = self._pending.pop(session.id, (now, []))
        items.append(notice)
        self._pending[session.id] = (now, items[-10:])
        while len(self._pending) > MAX_NOTICE_SESSIONS:
            self._pending.popitem(last=False)

    def pop(self, session: AdminSession) -> list[Notice]:
        self._prune(self._clock())
        return self._pending.pop(session.id, (0.0, []))[1]

    def _prune(self, now: float) -> None:
        while self._pending:
            sid, (at, _) = next(iter(self._pending.items()))
            if now - at < NOTICE_TTL_S:
                break
            del self._pending[sid]


# Figures -----------------------------------------------------------------------------


@dataclass(slots=True)
class Figure:
    viewers: int | None = None
    ingest_bps: float = 0.0
    egress_bps: float | None = None


# Rendering ----------------------------------------------------------------------------


def esc(value: object) -> str:
    return html.escape(str(value), quote=True)


def bitrate(bps: float | None) -> str:
    if bps is None:
        return "—"
    for unit, scale in (("Gb/s", 1e9), ("Mb/s", 1e6), ("kb/s", 1e3)):
        if bps >= scale:
            return f"{bps / scale:.2f} {unit}" if bps < 10 * scale else f"{bps / scale:.1f} {unit}"
    return f"{bps:.0f} b/s"


def ago(then: datetime | None, now: datetime) -> str:
    if then is None:
        return "—"
    seconds = max(0, int((now - then).total_seconds()))
    if seconds < 60:
        return f"{seconds}s ago"
    if seconds < 3600:
        return f"{seconds // 60}m {seconds % 60:02d}s ago"
    if seconds < 86400:
        return f"{seconds // 3600}h {seconds % 3600 // 60:02d}m ago"
    return f"{seconds // 86400}d {seconds % 86400 // 3600}h ago"


def stamp(at: datetime | None) -> str:
    if at is None:
        return ""
    text = at.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S UTC")
    return f'<time datetime="{esc(at.isoformat())}">{esc(text)}</time>'


def badge(state: str) -> str:
    return f'<span class="badge {esc(state)}">{esc(state)}</span>'


def hidden_csrf(csrf: str) -> str:
    return f'<input type="hidden" name="csrf" value="{esc(csrf)}">'


def post_button(action: str, label: str, csrf: str, css: str = "", confirm: str = "") -> str:
    extra = f' data-confirm="{esc(confirm)}"' if confirm else ""
    return (
        f'<form method="post" action="{esc(action)}" class="inline"{extra}>'
        f"{hidden_csrf(csrf)}"
        f'<button type="submit" class="{esc(css)}">{esc(label)}</button></form>'
    )


@dataclass(frozen=True, slots=True)
class StreamRow:
    stream: Stream
    generation: Generation | None
    publisher: PublisherInfo | None
    keys: Sequence[StreamKey]
    figure: Figure

    @property
    def state(self) -> str:
        return str(self.generation.state) if self.generation is not None else "offline"

    @property
    def active(self) -> bool:
        return self.generation is not None and self.generation.active


@dataclass(frozen=True, slots=True)
class EndpointCard:
    view: EndpointView
    history: Sequence[EndpointSnapshot]


@dataclass(slots=True)
class Dashboard:
    node_id: str
    streams: list[StreamRow]
    sessions: list[SessionView]
    endpoints: list[EndpointCard]
    now: datetime
    notices: list[Notice] = field(default_factory=list)


def render_chart(
    label: str,
    series: Sequence[tuple[str, Sequence[float]]],
    times: Sequence[datetime],
    fmt: Callable[[float], str],
) -> str:
    """An inline SVG line chart: one polyline per series on a shared scale."""
    width, height, pad = 320, 96, 4
    peak = max((v for _, values in series for v in values), default=0.0)
    scale = peak if peak > 0 else 1.0
    n = len(times)
    lines = []
    for css, values in series:
        points = " ".join(
            f"{pad + (width - 2 * pad) * i / max(1, n - 1):.1f},"
            f"{height - pad - (height - 2 * pad) * v / scale:.1f}"
            for i, v in enumerate(values)
        )
        lines.append(f'<polyline class="{esc(css)}" points="{points}"/>')
    span = ""
    if n >= 2:
        minutes = (times[-1] - times[0]).total_seconds() / 60
        span = f"last {minutes:.0f} min" if minutes >= 1 else "last minute"
    legend = "".join(
        f'<span class="key {esc(css)}">{esc(css.removeprefix("s-"))}</span>'
        for css, _ in series
        if len(series) > 1
    )
    return (
        '<figure class="chart">'
        f"<figcaption><span>{esc(label)}</span>{legend}"
        f'<span class="peak">peak {esc(fmt(peak))}</span></figcaption>'
        f'<svg viewBox="0 0 {width} {height}" preserveAspectRatio="none" role="img" '
        f'aria-label="{esc(label)}, {esc(span)}, peak {esc(fmt(peak))}">'
        f'<line class="axis" x1="0" y1="{height - pad}" x2="{width}" y2="{height - pad}"/>'
        f"{''.join(lines)}</svg>"
        f'<div class="span">{esc(span)}</div>'
        "</figure>"
    )


def render_history(history: Sequence[EndpointSnapshot]) -> str:
    if len(history) < 2:
        return '<p class="muted">The chart appears once the endpoint has reported twice.</p>'
    times = [s.reported_at for s in history]
    viewers = render_chart(
        "Viewers", [("s-viewers", [float(s.viewers) for s in history])], times, lambda v: f"{v:.0f}"
    )
    rates = render_chart(
        "Bit rate",
        [
            ("s-in", [s.ingress_bps for s in history]),
            ("s-out", [s.egress_bps for s in history]),
        ],
        times,
        bitrate,
    )
    return f'<div class="charts">{viewers}{rates}</div>'


def render_notices(notices: Sequence[Notice]) -> str:
    parts = []
    for n in notices:
        if n.kind == "key" and n.key is not None:
            parts.append(
                '<section class="notice key" role="alert">'
                f"<h2>{esc(n.text)}</h2>"
                "<p>Copy it now: it is shown this once and never again.</p>"
                '<dl class="kv">'
                f"<dt>Server</dt><dd><code>{esc(n.rtmp_url or '')}</code></dd>"
                f'<dt>Stream key</dt><dd><code class="secret">{esc(n.key)}</code></dd>'
                "</dl></section>"
            )
        else:
            css = "error" if n.kind == "error" else "ok"
            role = "alert" if n.kind == "error" else "status"
            parts.append(f'<p class="notice {css}" role="{role}">{esc(n.text)}</p>')
    return "".join(parts)


def render_summary(d: Dashboard) -> str:
    live = sum(1 for r in d.streams if r.state == "live")
    viewer_counts = [r.figure.viewers for r in d.streams if r.figure.viewers is not None]
    viewers = str(sum(viewer_counts)) if viewer_counts else "—"
    ingest = sum(r.figure.ingest_bps for r in d.streams)
    egress_rates = [r.figure.egress_bps for r in d.streams if r.figure.egress_bps is not None]
    egress = bitrate(sum(egress_rates)) if egress_rates else "—"
    tiles = [
        ("Live streams", f"{live} / {len(d.streams)}"),
        ("Viewers", viewers),
        ("Ingest", bitrate(ingest)),
        ("Egress", egress),
    ]
    cells = "".join(
        f'<div class="tile"><span class="label">{esc(k)}</span>'
        f'<span class="value" data-tile="{esc(k.lower())}">{esc(v)}</span></div>'
        for k, v in tiles
    )
    return f'<section class="tiles" id="summary" data-live>{cells}</section>'


def render_keys(row: StreamRow, csrf: str) -> str:
    slug = row.stream.slug
    active = [k for k in row.keys if not k.revoked]
    items = []
    for k in row.keys:
        used = f"used {stamp(k.last_used_at)}" if k.last_used_at else "never used"
        if k.revoked:
            action = f'<span class="muted">revoked {stamp(k.revoked_at)}</span>'
        else:
            action = post_button(
                f"/admin/streams/{slug}/keys/{k.key_id}/revoke",
                "Revoke",
                csrf,
                "danger small",
                confirm=f"Revoke key {k.key_id}? Encoders using it are refused.",
            )
        items.append(
            f'<li><code>{esc(k.key_id)}</code> <span class="muted">created '
            f"{stamp(k.created_at)}, {used}</span> {action}</li>"
        )
    listing = (
        f'<ul class="keys">{"".join(items)}</ul>' if items else '<p class="muted">No keys.</p>'
    )
    return (
        f'<details data-keep="keys-{esc(slug)}"><summary>{len(active)} active</summary>'
        f"{listing}</details>"
    )


def render_streams(d: Dashboard, csrf: str) -> str:
    if not d.streams:
        body = '<p class="empty">No streams yet. Create one below.</p>'
        return f'<section id="streams" data-live><h2>Streams</h2>{body}</section>'
    rows = []
    for r in d.streams:
        s = r.stream
        slug = s.slug
        if r.active:
            toggle = post_button(
                f"/admin/streams/{slug}/stop",
                "Stop",
                csrf,
                "danger",
                confirm=f"Stop {s.title}? Viewers see the broadcast end.",
            )
        else:
            toggle = post_button(f"/admin/streams/{slug}/start", "Start", csrf, "primary")
        new_key = post_button(f"/admin/streams/{slug}/keys", "New key", csrf)
        viewers = "—" if r.figure.viewers is None else str(r.figure.viewers)
        since = ""
        if r.generation is not None:
            when = r.generation.live_at or r.generation.created_at
            if r.generation.ended_at is not None:
                when = r.generation.ended_at
            since = f'<div class="muted small">{esc(ago(when, d.now))}</div>'
        rows.append(
            f'<tr data-slug="{esc(slug)}" data-state="{esc(r.state)}">'
            f'<td data-label="Stream"><div class="title">{esc(s.title)}</div>'
            f'<a class="slug" href="/watch/{esc(slug)}">/watch/{esc(slug)}</a></td>'
            f'<td data-label="Visibility">{esc(s.visibility)}</td>'
            f'<td data-label="State">{badge(r.state)}{since}</td>'
            f'<td data-label="Viewers" class="num" data-field="viewers">{esc(viewers)}</td>'
            f'<td data-label="Ingest" class="num" data-field="ingest">'
            f"{esc(bitrate(r.figure.ingest_bps))}</td>"
            f'<td data-label="Egress" class="num" data-field="egress">'
            f"{esc(bitrate(r.figure.egress_bps))}</td>"
            f'<td data-label="Keys">{render_keys(r, csrf)}</td>'
            f'<td data-label="Actions" class="actions">{toggle}{new_key}</td>'
            "</tr>"
        )
    head = "".join(
        f"<th{' class=num' if h in ('Viewers', 'Ingest', 'Egress') else ''}>{h}</th>"
        for h in ("Stream", "Visibility", "State", "Viewers", "Ingest", "Egress", "Keys", "")
    )
    return (
        '<section id="streams" data-live><h2>Streams</h2>'
        f'<table class="grid"><thead><tr>{head}</tr></thead>'
        f"<tbody>{''.join(rows)}</tbody></table></section>"
    )


def render_create_form(csrf: str) -> str:
    options = "".join(f'<option value="{esc(v)}">{esc(v)}</option>' for v in Visibility)
    return (
        '<section id="create"><h2>New stream</h2>'
        '<form method="post" action="/admin/streams" class="create">'
        f"{hidden_csrf(csrf)}"
        '<label>Slug<input name="slug" required maxlength="64" pattern="[a-z0-9][a-z0-9-]*" '
        'placeholder="my-show" autocomplete="off"></label>'
        '<label>Title<input name="title" required maxlength="200" placeholder="My show"></label>'
        f'<label>Visibility<select name="visibility">{options}</select></label>'
        '<button type="submit" class="primary">Create</button>'
        "</form></section>"
    )


def render_sessions(d: Dashboard, publishers: Mapping[str, PublisherInfo]) -> str:
    live = [s for s in d.sessions if not s.ended]
    if not live:
        body = '<p class="empty">No live sessions on this node.</p>'
        return f'<section id="sessions" data-live><h2>Live sessions</h2>{body}</section>'
    rows = []
    for s in sorted(live, key=lambda s: s.stream.slug):
        pub = s.publisher
        info = publishers.get(s.stream.id)
        if pub is None:
            peer, since = '<span class="muted">no encoder connected</span>', ""
        else:
            peer = f"<code>{esc(pub.peer)}</code>"
            since = f"{stamp(pub.connected_at)}<div class='muted small'>"
            since += f"{esc(ago(pub.connected_at, d.now))}</div>"
        codecs = []
        if info is not None and (info.video_codec or info.audio_codec):
            codecs.append(
                esc(" / ".join(c for c in (info.video_codec, info.audio_codec) if c))
                + " from the encoder"
            )
        for name, r in sorted(s.renditions.items()):
            size = f"{r.width}x{r.height}" if r.width and r.height else "size unknown"
            codecs.append(f"<b>{esc(name)}</b> {esc(size)} <code>{esc(r.codecs or '?')}</code>")
        media = "<br>".join(codecs) or '<span class="muted">waiting for media</span>'
        rows.append(
            f'<tr data-slug="{esc(s.stream.slug)}">'
            f'<td data-label="Stream">{esc(s.stream.title)}'
            f'<div class="muted small"><code>{esc(s.generation.id)}</code></div></td>'
            f'<td data-label="State">{badge(str(s.generation.state))}</td>'
            f'<td data-label="Publisher">{peer}</td>'
            f'<td data-label="Connected since">{since}</td>'
            f'<td data-label="Media">{media}</td>'
            "</tr>"
        )
    head = "".join(
        f"<th>{h}</th>" for h in ("Stream", "State", "Publisher", "Connected since", "Media")
    )
    return (
        '<section id="sessions" data-live><h2>Live sessions</h2>'
        f'<table class="grid"><thead><tr>{head}</tr></thead>'
        f"<tbody>{''.join(rows)}</tbody></table></section>"
    )


def render_endpoints(d: Dashboard) -> str:
    if not d.endpoints:
        body = '<p class="empty">No endpoints registered.</p>'
        return f'<section id="endpoints" data-live><h2>Endpoints</h2>{body}</section>'
    cards = []
    for card in d.endpoints:
        e, snap = card.view.endpoint, card.view.snapshot
        health = str(snap.health) if snap is not None else "unknown"
        if snap is None:
            figures = '<p class="muted">No report yet.</p>'
        else:
            age = "—" if snap.playlist_age_s is None else f"{snap.playlist_age_s:.1f} s"
            figures = (
                '<dl class="kv">'
                f"<dt>Viewers</dt><dd>{snap.viewers}</dd>"
                f"<dt>In</dt><dd>{esc(bitrate(snap.ingress_bps))}</dd>"
                f"<dt>Out</dt><dd>{esc(bitrate(snap.egress_bps))}</dd>"
                f"<dt>Playlist age</dt><dd>{esc(age)}</dd>"
                f"<dt>Reported</dt><dd>{esc(ago(snap.reported_at, d.now))}</dd>"
                "</dl>"
            )
        disabled = "" if e.enabled else ' <span class="badge ended">disabled</span>'
        cards.append(
            f'<article class="card endpoint" data-endpoint="{esc(e.id)}">'
            f"<header><h3>{esc(e.name)}</h3>{badge(health)}{disabled}</header>"
            f'<div class="muted small">{esc(e.kind)} · <code>{esc(e.base_url)}</code></div>'
            f"{figures}{render_history(card.history)}</article>"
        )
    return (
        '<section id="endpoints" data-live><h2>Endpoints</h2>'
        f'<div class="cards">{"".join(cards)}</div></section>'
    )


def page(title: str, body: str, *, assets: Assets, script: bool, refresh: bool) -> str:
    css = f"/static/admin.css?v={esc(assets.version('admin.css'))}"
    js = (
        f'<script src="/static/admin.js?v={esc(assets.version("admin.js"))}" defer></script>\n'
        if script
        else ""
    )
    fallback = (
        f'<noscript><meta http-equiv="refresh" content="{REFRESH_S * 2}"></noscript>\n'
        if refresh
        else ""
    )
    return (
        "<!doctype html>\n"
        '<html lang="en">\n<head>\n'
        '<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{esc(title)} · Sender admin</title>\n"
        '<link rel="icon" href="data:,">\n'
        f'<link rel="stylesheet" href="{css}">\n'
        f"{js}{fallback}"
        "</head>\n"
        f'<body class="admin">\n{body}\n</body>\n</html>\n'
    )


def render_dashboard(
    d: Dashboard, csrf: str, publishers: Mapping[str, PublisherInfo], assets: Assets
) -> str:
    holds_key = any(n.kind == "key" for n in d.notices)
    header = (
        '<header class="top"><div class="brand">Sender <span>admin</span></div>'
        f'<div class="node muted">node <code>{esc(d.node_id)}</code></div>'
        f'<form method="post" action="/admin/logout" class="inline">{hidden_csrf(csrf)}'
        '<button type="submit" class="ghost">Log out</button></form></header>'
    )
    refresh_note = (
        '<p class="muted small refresh">Paused while a new key is on screen. '
        '<a href="/admin">Resume</a></p>'
        if holds_key
        else f'<p class="muted small refresh">Refreshes every {REFRESH_S} s.</p>'
    )
    body = (
        f"{header}\n<main>\n{render_notices(d.notices)}\n{refresh_note}\n"
        f"{render_summary(d)}\n{render_streams(d, csrf)}\n{render_create_form(csrf)}\n"
        f"{render_sessions(d, publishers)}\n{render_endpoints(d)}\n</main>"
    )
    main = body.replace("<main>", f'<main data-refresh="{0 if holds_key else REFRESH_S}">', 1)
    return page("Dashboard", main, assets=assets, script=True, refresh=not holds_key)


def render_login(*, message: str | None, warning: str | None, assets: Assets) -> str:
    alert = f'<p class="notice error" role="alert">{esc(message)}</p>' if message else ""
    warn = f'<p class="notice warn">{esc(warning)}</p>' if warning else ""
    body = (
        '<main class="login"><form method="post" action="/admin/login" class="card">'
        '<div class="brand">Sender <span>admin</span></div>'
        f"{alert}{warn}"
        '<label>Admin token<input type="password" name="token" required autofocus '
        'autocomplete="current-password"></label>'
        '<button type="submit" class="primary">Log in</button>'
        '<p class="muted small">The token is <code>SENDER_ADMIN_TOKEN</code>, or the one the '
        "node keeps in <code>&lt;data dir&gt;/admin-token</code>.</p>"
        "</form></main>"
    )
    return page("Log in", body, assets=assets, script=False, refresh=False)


def render_message(title: str, text: str, assets: Assets) -> str:
    body = (
        f'<main class="login"><div class="card"><div class="brand">Sender <span>admin</span>'
        f"</div><h1>{esc(title)}</h1><p>{esc(text)}</p>"
        '<p><a href="/admin">Back to the dashboard</a></p></div></main>'
    )
    return page(title, body, assets=assets, script=False, refresh=False)


# Routes --------------------------------------------------------------------------------


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


def _origin(url: str) -> str | None:
    parts = urlsplit(url)
    if not parts.scheme or not parts.netloc:
        return None
    return f"{parts.scheme}://{parts.netloc}".lower()


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
    ) -> None:
        self.ctx = ctx
        self.sessions = sessions
        self.viewers = viewers
        self.history: SnapshotHistory = history if history is not None else ctx.repo
        self.assets = assets if assets is not None else Assets()
        self.auth = auth if auth is not None else AdminAuth(admin_token)
        self.notices = Notices()
        # Guessing a 16+ character random token is hopeless anyway; this keeps logs quiet.
        self.login_limiter = login_limiter or RateLimiter(rate_per_s=0.2, burst=10)

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

    def secure(self, request: web.Request) -> bool:
        public = self.ctx.settings.public_url or ""
        forwarded = request.headers.get("X-Forwarded-Proto", "").split(",")[0].strip().lower()
        return request.secure or forwarded == "https" or public.startswith("https://")

    def same_site(self, request: web.Request) -> bool:
        """Does this POST come from one of our own pages? Origin, else Referer; neither: no."""
        claimed = request.headers.get(hdrs.ORIGIN)
        if claimed is None or claimed == "null":
            referer = request.headers.get(hdrs.REFERER)
            claimed = _origin(referer) if referer else None
        else:
            claimed = _origin(claimed)
        if claimed is None:
            return False
        allowed = {_origin(self.ctx.settings.public_url or "")}
        host = request.headers.get(hdrs.HOST, "").lower()
        if host:
            allowed.update({f"http://{host}", f"https://{host}"})
        return claimed in allowed

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
        if not self.login_limiter.allow(request.remote or "unknown"):
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
            log.warning("admin login refused from %s", request.remote)
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
        log.info("admin logged in from %s", request.remote)
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
        figures = self.figures(sessions)
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
                    figure=self._figure_of(stream.id, figures),
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

    def _figure_of(self, stream_id: str, figures: Mapping[str, Figure]) -> Figure:
        figure = figures.get(stream_id)
        if figure is None:
            # No session on this node: nothing in or out; viewers unknown without a source.
            figure = Figure(viewers=None if self.viewers is None else 0, egress_bps=0.0)
        if isinstance(self.viewers, ViewerCounts) and not isinstance(self.viewers, StreamFigures):
            figure.viewers = self.viewers.viewers(stream_id)
        return figure

    def figures(self, sessions: Sequence[SessionView]) -> dict[str, Figure]:
        """Viewers and bit rates per stream id, from the figures given, else from the sessions."""
        source = self.viewers
        if isinstance(source, StreamFigures):
            return {
                f.stream_id: Figure(f.viewers, f.ingest_bps, f.egress_bps) for f in source.streams()
            }
        # Without figures the sessions still tell the ingest rate; egress is not known.
        out: dict[str, Figure] = {}
        for s in sessions:
            figure = out.setdefault(s.stream.id, Figure())
            if not s.ended:
                figure.ingest_bps += s.ingest_bps()
        return out

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
) -> None:
    """Register the `/admin` pages on `app` (the `/static/` assets come from the player routes)."""
    app.add_routes(AdminPages(ctx, sessions, admin_token, viewers).routes())
