"""The dashboard's HTML: pure functions from a `Dashboard` (and a CSRF token) to text.

Every value that came from the store or a request goes through `esc`. No page
has inline script or style, so the Content-Security-Policy can forbid both;
the only script is `/static/admin.js`, which swaps the sections marked
`data-live` on refresh.
"""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime

from sender.control.context import PublisherInfo
from sender.control.endpoints import EndpointView
from sender.domain.endpoints import EndpointSnapshot
from sender.domain.generations import Generation
from sender.domain.keys import StreamKey
from sender.domain.streams import Stream, Visibility
from sender.web.admin.charts import render_chart
from sender.web.admin.figures import Figure
from sender.web.admin.notices import Notice
from sender.web.admin.views import SessionView
from sender.web.player import Assets

REFRESH_S = 5


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
