"""Fresh, isolated databases for tests: SQLite and, when available, a real PostgreSQL.

Use from any test module or conftest:

    from tests.db import database_urls, repo  # noqa: F401  (pytest fixtures)

    async def test_something(repo: Repository) -> None: ...

`database_urls` is parametrized over ("sqlite", "postgresql"): every test
that uses it, or `repo`, runs once per backend. It yields a `DatabaseUrl`
(a `(backend, url)` tuple) of an empty database that belongs to that test
alone: a file in the test's tmp dir for SQLite; for PostgreSQL a database
with a random name, created through the server's `postgres` admin database
and dropped afterwards. `repo` is a migrated Repository on that database.

PostgreSQL comes from SENDER_TEST_DATABASE_URL, by default
`postgresql+asyncpg://postgres@127.0.0.1:5432/test` (a local server with
trust auth), so the postgresql cases run wherever such a server answers.
When none answers, they are skipped with a message that says where they
looked and why it failed; `SENDER_TEST_DATABASE_URL=` (empty) skips them on
purpose.
"""

from __future__ import annotations

import os
import sqlite3
import uuid
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager, contextmanager
from pathlib import Path
from typing import NamedTuple

import pytest
import pytest_asyncio
from sqlalchemy import text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import DBAPIError
from sqlalchemy.ext.asyncio import create_async_engine
from sqlalchemy.pool import NullPool

from sender.store.repository import Repository, sqlite_file

ENV = "SENDER_TEST_DATABASE_URL"
DEFAULT_URL = "postgresql+asyncpg://postgres@127.0.0.1:5432/test"
BACKENDS = ("sqlite", "postgresql")
CONNECT_TIMEOUT_S = 5.0
# Why a server could not be reached, once known: later tests skip without waiting again.
_unreachable: dict[str, str] = {}


class DatabaseUrl(NamedTuple):
    backend: str
    url: str


def _server_url() -> URL:
    raw = os.environ.get(ENV, DEFAULT_URL)
    if not raw:
        pytest.skip(f"PostgreSQL tests are off: {ENV} is set and empty")
    url = make_url(raw)
    if url.get_backend_name() != "postgresql":
        pytest.skip(f"{ENV} is not a postgresql URL: {url.render_as_string(hide_password=True)}")
    return url.set(drivername="postgresql+asyncpg")


async def _admin_execute(url: URL, statement: str) -> None:
    """Run one statement on the server's `postgres` database, or skip saying why it cannot."""
    admin_url = url.set(database="postgres")
    where = admin_url.render_as_string(hide_password=True)
    if where in _unreachable:
        pytest.skip(_unreachable[where])
    engine = create_async_engine(
        admin_url,
        isolation_level="AUTOCOMMIT",  # CREATE/DROP DATABASE refuse to run in a transaction
        poolclass=NullPool,
        connect_args={"timeout": CONNECT_TIMEOUT_S},
    )
    try:
        try:
            conn = await engine.connect()
        except (OSError, TimeoutError, DBAPIError) as exc:
            origin = ENV if os.environ.get(ENV) else f"the default; set {ENV} to use another"
            _unreachable[where] = f"no PostgreSQL answers at {where} ({origin}): {exc}"
            pytest.skip(_unreachable[where])
        try:
            await conn.execute(text(statement))
        finally:
            await conn.close()
    finally:
        await engine.dispose()


@asynccontextmanager
async def fresh_database(backend: str, tmp_path: Path) -> AsyncIterator[str]:
    """The URL of a new, empty database of `backend`; dropped on exit (PostgreSQL)."""
    if backend == "sqlite":
        yield f"sqlite+aiosqlite:///{tmp_path / 'sender-test.db'}"
        return
    if backend != "postgresql":
        raise ValueError(f"unknown backend {backend!r}")
    server = _server_url()
    name = f"sender_test_{uuid.uuid4().hex[:16]}"
    await _admin_execute(server, f'CREATE DATABASE "{name}"')
    try:
        yield server.set(database=name).render_as_string(hide_password=False)
    finally:
        # FORCE: a connection the test leaked must not leave the database behind.
        await _admin_execute(server, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest_asyncio.fixture(params=BACKENDS)
async def database_urls(
    request: pytest.FixtureRequest, tmp_path: Path
) -> AsyncIterator[DatabaseUrl]:
    backend: str = request.param
    async with fresh_database(backend, tmp_path) as url:
        yield DatabaseUrl(backend, url)


@pytest_asyncio.fixture
async def repo(database_urls: DatabaseUrl) -> AsyncIterator[Repository]:
    repository = await Repository.open(database_urls.url)
    try:
        await repository.migrate()
        yield repository
    finally:
        await repository.close()


@contextmanager
def sqlite_write_lock(url: str) -> Iterator[None]:
    """SQLite's write lock, held by another program's connection until the block ends."""
    path = sqlite_file(url)
    assert path is not None, f"not a SQLite file: {url}"
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("UPDATE streams SET title = title")
        yield
    finally:
        conn.execute("ROLLBACK")
        conn.close()
