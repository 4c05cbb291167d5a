"""A private nginx for the benchmarks: generated config, temp dir, loopback, current user.

One worker (the reference for one Sender process), `daemon off` so the
process we start is the master and its tree is what we measure, every path
(pid, logs, temp files) inside the temp dir. With `rtmp_hls_dir` it also loads
the RTMP module and ingests with `hls on`.
"""

from __future__ import annotations

import os
import pwd
import shutil
import subprocess
import tempfile
from pathlib import Path
from types import TracebackType

from bench.ports import LOOPBACK, free_port, wait_listening

RTMP_MODULE = Path("/usr/lib/nginx/modules/ngx_rtmp_module.so")


def nginx_executable() -> str | None:
    return shutil.which("nginx") or next(
        (p for p in ("/usr/sbin/nginx", "/usr/local/sbin/nginx") if os.access(p, os.X_OK)), None
    )


def render_config(
    workdir: Path,
    *,
    http_port: int,
    http_root: Path | None = None,
    static_dir: Path | None = None,
    rtmp_port: int | None = None,
    rtmp_hls_dir: Path | None = None,
    hls_fragment_s: float = 2.0,
    cache_for: int | None = None,
) -> str:
    """The nginx.conf text; pure, so its shape can be read and checked without a server.

    With `cache_for` (a port on the loopback) it is a caching reverse proxy in front
    of that port, as a CDN would be: responses are kept as their Cache-Control says
    (nginx honours max-age, and caches nothing private, no-cache or no-store),
    concurrent misses of one URL wait for one upstream request (proxy_cache_lock),
    and X-Cache-Status says HIT, MISS, EXPIRED or BYPASS.
    """
    lines: list[str] = []
    if rtmp_port is not None:
        lines.append(f"load_module {RTMP_MODULE};")
    if os.geteuid() == 0:
        # A root master would hand the worker to `nobody`, who may not read the spool.
        lines.append(f"user {pwd.getpwuid(os.getuid()).pw_name};")
    lines += [
        "daemon off;",
        "master_process on;",
        "worker_processes 1;",
        f"pid {workdir / 'nginx.pid'};",
        f"error_log {workdir / 'error.log'} warn;",
        "events { worker_connections 1024; }",
        "http {",
        "    access_log off;",
        "    sendfile on;",
        "    tcp_nopush on;",
        "    keepalive_requests 1000000;",
        "    keepalive_timeout 65;",
        "    types { application/vnd.apple.mpegurl m3u8; video/iso.segment m4s; video/mp4 mp4; }",
        "    default_type application/octet-stream;",
    ]
    for name in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi"):
        lines.append(f"    {name}_temp_path {workdir / ('tmp-' + name)};")
    if cache_for is not None:
        lines += [
            f"    proxy_cache_path {workdir / 'cache'} levels=1:2 keys_zone=sender:10m"
            " max_size=1g inactive=10m use_temp_path=off;",
            "    server {",
            f"        listen {LOOPBACK}:{http_port};",
            "        location / {",
            f"            proxy_pass http://{LOOPBACK}:{cache_for};",
            "            proxy_http_version 1.1;",
            '            proxy_set_header Connection "";',
            "            proxy_cache sender;",
            "            proxy_cache_key $scheme$proxy_host$request_uri;",
            "            proxy_cache_lock on;",
            "            proxy_cache_lock_timeout 15s;",
            "            proxy_read_timeout 30s;",
            "            add_header X-Cache-Status $upstream_cache_status always;",
            "        }",
            "    }",
            "}",
        ]
        return "\n".join(lines) + "\n"
    lines += [
        "    server {",
        f"        listen {LOOPBACK}:{http_port};",
        f"        root {http_root or workdir / 'empty'};",
        "        location / { }",
    ]
    if static_dir is not None:
        lines.append(f"        location /static/ {{ alias {static_dir}/; }}")
    if rtmp_hls_dir is not None:
        lines.append(f"        location /hls/ {{ alias {rtmp_hls_dir}/; }}")
    lines += ["    }", "}"]
    if rtmp_port is not None:
        if rtmp_hls_dir is None:
            raise ValueError("an RTMP server here always writes HLS: give rtmp_hls_dir")
        lines += [
            "rtmp {",
            "    server {",
            f"        listen {LOOPBACK}:{rtmp_port};",
            "        chunk_size 4096;",
            "        application live {",
            "            live on;",
            "            record off;",
            "            hls on;",
            f"            hls_path {rtmp_hls_dir};",
            f"            hls_fragment {hls_fragment_s:g}s;",
            f"            hls_playlist_length {hls_fragment_s * 10:g}s;",
            "        }",
            "    }",
            "}",
        ]
    return "\n".join(lines) + "\n"


class Nginx:
    """`with Nginx(...) as n:` runs nginx until the block ends. `n.pid` is the master."""

    def __init__(
        self,
        *,
        http_root: Path | None = None,
        static_dir: Path | None = None,
        rtmp: bool = False,
        hls_fragment_s: float = 2.0,
        cache_for: int | None = None,
    ) -> None:
        exe = nginx_executable()
        if exe is None:
            raise RuntimeError("nginx not found (scripts/system-deps.sh installs nginx-light)")
        if rtmp and not RTMP_MODULE.exists():
            raise RuntimeError(f"{RTMP_MODULE} missing (install libnginx-mod-rtmp)")
        self._exe = exe
        self._tmp = tempfile.TemporaryDirectory(prefix="sender-bench-nginx-")
        self.workdir = Path(self._tmp.name)
        (self.workdir / "empty").mkdir()
        self.http_port = free_port()
        self.rtmp_port = free_port() if rtmp else None
        self.hls_dir = self.workdir / "hls" if rtmp else None
        if self.hls_dir is not None:
            self.hls_dir.mkdir()
        self.config = self.workdir / "nginx.conf"
        self.config.write_text(
            render_config(
                self.workdir,
                http_port=self.http_port,
                http_root=http_root,
                static_dir=static_dir,
                rtmp_port=self.rtmp_port,
                rtmp_hls_dir=self.hls_dir,
                hls_fragment_s=hls_fragment_s,
                cache_for=cache_for,
            )
        )
        self._proc: subprocess.Popen[bytes] | None = None

    @property
    def pid(self) -> int:
        if self._proc is None:
            raise RuntimeError("nginx is not running")
        return self._proc.pid

    @property
    def http_url(self) -> str:
        return f"http://{LOOPBACK}:{self.http_port}"

    @property
    def rtmp_url(self) -> str:
        return f"rtmp://{LOOPBACK}:{self.rtmp_port}/live"

    def start(self) -> None:
        cmd = [
            self._exe,
            "-p",
            str(self.workdir),
            "-c",
            str(self.config),
            "-e",
            str(self.workdir / "error.log"),
        ]
        check = subprocess.run([*cmd, "-t", "-q"], capture_output=True, text=True, timeout=30)
        if check.returncode != 0:
            raise RuntimeError(f"nginx rejected its config: {check.stderr.strip()}")
        self._proc = subprocess.Popen(
            cmd, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        try:
            wait_listening(self.http_port)
            if self.rtmp_port is not None:
                wait_listening(self.rtmp_port)
        except TimeoutError:
            self.stop()
            raise RuntimeError(f"nginx did not start: {self.error_log()[-2000:]}") from None

    def error_log(self) -> str:
        path = self.workdir / "error.log"
        return path.read_text(errors="replace") if path.exists() else ""

    def stop(self) -> None:
        if self._proc is not None and self._proc.poll() is None:
            self._proc.terminate()  # SIGTERM: fast shutdown of master and worker
            try:
                self._proc.wait(10)
            except subprocess.TimeoutExpired:
                self._proc.kill()
                self._proc.wait(10)
        self._proc = None

    def __enter__(self) -> Nginx:
        self.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()
        self._tmp.cleanup()
