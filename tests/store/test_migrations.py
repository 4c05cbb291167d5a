"""Migrations: the schema Alembic builds is the schema the code uses, on every database."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Connection, inspect, text
from sqlalchemy.exc import DBAPIError

from sender.domain.endpoints import Capacity
from sender.domain.ids import utcnow
from sender.domain.ladder import Rung
from sender.domain.renditions import SOURCE, Rendition
from sender.domain.streams import LatencyMode, Visibility
from sender.store.repository import Repository, _alembic_config
from sender.store.schema import metadata
from tests.db import DatabaseUrl


def _diff(connection: Connection) -> list[Any]:
    context = MigrationContext.configure(connection, opts={"compare_type": True})
    return list(compare_metadata(context, metadata))


def _tables(connection: Connection) -> set[str]:
    return set(inspect(connection).get_table_names())


async def test_fresh_database_is_not_current_until_migrated(database_urls: DatabaseUrl) -> None:
    repo = await Repository.open(database_urls.url)
    try:
        assert not await repo.schema_is_current()
        await repo.migrate()
        assert await repo.schema_is_current()
    finally:
        await repo.close()


async def test_migrate_twice_is_a_no_op(repo: Repository) -> None:
    stream = await repo.create_stream(
        slug="kept", title="Kept", visibility=Visibility.PUBLIC, latency_mode=LatencyMode.LOW
    )
    async with repo.engine.connect() as conn:
        before = await conn.run_sync(_tables)

    await repo.migrate()

    async with repo.engine.connect() as conn:
        assert await conn.run_sync(_tables) == before
    assert await repo.schema_is_current()
    assert await repo.get_stream(stream.id) == stream


async def test_migrated_schema_matches_the_metadata(repo: Repository) -> None:
    async with repo.engine.connect() as conn:
        diff = await conn.run_sync(_diff)
    assert diff == []


async def test_the_two_database_rules_exist_as_partial_unique_indexes(repo: Repository) -> None:
    def indexes(connection: Connection) -> dict[str, dict[str, Any]]:
        found = {}
        for table in ("streams", "generations"):
            for index in inspect(connection).get_indexes(table):
                found[str(index["name"])] = dict(index)
        return found

    async with repo.engine.connect() as conn:
        found = await conn.run_sync(indexes)
    for name in ("uq_streams_slug_live", "uq_generations_stream_id_active"):
        assert found[name]["unique"], name
        options = found[name].get("dialect_options", {})
        where = options.get(f"{repo.dialect}_where")
        assert where is not None, f"{name} is not partial: {found[name]}"


async def test_ping_reaches_the_database(repo: Repository) -> None:
    await repo.ping()


async def test_ping_raises_when_the_database_is_unreachable(
    database_urls: DatabaseUrl, tmp_path: Path
) -> None:
    if database_urls.backend == "sqlite":
        # Read-only open of a file that does not exist: SQLite cannot open it.
        url = f"sqlite+aiosqlite:///file:{tmp_path / 'missing.db'}?mode=ro&uri=true"
    else:
        url = "postgresql+asyncpg://postgres@127.0.0.1:9/none"  # nothing listens on port 9
    bad = await Repository.open(url)
    try:
        with pytest.raises((OSError, DBAPIError)):
            await bad.ping()
    finally:
        await bad.close()
    # aiosqlite stops the worker thread of a failed connect without waiting for it; let it
    # finish while this test's event loop is still open.
    for thread in threading.enumerate():
        if thread.name.endswith("(_connection_worker_thread)"):
            thread.join(timeout=5)


async def test_0003_gives_existing_streams_an_empty_ladder(database_urls: DatabaseUrl) -> None:
    """A database at 0002 with a stream and a rendition, upgraded: the stream has no ladder,
    the rendition no average bandwidth or playlist URL, and both can be written at once."""
    repo = await Repository.open(database_urls.url)
    try:
        async with repo.engine.begin() as conn:
            await conn.run_sync(lambda c: _upgrade_to(c, "0002"))
            await conn.execute(
                text(
                    "INSERT INTO streams (id, slug, title, visibility, latency_mode, settings,"
                    " created_at, updated_at) VALUES (:id, 'old', 'Old', 'public', 'low', '{}',"
                    " :t, :t)"
                ),
                {"id": "a" * 32, "t": utcnow()},
            )
            await conn.execute(
                text(
                    "INSERT INTO generations (id, stream_id, state, node_id, auto_started,"
                    " created_at) VALUES (:g, :s, 'live', 'n', false, :t)"
                ),
                {"g": "b" * 32, "s": "a" * 32, "t": utcnow()},
            )
            await conn.execute(
                text(
                    "INSERT INTO renditions (generation_id, name, bandwidth)"
                    " VALUES (:g, 'source', 1000)"
                ),
                {"g": "b" * 32},
            )
        assert not await repo.schema_is_current()
        await repo.migrate()
        old = await repo.get_stream("a" * 32)
        assert old is not None and old.ladder == ()
        assert await repo.list_renditions("b" * 32) == [Rendition("b" * 32, SOURCE, bandwidth=1000)]
        ladder = (Rung("360p", 360, 365, 64),)
        assert (await repo.update_stream(old.id, ladder=ladder)).ladder == ladder
    finally:
        await repo.close()


async def test_0003_downgrades_to_0002(repo: Repository) -> None:
    stream = await repo.create_stream(
        slug="s",
        title="S",
        visibility=Visibility.PUBLIC,
        latency_mode=LatencyMode.LOW,
        ladder=(Rung("360p", 360, 365, 64),),
    )
    # A generation refers to the stream: a rebuilt `streams` table would break its foreign key.
    generation = await repo.create_generation(stream_id=stream.id, node_id="n", auto_started=False)
    await repo.upsert_rendition(Rendition(generation.id, SOURCE, playlist_url="s.m3u8"))

    def columns(connection: Connection, table: str) -> set[str]:
        return {c["name"] for c in inspect(connection).get_columns(table)}

    async with repo.engine.begin() as conn:
        await conn.run_sync(lambda c: command.downgrade(_alembic_config(c), "0002"))
        assert "ladder" not in await conn.run_sync(columns, "streams")
        assert not {"average_bandwidth", "playlist_url"} & await conn.run_sync(
            columns, "renditions"
        )
    await repo.migrate()
    back = await repo.get_stream(stream.id)
    assert back is not None and back.ladder == ()  # what a downgrade drops stays dropped
    assert await repo.list_renditions(generation.id) == [Rendition(generation.id, SOURCE)]


async def test_a_node_at_0001_with_endpoint_snapshots_upgrades(
    database_urls: DatabaseUrl,
) -> None:
    """Every node registers its origin endpoint and reports snapshots of it: the upgrade must
    not rebuild `media_endpoints` (on SQLite, dropping the old table fails their foreign key)."""
    repo = await Repository.open(database_urls.url)
    try:
        async with repo.engine.begin() as conn:
            await conn.run_sync(lambda c: _upgrade_to(c, "0001"))
            await conn.execute(
                text(
                    "INSERT INTO media_endpoints (id, name, kind, base_url, node_id, source_ids,"
                    " enabled, created_at, updated_at) VALUES (:id, 'origin-n', 'origin',"
                    " 'http://n:8080', 'n', '[]', true, :t, :t)"
                ),
                {"id": "e" * 32, "t": utcnow()},
            )
            await conn.execute(
                text(
                    "INSERT INTO endpoint_snapshots (endpoint_id, reported_at, viewers,"
                    " ingress_bps, egress_bps, health, extra)"
                    " VALUES (:id, :t, 3, 0, 0, 'healthy', '{}')"
                ),
                {"id": "e" * 32, "t": utcnow()},
            )
        await repo.migrate()
        assert await repo.schema_is_current()
        endpoint = await repo.get_endpoint("e" * 32)
        assert endpoint is not None
        assert (endpoint.capacity, endpoint.tls_verify) == (Capacity(), True)
        snapshot = await repo.latest_snapshot("e" * 32)
        assert snapshot is not None and snapshot.viewers == 3
        async with repo.engine.begin() as conn:
            await conn.run_sync(lambda c: command.downgrade(_alembic_config(c), "0001"))
        await repo.migrate()
        assert await repo.latest_snapshot("e" * 32) is not None
    finally:
        await repo.close()


def _upgrade_to(connection: Connection, revision: str) -> None:
    command.upgrade(_alembic_config(connection), revision)
