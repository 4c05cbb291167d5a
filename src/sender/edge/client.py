"""The node's one HTTP client towards its edges' upstream sources, with request coalescing.

Every edge session of the node shares one aiohttp ClientSession (one pool
of keep-alive connections per source). A GET of a URL that is already in
flight joins it instead of being sent again, so however many asked, the
upstream sees one request per object. Failures come out as UpstreamError
with a kind the failover machine reads: "dead" (refused, reset, closed),
"error" (an HTTP error, a body beyond MAX_OBJECT_BYTES) or "late" (no
answer within the timeout; a 503, which a Sender upstream answers when a
blocking request waited in vain). Nothing is cached: a 404 for an object
that does not exist yet is the answer of that request only.
"""

from __future__ import annotations

import asyncio
import contextlib

import aiohttp

from sender.errors import UpstreamError

# A segment of a few seconds at a high bit rate is some megabytes; past this an
# upstream is sending something that is not media (or a playlist).
MAX_OBJECT_BYTES = 64 << 20
CONNECTIONS = 256  # open connections to all sources together
USER_AGENT = "Sender-edge"


class UpstreamClient:
    def __init__(self) -> None:
        self._session: aiohttp.ClientSession | None = None
        self._inflight: dict[tuple[str, bool], asyncio.Task[bytes]] = {}
        self.requests = 0  # sent upstream (coalesced ones not counted)
        self.coalesced = 0

    def _http(self) -> aiohttp.ClientSession:
        if self._session is None:
            self._session = aiohttp.ClientSession(
                connector=aiohttp.TCPConnector(limit=CONNECTIONS, enable_cleanup_closed=True),
                headers={"User-Agent": USER_AGENT},
                auto_decompress=True,
            )
        return self._session

    async def get(self, url: str, *, timeout: float, verify_tls: bool = True) -> bytes:
        """The body of a 200 answer to GET `url`; UpstreamError otherwise."""
        key = (url, verify_tls)
        task = self._inflight.get(key)
        if task is None:
            task = asyncio.create_task(self._get(url, timeout, verify_tls), name=f"GET {url}")
            self._inflight[key] = task
            task.add_done_callback(lambda _: self._inflight.pop(key, None))
        else:
            self.coalesced += 1
        # One caller giving up (cancelled) does not cancel the request the others wait on.
        return await asyncio.shield(task)

    async def _get(self, url: str, timeout: float, verify_tls: bool) -> bytes:
        self.requests += 1
        try:
            async with (
                asyncio.timeout(timeout),
                self._http().get(url, ssl=verify_tls) as response,
            ):
                status = response.status
                if status == 503:
                    raise UpstreamError("late", f"{url}: 503", status=503)
                if status != 200:
                    raise UpstreamError("error", f"{url}: {status}", status=status)
                chunks: list[bytes] = []
                size = 0
                async for chunk in response.content.iter_chunked(1 << 16):
                    size += len(chunk)
                    if size > MAX_OBJECT_BYTES:
                        raise UpstreamError("error", f"{url}: more than {MAX_OBJECT_BYTES} bytes")
                    chunks.append(chunk)
                return b"".join(chunks)
        except TimeoutError:
            raise UpstreamError("late", f"{url}: no answer in {timeout:.2f} s") from None
        except (aiohttp.ClientConnectionError, aiohttp.ClientPayloadError, OSError) as exc:
            raise UpstreamError("dead", f"{url}: {type(exc).__name__}: {exc}") from None

    async def close(self) -> None:
        tasks = list(self._inflight.values())
        for task in tasks:
            task.cancel()
        for task in tasks:
            with contextlib.suppress(BaseException):
                await task
        if self._session is not None:
            await self._session.close()
            self._session = None
