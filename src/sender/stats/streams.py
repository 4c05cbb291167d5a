"""Per-stream figures of this node, read from the live state when asked.

`LiveStats` reads the node's live sessions through the read model it declares
here (`LiveView`: the sessions' streams, generations, rendition indexes and
ingest rates) and the audience; it keeps no copy of them. It owns what
delivery reports (it is delivery's DeliveryObserver): the bytes served per
stream, metered for a rate, and the viewers' signs, which go to the audience.
It also counts the RTMP server's publish refusals. The Prometheus collector,
the snapshot writer, the dashboard and the stats route all read through it.

Definitions:
- playlist age: how long ago the newest part or segment of a rendition was
  made (wall clock); it grows while nothing new arrives;
- last segment: when the newest complete segment ended;
- segment lag: how many target durations the next segment is overdue
  (0 while segments arrive on time);
- a stream is live on this node while its generation is active, marked live
  and its playlists not ended;
- spool failing: the spool refused the latest file operation of the stream's
  current broadcast (and none succeeded since); the endpoint is degraded;
- transcode slow: the stream's ladder transcoder runs below real time
  (media.transcoder); the endpoint is degraded.

Fault counts (backend restarts, unreadable backend output, spool errors by
errno) are the runtime's, kept per stream across its broadcasts.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Protocol, runtime_checkable

from sender.domain.generations import Generation, GenerationState
from sender.domain.ids import utcnow
from sender.domain.renditions import SOURCE
from sender.domain.streams import Stream, Visibility
from sender.media.index import RenditionIndex
from sender.media.meter import RateMeter
from sender.stats.audience import Audience, ClientAddresses, PlayerEvents

EGRESS_WINDOW_S = 10.0
MAX_METERED_STREAMS = 10_000  # egress meters kept; beyond, the idlest are forgotten


class RenditionView(Protocol):
    @property
    def segments_total(self) -> int: ...
    @property
    def index(self) -> RenditionIndex: ...
    @property
    def codecs(self) -> str | None: ...
    @property
    def width(self) -> int | None: ...
    @property
    def height(self) -> int | None: ...
    @property
    def bandwidth(self) -> int | None: ...
    @property
    def average_bandwidth(self) -> int | None: ...
    @property
    def frame_rate(self) -> float | None: ...


class SessionView(Protocol):
    """One generation's live state on this node, as the stats read it."""

    @property
    def stream(self) -> Stream: ...
    @property
    def generation(self) -> Generation: ...
    @property
    def ended(self) -> bool: ...
    @property
    def renditions(self) -> Mapping[str, RenditionView]: ...
    @property
    def spool_failing(self) -> bool: ...
    @property
    def role(self) -> str:
        """"origin" (this node makes the media) or "edge" (it mirrors another's)."""
        ...

    def ingest_bps(self) -> float: ...


@runtime_checkable
class MirrorView(Protocol):
    """What an edge's mirror adds: the source it follows now, and how often it switched."""

    @property
    def source(self) -> str | None: ...
    @property
    def switches(self) -> int: ...


@runtime_checkable
class LadderView(Protocol):
    """What a session that encodes a ladder adds: its notes and its transcoder's figures."""

    @property
    def rung_notes(self) -> tuple[str, ...]: ...
    @property
    def transcode_speed(self) -> float | None: ...
    @property
    def transcode_slow(self) -> bool: ...


class LiveView(Protocol):
    """The node's live sessions (live.runtime.LiveRuntime)."""

    @property
    def backend_restarts(self) -> Mapping[str, int]:
        """Media backend restarts on this node, per stream slug."""
        ...

    @property
    def transcoder_restarts(self) -> Mapping[str, int]:
        """Ladder transcoder restarts on this node, per stream slug."""
        ...

    @property
    def transcode_slow(self) -> Mapping[str, int]:
        """How often a stream's transcoder fell below real time, per slug."""
        ...

    @property
    def corrupt_outputs(self) -> Mapping[str, int]:
        """Backend outputs that could not be read (each restarted the backend), per slug."""
        ...

    @property
    def spool_errors(self) -> Mapping[tuple[str, str], int]:
        """Failed spool operations, per (stream slug, errno name)."""
        ...

    def all(self) -> Sequence[SessionView]: ...


@dataclass(frozen=True, slots=True)
class RenditionStats:
    name: str
    segments_total: int
    playlist_age_s: float | None
    last_segment_at: datetime | None
    target_duration: int
    codecs: str | None = None
    width: int | None = None
    height: int | None = None
    bandwidth: int | None = None
    average_bandwidth: int | None = None
    frame_rate: float | None = None


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
    # None: not known on this node (a stream with viewers but no session here).
    visibility: Visibility | None = None
    spool_failing: bool = False
    role: str = "origin"  # of the session that stands for the stream here ("edge": a mirror)
    source: str | None = None  # an edge: the source it follows now
    source_switches: int = 0  # an edge: how often it changed sources
    ladder_notes: tuple[str, ...] = ()  # rungs dropped for this broadcast, and why
    transcode_speed: float | None = None  # the ladder's transcoder (media.transcoder)
    transcode_slow: bool = False  # it does not keep real time: the endpoint is degraded

    @property
    def behind_s(self) -> float | None:
        """An edge: how far its newest part is behind the origin's clock (by PROGRAM-DATE-TIME)."""
        return self.playlist_age_s if self.role == "edge" else None

    @classmethod
    def offline(cls, stream_id: str, slug: str, **figures: object) -> StreamStats:
        """A stream with no broadcast on this node: nothing live, zeros unless given."""
        values: dict[str, object] = dict(
            generation_id=None,
            live=False,
            viewers=0,
            ingest_bps=0.0,
            egress_bytes=0,
            egress_bps=0.0,
            playlist_age_s=None,
            last_segment_at=None,
            segment_lag=None,
            backend_restarts=0,
        )
        values.update(figures)
        return cls(stream_id=stream_id, slug=slug, **values)  # type: ignore[arg-type]

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
            "spool_failing": self.spool_failing,
            "renditions": [
                {
                    "name": r.name,
                    "segments_total": r.segments_total,
                    "playlist_age_s": _round(r.playlist_age_s),
                    "last_segment_at": r.last_segment_at.isoformat() if r.last_segment_at else None,
                    "codecs": r.codecs,
                    "width": r.width,
                    "height": r.height,
                    "bandwidth": r.bandwidth,
                    "average_bandwidth": r.average_bandwidth,
                    "frame_rate": r.frame_rate,
                }
                for r in self.renditions
            ],
            "ladder_notes": list(self.ladder_notes),
            "transcode_speed": self.transcode_speed,
            "transcode_slow": self.transcode_slow,
        }


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 3)


def is_live(session: SessionView) -> bool:
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
        live: LiveView,
        audience: Audience,
        events: PlayerEvents,
        *,
        addresses: ClientAddresses | None = None,
        clock: Callable[[], float] = time.monotonic,
        wall: Callable[[], datetime] = utcnow,
    ) -> None:
        self.live = live
        self.audience = audience
        self.events = events
        self.addresses = addresses or ClientAddresses()
        self._clock = clock
        self._wall = wall
        self._egress: dict[str, RateMeter] = {}  # stream id -> bytes served, metered
        self.refusals: dict[str, int] = {}  # RTMP publish refusals by reason

    # What delivery and ingest report ---------------------------------------------------
    def served(self, stream_id: str, nbytes: int) -> None:
        meter = self._egress.get(stream_id)
        if meter is None:
            if len(self._egress) >= MAX_METERED_STREAMS:
                idlest = min(self._egress, key=lambda sid: self._egress[sid].bits_per_second())
                del self._egress[idlest]
            meter = self._egress[stream_id] = RateMeter(EGRESS_WINDOW_S, clock=self._clock)
        meter.add(nbytes)

    def viewer(
        self,
        stream_id: str,
        slug: str,
        *,
        visibility: Visibility,
        vsid: str | None,
        peer: str | None,
        forwarded_for: str | None,
        user_agent: str,
    ) -> None:
        if vsid is not None:
            self.audience.sign_vsid(stream_id, vsid, slug, visibility)
            return
        address = self.addresses.client(peer, forwarded_for)
        if address is not None and self.addresses.countable(address):
            self.audience.sign_client(stream_id, address, user_agent, slug, visibility)

    def refused(self, reason: str) -> None:
        """The RTMP server refused a publish (any reason, including a handler failure)."""
        self.refusals[reason] = self.refusals.get(reason, 0) + 1

    # Reading ------------------------------------------------------------------------
    def backend_restarts(self) -> Mapping[str, int]:
        return self.live.backend_restarts

    def transcoder_restarts(self) -> Mapping[str, int]:
        return self.live.transcoder_restarts

    def transcode_slow(self) -> Mapping[str, int]:
        return self.live.transcode_slow

    def corrupt_outputs(self) -> Mapping[str, int]:
        return self.live.corrupt_outputs

    def spool_errors(self) -> Mapping[tuple[str, str], int]:
        return self.live.spool_errors

    def streams(self) -> list[StreamStats]:
        """Every stream with a session on this node or with viewers, by slug."""
        now = self._wall()
        chosen: dict[str, SessionView] = {}
        for session in self.live.all():
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
        return {sid: meter.total for sid, meter in self._egress.items()}

    # Internals ----------------------------------------------------------------------
    def _of_session(self, session: SessionView, viewers: int, now: datetime) -> StreamStats:
        live = is_live(session)
        renditions = []
        for name, state in sorted(session.renditions.items()):
            index = state.index
            newest = newest_media_end(index)
            renditions.append(
                RenditionStats(
                    name=name,
                    segments_total=state.segments_total,
                    playlist_age_s=_age(now, newest) if live and newest else None,
                    last_segment_at=last_segment_end(index),
                    target_duration=index.target_duration,
                    codecs=state.codecs,
                    width=state.width,
                    height=state.height,
                    bandwidth=state.bandwidth,
                    average_bandwidth=state.average_bandwidth,
                    frame_rate=state.frame_rate,
                )
            )
        source = next((r for r in renditions if r.name == SOURCE), None)
        if source is None and renditions:
            source = renditions[0]
        lag = None
        if live and source is not None and source.last_segment_at is not None:
            overdue = _age(now, source.last_segment_at) - source.target_duration
            lag = max(0.0, overdue) / max(1, source.target_duration)
        stream = session.stream
        return StreamStats(
            stream_id=stream.id,
            slug=stream.slug,
            generation_id=session.generation.id,
            live=live,
            viewers=viewers,
            ingest_bps=session.ingest_bps(),
            egress_bytes=self._egress_total(stream.id),
            egress_bps=self._egress_bps(stream.id),
            playlist_age_s=source.playlist_age_s if source else None,
            last_segment_at=source.last_segment_at if source else None,
            segment_lag=lag,
            backend_restarts=self.live.backend_restarts.get(stream.slug, 0),
            renditions=tuple(renditions),
            visibility=stream.visibility,
            spool_failing=not session.ended and session.spool_failing,
            role=session.role,
            source=session.source if isinstance(session, MirrorView) else None,
            source_switches=session.switches if isinstance(session, MirrorView) else 0,
            ladder_notes=session.rung_notes if isinstance(session, LadderView) else (),
            transcode_speed=session.transcode_speed if isinstance(session, LadderView) else None,
            transcode_slow=live and isinstance(session, LadderView) and session.transcode_slow,
        )

    def _offline(self, stream_id: str, slug: str, viewers: int) -> StreamStats:
        return StreamStats.offline(
            stream_id,
            slug,
            visibility=self.audience.visibility(stream_id),
            viewers=viewers,
            egress_bytes=self._egress_total(stream_id),
            egress_bps=self._egress_bps(stream_id),
            backend_restarts=self.live.backend_restarts.get(slug, 0),
        )

    def _egress_total(self, stream_id: str) -> int:
        meter = self._egress.get(stream_id)
        return meter.total if meter is not None else 0

    def _egress_bps(self, stream_id: str) -> float:
        meter = self._egress.get(stream_id)
        return meter.bits_per_second() if meter is not None else 0.0


def _rank(session: SessionView) -> tuple[bool, datetime]:
    """Which of a stream's sessions stands for it: the active one, else the newest."""
    return (not session.ended, session.generation.created_at)


def _age(now: datetime, then: datetime) -> float:
    return max(0.0, (now - then).total_seconds())
