"""Topology operations: media endpoints, their snapshots, and the renditions of a generation.

External endpoints may be given a report token: generated here, shown once,
stored only as a verifier (the same scheme as stream keys).
"""

from __future__ import annotations

import logging
import secrets
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime

from sender.config import Settings
from sender.control.context import Context
from sender.domain.endpoints import (
    Capacity,
    EndpointKind,
    EndpointSnapshot,
    Health,
    MediaEndpoint,
)
from sender.domain.generations import Generation
from sender.domain.health import HealthThresholds, endpoint_health, is_fresh
from sender.domain.ids import utcnow
from sender.domain.keys import make_verifier, verify_secret
from sender.domain.renditions import Rendition
from sender.domain.topology import Candidate, check_sources, rank, viewer_endpoints
from sender.errors import NotFound, Unauthorized, ValidationFailed

log = logging.getLogger(__name__)

EXTERNAL_KINDS = frozenset({EndpointKind.EXTERNAL_ORIGIN, EndpointKind.EXTERNAL_EDGE})
_DUMMY_VERIFIER = make_verifier("no-endpoint-has-this-token-it-only-spends-time")


def health_thresholds(settings: Settings) -> HealthThresholds:
    """The health rule's thresholds, as the node is configured."""
    return HealthThresholds(
        degraded_after_s=settings.health_degraded_after_s,
        stale_after_s=settings.health_stale_after_s,
        down_after_s=settings.health_down_after_s,
    )


@dataclass(frozen=True, slots=True)
class UpsertedEndpoint:
    endpoint: MediaEndpoint
    token: str | None  # the report token, only when one was issued by this call


@dataclass(frozen=True, slots=True)
class EndpointView:
    endpoint: MediaEndpoint
    snapshot: EndpointSnapshot | None
    health: Health = Health.DOWN  # as the cluster sees it now (domain.health.endpoint_health)


async def upsert_endpoint(
    ctx: Context,
    *,
    name: str,
    kind: EndpointKind,
    base_url: str,
    node_id: str | None = None,
    source_ids: Sequence[str] = (),
    issue_token: bool = False,
    enabled: bool = True,
    capacity: Capacity | None = None,
    tls_verify: bool = True,
) -> UpsertedEndpoint:
    """Create or update the endpoint called `name` (names are unique).

    The sources must exist and close no cycle, and an edge needs one at least
    (domain.topology.check_sources). `capacity` (None: no limits) makes the
    endpoint overloaded beyond it; `tls_verify` is whether an edge pulling from
    it checks its certificate.
    """
    kind = EndpointKind(kind)
    name = name.strip()
    if not name or len(name) > 100:
        raise ValidationFailed("name must be 1-100 characters")
    if not base_url.startswith(("http://", "https://")):
        raise ValidationFailed("base_url must start with http:// or https://")
    if issue_token and kind not in EXTERNAL_KINDS:
        raise ValidationFailed("issue_token: only external endpoints report with a token")
    endpoints = await ctx.repo.list_endpoints()
    check_sources(name, kind, tuple(source_ids), endpoints)
    token: str | None = None
    existing = next((e for e in endpoints if e.name == name), None)
    verifier = existing.token_verifier if existing is not None else None
    if issue_token:
        token = secrets.token_urlsafe(24)
        verifier = make_verifier(token)
    endpoint = await ctx.repo.upsert_endpoint(
        name=name,
        kind=kind,
        base_url=base_url.rstrip("/"),
        node_id=node_id,
        source_ids=tuple(source_ids),
        token_verifier=verifier,
        enabled=enabled,
        capacity=capacity or Capacity(),
        tls_verify=tls_verify,
    )
    log.info("endpoint %s (%s) upserted", endpoint.name, endpoint.kind)
    return UpsertedEndpoint(endpoint=endpoint, token=token)


async def list_endpoints(ctx: Context) -> list[EndpointView]:
    snapshots = await ctx.repo.latest_snapshots()
    now, limits = utcnow(), health_thresholds(ctx.settings)
    return [
        EndpointView(
            endpoint=e,
            snapshot=snapshots.get(e.id),
            health=endpoint_health(snapshots.get(e.id), e.capacity, now, limits),
        )
        for e in await ctx.repo.list_endpoints()
    ]


async def get_endpoint(ctx: Context, endpoint_id: str) -> MediaEndpoint:
    endpoint = await ctx.repo.get_endpoint(endpoint_id)
    if endpoint is None:
        raise NotFound(f"endpoint {endpoint_id!r} not found")
    return endpoint


async def authenticate_endpoint(ctx: Context, endpoint_id: str, token: str) -> MediaEndpoint:
    """The endpoint whose report token this is; Unauthorized otherwise (unknown ids alike)."""
    endpoint = await ctx.repo.get_endpoint(endpoint_id)
    verifier = endpoint.token_verifier if endpoint is not None else None
    ok = verify_secret(token, verifier or _DUMMY_VERIFIER)
    if endpoint is None or verifier is None or not ok:
        raise Unauthorized("invalid endpoint token")
    return endpoint


async def report_snapshot(
    ctx: Context,
    endpoint_id: str,
    *,
    viewers: int = 0,
    ingress_bps: float = 0.0,
    egress_bps: float = 0.0,
    playlist_age_s: float | None = None,
    last_segment_at: datetime | None = None,
    segment_lag: float | None = None,
    health: Health = Health.HEALTHY,
    extra: dict[str, object] | None = None,
) -> EndpointSnapshot:
    endpoint = await get_endpoint(ctx, endpoint_id)
    snapshot = EndpointSnapshot(
        endpoint_id=endpoint.id,
        reported_at=utcnow(),
        viewers=viewers,
        ingress_bps=ingress_bps,
        egress_bps=egress_bps,
        playlist_age_s=playlist_age_s,
        last_segment_at=last_segment_at,
        segment_lag=segment_lag,
        health=Health(health),
        extra=dict(extra or {}),
    )
    await ctx.repo.save_snapshot(snapshot)
    return snapshot


async def _generation(ctx: Context, generation_id: str) -> Generation:
    generation = await ctx.repo.get_generation(generation_id)
    if generation is None:
        raise NotFound(f"generation {generation_id!r} not found")
    return generation


async def upsert_renditions(
    ctx: Context, generation_id: str, renditions: Sequence[Rendition]
) -> list[Rendition]:
    """Record the generation's renditions (by name); returns all of them."""
    generation = await _generation(ctx, generation_id)
    names = [r.name for r in renditions]
    if len(set(names)) != len(names):
        raise ValidationFailed("renditions: names must be unique")
    for rendition in renditions:
        await ctx.repo.upsert_rendition(replace(rendition, generation_id=generation.id))
    return list(await ctx.repo.list_renditions(generation.id))


async def replace_renditions(
    ctx: Context, generation_id: str, renditions: Sequence[Rendition]
) -> list[Rendition]:
    """Make the generation's renditions exactly these (an external muxer's whole set: those it
    no longer names are gone); returns them."""
    generation = await _generation(ctx, generation_id)
    names = [r.name for r in renditions]
    if len(set(names)) != len(names):
        raise ValidationFailed("renditions: names must be unique")
    return list(await ctx.repo.replace_renditions(generation.id, renditions))


async def list_renditions(ctx: Context, generation_id: str) -> list[Rendition]:
    generation = await _generation(ctx, generation_id)
    return list(await ctx.repo.list_renditions(generation.id))


async def ranked_endpoints(ctx: Context, generation: Generation) -> list[Candidate]:
    """The endpoints a viewer of `generation` can be sent to, the healthiest, least loaded first.

    Health and load come from the fresh snapshots (domain.health, domain.topology.rank).
    """
    endpoints = await ctx.repo.list_endpoints()
    snapshots = await ctx.repo.latest_snapshots()
    now, limits = utcnow(), health_thresholds(ctx.settings)
    candidates = []
    for endpoint in viewer_endpoints(generation, endpoints):
        snapshot = snapshots.get(endpoint.id)
        health = endpoint_health(
            snapshot, endpoint.capacity, now, limits, stream_id=generation.stream_id
        )
        counted = snapshot if snapshot is not None and health is not Health.DOWN else None
        candidates.append(
            Candidate(
                endpoint=endpoint,
                health=health,
                utilization=endpoint.capacity.utilization(counted.viewers, counted.egress_bps)
                if counted is not None
                else 0.0,
                viewers=counted.viewers if counted is not None else 0,
            )
        )
    return rank(candidates)


async def cluster_viewers(ctx: Context, stream_id: str) -> int:
    """A stream's viewers on every node: the sum of the fresh snapshots' counts of it.

    Each node reports its full count per stream (`extra.viewers_by_stream`); a
    node that died drops out when its snapshot goes stale, so nothing leaks.
    """
    now, limits = utcnow(), health_thresholds(ctx.settings)
    total = 0
    for snapshot in (await ctx.repo.latest_snapshots()).values():
        if not is_fresh(snapshot, now, limits):
            continue
        counts = snapshot.extra.get("viewers_by_stream")
        if isinstance(counts, dict):
            count = counts.get(stream_id)
            if isinstance(count, int) and not isinstance(count, bool) and count > 0:
                total += count
    return total
