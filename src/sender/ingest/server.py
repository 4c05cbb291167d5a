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

Strangers: a connection must have a publish accepted within `publish_timeout_s`
of connecting (however slowly it trickles bytes); until then the connection's
pre-publish budget bounds what it may send. Connections are capped on the node
and per address (`ingest.admission`): one over a cap is closed at once. An
address that spent its wrong-key attempts is refused with
NetStream.Publish.Rejected before the handler (and the store) sees its key.
Every such refusal goes to `on_refused` (`too_many_connections`,
`too_many_from_address`, `rate_limited`); once per `refusal_log_interval_s` one
line says how many attempts from how many addresses were refused.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import socket
from collections.abc import Callable
from typing import Protocol

from sender.domain.keys import redact, redact_app
from sender.errors import ProtocolError, PublishRefused, SenderError
from sender.ingest.admission import RATE_LIMITED, WRONG_KEY_REASONS, Admission
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
# Often enough to follow an attack as it happens, seldom enough to stay one line in a log.
REFUSAL_LOG_INTERVAL_S = 60.0


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
        publish_timeout_s: float = 10,
        max_connections: int = 256,
        max_connections_per_address: int = 16,
        key_failures_burst: int = 10,
        key_failures_per_s: float = 0.1,
        refusal_log_interval_s: float = REFUSAL_LOG_INTERVAL_S,
        on_refused: Callable[[str], None] | None = None,
        read_size: int = READ_SIZE,
    ) -> None:
        self._handler = handler
        self._limits = limits
        self._handshake_timeout_s = handshake_timeout_s
        self._idle_timeout_s = idle_timeout_s
        self._publish_timeout_s = publish_timeout_s
        self._admission = Admission(
            max_connections=max_connections,
            max_connections_per_address=max_connections_per_address,
            key_failures_burst=key_failures_burst,
            key_failures_per_s=key_failures_per_s,
        )
        self._refusal_log_interval_s = refusal_log_interval_s
        self._on_refused = on_refused
        self._read_size = read_size
        self._server: asyncio.Server | None = None
        self._tasks: set[asyncio.Task[None]] = set()
        self._reporter: asyncio.Task[None] | None = None
        self._reported_at = 0.0
        self._closing = False

    async def start(
        self, host: str | None = None, port: int | None = None, *, sock: socket.socket | None = None
    ) -> None:
        """Listen on host:port (0: an ephemeral port, see `port`), or on a bound socket."""
        if sock is not None:
            self._server = await asyncio.start_server(
                self._accept, sock=sock, limit=self._read_size
            )
        else:
            self._server = await asyncio.start_server(
                self._accept, host, port, limit=self._read_size
            )
        self._reporter = asyncio.create_task(self._report_refusals(), name="rtmp-refusals")
        log.info("RTMP ingest listening on port %d", self.port)

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
        if self._reporter is not None:
            self._reporter.cancel()
            await asyncio.gather(self._reporter, return_exceptions=True)
            self._log_refusals()
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
        address = _address(writer)
        refusal = self._admission.admit(address)
        if refusal is not None:
            # Closed before a byte is read: the cheapest answer to a flood of sockets.
            writer.close()
            self._refused(refusal)
            return
        self._tasks.add(task)
        try:
            await _Client(self, reader, writer, address).run()
        finally:
            self._tasks.discard(task)
            self._admission.release(address)

    def _refused(self, reason: str) -> None:
        if self._on_refused is not None:
            self._on_refused(reason)

    async def _report_refusals(self) -> None:
        self._reported_at = asyncio.get_running_loop().time()
        while True:
            await asyncio.sleep(self._refusal_log_interval_s)
            self._log_refusals()

    def _log_refusals(self) -> None:
        now = asyncio.get_running_loop().time()
        tally = self._admission.report(now)
        since, self._reported_at = self._reported_at, now
        if not tally:
            return
        log.warning(
            "RTMP: in the last %.0f s, refused %d publish attempts from %d addresses "
            "(%d with a wrong key, %d rate-limited) and %d connections over the caps",
            now - since,
            tally.wrong_keys + tally.rate_limited,
            len(tally.addresses),
            tally.wrong_keys,
            tally.rate_limited,
            tally.capped,
        )


def _address(writer: asyncio.StreamWriter) -> str:
    peer = writer.get_extra_info("peername")
    return str(peer[0]) if isinstance(peer, tuple) else str(peer)


class _Client:
    """One accepted socket, from handshake to close."""

    def __init__(
        self,
        server: RtmpServer,
        reader: asyncio.StreamReader,
        writer: asyncio.StreamWriter,
        address: str,
    ) -> None:
        self.server = server
        self.reader = reader
        self.writer = writer
        self.address = address
        self.conn = ServerConnection(server._limits)
        peer = writer.get_extra_info("peername")
        self.peer = f"{peer[0]}:{peer[1]}" if isinstance(peer, tuple) else str(peer)
        self.sink: MediaSink | None = None
        self.on_bytes: Callable[[int], None] | None = None
        # Until a publish is accepted, every wait ends by this time on the loop's clock.
        self._loop = loop = asyncio.get_running_loop()
        self.publish_deadline: float | None = loop.time() + server._publish_timeout_s
        # The bound of the waits on the peer (see _watch): when the current one began.
        self._reading_since: float | None = None
        self._bound: asyncio.Timeout | None = None
        self._watchdog: asyncio.TimerHandle | None = None

    async def run(self) -> None:
        reason = "EOF"
        try:
            async with asyncio.timeout(None) as bound:
                self._bound = bound
                self._watch()
                async with asyncio.timeout(self.server._handshake_timeout_s):
                    while not self.conn.handshake_complete:
                        if not await self._step():
                            return
                while await self._step():
                    pass
        except TimeoutError:
            if not self.conn.handshake_complete:
                reason = "handshake timeout"
            elif self.publish_deadline is not None:
                reason = "publish timeout"
            else:
                reason = "idle timeout"
            log.info("RTMP %s: %s, closing", self.peer, reason)
        except ProtocolError as exc:
            reason = f"protocol error: {exc}"
            # A stranger's garbage says nothing about the node; a publisher's might.
            level = logging.INFO if self.publish_deadline is not None else logging.WARNING
            log.log(level, "RTMP %s: protocol error, closing: %s", self.peer, exc)
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
            if self._watchdog is not None:
                self._watchdog.cancel()
            await self._end(reason)
            self.writer.close()
            with contextlib.suppress(Exception, asyncio.CancelledError):
                await self.writer.wait_closed()

    def _watch(self) -> None:
        """The bound of every wait on the peer: the idle timeout, and before a publish is
        accepted also the publish deadline.

        One timer per connection instead of one per read (a publisher's socket is read
        hundreds of times a second): a read only notes when it began, and the timer,
        when due, ends a wait that has lasted too long (TimeoutError in `run`) or moves
        on to when the current wait would. The time spent on what was read (a sink's
        back-pressure) is not a wait on the peer.
        """
        now = self._loop.time()
        since = self._reading_since
        if since is None:
            when = now + self.server._idle_timeout_s
        else:
            when = since + self.server._idle_timeout_s
            if self.publish_deadline is not None:
                when = min(when, self.publish_deadline)
            if when <= now:
                assert self._bound is not None
                self._bound.reschedule(now)
                return
        self._watchdog = self._loop.call_at(when, self._watch)

    async def _step(self) -> bool:
        """Read one block and act on it; False when the connection is over."""
        self._reading_since = self._loop.time()
        if self.publish_deadline is not None and self._watchdog is not None:
            # Before a publish, the deadline may come before the idle timeout's next look.
            self._watchdog.cancel()
            self._watch()
        try:
            data = await self.reader.read(self.server._read_size)
        finally:
            self._reading_since = None
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
        loop = asyncio.get_running_loop()
        if not self.server._admission.may_try_key(self.address, loop.time()):
            # No store read for an address that keeps guessing; the periodic line counts it.
            self.conn.reject_publish(REJECTED, "Too many failed publish attempts; try later.")
            self.server._refused(RATE_LIMITED)
            return False
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
        self.publish_deadline = None
        self.conn.accept_publish()
        app, key = redact_app(event.app), redact(event.name)
        log.info("RTMP %s: publishing app=%s key=%s", self.peer, app, key)
        return True

    def _refuse(self, event: PublishRequested, code: str, reason: str, description: str) -> None:
        self.conn.reject_publish(code, description)
        now = asyncio.get_running_loop().time()
        first = self.server._admission.refused(self.address, reason, now)
        wrong_key = reason in WRONG_KEY_REASONS
        # One line per address and interval for wrong keys; the periodic line counts the rest.
        log.log(
            logging.INFO if first or not wrong_key else logging.DEBUG,
            "RTMP %s: publish refused: %s (%s) app=%s key=%s",
            self.peer,
            reason,
            code,
            redact_app(event.app),
            redact(event.name),
        )
        self.server._refused(reason)

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
