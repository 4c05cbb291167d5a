"""`sender demo` and `sender publish-test`: a node with a test pattern, and the pattern alone.

The demo runs a node on the embedded default (SQLite and a local spool),
creates and starts the stream `demo`, makes a publish key, publishes a test
pattern to it with the bundled ffmpeg, and prints the URLs. Ctrl-C stops the
publisher, ends the generation and shuts the node down; no ffmpeg is left.
"""

from __future__ import annotations

import asyncio
import contextlib
import signal
import sys

from sender.app import Node, configure_logging, start_or_exit
from sender.config import Settings, find_ffmpeg
from sender.control import keys as key_ops
from sender.control import playback as playback_ops
from sender.control import streams as stream_ops
from sender.domain.streams import Visibility
from sender.errors import NotFound
from sender.media.process import spawn, terminate

DEMO_SLUG = "demo"


def test_pattern_command(
    ffmpeg: str,
    rtmp_url: str,
    *,
    duration_s: float | None = None,
    size: str = "1280x720",
    rate: int = 30,
) -> list[str]:
    """ffmpeg publishing a moving test pattern with a tone, one keyframe a second."""
    cmd = [
        ffmpeg,
        "-hide_banner",
        "-loglevel",
        "error",
        "-nostats",
        "-re",
        "-f",
        "lavfi",
        "-i",
        f"testsrc2=size={size}:rate={rate}",
        "-f",
        "lavfi",
        "-i",
        "sine=frequency=440:sample_rate=48000",
    ]
    if duration_s is not None:
        cmd += ["-t", f"{duration_s:g}"]
    cmd += [
        "-c:v",
        "libx264",
        "-preset",
        "ultrafast",
        "-tune",
        "zerolatency",
        "-pix_fmt",
        "yuv420p",
        "-g",
        str(rate),
        "-keyint_min",
        str(rate),
        "-b:v",
        "2500k",
        "-maxrate",
        "2500k",
        "-bufsize",
        "2500k",
        "-c:a",
        "aac",
        "-b:a",
        "128k",
        "-ar",
        "48000",
        "-f",
        "flv",
        rtmp_url,
    ]
    return cmd


async def _wait_for_signal() -> None:
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    try:
        await stop.wait()
    finally:
        for sig in (signal.SIGINT, signal.SIGTERM):
            with contextlib.suppress(Exception):
                loop.remove_signal_handler(sig)


async def _prepare_demo(node: Node) -> tuple[str, str]:
    """The demo stream (created once), started, with a fresh key. Returns (key, hls_url)."""
    ctx = node.ctx
    try:
        await stream_ops.get_stream(ctx, DEMO_SLUG)
    except NotFound:
        await stream_ops.create_stream(
            ctx, slug=DEMO_SLUG, title="Sender demo", visibility=Visibility.PUBLIC
        )
    await stream_ops.start_stream(ctx, DEMO_SLUG)
    created = await key_ops.create_key(ctx, DEMO_SLUG)
    info = await playback_ops.playback(ctx, DEMO_SLUG)
    return created.key, str(info.hls_url)


async def run_demo_async(settings: Settings) -> None:
    configure_logging(settings.log_level)
    node = await start_or_exit(settings)
    publisher = None
    try:
        key, hls_url = await _prepare_demo(node)
        url = f"{node.rtmp_url}/{key}"
        publisher = await spawn(
            test_pattern_command(node.ffmpeg, url),
            stdin=asyncio.subprocess.DEVNULL,
            stdout=asyncio.subprocess.DEVNULL,
            stderr=None,
        )
        base = node.http_url
        print(
            f"\nSender demo is running.\n"
            f"  HLS:   {hls_url}\n"
            f"  Watch: {base}/watch/{DEMO_SLUG}\n"
            f"  API:   {base}/api/v1/streams (admin token in {settings.data_dir / 'admin-token'})\n"
            f"  RTMP:  {node.rtmp_url}  (keys: `sender keys create {DEMO_SLUG}`)\n"
            f"Press Ctrl-C to stop.\n",
            flush=True,
        )
        await _wait_for_signal()
    finally:
        if publisher is not None:
            await terminate(publisher, 5.0)
        with contextlib.suppress(Exception):
            await stream_ops.stop_stream(node.ctx, DEMO_SLUG)
        await node.close()


def run_demo(settings: Settings) -> None:
    asyncio.run(run_demo_async(settings))


async def _publish(cmd: list[str]) -> int:
    proc = await spawn(
        cmd, stdin=asyncio.subprocess.DEVNULL, stdout=asyncio.subprocess.DEVNULL, stderr=None
    )
    waiter = asyncio.ensure_future(proc.wait())
    stopper = asyncio.ensure_future(_wait_for_signal())
    try:
        await asyncio.wait({waiter, stopper}, return_when=asyncio.FIRST_COMPLETED)
    finally:
        stopper.cancel()
        if not waiter.done():
            await terminate(proc, 5.0)
        await asyncio.gather(waiter, stopper, return_exceptions=True)
    return proc.returncode or 0


def publish_test(
    rtmp_url: str, duration_s: float | None = None, settings: Settings | None = None
) -> int:
    """Publish a test pattern to any RTMP URL; returns ffmpeg's exit code."""
    ffmpeg = find_ffmpeg(settings or Settings())
    print(f"publishing a test pattern to {rtmp_url.rsplit('/', 1)[0]}/***", file=sys.stderr)
    return asyncio.run(_publish(test_pattern_command(ffmpeg, rtmp_url, duration_s=duration_s)))
