"""What other nodes changed in the shared state: PostgreSQL LISTEN, on a connection of its own.

Migration 0002's trigger NOTIFYs `CHANGES_CHANNEL` whenever a stream, a
generation or an endpoint row is written, by any node. `ChangeFeed` listens
on one dedicated asyncpg connection (a pooled one would go back to the pool
and stop listening) and turns notifications into one wake-up that
`wait` hands to the reconciler; a burst of writes wakes it once. When the
connection is lost the feed reconnects with back-off and wakes the waiter
after reconnecting, since what was written meanwhile was not heard.

SQLite has no NOTIFY: `ChangeFeed.open` returns None for it and the
reconciler's periodic poll is then the only mechanism.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from typing import Any

import asyncpg
from sqlalchemy.engine import make_url

from sender.store.schema import CHANGES_CHANNEL

log = logging.getLogger(__name__)

RECONNECT_INITIAL_S = 0.5
RECONNECT_MAX_S = 10.0
CONNECT_TIMEOUT_S = 5.0


def _dsn(url: str) -> str:
    """A plain postgresql:// DSN for asyncpg from a SQLAlchemy URL."""
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


class ChangeFeed:
    def __init__(self, url: str) -> None:
        self._dsn = _dsn(url)
        self._woken = asyncio.Event()
        self._conn: Any = None  # asyncpg.Connection while listening
        self._lost = asyncio.Event()
        self._task: asyncio.Task[None] | None = None
        self.notifications = 0  # received since start (figures and tests)

    @classmethod
    async def open(cls, url: str) -> ChangeFeed | None:
        """A feed listening on the database at `url`; None when it is not PostgreSQL."""
        if make_url(url).get_backend_name() != "postgresql":
            return None
        feed = cls(url)
        await feed._connect()
        feed._task = asyncio.create_task(feed._keep(), name="change-feed")
        return feed

    async def wait(self, timeout: float) -> bool:
        """True when something changed (or may have) since the last wait; False on timeout."""
        try:
            async with asyncio.timeout(max(0.0, timeout)):
                await self._woken.wait()
        except TimeoutError:
            return False
        self._woken.clear()
        return True

    def _notified(self, *_: object) -> None:
        self.notifications += 1
        self._woken.set()

    def _terminated(self, *_: object) -> None:
        self._lost.set()

    async def _connect(self) -> None:
        conn = await asyncpg.connect(self._dsn, timeout=CONNECT_TIMEOUT_S)
        await conn.add_listener(CHANGES_CHANNEL, self._notified)
        conn.add_termination_listener(self._terminated)
        self._conn = conn
        self._lost.clear()

    async def _keep(self) -> None:
        """Reconnect whenever the listening connection is lost."""
        delay = RECONNECT_INITIAL_S
        while True:
            await self._lost.wait()
            await self._drop()
            log.warning("change feed: connection to the database lost, reconnecting")
            while True:
                try:
                    await self._connect()
                    break
                except (OSError, asyncpg.PostgresError, TimeoutError) as exc:
                    log.warning("change feed: cannot reconnect (%s); next try in %.1f s",
                                type(exc).__name__, delay)
                    await asyncio.sleep(delay)
                    delay = min(RECONNECT_MAX_S, delay * 2)
            delay = RECONNECT_INITIAL_S
            log.info("change feed: listening again")
            self._woken.set()  # what changed while away was not heard: catch up

    async def _drop(self) -> None:
        conn, self._conn = self._conn, None
        if conn is not None:
            with contextlib.suppress(Exception):
                await conn.close(timeout=1.0)

    async def close(self) -> None:
        task, self._task = self._task, None
        if task is not None:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
        await self._drop()
