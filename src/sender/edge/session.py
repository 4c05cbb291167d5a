"""EdgeSession: one generation mirrored from upstream sources; a LiveMedia like the origin's.

The thin adapter around the pure parts. For each rendition a task follows
the upstream's media playlist: with blocking requests (`_HLS_msn`,
`_HLS_part`, the part the upstream makes next) and the preload hint fetched
at once when the upstream is LL-HLS, by polling every quarter target
duration when it is not. What the rendition's RenditionMirror asks for is
fetched (the node's UpstreamClient coalesces identical requests) and handed
back to it; it fills the rendition's index, which delivery reads through
the LiveMedia protocol, and every change wakes the viewers' held requests.
Files go to this node's spool through the generation's SpoolWriter; init
segments and the newest segments stay in memory as on the origin.

Which renditions: every one of the source's layout (edge.layout): the
variants of its multivariant playlist, or, for an external origin, the
renditions recorded for the generation with their playlist URLs, which the
session reads from the shared state before it starts, at every reconcile pass
and every RECORDED_POLL_S; a rendition the layout gains is followed at once,
one it loses (a muxer that recorded its renditions after the edge began with
its single playlist) ends where it stands. The multivariant lists them by
BANDWIDTH, recorded figures first, measured ones where none was recorded.

Which source: the Failover machine decides from what the tasks observe
(answers, progress, failures), from the sources' health that the cluster
reconciler passes in (`follow`), and from probes a watcher task makes when
the source is late or the preferred one may be back. A switch cancels what
was in flight to the old source and asks the new one for the same next
part, so the playlists go on with no gap and no repeat.

The session ends (`finish`) when the store says the generation ended: the
upstream's own EXT-X-ENDLIST is waited for briefly, then the playlists end
where they stand.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import logging
import time
from collections.abc import Awaitable, Callable, Coroutine, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urljoin

from sender.domain.generations import Generation, GenerationState
from sender.domain.ids import utcnow
from sender.domain.renditions import Rendition
from sender.domain.streams import Stream
from sender.domain.topology import Upstream
from sender.edge.client import UpstreamClient
from sender.edge.failover import Decision, Failover, Failure, Probe, Switch
from sender.edge.layout import multivariant_layout, recorded_layout, usable
from sender.edge.mirror import (
    Expired,
    InitStored,
    MirrorEvent,
    Position,
    RenditionMirror,
    SegmentStored,
    Want,
    newest_position,
)
from sender.errors import Fmp4Error, PlaylistError, UpstreamError
from sender.hls import parser
from sender.live.change import Changes
from sender.media.fmp4 import Fmp4Reader, InitSegment
from sender.media.held import HeldSegments
from sender.media.index import RenditionIndex
from sender.media.meter import RateMeter
from sender.media.profile import PackagingProfile
from sender.media.spool import Spool, SpoolWriter

log = logging.getLogger(__name__)

ENDLIST_GRACE_S = 1.0  # after the store says ended: how long the upstream's ENDLIST is awaited
RETRY_S = 0.25  # pause before asking a source again after a failure (no busy loop)
NOT_YET_S = 0.5  # pause while the generation has no media upstream yet
VARIANTS_REFRESH_S = 10.0  # the multivariant playlist is read again this often (bit rates)
# In the first seconds, every second: an origin lists a rendition once it has media, and a
# ladder's rungs may come a moment after the copy (a new variant is followed at once).
EARLY_REFRESH_S = 1.0
EARLY_S = 10.0
LATE_PARTS = 3  # LL-HLS: late by three part targets after the next part was due
LATE_TARGET_DURATIONS = 1.5  # standard HLS: late by 1.5 target durations
# The renditions recorded for the generation are read again this often (and at each
# reconcile pass): an external muxer may record them a moment after it started.
RECORDED_POLL_S = 1.0
# The multivariant playlist lists every rendition of the layout once all have media, or,
# if one is slow to come, those that have it this many target durations after the first
# (delivery holds a multivariant request for three): a player reads it once.
ALL_VARIANTS_WAIT_TARGETS = 2.0

# The renditions recorded for a generation, by its id (Repository.list_renditions).
RecordedRenditions = Callable[[str], Awaitable[Sequence[Rendition]]]


@dataclass(frozen=True, slots=True)
class EdgeOptions:
    profile: PackagingProfile
    fetch_timeout_s: float = 5.0
    errors_before_failover: int = 3
    failback_after_s: float = 10.0


class EdgeRendition:
    """One mirrored rendition: the mirror, the bytes kept in memory, how it describes itself."""

    def __init__(self, name: str, mirror: RenditionMirror, directory: Path) -> None:
        self.name = name
        self.mirror = mirror
        self.directory = directory
        self.held = HeldSegments(lambda: self.mirror.index)  # as on the origin
        self.codecs: str | None = None
        self.width: int | None = None
        self.height: int | None = None
        self.frame_rate: float | None = None
        self.bandwidth: int | None = None
        self.average_bandwidth: int | None = None
        self.segments_total = 0
        self.seen: Position | None = None  # the newest position the upstream has shown
        self.recorded: Rendition | None = None  # what the shared state says of it
        self.ready_at: float | None = None  # when its first playlist came

    @property
    def index(self) -> RenditionIndex:
        index = self.mirror.index
        assert index is not None, "listed only once its first playlist came"
        return index

    def describe(self, attrs: parser.StreamInf) -> None:
        variant = attrs.variant
        self.codecs = variant.codecs or self.codecs
        self.bandwidth = variant.bandwidth
        self.average_bandwidth = variant.average_bandwidth
        if variant.resolution is not None:
            self.width, self.height = variant.resolution
        self.frame_rate = variant.frame_rate or self.frame_rate

    def describe_recorded(self, rendition: Rendition) -> None:
        """What was recorded for it (an external muxer's own figures): they are what is listed."""
        self.recorded = rendition
        self.codecs = rendition.codecs or self.codecs
        if rendition.width and rendition.height:
            self.width, self.height = rendition.width, rendition.height
        self.frame_rate = rendition.frame_rate or self.frame_rate
        self.bandwidth = rendition.bandwidth or self.bandwidth
        self.average_bandwidth = rendition.average_bandwidth or self.average_bandwidth

    def measured(self, peak: int) -> None:
        """A segment's bit rate: BANDWIDTH is the highest seen, unless one was recorded."""
        if self.recorded is None or not self.recorded.bandwidth:
            self.bandwidth = max(self.bandwidth or 0, peak)

    def describe_init(self, data: bytes) -> None:
        """Codecs and size from an init segment (an upstream without a multivariant playlist)."""
        try:
            items = Fmp4Reader().feed(data)
        except Fmp4Error:
            return
        init = next((i for i in items if isinstance(i, InitSegment)), None)
        if init is None:
            return
        if self.codecs is None:
            self.codecs = ",".join(t.codec for t in init.tracks if t.codec) or None
        if init.video is not None and self.width is None:
            self.width, self.height = init.video.width, init.video.height


class EdgeSession:
    role = "edge"
    publisher = None

    @property
    def spool_failing(self) -> bool:
        """The spool refused this mirror's latest file operation (and none succeeded since)."""
        return self._writer.failing

    def __init__(
        self,
        stream: Stream,
        generation: Generation,
        route: Sequence[Upstream],
        *,
        client: UpstreamClient,
        spool: Spool,
        options: EdgeOptions,
        token: Callable[[Stream], str | None] = lambda _: None,
        recorded: RecordedRenditions | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.stream = stream
        self.generation = generation
        self._client = client
        self._spool = spool
        self._options = options
        self._token = token
        self._clock = clock
        self._route: dict[str, Upstream] = {u.endpoint_id: u for u in route}
        profile = options.profile
        self._failover = Failover(
            [(u.endpoint_id, u.health) for u in route],
            now=clock(),
            late_after_s=(1 + LATE_PARTS) * profile.part_target_s,
            errors_before=options.errors_before_failover,
            failback_after_s=options.failback_after_s,
        )
        self._renditions: dict[str, EdgeRendition] = {}
        self._layouts: dict[str, dict[str, str]] = {}  # source -> rendition -> playlist URL
        self._lookup = recorded
        self._recorded: dict[str, Rendition] = {}  # the usable ones (edge.layout), by name
        self._recorded_wake = asyncio.Event()
        self._followers: dict[str, asyncio.Task[None]] = {}  # rendition -> its follow task
        self._dropped: set[str] = set()  # no longer in the layout: ended where they stood
        self._expected: tuple[str, ...] = ()  # the renditions of the layout followed now
        self._writer = SpoolWriter(generation.id)
        self._changes = Changes()
        self._ingest = RateMeter(10.0)
        self._tasks: set[asyncio.Task[None]] = set()
        self._requests: dict[str, asyncio.Task[bytes]] = {}  # rendition -> playlist request
        self._fetches: dict[asyncio.Task[None], str] = {}  # fetch -> source asked
        self._probing = False
        self._failback: str | None = None  # switch to it at the next segment boundary
        self._started = False
        self._finished = False
        self._stopping = False

    # LiveMedia (hls.source) and the runtime's view --------------------------------------
    @property
    def generation_id(self) -> str:
        return self.generation.id

    @property
    def stream_id(self) -> str:
        return self.stream.id

    @property
    def ended(self) -> bool:
        if self._finished:
            return True
        ready = [
            r
            for n, r in self._renditions.items()
            if r.mirror.index is not None and n not in self._dropped
        ]
        return bool(ready) and all(r.index.ended for r in ready)

    @property
    def segment_target_s(self) -> float:
        for r in self._renditions.values():
            if r.mirror.index is not None:
                return float(r.mirror.index.target_duration)
        return self._options.profile.segment_target_s

    @property
    def renditions(self) -> Mapping[str, EdgeRendition]:
        return {n: r for n, r in self._renditions.items() if r.mirror.index is not None}

    @property
    def source(self) -> str | None:
        """The name of the source followed now."""
        current = self._failover.current
        return self._route[current].name if current in self._route else None

    @property
    def switches(self) -> int:
        return self._failover.switches

    def rendition_names(self) -> Sequence[str]:
        return sorted(self.renditions)

    def index(self, rendition: str) -> RenditionIndex | None:
        r = self._renditions.get(rendition)
        return r.mirror.index if r is not None else None

    def variants(self) -> Sequence[EdgeRendition]:
        """The renditions a multivariant lists, highest BANDWIDTH first (then by name).

        None until every rendition of the layout is ready, or until the slow ones
        have had ALL_VARIANTS_WAIT_TARGETS target durations after the first.
        """
        ready = [r for n, r in self.renditions.items() if r.codecs and n not in self._dropped]
        ready = [r for r in ready if r.name in self._expected] or ready
        missing = set(self._expected) - {r.name for r in ready}
        if missing and ready and not self.ended:
            first = min((r.ready_at for r in ready if r.ready_at is not None), default=0.0)
            if self._clock() - first < ALL_VARIANTS_WAIT_TARGETS * self.segment_target_s:
                return []
        return sorted(ready, key=lambda r: (-(r.bandwidth or 0), r.name))

    def init_bytes(self, rendition: str, name: str) -> bytes | None:
        r = self._renditions.get(rendition)
        return r.mirror.init_bytes(name) if r is not None else None

    def segment_bytes(self, rendition: str, msn: int) -> bytes | None:
        r = self._renditions.get(rendition)
        return r.held.get(msn) if r is not None else None

    def media_path(self, rendition: str, name: str) -> Path | None:
        return self._spool.media_path(self.stream.id, self.generation.id, rendition, name)

    async def wait_changed(self, rendition: str | None, timeout: float) -> bool:
        return await self._changes.wait(rendition, timeout)

    def ingest_bps(self) -> float:
        return self._ingest.bits_per_second()

    # Driven by the runtime -----------------------------------------------------------
    def follow(self, route: Sequence[Upstream]) -> None:
        """Pull from `route` (failover order, health); starts following on the first call."""
        self._route.update({u.endpoint_id: u for u in route})
        decision = self._failover.route([(u.endpoint_id, u.health) for u in route], self._clock())
        self._decide(decision)
        self._recorded_wake.set()  # a reconcile pass: what was recorded may have changed
        if not self._started and not self._finished:
            self._started = True
            self._spawn(self._run(), "edge")

    async def finish(self) -> None:
        """The generation ended: the upstream's ENDLIST briefly, then end where it stands."""
        if self._finished:
            return
        loop = asyncio.get_running_loop()
        deadline = loop.time() + ENDLIST_GRACE_S
        while not self.ended and loop.time() < deadline:
            await self._changes.wait(None, deadline - loop.time())
        await self._stop()
        now = utcnow()
        for r in self._renditions.values():
            self._store(r, r.mirror.finish(now))  # everyone is woken below
        self._finished = True
        self._notify()
        await self._writer.flush()

    async def suspend(self) -> None:
        await self._stop()
        await self._writer.flush()

    async def close(self) -> None:
        await self._stop()
        await self._writer.close()

    # Following ------------------------------------------------------------------------
    async def _run(self) -> None:
        if self._lookup is not None:
            await self._read_recorded()  # before the first layout: the recorded names rule
            self._spawn(self._watch_recorded(), "edge-recorded")
        names = await self._discover()
        if names is None:
            return
        self._adopt(names)
        self._spawn(self._watch(), "edge-watch")
        began = self._clock()
        while not self._stopping and not self.ended:
            early = self._clock() - began < EARLY_S
            await asyncio.sleep(EARLY_REFRESH_S if early else VARIANTS_REFRESH_S)
            source = self._failover.current
            if source is not None:
                with contextlib.suppress(UpstreamError, PlaylistError):
                    await self._layout(source, refresh=True)

    async def _discover(self) -> list[str] | None:
        """The renditions, from the first source that answers with the generation's playlist."""
        while not self._stopping:
            source = self._failover.current
            if source is None:
                await asyncio.sleep(RETRY_S)
                continue
            try:
                layout = await self._layout(source)
            except (UpstreamError, PlaylistError) as exc:
                self._failed(source, exc)
                if self._failover.current == source:
                    await asyncio.sleep(NOT_YET_S)  # no media there yet, or a source that errs
                continue
            return list(layout)
        return None

    async def _layout(self, source: str, *, refresh: bool = False) -> dict[str, str]:
        """Where each rendition's media playlist is at `source` (edge.layout says how)."""
        known = self._layouts.get(source)
        if known is not None and not refresh:
            return known
        upstream = self._route[source]
        layout: dict[str, str] = {}
        if not upstream.sender_names and self._recorded:
            layout = recorded_layout(self._recorded.values(), upstream.base_url)
            for name, rendition in self._recorded.items():
                self._rendition(name).describe_recorded(rendition)
        else:
            url = self._with_token(upstream.url)
            body = await self._client.get(
                url, timeout=self._options.fetch_timeout_s, verify_tls=upstream.tls_verify
            )
            self._ingest.add(len(body))
            playlist = parser.parse_playlist(body)
            if isinstance(playlist, parser.MultivariantPlaylist):
                for name, (address, stream_inf) in multivariant_layout(
                    playlist, upstream.url
                ).items():
                    layout[name] = address
                    self._rendition(name).describe(stream_inf)
            else:
                layout["source"] = upstream.url
                self._rendition("source")
        if not layout:
            raise PlaylistError("a multivariant playlist without variants")
        self._layouts[source] = layout
        if self._followers and source == self._failover.current:
            self._adopt(list(layout))  # a variant the source lists now, or recorded now
        return layout

    def _adopt(self, names: Sequence[str]) -> None:
        """Follow the layout's renditions that are not followed yet."""
        self._expected = tuple(n for n in names if n not in self._dropped)
        for name in self._expected:
            if name not in self._followers:
                task = self._spawn(self._follow(name), f"edge:{name}")
                self._followers[name] = task

    # What the shared state records ------------------------------------------------------
    async def _watch_recorded(self) -> None:
        while not self._stopping and not self.ended:
            with contextlib.suppress(TimeoutError):
                async with asyncio.timeout(RECORDED_POLL_S):
                    await self._recorded_wake.wait()
            self._recorded_wake.clear()
            await self._read_recorded()

    async def _read_recorded(self) -> None:
        """The renditions recorded for the generation; a change re-lays the external sources."""
        assert self._lookup is not None
        if all(u.sender_names for u in self._route.values()):
            return  # a Sender source's multivariant says what it has
        try:
            found = await self._lookup(self.generation.id)
        except Exception as exc:  # the store briefly away: the next poll asks again
            log.debug("stream %s: renditions not read: %s", self.stream.slug, exc)
            return
        recorded = {r.name: r for r in found if usable(r)}
        if recorded == self._recorded:
            return
        log.info(
            "stream %s: recorded renditions %s",
            self.stream.slug,
            ", ".join(sorted(recorded)) or "none",
        )
        self._recorded = recorded
        for source, upstream in self._route.items():
            if not upstream.sender_names:
                self._layouts.pop(source, None)
        current = self._failover.current
        if current is None or self._route[current].sender_names or not self._followers:
            return  # the layout is read when the session follows an external source
        with contextlib.suppress(UpstreamError, PlaylistError):
            layout = await self._layout(current)
            for name in [n for n in self._followers if n not in layout]:
                self._drop(name)

    def _drop(self, name: str) -> None:
        """A rendition no longer in the layout: not followed, its playlist ends where it is."""
        log.info("stream %s: rendition %s is no longer mirrored", self.stream.slug, name)
        self._dropped.add(name)
        self._expected = tuple(n for n in self._expected if n != name)
        task = self._followers.pop(name, None)
        if task is not None:
            task.cancel()
        request = self._requests.get(name)
        if request is not None:
            request.cancel()
        r = self._renditions.get(name)
        if r is not None:
            self._store(r, r.mirror.finish(utcnow()))
        self._notify(name)

    def _rendition(self, name: str) -> EdgeRendition:
        r = self._renditions.get(name)
        if r is None:
            profile = self._options.profile
            r = self._renditions[name] = EdgeRendition(
                name,
                RenditionMirror(
                    name,
                    window_segments=profile.window_segments,
                    keep_segments=profile.keep_segments,
                ),
                self._spool.rendition_dir(self.stream.id, self.generation.id, name),
            )
        return r

    async def _follow(self, name: str) -> None:
        r = self._renditions[name]
        mirror = r.mirror
        while not self._stopping and not (mirror.index is not None and mirror.index.ended):
            directive = mirror.next_request()
            self._maybe_fail_back(directive)
            source = self._failover.current
            if source is None:
                await asyncio.sleep(RETRY_S)
                continue
            try:
                layout = await self._layout(source)
                base = layout.get(name)
                if base is None:
                    raise PlaylistError(f"the source lists no rendition {name}")
            except (UpstreamError, PlaylistError) as exc:
                self._failed(source, exc)
                await asyncio.sleep(RETRY_S)
                continue
            query = f"_HLS_msn={directive[0]}&_HLS_part={directive[1]}" if directive else ""
            body = await self._request(name, source, base, query, blocking=directive is not None)
            if body is None:
                continue
            try:
                playlist = parser.parse_media_playlist(body)
            except PlaylistError as exc:
                self._failed(source, exc)
                await asyncio.sleep(RETRY_S)
                continue
            self._take(r, source, base, playlist)
            if not mirror.low_latency and not playlist.ended:
                await asyncio.sleep(max(0.05, playlist.target_duration / 4))

    async def _request(
        self, name: str, source: str, base: str, query: str, *, blocking: bool
    ) -> bytes | None:
        """One playlist request, cancelled by a switch; None when it failed or was cancelled."""
        upstream = self._route[source]
        url = self._with_token(f"{base}?{query}" if query else base)
        now = self._clock()
        if blocking:
            # Held upstream until the part exists; the watcher acts on lateness first.
            timeout = max(self._failover.deadline() - now, self._failover.late_after_s) + 0.5
        else:
            timeout = self._options.fetch_timeout_s
        task = asyncio.create_task(
            self._client.get(url, timeout=timeout, verify_tls=upstream.tls_verify),
            name=f"edge-playlist:{name}",
        )
        self._requests[name] = task
        try:
            await asyncio.wait({task})
        finally:
            if self._requests.get(name) is task:
                del self._requests[name]
            if not task.done():
                task.cancel()
        if task.cancelled():
            return None  # a switch: ask the new source
        error = task.exception()
        if error is not None:
            if isinstance(error, UpstreamError):
                self._failed(source, error)
                if error.failure != "late" and self._failover.current == source:
                    # Asking the same source again at once would only fail again.
                    await asyncio.sleep(RETRY_S if error.status != 404 else NOT_YET_S)
                return None
            raise error
        body = task.result()
        self._ingest.add(len(body))
        return body

    def _take(
        self, r: EdgeRendition, source: str, base: str, playlist: parser.MediaPlaylist
    ) -> None:
        mirror = r.mirror
        first = mirror.index is None
        wants = mirror.update(playlist)
        if first and mirror.index is not None:
            r.ready_at = self._clock()
            part_target = mirror.index.part_target
            self._failover.late_after_s = (
                (1 + LATE_PARTS) * part_target
                if mirror.low_latency
                else (1 + LATE_TARGET_DURATIONS) * playlist.target_duration
            )
            self._notify(r.name)
        self._failover.answered(source)
        newest = newest_position(playlist)
        if newest is not None and (r.seen is None or newest > r.seen):
            r.seen = newest
            self._failover.progressed(source, self._clock())
        for want in wants:
            self._spawn_fetch(r, source, base, want)
        # Bytes that came ahead of their listing (the preload hint) go in now.
        self._apply(r, lambda: mirror.advance(utcnow()))
        if mirror.index is not None and mirror.index.ended:
            self._notify(r.name)

    def _spawn_fetch(self, r: EdgeRendition, source: str, base: str, want: Want) -> None:
        task = asyncio.create_task(self._fetch(r, source, base, want), name=f"edge-fetch:{r.name}")
        self._fetches[task] = source
        task.add_done_callback(lambda t: self._fetches.pop(t, None))

    async def _fetch(self, r: EdgeRendition, source: str, base: str, want: Want) -> None:
        upstream = self._route[source]
        url = self._with_token(urljoin(base, want.uri))
        if want.blocking:
            # The upstream holds a hinted part until it exists (at most 3 target durations).
            timeout = 3 * max(1.0, self.segment_target_s) + 1.0
        else:
            timeout = self._options.fetch_timeout_s
        try:
            data = await self._client.get(url, timeout=timeout, verify_tls=upstream.tls_verify)
        except UpstreamError as exc:
            r.mirror.failed(want.key, gone=exc.status == 404 and not want.blocking)
            if not want.blocking and exc.status != 404:
                self._failed(source, exc)
            return
        self._ingest.add(len(data))
        self._apply(r, lambda: r.mirror.deliver(want.key, data, utcnow()))

    def _apply(self, r: EdgeRendition, change: Callable[[], list[MirrorEvent]]) -> None:
        """Run a change of the mirror; store what it made, wake the readers if the index moved."""
        index = r.mirror.index
        before = index.version if index is not None else -1
        events = change()
        self._store(r, events)
        index = r.mirror.index
        if events or (index is not None and index.version != before):
            self._notify(r.name)

    def _store(self, r: EdgeRendition, events: list[MirrorEvent]) -> None:
        for event in events:
            if isinstance(event, InitStored):
                self._writer.write(r.directory / event.name, event.data)
                r.describe_init(event.data)
            elif isinstance(event, SegmentStored):
                segment = event.segment
                r.held.add(segment.msn, event.data)
                self._writer.write(
                    r.directory / segment.name,
                    event.data,
                    on_written=functools.partial(r.held.written, segment.msn),
                )
                r.segments_total += 1
                if segment.duration > 0:
                    r.measured(int(len(event.data) * 8 / segment.duration))
            elif isinstance(event, Expired):
                self._writer.remove([r.directory / name for name in event.names])
                r.held.expired(event.names)

    # Which source ----------------------------------------------------------------------
    async def _watch(self) -> None:
        """Lateness and failback: the decisions nothing observed would bring."""
        while not self._stopping and not self.ended:
            await asyncio.sleep(max(0.02, self._failover.late_after_s / 8))
            self._decide(self._failover.due(self._clock()))

    def _decide(self, decision: Decision | None) -> None:
        if isinstance(decision, Probe):
            if not self._probing:
                self._probing = True
                self._spawn(self._probe(decision), "edge-probe")
        elif isinstance(decision, Switch):
            if decision.failback:
                self._failback = decision.to
            else:
                self._switched(decision)

    def _switched(self, decision: Switch) -> None:
        """The machine follows another source now: drop what was asked of the old one."""
        to = decision.to
        name = self._route[to].name if to in self._route else to
        log.warning(
            "stream %s: edge now follows %s (%s)", self.stream.slug, name, decision.reason
        )
        self._failback = None
        for request in list(self._requests.values()):
            request.cancel()
        for fetch, asked in list(self._fetches.items()):
            if asked != to:
                fetch.cancel()
        for r in self._renditions.values():
            r.mirror.release()

    def _maybe_fail_back(self, directive: Position | None) -> None:
        """Carry out a pending failback when the next request starts a segment."""
        to = self._failback
        if to is None or (directive is not None and directive[1] != 0):
            return
        self._failover.switched(to, self._clock())
        self._switched(Switch(to, "failback at a segment boundary"))

    async def _probe(self, probe: Probe) -> None:
        try:
            source = probe.source
            upstream = self._route.get(source)
            lead = next(iter(sorted(self._followers)), None)
            if upstream is None or lead is None:
                return
            r = self._renditions[lead]
            try:
                layout = await self._layout(source)
                url = layout[lead]
                timeout = min(self._options.fetch_timeout_s, max(0.5, self._failover.late_after_s))
                body = await self._client.get(
                    self._with_token(url), timeout=timeout, verify_tls=upstream.tls_verify
                )
                theirs = newest_position(parser.parse_media_playlist(body))
            except (UpstreamError, PlaylistError, KeyError) as exc:
                if isinstance(exc, UpstreamError | PlaylistError):
                    self._failed(source, exc)
                self._failover.probed(
                    source, self._clock(), ahead=False, fresh=False, failback=probe.failback
                )
                return
            ours = r.seen
            ahead = theirs is not None and (ours is None or theirs > ours)
            fresh = theirs is not None and (ours is None or _at_most_one_behind(theirs, ours))
            self._decide(
                self._failover.probed(
                    source, self._clock(), ahead=ahead, fresh=fresh, failback=probe.failback
                )
            )
        finally:
            self._probing = False

    def _failed(self, source: str, error: UpstreamError | PlaylistError) -> None:
        if isinstance(error, PlaylistError):
            failure = Failure.ERROR
        elif error.status == 404 and self.generation.state is GenerationState.STARTING:
            return  # no media upstream yet: not the source's fault
        else:
            failure = Failure(error.failure)
        name = self._route[source].name if source in self._route else source
        log.debug("stream %s: source %s: %s", self.stream.slug, name, error)
        self._decide(self._failover.failed(source, failure, self._clock()))

    # Helpers --------------------------------------------------------------------------
    def _with_token(self, url: str) -> str:
        token = self._token(self.stream)
        if token is None:
            return url
        return f"{url}{'&' if '?' in url else '?'}token={token}"

    def _notify(self, rendition: str | None = None) -> None:
        self._changes.notify(rendition)

    def _spawn(self, coro: Coroutine[Any, Any, None], name: str) -> asyncio.Task[None]:
        task = asyncio.create_task(coro, name=f"{name}:{self.stream.slug}")
        self._tasks.add(task)
        task.add_done_callback(self._done)
        return task

    def _done(self, task: asyncio.Task[None]) -> None:
        self._tasks.discard(task)
        if not task.cancelled() and task.exception() is not None:
            log.error(
                "stream %s: edge task %s failed",
                self.stream.slug,
                task.get_name(),
                exc_info=task.exception(),
            )

    async def _stop(self) -> None:
        self._stopping = True
        tasks = [*self._tasks, *self._fetches, *self._requests.values()]
        for task in tasks:
            task.cancel()
        for task in tasks:
            with contextlib.suppress(BaseException):
                await task
        self._tasks.clear()


def _at_most_one_behind(theirs: Position, ours: Position) -> bool:
    """Is `theirs` as far as `ours`, or one part short of it (a probe may just miss one)?"""
    if theirs >= ours:
        return True
    if theirs[0] == ours[0]:
        return theirs[1] >= ours[1] - 1
    return theirs[0] == ours[0] - 1 and ours[1] <= 0


class EdgeSessions:
    """The node's MirrorFactory: every edge session shares its client, spool and options."""

    def __init__(
        self,
        *,
        client: UpstreamClient,
        spool: Spool,
        options: EdgeOptions,
        token: Callable[[Stream], str | None] = lambda _: None,
        recorded: RecordedRenditions | None = None,
    ) -> None:
        self._client = client
        self._spool = spool
        self._options = options
        self._token = token
        self._lookup = recorded

    def __call__(
        self, stream: Stream, generation: Generation, route: Sequence[Upstream]
    ) -> EdgeSession:
        return EdgeSession(
            stream,
            generation,
            route,
            client=self._client,
            spool=self._spool,
            options=self._options,
            token=self._token,
            recorded=self._lookup,
        )


