"""`GET /metrics` (Prometheus text exposition) and the request-duration middleware.

Each node has its own registry (so several nodes in one process never share
series): the scrape-time `NodeCollector` plus one histogram of request
durations per route template (`/hls/{stream_id}/{generation_id}/index.m3u8`,
never a concrete path) and method. `/metrics` is public unless
`metrics_public` is false; then it takes the admin token. A public scrape
names public streams only (the node totals count them all); a scrape with
the admin token sees every stream.
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable

from aiohttp import web
from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, Histogram, generate_latest

from sender.stats.collector import NodeCollector
from sender.web.auth import bearer_token, require_admin

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]

# Playlist reloads and media are fast; LL-HLS blocking reloads wait up to a few target durations.
BUCKETS = (0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0)


class Metrics:
    def __init__(self, collector: NodeCollector, *, public: bool, admin_token: str) -> None:
        self.collector = collector
        self.public = public
        self.admin_token = admin_token
        self.request_seconds = Histogram(
            "sender_http_request_duration_seconds",
            "HTTP request duration by route template and method",
            ["route", "method"],
            buckets=BUCKETS,
            registry=None,
        )
        # Every stream, for the admin token; public streams only, for anyone.
        self.registry = CollectorRegistry(auto_describe=False)
        self.public_registry = CollectorRegistry(auto_describe=False)
        for registry, view in (
            (self.registry, collector.full_view()),
            (self.public_registry, collector.public_view()),
        ):
            registry.register(view)
            registry.register(self.request_seconds)

    @web.middleware
    async def middleware(self, request: web.Request, handler: Handler) -> web.StreamResponse:
        start = time.perf_counter()
        try:
            return await handler(request)
        finally:
            labels = (route_template(request), method_label(request.method))
            self.request_seconds.labels(*labels).observe(time.perf_counter() - start)

    async def handle(self, request: web.Request) -> web.Response:
        registry = self.public_registry
        if not self.public or bearer_token(request) is not None:
            require_admin(request, self.admin_token)  # a wrong token is 401, public or not
            registry = self.registry
        body = generate_latest(registry)
        response = web.Response(body=body, headers={"Cache-Control": "no-store"})
        response.headers["Content-Type"] = CONTENT_TYPE_LATEST
        return response

    def routes(self) -> list[web.RouteDef]:
        return [web.get("/metrics", self.handle)]


_KNOWN_METHODS = frozenset({"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"})


def route_template(request: web.Request) -> str:
    """The matched route's template, or "unmatched": a label with a bounded set of values."""
    route = request.match_info.route
    resource = route.resource if route is not None else None
    if resource is None or request.match_info.http_exception is not None:
        return "unmatched"
    return resource.canonical


def method_label(method: str) -> str:
    return method if method in _KNOWN_METHODS else "other"
