"""The control plane in a cluster: endpoints' rules, the reconcile step, playback from any node."""

from __future__ import annotations

from pathlib import Path

import pytest

from sender.control import endpoints, keys, lifecycle, streams
from sender.control.context import Context
from sender.control.playback import playback
from sender.control.publish import PublishGate
from sender.domain.endpoints import Capacity, EndpointKind, Health
from sender.domain.generations import GenerationState
from sender.errors import NotFound, PublishRefused, ValidationFailed
from sender.store.repository import Repository
from tests.control.doubles import RecordingLive, live_of, make_settings


def node(repo: Repository, tmp_path: Path, node_id: str) -> Context:
    """A second node's context on the same store (its own recording runtime)."""
    settings = make_settings(tmp_path, node_id=node_id, public_url=f"http://{node_id}:8080")
    return Context(repo=repo, settings=settings, live=RecordingLive(), node_id=node_id)


async def origin(ctx: Context, node_id: str = "node-a") -> str:
    up = await endpoints.upsert_endpoint(
        ctx,
        name=f"origin-{node_id}",
        kind=EndpointKind.ORIGIN,
        base_url=f"http://{node_id}:8080",
        node_id=node_id,
    )
    return up.endpoint.id


async def test_an_edge_needs_sources_that_exist_and_close_no_cycle(ctx: Context) -> None:
    a = await origin(ctx)
    with pytest.raises(ValidationFailed, match="at least one source"):
        await endpoints.upsert_endpoint(
            ctx, name="edge-b", kind=EndpointKind.EDGE, base_url="http://b", node_id="b"
        )
    first = await endpoints.upsert_endpoint(
        ctx, name="edge-b", kind=EndpointKind.EDGE, base_url="http://b", source_ids=[a]
    )
    second = await endpoints.upsert_endpoint(
        ctx,
        name="edge-c",
        kind=EndpointKind.EDGE,
        base_url="http://c",
        source_ids=[first.endpoint.id, a],
        capacity=Capacity(max_viewers=100),
        tls_verify=False,
    )
    assert second.endpoint.capacity == Capacity(max_viewers=100)
    assert not second.endpoint.tls_verify
    with pytest.raises(ValidationFailed, match="through others"):
        await endpoints.upsert_endpoint(
            ctx,
            name="edge-b",
            kind=EndpointKind.EDGE,
            base_url="http://b",
            source_ids=[second.endpoint.id],
        )
    stored = await ctx.repo.get_endpoint(first.endpoint.id)
    assert stored is not None and stored.source_ids == (a,)  # the refused change left nothing


async def test_reconcile_mirrors_what_this_nodes_edge_serves(
    ctx: Context, repo: Repository, tmp_path: Path
) -> None:
    a = await origin(ctx)
    b = node(repo, tmp_path, "node-b")
    edge = await endpoints.upsert_endpoint(
        ctx,
        name="edge-node-b",
        kind=EndpointKind.EDGE,
        base_url="http://node-b:8080",
        node_id="node-b",
        source_ids=[a],
    )
    await streams.create_stream(ctx, slug="show", title="Show")
    await streams.create_stream(ctx, slug="here", title="Here")
    there = await streams.start_stream(ctx, "show")  # made by node-a
    mine = await streams.start_stream(b, "here")  # made by node-b itself
    await lifecycle.reconcile(b)
    [(active, _)] = live_of(b).reconciled
    assert active == [mine.id]
    [[(mirrored_id, route)]] = live_of(b).mirrored
    assert mirrored_id == there.id
    assert [u.endpoint_id for u in route] == [a]
    assert route[0].url == f"http://node-a:8080/hls/{there.stream_id}/{there.id}/index.m3u8"
    assert route[0].health is Health.DOWN  # node-a wrote no snapshot yet

    # Without the edge endpoint nothing is mirrored.
    await endpoints.upsert_endpoint(
        ctx,
        name="edge-node-b",
        kind=EndpointKind.EDGE,
        base_url="http://node-b:8080",
        node_id="node-b",
        source_ids=[a],
        enabled=False,
    )
    await lifecycle.reconcile(b)
    assert live_of(b).mirrored[-1] == []
    assert edge.endpoint.id


async def test_a_stop_through_another_node_ends_the_media_held_here(
    ctx: Context, repo: Repository, tmp_path: Path
) -> None:
    await streams.create_stream(ctx, slug="show", title="Show")
    generation = await streams.start_stream(ctx, "show")
    assert live_of(ctx).running_generations() == [generation.id]
    other = node(repo, tmp_path, "node-b")
    await streams.stop_stream(other, "show")
    assert live_of(ctx).stopped == []  # nothing told node-a yet
    await lifecycle.reconcile(ctx)
    assert live_of(ctx).stopped == [generation.id]


async def test_playback_from_any_node(ctx: Context, repo: Repository, tmp_path: Path) -> None:
    a = await origin(ctx)
    b = node(repo, tmp_path, "node-b")
    c = node(repo, tmp_path, "node-c")
    edge = await endpoints.upsert_endpoint(
        ctx,
        name="edge-node-b",
        kind=EndpointKind.EDGE,
        base_url="http://node-b:8080",
        node_id="node-b",
        source_ids=[a],
    )
    stream = await streams.create_stream(ctx, slug="show", title="Show")
    generation = await streams.start_stream(ctx, "show")
    path = f"/hls/{stream.id}/{generation.id}/index.m3u8"
    assert (await playback(ctx, "show")).hls_url == f"http://127.0.0.1:8080{path}"
    # node-c has no edge: it sends the viewer to the healthiest endpoint. Only the edge
    # reports a fresh snapshot, so it is that one.
    await endpoints.report_snapshot(ctx, edge.endpoint.id, viewers=1)
    assert (await playback(c, "show")).hls_url == f"http://node-b:8080{path}"
    # The origin reports too, with fewer viewers: now it is the least loaded.
    await endpoints.report_snapshot(ctx, a, viewers=0)
    assert (await playback(c, "show")).hls_url == f"http://node-a:8080{path}"
    # node-b's edge serves it: while its mirror is held, on its own address.
    live_of(b).started.append(generation.id)
    assert (await playback(b, "show")).hls_url == f"http://node-b:8080{path}"


async def test_viewers_add_up_over_fresh_snapshots(
    ctx: Context, repo: Repository, tmp_path: Path
) -> None:
    a = await origin(ctx)
    b = await origin(ctx, "node-b")
    stream = await streams.create_stream(ctx, slug="show", title="Show")
    await endpoints.report_snapshot(ctx, a, viewers=3, extra={"viewers_by_stream": {stream.id: 3}})
    await endpoints.report_snapshot(ctx, b, viewers=4, extra={"viewers_by_stream": {stream.id: 4}})
    assert await endpoints.cluster_viewers(ctx, stream.id) == 7
    stale = node(repo, tmp_path, "node-z")
    stale.settings = make_settings(tmp_path, health_down_after_s=0.001)
    assert await endpoints.cluster_viewers(stale, stream.id) == 0  # both too old for it


async def test_start_on_another_origin_and_no_publish_here(ctx: Context, tmp_path: Path) -> None:
    await endpoints.upsert_endpoint(
        ctx,
        name="muxer",
        kind=EndpointKind.EXTERNAL_ORIGIN,
        base_url="http://nginx:81/live",
        node_id="mux-1",
    )
    await streams.create_stream(ctx, slug="show", title="Show")
    with pytest.raises(NotFound):
        await streams.start_stream(ctx, "show", origin="nothing")
    generation = await streams.start_stream(ctx, "show", origin="muxer")
    assert generation.node_id == "mux-1" and generation.state is GenerationState.STARTING
    key = (await keys.create_key(ctx, "show")).key
    with pytest.raises(PublishRefused) as refused:
        await PublishGate(ctx).begin_publish("live", key, "203.0.113.1:5000")
    assert refused.value.reason == "other_node"
