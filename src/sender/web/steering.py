"""`GET /steering/{stream_id}/{generation_id}.json`: the content-steering manifest, on any node.

Every node answers it from the shared state: PATHWAY-PRIORITY ranks the
nodes (and repeaters at Sender's paths) that serve the generation by health
and load (control.endpoints.ranked_endpoints), and each other pathway is a
clone of the player's own (`base`, named in the SERVER-URI of the
multivariant playlist it loaded) with its variants' URLs at that node
(hls.steering). RELOAD-URI sends the next reload to the best node, so a
player whose first node died still hears the ranking. The viewer's `token`
and `vsid` ride on every URL. A generation that is over answers 410, which
tells a player to stop steering; a private stream needs its token (403),
and an unknown one is 404.
"""

from __future__ import annotations

import re

from aiohttp import hdrs, web

from sender.control.context import Context
from sender.control.endpoints import ranked_endpoints
from sender.control.tokens import tokens_of
from sender.domain.ids import is_id
from sender.domain.streams import Visibility
from sender.domain.topology import generation_url, node_pathway, pathway_id, steerable
from sender.hls.steering import Pathway, render_manifest

# How long a player keeps a manifest before asking again (its TTL): health and load in the
# shared state change every few seconds (snapshots), and a dead node is left on errors anyway.
STEERING_TTL_S = 10
_PATHWAY_RE = re.compile(r"[A-Za-z0-9._-]{1,128}")
_SAFE_RE = re.compile(r"[A-Za-z0-9._~-]{1,512}")
CORS = {"Access-Control-Allow-Origin": "*"}


class SteeringApi:
    def __init__(self, ctx: Context) -> None:
        self._ctx = ctx

    def routes(self) -> list[web.RouteDef]:
        return [web.get("/steering/{stream_id}/{generation_id}.json", self.manifest)]

    async def manifest(self, request: web.Request) -> web.Response:
        ctx = self._ctx
        stream_id = request.match_info["stream_id"]
        generation_id = request.match_info["generation_id"]
        stream = await ctx.repo.get_stream(stream_id) if is_id(stream_id) else None
        generation = await ctx.repo.get_generation(generation_id) if is_id(generation_id) else None
        if stream is None or generation is None or generation.stream_id != stream.id:
            return _error(404, "no such generation", private=False)
        private = stream.visibility is Visibility.PRIVATE
        if private:
            tokens = tokens_of(ctx.settings)
            if tokens is None or not tokens.verify(request.query.get("token"), stream.id):
                return _error(403, "this stream is private: a valid token is needed", True)
        if not generation.active:
            return _error(410, "the generation is over", private)
        kept = [(k, v) for k, v in request.query.items() if k in ("token", "vsid")]
        query = "&".join(f"{k}={v}" for k, v in kept if _SAFE_RE.fullmatch(v))
        suffix = f"?{query}" if query else ""
        names = [r.name for r in await ctx.repo.list_renditions(generation.id)] or ["source"]
        pathways: list[Pathway] = []
        bases: dict[str, str] = {}
        for candidate in await ranked_endpoints(ctx, generation):
            endpoint = candidate.endpoint
            if not steerable(endpoint):
                continue
            pid = pathway_id(endpoint)
            if pid in bases:
                continue  # a node's best endpoint stands for it
            folder = generation_url(endpoint, stream, generation).rsplit("/", 1)[0]
            bases[pid] = endpoint.base_url.rstrip("/")
            uris = {name: f"{folder}/{name}/index.m3u8{suffix}" for name in names}
            pathways.append(Pathway(pid, uris))
        base = request.query.get("base", "")
        if not _PATHWAY_RE.fullmatch(base):
            base = node_pathway(ctx.node_id)
        reload_uri = None
        if pathways:
            extra = f"&{query}" if query else ""
            path = f"/steering/{stream.id}/{generation.id}.json?base={base}{extra}"
            reload_uri = bases[pathways[0].id] + path
        body = render_manifest(pathways, base=base, ttl_s=STEERING_TTL_S, reload_uri=reload_uri)
        return web.Response(
            text=body,
            content_type="application/json",
            headers={hdrs.CACHE_CONTROL: "private, no-cache" if private else "no-cache", **CORS},
        )


def _error(status: int, message: str, private: bool) -> web.Response:
    codes = {403: "forbidden", 404: "not_found", 410: "gone"}
    return web.json_response(
        {"error": {"code": codes.get(status, "error"), "message": message}},
        status=status,
        headers={hdrs.CACHE_CONTROL: "private, no-store" if private else "no-store", **CORS},
    )
