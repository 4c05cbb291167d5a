"""The spool over a generation's life: a bounded window on disk, removal after retention."""

from __future__ import annotations

import asyncio
from pathlib import Path

import aiohttp
import pytest

from sender.app import start_node
from tests.e2e.conftest import Client, complete, e2e_settings, publish

pytestmark = pytest.mark.e2e


def _segment_files(directory: Path) -> list[str]:
    return sorted(p.name for p in directory.glob("seg-*.m4s"))


async def test_window_on_disk_is_bounded_and_ended_spool_removed(
    tmp_path: Path, ffmpeg: str
) -> None:
    settings = e2e_settings(
        tmp_path, live_window_segments=3, spool_keep_segments=4, ended_retention_s=1.0
    )
    node = await start_node(settings)
    try:
        async with aiohttp.ClientSession() as http:
            client = Client(node=node, http=http)
            stream, key = await client.create_stream("window")
            pub = await publish(ffmpeg, f"{node.rtmp_url}/{key}", seconds=9)
            info = await client.wait_state("window", "live")
            assert await pub.wait() == 0
            playlist = await client.wait_segments(info["hls_url"], 3)
            assert len(complete(playlist)) == 3  # the live window
            assert playlist.media_sequence >= 4  # older segments slid out
            directory = (
                settings.resolved_spool_root
                / "streams"
                / stream["id"]
                / info["generation_id"]
                / "source"
            )
            await asyncio.sleep(0.5)  # the writer is behind the index by a file at most
            on_disk = await asyncio.to_thread(_segment_files, directory)
            # The window, and what left it less than three target durations (3 s) ago:
            # RFC 8216bis 6.2.2 keeps those fetchable. Nothing older.
            window = [int(s.uri.split("seg-")[1].split(".")[0]) for s in complete(playlist)]
            assert len(on_disk) <= len(window) + 3 + 1, on_disk
            for msn in range(max(0, window[0] - 3), window[0]):
                status, _, _ = await client.get(
                    info["hls_url"].rsplit("/", 1)[0] + f"/source/seg-{msn}.m4s"
                )
                assert status == 200, msn
            # The oldest segment is gone from disk and answers 404 no-store.
            status, headers, _ = await client.get(
                info["hls_url"].rsplit("/", 1)[0] + "/source/seg-0.m4s"
            )
            assert status == 404 and headers["Cache-Control"] == "no-store"

            await client.api("POST", "/api/v1/streams/window/stop", status=200)
            generation_dir = directory.parent
            for _ in range(50):
                if not await asyncio.to_thread(generation_dir.exists):
                    break
                await asyncio.sleep(0.2)
            assert not await asyncio.to_thread(generation_dir.exists)
            status, _, _ = await client.get(info["hls_url"])
            assert status == 404
    finally:
        await node.close()


async def test_health_and_readiness(tmp_path: Path) -> None:
    node = await start_node(e2e_settings(tmp_path))
    try:
        async with aiohttp.ClientSession() as http:
            client = Client(node=node, http=http)
            status, _, body = await client.get("/healthz")
            assert status == 200
            status, _, body = await client.get("/readyz")
            assert status == 200 and b'"ready"' in body
            # A spool that can no longer be written makes the node not ready: here its
            # directory is replaced by a plain file, which no user can write into.
            spool = node.settings.resolved_spool_root
            moved = spool.with_name("spool-away")
            spool.rename(moved)
            spool.write_bytes(b"")
            try:
                status, _, body = await client.get("/readyz")
            finally:
                spool.unlink()
                moved.rename(spool)
            assert status == 503 and b"spool" in body
            status, _, _ = await client.get("/readyz")
            assert status == 200
    finally:
        await node.close()


async def test_backend_that_keeps_dying_fails_the_generation_with_its_reason(
    tmp_path: Path, ffmpeg: str
) -> None:
    broken = tmp_path / "ffmpeg"
    broken.write_text("#!/bin/sh\necho 'codec library missing' >&2\nexit 1\n")
    broken.chmod(0o755)
    settings = e2e_settings(
        tmp_path,
        backend="ffmpeg",
        ffmpeg_executable=str(broken),
        backend_restart_initial_s=0.05,
        backend_restart_max_s=0.1,
    )
    node = await start_node(settings)
    try:
        async with aiohttp.ClientSession() as http:
            client = Client(node=node, http=http)
            _, key = await client.create_stream("doomed")
            generation = await client.api("POST", "/api/v1/streams/doomed/start", status=200)
            pub = await publish(ffmpeg, f"{node.rtmp_url}/{key}", seconds=20)
            for _ in range(100):
                status = await client.api("GET", "/api/v1/streams/doomed/status")
                if status["generation"]["state"] != "starting":
                    break
                await asyncio.sleep(0.2)
            await pub.stop()
            assert status["generation"]["id"] == generation["id"]
            assert status["generation"]["state"] == "failed"
            assert "codec library missing" in status["generation"]["failure_reason"]
            info = await client.api("GET", "/api/v1/playback/doomed")
            assert info["state"] == "offline"
    finally:
        await node.close()
