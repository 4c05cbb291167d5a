"""The asyncio RTMP server: sockets, timeouts and back-pressure around `rtmp.connection`.

One listening port serves every stream. Each accepted socket is a task the
server owns; `close()` cancels them all and waits. The protocol lives in
`sender.rtmp`; this module only moves bytes and calls the publish handler.

Back-pressure: the socket is read in blocks of at most `read_size` bytes, and
the next block is read only after every tag of the last one went through
`await sink.on_tag(...)`. asyncio's stream reader stops reading the socket
once it holds 2 * `read_size` bytes, so a slow sink fills the kernel buffers
and the encoder's sends block; memory does not grow with the backlog.

Received bytes: a sink may define `on_bytes(n: int) -> None` (plain, not
async). It is called with the size of every block read from the socket while
that sink is publishing, before the block's tags are delivered: the raw RTMP
ingress, for bit-rate accounting.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable
from typing import Protocol

from sender.domain.keys import redact, redact_app
from sender.errors import ProtocolError, PublishRefused, SenderError
from sender.rtmp.connection import (
    MediaTag,
    PeerClosed,
    PublishRequested,
    ServerConnection,
    State,
    Unpublished,
)
from sender.rtmp.flv import FlvTag
from sender.rtmp.limits import RtmpLimits

log = logging.getLogger("sender.ingest")

READ_SIZE = 64 * 1024
REJECTED = "NetStream.Publish.Rejected"


class MediaSink(Protocol):
    async def on_tag(self, tag: FlvTag) -> None:
        """One tag; awaiting it is the back-pressure: the socket is not read meanwhile."""

    async def on_end(self, reason: str) -> None:
        """The publisher is gone: unpublish, EOF, protocol error, timeout or server shutdown."""


class PublishHandler(Protocol):
    async def begin_publish(self, app: str, name: str, peer: str) -> MediaSink:
        """A sink for the publish, or raise errors.PublishRefused."""


class RtmpServer:
    def __init__(
        self,
        handler: PublishHandler,
        *,
        limits: RtmpLimits,
        handshake_timeout_s: float = 10,
        idle_timeout_s: float = 30,
        on_refused: Callable[[str], None] | None = None,
        read_size: int = READ_SIZE,
    ) -> None:
        self._handler = handler
        self._limits = limits
        self._handshake_timeout_s = handshake_timeout_s
        self._idle_timeout_s = idle_timeout_s
        self._on_refused = on_refused
        self._read_size = read_size
        self._server: asyncio.Server | None = None
        self._tasks: set[asyncio.Task[None]] = set()
        self._closing = False

    async def start(self, host: str, port: int) -> None:
        """Listen on host:port (0: an ephemeral port, see `port`)."""
        self._server = await asyncio.start_server(self._accept, host, port, limit=self._read_size)
        log.info("RTMP ingest listening on %s:%d", host, self.port)

    @property
    def port(self) -> int:
        if self._server is None or not self._server.sockets:
            raise RuntimeError("RtmpServer is not started")
        return int(self._server.sockets[0].getsockname()[1])

    @property
    def connection_count(self) -> int:
        return len(self._tasks)

    async def close(self) -> None:
        """Stop accepting, end every connection (sinks hear "server shutdown"), wait for them."""
        self._closing = True
        if self._server is not None:
            self._server.close()
        tasks = list(self._tasks)
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        if self._server is not None:
            await self._server.wait_closed()

    async def _accept(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        # asyncio runs this callback as a task of its own; tracking it makes it ours to cancel.
        task = asyncio.current_task()
        assert task is not None
        if self._closing:
            writer.close()
            return
        self._tasks.add(task)
        try:
            await _Client(self, reader, writer).run()
        finally:
            self._tasks.discard(task)


class _Client:
    """One accepted socket, from handshake to close."""

    def __init__(
        self, server: RtmpServer, reader: asyncio.StreamReader, writer: asyncio.StreamWriter
    ) -> None:
        self.server = server
        self.reader = reader
        self.writer = writer
        self.conn = ServerConnection(server._limits)
        address = writer.get_extra_info("peername")
        self.peer = f"{address[0]}:{address[1]}" if isinstance(address, tuple) else str(address)
        self.sink: MediaSink | None = None
        self.on_bytes: Callable[[int], None] | None = None

    async def run(self) -> None:
        reason = "EOF"
        try:
            async with asyncio.timeout(self.server._handshake_timeout_s):
                while not self.conn.handshake_complete:
                    if not await self._step():
                        return
            while await self._step():
                pass
        except TimeoutError:
            what = "handshake" if not self.conn.handshake_complete else "idle"
            reason = f"{what} timeout"
            log.info("RTMP %s: %s, closing", self.peer, reason)
        except ProtocolError as exc:
            reason = f"protocol error: {exc}"
            log.warning("RTMP %s: protocol error, closing: %s", self.peer, exc)
        except (ConnectionError, OSError) as exc:
            reason = f"connection lost: {exc}"
            log.info("RTMP %s: connection lost: %s", self.peer, exc)
        except SenderError as exc:
            # The sink ended the publish on purpose (its generation was stopped).
            reason = f"ended by server: {exc}"
            log.info("RTMP %s: %s", self.peer, reason)
        except asyncio.CancelledError:
            reason = "server shutdown"
            if not self.server._closing:
                raise
        except Exception:
            reason = "internal error"
            log.exception("RTMP %s: unexpected error, closing", self.peer)
        finally:
            await self._end(reason)
            self.writer.close()
            with contextlib.suppress(Exception, asyncio.CancelledError):
                await self.writer.wait_closed()

    async def _step(self) -> bool:
        """Read one block and act on it; False when the connection is over."""
        async with asyncio.timeout(self.server._idle_timeout_s):
            data = await self.reader.read(self.server._read_size)
        if data and self.on_bytes is not None:
            self.on_bytes(len(data))
        self.conn.receive_data(data)
        while events := self.conn.next_events():
            for event in events:
                if isinstance(event, MediaTag):
                    if self.sink is not None:
                        await self.sink.on_tag(event.tag)
                elif isinstance(event, PublishRequested):
                    if not await self._publish(event):
                        await self._flush()
                        return False
                elif isinstance(event, Unpublished):
                    await self._end("unpublish")
                elif isinstance(event, PeerClosed):
                    return False
            await self._flush()
        await self._flush()
        return bool(data) and self.conn.state is not State.CLOSED

    async def _publish(self, event: PublishRequested) -> bool:
        try:
            sink = await self.server._handler.begin_publish(event.app, event.name, self.peer)
        except PublishRefused as exc:
            self._refuse(event, exc.status_code, exc.reason, exc.description)
            return False
        except Exception:
            log.exception("RTMP %s: publish handler failed", self.peer)
            self._refuse(event, REJECTED, "error", "Publishing failed on the server.")
            return False
        self.sink = sink
        on_bytes = getattr(sink, "on_bytes", None)
        self.on_bytes = on_bytes if callable(on_bytes) else None
        self.conn.accept_publish()
        app, key = redact_app(event.app), redact(event.name)
        log.info("RTMP %s: publishing app=%s key=%s", self.peer, app, key)
        return True

    def _refuse(self, event: PublishRequested, code: str, reason: str, description: str) -> None:
        self.conn.reject_publish(code, description)
        log.info(
            "RTMP %s: publish refused: %s (%s) app=%s key=%s",
            self.peer,
            reason,
            code,
            redact_app(event.app),
            redact(event.name),
        )
        if self.server._on_refused is not None:
            self.server._on_refused(reason)

    async def _flush(self) -> None:
        out = self.conn.data_to_send()
        if out:
            self.writer.write(out)
            # A peer that stops reading our answers is as gone as one that stops sending.
            async with asyncio.timeout(self.server._idle_timeout_s):
                await self.writer.drain()

    async def _end(self, reason: str) -> None:
        sink, self.sink, self.on_bytes = self.sink, None, None
        if sink is None:
            return
        try:
            await sink.on_end(reason)
        except Exception:
            log.exception("RTMP %s: media sink failed to end", self.peer)
