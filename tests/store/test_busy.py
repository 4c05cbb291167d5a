"""A busy store: a write lock held elsewhere neither stalls readers nor keeps writers long.

The lock is held the way another program would hold it: SQLite's write lock
by a second connection of the `sqlite3` module, PostgreSQL's row lock by a
second connection's open transaction. Writers that cannot get it answer
StoreBusy (503 with Retry-After) within the busy timeout; reads go on.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import create_async_engine

from sender.domain.streams import LatencyMode, Stream, Visibility
from sender.errors import StoreBusy
from sender.store.repository import Repository
from tests.db import DatabaseUrl, sqlite_write_lock

BUSY_S = 0.5
WRITERS = 30  # more than the pool holds (5 + 10 overflow): waiting writers must not take it all


@asynccontextmanager
async def postgres_row_lock(url: str) -> AsyncIterator[None]:
    engine = create_async_engine(make_url(url))
    try:
        async with engine.connect() as conn:
            transaction = await conn.begin()
            await conn.execute(text("SELECT id FROM streams FOR UPDATE"))
            try:
                yield
            finally:
                await transaction.rollback()
    finally:
        await engine.dispose()


@asynccontextmanager
async def lock_held(database: DatabaseUrl) -> AsyncIterator[None]:
    if database.backend == "sqlite":
        with sqlite_write_lock(database.url):
            yield
    else:
        async with postgres_row_lock(database.url):
            yield


@pytest.fixture
async def busy_repo(database_urls: DatabaseUrl) -> AsyncIterator[tuple[Repository, Stream]]:
    repo = await Repository.open(database_urls.url, busy_timeout_s=BUSY_S)
    try:
        await repo.migrate()
        stream = await repo.create_stream(
            slug="tv", title="TV", visibility=Visibility.PUBLIC, latency_mode=LatencyMode.LOW
        )
        yield repo, stream
    finally:
        await repo.close()


async def test_a_write_behind_a_held_lock_is_store_busy_within_the_timeout(
    busy_repo: tuple[Repository, Stream], database_urls: DatabaseUrl
) -> None:
    repo, stream = busy_repo
    async with lock_held(database_urls):
        started = time.monotonic()
        with pytest.raises(StoreBusy) as info:
            await repo.update_stream(stream.id, title="News")
        waited = time.monotonic() - started
    assert BUSY_S * 0.8 <= waited < BUSY_S + 5  # it did wait, and not for long
    assert info.value.status == 503 and info.value.retry_after_s is not None
    assert (await repo.update_stream(stream.id, title="News")).title == "News"  # lock gone


async def test_readers_go_on_while_many_writers_wait(
    busy_repo: tuple[Repository, Stream], database_urls: DatabaseUrl
) -> None:
    repo, stream = busy_repo
    async with lock_held(database_urls):
        writers = [
            asyncio.create_task(repo.update_stream(stream.id, title=f"T{n}"))
            for n in range(WRITERS)
        ]
        await asyncio.sleep(0.1)  # they are all waiting now
        started = time.monotonic()
        for _ in range(10):
            assert await repo.get_stream(stream.id) is not None
            assert await repo.active_generation(stream.id) is None
        reads_took = time.monotonic() - started
        outcomes = await asyncio.gather(*writers, return_exceptions=True)
    assert reads_took < BUSY_S  # not one of them waited for a writer
    assert all(isinstance(o, StoreBusy) for o in outcomes)
