"""The API's request and response bodies (pydantic v2).

Request models forbid unknown fields, so a misspelt field is a 422 that names
it rather than a silent no-op. Response models are built from domain objects
with `from_domain`; none of them carries a key secret or a verifier except
IssuedKeyOut, the one response that shows a new key.
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field

from sender.control.context import PublisherInfo
from sender.control.endpoints import EndpointView, UpsertedEndpoint
from sender.control.keys import IssuedKey
from sender.control.streams import StreamStatus
from sender.domain.endpoints import EndpointKind, EndpointSnapshot, Health, MediaEndpoint
from sender.domain.generations import Generation, GenerationState
from sender.domain.keys import StreamKey
from sender.domain.renditions import Rendition
from sender.domain.streams import LatencyMode, Stream, Visibility

Slug = Annotated[str, Field(min_length=1, max_length=64, examples=["demo"])]
Id = Annotated[str, Field(min_length=1, max_length=64)]


class _In(BaseModel):
    model_config = ConfigDict(extra="forbid")


# Requests --------------------------------------------------------------------


class StreamCreate(_In):
    slug: Slug
    title: str = Field(min_length=1, max_length=200)
    visibility: Visibility = Visibility.PUBLIC
    latency_mode: LatencyMode = LatencyMode.LOW
    settings: dict[str, Any] | None = None


class StreamUpdate(_In):
    title: str | None = Field(None, min_length=1, max_length=200)
    visibility: Visibility | None = None
    latency_mode: LatencyMode | None = None
    settings: dict[str, Any] | None = None


class StreamList(_In):
    visibility: Visibility | None = None


class SlugParams(_In):
    slug: Slug


class StreamUpdateParams(StreamUpdate):
    slug: Slug


class KeyParams(_In):
    slug: Slug
    key_id: Id


class EndpointUpsert(_In):
    name: str = Field(min_length=1, max_length=100)
    kind: EndpointKind
    base_url: str = Field(min_length=1, max_length=2000)
    node_id: str | None = Field(None, max_length=128)
    source_ids: list[Id] = Field(default_factory=list, max_length=32)
    issue_token: bool = Field(
        False, description="external endpoints: issue a new report token, returned once"
    )
    enabled: bool = True


class SnapshotReport(_In):
    viewers: int = Field(0, ge=0)
    ingress_bps: float = Field(0.0, ge=0)
    egress_bps: float = Field(0.0, ge=0)
    playlist_age_s: float | None = Field(None, ge=0)
    last_segment_at: datetime | None = None
    segment_lag: float | None = None
    health: Health = Health.HEALTHY
    extra: dict[str, Any] = Field(default_factory=dict)


class SnapshotReportParams(SnapshotReport):
    endpoint_id: Id


class RenditionIn(_In):
    name: str = Field(min_length=1, max_length=64)
    width: int | None = Field(None, ge=1, le=16384)
    height: int | None = Field(None, ge=1, le=16384)
    bandwidth: int | None = Field(None, ge=0)
    codecs: str | None = Field(None, max_length=200)
    frame_rate: float | None = Field(None, gt=0, le=1000)

    def to_domain(self, generation_id: str) -> Rendition:
        return Rendition(generation_id=generation_id, **self.model_dump())


class RenditionsUpsert(_In):
    renditions: list[RenditionIn] = Field(min_length=1, max_length=32)


class RenditionsUpsertParams(RenditionsUpsert):
    generation_id: Id


class GenerationParams(_In):
    generation_id: Id


class NoParams(_In):
    pass


class PlaybackTokenCreate(_In):
    ttl_s: int | None = Field(
        None,
        ge=60,
        le=366 * 86400,
        description="seconds the token is valid (default 3600; at most playback_token_max_ttl_s)",
    )


class PlaybackTokenParams(PlaybackTokenCreate):
    slug: Slug


class HistoryParams(_In):
    endpoint_id: Id
    limit: int = Field(720, ge=1, le=100_000)


class RpcRequest(_In):
    method: str = Field(min_length=1, max_length=100, examples=["stream.get"])
    params: dict[str, Any] = Field(default_factory=dict)


# Responses -------------------------------------------------------------------


class StreamOut(BaseModel):
    id: str
    slug: str
    title: str
    visibility: Visibility
    latency_mode: LatencyMode
    settings: dict[str, Any]
    created_at: datetime
    updated_at: datetime

    @classmethod
    def from_domain(cls, s: Stream) -> StreamOut:
        return cls(
            id=s.id,
            slug=s.slug,
            title=s.title,
            visibility=s.visibility,
            latency_mode=s.latency_mode,
            settings=dict(s.settings),
            created_at=s.created_at,
            updated_at=s.updated_at,
        )


class StreamListOut(BaseModel):
    streams: list[StreamOut]


class GenerationOut(BaseModel):
    id: str
    stream_id: str
    state: GenerationState
    active: bool
    node_id: str
    auto_started: bool
    created_at: datetime
    live_at: datetime | None
    ended_at: datetime | None
    failure_reason: str | None

    @classmethod
    def from_domain(cls, g: Generation) -> GenerationOut:
        return cls(
            id=g.id,
            stream_id=g.stream_id,
            state=g.state,
            active=g.active,
            node_id=g.node_id,
            auto_started=g.auto_started,
            created_at=g.created_at,
            live_at=g.live_at,
            ended_at=g.ended_at,
            failure_reason=g.failure_reason,
        )


class IssuedKeyOut(BaseModel):
    key_id: str
    key: str = Field(description="`<key_id>.<secret>`: shown in this response only, ever")
    rtmp_url: str

    @classmethod
    def from_domain(cls, k: IssuedKey) -> IssuedKeyOut:
        return cls(key_id=k.key_id, key=k.key, rtmp_url=k.rtmp_url)


class KeyOut(BaseModel):
    key_id: str
    stream_id: str
    created_at: datetime
    revoked: bool
    revoked_at: datetime | None
    last_used_at: datetime | None

    @classmethod
    def from_domain(cls, k: StreamKey) -> KeyOut:
        return cls(
            key_id=k.key_id,
            stream_id=k.stream_id,
            created_at=k.created_at,
            revoked=k.revoked,
            revoked_at=k.revoked_at,
            last_used_at=k.last_used_at,
        )


class KeyListOut(BaseModel):
    keys: list[KeyOut]


class PublisherOut(BaseModel):
    peer: str
    key_id: str
    connected_at: datetime
    ingest_bps: float
    video_codec: str | None
    audio_codec: str | None
    width: int | None
    height: int | None

    @classmethod
    def from_domain(cls, p: PublisherInfo) -> PublisherOut:
        return cls(
            peer=p.peer,
            key_id=p.key_id,
            connected_at=p.connected_at,
            ingest_bps=p.ingest_bps,
            video_codec=p.video_codec,
            audio_codec=p.audio_codec,
            width=p.width,
            height=p.height,
        )


class StatusOut(BaseModel):
    stream: StreamOut
    generation: GenerationOut | None = Field(
        description="the active generation, else the latest one, else null"
    )
    publisher: PublisherOut | None

    @classmethod
    def from_domain(cls, s: StreamStatus) -> StatusOut:
        return cls(
            stream=StreamOut.from_domain(s.stream),
            generation=GenerationOut.from_domain(s.generation) if s.generation else None,
            publisher=PublisherOut.from_domain(s.publisher) if s.publisher else None,
        )


class SnapshotOut(BaseModel):
    endpoint_id: str
    reported_at: datetime
    viewers: int
    ingress_bps: float
    egress_bps: float
    playlist_age_s: float | None
    last_segment_at: datetime | None
    segment_lag: float | None
    health: Health
    extra: dict[str, Any]

    @classmethod
    def from_domain(cls, s: EndpointSnapshot) -> SnapshotOut:
        return cls(
            endpoint_id=s.endpoint_id,
            reported_at=s.reported_at,
            viewers=s.viewers,
            ingress_bps=s.ingress_bps,
            egress_bps=s.egress_bps,
            playlist_age_s=s.playlist_age_s,
            last_segment_at=s.last_segment_at,
            segment_lag=s.segment_lag,
            health=s.health,
            extra=dict(s.extra),
        )


class EndpointOut(BaseModel):
    id: str
    name: str
    kind: EndpointKind
    base_url: str
    node_id: str | None
    source_ids: list[str]
    enabled: bool
    has_token: bool
    created_at: datetime
    updated_at: datetime
    snapshot: SnapshotOut | None = None

    @classmethod
    def from_domain(cls, e: MediaEndpoint, snapshot: EndpointSnapshot | None = None) -> EndpointOut:
        return cls(
            id=e.id,
            name=e.name,
            kind=e.kind,
            base_url=e.base_url,
            node_id=e.node_id,
            source_ids=list(e.source_ids),
            enabled=e.enabled,
            has_token=e.token_verifier is not None,
            created_at=e.created_at,
            updated_at=e.updated_at,
            snapshot=SnapshotOut.from_domain(snapshot) if snapshot else None,
        )

    @classmethod
    def from_view(cls, v: EndpointView) -> EndpointOut:
        return cls.from_domain(v.endpoint, v.snapshot)


class EndpointUpsertOut(EndpointOut):
    token: str | None = Field(
        None, description="the new report token when one was issued: shown once"
    )

    @classmethod
    def from_upsert(cls, u: UpsertedEndpoint) -> EndpointUpsertOut:
        base = EndpointOut.from_domain(u.endpoint)
        return cls(**base.model_dump(), token=u.token)


class EndpointListOut(BaseModel):
    endpoints: list[EndpointOut]


class RenditionOut(BaseModel):
    name: str
    width: int | None
    height: int | None
    bandwidth: int | None
    codecs: str | None
    frame_rate: float | None

    @classmethod
    def from_domain(cls, r: Rendition) -> RenditionOut:
        return cls(
            name=r.name,
            width=r.width,
            height=r.height,
            bandwidth=r.bandwidth,
            codecs=r.codecs,
            frame_rate=r.frame_rate,
        )


class RenditionListOut(BaseModel):
    generation_id: str
    renditions: list[RenditionOut]


class PlaybackStreamOut(BaseModel):
    slug: str
    title: str
    visibility: Visibility


class PlaybackOut(BaseModel):
    stream: PlaybackStreamOut
    generation_id: str | None
    state: str = Field(description="starting, live, or offline when no generation is active")
    hls_url: str | None = Field(description="absolute URL of the multivariant playlist")
    low_latency: bool
    renditions: list[RenditionOut]
    publishing: bool = Field(
        description="an encoder is publishing to the stream now (false while a live "
        "generation waits for its broadcaster to come back)"
    )


class PlaybackTokenOut(BaseModel):
    token: str = Field(
        description="signed, URL-safe; add it as `?token=` to watch and playback URLs"
    )
    expires_at: datetime
    stream: str
    watch_url: str


class SnapshotHistoryOut(BaseModel):
    endpoint_id: str
    snapshots: list[SnapshotOut] = Field(description="oldest first")


class PublicStreamOut(BaseModel):
    slug: str
    title: str
    state: str = Field(description="starting, live, or offline when no generation is active")
    watch_url: str


class PublicStreamListOut(BaseModel):
    streams: list[PublicStreamOut]


class RenditionStatsOut(BaseModel):
    name: str
    segments_total: int
    playlist_age_s: float | None
    last_segment_at: datetime | None


class StreamStatsOut(BaseModel):
    stream_id: str
    slug: str
    generation_id: str | None
    live: bool
    viewers: int = Field(description="viewer sessions with a sign in the last 30 s")
    ingest_bps: float
    egress_bytes: int
    egress_bps: float
    playlist_age_s: float | None
    last_segment_at: datetime | None
    segment_lag: float | None = Field(description="target durations the next segment is overdue")
    backend_restarts: int
    spool_failing: bool = Field(
        False, description="the spool refused this broadcast's latest file (the disk is failing)"
    )
    renditions: list[RenditionStatsOut]
    player: dict[str, Any] = Field(
        description="startups, mean_ttff_ms, stalls, stall_ms_total, errors, recent_errors"
    )


class PlayerEventAccepted(BaseModel):
    accepted: bool


class CapabilitiesOut(BaseModel):
    api_version: str
    node_id: str
    methods: list[str]
    auto_start_on_publish: bool
    rtmp_url: str


class RpcResponse(BaseModel):
    result: Any


class ErrorBody(BaseModel):
    code: str
    message: str


class ErrorOut(BaseModel):
    error: ErrorBody
