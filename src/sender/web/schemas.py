"""The API's request and response bodies (pydantic v2).

Request models forbid unknown fields, so a misspelt field is a 422 that names
it rather than a silent no-op. Text, numbers and free-form objects are held to
what the store can keep and give back (`domain.values`, the column widths
below), and the OpenAPI document shows the same rules as patterns and bounds.
Response models read domain objects by their
attributes (`StreamOut.model_validate(stream)`), so a field is named once, here;
none of them carries a key secret or a verifier except IssuedKeyOut, the one
response that shows a new key (EndpointOut turns the verifier into `has_token`).
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import Annotated, Any

from pydantic import (
    AfterValidator,
    AwareDatetime,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StrictBool,
    WithJsonSchema,
    field_validator,
)
from pydantic_core import PydanticCustomError

from sender.control.endpoints import EndpointView, UpsertedEndpoint
from sender.domain.endpoints import Capacity, EndpointKind, Health
from sender.domain.generations import GenerationState
from sender.domain.ladder import (
    AUDIO_KBPS,
    FPS,
    MAX_HEIGHT,
    MAX_RUNGS,
    MIN_HEIGHT,
    RUNG_NAME_RE,
    VIDEO_KBPS,
    Rung,
    validate_ladder,
)
from sender.domain.renditions import SOURCE, Rendition
from sender.domain.streams import (
    MAX_TITLE,
    SLUG_PATTERN,
    LatencyMode,
    Visibility,
    validate_slug,
)
from sender.domain.values import (
    LABEL_PATTERN,
    MAX_OBJECT_BYTES,
    MAX_OBJECT_DEPTH,
    NOT_ONE_LINE,
    ONE_LINE_PATTERN,
    TEXT_PATTERN,
    label,
    object_problem,
    text_problem,
)
from sender.errors import ValidationFailed

ID_PATTERN = r"^[0-9a-f]{32}$"
KEY_ID_PATTERN = r"^[0-9a-f]{12}$"
# The store's integer columns: a value beyond them is refused here, not overflowed there.
MAX_INT32 = 2**31 - 1
MAX_INT64 = 2**63 - 1


def _text(value: str) -> str:
    problem = text_problem(value, one_line=False)
    if problem is not None:
        raise PydanticCustomError("text", problem)
    return value


def _one_line(value: str) -> str:
    problem = text_problem(value)
    if problem is not None:
        raise PydanticCustomError("text", problem)
    return value


def _slug(value: str) -> str:
    try:
        return validate_slug(value)
    except ValidationFailed as exc:
        raise PydanticCustomError("slug", exc.message) from None


def _label(value: str) -> str:
    if not label(_one_line(value)):
        raise PydanticCustomError("label", "must not be blank")
    return value


def _http_url(value: str) -> str:
    if not _one_line(value).startswith(("http://", "https://")):
        raise PydanticCustomError("url", "must start with http:// or https://")
    return value


# An http(s) URL, or a relative reference (RFC 3986 4.2) whose first segment has no colon, so
# it cannot name another scheme (`javascript:`, `file:`): resolved against a base_url.
_URL_CHAR = f"[^{NOT_ONE_LINE} ]"
PLAYLIST_URL_PATTERN = (
    f"^(?:https?://{_URL_CHAR}*|[^:/?#{NOT_ONE_LINE} ]*(?:[/?#]{_URL_CHAR}*)?)$"
)
_PLAYLIST_URL_RE = re.compile(PLAYLIST_URL_PATTERN)


def _playlist_url(value: str) -> str:
    if not _PLAYLIST_URL_RE.fullmatch(_one_line(value)):
        raise PydanticCustomError(
            "url", "must be an http(s) URL or a path relative to the endpoint's base_url"
        )
    return value


def _json_object(value: dict[str, Any]) -> dict[str, Any]:
    problem = object_problem(value)
    if problem is not None:
        raise PydanticCustomError("json_object", problem)
    return value


def _json_number(value: object) -> object:
    if isinstance(value, bool | str):
        raise PydanticCustomError("number", "must be a JSON number")
    return value


def _json_text(value: object) -> object:
    if not isinstance(value, str | datetime):
        raise PydanticCustomError("time", "must be an RFC 3339 time string")
    return value


def _utc(value: datetime) -> datetime:
    try:
        return value.astimezone(UTC)
    except OverflowError:
        raise PydanticCustomError("datetime", "must be a time that exists in UTC") from None


# What free-form JSON may hold (see domain.values): components/schemas/JsonValue.
JSON_VALUE_REF = {"$ref": "#/components/schemas/JsonValue"}
_TEXT = {"type": "string", "pattern": TEXT_PATTERN}
JSON_VALUE_SCHEMA: dict[str, Any] = {
    "description": "any JSON value; strings without NUL or lone surrogates",
    "anyOf": [
        _TEXT,
        {"type": "number"},
        {"type": "boolean"},
        {"type": "null"},
        {"type": "array", "items": JSON_VALUE_REF},
        {"type": "object", "propertyNames": _TEXT, "additionalProperties": JSON_VALUE_REF},
    ],
}

# Text the store can keep; one line of text; a label also holds more than space (which is
# stripped from its ends).
Text = Annotated[str, AfterValidator(_text), Field(json_schema_extra={"pattern": TEXT_PATTERN})]
OneLine = Annotated[
    str, AfterValidator(_one_line), Field(json_schema_extra={"pattern": ONE_LINE_PATTERN})
]
# A new stream's slug. Slugs and ids that name something are documented by their form, but
# one of another form is only not found (404), like any unknown one: such a lookup needs
# no more than text the store can take.
NewSlug = Annotated[
    str,
    AfterValidator(_slug),
    Field(min_length=1, max_length=64, json_schema_extra={"pattern": SLUG_PATTERN}),
]
Slug = Annotated[
    str,
    AfterValidator(_one_line),
    Field(
        min_length=1,
        max_length=64,
        examples=["demo"],
        json_schema_extra={"pattern": SLUG_PATTERN},
    ),
]
Id = Annotated[
    str,
    AfterValidator(_one_line),
    Field(max_length=64, json_schema_extra={"pattern": ID_PATTERN}),
]
KeyId = Annotated[
    str,
    AfterValidator(_one_line),
    Field(max_length=64, json_schema_extra={"pattern": KEY_ID_PATTERN}),
]
Label = Annotated[str, AfterValidator(_label), Field(json_schema_extra={"pattern": LABEL_PATTERN})]
Title = Annotated[Label, Field(max_length=MAX_TITLE)]
HttpUrl = Annotated[
    str,
    AfterValidator(_http_url),
    Field(json_schema_extra={"pattern": f"^https?://[^{NOT_ONE_LINE}]*$"}),
]
PlaylistUrl = Annotated[
    str,
    AfterValidator(_playlist_url),
    Field(min_length=1, max_length=2000, json_schema_extra={"pattern": PLAYLIST_URL_PATTERN}),
]
JsonObject = Annotated[
    dict[str, Any],
    AfterValidator(_json_object),
    WithJsonSchema(
        {
            "type": "object",
            "propertyNames": _TEXT,
            "additionalProperties": JSON_VALUE_REF,
            "description": f"a JSON object, at most {MAX_OBJECT_DEPTH} levels deep and "
            f"{MAX_OBJECT_BYTES // 1024} KiB as JSON",
        }
    ),
]
# JSON numbers and times as JSON carries them: no number written as a string (or a bool),
# no time written as a number.
# (After a field's bounds, so that the document states them: `Annotated[int, Field(ge=0),
# JSON_NUMBER]`.)
JSON_NUMBER = BeforeValidator(_json_number)
UtcTime = Annotated[AwareDatetime, BeforeValidator(_json_text), AfterValidator(_utc)]
HistoryLimit = Annotated[int, Field(ge=1, le=100_000, description="snapshots, newest kept")]


def _ladder(value: object) -> tuple[Rung, ...]:
    # The domain states every rule and its message ("ladder[1].height must be even, not 721"),
    # so its ValidationFailed leaves as the 422 itself: pydantic passes on what is not a
    # ValueError, and the message names the rung and the field without a second prefix.
    # (A tuple is a ladder read already, handed from the REST body to the method table.)
    if not isinstance(value, list | tuple):
        raise ValidationFailed("ladder must be a list of rungs")
    return validate_ladder([_integral(rung) for rung in value])


def _integral(rung: object) -> object:
    """A rung's integer fields as JSON Schema's `integer` reads them: `720.0` is 720 (as every
    other integer of the API takes it); 720.5 is left for the domain to refuse, and so is 1e300
    (out of every range; its 300 digits are no message)."""
    if not isinstance(rung, dict):
        return rung
    return {k: _exact_int(v) if k in _INTEGER_FIELDS else v for k, v in rung.items()}


def _exact_int(value: object) -> object:
    if isinstance(value, float) and value.is_integer() and abs(value) <= 2**53:
        return int(value)
    return value


_INTEGER_FIELDS = ("height", "video_kbps", "audio_kbps")


def _nullable(schema: dict[str, Any]) -> dict[str, Any]:
    return {"anyOf": [schema, {"type": "null"}]}


# `domain.ladder`'s rules as JSON Schema, from the same constants. One rule it cannot state:
# rung names are unique within a ladder (a 422 names the duplicates).
RUNG_SCHEMA: dict[str, Any] = {
    "type": "object",
    "additionalProperties": False,
    "required": ["name", "height", "video_kbps"],
    "properties": {
        "name": {
            "type": "string",
            "pattern": f"^{RUNG_NAME_RE.pattern}$",
            "not": {"const": SOURCE},
            "description": f"the rendition's name in the stream's HLS; not {SOURCE!r}, the copy",
        },
        "height": {
            "type": "integer",
            "minimum": MIN_HEIGHT,
            "maximum": MAX_HEIGHT,
            "multipleOf": 2,
            "description": "pixels; the width follows the source's aspect ratio",
        },
        "video_kbps": {
            "type": "integer",
            "minimum": VIDEO_KBPS[0],
            "maximum": VIDEO_KBPS[1],
            "description": "H.264 bit rate, kbit/s",
        },
        "audio_kbps": _nullable(
            {"type": "integer", "minimum": AUDIO_KBPS[0], "maximum": AUDIO_KBPS[1]}
        )
        | {"description": "AAC bit rate, kbit/s; null or absent: the source's audio, copied"},
        "fps": _nullable({"type": "number", "minimum": FPS[0], "maximum": FPS[1]})
        | {"description": "frame rate cap; null or absent: the source's"},
    },
}
LADDER_SCHEMA: dict[str, Any] = {
    "type": "array",
    "maxItems": MAX_RUNGS,
    "items": RUNG_SCHEMA,
    "description": "rungs encoded beside the source copy, names unique; [] is the copy alone."
    " A change takes effect at the stream's next generation",
}
Ladder = Annotated[Any, AfterValidator(_ladder), WithJsonSchema(LADDER_SCHEMA)]
# (Not `Ladder | None`: `Any` would take the null too, and the domain refuse it.)
LadderChange = Annotated[
    Any,
    AfterValidator(lambda value: None if value is None else _ladder(value)),
    WithJsonSchema(_nullable(LADDER_SCHEMA)),
]


class _In(BaseModel):
    # NaN and Infinity never reach a float field (a JSON body cannot carry them either).
    model_config = ConfigDict(extra="forbid", allow_inf_nan=False)


# Requests --------------------------------------------------------------------


class StreamCreate(_In):
    slug: NewSlug
    title: Title
    visibility: Visibility = Visibility.PUBLIC
    latency_mode: LatencyMode = LatencyMode.LOW
    settings: JsonObject | None = None
    ladder: Ladder = Field(default=(), json_schema_extra={"default": []})


class StreamUpdate(_In):
    title: Title | None = None
    visibility: Visibility | None = None
    latency_mode: LatencyMode | None = None
    settings: JsonObject | None = None
    ladder: LadderChange = Field(
        None, description="replaces the whole ladder ([] clears it); null or absent: unchanged"
    )


class StreamList(_In):
    visibility: Visibility | None = None


class SlugParams(_In):
    slug: Slug


class StreamUpdateParams(StreamUpdate):
    slug: Slug


class StreamStart(_In):
    origin: Annotated[OneLine, Field(min_length=1, max_length=128)] | None = Field(
        None,
        description="an origin endpoint (id or name) to make the generation: another node's, "
        "or an external origin's; this node by default",
    )


class StreamStartParams(StreamStart):
    slug: Slug


class KeyParams(_In):
    slug: Slug
    key_id: KeyId


class CapacityIn(_In):
    max_viewers: Annotated[int, Field(ge=1, le=MAX_INT32), JSON_NUMBER] | None = None
    max_egress_bps: Annotated[float, Field(gt=0, le=1e15), JSON_NUMBER] | None = None

    def to_domain(self) -> Capacity:
        return Capacity(max_viewers=self.max_viewers, max_egress_bps=self.max_egress_bps)


class EndpointUpsert(_In):
    name: Annotated[Label, Field(max_length=100)]
    kind: EndpointKind
    base_url: Annotated[HttpUrl, Field(max_length=2000)]
    node_id: Annotated[OneLine, Field(max_length=128)] | None = None
    source_ids: list[Id] = Field(
        default_factory=list, max_length=32, description="edges: sources in failover order"
    )
    issue_token: StrictBool = Field(
        False, description="external endpoints: issue a new report token, returned once"
    )
    enabled: StrictBool = True
    capacity: CapacityIn | None = Field(
        None, description="beyond either limit the endpoint is overloaded (none: no limit)"
    )
    tls_verify: StrictBool = Field(
        True, description="as a source: an edge checks its TLS certificate"
    )


class SnapshotReport(_In):
    viewers: Annotated[int, Field(ge=0, le=MAX_INT32), JSON_NUMBER] = 0
    ingress_bps: Annotated[float, Field(ge=0), JSON_NUMBER] = 0.0
    egress_bps: Annotated[float, Field(ge=0), JSON_NUMBER] = 0.0
    playlist_age_s: Annotated[float, Field(ge=0), JSON_NUMBER] | None = None
    last_segment_at: UtcTime | None = None
    segment_lag: Annotated[float, JSON_NUMBER] | None = None
    health: Health = Health.HEALTHY
    extra: JsonObject = Field(default_factory=dict)


class SnapshotReportParams(SnapshotReport):
    endpoint_id: Id


class RenditionIn(_In):
    name: Annotated[OneLine, Field(min_length=1, max_length=64)]
    width: Annotated[int, Field(ge=1, le=16384), JSON_NUMBER] | None = None
    height: Annotated[int, Field(ge=1, le=16384), JSON_NUMBER] | None = None
    bandwidth: (
        Annotated[int, Field(ge=0, le=MAX_INT64, description="bits per second"), JSON_NUMBER] | None
    ) = None
    codecs: Annotated[OneLine, Field(max_length=200)] | None = None
    frame_rate: Annotated[float, Field(gt=0, le=1000), JSON_NUMBER] | None = None
    average_bandwidth: (
        Annotated[
            int,
            Field(ge=0, le=MAX_INT64, description="bits per second, averaged (AVERAGE-BANDWIDTH)"),
            JSON_NUMBER,
        ]
        | None
    ) = None
    playlist_url: PlaylistUrl | None = Field(
        None,
        description="the rendition's media playlist as the muxer serves it: an http(s) URL, "
        "or a path relative to its endpoint's base_url",
    )

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
    ttl_s: Annotated[int, Field(ge=60, le=366 * 86400), JSON_NUMBER] | None = Field(
        None,
        description="seconds the token is valid (default 3600; at most playback_token_max_ttl_s)",
    )


class PlaybackTokenParams(PlaybackTokenCreate):
    slug: Slug


class HistoryParams(_In):
    endpoint_id: Id
    limit: HistoryLimit = 720


class RpcRequest(_In):
    method: str = Field(min_length=1, max_length=100, examples=["stream.get"])
    params: dict[str, Any] = Field(default_factory=dict)


# Responses -------------------------------------------------------------------


class _Out(BaseModel):
    """A response body read from a domain object's attributes: `Model.model_validate(obj)`."""

    model_config = ConfigDict(from_attributes=True)


class RungOut(_Out):
    name: str
    height: int
    video_kbps: int
    audio_kbps: int | None = Field(description="null: the source's audio, copied")
    fps: float | None = Field(description="null: the source's frame rate")


class StreamOut(_Out):
    id: str
    slug: str
    title: str
    visibility: Visibility
    latency_mode: LatencyMode
    settings: dict[str, Any]
    ladder: list[RungOut] = Field(
        description="rungs encoded beside the source copy from the next generation on"
    )
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
    backend: str | None = Field(
        description='what carries the publish: "ffmpeg" (a supervised process) or "native"'
    )
    backend_fallback: str | None = Field(
        description="why the publish went to ffmpeg on a native node (a codec the native"
        " muxer cannot carry), else null"
    )


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


class CapacityOut(_Out):
    max_viewers: int | None
    max_egress_bps: float | None


class EndpointOut(_Out):
    id: str
    name: str
    kind: EndpointKind
    base_url: str
    node_id: str | None
    source_ids: list[str]
    enabled: bool
    capacity: CapacityOut
    tls_verify: bool
    has_token: bool = Field(validation_alias="token_verifier")
    created_at: datetime
    updated_at: datetime
    snapshot: SnapshotOut | None = None
    health: Health | None = Field(
        None, description="as the cluster sees it: down without a fresh snapshot"
    )

    @field_validator("has_token", mode="before")
    @classmethod
    def _has_token(cls, verifier: object) -> bool:
        # Read from the endpoint's verifier: whether there is one is all that leaves.
        return verifier is not None

    @classmethod
    def from_view(cls, v: EndpointView) -> EndpointOut:
        out = cls.model_validate(v.endpoint)
        out.snapshot = SnapshotOut.model_validate(v.snapshot) if v.snapshot else None
        out.health = v.health
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
    bandwidth: int | None = Field(description="bits per second, peak (BANDWIDTH)")
    average_bandwidth: int | None = Field(
        description="bits per second, averaged (AVERAGE-BANDWIDTH)"
    )
    codecs: str | None
    frame_rate: float | None
    playlist_url: str | None = Field(
        description="an external muxer's media playlist of the rendition (absolute, or "
        "relative to its endpoint's base_url); null for what this node packages"
    )


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
    codecs: str | None = None
    width: int | None = None
    height: int | None = None
    bandwidth: int | None = Field(None, description="peak bit rate of a segment, bits/s")
    average_bandwidth: int | None = None
    frame_rate: float | None = None


class StreamStatsOut(BaseModel):
    stream_id: str
    slug: str
    generation_id: str | None
    live: bool
    viewers: int = Field(description="viewer sessions with a sign in the last 30 s, on this node")
    viewers_cluster: int = Field(
        0, description="viewers on every node: the sum of the endpoints' fresh snapshots"
    )
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
    ladder_notes: list[str] = Field(
        default_factory=list, description="rungs of the ladder dropped for this broadcast, why"
    )
    transcode_speed: float | None = Field(
        None, description="the ladder transcoder's speed over the last 5 s (1.0: real time)"
    )
    transcode_slow: bool = False
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
