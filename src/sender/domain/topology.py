"""The cluster's topology: who can serve which generation, and from where (pure).

Endpoints form a graph: an edge pulls from its sources, in failover order.
- an origin (Sender's) serves the generations its node makes (`node_id`);
- an external origin serves the generations started on it (their `node_id`
  is its `origin_node`);
- an edge, or an external edge, serves what any of its sources serves.

The rules of that graph (`check_sources`): every source exists, none is the
endpoint itself, the graph has no cycle, and an edge has at least one source.

URLs: Sender's own endpoints, and an external edge (a CDN, an HLS repeater) in
front of them, serve Sender's paths, `/hls/{stream_id}/{generation_id}/...`;
an external origin serves `{base_url}/{stream slug}/index.m3u8`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from urllib.parse import urlsplit

from sender.domain.endpoints import EndpointKind, Health, MediaEndpoint
from sender.domain.generations import Generation
from sender.domain.health import SEVERITY
from sender.domain.streams import Stream
from sender.errors import ValidationFailed

EDGE_KINDS = frozenset({EndpointKind.EDGE, EndpointKind.EXTERNAL_EDGE})
ORIGIN_KINDS = frozenset({EndpointKind.ORIGIN, EndpointKind.EXTERNAL_ORIGIN})
# Endpoints whose URLs are Sender's /hls/ paths (an external edge repeats them).
SENDER_PATHS = frozenset({EndpointKind.ORIGIN, EndpointKind.EDGE, EndpointKind.EXTERNAL_EDGE})


def check_sources(
    name: str,
    kind: EndpointKind,
    source_ids: Sequence[str],
    endpoints: Sequence[MediaEndpoint],
) -> None:
    """Raise ValidationFailed when endpoint `name` may not have these sources."""
    by_id = {e.id: e for e in endpoints}
    me = next((e for e in endpoints if e.name == name), None)
    if source_ids and kind not in EDGE_KINDS:
        raise ValidationFailed(f"source_ids: only edge endpoints have sources, not {kind}")
    if kind is EndpointKind.EDGE and not source_ids:
        raise ValidationFailed("source_ids: an edge needs at least one source")
    if len(set(source_ids)) != len(source_ids):
        raise ValidationFailed("source_ids: each source may appear once")
    for source_id in source_ids:
        if source_id not in by_id:
            raise ValidationFailed(f"source_ids: endpoint {source_id!r} does not exist")
        if me is not None and source_id == me.id:
            raise ValidationFailed("source_ids: an endpoint cannot be its own source")
    if me is None:
        return  # nothing points at a new endpoint yet: it closes no cycle
    # A cycle through the endpoint: some source leads back to it.
    pending = list(source_ids)
    seen: set[str] = set()
    while pending:
        current = pending.pop()
        if current == me.id:
            raise ValidationFailed(f"source_ids: {name} would be its own source through others")
        if current in seen or current not in by_id:
            continue
        seen.add(current)
        pending.extend(by_id[current].source_ids)


def serves(
    endpoint: MediaEndpoint,
    generation: Generation,
    by_id: Mapping[str, MediaEndpoint],
    _seen: frozenset[str] = frozenset(),
) -> bool:
    """Can `endpoint` serve `generation` (itself, or through its sources)?"""
    if not endpoint.enabled or endpoint.id in _seen:
        return False
    if endpoint.kind in ORIGIN_KINDS:
        return endpoint.origin_node == generation.node_id
    seen = _seen | {endpoint.id}
    return any(
        serves(by_id[s], generation, by_id, seen) for s in endpoint.source_ids if s in by_id
    )


def generation_url(endpoint: MediaEndpoint, stream: Stream, generation: Generation) -> str:
    """The multivariant (or only) playlist of `generation` at `endpoint`."""
    base = endpoint.base_url.rstrip("/")
    if endpoint.kind is EndpointKind.EXTERNAL_ORIGIN:
        return f"{base}/{stream.slug}/index.m3u8"
    return f"{base}/hls/{stream.id}/{generation.id}/index.m3u8"


@dataclass(frozen=True, slots=True)
class Upstream:
    """One source an edge may pull a generation from, as the shared state describes it."""

    endpoint_id: str
    name: str
    kind: EndpointKind
    url: str  # the generation's multivariant (or only) playlist there
    tls_verify: bool = True
    health: Health = Health.HEALTHY
    # The endpoint's base URL: an external muxer's recorded playlist URLs are relative to it.
    base_url: str = ""

    @property
    def sender_names(self) -> bool:
        """Does it name its files by Sender's grammar (a Sender node, or a repeater of one)?"""
        return self.kind is not EndpointKind.EXTERNAL_ORIGIN


def upstreams(
    edge: MediaEndpoint,
    stream: Stream,
    generation: Generation,
    by_id: Mapping[str, MediaEndpoint],
    health: Mapping[str, Health],
) -> tuple[Upstream, ...]:
    """The edge's sources that serve the generation, in its failover order."""
    found = []
    for source_id in edge.source_ids:
        source = by_id.get(source_id)
        if source is None or not serves(source, generation, by_id, frozenset({edge.id})):
            continue
        found.append(
            Upstream(
                endpoint_id=source.id,
                name=source.name,
                kind=source.kind,
                url=generation_url(source, stream, generation),
                tls_verify=source.tls_verify,
                health=health.get(source.id, Health.HEALTHY),
                base_url=source.base_url,
            )
        )
    return tuple(found)


@dataclass(frozen=True, slots=True)
class Candidate:
    """An endpoint that could serve a viewer, with what the shared state says of it."""

    endpoint: MediaEndpoint
    health: Health
    utilization: float = 0.0  # share of its capacity in use (0.0 without limits)
    viewers: int = 0

    @property
    def pathway(self) -> str:
        return pathway_id(self.endpoint)


def viewer_endpoints(
    generation: Generation, endpoints: Sequence[MediaEndpoint]
) -> list[MediaEndpoint]:
    """Enabled endpoints a viewer of `generation` can be sent to."""
    by_id = {e.id: e for e in endpoints}
    return [e for e in endpoints if e.enabled and serves(e, generation, by_id)]


def rank(candidates: Sequence[Candidate]) -> list[Candidate]:
    """Healthiest first, then the least loaded (share of capacity, then viewers), then by name."""
    return sorted(
        candidates,
        key=lambda c: (SEVERITY[c.health], c.utilization, c.viewers, c.endpoint.name),
    )


def pathway_id(endpoint: MediaEndpoint) -> str:
    """The content-steering PATHWAY-ID of an endpoint, in the characters 8216bis allows.

    A Sender node is one pathway whichever of its endpoints serves (its origin's
    or its edge's playlists are at the same address): its node id. Any other
    endpoint is a pathway of its own, by name.
    """
    if endpoint.kind in (EndpointKind.ORIGIN, EndpointKind.EDGE) and endpoint.node_id:
        return node_pathway(endpoint.node_id)
    return node_pathway(endpoint.name) or endpoint.id


def node_pathway(name: str) -> str:
    """`name` in the characters of a PATHWAY-ID ([A-Za-z0-9._-]), at most 128 of them."""
    return "".join(c if c.isascii() and (c.isalnum() or c in "._-") else "-" for c in name)[:128]


def steerable(endpoint: MediaEndpoint) -> bool:
    """Can a player move to this endpoint by host alone (Sender's paths at the URL's root)?"""
    if endpoint.kind not in SENDER_PATHS:
        return False
    parts = urlsplit(endpoint.base_url)
    return bool(parts.netloc) and parts.path in ("", "/")
