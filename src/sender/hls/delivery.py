"""HLS delivery: playlists rendered from the packager's index, media from memory or the spool.

Routes (all GET and HEAD, plus OPTIONS for CORS preflight):
    /hls/{stream_id}/{generation_id}/index.m3u8              multivariant playlist
    /hls/{stream_id}/{generation_id}/{rendition}/index.m3u8  media playlist (LL-HLS directives)
    /hls/{stream_id}/{generation_id}/{rendition}/{file}      init-N.mp4, seg-N.m4s, part-N.I.m4s

Fresh parts and segments come from memory (a segment is the concatenation of
its parts); older ones from the spool with sendfile. Every name is matched
against a strict pattern and resolved inside the spool root before anything is
opened. Blocking requests (`_HLS_msn`, `_HLS_part`, a part not yet made) wait
on the session's change signal, not a sleep loop.

Access: a private stream needs a valid playback token (`?token=`) of that
stream on every request, else 403; every response of a private stream,
errors included, is `Cache-Control: private`. Playlists hand `token` and
`vsid` on to every URI inside them. A playlist request is a viewer's sign of
life for the audience (by `vsid`, else by client address and user agent).
Bytes served, from memory or from the spool, add to the session's egress.
"""

from __future__ import annotations

import asyncio
import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from aiohttp import hdrs, web
from aiohttp.abc import AbstractStreamWriter

from sender.control.tokens import PlaybackTokens
from sender.domain.ids import is_id
from sender.domain.streams import LatencyMode, Stream, Visibility
from sender.hls import cache
from sender.hls.playlist import (
    RenditionReport,
    Variant,
    render_media_playlist,
    render_multivariant,
    rendition_report,
)
from sender.media.packager import RenditionIndex
from sender.media.session import MediaSession
from sender.media.spool import RENDITION_RE, Spool
from sender.stats.audience import Audience, ClientAddresses

PLAYLIST_TYPE = "application/vnd.apple.mpegurl"
RENDER_CACHE_ENTRIES = 512  # rendered playlists kept per generation (one per viewer query)
SEGMENT_TYPE = "video/iso.segment"
INIT_TYPE = "video/mp4"

_SEG_RE = re.compile(r"^seg-(\d{1,12})\.m4s$")
_PART_RE = re.compile(r"^part-(\d{1,12})\.(\d{1,5})\.m4s$")
_INIT_RE = re.compile(r"^init-\d{1,9}\.mp4$")
_VSID_RE = re.compile(r"^[A-Za-z0-9_-]{8,64}$")

CORS_HEADERS = {
    "Access-Control-Allow-Origin": "*",
    "Access-Control-Expose-Headers": "Content-Length, Content-Range, Date, Age",
}


class StreamLookup(Protocol):
    async def get_stream(self, stream_id: str) -> Stream | None: ...


class SessionLookup(Protocol):
    def get(self, generation_id: str) -> MediaSession | None: ...


class StreamCache:
    """Stream rows for delivery, cached briefly: one store read per stream per `ttl_s`."""

    def __init__(self, store: StreamLookup, ttl_s: float = 2.0) -> None:
        self._store = store
        self._ttl_s = ttl_s
        self._entries: dict[str, tuple[float, Stream | None]] = {}
        self._private: dict[str, bool] = {}

    async def get(self, stream_id: str) -> Stream | None:
        now = time.monotonic()
        hit = self._entries.get(stream_id)
        if hit is not None and now - hit[0] < self._ttl_s:
            return hit[1]
        stream = await self._store.get_stream(stream_id)
        if len(self._entries) > 10_000:
            self._entries.clear()
        if len(self._private) > 10_000:
            self._private.clear()
        self._entries[stream_id] = (now, stream)
        if stream is not None:
            self._private[stream_id] = stream.visibility is Visibility.PRIVATE
        return stream

    def last_known_private(self, stream_id: str) -> bool:
        """Was this stream private when last read (however long ago)? False if never read."""
        return self._private.get(stream_id, False)


class SpoolFileResponse(web.FileResponse):
    """A spool file; any error status it ends with (missing file) is never cacheable.

    The bytes it sends (whole or a range, not for HEAD) are added to the session's egress.
    """

    def __init__(self, *args: object, session: MediaSession | None = None, **kw: object) -> None:
        super().__init__(*args, **kw)  # type: ignore[arg-type]
        self._session = session

    async def prepare(self, request: web.BaseRequest) -> AbstractStreamWriter | None:
        writer = await super().prepare(request)
        session = self._session
        if session is not None and request.method != "HEAD" and self.status in (200, 206):
            session.egress_bytes += self.content_length or 0
        return writer

    def set_status(self, status: int, reason: str | None = None) -> None:
        super().set_status(status, reason)
        if status >= 400:
            private = self.headers.get(hdrs.CACHE_CONTROL, "").startswith("private")
            self.headers[hdrs.CACHE_CONTROL] = cache.media_not_yet_available(private=private)


@dataclass(frozen=True, slots=True)
class _Target:
    stream: Stream
    session: MediaSession

    @property
    def private(self) -> bool:
        return self.stream.visibility is Visibility.PRIVATE


class Delivery:
    def __init__(
        self,
        *,
        sessions: SessionLookup,
        streams: StreamCache,
        spool: Spool,
        tokens: PlaybackTokens | None = None,
        audience: Audience | None = None,
        addresses: ClientAddresses | None = None,
    ) -> None:
        self.sessions = sessions
        self.streams = streams
        self.spool = spool
        self.tokens = tokens
        self.audience = audience
        self.addresses = addresses or ClientAddresses()

    def routes(self) -> list[web.AbstractRouteDef]:
        return [
            web.get("/hls/{stream_id}/{generation_id}/index.m3u8", self.multivariant),
            web.get("/hls/{stream_id}/{generation_id}/{rendition}/index.m3u8", self.media_playlist),
            web.get("/hls/{stream_id}/{generation_id}/{rendition}/{name}", self.media_file),
            web.options("/hls/{tail:.*}", self.preflight),
            web.get("/hls/{tail:.*}", self.not_found),
        ]

    # Handlers ---------------------------------------------------------------------
    async def preflight(self, request: web.Request) -> web.Response:
        return web.Response(
            status=204,
            headers={
                **CORS_HEADERS,
                "Access-Control-Allow-Methods": "GET, HEAD, OPTIONS",
                "Access-Control-Allow-Headers": "Range, If-None-Match, If-Modified-Since",
                "Access-Control-Max-Age": "86400",
            },
        )

    async def not_found(self, request: web.Request) -> web.Response:
        return _missing(private=False)

    async def multivariant(self, request: web.Request) -> web.StreamResponse:
        target = await self._target(request)
        if isinstance(target, web.Response):
            return target
        self._count_viewer(request, target)
        session = target.session
        timeout = 3 * self._target_duration(session)
        # A player may ask before ffmpeg's first output: wait briefly for the codecs.
        while not self._variants_ready(session) and not session.ended:
            if not await session.wait_changed(timeout):
                break
        variants = self._variants(session)
        if not variants:
            return _missing(private=target.private)
        body = render_multivariant(variants, query=_passthrough_query(request))
        _add_egress(request, session, len(body))
        return self._playlist_response(body, cache.multivariant_playlist(private=target.private))

    async def media_playlist(self, request: web.Request) -> web.StreamResponse:
        target = await self._target(request)
        if isinstance(target, web.Response):
            return target
        self._count_viewer(request, target)
        session = target.session
        rendition = request.match_info["rendition"]
        if not RENDITION_RE.match(rendition):
            return _missing(private=target.private)
        low_latency = target.stream.latency_mode is LatencyMode.LOW
        directives = (
            _directives(request, target.private) if low_latency else _Directives(None, None, False)
        )
        if isinstance(directives, web.Response):
            return directives
        index = session.index(rendition)
        if index is None:
            # No output yet for this rendition: wait for it like any blocking request.
            first_output = 3 * self._target_duration(session)
            if not await _wait_until(
                session, lambda: session.index(rendition) is not None, first_output
            ):
                return _missing(private=target.private)
            index = session.index(rendition)
            assert index is not None
        if directives.msn is not None:
            last_msn = _last_msn(index)
            if directives.msn > last_msn + 2:
                return _error(400, "_HLS_msn is more than two segments ahead", target.private)
            msn, part = directives.msn, directives.part
            ok = await _wait_until(
                session,
                lambda: index.ended or _has_reached(index, msn, part),
                3 * index.target_duration,
            )
            if not ok:
                return _error(503, "the requested part did not appear in time", target.private)
        body = self._render(session, rendition, index, low_latency, directives.skip, request)
        _add_egress(request, session, len(body))
        return self._playlist_response(
            body,
            cache.media_playlist(
                index.target_duration,
                blocking=directives.msn is not None or directives.skip,
                private=target.private,
                low_latency=low_latency,
                ended=index.ended,
            ),
        )

    async def media_file(self, request: web.Request) -> web.StreamResponse:
        target = await self._target(request)
        if isinstance(target, web.Response):
            return target
        session = target.session
        rendition = request.match_info["rendition"]
        name = request.match_info["name"]
        path = self.spool.media_path(target.stream.id, session.generation.id, rendition, name)
        if path is None:
            return _missing(private=target.private)
        immutable = cache.media_file(private=target.private)
        index = session.index(rendition)
        if _INIT_RE.match(name):
            data = session.init_data(rendition, name)
            if data is not None:
                return self._bytes(request, session, data, INIT_TYPE, immutable)
            return self._file(session, path, INIT_TYPE, immutable)
        if (m := _PART_RE.match(name)) is not None:
            msn, part = int(m.group(1)), int(m.group(2))
            if index is None:
                return _missing(private=target.private)
            data = index.part_data(msn, part)
            if data is None and index.is_future(msn, part) and msn <= index.next_part()[0] + 1:
                # Blocking part request (the preload hint): hold until it exists.
                await _wait_until(
                    session,
                    lambda: index.ended or index.part_data(msn, part) is not None,
                    3 * index.target_duration,
                )
                data = index.part_data(msn, part)
            if data is None:
                return _missing(private=target.private)
            return self._bytes(request, session, data, SEGMENT_TYPE, immutable)
        if (m := _SEG_RE.match(name)) is not None:
            data = session.segment_data(rendition, int(m.group(1)))
            if data is not None:
                return self._bytes(request, session, data, SEGMENT_TYPE, immutable)
            return self._file(session, path, SEGMENT_TYPE, immutable)
        return _missing(private=target.private)

    # Helpers ----------------------------------------------------------------------
    async def _target(self, request: web.Request) -> _Target | web.Response:
        stream_id = request.match_info["stream_id"]
        generation_id = request.match_info["generation_id"]
        if not (is_id(stream_id) and is_id(generation_id)):
            return _missing(private=False)
        session = self.sessions.get(generation_id)
        if session is None or session.stream.id != stream_id:
            # Unknown generation (ended and expired, or never was): no store read for it, but
            # a stream last seen private keeps `private` on its 404 too.
            return _missing(private=self.streams.last_known_private(stream_id))
        stream = await self.streams.get(stream_id)
        if stream is None:
            return _missing(private=self.streams.last_known_private(stream_id))
        if stream.visibility is Visibility.PRIVATE:
            token = request.query.get("token")
            if self.tokens is None or not self.tokens.verify(token, stream.id):
                return _error(403, "this stream is private: a valid token is needed", True)
        return _Target(stream=stream, session=session)

    def _count_viewer(self, request: web.Request, target: _Target) -> None:
        audience = self.audience
        if audience is None:
            return
        stream = target.stream
        vsid = request.query.get("vsid")
        if vsid is not None and _VSID_RE.match(vsid):
            audience.sign_vsid(stream.id, vsid, stream.slug)
            return
        address = self.addresses.client(request.remote, request.headers.get("X-Forwarded-For"))
        if self.addresses.countable(address):
            assert address is not None
            user_agent = request.headers.get(hdrs.USER_AGENT, "")
            audience.sign_client(stream.id, address, user_agent, stream.slug)

    @staticmethod
    def _target_duration(session: MediaSession) -> float:
        return max(1.0, session.settings.segment_target_s)

    @staticmethod
    def _variants_ready(session: MediaSession) -> bool:
        return any(state.codecs for state in session.renditions.values())

    @staticmethod
    def _variants(session: MediaSession) -> list[Variant]:
        variants = []
        for name, state in sorted(session.renditions.items()):
            if not state.codecs:
                continue
            bandwidth = int(state.peak_bps) or 2_000_000
            variants.append(
                Variant(
                    uri=f"{name}/index.m3u8",
                    bandwidth=bandwidth,
                    average_bandwidth=None,
                    codecs=state.codecs,
                    resolution=(state.width, state.height)
                    if state.width and state.height
                    else None,
                    frame_rate=None,
                )
            )
        return variants

    def _render(
        self,
        session: MediaSession,
        rendition: str,
        index: RenditionIndex,
        low_latency: bool,
        skip: bool,
        request: web.Request,
    ) -> str:
        """The media playlist, rendered once per state of the session's indexes.

        A new part releases every held request at once; they all ask for the
        same text, so the first renders it and the rest reuse it.
        """
        query = _passthrough_query(request)
        versions = tuple(s.packager.index.version for s in session.renditions.values())
        key = (rendition, low_latency, skip, query)
        hit = session.rendered.get(key)
        if hit is not None and hit[0] == versions:
            return hit[1]
        body = render_media_playlist(
            index,
            low_latency=low_latency,
            skip=skip,
            query=query,
            rendition_reports=self._reports(session, rendition),
        )
        if len(session.rendered) >= RENDER_CACHE_ENTRIES:
            session.rendered.clear()  # many distinct viewer queries: start over, stay bounded
        session.rendered[key] = (versions, body)
        return body

    @staticmethod
    def _reports(session: MediaSession, rendition: str) -> list[RenditionReport]:
        reports = []
        for name, state in sorted(session.renditions.items()):
            if name != rendition:
                report = rendition_report(f"../{name}/index.m3u8", state.packager.index)
                if report is not None:
                    reports.append(report)
        return reports

    @staticmethod
    def _playlist_response(body: str, cache_control: str) -> web.Response:
        return web.Response(
            text=body,
            content_type=PLAYLIST_TYPE,
            charset=None,
            headers={hdrs.CACHE_CONTROL: cache_control, **CORS_HEADERS},
        )

    @staticmethod
    def _bytes(
        request: web.Request, session: MediaSession, data: bytes, content_type: str, cc: str
    ) -> web.Response:
        headers = {hdrs.CACHE_CONTROL: cc, hdrs.ACCEPT_RANGES: "bytes", **CORS_HEADERS}
        try:
            rng = request.http_range
        except ValueError:
            return web.Response(
                status=416, headers={**headers, "Content-Range": f"bytes */{len(data)}"}
            )
        if rng.start is not None or rng.stop is not None:
            start, stop, _ = rng.indices(len(data))
            if start >= stop:
                return web.Response(
                    status=416, headers={**headers, "Content-Range": f"bytes */{len(data)}"}
                )
            headers["Content-Range"] = f"bytes {start}-{stop - 1}/{len(data)}"
            _add_egress(request, session, stop - start)
            return web.Response(
                status=206, body=data[start:stop], content_type=content_type, headers=headers
            )
        _add_egress(request, session, len(data))
        return web.Response(body=data, content_type=content_type, headers=headers)

    @staticmethod
    def _file(
        session: MediaSession, path: object, content_type: str, cc: str
    ) -> web.StreamResponse:
        response = SpoolFileResponse(
            path,
            headers={hdrs.CACHE_CONTROL: cc, hdrs.CONTENT_TYPE: content_type, **CORS_HEADERS},
            session=session,
        )
        return response


@dataclass(frozen=True, slots=True)
class _Directives:
    msn: int | None
    part: int | None
    skip: bool


def _directives(request: web.Request, private: bool) -> _Directives | web.Response:
    q = request.query
    try:
        msn = _nonneg(q.get("_HLS_msn"))
        part = _nonneg(q.get("_HLS_part"))
    except ValueError as exc:
        return _error(400, str(exc), private)
    if part is not None and msn is None:
        return _error(400, "_HLS_part needs _HLS_msn", private)
    skip_value = q.get("_HLS_skip")
    if skip_value not in (None, "YES", "v2"):
        return _error(400, "_HLS_skip must be YES or v2", private)
    return _Directives(msn, part, skip_value is not None)


def _nonneg(value: str | None) -> int | None:
    if value is None:
        return None
    if not value.isdigit() or len(value) > 12:
        raise ValueError("delivery directives must be non-negative integers")
    return int(value)


def _last_msn(index: RenditionIndex) -> int:
    """The newest segment's msn (complete or in progress); -1 before the first part."""
    last = index.last_msn_part()
    return last[0] if last is not None else index.next_part()[0] - 1


def _has_reached(index: RenditionIndex, msn: int, part: int | None) -> bool:
    """Does the playlist contain segment `msn` (or part `part` of it), or something later?"""
    if part is None:
        return bool(index.segments) and index.segments[-1].msn >= msn
    last = index.last_msn_part()
    if last is None:
        return False
    last_msn, last_part = last
    return last_msn > msn or (last_msn == msn and last_part >= part)


async def _wait_until(session: MediaSession, ready: Callable[[], bool], timeout: float) -> bool:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not ready():
        remaining = deadline - loop.time()
        if remaining <= 0 or (session.ended and not ready()):
            return ready()
        await session.wait_changed(remaining)
    return True


def _add_egress(request: web.Request, session: MediaSession, nbytes: int) -> None:
    if request.method != "HEAD":
        session.egress_bytes += nbytes


def _passthrough_query(request: web.Request) -> str:
    """Viewer parameters that every URI inside a playlist must carry on (token, vsid)."""
    keep = [(k, v) for k, v in request.query.items() if k in ("token", "vsid")]
    return "&".join(f"{k}={v}" for k, v in keep if _SAFE_RE.match(v))


_SAFE_RE = re.compile(r"^[A-Za-z0-9._~-]{1,512}$")


_ERROR_CODES = {400: "bad_request", 403: "forbidden", 404: "not_found", 503: "unavailable"}


def _missing(*, private: bool) -> web.Response:
    return _error(404, "no such playlist or media", private)


def _error(status: int, message: str, private: bool) -> web.Response:
    """Errors under /hls are never cached: a later request may well succeed."""
    return web.json_response(
        {"error": {"code": _ERROR_CODES.get(status, "error"), "message": message}},
        status=status,
        headers={
            hdrs.CACHE_CONTROL: cache.media_not_yet_available(private=private),
            **CORS_HEADERS,
        },
    )
