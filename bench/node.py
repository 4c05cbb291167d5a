"""A real Sender node in its own process, and the driver's handle on it.

The node runs in a child process (`python -m bench.node ...`) so that its CPU
and memory are a process tree of their own (the Python process and its ffmpeg
children), and so that wrk and the driver do not share its event loop. The
child prints one JSON line with its URLs once it is ready, and shuts the node
down in order when its stdin closes or it gets SIGTERM; it cannot outlive the
driver.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import logging
import os
import re
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ADMIN_TOKEN = "bench-admin-token-0123456789abcdef"


# The child ----------------------------------------------------------------------------------
async def _serve(args: argparse.Namespace) -> None:
    from sender.app import start_node
    from sender.config import Settings

    settings = Settings(
        data_dir=Path(args.data_dir),
        http_host="127.0.0.1",
        http_port=0,
        rtmp_host="127.0.0.1",
        rtmp_port=0,
        admin_token=ADMIN_TOKEN,
        segment_target_s=args.segment_target,
        part_target_s=args.part_target,
        log_level="WARNING",
        backend=args.backend,
        # Every publisher of a benchmark comes from 127.0.0.1: the per-address cap (a guard
        # against strangers) would otherwise refuse the 17th stream of a capacity ramp.
        rtmp_max_connections_per_address=args.max_per_address,
    )
    node = await start_node(settings)
    loop = asyncio.get_running_loop()
    stop = asyncio.Event()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    stdin_closed = loop.run_in_executor(None, sys.stdin.buffer.read)
    stdin_closed.add_done_callback(lambda _: stop.set())
    ready = {
        "http_url": node.http_url,
        "rtmp_url": node.rtmp_url,
        "spool_root": str(settings.resolved_spool_root),
        "pid": os.getpid(),
    }
    print(json.dumps(ready), flush=True)
    try:
        await stop.wait()
    finally:
        await node.close()


def main() -> None:
    parser = argparse.ArgumentParser(description="a Sender node for the benchmarks")
    parser.add_argument("data_dir")
    parser.add_argument("--segment-target", type=float, default=2.0)
    parser.add_argument("--part-target", type=float, default=0.2)
    parser.add_argument("--backend", choices=("ffmpeg", "native"), default="ffmpeg")
    parser.add_argument("--max-per-address", type=int, default=16)
    args = parser.parse_args()
    logging.basicConfig(
        level=logging.WARNING, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    from sender import runner
    from sender.config import Settings

    # The loop `sender serve` runs on by default (SENDER_ variables are kept from the node).
    runner.run(_serve(args), Settings.model_fields["event_loop"].default)
    # The stdin reader thread may still block; nothing else is left to do.
    os._exit(0)


# The driver's side --------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Playlist:
    """The few facts of a media playlist the benchmarks need."""

    text: str
    target_duration: float
    media_sequence: int
    segments: list[str]  # URIs, oldest first
    durations: list[float]
    last_program_date_time: float | None  # epoch seconds of the newest segment's start

    @property
    def newest_msn(self) -> int:
        return self.media_sequence + len(self.segments) - 1

    def parts(self) -> list[str]:
        return re.findall(r'#EXT-X-PART:[^\n]*URI="([^"]+)"', self.text)


def parse_playlist(text: str) -> Playlist:
    from datetime import datetime

    target = 0.0
    msn = 0
    uris: list[str] = []
    durations: list[float] = []
    pdt: float | None = None
    pending_pdt: float | None = None
    last_pdt: float | None = None
    duration: float | None = None
    for line in text.splitlines():
        if line.startswith("#EXT-X-TARGETDURATION:"):
            target = float(line.split(":", 1)[1])
        elif line.startswith("#EXT-X-MEDIA-SEQUENCE:"):
            msn = int(line.split(":", 1)[1])
        elif line.startswith("#EXT-X-PROGRAM-DATE-TIME:"):
            stamp = line.split(":", 1)[1].replace("Z", "+00:00")
            pending_pdt = datetime.fromisoformat(stamp).timestamp()
        elif line.startswith("#EXTINF:"):
            duration = float(line.split(":", 1)[1].split(",", 1)[0])
        elif line and not line.startswith("#") and duration is not None:
            uris.append(line)
            durations.append(duration)
            # A PROGRAM-DATE-TIME applies to the next segment; later ones follow by duration.
            if pending_pdt is not None:
                pdt = pending_pdt
                pending_pdt = None
            elif pdt is not None and len(durations) > 1:
                pdt += durations[-2]
            last_pdt = pdt
            duration = None
    return Playlist(text, target, msn, uris, durations, last_pdt)


class SenderNode:
    """Start with `with SenderNode(data_dir) as node:`; the node stops when the block ends."""

    def __init__(
        self,
        data_dir: Path,
        *,
        segment_target_s: float = 2.0,
        part_target_s: float = 0.2,
        backend: str = "ffmpeg",
        max_per_address: int = 16,
    ) -> None:
        self.data_dir = data_dir
        self.segment_target_s = segment_target_s
        self.part_target_s = part_target_s
        self.backend = backend
        self.max_per_address = max_per_address
        self._proc: subprocess.Popen[bytes] | None = None
        self.http_url = ""
        self.rtmp_url = ""
        self.spool_root = Path()

    @property
    def pid(self) -> int:
        if self._proc is None:
            raise RuntimeError("the node is not running")
        return self._proc.pid

    def start(self, timeout_s: float = 60.0) -> None:
        self.data_dir.mkdir(parents=True, exist_ok=True)
        # The environment wins over arguments in Sender's settings: keep the caller's out.
        env = {k: v for k, v in os.environ.items() if not k.startswith("SENDER_")}
        log = open(self.data_dir / "node.log", "ab")  # noqa: SIM115
        cmd = [sys.executable, "-m", "bench.node", str(self.data_dir)]
        cmd += ["--segment-target", f"{self.segment_target_s:g}"]
        cmd += ["--part-target", f"{self.part_target_s:g}"]
        cmd += ["--backend", self.backend, "--max-per-address", str(self.max_per_address)]
        try:
            self._proc = subprocess.Popen(
                cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=log, env=env,
                cwd=Path(__file__).resolve().parent.parent,
            )  # fmt: skip
        finally:
            log.close()
        assert self._proc.stdout is not None
        line = _readline(self._proc, timeout_s)
        if not line:
            self.stop()
            raise RuntimeError(f"the Sender node did not start:\n{self.log_tail()}")
        ready = json.loads(line)
        self.http_url = ready["http_url"]
        self.rtmp_url = ready["rtmp_url"]
        self.spool_root = Path(ready["spool_root"])

    def log_tail(self, chars: int = 3000) -> str:
        path = self.data_dir / "node.log"
        return path.read_text(errors="replace")[-chars:] if path.exists() else ""

    def stop(self, timeout_s: float = 30.0) -> None:
        proc, self._proc = self._proc, None
        if proc is None:
            return
        if proc.stdin is not None:
            with contextlib.suppress(OSError):
                proc.stdin.close()
        try:
            proc.wait(timeout_s)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout_s)
        if proc.stdout is not None:
            proc.stdout.close()

    def __enter__(self) -> SenderNode:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # HTTP ----------------------------------------------------------------------------------
    def api(self, method: str, path: str, body: Any = None) -> Any:
        data = None if body is None else json.dumps(body).encode()
        req = urllib.request.Request(self.http_url + path, data=data, method=method)
        req.add_header("Authorization", f"Bearer {ADMIN_TOKEN}")
        if data is not None:
            req.add_header("Content-Type", "application/json")
        with urllib.request.urlopen(req, timeout=30) as resp:
            return json.loads(resp.read())

    def get(self, url: str) -> bytes:
        full = url if url.startswith("http") else self.http_url + url
        with urllib.request.urlopen(full, timeout=30) as resp:
            return bytes(resp.read())

    def create_stream(self, slug: str) -> tuple[dict[str, Any], str]:
        stream = self.api(
            "POST", "/api/v1/streams", {"slug": slug, "title": slug, "visibility": "public"}
        )
        key = self.api("POST", f"/api/v1/streams/{slug}/keys")
        return stream, str(key["key"])

    def publish_url(self, key: str) -> str:
        return f"{self.rtmp_url}/{key}"

    def wait_live(
        self,
        slug: str,
        segments: int,
        timeout_s: float = 60.0,
        publisher: subprocess.Popen[bytes] | None = None,
    ) -> tuple[str, str]:
        """Wait until the stream is live with `segments` segments; (generation_id, media URL).

        Gives up early when `publisher` (the process feeding the stream) has exited.
        """
        deadline = time.monotonic() + timeout_s
        while True:
            if publisher is not None and publisher.poll() is not None:
                raise RuntimeError(
                    f"the publisher of {slug} exited ({publisher.returncode}); "
                    f"the node's log ends:\n{self.log_tail()}"
                )
            info = self.api("GET", f"/api/v1/playback/{slug}")
            if info.get("state") == "live" and info.get("hls_url"):
                hls_url = str(info["hls_url"])
                if not hls_url.startswith("http"):
                    hls_url = self.http_url + hls_url
                media_url = hls_url.rsplit("/", 1)[0] + "/source/index.m3u8"
                try:
                    playlist = parse_playlist(self.get(media_url).decode())
                except urllib.error.HTTPError:
                    playlist = None
                if playlist is not None and len(playlist.segments) >= segments:
                    return str(info["generation_id"]), media_url
            if time.monotonic() > deadline:
                raise TimeoutError(
                    f"{slug} had no {segments} segments after {timeout_s:g} s; "
                    f"the node's log ends:\n{self.log_tail()}"
                )
            time.sleep(0.25)


def _readline(proc: subprocess.Popen[bytes], timeout_s: float) -> bytes:
    """One line of the child's stdout, or b'' when it exits or the time runs out."""
    import selectors

    assert proc.stdout is not None
    sel = selectors.DefaultSelector()
    sel.register(proc.stdout, selectors.EVENT_READ)
    deadline = time.monotonic() + timeout_s
    buf = b""
    try:
        while b"\n" not in buf:
            left = deadline - time.monotonic()
            if left <= 0 or not sel.select(left):
                return b""
            chunk = os.read(proc.stdout.fileno(), 4096)
            if not chunk:
                return b""
            buf += chunk
    finally:
        sel.close()
    return buf.split(b"\n", 1)[0]


if __name__ == "__main__":
    main()
