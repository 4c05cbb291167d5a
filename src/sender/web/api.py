"""The REST management API, the RPC endpoint, playback and the OpenAPI document.

`add_api_routes(app, ctx, admin_token, stats=..., events=...)` registers every
`/api/v1/...` route of DESIGN.md on `app` and installs the JSON error
middleware; the per-stream stats and the player events need the node's
`LiveStats` and `PlayerEventsApi` (without them those routes answer 503).
Call it before the application starts. REST handlers are thin: they gather
path, query and body into params and run the same method table as RPC
(`sender.web.rpc`), so both give the same JSON.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from aiohttp import web
from pydantic import BaseModel

from sender.control import endpoints as endpoint_ops
from sender.control.context import Context
from sender.control.playback import playback
from sender.domain.ids import is_id
from sender.domain.streams import Visibility
from sender.errors import ApiError, NotFound, Unauthorized, Unavailable
from sender.stats.streams import LiveStats, StreamStats
from sender.web import rpc
from sender.web import schemas as s
from sender.web.auth import bearer_token, require_admin
from sender.web.errors import api_error_response, error_middleware, read_object
from sender.web.events import PlayerEventIn, PlayerEventsApi
from sender.web.openapi import RouteDoc, build_openapi

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]

STREAM = "/api/v1/streams/{slug}"

ROUTES: list[RouteDoc] = [
    RouteDoc(
        "GET", "/api/v1/streams", "list streams", "admin", s.StreamListOut, query=("visibility",)
    ),
    RouteDoc(
        "POST", "/api/v1/streams", "create a stream", "admin", s.StreamOut, 201, s.StreamCreate
    ),
    RouteDoc("GET", STREAM, "one stream", "admin", s.StreamOut),
    RouteDoc("PATCH", STREAM, "update a stream", "admin", s.StreamOut, body=s.StreamUpdate),
    RouteDoc(
        "DELETE", STREAM, "stop the stream's broadcast and delete the stream", "admin", s.StreamOut
    ),
    RouteDoc(
        "POST",
        STREAM + "/keys",
        "create a stream key: the key is shown in this response only",
        "admin",
        s.IssuedKeyOut,
        201,
    ),
    RouteDoc("GET", STREAM + "/keys", "list the stream's keys (no secrets)", "admin", s.KeyListOut),
    RouteDoc("DELETE", STREAM + "/keys/{key_id}", "revoke a key", "admin", s.KeyOut),
    RouteDoc(
        "POST",
        STREAM + "/start",
        "start a generation (idempotent), here or on the origin named in the body",
        "admin",
        s.GenerationOut,
        body=s.StreamStart,
        body_required=False,
    ),
    RouteDoc("POST", STREAM + "/stop", "end the active generation", "admin", s.GenerationOut),
    RouteDoc("GET", STREAM + "/status", "stream, generation and publisher", "admin", s.StatusOut),
    RouteDoc(
        "POST",
        STREAM + "/playback-tokens",
        "a signed playback token for the stream (private streams need one)",
        "admin",
        s.PlaybackTokenOut,
        201,
        s.PlaybackTokenCreate,
        refusals=(503,),
    ),
    RouteDoc(
        "GET",
        STREAM + "/stats",
        "the stream's live figures on this node",
        "admin",
        s.StreamStatsOut,
        refusals=(503,),
    ),
    RouteDoc(
        "GET",
        "/api/v1/endpoints",
        "media endpoints with their latest snapshot",
        "admin",
        s.EndpointListOut,
    ),
    RouteDoc(
        "POST",
        "/api/v1/endpoints",
        "create or update an endpoint by name",
        "admin",
        s.EndpointUpsertOut,
        body=s.EndpointUpsert,
    ),
    RouteDoc(
        "GET",
        "/api/v1/endpoints/{id}/history",
        "the endpoint's recent snapshots, oldest first",
        "admin",
        s.SnapshotHistoryOut,
        query=("limit",),
    ),
    RouteDoc(
        "POST",
        "/api/v1/endpoints/{id}/snapshots",
        "report an endpoint's stats with its token",
        "endpoint",
        s.SnapshotOut,
        201,
        s.SnapshotReport,
    ),
    RouteDoc(
        "GET",
        "/api/v1/generations/{id}/renditions",
        "a generation's renditions",
        "admin",
        s.RenditionListOut,
    ),
    RouteDoc(
        "POST",
        "/api/v1/generations/{id}/renditions",
        "record renditions of a generation, by name (others are kept)",
        "admin",
        s.RenditionListOut,
        body=s.RenditionsUpsert,
    ),
    RouteDoc(
        "PUT",
        "/api/v1/generations/{id}/renditions",
        "replace a generation's renditions: an external muxer's whole set (others are removed)",
        "admin",
        s.RenditionListOut,
        body=s.RenditionsUpsert,
    ),
    RouteDoc(
        "POST",
        "/api/v1/rpc",
        "run an operation by method name",
        "admin",
        s.RpcResponse,
        body=s.RpcRequest,
    ),
    RouteDoc(
        "GET",
        "/api/v1/playback/{slug}",
        "what a player needs (private streams: a valid token)",
        "none",
        s.PlaybackOut,
        query=("token",),
    ),
    RouteDoc(
        "GET",
        "/api/v1/public/streams",
        "public streams and their state",
        "none",
        s.PublicStreamListOut,
    ),
    RouteDoc(
        "POST",
        "/api/v1/player/events",
        "a player's event (heartbeat, startup, stall, error)",
        "none",
        s.PlayerEventAccepted,
        202,
        PlayerEventIn,
        refusals=(429, 503),
    ),
    RouteDoc("GET", "/api/v1/openapi.json", "this document", "none", None),
]

# The path and query parameters of ROUTES, by name: the types their handlers validate with.
PARAMETERS: dict[str, Any] = {
    "slug": s.Slug,
    "key_id": s.KeyId,
    "id": s.Id,
    "visibility": Visibility,
    "limit": s.HistoryLimit,
    "token": str,
}


class _Api:
    def __init__(
        self,
        ctx: Context,
        admin_token: str,
        stats: LiveStats | None = None,
        events: PlayerEventsApi | None = None,
    ) -> None:
        self.ctx = ctx
        self.admin_token = admin_token
        self.stats = stats
        self.events = events
        self._openapi: dict[str, Any] | None = None

    def admin(self, handler: Handler) -> Handler:
        async def guarded(request: web.Request) -> web.StreamResponse:
            require_admin(request, self.admin_token)
            return await handler(request)

        return guarded

    async def _run(self, method: str, params: dict[str, Any], *, status: int = 200) -> web.Response:
        return web.json_response(await rpc.call(self.ctx, method, params), status=status)

    @staticmethod
    async def _body(request: web.Request, model: type[BaseModel]) -> dict[str, Any]:
        # Validate the body alone first so it cannot override path parameters.
        data: dict[str, Any] = model.model_validate(await read_object(request)).model_dump(
            exclude_unset=True
        )
        return data

    async def list_streams(self, request: web.Request) -> web.Response:
        return await self._run("stream.list", dict(request.query))

    async def create_stream(self, request: web.Request) -> web.Response:
        return await self._run("stream.create", await read_object(request), status=201)

    async def get_stream(self, request: web.Request) -> web.Response:
        return await self._run("stream.get", {"slug": request.match_info["slug"]})

    async def update_stream(self, request: web.Request) -> web.Response:
        body = await self._body(request, s.StreamUpdate)
        return await self._run("stream.update", {**body, "slug": request.match_info["slug"]})

    async def delete_stream(self, request: web.Request) -> web.Response:
        return await self._run("stream.delete", {"slug": request.match_info["slug"]})

    async def create_key(self, request: web.Request) -> web.Response:
        return await self._run(
            "stream_key.create", {"slug": request.match_info["slug"]}, status=201
        )

    async def list_keys(self, request: web.Request) -> web.Response:
        return await self._run("stream_key.list", {"slug": request.match_info["slug"]})

    async def revoke_key(self, request: web.Request) -> web.Response:
        return await self._run("stream_key.revoke", dict(request.match_info))

    async def start(self, request: web.Request) -> web.Response:
        body = await self._body(request, s.StreamStart) if request.can_read_body else {}
        return await self._run("stream.start", {**body, "slug": request.match_info["slug"]})

    async def stop(self, request: web.Request) -> web.Response:
        return await self._run("stream.stop", {"slug": request.match_info["slug"]})

    async def status(self, request: web.Request) -> web.Response:
        return await self._run("stream.status", {"slug": request.match_info["slug"]})

    async def playback_token(self, request: web.Request) -> web.Response:
        body = await self._body(request, s.PlaybackTokenCreate)
        return await self._run(
            "stream.playback_token", {**body, "slug": request.match_info["slug"]}, status=201
        )

    async def stream_stats(self, request: web.Request) -> web.Response:
        slug = s.SlugParams.model_validate(dict(request.match_info)).slug
        stream = await self.ctx.repo.get_stream_by_slug(slug)
        if stream is None or stream.deleted:
            raise NotFound(f"stream {slug!r} not found")
        if self.stats is None:
            raise Unavailable("stats are not collected by this server")
        found = self.stats.stream(stream.id) or StreamStats.offline(stream.id, stream.slug)
        data: dict[str, Any] = found.as_dict()
        data["viewers_cluster"] = await endpoint_ops.cluster_viewers(self.ctx, stream.id)
        data["player"] = self.stats.events.of(stream.id).as_dict()
        return web.json_response(s.StreamStatsOut.model_validate(data).model_dump(mode="json"))

    async def endpoint_history(self, request: web.Request) -> web.Response:
        params: dict[str, Any] = {"endpoint_id": request.match_info["id"]}
        if "limit" in request.query:
            params["limit"] = request.query["limit"]
        return await self._run("endpoint_snapshots.history", params)

    async def public_streams(self, request: web.Request) -> web.Response:
        base = self.ctx.settings.http_base_url()
        listed = []
        for stream in await self.ctx.repo.list_streams(visibility=Visibility.PUBLIC):
            generation = await self.ctx.repo.active_generation(stream.id)
            listed.append(
                s.PublicStreamOut(
                    slug=stream.slug,
                    title=stream.title,
                    state=str(generation.state) if generation else "offline",
                    watch_url=f"{base}/watch/{stream.slug}",
                )
            )
        body = s.PublicStreamListOut(streams=listed).model_dump(mode="json")
        return web.json_response(body, headers={"Cache-Control": "public, max-age=2"})

    async def player_event(self, request: web.Request) -> web.Response:
        if self.events is None:
            raise Unavailable("player events are not collected by this server")
        return await self.events.post(request)

    async def list_endpoints(self, request: web.Request) -> web.Response:
        return await self._run("media_endpoints.list", {})

    async def upsert_endpoint(self, request: web.Request) -> web.Response:
        return await self._run("media_endpoints.upsert", await read_object(request))

    async def report_snapshot(self, request: web.Request) -> web.Response:
        endpoint_id = request.match_info["id"]
        token = bearer_token(request)
        if token is None:
            raise Unauthorized("missing bearer token")
        if not is_id(endpoint_id):
            # No endpoint has that id: the same answer as for an unknown one.
            raise Unauthorized("invalid endpoint token")
        await endpoint_ops.authenticate_endpoint(self.ctx, endpoint_id, token)
        body = await self._body(request, s.SnapshotReport)
        return await self._run(
            "endpoint_snapshots.report", {**body, "endpoint_id": endpoint_id}, status=201
        )

    async def list_renditions(self, request: web.Request) -> web.Response:
        return await self._run("renditions.list", {"generation_id": request.match_info["id"]})

    async def upsert_renditions(self, request: web.Request) -> web.Response:
        body = await self._body(request, s.RenditionsUpsert)
        return await self._run(
            "renditions.upsert", {**body, "generation_id": request.match_info["id"]}
        )

    async def replace_renditions(self, request: web.Request) -> web.Response:
        body = await self._body(request, s.RenditionsUpsert)
        return await self._run(
            "renditions.replace", {**body, "generation_id": request.match_info["id"]}
        )

    async def rpc(self, request: web.Request) -> web.Response:
        call = s.RpcRequest.model_validate(await read_object(request))
        result = await rpc.call(self.ctx, call.method, call.params)
        return web.json_response({"result": result})

    async def playback(self, request: web.Request) -> web.Response:
        slug = request.match_info["slug"]
        token = request.query.get("token")
        try:
            data = await playback(self.ctx, slug, token)
        except ApiError as exc:
            # A refusal may concern a private stream: no shared cache may keep it.
            response = api_error_response(exc)
            response.headers["Cache-Control"] = "private, no-store"
            return response
        private = data.stream.visibility is Visibility.PRIVATE
        # Read through the documented model, so the document cannot drift from the code.
        body = s.PlaybackOut.model_validate(data).model_dump(mode="json")
        cache_control = "private, no-cache" if private else "no-cache"
        return web.json_response(body, headers={"Cache-Control": cache_control})

    async def openapi(self, request: web.Request) -> web.Response:
        if self._openapi is None:
            self._openapi = build_openapi(ROUTES, version=rpc.API_VERSION, parameters=PARAMETERS)
        return web.json_response(self._openapi)


def add_api_routes(
    app: web.Application,
    ctx: Context,
    admin_token: str,
    *,
    stats: LiveStats | None = None,
    events: PlayerEventsApi | None = None,
) -> None:
    """Register the API routes of DESIGN.md on `app` and install the JSON error middleware."""
    api = _Api(ctx, admin_token, stats, events)
    handlers: dict[tuple[str, str], Handler] = {
        ("GET", "/api/v1/streams"): api.admin(api.list_streams),
        ("POST", "/api/v1/streams"): api.admin(api.create_stream),
        ("GET", STREAM): api.admin(api.get_stream),
        ("PATCH", STREAM): api.admin(api.update_stream),
        ("DELETE", STREAM): api.admin(api.delete_stream),
        ("POST", STREAM + "/keys"): api.admin(api.create_key),
        ("GET", STREAM + "/keys"): api.admin(api.list_keys),
        ("DELETE", STREAM + "/keys/{key_id}"): api.admin(api.revoke_key),
        ("POST", STREAM + "/start"): api.admin(api.start),
        ("POST", STREAM + "/stop"): api.admin(api.stop),
        ("GET", STREAM + "/status"): api.admin(api.status),
        ("POST", STREAM + "/playback-tokens"): api.admin(api.playback_token),
        ("GET", STREAM + "/stats"): api.admin(api.stream_stats),
        ("GET", "/api/v1/endpoints/{id}/history"): api.admin(api.endpoint_history),
        ("GET", "/api/v1/endpoints"): api.admin(api.list_endpoints),
        ("POST", "/api/v1/endpoints"): api.admin(api.upsert_endpoint),
        ("POST", "/api/v1/endpoints/{id}/snapshots"): api.report_snapshot,
        ("GET", "/api/v1/generations/{id}/renditions"): api.admin(api.list_renditions),
        ("POST", "/api/v1/generations/{id}/renditions"): api.admin(api.upsert_renditions),
        ("PUT", "/api/v1/generations/{id}/renditions"): api.admin(api.replace_renditions),
        ("POST", "/api/v1/rpc"): api.admin(api.rpc),
        ("GET", "/api/v1/playback/{slug}"): api.playback,
        ("GET", "/api/v1/public/streams"): api.public_streams,
        ("POST", "/api/v1/player/events"): api.player_event,
        ("GET", "/api/v1/openapi.json"): api.openapi,
    }
    documented = {(r.method, r.path) for r in ROUTES}
    assert documented == set(handlers), "every route is documented in ROUTES, and only those"
    for (method, path), handler in handlers.items():
        app.router.add_route(method, path, handler)
    if error_middleware not in app.middlewares:
        app.middlewares.append(error_middleware)
