"""The HTTP listener: aiohttp's protocol with a deadline on every request head.

aiohttp bounds the idle time between requests (keep-alive) but not the time a
client may take over a request line and headers, so a client trickling them a
byte at a time holds its socket for as long as it likes. Here a request head
must arrive whole within `head_timeout_s`, counted from the accept for a
connection's first request and from the first byte of each later one (the
wait before that byte is keep-alive idle time, which aiohttp bounds). A
client that misses it is answered `408 Request Timeout` (RFC 9110 §15.5.9)
if it sent anything, and the connection is closed.

Only the head is timed: once it is in, a request may take as long as its
handler does (a blocking playlist reload is held for seconds) and a body may
arrive slowly.
"""

from __future__ import annotations

import asyncio
import logging
import socket
from typing import Any

from aiohttp import web

log = logging.getLogger(__name__)

_REQUEST_TIMEOUT = (
    b"HTTP/1.1 408 Request Timeout\r\nConnection: close\r\nContent-Length: 0\r\n\r\n"
)


class HeadDeadlineHandler(web.RequestHandler):
    """One connection: aiohttp's handler, closed when a request head is late.

    aiohttp offers no hook for "a request head was parsed", so this reads
    three of its handler's attributes, all there since aiohttp 3.9:
    `_request_count` (heads parsed on this connection), `_messages` (parsed
    heads not yet handled) and `_waiter` (pending while the handler waits for
    the next request, so bytes arriving then begin a head, not a body).
    tests/e2e/test_http_edges.py holds the behaviour to them.
    """

    def __init__(self, manager: web.Server, *, head_timeout_s: float, **kwargs: Any) -> None:
        super().__init__(manager, **kwargs)
        self._head_timeout_s = head_timeout_s
        self._head_deadline: asyncio.TimerHandle | None = None
        self._head_bytes = 0

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        super().connection_made(transport)
        self._arm()

    def data_received(self, data: bytes) -> None:
        if self._head_deadline is None and self._awaiting_head():
            self._arm()  # the first byte of the next request on a kept-alive connection
        parsed = self._request_count
        super().data_received(data)
        if self._request_count != parsed:
            self._disarm()
        elif self._head_deadline is not None:
            self._head_bytes += len(data)

    def connection_lost(self, exc: BaseException | None) -> None:
        self._disarm()
        super().connection_lost(exc)

    def _awaiting_head(self) -> bool:
        waiter = self._waiter
        return waiter is not None and not waiter.done() and not self._messages

    def _arm(self) -> None:
        self._head_bytes = 0
        loop = asyncio.get_running_loop()
        self._head_deadline = loop.call_later(self._head_timeout_s, self._head_late)

    def _disarm(self) -> None:
        deadline, self._head_deadline = self._head_deadline, None
        if deadline is not None:
            deadline.cancel()

    def _head_late(self) -> None:
        self._head_deadline = None
        transport = self.transport
        if transport is None:
            return
        log.debug(
            "HTTP %s: no whole request head within %.1f s (%d bytes); closing",
            transport.get_extra_info("peername"),
            self._head_timeout_s,
            self._head_bytes,
        )
        if self._head_bytes:
            transport.write(_REQUEST_TIMEOUT)
        self.force_close()  # closes the transport once the 408 is written


class HttpListener:
    """Listens on host:port and hands each connection to a HeadDeadlineHandler.

    `server` is the aiohttp Server of an AppRunner that is set up; it keeps
    the connections and shuts them down with the runner. Close the listener
    before cleaning up the runner, so no connection arrives meanwhile.
    """

    def __init__(self, server: web.Server, *, head_timeout_s: float) -> None:
        self._server = server
        self._head_timeout_s = head_timeout_s
        self._listener: asyncio.Server | None = None

    async def start(
        self, host: str | None = None, port: int | None = None, *, sock: socket.socket | None = None
    ) -> None:
        """Listen on host:port (0: an ephemeral port, see `port`), or on a bound socket."""
        loop = asyncio.get_running_loop()

        def protocol() -> HeadDeadlineHandler:
            return HeadDeadlineHandler(
                self._server, loop=loop, head_timeout_s=self._head_timeout_s, access_log=None
            )

        if sock is not None:
            self._listener = await loop.create_server(protocol, sock=sock)
        else:
            self._listener = await loop.create_server(
                protocol, host, port or 0, reuse_address=True
            )

    @property
    def port(self) -> int:
        if self._listener is None or not self._listener.sockets:
            raise RuntimeError("HttpListener is not started")
        return int(self._listener.sockets[0].getsockname()[1])

    async def close(self) -> None:
        """Stop accepting; the runner's cleanup ends the connections."""
        listener, self._listener = self._listener, None
        if listener is not None:
            listener.close()
