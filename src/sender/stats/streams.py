"""Per-stream figures of this node, read from the live state when asked.

`LiveStats` reads the node's media sessions (the packager indexes, the
publisher's ingest meter, the bytes delivery served) and the audience; it
keeps no copy of them, only what a rate needs: the egress byte totals seen at
earlier reads. The Prometheus collector, the snapshot writer and the stats
route all read through it.

Definitions:
- playlist age: how long ago the newest part or segment of a rendition was
  made (wall clock); it grows while nothing new arrives;
- last segment: when the newest complete segment ended;
- segment lag: how many target durations the next segment is overdue
  (0 while segments arrive on time);
- a stream is live on this node while its generation is active, marked live
  and its playlists not ended.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Protocol

from sender.domain.generations import GenerationState
from sender.domain.ids import utcnow
from sender.domain.renditions import SOURCE
from sender.media.packager import RenditionIndex
from sender.media.session import MediaSession
from sender.stats.audience import Audience, PlayerEvents

EGRESS_WINDOW_S = 10.0


class LiveSessions(Protocol):
    """What the stats read from the node's sessions (media.sessions.Sessions)."""

    backend_restarts: dict[str, int]
    rtmp_refusals: dict[str, int]

    def all(self) -> list[MediaSession]: ...


@dataclass(frozen=True, slots=True)
class RenditionStats:
    name: str
    segments_total: int
    playlist_age_s: float | None
    last_segment_at: datetime | None
    target_duration: int


@dataclass(frozen=True, slots=True)
class StreamStats:
    stream_id: str
    slug: str
    generation_id: str | None
    live: bool
    viewers: int
    ingest_bps: float
    egress_bytes: int
    egress_bps: float
    playlist_age_s: float | None
    last_segment_at: datetime | None
    segment_lag: float | None
    backend_restarts: int
    renditions: tuple[RenditionStats, ...] = ()

    def as_dict(self) -> dict[str, object]:
        return {
            "stream_id": self.stream_id,
            "slug": self.slug,
            "generation_id": self.generation_id,
            "live": self.live,
            "viewers": self.viewers,
            "ingest_bps": round(self.ingest_bps),
            "egress_bytes": self.egress_bytes,
            "egress_bps": round(self.egress_bps),
            "playlist_age_s": _round(self.playlist_age_s),
            "last_segment_at": self.last_segment_at.isoformat() if self.last_segment_at else None,
            "segment_lag": _round(self.segment_lag),
            "backend_restarts": self.backend_restarts,
            "renditions": [
                {
                    "name": r.name,
                    "segments_total": r.segments_total,
                    "playlist_age_s": _round(r.playlist_age_s),
                    "last_segment_at": r.last_segment_at.isoformat() if r.last_segment_at else None,
                }
                for r in self.renditions
            ],
        }


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 3)


def is_live(session: MediaSession) -> bool:
    return (
        not session.ended
        and session.generation.active
        and session.generation.state is GenerationState.LIVE
    )


def newest_media_end(index: RenditionIndex) -> datetime | None:
    """When the newest part (or, without parts, segment) of the index ended."""
    if index.open is not None and index.open.parts:
        part = index.open.parts[-1]
        return part.program_date_time + timedelta(seconds=part.duration)
    return last_segment_end(index)


def last_segment_end(index: RenditionIndex) -> datetime | None:
    segments = index.retained or index.segments
    if not segments:
        return None
    last = segments[-1]
    return last.program_date_time + timedelta(seconds=last.duration)


class LiveStats:
    def __init__(
        self,
        sessions: LiveSessions,
        audience: Audience,
        events: PlayerEvents,
        *,
        clock: Callable[[], float] = time.monotonic,
        wall: Callable[[], datetime] = utcnow,
    ) -> None:
        self.sessions = sessions
        self.audience = audience
        self.events = events
        self._clock = clock
        self._wall = wall
        self._egress_seen: dict[str, int] = {}  # generation id -> its egress_bytes last read
        self._egress_total: dict[str, int] = {}  # stream id -> bytes served, monotonic
        self._egress_samples: dict[str, deque[tuple[float, int]]] = {}

    # Reading ------------------------------------------------------------------------
    def streams(self) -> list[StreamStats]:
        """Every stream with a session on this node or with viewers, by slug."""
        self._sample_egress()
        now = self._wall()
        chosen: dict[str, MediaSession] = {}
        for session in self.sessions.all():
            current = chosen.get(session.stream.id)
            if current is None or _rank(session) > _rank(current):
                chosen[session.stream.id] = session
        counts = self.audience.counts()
        result = [self._of_session(s, counts.get(sid, 0), now) for sid, s in chosen.items()]
        for stream_id, viewers in counts.items():
            slug = self.audience.slug(stream_id)
            if stream_id not in chosen and slug is not None:
                result.append(self._offline(stream_id, slug, viewers))
        return sorted(result, key=lambda s: s.slug)

    def stream(self, stream_id: str) -> StreamStats | None:
        return next((s for s in self.streams() if s.stream_id == stream_id), None)

    def egress_totals(self) -> Mapping[str, int]:
        self._sample_egress()
        return dict(self._egress_total)

    # Internals ----------------------------------------------------------------------
    def _of_session(self, session: MediaSession, viewers: int, now: datetime) -> StreamStats:
        live = is_live(session)
        renditions = []
        for name, state in sorted(session.renditions.items()):
            index = state.packager.index
            newest = newest_media_end(index)
            renditions.append(
                RenditionStats(
                    name=name,
                    segments_total=state.segments_total,
                    playlist_age_s=_age(now, newest) if live and newest else None,
                    last_segment_at=last_segment_end(index),
                    target_duration=index.target_duration,
                )
            )
        source = next((r for r in renditions if r.name == SOURCE), None)
        if source is None and renditions:
            source = renditions[0]
        lag = None
        if live and source is not None and source.last_segment_at is not None:
            overdue = _age(now, source.last_segment_at) - source.target_duration
            lag = max(0.0, overdue) / max(1, source.target_duration)
        stream_id = session.stream.id
        return StreamStats(
            stream_id=stream_id,
            slug=session.stream.slug,
            generation_id=session.generation.id,
            live=live,
            viewers=viewers,
            ingest_bps=session.ingest_bps(),
            egress_bytes=self._egress_total.get(stream_id, 0),
            egress_bps=self._egress_bps(stream_id),
            playlist_age_s=source.playlist_age_s if source else None,
            last_segment_at=source.last_segment_at if source else None,
            segment_lag=lag,
            backend_restarts=self.sessions.backend_restarts.get(session.stream.slug, 0),
            renditions=tuple(renditions),
        )

    def _offline(self, stream_id: str, slug: str, viewers: int) -> StreamStats:
        return StreamStats(
            stream_id=stream_id,
            slug=slug,
            generation_id=None,
            live=False,
            viewers=viewers,
            ingest_bps=0.0,
            egress_bytes=self._egress_total.get(stream_id, 0),
            egress_bps=self._egress_bps(stream_id),
            playlist_age_s=None,
            last_segment_at=None,
            segment_lag=None,
            backend_restarts=self.sessions.backend_restarts.get(slug, 0),
        )

    def _sample_egress(self) -> None:
        """Fold what every session served since the last read into per-stream totals."""
        now = self._clock()
        present: set[str] = set()
        for session in self.sessions.all():
            gen = session.generation.id
            present.add(gen)
            delta = session.egress_bytes - self._egress_seen.get(gen, 0)
            if delta > 0:
                sid = session.stream.id
                self._egress_total[sid] = self._egress_total.get(sid, 0) + delta
            self._egress_seen[gen] = session.egress_bytes
        for gen in [g for g in self._egress_seen if g not in present]:
            del self._egress_seen[gen]
        for sid, total in self._egress_total.items():
            samples = self._egress_samples.setdefault(sid, deque())
            samples.append((now, total))
            # Keep one sample at or before the window's start as the rate's anchor.
            while len(samples) > 2 and samples[1][0] <= now - EGRESS_WINDOW_S:
                samples.popleft()

    def _egress_bps(self, stream_id: str) -> float:
        samples = self._egress_samples.get(stream_id)
        if not samples or len(samples) < 2:
            return 0.0
        (t0, b0), (t1, b1) = samples[0], samples[-1]
        if t1 - t0 < 0.5:
            return 0.0
        return (b1 - b0) * 8 / (t1 - t0)


def _rank(session: MediaSession) -> tuple[bool, datetime]:
    """Which of a stream's sessions stands for it: the active one, else the newest."""
    return (not session.ended, session.generation.created_at)


def _age(now: datetime, then: datetime) -> float:
    return max(0.0, (now - then).total_seconds())
