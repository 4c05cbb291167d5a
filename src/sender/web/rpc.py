"""The management operations by method name: `POST /api/v1/rpc {"method", "params"}`.

This table is also what the REST routes call, so a REST response and the RPC
result of the same operation are the same JSON. Each method validates its
params with a pydantic model (unknown params are a 422 naming them).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from pydantic import BaseModel

from sender.control import endpoints as endpoint_ops
from sender.control import keys as key_ops
from sender.control import streams as stream_ops
from sender.control import tokens as token_ops
from sender.control.context import Context
from sender.errors import NotFound
from sender.web import schemas as s

API_VERSION = "v1"

P = TypeVar("P", bound=BaseModel)


@dataclass(frozen=True, slots=True)
class Method(Generic[P]):
    name: str
    params: type[P]
    result: type[BaseModel]
    run: Callable[[Context, P], Awaitable[BaseModel]]
    summary: str


async def _capabilities(ctx: Context, _: s.NoParams) -> s.CapabilitiesOut:
    return s.CapabilitiesOut(
        api_version=API_VERSION,
        node_id=ctx.node_id,
        methods=sorted(METHODS),
        auto_start_on_publish=ctx.settings.auto_start_on_publish,
        rtmp_url=ctx.settings.rtmp_base_url(),
    )


async def _stream_get(ctx: Context, p: s.SlugParams) -> s.StreamOut:
    return s.StreamOut.model_validate(await stream_ops.get_stream(ctx, p.slug))


async def _stream_create(ctx: Context, p: s.StreamCreate) -> s.StreamOut:
    stream = await stream_ops.create_stream(
        ctx,
        slug=p.slug,
        title=p.title,
        visibility=p.visibility,
        latency_mode=p.latency_mode,
        settings=p.settings,
        ladder=p.ladder,
    )
    return s.StreamOut.model_validate(stream)


async def _stream_update(ctx: Context, p: s.StreamUpdateParams) -> s.StreamOut:
    stream = await stream_ops.update_stream(
        ctx,
        p.slug,
        title=p.title,
        visibility=p.visibility,
        latency_mode=p.latency_mode,
        settings=p.settings,
        ladder=p.ladder,
    )
    return s.StreamOut.model_validate(stream)


async def _stream_delete(ctx: Context, p: s.SlugParams) -> s.StreamOut:
    return s.StreamOut.model_validate(await stream_ops.delete_stream(ctx, p.slug))


async def _stream_list(ctx: Context, p: s.StreamList) -> s.StreamListOut:
    streams = await stream_ops.list_streams(ctx, visibility=p.visibility)
    return s.StreamListOut(streams=[s.StreamOut.model_validate(x) for x in streams])


async def _stream_start(ctx: Context, p: s.StreamStartParams) -> s.GenerationOut:
    return s.GenerationOut.model_validate(
        await stream_ops.start_stream(ctx, p.slug, origin=p.origin)
    )


async def _stream_stop(ctx: Context, p: s.SlugParams) -> s.GenerationOut:
    return s.GenerationOut.model_validate(await stream_ops.stop_stream(ctx, p.slug))


async def _stream_status(ctx: Context, p: s.SlugParams) -> s.StatusOut:
    return s.StatusOut.model_validate(await stream_ops.stream_status(ctx, p.slug))


async def _key_create(ctx: Context, p: s.SlugParams) -> s.IssuedKeyOut:
    return s.IssuedKeyOut.model_validate(await key_ops.create_key(ctx, p.slug))


async def _key_revoke(ctx: Context, p: s.KeyParams) -> s.KeyOut:
    return s.KeyOut.model_validate(await key_ops.revoke_key(ctx, p.slug, p.key_id))


async def _key_list(ctx: Context, p: s.SlugParams) -> s.KeyListOut:
    keys = await key_ops.list_keys(ctx, p.slug)
    return s.KeyListOut(keys=[s.KeyOut.model_validate(k) for k in keys])


async def _endpoint_upsert(ctx: Context, p: s.EndpointUpsert) -> s.EndpointUpsertOut:
    upserted = await endpoint_ops.upsert_endpoint(
        ctx,
        name=p.name,
        kind=p.kind,
        base_url=p.base_url,
        node_id=p.node_id,
        source_ids=p.source_ids,
        issue_token=p.issue_token,
        enabled=p.enabled,
        capacity=p.capacity.to_domain() if p.capacity is not None else None,
        tls_verify=p.tls_verify,
    )
    return s.EndpointUpsertOut.from_upsert(upserted)


async def _endpoint_list(ctx: Context, _: s.NoParams) -> s.EndpointListOut:
    views = await endpoint_ops.list_endpoints(ctx)
    return s.EndpointListOut(endpoints=[s.EndpointOut.from_view(v) for v in views])


async def _rendition_upsert(ctx: Context, p: s.RenditionsUpsertParams) -> s.RenditionListOut:
    renditions = await endpoint_ops.upsert_renditions(
        ctx, p.generation_id, [r.to_domain(p.generation_id) for r in p.renditions]
    )
    return s.RenditionListOut(
        generation_id=p.generation_id,
        renditions=[s.RenditionOut.model_validate(r) for r in renditions],
    )


async def _rendition_replace(ctx: Context, p: s.RenditionsUpsertParams) -> s.RenditionListOut:
    renditions = await endpoint_ops.replace_renditions(
        ctx, p.generation_id, [r.to_domain(p.generation_id) for r in p.renditions]
    )
    return s.RenditionListOut(
        generation_id=p.generation_id,
        renditions=[s.RenditionOut.model_validate(r) for r in renditions],
    )


async def _rendition_list(ctx: Context, p: s.GenerationParams) -> s.RenditionListOut:
    renditions = await endpoint_ops.list_renditions(ctx, p.generation_id)
    return s.RenditionListOut(
        generation_id=p.generation_id,
        renditions=[s.RenditionOut.model_validate(r) for r in renditions],
    )


async def _snapshot_report(ctx: Context, p: s.SnapshotReportParams) -> s.SnapshotOut:
    snapshot = await endpoint_ops.report_snapshot(
        ctx,
        p.endpoint_id,
        viewers=p.viewers,
        ingress_bps=p.ingress_bps,
        egress_bps=p.egress_bps,
        playlist_age_s=p.playlist_age_s,
        last_segment_at=p.last_segment_at,
        segment_lag=p.segment_lag,
        health=p.health,
        extra=p.extra,
    )
    return s.SnapshotOut.model_validate(snapshot)


async def _playback_token(ctx: Context, p: s.PlaybackTokenParams) -> s.PlaybackTokenOut:
    issued = await token_ops.issue_playback_token(ctx, p.slug, p.ttl_s)
    return s.PlaybackTokenOut(
        token=issued.token,
        expires_at=issued.expires_at,
        stream=p.slug,
        watch_url=f"{ctx.settings.http_base_url()}/watch/{p.slug}?token={issued.token}",
    )


async def _snapshot_history(ctx: Context, p: s.HistoryParams) -> s.SnapshotHistoryOut:
    endpoint = await endpoint_ops.get_endpoint(ctx, p.endpoint_id)
    snapshots = await ctx.repo.history(endpoint.id, limit=p.limit)
    return s.SnapshotHistoryOut(
        endpoint_id=endpoint.id, snapshots=[s.SnapshotOut.model_validate(x) for x in snapshots]
    )


def _m(
    name: str,
    params: type[P],
    result: type[BaseModel],
    run: Callable[[Context, P], Awaitable[BaseModel]],
    summary: str,
) -> tuple[str, Method[Any]]:
    return name, Method(name, params, result, run, summary)


METHODS: dict[str, Method[Any]] = dict(
    [
        _m("capabilities", s.NoParams, s.CapabilitiesOut, _capabilities, "what this node offers"),
        _m("stream.get", s.SlugParams, s.StreamOut, _stream_get, "one stream by slug"),
        _m("stream.create", s.StreamCreate, s.StreamOut, _stream_create, "create a stream"),
        _m("stream.update", s.StreamUpdateParams, s.StreamOut, _stream_update, "update a stream"),
        _m("stream.delete", s.SlugParams, s.StreamOut, _stream_delete, "stop and delete"),
        _m("stream.list", s.StreamList, s.StreamListOut, _stream_list, "list streams"),
        _m("stream.start", s.StreamStartParams, s.GenerationOut, _stream_start, "start"),
        _m("stream.stop", s.SlugParams, s.GenerationOut, _stream_stop, "end the generation"),
        _m("stream.status", s.SlugParams, s.StatusOut, _stream_status, "stream, generation"),
        _m(
            "stream.playback_token",
            s.PlaybackTokenParams,
            s.PlaybackTokenOut,
            _playback_token,
            "a playback token for a private stream",
        ),
        _m("stream_key.create", s.SlugParams, s.IssuedKeyOut, _key_create, "new key, shown once"),
        _m("stream_key.revoke", s.KeyParams, s.KeyOut, _key_revoke, "revoke a key"),
        _m("stream_key.list", s.SlugParams, s.KeyListOut, _key_list, "keys without secrets"),
        _m(
            "media_endpoints.upsert",
            s.EndpointUpsert,
            s.EndpointUpsertOut,
            _endpoint_upsert,
            "create or update an endpoint by name",
        ),
        _m(
            "media_endpoints.list",
            s.NoParams,
            s.EndpointListOut,
            _endpoint_list,
            "endpoints with their latest snapshot",
        ),
        _m(
            "renditions.upsert",
            s.RenditionsUpsertParams,
            s.RenditionListOut,
            _rendition_upsert,
            "record renditions of a generation, by name (others are kept)",
        ),
        _m(
            "renditions.replace",
            s.RenditionsUpsertParams,
            s.RenditionListOut,
            _rendition_replace,
            "replace a generation's renditions (others are removed)",
        ),
        _m(
            "renditions.list",
            s.GenerationParams,
            s.RenditionListOut,
            _rendition_list,
            "a generation's renditions",
        ),
        _m(
            "endpoint_snapshots.report",
            s.SnapshotReportParams,
            s.SnapshotOut,
            _snapshot_report,
            "record an endpoint's stats",
        ),
        _m(
            "endpoint_snapshots.history",
            s.HistoryParams,
            s.SnapshotHistoryOut,
            _snapshot_history,
            "an endpoint's recent snapshots, oldest first",
        ),
    ]
)


async def call(ctx: Context, method: str, params: dict[str, Any]) -> dict[str, Any]:
    """Run `method` with `params`; the result as JSON-ready data. NotFound "unknown_method"."""
    entry = METHODS.get(method)
    if entry is None:
        raise NotFound(f"unknown method {method[:100]!r}", code="unknown_method")
    result = await entry.run(ctx, entry.params.model_validate(params))
    data: dict[str, Any] = result.model_dump(mode="json")
    return data
