"""Media endpoints (places that serve a stream's HLS) and their snapshots."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum


class EndpointKind(StrEnum):
    ORIGIN = "origin"
    EDGE = "edge"
    EXTERNAL_ORIGIN = "external_origin"
    EXTERNAL_EDGE = "external_edge"


class Health(StrEnum):
    HEALTHY = "healthy"
    DEGRADED = "degraded"
    STALE = "stale"
    OVERLOADED = "overloaded"
    DOWN = "down"


@dataclass(frozen=True, slots=True)
class MediaEndpoint:
    id: str
    name: str
    kind: EndpointKind
    base_url: str
    node_id: str | None
    created_at: datetime
    updated_at: datetime
    source_ids: tuple[str, ...] = ()  # edges: failover order
    token_verifier: str | None = None  # external endpoints report with a token
    enabled: bool = True


@dataclass(frozen=True, slots=True)
class EndpointSnapshot:
    endpoint_id: str
    reported_at: datetime
    viewers: int = 0
    ingress_bps: float = 0.0
    egress_bps: float = 0.0
    playlist_age_s: float | None = None
    last_segment_at: datetime | None = None
    segment_lag: float | None = None
    health: Health = Health.HEALTHY
    extra: dict[str, object] = field(default_factory=dict)
