"""Nodes starting together migrate safely; a write on one node wakes every other (PostgreSQL)."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

from sqlalchemy import text

from sender.domain.endpoints import EndpointKind
from sender.domain.ladder import Rung
from sender.domain.renditions import Rendition
from sender.domain.streams import LatencyMode, Visibility
from sender.store.changes import ChangeFeed
from sender.store.repository import Repository
from tests.db import fresh_database


async def test_nodes_starting_at_once_migrate_one_after_another(tmp_path: Path) -> None:
    async with fresh_database("postgresql", tmp_path) as url:
        repos = [await Repository.open(url) for _ in range(4)]
        try:
            await asyncio.gather(*(r.migrate() for r in repos))
            assert all([await r.schema_is_current() for r in repos])
        finally:
            for r in repos:
                await r.close()


async def test_every_write_that_matters_wakes_the_feed_within_a_second(tmp_path: Path) -> None:
    async with fresh_database("postgresql", tmp_path) as url:
        repo = await Repository.open(url)
        await repo.migrate()
        feed = await ChangeFeed.open(url)
        assert feed is not None
        try:
            assert not await feed.wait(0.2)  # nothing written yet
            writes = [
                lambda: repo.create_stream(
                    slug="s", title="S", visibility=Visibility.PUBLIC, latency_mode=LatencyMode.LOW
                ),
                lambda: repo.upsert_endpoint(
                    name="e", kind=EndpointKind.ORIGIN, base_url="http://e", node_id="n"
                ),
            ]
            for write in writes:
                started = time.monotonic()
                await write()
                assert await feed.wait(1.0)
                assert time.monotonic() - started < 1.0
            stream = await repo.get_stream_by_slug("s")
            assert stream is not None
            generation = await repo.create_generation(
                stream_id=stream.id, node_id="n", auto_started=False
            )
            assert await feed.wait(1.0)
            # A burst is one wake-up, not one per row.
            assert not await feed.wait(0.2)
            assert feed.notifications == 3
            # A new ladder is a stream write like any other: other nodes hear of it.
            await repo.update_stream(stream.id, ladder=(Rung("360p", 360, 365, 64),))
            assert await feed.wait(1.0)
            assert feed.notifications == 4
            # So is a rendition an external muxer records (migration 0003's trigger).
            await repo.replace_renditions(
                generation.id, [Rendition(generation.id, "360p", playlist_url="360p/index.m3u8")]
            )
            assert await feed.wait(1.0)
            assert feed.notifications == 5
        finally:
            await feed.close()
            await repo.close()


async def test_a_feed_that_loses_its_connection_reconnects_and_catches_up(tmp_path: Path) -> None:
    async with fresh_database("postgresql", tmp_path) as url:
        repo = await Repository.open(url)
        await repo.migrate()
        feed = await ChangeFeed.open(url)
        assert feed is not None
        try:
            # The server ends the listening connection (as a restart or a failover would).
            async with repo.engine.connect() as conn:
                await conn.execute(
                    text(
                        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                        "WHERE datname = current_database() AND pid <> pg_backend_pid()"
                        " AND query LIKE 'LISTEN%'"
                    )
                )
            assert await feed.wait(5.0)  # reconnected: a catch-up wake-up
            await repo.create_stream(
                slug="t", title="T", visibility=Visibility.PUBLIC, latency_mode=LatencyMode.LOW
            )
            assert await feed.wait(2.0)
        finally:
            await feed.close()
            await repo.close()


async def test_sqlite_has_no_feed(tmp_path: Path) -> None:
    assert await ChangeFeed.open(f"sqlite+aiosqlite:///{tmp_path / 'x.db'}") is None
