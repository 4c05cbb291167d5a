"""An external origin: ffmpeg writing fMP4 HLS behind a real nginx, fanned out by a Sender edge.

The muxer is no Sender: its playlist names `seg<N>.m4s` and `init.mp4`. The edge
(a `sender serve` process on a fresh PostgreSQL database) mirrors it under the
stream's generation with the muxer's numbers and bytes, in Sender's names, and
Sender's own poll of the muxer's playlist is its health in the shared state.
A muxer that writes several renditions records them (`PUT
/api/v1/generations/{id}/renditions`, each with its playlist URL) once it runs,
and the edge serves all of them, and a multivariant playlist of what was recorded.
"""

from __future__ import annotations

import asyncio
import subprocess
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path

import aiohttp
import pytest
from bench.cluster import Api, SenderProcess
from bench.nginx import Nginx, nginx_executable

from sender.hls.parser import MediaPlaylist, parse_media_playlist, parse_multivariant
from tests.db import fresh_database

pytestmark = pytest.mark.e2e

ENV = {
    "SENDER_CLUSTER_POLL_S": "1.0",
    "SENDER_SNAPSHOT_INTERVAL_S": "1.0",
    "SENDER_HEALTH_DEGRADED_AFTER_S": "2.5",
    "SENDER_HEALTH_STALE_AFTER_S": "5.0",
}


def muxer_command(ffmpeg: str, out: Path) -> list[str]:
    """ffmpeg as an external muxer: a test pattern to fMP4 HLS, 1 s segments, dated."""
    return [
        ffmpeg, "-hide_banner", "-loglevel", "error", "-nostats", "-re",
        "-f", "lavfi", "-i", "testsrc2=size=320x180:rate=25",
        "-f", "lavfi", "-i", "sine=frequency=440:sample_rate=48000",
        "-c:v", "libx264", "-preset", "veryfast", "-tune", "zerolatency",
        "-g", "25", "-keyint_min", "25", "-sc_threshold", "0", "-pix_fmt", "yuv420p",
        "-c:a", "aac", "-b:a", "64k",
        "-f", "hls", "-hls_time", "1", "-hls_list_size", "6",
        "-hls_segment_type", "fmp4", "-hls_fmp4_init_filename", "init.mp4",
        "-hls_flags", "delete_segments+program_date_time+temp_file+independent_segments",
        "-hls_segment_filename", str(out / "seg%d.m4s"),
        str(out / "index.m3u8"),
    ]  # fmt: skip


async def _get(http: aiohttp.ClientSession, url: str) -> tuple[int, bytes]:
    async with http.get(url) as r:
        return r.status, await r.read()


@dataclass
class Setup:
    http: aiohttp.ClientSession
    edge: SenderProcess
    web: Nginx
    muxer: asyncio.subprocess.Process


@asynccontextmanager
async def external_muxer(tmp_path: Path, command: list[str], www: Path) -> AsyncIterator[Setup]:
    """The muxer (`command`, writing under `www`) behind nginx, and a Sender edge on a fresh
    PostgreSQL database; all stopped on exit."""
    if nginx_executable() is None:
        pytest.fail("nginx is missing: scripts/system-deps.sh installs nginx-light")
    muxer = await asyncio.create_subprocess_exec(
        *command, stdin=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        with Nginx(http_root=www) as web:
            async with (
                fresh_database("postgresql", tmp_path) as url,
                aiohttp.ClientSession() as http,
            ):
                edge = SenderProcess("e", tmp_path / "e", url, env=ENV)
                await edge.start()
                try:
                    yield Setup(http, edge, web, muxer)
                finally:
                    await edge.stop()
    finally:
        if muxer.returncode is None:
            muxer.terminate()
            await muxer.wait()


async def test_an_external_muxer_fans_out_through_an_edge(ffmpeg: str, tmp_path: Path) -> None:
    www = tmp_path / "www"
    (www / "show").mkdir(parents=True)
    async with external_muxer(tmp_path, muxer_command(ffmpeg, www / "show"), www) as setup:
        await _scenario(setup.http, setup.edge, setup.web, setup.muxer)


async def _scenario(
    http: aiohttp.ClientSession,
    edge: SenderProcess,
    web: Nginx,
    muxer: asyncio.subprocess.Process,
) -> None:
    api = Api(http, edge.url)
    external = {"name": "muxer", "kind": "external_origin", "node_id": "mux-1"}
    source = await api.call("POST", "/api/v1/endpoints", {**external, "base_url": web.http_url})
    body = {"name": "edge-e", "kind": "edge", "base_url": edge.url, "node_id": "e"}
    await api.call("POST", "/api/v1/endpoints", {**body, "source_ids": [source["id"]]})
    stream = {"slug": "show", "title": "Show", "latency_mode": "standard"}
    await api.call("POST", "/api/v1/streams", stream, 201)
    generation = await api.call("POST", "/api/v1/streams/show/start", {"origin": "muxer"})
    assert generation["node_id"] == "mux-1"

    async with http.get(edge.url + "/api/v1/playback/show") as r:
        info = await r.json()
    assert info["hls_url"].startswith(edge.url + "/hls/"), info  # served by the edge itself
    media = info["hls_url"].rsplit("/", 1)[0] + "/source/index.m3u8"
    deadline = time.monotonic() + 30
    while True:
        status, text = await _get(http, media)
        if status == 200 and len(parse_media_playlist(text).segments) >= 3:
            break
        assert time.monotonic() < deadline, (status, text[:300])
        await asyncio.sleep(0.3)

    # The muxer's numbers, durations and dates; Sender's names; the muxer's bytes.
    mirrored = parse_media_playlist(text)
    status, upstream_text = await _get(http, f"{web.http_url}/show/index.m3u8")
    upstream = {s.msn: s for s in parse_media_playlist(upstream_text).segments}
    common = [s for s in mirrored.segments if s.msn in upstream]
    assert len(common) >= 2
    for seg in common:
        original = upstream[seg.msn]
        assert seg.uri == f"seg-{seg.msn}.m4s"
        assert round(seg.duration, 3) == round(original.duration, 3)
        assert seg.program_date_time == original.program_date_time
        ours = await _get(http, media.rsplit("/", 1)[0] + "/" + seg.uri)
        theirs = await _get(http, f"{web.http_url}/show/{original.uri}")
        assert ours[0] == theirs[0] == 200 and ours[1] == theirs[1]
    assert mirrored.segments[0].init is not None
    init = await _get(http, media.rsplit("/", 1)[0] + "/" + mirrored.segments[0].init.uri)
    assert init == await _get(http, f"{web.http_url}/show/init.mp4")
    # The edge describes the muxer's media itself (its init): a playable multivariant.
    status, multivariant = await _get(http, info["hls_url"])
    assert status == 200
    [variant] = parse_multivariant(multivariant).variants
    assert variant.codecs is not None and variant.codecs.startswith("avc1.")

    # Sender polls the muxer's playlist: its health, in its snapshots.
    async def health() -> tuple[str | None, dict[str, object]]:
        listed = await api.call("GET", "/api/v1/endpoints")
        mux = next(e for e in listed["endpoints"] if e["name"] == "muxer")
        return mux["health"], (mux["snapshot"] or {}).get("extra", {})

    deadline = time.monotonic() + 10
    while True:
        verdict, extra = await health()
        if verdict == "healthy":
            break
        assert time.monotonic() < deadline, (verdict, extra)
        await asyncio.sleep(0.3)
    assert extra.get("polled_by") == "e", extra
    muxer.kill()  # the muxer dies: its playlist stays as it was, and grows old
    await muxer.wait()
    deadline = time.monotonic() + 15
    while (await health())[0] == "healthy":
        assert time.monotonic() < deadline, "the muxer never left healthy"
        await asyncio.sleep(0.5)
    assert (await health())[0] in ("degraded", "stale")


def ladder_muxer_command(ffmpeg: str, out: Path) -> list[str]:
    """ffmpeg as an external muxer of two renditions, 640x360 and 320x180, each in its folder."""
    return [
        ffmpeg, "-hide_banner", "-loglevel", "error", "-nostats", "-re",
        "-f", "lavfi", "-i", "testsrc2=size=640x360:rate=25",
        "-f", "lavfi", "-i", "sine=frequency=440:sample_rate=48000",
        "-filter_complex", "[0:v]split=2[hi][lo0];[lo0]scale=320:180[lo]",
        "-map", "[hi]", "-map", "[lo]", "-map", "1:a", "-map", "1:a",
        "-c:v", "libx264", "-preset", "veryfast", "-tune", "zerolatency",
        "-g", "25", "-keyint_min", "25", "-sc_threshold", "0", "-pix_fmt", "yuv420p",
        "-b:v:0", "800k", "-b:v:1", "300k", "-c:a", "aac", "-b:a", "64k",
        "-f", "hls", "-hls_time", "1", "-hls_list_size", "6",
        "-hls_segment_type", "fmp4", "-hls_fmp4_init_filename", "init.mp4",
        "-hls_flags", "delete_segments+program_date_time+temp_file+independent_segments",
        "-var_stream_map", "v:0,a:0,name:360p v:1,a:1,name:180p",
        "-master_pl_name", "master.m3u8",
        "-hls_segment_filename", str(out / "%v" / "seg%d.m4s"),
        str(out / "%v" / "index.m3u8"),
    ]  # fmt: skip


async def test_an_external_muxers_renditions_all_fan_out_through_an_edge(
    ffmpeg: str, tmp_path: Path
) -> None:
    www = tmp_path / "www"
    for name in ("360p", "180p"):
        (www / "show" / name).mkdir(parents=True)
    async with external_muxer(tmp_path, ladder_muxer_command(ffmpeg, www / "show"), www) as setup:
        await _ladder_scenario(setup.http, setup.edge, setup.web)


async def _ladder_scenario(http: aiohttp.ClientSession, edge: SenderProcess, web: Nginx) -> None:
    api = Api(http, edge.url)
    external = {"name": "muxer", "kind": "external_origin", "node_id": "mux-1"}
    source = await api.call("POST", "/api/v1/endpoints", {**external, "base_url": web.http_url})
    body = {"name": "edge-e", "kind": "edge", "base_url": edge.url, "node_id": "e"}
    await api.call("POST", "/api/v1/endpoints", {**body, "source_ids": [source["id"]]})
    stream = {"slug": "show", "title": "Show", "latency_mode": "standard"}
    await api.call("POST", "/api/v1/streams", stream, 201)
    generation = await api.call("POST", "/api/v1/streams/show/start", {"origin": "muxer"})

    # The muxer runs first; then it records what it writes, from its own master playlist.
    deadline = time.monotonic() + 30
    while True:
        status, master = await _get(http, f"{web.http_url}/show/master.m3u8")
        if status == 200:
            break
        assert time.monotonic() < deadline, "the muxer wrote no master playlist"
        await asyncio.sleep(0.3)
    written = {v.uri.split("/")[0]: v for v in parse_multivariant(master).variants}
    assert set(written) == {"360p", "180p"}
    renditions = []
    for name, variant in written.items():
        assert variant.resolution is not None
        width, height = variant.resolution
        renditions.append(
            {
                "name": name,
                "width": width,
                "height": height,
                "bandwidth": variant.bandwidth,
                "average_bandwidth": variant.average_bandwidth,
                "codecs": variant.codecs,
                "frame_rate": 25.0,
                # One relative to the endpoint's base_url, one absolute.
                "playlist_url": f"show/{name}/index.m3u8"
                if name == "360p"
                else f"{web.http_url}/show/{name}/index.m3u8",
            }
        )
    recorded_at = time.monotonic()
    await api.call(
        "PUT", f"/api/v1/generations/{generation['id']}/renditions", {"renditions": renditions}
    )

    async with http.get(edge.url + "/api/v1/playback/show") as r:
        info = await r.json()
    hls = info["hls_url"].rsplit("/", 1)[0]
    assert hls.startswith(edge.url + "/hls/"), info

    async def mirrored(name: str) -> MediaPlaylist | None:
        status, text = await _get(http, f"{hls}/{name}/index.m3u8")
        if status != 200:
            return None
        playlist = parse_media_playlist(text)
        return playlist if len(playlist.segments) >= 3 else None

    served_at: dict[str, float] = {}
    deadline = time.monotonic() + 30
    while True:
        found = {name: await mirrored(name) for name in written}
        for name, playlist in found.items():
            if playlist is not None:
                served_at.setdefault(name, time.monotonic())
        if all(found.values()):
            break
        assert time.monotonic() < deadline, found
        await asyncio.sleep(0.1)
    # Recorded a moment after the edge began to mirror: picked up within a poll (1 s) or so.
    picked_up = max(served_at.values()) - recorded_at
    print(f"recorded -> both renditions served by the edge in {picked_up:.2f} s")
    assert picked_up < 10, picked_up

    # The multivariant lists both, as recorded, highest BANDWIDTH first.
    status, text = await _get(http, info["hls_url"])
    assert status == 200
    variants = parse_multivariant(text).variants
    assert [v.uri for v in variants] == ["360p/index.m3u8", "180p/index.m3u8"]
    for variant in variants:
        theirs = written[variant.uri.split("/")[0]]
        assert (variant.bandwidth, variant.average_bandwidth) == (
            theirs.bandwidth,
            theirs.average_bandwidth,
        )
        assert (variant.resolution, variant.codecs) == (theirs.resolution, theirs.codecs)
        assert variant.frame_rate == 25.0

    # Each rendition: the muxer's numbers and bytes, in Sender's names.
    for name, playlist in found.items():
        assert playlist is not None
        status, upstream_text = await _get(http, f"{web.http_url}/show/{name}/index.m3u8")
        upstream = {s.msn: s for s in parse_media_playlist(upstream_text).segments}
        common = [s for s in playlist.segments if s.msn in upstream]
        assert len(common) >= 2, (name, playlist, upstream)
        for seg in common[-2:]:
            assert seg.uri == f"seg-{seg.msn}.m4s"
            assert seg.program_date_time == upstream[seg.msn].program_date_time
            ours = await _get(http, f"{hls}/{name}/{seg.uri}")
            theirs = await _get(http, f"{web.http_url}/show/{name}/{upstream[seg.msn].uri}")
            assert ours[0] == theirs[0] == 200 and ours[1] == theirs[1]
        init = playlist.segments[0].init
        assert init is not None
        [muxer_init] = {s.init.uri for s in upstream.values() if s.init is not None}
        ours = await _get(http, f"{hls}/{name}/{init.uri}")
        assert ours == await _get(http, f"{web.http_url}/show/{name}/{muxer_init}")
