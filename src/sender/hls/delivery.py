"""HLS delivery: playlists rendered from the packager's index, media from memory or the spool.

Routes (all GET and HEAD, plus OPTIONS for CORS preflight):
    /hls/{stream_id}/{generation_id}/index.m3u8              multivariant playlist
    /hls/{stream_id}/{generation_id}/{rendition}/index.m3u8  media playlist (LL-HLS directives)
    /hls/{stream_id}/{generation_id}/{rendition}/{file}      init-N.mp4, seg-N.m4s, part-N.I.m4s

Delivery reads the live media through the narrow protocol it declares
(hls.source.LiveMedia): an origin's session and an edge's mirror look alike.
Fresh parts and segments come from memory (a segment is the concatenation of
its parts); older segments from the spool with sendfile, and older parts from
their segment's file at the place the index keeps. Every name is matched
against the media name grammar (media.names) and resolved inside the spool
root before anything is opened. Blocking requests (`_HLS_msn`, `_HLS_part`, a
part not yet made) wait on the rendition's change signal, not a sleep loop.
Rendered media playlists are cached per generation and index state (see
RenderCache), so the requests a new part releases share one rendering.

Access: the stream's visibility and latency mode come with the live media
(hls.source.LiveMedia.stream), never from the store, so a busy store does not
hold a request up. A private stream needs a valid playback token (`?token=`) of that
stream on every request, else 403; every response of a private stream,
errors included, is `Cache-Control: private`. Playlists hand `token` and
`vsid` on to every URI inside them. A playlist request is a viewer's sign of
life for the audience (by `vsid`, else by client address and user agent).
Both that sign and the bytes served (from memory or the spool) go to the
DeliveryObserver the node's stats own.
"""

from __future__ import annotations

import asyncio
import math
import re
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from aiohttp import hdrs, web
from aiohttp.abc import AbstractStreamWriter

from sender.domain.ids import is_id
from sender.domain.streams import LatencyMode, Stream, Visibility
from sender.hls import cache
from sender.hls.playlist import (
    Steering,
    Variant,
    render_media_playlist,
    render_multivariant,
    rendition_report,
)
from sender.hls.source import DeliveryObserver, LiveMedia, LiveMediaLookup, TokenCheck
from sender.media.index import PartBytes, RenditionIndex
from sender.media.names import (
    InitName,
    PartName,
    SegmentName,
    is_rendition,
    parse_name,
    segment_name,
)

PLAYLIST_TYPE = "application/vnd.apple.mpegurl"
PRIVATE_MEMORY = 10_000  # stream ids remembered as private, for the 404s of expired media
RENDER_CACHE_ENTRIES = 512  # rendered playlists kept per generation (one per viewer query)
RENDER_CACHE_GENERATIONS = 256  # generations whose renderings are kept
SEGMENT_TYPE = "video/iso.segment"
INIT_TYPE = "video/mp4"

_VSID_RE = re.compile(r"[A-Za-z0-9_-]{8,64}")  # fullmatch: no trailing newline

CORS_HEADERS = {
    "Access-Control-Allow-Origin": "*",
    "Access-Control-Expose-Headers": "Content-Length, Content-Range, Date, Age",
}


class RenderCache:
    """Rendered media playlists, per generation: one rendering per state of its indexes.

    A key is (rendition, low latency, skip, viewer query); an entry holds the
    index versions it was rendered at, so it is reused only while nothing
    changed. Bounded twice: entries per generation (many distinct viewer
    queries start that generation over) and generations (least recently
    used first).
    """

    def __init__(
        self,
        entries: int = RENDER_CACHE_ENTRIES,
        generations: int = RENDER_CACHE_GENERATIONS,
    ) -> None:
        self._entries = entries
        self._generations = generations
        self._by_generation: OrderedDict[
            str, dict[tuple[str, bool, bool, str], tuple[tuple[int, ...], str]]
        ] = OrderedDict()

    def get(
        self, generation_id: str, key: tuple[str, bool, bool, str], versions: tuple[int, ...]
    ) -> str | None:
        rendered = self._by_generation.get(generation_id)
        if rendered is None:
            return None
        self._by_generation.move_to_end(generation_id)
        hit = rendered.get(key)
        return hit[1] if hit is not None and hit[0] == versions else None

    def put(
        self,
        generation_id: str,
        key: tuple[str, bool, bool, str],
        versions: tuple[int, ...],
        text: str,
    ) -> None:
        rendered = self._by_generation.get(generation_id)
        if rendered is None:
            while len(self._by_generation) >= self._generations:
                self._by_generation.popitem(last=False)
            rendered = self._by_generation[generation_id] = {}
        self._by_generation.move_to_end(generation_id)
        if len(rendered) >= self._entries:
            rendered.clear()  # many distinct viewer queries: start over, stay bounded
        rendered[key] = (versions, text)

    def __len__(self) -> int:
        return sum(len(r) for r in self._by_generation.values())


class SpoolFileResponse(web.FileResponse):
    """A spool file; any error status it ends with (missing file) is never cacheable.

    The bytes it sends (whole or a range, not for HEAD) are reported as served.
    """

    def __init__(
        self, *args: object, on_sent: Callable[[int], None] | None = None, **kw: object
    ) -> None:
        super().__init__(*args, **kw)  # type: ignore[arg-type]
        self._on_sent = on_sent

    async def prepare(self, request: web.BaseRequest) -> AbstractStreamWriter | None:
        writer = await super().prepare(request)
        if self._on_sent is not None and request.method != "HEAD" and self.status in (200, 206):
            self._on_sent(self.content_length or 0)
        return writer

    def set_status(self, status: int, reason: str | None = None) -> None:
        super().set_status(status, reason)
        if status >= 400:
            private = self.headers.get(hdrs.CACHE_CONTROL, "").startswith("private")
            self.headers[hdrs.CACHE_CONTROL] = cache.media_not_yet_available(private=private)


@dataclass(frozen=True, slots=True)
class _Target:
    stream: Stream
    media: LiveMedia

    @property
    def private(self) -> bool:
        return self.stream.visibility is Visibility.PRIVATE


class Delivery:
    def __init__(
        self,
        *,
        media: LiveMediaLookup,
        tokens: TokenCheck | None = None,
        observer: DeliveryObserver | None = None,
        render_cache: RenderCache | None = None,
        pathway: str | None = None,
    ) -> None:
        self.media = media
        self._private: set[str] = set()  # streams last seen private (bounded: PRIVATE_MEMORY)
        self.tokens = tokens
        self.observer = observer
        self.rendered = render_cache or RenderCache()
        # This node's content-steering pathway: multivariant playlists name the manifest.
        self.pathway = pathway

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
        media = target.media
        timeout = 3 * _target_duration(media)
        # A player may ask before the backend's first output: wait briefly for the codecs.
        await _wait_until(media, None, lambda: bool(media.variants()) or media.ended, timeout)
        variants = _variants(media)
        if not variants:
            return _missing(private=target.private)
        steering = None
        if self.pathway is not None:
            server = f"/steering/{media.stream_id}/{media.generation_id}.json?base={self.pathway}"
            steering = Steering(server, self.pathway)
        body = render_multivariant(variants, query=_passthrough_query(request), steering=steering)
        self._served(request, media, len(body))
        return self._playlist_response(body, cache.multivariant_playlist(private=target.private))

    async def media_playlist(self, request: web.Request) -> web.StreamResponse:
        target = await self._target(request)
        if isinstance(target, web.Response):
            return target
        self._count_viewer(request, target)
        media = target.media
        rendition = request.match_info["rendition"]
        if not is_rendition(rendition):
            return _missing(private=target.private)
        low_latency = target.stream.latency_mode is LatencyMode.LOW
        directives = (
            _directives(request, target.private) if low_latency else _Directives(None, None, False)
        )
        if isinstance(directives, web.Response):
            return directives
        index = media.index(rendition)
        if index is None or (low_latency and not _announced(index)):
            # No output yet (or, for LL-HLS, no part: PART-TARGET is fixed with the first
            # one): wait for it like any blocking request.
            first_output = 3 * _target_duration(media)
            if not await _wait_until(
                media,
                rendition,
                lambda: (found := media.index(rendition)) is not None
                and (not low_latency or _announced(found)),
                first_output,
            ):
                return _missing(private=target.private)
            index = media.index(rendition)
            assert index is not None
        if directives.msn is not None and not index.ended:
            # 8216bis 6.2.5.2: an ended playlist ignores the directives; one asking too far
            # ahead is refused at once; the rest wait for what they asked for.
            msn, part = directives.msn, directives.part
            refusal = _too_far_ahead(index, msn, part)
            if refusal is not None:
                return _error(400, refusal, target.private)
            ok = await _wait_until(
                media,
                rendition,
                lambda: index.ended or _has_reached(index, msn, part),
                3 * index.target_duration,
            )
            if not ok:
                return _error(503, "the requested part did not appear in time", target.private)
        body = self._render(media, rendition, index, low_latency, directives.skip, request)
        self._served(request, media, len(body))
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
        media = target.media
        rendition = request.match_info["rendition"]
        name = request.match_info["name"]
        named = parse_name(name) if is_rendition(rendition) else None
        path = media.media_path(rendition, name) if named is not None else None
        if named is None or path is None:
            return _missing(private=target.private)
        immutable = cache.media_file(private=target.private)
        data: PartBytes | None
        if isinstance(named, InitName):
            data = media.init_bytes(rendition, name)
            if data is not None:
                return self._bytes(request, media, data, INIT_TYPE, immutable)
            return await self._file(request, media, path, INIT_TYPE, immutable)
        if isinstance(named, PartName):
            msn, part = named.msn, named.index
            index = media.index(rendition)
            if index is None:
                return _missing(private=target.private)
            data = index.part_data(msn, part)
            if data is None and index.is_future(msn, part) and msn <= index.next_part()[0] + 1:
                # Blocking part request (the preload hint): hold until it exists, or until
                # it never can (its segment closed before it: answered at once).
                await _wait_until(
                    media,
                    rendition,
                    lambda: index.part_data(msn, part) is not None
                    or not index.is_future(msn, part),
                    3 * index.target_duration,
                )
                data = index.part_data(msn, part)
                if data is None and index.is_future(msn, part):
                    # Still to come (the encoder stalls): a server error, not a missing file.
                    return _error(503, "the hinted part did not appear in time", target.private)
            if data is None:
                data = await _part_from_segment(media, rendition, index, msn, part)
            if data is None:
                return _missing(private=target.private)
            return self._bytes(request, media, data, SEGMENT_TYPE, immutable)
        assert isinstance(named, SegmentName)
        data = media.segment_bytes(rendition, named.msn)
        if data is not None:
            return self._bytes(request, media, data, SEGMENT_TYPE, immutable)
        return await self._file(request, media, path, SEGMENT_TYPE, immutable)

    # Helpers ----------------------------------------------------------------------
    async def _target(self, request: web.Request) -> _Target | web.Response:
        stream_id = request.match_info["stream_id"]
        generation_id = request.match_info["generation_id"]
        if not (is_id(stream_id) and is_id(generation_id)):
            return _missing(private=False)
        media = self.media.media(generation_id)
        if media is None or media.stream_id != stream_id:
            # Unknown generation (ended and expired, or never was): a stream last seen
            # private keeps `private` on its 404 too.
            return _missing(private=stream_id in self._private)
        stream = media.stream  # never the store: delivery does not wait on it
        if stream.deleted:
            return _missing(private=stream.visibility is Visibility.PRIVATE)
        if stream.visibility is not Visibility.PRIVATE:
            self._private.discard(stream.id)
        else:
            if len(self._private) >= PRIVATE_MEMORY:
                self._private.clear()
            self._private.add(stream.id)
            token = request.query.get("token")
            if self.tokens is None or not self.tokens.verify(token, stream.id):
                return _error(403, "this stream is private: a valid token is needed", True)
        return _Target(stream=stream, media=media)

    def _count_viewer(self, request: web.Request, target: _Target) -> None:
        if self.observer is None:
            return
        vsid = request.query.get("vsid")
        self.observer.viewer(
            target.stream.id,
            target.stream.slug,
            visibility=target.stream.visibility,
            vsid=vsid if vsid is not None and _VSID_RE.fullmatch(vsid) else None,
            peer=request.remote,
            forwarded_for=request.headers.get("X-Forwarded-For"),
            user_agent=request.headers.get(hdrs.USER_AGENT, ""),
        )

    def _served(self, request: web.Request, media: LiveMedia, nbytes: int) -> None:
        if self.observer is not None and request.method != "HEAD":
            self.observer.served(media.stream_id, nbytes)

    def _render(
        self,
        media: LiveMedia,
        rendition: str,
        index: RenditionIndex,
        low_latency: bool,
        skip: bool,
        request: web.Request,
    ) -> str:
        """The media playlist, rendered once per state of the generation's indexes.

        A new part releases every held request at once; they all ask for the
        same text, so the first renders it and the rest reuse it. Every
        rendition's index takes part in the state (rendition reports list them).
        """
        query = _passthrough_query(request)
        names = media.rendition_names()
        indexes = [i for n in names if (i := media.index(n)) is not None]
        versions = tuple(i.version for i in indexes)
        key = (rendition, low_latency, skip, query)
        hit = self.rendered.get(media.generation_id, key, versions)
        if hit is not None:
            return hit
        reports = [
            report
            for other in indexes
            if other.rendition != rendition
            and (report := rendition_report(f"../{other.rendition}/index.m3u8", other)) is not None
        ]
        body = render_media_playlist(
            index, low_latency=low_latency, skip=skip, query=query, rendition_reports=reports
        )
        self.rendered.put(media.generation_id, key, versions, body)
        return body

    @staticmethod
    def _playlist_response(body: str, cache_control: str) -> web.Response:
        return web.Response(
            text=body,
            content_type=PLAYLIST_TYPE,
            charset=None,
            headers={hdrs.CACHE_CONTROL: cache_control, **CORS_HEADERS},
        )

    def _bytes(
        self, request: web.Request, media: LiveMedia, data: PartBytes, content_type: str, cc: str
    ) -> web.Response:
        headers = {hdrs.CACHE_CONTROL: cc, hdrs.ACCEPT_RANGES: "bytes", **CORS_HEADERS}
        try:
            if _zero_suffix(request):
                raise ValueError("a suffix range of no bytes")
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
            self._served(request, media, stop - start)
            return web.Response(
                status=206, body=data[start:stop], content_type=content_type, headers=headers
            )
        self._served(request, media, len(data))
        return web.Response(body=data, content_type=content_type, headers=headers)

    async def _file(
        self, request: web.Request, media: LiveMedia, path: Path, content_type: str, cc: str
    ) -> web.StreamResponse:
        if _zero_suffix(request):
            try:
                size = (await asyncio.to_thread(path.stat)).st_size
            except OSError:
                return _missing(private=cc.startswith("private"))
            return web.Response(
                status=416,
                headers={
                    hdrs.CACHE_CONTROL: cc,
                    hdrs.CONTENT_RANGE: f"bytes */{size}",
                    **CORS_HEADERS,
                },
            )
        observer = self.observer
        stream_id = media.stream_id
        return SpoolFileResponse(
            path,
            headers={hdrs.CACHE_CONTROL: cc, hdrs.CONTENT_TYPE: content_type, **CORS_HEADERS},
            on_sent=(lambda n: observer.served(stream_id, n)) if observer is not None else None,
        )


async def _part_from_segment(
    media: LiveMedia, rendition: str, index: RenditionIndex, msn: int, part: int
) -> PartBytes | None:
    """A part no longer held in memory, from its segment (still in memory, else its file).

    Parts stay fetchable after they leave the playlist (RFC 8216bis 6.2.2) for as
    long as their segment is retained; None when the index knows no place for it.
    """
    span = index.part_span(msn, part)
    if span is None:
        return None
    offset, length = span
    whole = media.segment_bytes(rendition, msn)
    if whole is not None:
        return memoryview(whole)[offset : offset + length]
    path = media.media_path(rendition, segment_name(msn))
    if path is None:
        return None
    try:
        data = await asyncio.to_thread(_read_range, path, offset, length)
    except OSError:
        return None
    return data if len(data) == length else None


def _read_range(path: Path, offset: int, length: int) -> bytes:
    with path.open("rb") as fh:
        fh.seek(offset)
        return fh.read(length)


_ZERO_SUFFIX_RE = re.compile(r"\s*bytes\s*=\s*-0+\s*")


def _zero_suffix(request: web.Request) -> bool:
    """`Range: bytes=-0`: the last zero bytes, unsatisfiable (RFC 9110 14.1.3).

    aiohttp reads it as `bytes=0-` (the whole body), so it is caught first.
    """
    value = request.headers.get(hdrs.RANGE)
    return value is not None and _ZERO_SUFFIX_RE.fullmatch(value) is not None


def _target_duration(media: LiveMedia) -> float:
    return max(1.0, media.segment_target_s)


def _variants(media: LiveMedia) -> list[Variant]:
    variants = []
    for v in media.variants():
        if not v.codecs:
            continue
        variants.append(
            Variant(
                uri=f"{v.name}/index.m3u8",
                bandwidth=v.bandwidth or 2_000_000,
                average_bandwidth=v.average_bandwidth,
                codecs=v.codecs,
                resolution=(v.width, v.height) if v.width and v.height else None,
                frame_rate=v.frame_rate,
                stable_id=v.name,
            )
        )
    # Highest BANDWIDTH first: players start with the first variant listed (8216bis 4.4.6.2
    # leaves the order to the server; Apple's authoring specification lists it first).
    variants.sort(key=lambda v: -v.bandwidth)
    return variants


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
    if not (value.isascii() and value.isdigit()) or len(value) > 12:
        raise ValueError("delivery directives must be non-negative integers")
    return int(value)


def _announced(index: RenditionIndex) -> bool:
    """Has the rendition published a part (so PART-TARGET is fixed), or ended?"""
    return index.ended or index.last_msn_part() is not None


def _too_far_ahead(index: RenditionIndex, msn: int, part: int | None) -> str | None:
    """Why a blocking request asks for more than may come soon (8216bis 6.2.5.2), or None.

    `_HLS_msn` beyond the last complete segment's plus two; `_HLS_part` beyond the
    newest part by the Advance Part Limit (three seconds of parts when PART-TARGET is
    under a second, else three parts).
    """
    last_complete = index.segments[-1].msn if index.segments else index.next_part()[0] - 1
    if msn > last_complete + 2:
        return "_HLS_msn is more than two segments past the last one"
    if part is None:
        return None
    limit = math.ceil(3 / index.part_target) if index.part_target < 1 else 3
    newest = index.last_msn_part()
    newest_msn, newest_part = newest if newest is not None else (index.next_part()[0], -1)
    if msn == newest_msn:
        ahead = part - newest_part
    elif msn > newest_msn:
        ahead = part + 1  # at least: the newest segment may have parts still to come
    else:
        ahead = 0
    if ahead > limit:
        return f"_HLS_part is more than {limit} parts past the newest one"
    return None


def _has_reached(index: RenditionIndex, msn: int, part: int | None) -> bool:
    """Does the playlist contain segment `msn` (or part `part` of it), or something later?"""
    if part is None:
        return bool(index.segments) and index.segments[-1].msn >= msn
    last = index.last_msn_part()
    if last is None:
        return False
    last_msn, last_part = last
    return last_msn > msn or (last_msn == msn and last_part >= part)


async def _wait_until(
    media: LiveMedia, rendition: str | None, ready: Callable[[], bool], timeout: float
) -> bool:
    """Wait on the rendition's changes (None: any) until `ready()`, the media ends or timeout."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not ready():
        remaining = deadline - loop.time()
        if remaining <= 0 or media.ended:
            return ready()
        await media.wait_changed(rendition, remaining)
    return True


def _passthrough_query(request: web.Request) -> str:
    """Viewer parameters that every URI inside a playlist must carry on (token, vsid)."""
    keep = [(k, v) for k, v in request.query.items() if k in ("token", "vsid")]
    return "&".join(f"{k}={v}" for k, v in keep if _SAFE_RE.fullmatch(v))


_SAFE_RE = re.compile(r"[A-Za-z0-9._~-]{1,512}")


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
