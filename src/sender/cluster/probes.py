"""Sender's own look at the external origins its edges pull from: playlist freshness, reported.

An external origin (a muxer outside Sender whose HLS the edges mirror)
writes no snapshots of its own unless it reports with its token. Every node
whose edge pulls from one polls it instead, every snapshot interval: the
media playlists of each of its active generations are read (each recorded
rendition's `playlist_url`, else the generation's URL, and a multivariant
playlist there is followed to its variants, as the edges do: edge.layout),
and the time since they last changed (their age) and the end of their newest
segment give its health by the one rule (domain.health); a generation is as
fresh as its stalest rendition. The result goes into the endpoint's snapshot
beside what the muxer reports itself: viewers and bit rates of a fresh
report are kept, and `extra.polled_by` names the node that looked.

The HTTP fetch is injected (the node's upstream client); a playlist that
cannot be read is a stale verdict, not an exception.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Protocol

from sender.domain.endpoints import EndpointKind, EndpointSnapshot, Health, MediaEndpoint
from sender.domain.generations import Generation
from sender.domain.health import BY_STREAM, HealthThresholds, health_of, unhealthy_by_stream
from sender.domain.ids import utcnow
from sender.domain.renditions import Rendition
from sender.domain.streams import Stream
from sender.domain.topology import generation_url
from sender.edge.layout import multivariant_layout, recorded_layout
from sender.errors import PlaylistError, SenderError
from sender.hls.parser import MediaPlaylist, MultivariantPlaylist, parse_playlist

log = logging.getLogger(__name__)

Fetch = Callable[[str, float, bool], Awaitable[bytes]]  # (url, timeout, verify TLS) -> body


class ProbeStore(Protocol):
    async def list_endpoints(self) -> list[MediaEndpoint]: ...
    async def list_active_generations(self, *, node_id: str | None = ...) -> list[Generation]: ...
    async def get_stream(self, stream_id: str) -> Stream | None: ...
    async def list_renditions(self, generation_id: str) -> list[Rendition]: ...
    async def latest_snapshot(self, endpoint_id: str) -> EndpointSnapshot | None: ...
    async def save_snapshot(
        self, snapshot: EndpointSnapshot, *, history_limit: int = ...
    ) -> None: ...


@dataclass(frozen=True, slots=True)
class _Figures:
    live: bool
    last_segment_at: datetime | None
    playlist_age_s: float | None


@dataclass(slots=True)
class _Seen:
    newest: tuple[int, int] | None = None  # (media sequence + segments, ended)
    changed_at: datetime | None = None
    last_segment_at: datetime | None = None


class ExternalOriginProbe:
    def __init__(
        self,
        store: ProbeStore,
        fetch: Fetch,
        *,
        node_id: str,
        interval_s: float,
        history_limit: int,
        limits: HealthThresholds,
        timeout_s: float = 5.0,
        wall: Callable[[], datetime] = utcnow,
    ) -> None:
        self._store = store
        self._fetch = fetch
        self._node_id = node_id
        self._interval_s = interval_s
        self._history_limit = history_limit
        self._limits = limits
        self._timeout_s = timeout_s
        self._wall = wall
        self._seen: dict[tuple[str, str, str], _Seen] = {}  # (endpoint, generation, url)
        self.written = 0

    async def run(self) -> None:
        while True:
            try:
                await self.probe_once()
            except asyncio.CancelledError:
                raise
            except Exception as exc:
                log.warning("external origin probe failed: %s: %s", type(exc).__name__, exc)
            await asyncio.sleep(self._interval_s)

    async def probe_once(self) -> list[EndpointSnapshot]:
        """Poll every external origin this node's edges pull from; their snapshots."""
        endpoints = await self._store.list_endpoints()
        mine = [
            e
            for e in endpoints
            if e.kind is EndpointKind.EDGE and e.enabled and e.node_id == self._node_id
        ]
        wanted = {s for e in mine for s in e.source_ids}
        externals = [
            e
            for e in endpoints
            if e.id in wanted and e.kind is EndpointKind.EXTERNAL_ORIGIN and e.enabled
        ]
        if not externals:
            return []
        active = await self._store.list_active_generations()
        written = []
        for endpoint in externals:
            generations = [g for g in active if g.node_id == endpoint.origin_node]
            figures: list[tuple[str, _Figures]] = []
            for generation in generations:
                stream = await self._store.get_stream(generation.stream_id)
                if stream is not None:
                    figures.append((stream.id, await self._look(endpoint, stream, generation)))
            if not figures:
                continue
            snapshot = await self._snapshot(endpoint, figures)
            await self._store.save_snapshot(snapshot, history_limit=self._history_limit)
            written.append(snapshot)
            self.written += 1
        return written

    async def _look(
        self, endpoint: MediaEndpoint, stream: Stream, generation: Generation
    ) -> _Figures:
        """The generation's figures: those of its stalest rendition."""
        recorded = recorded_layout(
            await self._store.list_renditions(generation.id), endpoint.base_url
        )
        urls = sorted(recorded.values()) or [generation_url(endpoint, stream, generation)]
        found: list[_Figures] = []
        for url in urls:
            found += await self._look_at(endpoint, generation, url, follow=not recorded)
        judged = [f for f in found if f.live] or found
        dates = [f.last_segment_at for f in judged if f.last_segment_at is not None]
        ages = [f.playlist_age_s for f in judged if f.playlist_age_s is not None]
        return _Figures(
            live=any(f.live for f in found),
            # A rendition with no segment yet makes the generation's newest segment unknown.
            last_segment_at=min(dates) if len(dates) == len(judged) else None,
            playlist_age_s=max(ages, default=None),
        )

    async def _look_at(
        self, endpoint: MediaEndpoint, generation: Generation, url: str, *, follow: bool
    ) -> list[_Figures]:
        """One playlist's figures; a multivariant's variants' when `follow`."""
        now = self._wall()
        seen = self._seen.setdefault((endpoint.id, generation.id, url), _Seen())
        try:
            playlist = parse_playlist(await self._fetch(url, self._timeout_s, endpoint.tls_verify))
            if isinstance(playlist, MultivariantPlaylist):
                if not follow or not playlist.streams:
                    raise PlaylistError("a multivariant playlist where a media one was due")
                found: list[_Figures] = []
                for address, _ in multivariant_layout(playlist, url).values():
                    found += await self._look_at(endpoint, generation, address, follow=False)
                return found
        except (SenderError, PlaylistError) as exc:
            log.debug("external origin %s: %s", endpoint.name, exc)
            age = (now - seen.changed_at).total_seconds() if seen.changed_at else None
            return [_Figures(True, seen.last_segment_at, age)]
        return [self._figures(playlist, seen, now)]

    def _figures(self, playlist: MediaPlaylist, seen: _Seen, now: datetime) -> _Figures:
        newest = (
            playlist.media_sequence + playlist.skipped_segments + len(playlist.segments),
            int(playlist.ended),
        )
        if newest != seen.newest:
            seen.newest, seen.changed_at = newest, now
            last = playlist.segments[-1] if playlist.segments else None
            if last is not None and last.program_date_time is not None:
                seen.last_segment_at = last.program_date_time + timedelta(seconds=last.duration)
            elif last is not None:
                seen.last_segment_at = now  # no dates: when it was first seen here
        assert seen.changed_at is not None
        age = (now - seen.changed_at).total_seconds()
        return _Figures(not playlist.ended, seen.last_segment_at, age)

    def _report(
        self, latest: EndpointSnapshot | None, now: datetime
    ) -> tuple[EndpointSnapshot | None, datetime | None]:
        """The muxer's own latest report (its figures are kept), when fresh: (it, when)."""
        if latest is None:
            return None, None
        if "polled_by" not in latest.extra:
            at: datetime | None = latest.reported_at  # written by the muxer, with its token
        else:
            raw = latest.extra.get("reported_at")
            try:
                at = datetime.fromisoformat(raw) if isinstance(raw, str) else None
            except ValueError:
                at = None
        if at is None or (now - at).total_seconds() > self._limits.down_after_s:
            return None, None
        return latest, at

    async def _snapshot(
        self, endpoint: MediaEndpoint, by_stream: list[tuple[str, _Figures]]
    ) -> EndpointSnapshot:
        now = self._wall()
        figures = [f for _, f in by_stream]
        health = health_of(figures, now, self._limits)
        ages = [f.playlist_age_s for f in figures if f.playlist_age_s is not None]
        lasts = [f.last_segment_at for f in figures if f.last_segment_at is not None]
        reported, reported_at = self._report(await self._store.latest_snapshot(endpoint.id), now)
        if (
            reported is not None
            and reported.health is Health.DOWN
            and "polled_by" not in reported.extra
        ):
            health = Health.DOWN  # the muxer says so itself
        extra: dict[str, object] = dict(reported.extra) if reported is not None else {}
        extra.update({"polled_by": self._node_id, "live_streams": sum(f.live for f in figures)})
        unhealthy = unhealthy_by_stream(
            [(sid, f) for sid, f in by_stream if f.live], now, self._limits
        )
        extra.pop(BY_STREAM, None)
        if unhealthy:
            extra[BY_STREAM] = unhealthy
        if reported_at is not None:
            extra["reported_at"] = reported_at.isoformat()
        return EndpointSnapshot(
            endpoint_id=endpoint.id,
            reported_at=now,
            viewers=reported.viewers if reported is not None else 0,
            ingress_bps=reported.ingress_bps if reported is not None else 0.0,
            egress_bps=reported.egress_bps if reported is not None else 0.0,
            playlist_age_s=max(ages) if ages else None,
            last_segment_at=min(lasts) if lasts else None,
            health=health,
            extra=extra,
        )
