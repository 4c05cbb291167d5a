"""An HTTPS source: its certificate is checked unless the endpoint's switch turns that off.

A real TLS server (aiohttp, a self-signed certificate made by openssl for this
test) answers the node's UpstreamClient as a source would. With verification on
(every endpoint's default) the self-signed source is refused as a source that
cannot be trusted; with `tls_verify` off, as for a source on a private network
with its own certificates, its media comes through.
"""

from __future__ import annotations

import shutil
import socket
import ssl
import subprocess
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
import pytest_asyncio
from aiohttp import web

from sender.edge.client import UpstreamClient
from sender.errors import UpstreamError

PLAYLIST = b"#EXTM3U\n#EXT-X-TARGETDURATION:2\n"


def self_signed(directory: Path) -> ssl.SSLContext:
    openssl = shutil.which("openssl")
    if openssl is None:
        pytest.fail("openssl is missing: it is part of every Debian system")
    cert, key = directory / "cert.pem", directory / "key.pem"
    subprocess.run(
        [openssl, "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
         "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1",
         "-keyout", str(key), "-out", str(cert)],
        check=True,
        capture_output=True,
    )  # fmt: skip
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert, key)
    return context


@pytest_asyncio.fixture
async def https_source(tmp_path: Path) -> AsyncIterator[str]:
    async def playlist(_: web.Request) -> web.Response:
        return web.Response(body=PLAYLIST, content_type="application/vnd.apple.mpegurl")

    app = web.Application()
    app.router.add_get("/index.m3u8", playlist)
    runner = web.AppRunner(app)
    await runner.setup()
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    site = web.SockSite(runner, sock, ssl_context=self_signed(tmp_path))
    await site.start()
    try:
        yield f"https://127.0.0.1:{sock.getsockname()[1]}/index.m3u8"
    finally:
        await runner.cleanup()


async def test_a_source_whose_certificate_fails_is_refused_by_default(https_source: str) -> None:
    client = UpstreamClient()
    try:
        with pytest.raises(UpstreamError, match=r"(?i)certificate"):
            await client.get(https_source, timeout=5.0)
    finally:
        await client.close()


async def test_with_verification_off_the_source_is_read(https_source: str) -> None:
    client = UpstreamClient()
    try:
        assert await client.get(https_source, timeout=5.0, verify_tls=False) == PLAYLIST
        # The same URL with verification on is another request, not the one above joined.
        with pytest.raises(UpstreamError, match=r"(?i)certificate"):
            await client.get(https_source, timeout=5.0, verify_tls=True)
    finally:
        await client.close()
