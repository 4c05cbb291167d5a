"""The composition root: builds every part of a node, wires them, and closes them in order.

Start: the data dir's lock (one node per data dir), spool, ffmpeg, admin
token and playback secret, the listening sockets
(bound first, so every URL a part hands out names the real ports and nothing
is patched after it is built), store (migrated), the packaging profile (one
for the media backend and the packagers), the live runtime and the control
loop that records what it reports, the reconcile step (active generations
resumed), stats, HTTP, then RTMP last so no encoder arrives before the rest is
ready; then this node's origin endpoint, its snapshot writer and the cluster
reconciler (woken by the store's change feed on PostgreSQL, polling on
SQLite). Stop: the reconciler and the snapshot writer first, then the reverse
of the start — RTMP (no new publishers; each connected one ends; then the
publish gate's pending key-use writes), the runtime (backends stopped, mirrors
stopped, files flushed), the control loop (what was still reported is
recorded), HTTP, the change feed, store, and the lock last.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
import socket
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web
from pydantic import SecretStr

from sender.cluster.probes import ExternalOriginProbe
from sender.cluster.reconciler import ClusterReconciler
from sender.config import (
    ADMIN_TOKEN_FILE,
    Settings,
    find_ffmpeg,
    load_admin_token,
    load_playback_secret,
)
from sender.control import lifecycle
from sender.control.context import Context
from sender.control.endpoints import health_thresholds
from sender.control.lifecycle import LiveFollower
from sender.control.publish import PublishGate
from sender.control.tokens import PlaybackTokens
from sender.datadir import DataDirLock
from sender.domain.endpoints import EndpointKind
from sender.domain.streams import Stream, Visibility
from sender.domain.topology import node_pathway
from sender.edge.client import UpstreamClient
from sender.edge.session import EdgeOptions, EdgeSessions
from sender.errors import ConfigError, DataDirBusy
from sender.hls.delivery import Delivery
from sender.http_listener import HttpListener
from sender.ingest.server import RtmpServer
from sender.live.runtime import LiveRuntime
from sender.media.backend import BackendFactory
from sender.media.ffmpeg import FfmpegBackends
from sender.media.native import NativeBackends
from sender.media.profile import PackagingProfile
from sender.media.spool import Spool
from sender.media.transcoder import TRANSCODER_STALL_MIN_S, TranscoderSettings
from sender.rtmp.limits import RtmpLimits
from sender.stats.audience import Audience, ClientAddresses, PlayerEvents
from sender.stats.collector import NodeCollector
from sender.stats.ratelimit import RateLimiter
from sender.stats.snapshots import SnapshotWriter
from sender.stats.streams import LiveStats
from sender.store.changes import ChangeFeed
from sender.store.repository import Repository
from sender.web.admin import add_admin_routes
from sender.web.api import add_api_routes
from sender.web.errors import error_middleware
from sender.web.events import PlayerEventsApi
from sender.web.metrics import Metrics
from sender.web.player import add_player_routes
from sender.web.steering import SteeringApi

log = logging.getLogger(__name__)


@dataclass
class Node:
    settings: Settings
    repo: Repository
    spool: Spool
    live: LiveRuntime
    follower: LiveFollower
    ctx: Context
    gate: PublishGate
    rtmp: RtmpServer
    runner: web.AppRunner
    http: HttpListener
    data_dir_lock: DataDirLock
    admin_token: str
    ffmpeg: str
    stats: LiveStats
    metrics: Metrics
    reconciler: ClusterReconciler
    upstream: UpstreamClient
    changes: ChangeFeed | None = None
    endpoint_id: str | None = None
    snapshots: SnapshotWriter | None = None
    _snapshot_task: asyncio.Task[None] | None = field(default=None, repr=False)
    _probe_task: asyncio.Task[None] | None = field(default=None, repr=False)
    _closed: bool = field(default=False, repr=False)

    @property
    def audience(self) -> Audience:
        return self.stats.audience

    @property
    def http_url(self) -> str:
        return self.settings.http_base_url()

    @property
    def rtmp_url(self) -> str:
        host = self.settings.rtmp_host
        host = "127.0.0.1" if host in ("0.0.0.0", "::", "") else host
        return f"rtmp://{host}:{self.settings.rtmp_port}/live"

    async def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        log.info("shutting down")
        await self.reconciler.close()
        for task in (self._snapshot_task, self._probe_task):
            if task is not None:
                task.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await task
        self._snapshot_task = self._probe_task = None
        try:
            await self.rtmp.close()
            await self.gate.close()
            await self.live.close()
            await self.upstream.close()
            await self.follower.close(self.live.pending_events())
            await self.http.close()
            await self.runner.cleanup()
            if self.changes is not None:
                await self.changes.close()
            await self.repo.close()
        finally:
            self.data_dir_lock.release()
        log.info("stopped")


def packaging_profile(settings: Settings) -> PackagingProfile:
    """The one packaging profile of the node, for its media backend and its packagers."""
    return PackagingProfile(
        segment_target_s=settings.segment_target_s,
        part_target_s=settings.part_target_s,
        window_segments=settings.live_window_segments,
        keep_segments=settings.spool_keep_segments,
    )


async def start_node(settings: Settings) -> Node:
    """Build and start a node. Raises ConfigError, DataDirBusy (or the store's errors)."""
    # Before anything reads or writes the data dir: a second node there would take over.
    data_dir_lock = DataDirLock.acquire(settings.data_dir)
    try:
        return await _start_locked(settings, data_dir_lock)
    except BaseException:
        data_dir_lock.release()
        raise


def _announce_admin_token(settings: Settings, token: str) -> None:
    """Show a newly made admin token once, on a terminal only: a log file must not keep it."""
    path = settings.data_dir / ADMIN_TOKEN_FILE
    if sys.stderr.isatty():
        print(f"admin token (stored in {path}): {token}", file=sys.stderr)
    else:
        print(f"admin token created in {path} (mode 0600); read it there", file=sys.stderr)


async def _start_locked(settings: Settings, data_dir_lock: DataDirLock) -> Node:
    spool = Spool(settings.resolved_spool_root)
    await asyncio.to_thread(spool.check_writable)
    ffmpeg = find_ffmpeg(settings)
    # The signing key of playback tokens rides in the settings every part already reads.
    playback_secret = load_playback_secret(settings)
    settings = settings.model_copy(update={"playback_secret": SecretStr(playback_secret)})
    admin_token, created = load_admin_token(settings)
    if created:
        _announce_admin_token(settings, admin_token)
    http_sock = _listen(settings.http_host, settings.http_port)
    try:
        rtmp_sock = _listen(settings.rtmp_host, settings.rtmp_port)
    except BaseException:
        http_sock.close()
        raise
    # Ephemeral ports: URLs handed out (keys, playback) must name the bound ones.
    settings = settings.model_copy(
        update={"http_port": _port(http_sock), "rtmp_port": _port(rtmp_sock)}
    )
    try:
        repo = await Repository.open(
            settings.resolved_database_url, busy_timeout_s=settings.store_busy_timeout_s
        )
    except BaseException:
        http_sock.close()
        rtmp_sock.close()
        raise
    runtime: LiveRuntime | None = None
    follower: LiveFollower | None = None
    changes: ChangeFeed | None = None
    upstream = UpstreamClient()
    try:
        await repo.migrate()
        node_id = settings.resolved_node_id
        profile = packaging_profile(settings)
        ffmpeg_backends = FfmpegBackends(
            ffmpeg,
            profile,
            restart_initial_s=settings.backend_restart_initial_s,
            restart_max_s=settings.backend_restart_max_s,
            queue_bytes=settings.backend_queue_bytes,
            stall_timeout_s=settings.backend_stall_timeout_s,
        )
        backends: BackendFactory = ffmpeg_backends
        if settings.backend == "native":
            backends = NativeBackends(profile, fallback=ffmpeg_backends)
        transcoders = TranscoderSettings(
            ffmpeg,
            preset=settings.transcode_preset,
            part_target_s=profile.part_target_s,
            restart_initial_s=settings.backend_restart_initial_s,
            restart_max_s=settings.backend_restart_max_s,
            # An encoder's look-ahead holds its first output back longer than a copy's.
            stall_timeout_s=max(settings.backend_stall_timeout_s, TRANSCODER_STALL_MIN_S),
        )
        runtime = LiveRuntime(
            spool=spool,
            profile=profile,
            backends=backends,
            transcoders=transcoders.make,
            idle_end_s=settings.idle_end_s,
            retention_s=settings.ended_retention_s,
            takeover_after_s=settings.publisher_takeover_after_s,
            node_id=node_id,
            mirrors=EdgeSessions(
                client=upstream,
                spool=spool,
                options=EdgeOptions(
                    profile=profile,
                    fetch_timeout_s=settings.edge_fetch_timeout_s,
                    errors_before_failover=settings.edge_errors_before_failover,
                    failback_after_s=settings.edge_failback_after_s,
                ),
                token=_upstream_token(PlaybackTokens(playback_secret)),
                recorded=repo.list_renditions,
            ),
        )
        live = runtime
        changes = await ChangeFeed.open(settings.resolved_database_url)
        reconciler = ClusterReconciler(
            lambda: lifecycle.reconcile(ctx),
            held=lambda generation_id: live.media(generation_id) is not None,
            changes=changes,
            poll_s=settings.cluster_poll_s,
        )
        ctx = Context(
            repo=repo, settings=settings, live=runtime, node_id=node_id, cluster=reconciler
        )
        follower = LiveFollower(ctx)
        follower.start()
        await lifecycle.reconcile(ctx)

        audience = Audience()
        player_events = PlayerEvents()
        addresses = ClientAddresses(settings.trusted_proxies)
        stats = LiveStats(runtime, audience, player_events, addresses=addresses)
        gate = PublishGate(ctx)
        rtmp = RtmpServer(
            gate,
            limits=RtmpLimits(
                max_chunk_size=settings.rtmp_max_chunk_size,
                max_message_size=settings.rtmp_max_message_size,
                max_buffered_bytes=settings.rtmp_max_buffered_bytes,
                pre_publish_max_message_size=settings.rtmp_pre_publish_max_message_size,
                pre_publish_max_buffered_bytes=settings.rtmp_pre_publish_max_buffered_bytes,
                pre_publish_max_chunks=settings.rtmp_pre_publish_max_chunks,
                pre_publish_max_amf_elements=settings.rtmp_pre_publish_max_amf_elements,
                pre_publish_max_amf_depth=settings.rtmp_pre_publish_max_amf_depth,
            ),
            handshake_timeout_s=settings.rtmp_handshake_timeout_s,
            idle_timeout_s=settings.rtmp_idle_timeout_s,
            publish_timeout_s=settings.rtmp_publish_timeout_s,
            max_connections=settings.rtmp_max_connections,
            max_connections_per_address=settings.rtmp_max_connections_per_address,
            key_failures_burst=settings.rtmp_key_failures_burst,
            key_failures_per_s=settings.rtmp_key_failures_per_s,
            on_refused=stats.refused,
        )
        metrics = Metrics(
            NodeCollector(stats, rtmp_connections=lambda: rtmp.connection_count),
            public=settings.metrics_public,
            admin_token=admin_token,
        )
        events_api = PlayerEventsApi(
            ctx,
            audience,
            player_events,
            addresses,
            RateLimiter(settings.player_events_per_s, settings.player_events_burst),
        )
        app = web.Application(
            middlewares=[metrics.middleware, error_middleware], client_max_size=64 * 1024
        )
        delivery = Delivery(
            media=runtime,
            tokens=PlaybackTokens(playback_secret),
            observer=stats,
            # Content steering across a cluster's nodes (a shared PostgreSQL database).
            pathway=node_pathway(node_id)
            if settings.content_steering and repo.dialect == "postgresql"
            else None,
        )
        add_api_routes(app, ctx, admin_token, stats=stats, events=events_api)
        add_player_routes(app, ctx)
        add_admin_routes(app, ctx, runtime, admin_token, viewers=stats)
        app.add_routes(metrics.routes())
        app.add_routes(delivery.routes())
        app.add_routes(SteeringApi(ctx).routes())
        app.add_routes(_health_routes(repo, spool, ffmpeg))
        runner = web.AppRunner(app, access_log=None, handle_signals=False)
        await runner.setup()
        assert runner.server is not None
        http = HttpListener(runner.server, head_timeout_s=settings.http_header_timeout_s)
        await http.start(sock=http_sock)
        await rtmp.start(sock=rtmp_sock)
    except BaseException:
        http_sock.close()
        rtmp_sock.close()
        if runtime is not None:
            await runtime.close()
        await upstream.close()
        if follower is not None:
            await follower.close([])
        if changes is not None:
            await changes.close()
        await repo.close()
        raise
    node = Node(
        settings=settings,
        repo=repo,
        spool=spool,
        live=runtime,
        follower=follower,
        ctx=ctx,
        gate=gate,
        rtmp=rtmp,
        runner=runner,
        http=http,
        data_dir_lock=data_dir_lock,
        admin_token=admin_token,
        ffmpeg=ffmpeg,
        stats=stats,
        metrics=metrics,
        reconciler=reconciler,
        upstream=upstream,
        changes=changes,
    )
    endpoint = await repo.upsert_endpoint(
        name=f"origin-{node_id}",
        kind=EndpointKind.ORIGIN,
        base_url=node.http_url,
        node_id=node_id,
    )
    node.endpoint_id = endpoint.id
    node.snapshots = SnapshotWriter(
        repo,
        endpoint.id,
        stats,
        interval_s=settings.snapshot_interval_s,
        history_limit=settings.snapshot_history,
        limits=health_thresholds(settings),
        edges=lambda: _edge_endpoints(repo, node_id),
    )
    node._snapshot_task = asyncio.create_task(node.snapshots.run(), name="endpoint-snapshots")
    probe = ExternalOriginProbe(
        repo,
        lambda url, timeout, verify: upstream.get(url, timeout=timeout, verify_tls=verify),
        node_id=node_id,
        interval_s=settings.snapshot_interval_s,
        history_limit=settings.snapshot_history,
        limits=health_thresholds(settings),
        timeout_s=settings.edge_fetch_timeout_s,
    )
    node._probe_task = asyncio.create_task(probe.run(), name="external-origin-probe")
    reconciler.start()
    log.info(
        "HTTP on %s, RTMP on %s (event loop: %s)",
        node.http_url,
        node.rtmp_url,
        type(asyncio.get_running_loop()).__module__.split(".")[0],
    )
    return node


# An edge's token towards its sources for a private stream (every node of a cluster shares
# SENDER_PLAYBACK_SECRET): valid this long, made again for each request.
UPSTREAM_TOKEN_TTL_S = 600


def _upstream_token(tokens: PlaybackTokens) -> Callable[[Stream], str | None]:
    def token(stream: Stream) -> str | None:
        if stream.visibility is not Visibility.PRIVATE:
            return None
        return tokens.issue(stream.id, UPSTREAM_TOKEN_TTL_S).token

    return token


async def _edge_endpoints(repo: Repository, node_id: str) -> list[str]:
    """Ids of this node's enabled edge endpoints (each writes its own snapshots)."""
    return [
        e.id
        for e in await repo.list_endpoints()
        if e.kind is EndpointKind.EDGE and e.enabled and e.node_id == node_id
    ]


def _listen(host: str, port: int) -> socket.socket:
    """A listening TCP socket on host:port (0: an ephemeral port); OSError when it cannot."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host, port))
        sock.listen(socket.SOMAXCONN)
        sock.setblocking(False)
    except BaseException:
        sock.close()
        raise
    return sock


def _port(sock: socket.socket) -> int:
    return int(sock.getsockname()[1])


def _health_routes(repo: Repository, spool: Spool, ffmpeg: str) -> list[web.RouteDef]:
    async def healthz(request: web.Request) -> web.Response:
        return web.json_response({"status": "ok"})

    async def readyz(request: web.Request) -> web.Response:
        checks: dict[str, Any] = {}
        try:
            await repo.ping()
            checks["store"] = "ok"
        except Exception as exc:
            checks["store"] = f"unreachable: {type(exc).__name__}"
        try:
            await asyncio.to_thread(spool.check_writable)
            checks["spool"] = "ok"
        except OSError as exc:
            checks["spool"] = f"not writable: {exc.strerror}"
        checks["ffmpeg"] = "ok" if ffmpeg else "missing"
        ready = all(v == "ok" for v in checks.values())
        return web.json_response(
            {"status": "ready" if ready else "not ready", "checks": checks},
            status=200 if ready else 503,
        )

    return [web.get("/healthz", healthz), web.get("/readyz", readyz)]


async def serve(settings: Settings) -> None:
    """Run a node until SIGINT or SIGTERM, then shut it down in order."""
    configure_logging(settings.log_level)
    node = await start_or_exit(settings)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    try:
        print(f"Sender is running: HTTP {node.http_url}  RTMP {node.rtmp_url}", flush=True)
        await stop.wait()
    finally:
        for sig in (signal.SIGINT, signal.SIGTERM):
            with contextlib.suppress(Exception):
                loop.remove_signal_handler(sig)
        await node.close()


async def start_or_exit(settings: Settings) -> Node:
    """start_node for the command line: a configuration error is one line and exit code 2."""
    try:
        return await start_node(settings)
    except ConfigError as exc:
        print(f"sender: {exc}", file=sys.stderr)
        raise SystemExit(2) from None
    except DataDirBusy as exc:
        print(f"sender: {exc}", file=sys.stderr)
        raise SystemExit(1) from None
    except OSError as exc:
        print(f"sender: cannot start: {exc}", file=sys.stderr)
        raise SystemExit(2) from None


def configure_logging(level: str) -> None:
    logging.basicConfig(
        level=getattr(logging, level, logging.INFO),
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
