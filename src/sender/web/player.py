"""The viewer page: `GET /watch/{slug}`, `GET /embed/{slug}` and the bundled `/static/` assets.

`add_player_routes(app, ctx)` registers the three routes. The page is a small
HTML shell; `static/player.js` (built from `player/` by `scripts/player-build.sh`
and committed, so installing Sender needs no Node.js) reads
`/api/v1/playback/{slug}` and runs the Video.js player, with a quality menu
(`#quality`) when the generation has several variants. The shell names the
stream's title, escaped, only to a viewer who may watch the stream (for a
private one: with its token, `?token=`). Anyone else gets the 404 page of a
stream that does not exist, whether or not a private stream has that slug.

Assets are read once, kept in memory with a gzip copy, and served with an ETag;
the page links them with `?v=<content hash>`, and such a request is immutable.
"""

from __future__ import annotations

import gzip
import hashlib
import html
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Literal
from urllib.parse import urlsplit

from aiohttp import hdrs, web

from sender.control.context import Context
from sender.control.playback import playback
from sender.domain.streams import Visibility
from sender.errors import NotFound

STATIC_DIR = Path(__file__).parent / "static"

_NAME_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,100}$")
# What an endpoint's origin may hold to be written into a CSP source list.
_CSP_SOURCE_RE = re.compile(r"https?://[A-Za-z0-9.\[\]:-]{1,300}")
# A name that carries its own version never changes under that name.
_VERSIONED_RE = re.compile(r"-\d+\.\d+\.\d+[.-]")
_TYPES = {".js": "text/javascript", ".mjs": "text/javascript", ".css": "text/css"}
IMMUTABLE = "public, max-age=31536000, immutable"
REVALIDATE = "public, max-age=60, must-revalidate"

Mode = Literal["watch", "embed"]


@dataclass(frozen=True, slots=True)
class Asset:
    body: bytes
    gzipped: bytes
    content_type: str
    etag: str

    @property
    def version(self) -> str:
        return self.etag.strip('"')


class Assets:
    """The files of `static/`, loaded on first use; only names that exist there are served."""

    def __init__(self, root: Path = STATIC_DIR) -> None:
        self._root = root
        self._assets: dict[str, Asset] | None = None

    def get(self, name: str) -> Asset | None:
        if self._assets is None:
            self._assets = self._load()
        return self._assets.get(name)

    def version(self, name: str) -> str:
        asset = self.get(name)
        return asset.version if asset is not None else "missing"

    def _load(self) -> dict[str, Asset]:
        assets: dict[str, Asset] = {}
        if not self._root.is_dir():
            return assets
        for path in sorted(self._root.iterdir()):
            content_type = _TYPES.get(path.suffix)
            if content_type is None or not path.is_file() or not _NAME_RE.match(path.name):
                continue
            body = path.read_bytes()
            digest = hashlib.sha256(body).hexdigest()[:16]
            assets[path.name] = Asset(
                body=body,
                gzipped=gzip.compress(body, compresslevel=9, mtime=0),
                content_type=content_type,
                etag=f'"{digest}"',
            )
        return assets


def content_security_policy(mode: Mode, media_origin: str | None, *others: str) -> str:
    """The page's CSP: scripts only from this origin; media and XHR also from the HLS origins.

    `others` are the origins of the cluster's other endpoints: playback may send the
    viewer to one, and content steering moves the player between them.
    `style-src 'unsafe-inline'` is needed by the media elements, which put a <style> in
    their shadow roots; no script or markup is ever inline.
    """
    origins = list(dict.fromkeys(x for x in (media_origin, *others) if x))
    media = " ".join(["'self'", *origins, "blob:"])
    connect = " ".join(["'self'", *origins])
    ancestors = "*" if mode == "embed" else "'none'"
    return "; ".join(
        [
            "default-src 'none'",
            "script-src 'self'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            f"media-src {media}",
            f"connect-src {connect}",
            "base-uri 'none'",
            "form-action 'none'",
            f"frame-ancestors {ancestors}",
        ]
    )


def render_page(*, mode: Mode, slug: str, title: str | None, assets: Assets) -> str:
    """The HTML shell. Every value that came from a request or the store is escaped."""
    esc_slug = html.escape(slug, quote=True)
    heading = html.escape(title if title is not None else slug, quote=True)
    page_title = f"{heading} · Sender"
    css = f"/static/player.css?v={assets.version('player.css')}"
    js = f"/static/player.js?v={assets.version('player.js')}"
    # The quality menu stays hidden until the player has more than one variant to offer.
    quality = (
        '<div id="quality" class="quality" hidden>'
        '<label for="quality-select">Quality</label>'
        '<select id="quality-select"></select>'
        "</div>"
    )
    bar = (
        '<header class="bar">'
        f'<h1 id="title">{heading}</h1>'
        f"{quality}"
        '<span id="badge" class="badge" hidden></span>'
        "</header>"
        if mode == "watch"
        else '<span id="badge" class="badge" hidden></span>'
    )
    in_stage = quality if mode == "embed" else ""
    return (
        "<!doctype html>\n"
        '<html lang="en">\n<head>\n'
        '<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="referrer" content="strict-origin-when-cross-origin">\n'
        f"<title>{page_title}</title>\n"
        '<link rel="icon" href="data:,">\n'
        f'<link rel="stylesheet" href="{css}">\n'
        f'<script type="module" src="{js}"></script>\n'
        "</head>\n"
        f'<body class="{mode}">\n'
        f'<main id="sender-player" class="{mode}" data-slug="{esc_slug}" data-state="loading">\n'
        f"{bar}\n"
        '<div id="stage" class="stage">'
        '<div id="notice" class="notice" role="status" aria-live="polite">Loading…</div>'
        f"{in_stage}</div>\n"
        "</main>\n"
        '<noscript><p class="about">The player needs JavaScript.</p></noscript>\n'
        "</body>\n</html>\n"
    )


class PlayerPages:
    def __init__(self, ctx: Context, assets: Assets | None = None) -> None:
        self.ctx = ctx
        self.assets = assets if assets is not None else Assets()

    def routes(self) -> list[web.RouteDef]:
        return [
            web.get("/watch/{slug}", self.watch),
            web.get("/embed/{slug}", self.embed),
            web.get("/static/{name}", self.static),
        ]

    async def watch(self, request: web.Request) -> web.Response:
        return await self._page(request, "watch")

    async def embed(self, request: web.Request) -> web.Response:
        return await self._page(request, "embed")

    async def _page(self, request: web.Request, mode: Mode) -> web.Response:
        slug = request.match_info["slug"]
        title: str | None = None
        status = 200
        cache_control = "no-cache"
        try:
            info = await playback(self.ctx, slug, request.query.get("token"))
        except NotFound:
            # Unknown, deleted, or private without a valid token: one answer for all three.
            status, cache_control = 404, "private, no-store"
        else:
            title = info.stream.title
            if info.stream.visibility is Visibility.PRIVATE:
                cache_control = "private, no-cache"
        body = render_page(mode=mode, slug=slug, title=title, assets=self.assets)
        origin = _origin(self.ctx.settings.http_base_url())
        others = [] if status != 200 else await self._cluster_origins()
        headers = {
            hdrs.CACHE_CONTROL: cache_control,
            "Content-Security-Policy": content_security_policy(mode, origin, *others),
            "X-Content-Type-Options": "nosniff",
            "Referrer-Policy": "strict-origin-when-cross-origin",
        }
        if mode == "watch":
            headers["X-Frame-Options"] = "DENY"
        return web.Response(
            text=body, status=status, content_type="text/html", charset="utf-8", headers=headers
        )

    async def _cluster_origins(self) -> list[str]:
        """Origins of the endpoints a viewer may be sent to (other nodes, repeaters)."""
        found = []
        for endpoint in await self.ctx.repo.list_endpoints():
            origin = _origin(endpoint.base_url) if endpoint.enabled else None
            if origin is not None and _CSP_SOURCE_RE.fullmatch(origin):
                found.append(origin)
        return sorted(set(found))

    async def static(self, request: web.Request) -> web.Response:
        name = request.match_info["name"]
        asset = self.assets.get(name) if _NAME_RE.match(name) else None
        if asset is None:
            return web.Response(
                status=404,
                text="not found\n",
                headers={hdrs.CACHE_CONTROL: "no-store", "X-Content-Type-Options": "nosniff"},
            )
        versioned = request.query.get("v") == asset.version or bool(_VERSIONED_RE.search(name))
        headers = {
            hdrs.CACHE_CONTROL: IMMUTABLE if versioned else REVALIDATE,
            hdrs.ETAG: asset.etag,
            hdrs.VARY: "Accept-Encoding",
            "X-Content-Type-Options": "nosniff",
        }
        if asset.etag in _etags(request.headers.get(hdrs.IF_NONE_MATCH, "")):
            return web.Response(status=304, headers=headers)
        body = asset.body
        if "gzip" in request.headers.get(hdrs.ACCEPT_ENCODING, "").lower():
            body = asset.gzipped
            headers[hdrs.CONTENT_ENCODING] = "gzip"
        return web.Response(body=body, content_type=asset.content_type, headers=headers)


def add_player_routes(app: web.Application, ctx: Context) -> None:
    """Register `/watch/{slug}`, `/embed/{slug}` and `/static/{name}` on `app`."""
    app.add_routes(PlayerPages(ctx).routes())


def _origin(url: str) -> str | None:
    parts = urlsplit(url)
    if not parts.scheme or not parts.netloc:
        return None
    return f"{parts.scheme}://{parts.netloc}"


def _etags(header: str) -> set[str]:
    return {tag.strip().removeprefix("W/") for tag in header.split(",") if tag.strip()}
