"""One node, end to end: real ffmpeg publishes real RTMP; HLS is read by m3u8 and ffmpeg."""

from __future__ import annotations

import asyncio
import logging
import os
import shutil
import signal
import subprocess
from datetime import timedelta
from pathlib import Path

import m3u8
import pytest

from sender.app import Node
from sender.demo import test_pattern_command as pattern_command
from tests.e2e.conftest import (
    Client,
    Publisher,
    complete,
    decode_check,
    ffmpeg_children,
    publish,
)

pytestmark = pytest.mark.e2e


BACKENDS = pytest.mark.parametrize("backend", ["ffmpeg", "native"])


@BACKENDS
async def test_publish_plays_and_stop_ends(
    client: Client, node: Node, ffmpeg: str, tmp_path: Path, backend: str
) -> None:
    stream, key = await client.create_stream("show")
    generation = await client.api("POST", "/api/v1/streams/show/start", status=200)
    assert generation["state"] == "starting"
    assert await client.api("POST", "/api/v1/streams/show/start") == generation  # idempotent

    pub = await publish(ffmpeg, f"{node.rtmp_url}/{key}", seconds=5)
    info = await client.wait_state("show", "live")
    assert info["generation_id"] == generation["id"]
    hls_url = info["hls_url"]
    assert hls_url.startswith("http://") and f"/hls/{stream['id']}/{generation['id']}/" in hls_url

    status, headers, body = await client.get(hls_url)
    assert status == 200
    assert headers["Content-Type"].startswith("application/vnd.apple.mpegurl")
    assert headers["Access-Control-Allow-Origin"] == "*"
    master = m3u8.loads(body.decode(), uri=hls_url)
    assert master.is_variant
    variant = master.playlists[0]
    assert "avc1." in variant.stream_info.codecs and "mp4a.40.2" in variant.stream_info.codecs
    assert variant.stream_info.resolution == (320, 180)

    status_body = await client.api("GET", "/api/v1/streams/show/status")
    assert status_body["publisher"] is not None
    assert status_body["publisher"]["backend"] == backend
    assert status_body["publisher"]["backend_fallback"] is None
    assert key not in str(status_body)

    assert await pub.wait() == 0
    playlist = await client.wait_segments(hls_url, 3)
    assert not playlist.is_endlist  # the encoder leaving does not end the generation

    # Every segment decodes, behind its init, and timestamps run on without gaps.
    init_uri = complete(playlist)[0].init_section.absolute_uri
    status, init_headers, init = await client.get(init_uri)
    assert status == 200 and init_headers["Cache-Control"] == "public, max-age=31536000, immutable"
    for i, segment in enumerate(complete(playlist)):
        assert segment.duration <= playlist.target_duration + 0.5
        status, seg_headers, data = await client.get(segment.absolute_uri)
        assert status == 200
        assert seg_headers["Cache-Control"] == "public, max-age=31536000, immutable"
        assert seg_headers["Content-Type"] == "video/iso.segment"
        assert decode_check(ffmpeg, init + data, tmp_path, f"seg{i}.mp4") == ""
    # Every segment carries its own EXT-X-PROGRAM-DATE-TIME (m3u8's derived
    # current_program_date_time also adds the durations of listed parts: not used).
    dates = [s.program_date_time for s in complete(playlist)]
    assert all(d is not None for d in dates)
    for earlier, later, seg in zip(dates, dates[1:], complete(playlist), strict=False):
        assert abs((later - earlier) - timedelta(seconds=seg.duration)) < timedelta(
            milliseconds=100
        )

    # The whole window concatenated is one continuous stream.
    whole = bytearray(init)
    for segment in complete(playlist):
        whole += (await client.get(segment.absolute_uri))[2]
    assert decode_check(ffmpeg, bytes(whole), tmp_path, "window.mp4") == ""

    stopped = await client.api("POST", "/api/v1/streams/show/stop", status=200)
    assert stopped["state"] == "ended" and stopped["id"] == generation["id"]
    ended = await client.media_playlist(hls_url)
    assert ended.is_endlist
    _, playlist_headers, _ = await client.get(hls_url.rsplit("/", 1)[0] + "/source/index.m3u8")
    assert playlist_headers["Cache-Control"] == "public, max-age=60"  # final, cacheable

    await node.close()
    assert ffmpeg_children() == []


async def test_wrong_key_is_refused_and_never_logged(
    client: Client, node: Node, ffmpeg: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    _, key = await client.create_stream("guarded")
    key_id, secret = key.split(".", 1)
    wrong = f"{key_id}.{'x' * len(secret)}"
    for attempt in (wrong, "not-a-key", f"{'0' * 12}.{secret}"):
        pub = await publish(ffmpeg, f"{node.rtmp_url}/{attempt}", seconds=5)
        assert await pub.wait(timeout=30) != 0
    info = await client.api("GET", "/api/v1/playback/guarded")
    assert info["state"] == "offline"
    assert secret not in caplog.text
    assert "x" * len(secret) not in caplog.text

    # A revoked key is refused the same way.
    await client.api("DELETE", f"/api/v1/streams/guarded/keys/{key_id}", status=200)
    pub = await publish(ffmpeg, f"{node.rtmp_url}/{key}", seconds=5)
    assert await pub.wait(timeout=30) != 0
    assert secret not in caplog.text


@BACKENDS
async def test_reconnect_stays_in_generation_with_discontinuity(
    client: Client, node: Node, ffmpeg: str, tmp_path: Path
) -> None:
    _, key = await client.create_stream("again")
    generation = await client.api("POST", "/api/v1/streams/again/start", status=200)
    first = await publish(ffmpeg, f"{node.rtmp_url}/{key}", seconds=3)
    info = await client.wait_state("again", "live")
    assert await first.wait() == 0
    before = await client.wait_segments(info["hls_url"], 2)
    await asyncio.sleep(0.5)  # the first publisher's connection closes on the server side
    second = await publish(ffmpeg, f"{node.rtmp_url}/{key}", seconds=3)
    assert await second.wait() == 0
    info2 = await client.api("GET", "/api/v1/playback/again")
    assert info2["generation_id"] == generation["id"]
    after = await client.wait_segments(info["hls_url"], len(complete(before)) + 2)
    text = after.dumps()
    assert "#EXT-X-DISCONTINUITY" in text
    assert text.count("#EXT-X-MAP") >= 2
    numbers = [int(s.uri.split("seg-")[1].split(".")[0]) for s in complete(after)]
    assert numbers == list(range(numbers[0], numbers[0] + len(numbers)))  # msn continues
    # The segment after the discontinuity decodes with its own init.
    disc = next(s for s in complete(after) if s.discontinuity)
    init = (await client.get(disc.init_section.absolute_uri))[2]
    data = (await client.get(disc.absolute_uri))[2]
    decode_check(ffmpeg, init + data, tmp_path, "after.mp4")


@pytest.mark.parametrize("backend", ["ffmpeg"])  # the native backend has no process to kill
async def test_killed_backend_is_restarted(client: Client, node: Node, ffmpeg: str) -> None:
    _, key = await client.create_stream("phoenix")
    await client.api("POST", "/api/v1/streams/phoenix/start", status=200)
    pub = await publish(ffmpeg, f"{node.rtmp_url}/{key}", seconds=10)
    info = await client.wait_state("phoenix", "live")
    await client.wait_segments(info["hls_url"], 2)
    backends = [p for p in ffmpeg_children() if p != pub.proc.pid]
    assert len(backends) == 1
    os.kill(backends[0], signal.SIGKILL)
    assert await pub.wait() == 0  # the encoder never noticed
    playlist = await client.wait_segments(info["hls_url"], 6)
    assert any(s.discontinuity for s in complete(playlist))
    assert node.live.backend_restarts.get("phoenix", 0) >= 1
    status = await client.api("GET", "/api/v1/playback/phoenix")
    assert status["state"] == "live"


async def test_auto_start_and_idle_end(tmp_path: Path, ffmpeg: str) -> None:
    import aiohttp

    from sender.app import start_node
    from tests.e2e.conftest import e2e_settings

    node = await start_node(e2e_settings(tmp_path, idle_end_s=1.0))
    try:
        async with aiohttp.ClientSession() as http:
            client = Client(node=node, http=http)
            _, key = await client.create_stream("auto")
            pub = await publish(ffmpeg, f"{node.rtmp_url}/{key}", seconds=3)
            info = await client.wait_state("auto", "live")
            assert await pub.wait() == 0
            status = await client.api("GET", "/api/v1/streams/auto/status")
            assert status["generation"]["auto_started"] is True
            await client.wait_state("auto", "offline", timeout=20)
            ended = await client.media_playlist(info["hls_url"])
            assert ended.is_endlist
    finally:
        await node.close()


async def test_second_publisher_is_refused(client: Client, node: Node, ffmpeg: str) -> None:
    _, key = await client.create_stream("solo")
    first = await publish(ffmpeg, f"{node.rtmp_url}/{key}", seconds=6)
    await client.wait_state("solo", "live")
    second = await publish(ffmpeg, f"{node.rtmp_url}/{key}", seconds=3)
    assert await second.wait(timeout=30) != 0
    assert await first.wait() == 0
    assert node.stats.refusals.get("busy") == 1


def _has_gst_elements(*names: str) -> bool:
    if shutil.which("gst-inspect-1.0") is None:
        return False
    return all(
        subprocess.run(["gst-inspect-1.0", n], capture_output=True).returncode == 0 for n in names
    )


@pytest.mark.skipif(
    not _has_gst_elements("rtmp2sink", "x264enc", "voaacenc", "flvmux"),
    reason="GStreamer with rtmp2sink, x264enc, voaacenc and flvmux is not installed "
    "(gstreamer1.0-plugins-bad/-ugly; `make test` installs them as root)",
)
async def test_gstreamer_rtmp2sink_publishes(
    client: Client, node: Node, ffmpeg: str, tmp_path: Path
) -> None:
    _, key = await client.create_stream("gst")
    await client.api("POST", "/api/v1/streams/gst/start", status=200)
    pipeline = (
        "videotestsrc is-live=true num-buffers=100"
        " ! video/x-raw,width=320,height=240,framerate=25/1"
        f" ! x264enc tune=zerolatency key-int-max=25 ! h264parse ! flvmux name=m streamable=true"
        f" ! rtmp2sink location={node.rtmp_url}/{key}"
        f" audiotestsrc is-live=true num-buffers=200 ! audioconvert ! voaacenc ! aacparse ! m."
    )
    proc = await asyncio.create_subprocess_exec(
        "gst-launch-1.0",
        "-q",
        *pipeline.split(),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    info = await client.wait_state("gst", "live")
    await asyncio.wait_for(proc.wait(), 60)
    playlist = await client.wait_segments(info["hls_url"], 2)
    init = (await client.get(complete(playlist)[0].init_section.absolute_uri))[2]
    data = (await client.get(complete(playlist)[0].absolute_uri))[2]
    decode_check(ffmpeg, init + data, tmp_path, "gst.mp4")


@pytest.mark.parametrize("backend", ["native"])
async def test_a_codec_the_native_muxer_cannot_carry_goes_to_ffmpeg(
    client: Client, node: Node, ffmpeg: str, tmp_path: Path
) -> None:
    """An encoder sending MP3 audio to a native node: ffmpeg carries the publish, status
    says why, and the stream plays with its sound."""
    _, key = await client.create_stream("oldtimer")
    cmd = pattern_command(ffmpeg, f"{node.rtmp_url}/{key}", duration_s=4, size="320x180")
    cmd[cmd.index("aac")] = "libmp3lame"
    cmd[cmd.index("48000")] = "44100"  # MP3 in FLV: 44.1 kHz
    proc = await asyncio.create_subprocess_exec(
        *cmd, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    pub = Publisher(proc)
    try:
        info = await client.wait_state("oldtimer", "live")
        status = await client.api("GET", "/api/v1/streams/oldtimer/status")
        publisher = status["publisher"]
        assert publisher["backend"] == "ffmpeg"
        assert "audio" in publisher["backend_fallback"] and publisher["audio_codec"] == "mp3"
        playlist = await client.wait_segments(info["hls_url"], 2)
    finally:
        await pub.stop()
    init = (await client.get(complete(playlist)[0].init_section.absolute_uri))[2]
    data = (await client.get(complete(playlist)[0].absolute_uri))[2]
    path = tmp_path / "mp3.mp4"
    path.write_bytes(init + data)
    decode_check(ffmpeg, init + data, tmp_path, "mp3-check.mp4")
    probe = await asyncio.create_subprocess_exec(
        ffmpeg, "-hide_banner", "-i", str(path), stderr=subprocess.PIPE
    )
    _, err = await asyncio.wait_for(probe.communicate(), 60)
    assert b"Audio: mp3" in err and b"Video: h264" in err
