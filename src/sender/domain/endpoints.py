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
class Capacity:
    """What an endpoint can take: beyond either figure it is overloaded (None: no limit)."""

    max_viewers: int | None = None
    max_egress_bps: float | None = None

    def utilization(self, viewers: int, egress_bps: float) -> float:
        """The larger share of a limit in use (0.0 without limits; above 1.0: overloaded)."""
        shares = [0.0]
        if self.max_viewers:
            shares.append(viewers / self.max_viewers)
        if self.max_egress_bps:
            shares.append(egress_bps / self.max_egress_bps)
        return max(shares)

    def as_dict(self) -> dict[str, object]:
        return {"max_viewers": self.max_viewers, "max_egress_bps": self.max_egress_bps}


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
    capacity: Capacity = Capacity()
    tls_verify: bool = True  # as a source: check its TLS certificate

    @property
    def origin_node(self) -> str:
        """The generations' `node_id` an origin (Sender's or an external one) makes."""
        return self.node_id or self.name


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
