"""`sender demo` and `sender publish-test`: a node with a test pattern, and the pattern alone.

The demo runs a node on the embedded default (SQLite and a local spool),
creates and starts the stream `demo`, publishes a test pattern to it with the
bundled ffmpeg, and prints the URLs. Its publish key is made once and kept in
`<data dir>/demo-key` (0600), so running the demo again adds no key. Ctrl-C
signals the publisher, ends the generation and shuts the node down; no ffmpeg
is left.

The publisher's own error lines name the URL it publishes to, key included,
so they pass through a filter that masks the key before reaching stderr.
"""

from __future__ import annotations

import asyncio
import contextlib
import signal
import sys

from sender import runner
from sender.app import Node, configure_logging, start_or_exit
from sender.config import Settings, find_ffmpeg
from sender.control import keys as key_ops
from sender.control import playback as playback_ops
from sender.control import streams as stream_ops
from sender.datadir import write_private
from sender.domain.keys import parse_key, verify_secret
from sender.domain.streams import Visibility
from sender.errors import NotFound
from sender.media.process import spawn, terminate

DEMO_SLUG = "demo"
DEMO_KEY_FILE = "demo-key"
# ffmpeg ends a publish cleanly on SIGTERM within a frame or two; this is only the bound
# after which its group is killed.
PUBLISHER_STOP_S = 5.0


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


def mask_key(text: str, key: str) -> str:
    """`text` with the key replaced by what a log may show of it: a Sender key's id, else ***."""
    if not key:
        return text
    parsed = parse_key(key)
    text = text.replace(key, f"{parsed[0]}.***" if parsed else "***")
    return text.replace(parsed[1], "***") if parsed else text


def masked_url(rtmp_url: str) -> str:
    return f"{rtmp_url.rsplit('/', 1)[0]}/***"


async def _relay_masked(stream: asyncio.StreamReader, key: str) -> None:
    """Copy the child's stderr to ours line by line, the key masked."""
    while True:
        try:
            line = await stream.readline()
        except ValueError:  # a line over the reader's limit: dropped, never shown unmasked
            line = b"(an overlong line of the publisher's was dropped)\n"
        if not line:
            return
        sys.stderr.write(mask_key(line.decode(errors="replace"), key))
        sys.stderr.flush()


async def stop_publisher(proc: asyncio.subprocess.Process) -> int:
    """Ask ffmpeg to stop (SIGTERM), give it PUBLISHER_STOP_S, then kill its group."""
    if proc.returncode is None:
        with contextlib.suppress(ProcessLookupError):
            proc.terminate()
    return await terminate(proc, PUBLISHER_STOP_S)


async def _demo_key(node: Node) -> str:
    """The demo's publish key: the one kept in the data dir while it is valid, else a new one."""
    path = node.settings.data_dir / DEMO_KEY_FILE
    try:
        kept = path.read_text().strip()
    except FileNotFoundError:
        kept = ""
    parsed = parse_key(kept)
    if parsed is not None:
        key_id, secret = parsed
        for key in await key_ops.list_keys(node.ctx, DEMO_SLUG):
            if key.key_id == key_id and not key.revoked and verify_secret(secret, key.verifier):
                return kept
    created = await key_ops.create_key(node.ctx, DEMO_SLUG)
    write_private(path, created.key)
    return created.key


async def prepare_demo(node: Node) -> tuple[str, str]:
    """The demo stream (created once), started, with its key. Returns (key, hls_url)."""
    ctx = node.ctx
    try:
        await stream_ops.get_stream(ctx, DEMO_SLUG)
    except NotFound:
        await stream_ops.create_stream(
            ctx, slug=DEMO_SLUG, title="Sender demo", visibility=Visibility.PUBLIC
        )
    await stream_ops.start_stream(ctx, DEMO_SLUG)
    key = await _demo_key(node)
    info = await playback_ops.playback(ctx, DEMO_SLUG)
    return key, str(info.hls_url)


async def run_demo_async(settings: Settings) -> None:
    configure_logging(settings.log_level)
    node = await start_or_exit(settings)
    publisher = None
    relay: asyncio.Task[None] | None = None
    try:
        key, hls_url = await prepare_demo(node)
        url = f"{node.rtmp_url}/{key}"
        publisher = await spawn(
            test_pattern_command(node.ffmpeg, url),
            stdin=asyncio.subprocess.DEVNULL,
            stdout=asyncio.subprocess.DEVNULL,
            stderr=asyncio.subprocess.PIPE,
        )
        assert publisher.stderr is not None
        relay = asyncio.create_task(_relay_masked(publisher.stderr, key), name="demo-stderr")
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
            await stop_publisher(publisher)
        if relay is not None:
            with contextlib.suppress(Exception):
                await relay  # ends at the publisher's EOF on stderr
        with contextlib.suppress(Exception):
            await stream_ops.stop_stream(node.ctx, DEMO_SLUG)
        await node.close()


def run_demo(settings: Settings) -> None:
    runner.run(run_demo_async(settings), settings.event_loop)


async def _publish(cmd: list[str], key: str) -> int:
    proc = await spawn(
        cmd,
        stdin=asyncio.subprocess.DEVNULL,
        stdout=asyncio.subprocess.DEVNULL,
        stderr=asyncio.subprocess.PIPE,
    )
    assert proc.stderr is not None
    relay = asyncio.ensure_future(_relay_masked(proc.stderr, key))
    waiter = asyncio.ensure_future(proc.wait())
    stopper = asyncio.ensure_future(_wait_for_signal())
    try:
        await asyncio.wait({waiter, stopper}, return_when=asyncio.FIRST_COMPLETED)
    finally:
        stopper.cancel()
        if not waiter.done():
            await stop_publisher(proc)
        await asyncio.gather(waiter, stopper, relay, return_exceptions=True)
    return proc.returncode or 0


def publish_test(
    rtmp_url: str, duration_s: float | None = None, settings: Settings | None = None
) -> int:
    """Publish a test pattern to any RTMP URL; returns ffmpeg's exit code."""
    ffmpeg = find_ffmpeg(settings or Settings())
    print(f"publishing a test pattern to {masked_url(rtmp_url)}", file=sys.stderr)
    cmd = test_pattern_command(ffmpeg, rtmp_url, duration_s=duration_s)
    return asyncio.run(_publish(cmd, rtmp_url.rsplit("/", 1)[-1]))
