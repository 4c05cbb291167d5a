"""The API's request and response bodies (pydantic v2).

Request models forbid unknown fields, so a misspelt field is a 422 that names
it rather than a silent no-op. Response models read domain objects by their
attributes (`StreamOut.model_validate(stream)`), so a field is named once, here;
none of them carries a key secret or a verifier except IssuedKeyOut, the one
response that shows a new key (EndpointOut turns the verifier into `has_token`).
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, field_validator

from sender.control.endpoints import EndpointView, UpsertedEndpoint
from sender.domain.endpoints import EndpointKind, Health
from sender.domain.generations import GenerationState
from sender.domain.renditions import Rendition
from sender.domain.streams import LatencyMode, Visibility

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


class _Out(BaseModel):
    """A response body read from a domain object's attributes: `Model.model_validate(obj)`."""

    model_config = ConfigDict(from_attributes=True)


class StreamOut(_Out):
    id: str
    slug: str
    title: str
    visibility: Visibility
    latency_mode: LatencyMode
    settings: dict[str, Any]
    created_at: datetime
    updated_at: datetime


class StreamListOut(BaseModel):
    streams: list[StreamOut]


class GenerationOut(_Out):
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


class IssuedKeyOut(_Out):
    key_id: str
    key: str = Field(description="`<key_id>.<secret>`: shown in this response only, ever")
    rtmp_url: str


class KeyOut(_Out):
    key_id: str
    stream_id: str
    created_at: datetime
    revoked: bool
    revoked_at: datetime | None
    last_used_at: datetime | None


class KeyListOut(BaseModel):
    keys: list[KeyOut]


class PublisherOut(_Out):
    peer: str
    key_id: str
    connected_at: datetime
    ingest_bps: float
    video_codec: str | None
    audio_codec: str | None
    width: int | None
    height: int | None


class StatusOut(_Out):
    stream: StreamOut
    generation: GenerationOut | None = Field(
        description="the active generation, else the latest one, else null"
    )
    publisher: PublisherOut | None


class SnapshotOut(_Out):
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


class EndpointOut(_Out):
    id: str
    name: str
    kind: EndpointKind
    base_url: str
    node_id: str | None
    source_ids: list[str]
    enabled: bool
    has_token: bool = Field(validation_alias="token_verifier")
    created_at: datetime
    updated_at: datetime
    snapshot: SnapshotOut | None = None

    @field_validator("has_token", mode="before")
    @classmethod
    def _has_token(cls, verifier: object) -> bool:
        # Read from the endpoint's verifier: whether there is one is all that leaves.
        return verifier is not None

    @classmethod
    def from_view(cls, v: EndpointView) -> EndpointOut:
        out = cls.model_validate(v.endpoint)
        out.snapshot = SnapshotOut.model_validate(v.snapshot) if v.snapshot else None
        return out


class EndpointUpsertOut(EndpointOut):
    token: str | None = Field(
        None, description="the new report token when one was issued: shown once"
    )

    @classmethod
    def from_upsert(cls, u: UpsertedEndpoint) -> EndpointUpsertOut:
        out = cls.model_validate(u.endpoint)
        out.token = u.token
        return out


class EndpointListOut(BaseModel):
    endpoints: list[EndpointOut]


class RenditionOut(_Out):
    name: str
    width: int | None
    height: int | None
    bandwidth: int | None
    codecs: str | None
    frame_rate: float | None


class RenditionListOut(BaseModel):
    generation_id: str
    renditions: list[RenditionOut]


class PlaybackStreamOut(_Out):
    slug: str
    title: str
    visibility: Visibility


class PlaybackOut(_Out):
    stream: PlaybackStreamOut
    generation_id: str | None
    state: str = Field(description="starting, live, or offline when no generation is active")
    hls_url: str | None = Field(description="absolute URL of the multivariant playlist")
    low_latency: bool
    renditions: list[RenditionOut]


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
