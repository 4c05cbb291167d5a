"""An edge session over real HTTP: every rendition of its upstream, under the names it serves.

The upstreams are real aiohttp servers: a Sender-like origin (delivery over a
LiveMedia filled by real packagers, three renditions, LL-HLS with rendition
reports) and an external muxer (static files in its own names, no parts, no
multivariant, several renditions that only the recorded renditions describe).
The edge is a real EdgeSession with the node's UpstreamClient, and what it
holds is served by a second delivery, read as a player would.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
import pytest_asyncio
from aiohttp import web
from aiohttp.test_utils import TestClient, TestServer

from sender.domain.endpoints import EndpointKind
from sender.domain.generations import Generation, GenerationState
from sender.domain.renditions import Rendition
from sender.domain.streams import LatencyMode, Stream
from sender.domain.topology import Upstream
from sender.edge.client import UpstreamClient
from sender.edge.session import EdgeOptions, EdgeSession
from sender.hls.delivery import Delivery
from sender.hls.parser import MediaPlaylist, parse_media_playlist, parse_multivariant
from sender.media.names import segment_name
from sender.media.profile import PackagingProfile
from sender.media.spool import Spool
from tests.hls.fakes import GENERATION_ID, STREAM_ID, FakeLookup, FakeMedia, make_stream

NOW = datetime(2026, 11, 1, tzinfo=UTC)
PROFILE = PackagingProfile(segment_target_s=1.0, part_target_s=0.2, window_segments=4)
BASE = f"/hls/{STREAM_ID}/{GENERATION_ID}"


def generation(node: str) -> Generation:
    return Generation(
        id=GENERATION_ID,
        stream_id=STREAM_ID,
        state=GenerationState.LIVE,
        node_id=node,
        auto_started=False,
        created_at=NOW,
        live_at=NOW,
    )


async def eventually(check: Callable[[], bool], timeout: float = 10.0) -> None:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not check():
        assert loop.time() < deadline, "not within the timeout"
        await asyncio.sleep(0.02)


@dataclass
class Servers:
    clients: list[TestClient[Any, Any]] = field(default_factory=list)

    async def serve(self, app: web.Application) -> TestClient[Any, Any]:
        client = TestClient(TestServer(app))
        await client.start_server()
        self.clients.append(client)
        return client

    async def deliver(self, media: Any) -> TestClient[Any, Any]:
        app = web.Application()
        app.add_routes(Delivery(media=FakeLookup(media)).routes())
        return await self.serve(app)


@pytest_asyncio.fixture
async def servers() -> AsyncIterator[Servers]:
    found = Servers()
    yield found
    for client in found.clients:
        await client.close()


@pytest_asyncio.fixture
async def upstream_client() -> AsyncIterator[UpstreamClient]:
    client = UpstreamClient()
    yield client
    await client.close()


async def text(client: TestClient[Any, Any], path: str) -> str:
    async with client.get(path) as response:
        body = await response.text()
        assert response.status == 200, (path, body)
        return body


async def body(client: TestClient[Any, Any], path: str) -> bytes:
    async with client.get(path) as response:
        assert response.status == 200, path
        return await response.read()


def stored(edge: EdgeSession, rendition: str, msn: int) -> bytes | None:
    """What the edge serves of segment `msn`: from memory until its file is written, then
    from the file."""
    data = edge.segment_bytes(rendition, msn)
    if data is not None:
        return data
    path = edge.media_path(rendition, segment_name(msn))
    return path.read_bytes() if path is not None and path.is_file() else None


def report_names(playlist: MediaPlaylist) -> set[str]:
    return {r.uri.split("/")[-2] for r in playlist.rendition_reports}


def origin_edge(route: list[Upstream], client: UpstreamClient, tmp_path: Path) -> EdgeSession:
    """An edge of a Sender origin's generation (LL-HLS), on the node's client."""
    return EdgeSession(
        make_stream(),
        generation("node-a"),
        route,
        client=client,
        spool=Spool(tmp_path / "edge"),
        options=EdgeOptions(profile=PROFILE),
    )


# A Sender upstream with three renditions ---------------------------------------------


async def test_every_rendition_of_a_sender_origin_is_mirrored_with_consistent_reports(
    servers: Servers, upstream_client: UpstreamClient, tmp_path: Path
) -> None:
    origin = FakeMedia(Spool(tmp_path / "origin"), segment_target_s=1.0)
    described = {"high": (1280, 720, 3_000_000), "mid": (854, 480, 1_400_000)}
    described["low"] = (640, 360, 700_000)
    for name, (width, height, bandwidth) in described.items():
        origin.add_rendition(name, width=width, height=height, bandwidth=bandwidth)
        origin.parts(name, 17)  # three segments and two parts of the fourth
    upstream = await servers.deliver(origin)
    route = [
        Upstream(
            "o" * 32,
            "origin-a",
            EndpointKind.ORIGIN,
            str(upstream.make_url(f"{BASE}/index.m3u8")),
        )
    ]
    edge = origin_edge(route, upstream_client, tmp_path)
    edge.follow(route)
    try:
        await eventually(lambda: len(edge.variants()) == 3)
        held = lambda n: (i := edge.index(n)) is not None and len(i.segments) == 3  # noqa: E731
        await eventually(lambda: all(held(n) for n in described))
        for name in described:  # the origin goes on: the edge follows every rendition
            origin.parts(name, 5)
        more = lambda n: (i := edge.index(n)) is not None and len(i.segments) == 4  # noqa: E731
        await eventually(lambda: all(more(n) for n in described))

        def caught_up(name: str) -> bool:
            ours, theirs = edge.index(name), origin.index(name)
            return ours is not None and theirs is not None and (
                ours.last_msn_part() == theirs.last_msn_part()
            )

        await eventually(lambda: all(caught_up(n) for n in described))
        served = await servers.deliver(edge)
        multivariant = parse_multivariant(await text(served, f"{BASE}/index.m3u8"))
        listed = [(v.uri, v.bandwidth, v.resolution) for v in multivariant.variants]
        assert listed == [
            ("high/index.m3u8", 3_000_000, (1280, 720)),
            ("mid/index.m3u8", 1_400_000, (854, 480)),
            ("low/index.m3u8", 700_000, (640, 360)),
        ]
        for name in described:
            ours = parse_media_playlist(await text(served, f"{BASE}/{name}/index.m3u8"))
            theirs = parse_media_playlist(await text(upstream, f"{BASE}/{name}/index.m3u8"))
            # Reports name the renditions the edge serves, as far as the upstream's are.
            assert report_names(ours) == report_names(theirs) == set(described) - {name}
            assert set(ours.rendition_reports) == set(theirs.rendition_reports)
            assert [s.msn for s in ours.segments] == [s.msn for s in theirs.segments]
            last = ours.segments[-1]
            assert last.uri == f"seg-{last.msn}.m4s"
            mirrored = await body(served, f"{BASE}/{name}/{last.uri}")
            assert mirrored == await body(upstream, f"{BASE}/{name}/{last.uri}")
            assert mirrored.startswith(f"{name}:".encode())
    finally:
        await edge.close()


# An external muxer with several renditions -----------------------------------------


class Muxer:
    """An external muxer's files behind a web server: its own names, standard HLS, 1 s."""

    def __init__(self, renditions: Sequence[str]) -> None:
        self.files: dict[str, bytes] = {}
        self.renditions = list(renditions)
        self.segments = 0
        self.add(3)

    def add(self, count: int) -> None:
        for name in self.renditions:
            self.files[f"/live/show/{name}/init.mp4"] = f"init of {name}".encode()
        for _ in range(count):
            for name in self.renditions:
                self.files[f"/live/show/{name}/chunk{self.segments}.m4s"] = (
                    f"{name} segment {self.segments}".encode()
                )
            self.segments += 1
        for name in self.renditions:
            lines = [
                "#EXTM3U",
                "#EXT-X-VERSION:7",
                "#EXT-X-TARGETDURATION:1",
                "#EXT-X-MEDIA-SEQUENCE:0",
                '#EXT-X-MAP:URI="init.mp4"',
            ]
            for n in range(self.segments):
                lines += ["#EXTINF:1.000,", f"chunk{n}.m4s"]
            self.files[f"/live/show/{name}/media.m3u8"] = ("\n".join(lines) + "\n").encode()

    def app(self) -> web.Application:
        async def handle(request: web.Request) -> web.Response:
            data = self.files.get(request.path)
            if data is None:
                return web.Response(status=404)
            return web.Response(body=data)

        app = web.Application()
        app.router.add_get("/{tail:.*}", handle)
        return app


@dataclass
class Recorded:
    """The shared state's renditions of the generation, as the edge reads them."""

    renditions: list[Rendition] = field(default_factory=list)
    reads: int = 0

    async def __call__(self, generation_id: str) -> Sequence[Rendition]:
        assert generation_id == GENERATION_ID
        self.reads += 1
        return list(self.renditions)


def external_route(muxer: TestClient[Any, Any]) -> list[Upstream]:
    base = str(muxer.make_url("/live"))
    return [
        Upstream(
            "m" * 32,
            "muxer",
            EndpointKind.EXTERNAL_ORIGIN,
            f"{base}/show/index.m3u8",
            base_url=base,
        )
    ]


def muxer_renditions(absolute_base: str) -> list[Rendition]:
    return [
        Rendition(
            GENERATION_ID,
            "180p",
            width=320,
            height=180,
            bandwidth=400_000,
            average_bandwidth=300_000,
            codecs="avc1.42c00d,mp4a.40.2",
            frame_rate=25.0,
            playlist_url=f"{absolute_base}/show/180p/media.m3u8",  # absolute
        ),
        Rendition(
            GENERATION_ID,
            "360p",
            width=640,
            height=360,
            bandwidth=900_000,
            average_bandwidth=800_000,
            codecs="avc1.64001e,mp4a.40.2",
            frame_rate=25.0,
            playlist_url="show/360p/media.m3u8",  # relative to the endpoint's base_url
        ),
    ]


def external_edge(
    route: list[Upstream],
    client: UpstreamClient,
    tmp_path: Path,
    recorded: Recorded,
    **options: Any,
) -> EdgeSession:
    stream: Stream = make_stream(latency_mode=LatencyMode.STANDARD, slug="show")
    return EdgeSession(
        stream,
        generation("mux-1"),
        route,
        client=client,
        spool=Spool(tmp_path / "edge"),
        options=EdgeOptions(profile=PROFILE),
        recorded=recorded,
        **options,
    )


async def test_an_external_muxers_recorded_renditions_are_all_mirrored(
    servers: Servers, upstream_client: UpstreamClient, tmp_path: Path
) -> None:
    files = Muxer(["180p", "360p"])
    muxer = await servers.serve(files.app())
    route = external_route(muxer)
    recorded = Recorded(muxer_renditions(str(muxer.make_url("/live"))))
    edge = external_edge(route, upstream_client, tmp_path, recorded)
    edge.follow(route)
    try:
        await eventually(lambda: len(edge.variants()) == 2)
        assert edge.rendition_names() == ["180p", "360p"]  # never the muxer's "index.m3u8"
        files.add(1)
        more = lambda n: (i := edge.index(n)) is not None and len(i.segments) == 4  # noqa: E731
        await eventually(lambda: more("180p") and more("360p"))

        served = await servers.deliver(edge)
        multivariant = await text(served, f"{BASE}/index.m3u8")
        variants = parse_multivariant(multivariant).variants
        assert [v.uri for v in variants] == ["360p/index.m3u8", "180p/index.m3u8"]
        high, low = variants
        assert (high.bandwidth, high.average_bandwidth) == (900_000, 800_000)
        assert (high.resolution, high.codecs) == ((640, 360), "avc1.64001e,mp4a.40.2")
        assert (low.bandwidth, low.resolution, low.frame_rate) == (400_000, (320, 180), 25.0)
        for name in ("180p", "360p"):
            playlist = parse_media_playlist(await text(served, f"{BASE}/{name}/index.m3u8"))
            assert [s.uri for s in playlist.segments] == [f"seg-{n}.m4s" for n in range(4)]
            for seg in playlist.segments:
                got = await body(served, f"{BASE}/{name}/{seg.uri}")
                assert got == files.files[f"/live/show/{name}/chunk{seg.msn}.m4s"]
            init = playlist.segments[0].init
            assert init is not None and init.uri.startswith("init-")
            got = await body(served, f"{BASE}/{name}/{init.uri}")
            assert got == files.files[f"/live/show/{name}/init.mp4"]
    finally:
        await edge.close()


async def test_renditions_recorded_after_the_edge_started_replace_the_single_playlist(
    servers: Servers, upstream_client: UpstreamClient, tmp_path: Path
) -> None:
    files = Muxer(["180p", "360p"])
    # Before the muxer records its renditions, the generation's URL is one media playlist.
    files.files["/live/show/index.m3u8"] = files.files["/live/show/180p/media.m3u8"].replace(
        b'URI="init.mp4"', b'URI="180p/init.mp4"'
    ).replace(b"chunk", b"180p/chunk")
    muxer = await servers.serve(files.app())
    route = external_route(muxer)
    recorded = Recorded()
    edge = external_edge(route, upstream_client, tmp_path, recorded)
    edge.follow(route)
    try:
        source = lambda: (i := edge.index("source")) is not None and len(i.segments) == 3  # noqa: E731
        await eventually(source)
        assert edge.rendition_names() == ["source"]
        reads = recorded.reads
        recorded.renditions = muxer_renditions(str(muxer.make_url("/live")))
        edge.follow(route)  # a reconcile pass: the edge reads the renditions again at once
        await eventually(lambda: [r.name for r in edge.variants()] == ["360p", "180p"], 3.0)
        assert recorded.reads > reads
        # The single playlist ends where it stood; the recorded renditions go on.
        ended = edge.index("source")
        assert ended is not None and ended.ended and not edge.ended
        files.add(1)
        more = lambda n: (i := edge.index(n)) is not None and len(i.segments) == 4  # noqa: E731
        await eventually(lambda: more("180p") and more("360p"))
    finally:
        await edge.close()


async def test_a_muxers_multivariant_is_followed_without_recorded_renditions(
    servers: Servers, upstream_client: UpstreamClient, tmp_path: Path
) -> None:
    files = Muxer(["a", "b"])
    files.files["/live/show/index.m3u8"] = (
        b"#EXTM3U\n"
        b'#EXT-X-STREAM-INF:BANDWIDTH=500000,RESOLUTION=320x180,CODECS="avc1.42c00d"\n'
        b"a/media.m3u8\n"
        b'#EXT-X-STREAM-INF:BANDWIDTH=1000000,RESOLUTION=640x360,CODECS="avc1.64001e"\n'
        b"b/media.m3u8\n"
    )
    muxer = await servers.serve(files.app())
    route = external_route(muxer)
    edge = external_edge(route, upstream_client, tmp_path, Recorded())
    edge.follow(route)
    try:
        # Both variants' files are named media.m3u8: the second is named by its position.
        await eventually(lambda: [r.name for r in edge.variants()] == ["v1", "media"])
        held = lambda n: (i := edge.index(n)) is not None and len(i.segments) == 3  # noqa: E731
        await eventually(lambda: held("media") and held("v1"))
        for name, rendition in (("media", "a"), ("v1", "b")):
            data = stored(edge, name, 2)
            assert data == files.files[f"/live/show/{rendition}/chunk2.m4s"]
    finally:
        await edge.close()


@pytest.mark.parametrize("broken", ["a name that is no path segment", None])
async def test_a_recorded_rendition_the_edge_cannot_serve_is_left_out(
    broken: str | None, servers: Servers, upstream_client: UpstreamClient, tmp_path: Path
) -> None:
    files = Muxer(["180p", "360p"])
    muxer = await servers.serve(files.app())
    route = external_route(muxer)
    good, other = muxer_renditions(str(muxer.make_url("/live")))
    bad = Rendition(GENERATION_ID, "Bad Name", playlist_url=other.playlist_url)
    if broken is None:
        bad = Rendition(GENERATION_ID, "360p", playlist_url=None)
    edge = external_edge(route, upstream_client, tmp_path, Recorded([good, bad]))
    edge.follow(route)
    try:
        await eventually(lambda: [r.name for r in edge.variants()] == ["180p"])
        assert edge.rendition_names() == ["180p"]
    finally:
        await edge.close()


async def test_the_multivariant_waits_briefly_for_every_rendition(
    servers: Servers, upstream_client: UpstreamClient, tmp_path: Path
) -> None:
    files = Muxer(["180p", "360p"])
    late = files.files.pop("/live/show/360p/media.m3u8")  # that rendition has no playlist yet
    muxer = await servers.serve(files.app())
    route = external_route(muxer)
    ahead = [0.0]
    edge = external_edge(
        route,
        upstream_client,
        tmp_path,
        Recorded(muxer_renditions(str(muxer.make_url("/live")))),
        clock=lambda: time.monotonic() + ahead[0],
    )
    edge.follow(route)
    try:
        first = lambda: (i := edge.index("180p")) is not None and len(i.segments) == 3  # noqa: E731
        await eventually(first)
        # A player reads the multivariant once: not yet with one rendition of two...
        assert edge.variants() == []
        # ... but after two target durations, with those that have media.
        ahead[0] = 2.5
        assert [r.name for r in edge.variants()] == ["180p"]
        files.files["/live/show/360p/media.m3u8"] = late
        await eventually(lambda: [r.name for r in edge.variants()] == ["360p", "180p"])
    finally:
        await edge.close()


async def test_a_rendition_the_origin_lists_later_is_followed_too(
    servers: Servers, upstream_client: UpstreamClient, tmp_path: Path
) -> None:
    origin = FakeMedia(Spool(tmp_path / "origin"), segment_target_s=1.0)
    origin.add_rendition("source", bandwidth=3_000_000)
    origin.parts("source", 17)
    upstream = await servers.deliver(origin)
    url = str(upstream.make_url(f"{BASE}/index.m3u8"))
    route = [Upstream("o" * 32, "origin-a", EndpointKind.ORIGIN, url)]
    edge = origin_edge(route, upstream_client, tmp_path)
    edge.follow(route)
    try:
        await eventually(lambda: [r.name for r in edge.variants()] == ["source"])
        # A rung whose encoder starts a moment after the copy: the origin lists it then.
        origin.add_rendition("low", width=640, height=360, bandwidth=700_000)
        origin.parts("low", 12)
        await eventually(lambda: [r.name for r in edge.variants()] == ["source", "low"], 3.0)
        index = edge.index("low")
        assert index is not None
        await eventually(lambda: len(index.segments) == 2)
        assert stored(edge, "low", 1) == origin.segment_bytes("low", 1)
    finally:
        await edge.close()


async def test_relative_playlist_urls_follow_the_source_through_a_failover(
    servers: Servers, upstream_client: UpstreamClient, tmp_path: Path
) -> None:
    first, second = Muxer(["180p", "360p"]), Muxer(["180p", "360p"])  # redundant muxers
    a, b = await servers.serve(first.app()), await servers.serve(second.app())
    route = [
        replace(external_route(a)[0], endpoint_id="a" * 32, name="muxer-a"),
        replace(external_route(b)[0], endpoint_id="c" * 32, name="muxer-b"),
    ]
    relative = [
        replace(r, playlist_url=f"show/{r.name}/media.m3u8")
        for r in muxer_renditions("http://unused")
    ]
    edge = external_edge(route, upstream_client, tmp_path, Recorded(relative))
    edge.follow(route)
    try:
        held = lambda n, k: (i := edge.index(n)) is not None and len(i.segments) == k  # noqa: E731
        await eventually(lambda: held("180p", 3) and held("360p", 3))
        assert edge.source == "muxer-a"
        await a.close()  # the first muxer dies; the second goes on
        second.add(1)
        await eventually(lambda: held("180p", 4) and held("360p", 4))
        assert edge.source == "muxer-b"
        assert stored(edge, "360p", 3) == second.files["/live/show/360p/chunk3.m4s"]
    finally:
        await edge.close()
