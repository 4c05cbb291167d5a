"""The repository: the only module that issues SQL. It takes and returns domain objects.

Each call opens one short transaction on its own connection; nothing is held
between calls. Rules that must survive races between nodes (one live slug,
one active generation per stream) are unique indexes, and the repository maps
their violations to Conflict. Writes that could race a reader use
compare-and-set (`UPDATE ... WHERE state = :old`) instead of locks.

A busy store never stalls readers and never keeps a writer long: a write
that cannot get the database within `busy_timeout_s` (its whole wait, here
and in the database) raises StoreBusy (503 with Retry-After). Writers queue
here for a few write slots before they take a pooled connection, so writers
waiting on a lock never hold the whole pool and readers keep theirs: SQLite
has one writer at a time (readers go on beside it, WAL), PostgreSQL writers
wait on row locks for what is left of their time (`lock_timeout`).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import stat
from collections.abc import AsyncIterator, Callable, Mapping, Sequence
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import (
    Connection,
    Insert,
    Row,
    Table,
    and_,
    event,
    func,
    literal,
    select,
    text,
)
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine, create_async_engine
from sqlalchemy.pool import ConnectionPoolEntry

from sender.domain.endpoints import (
    Capacity,
    EndpointKind,
    EndpointSnapshot,
    Health,
    MediaEndpoint,
)
from sender.domain.generations import Generation, GenerationState, transition
from sender.domain.ids import new_id, utcnow
from sender.domain.keys import StreamKey
from sender.domain.ladder import Rung, ladder_json, validate_ladder
from sender.domain.renditions import Rendition
from sender.domain.streams import LatencyMode, Stream, Visibility
from sender.errors import Conflict, NotFound, StoreBusy, ValidationFailed
from sender.store.schema import (
    endpoint_history,
    endpoint_snapshots,
    generations,
    media_endpoints,
    renditions,
    stream_keys,
    streams,
)

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).parent / "migrations"
DEFAULT_BUSY_TIMEOUT_S = 3.0
# Writers that may hold a pooled connection at once. SQLite takes one writer at a time anyway;
# on PostgreSQL a few leave most of the pool (5 + 10 overflow) to readers while writers wait.
SQLITE_WRITERS = 1
POSTGRES_WRITERS = 4
# PostgreSQL's SQLSTATE for a lock wait cut short by lock_timeout.
_PG_LOCK_NOT_AVAILABLE = "55P03"
# The database holds key verifiers and every stream, private ones too: the node's user only.
SQLITE_FILE_MODE = 0o600
# Any constant works; it only has to be the same on every node sharing the cluster.
_MIGRATION_LOCK_KEY = 0x53454E44  # "SEND"


def _alembic_config(connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def _upgrade(connection: Connection) -> None:
    if connection.dialect.name == "postgresql":
        # Nodes starting together must not run the same DDL at once.
        connection.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _MIGRATION_LOCK_KEY})
    command.upgrade(_alembic_config(connection), "head")


def _is_current(connection: Connection) -> bool:
    heads = set(ScriptDirectory.from_config(_alembic_config()).get_heads())
    current = set(MigrationContext.configure(connection).get_current_heads())
    return current == heads


def sqlite_file(url: str) -> Path | None:
    """The database file of a SQLite URL naming a plain path; None for any other URL
    (PostgreSQL, `:memory:`, URI filenames)."""
    parsed = make_url(url)
    database = parsed.database
    if parsed.get_backend_name() != "sqlite" or not database or database == ":memory:":
        return None
    return None if database.startswith("file:") else Path(database)


def _private_sqlite_file(path: Path) -> None:
    """Create the database file 0600 before SQLite does, and narrow one left open to others.

    SQLite creates the -wal and -shm files with the mode of the database file,
    so they follow it.
    """
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    os.close(os.open(path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, SQLITE_FILE_MODE))
    for each in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        with contextlib.suppress(FileNotFoundError):
            if stat.S_IMODE(each.stat().st_mode) & 0o077:
                os.chmod(each, SQLITE_FILE_MODE)


def _sqlite_setup(busy_timeout_s: float) -> Callable[[Any, ConnectionPoolEntry], None]:
    def configure(dbapi_connection: Any, _record: ConnectionPoolEntry) -> None:
        cursor = dbapi_connection.cursor()
        try:
            # WAL lets readers run while one writer writes; busy_timeout makes a second
            # writer wait for the lock (each write sets what is left of its own wait).
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute(f"PRAGMA busy_timeout={round(busy_timeout_s * 1000)}")
            cursor.execute("PRAGMA synchronous=NORMAL")
        finally:
            cursor.close()

    return configure


def _is_busy(exc: DBAPIError) -> bool:
    """The database refused for a lock held elsewhere (SQLite busy, PostgreSQL lock_timeout)."""
    if isinstance(exc, OperationalError):
        text_ = str(exc.orig).lower()
        if "database is locked" in text_ or "database is busy" in text_:
            return True
    return getattr(exc.orig, "sqlstate", None) == _PG_LOCK_NOT_AVAILABLE


# Row -> domain -------------------------------------------------------------


def _stream(row: Row[Any]) -> Stream:
    return Stream(
        id=row.id,
        slug=row.slug,
        title=row.title,
        visibility=Visibility(row.visibility),
        latency_mode=LatencyMode(row.latency_mode),
        created_at=row.created_at,
        updated_at=row.updated_at,
        deleted_at=row.deleted_at,
        settings=dict(row.settings or {}),
        ladder=_ladder(row.id, row.ladder),
    )


def _ladder(stream_id: str, value: Any) -> tuple[Rung, ...]:
    """The stored ladder, validated again: a row written by hand (psql, an older node) that
    breaks the rules reads as no ladder, the copy alone, rather than failing every read."""
    try:
        return validate_ladder(value)
    except ValidationFailed as exc:
        log.warning("stream %s: stored ladder ignored (%s)", stream_id, exc.message)
        return ()


def _key(row: Row[Any]) -> StreamKey:
    return StreamKey(
        id=row.id,
        key_id=row.key_id,
        stream_id=row.stream_id,
        verifier=row.verifier,
        created_at=row.created_at,
        revoked_at=row.revoked_at,
        last_used_at=row.last_used_at,
    )


def _generation(row: Row[Any]) -> Generation:
    return Generation(
        id=row.id,
        stream_id=row.stream_id,
        state=GenerationState(row.state),
        node_id=row.node_id,
        auto_started=bool(row.auto_started),
        created_at=row.created_at,
        live_at=row.live_at,
        ended_at=row.ended_at,
        failure_reason=row.failure_reason,
    )


def _rendition(row: Row[Any]) -> Rendition:
    return Rendition(
        generation_id=row.generation_id,
        name=row.name,
        width=row.width,
        height=row.height,
        bandwidth=row.bandwidth,
        codecs=row.codecs,
        frame_rate=row.frame_rate,
        average_bandwidth=row.average_bandwidth,
        playlist_url=row.playlist_url,
    )


def _endpoint(row: Row[Any]) -> MediaEndpoint:
    return MediaEndpoint(
        id=row.id,
        name=row.name,
        kind=EndpointKind(row.kind),
        base_url=row.base_url,
        node_id=row.node_id,
        created_at=row.created_at,
        updated_at=row.updated_at,
        source_ids=tuple(row.source_ids or ()),
        token_verifier=row.token_verifier,
        enabled=bool(row.enabled),
        capacity=_capacity(row.capacity),
        tls_verify=bool(row.tls_verify),
    )


def _capacity(value: Any) -> Capacity:
    data = value if isinstance(value, dict) else {}
    viewers, egress = data.get("max_viewers"), data.get("max_egress_bps")
    return Capacity(
        max_viewers=int(viewers) if viewers is not None else None,
        max_egress_bps=float(egress) if egress is not None else None,
    )


def _snapshot(row: Row[Any]) -> EndpointSnapshot:
    return EndpointSnapshot(
        endpoint_id=row.endpoint_id,
        reported_at=row.reported_at,
        viewers=row.viewers,
        ingress_bps=row.ingress_bps,
        egress_bps=row.egress_bps,
        playlist_age_s=row.playlist_age_s,
        last_segment_at=row.last_segment_at,
        segment_lag=row.segment_lag,
        health=Health(row.health),
        extra=dict(row.extra or {}),
    )


def _snapshot_values(snapshot: EndpointSnapshot) -> dict[str, Any]:
    return {
        "reported_at": snapshot.reported_at,
        "viewers": snapshot.viewers,
        "ingress_bps": snapshot.ingress_bps,
        "egress_bps": snapshot.egress_bps,
        "playlist_age_s": snapshot.playlist_age_s,
        "last_segment_at": snapshot.last_segment_at,
        "segment_lag": snapshot.segment_lag,
        "health": str(snapshot.health),
        "extra": dict(snapshot.extra),
    }


class Repository:
    """Sender's state in SQLite or PostgreSQL. Open with `await Repository.open(url)`."""

    def __init__(
        self, engine: AsyncEngine, *, busy_timeout_s: float = DEFAULT_BUSY_TIMEOUT_S
    ) -> None:
        self._engine = engine
        dialect = engine.dialect.name
        if dialect not in ("sqlite", "postgresql"):
            raise ValueError(f"unsupported database: {dialect}")
        self._insert: Callable[..., Any] = (
            sqlite.insert if dialect == "sqlite" else postgresql.insert
        )
        self.busy_timeout_s = busy_timeout_s
        self._sqlite = dialect == "sqlite"
        # The write slots (see the module docstring).
        self._writers = asyncio.Semaphore(SQLITE_WRITERS if self._sqlite else POSTGRES_WRITERS)

    @classmethod
    async def open(cls, url: str, *, busy_timeout_s: float = DEFAULT_BUSY_TIMEOUT_S) -> Repository:
        if make_url(url).get_backend_name() == "sqlite":
            path = sqlite_file(url)
            if path is not None:  # a plain file path gets its directory and a private file
                _private_sqlite_file(path)
            engine = create_async_engine(url, connect_args={"timeout": busy_timeout_s})
            event.listen(engine.sync_engine, "connect", _sqlite_setup(busy_timeout_s))
        else:
            lock_timeout = str(round(busy_timeout_s * 1000))
            engine = create_async_engine(
                url,
                pool_pre_ping=True,
                connect_args={"server_settings": {"lock_timeout": lock_timeout}},
            )
        return cls(engine, busy_timeout_s=busy_timeout_s)

    @contextlib.asynccontextmanager
    async def _write(self) -> AsyncIterator[AsyncConnection]:
        """One write transaction, within `busy_timeout_s` of asking, or StoreBusy."""
        busy = StoreBusy(
            f"the store is busy (a write waited {self.busy_timeout_s:g} s); retry shortly",
            retry_after_s=max(1.0, self.busy_timeout_s),
        )
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self.busy_timeout_s
        try:
            async with asyncio.timeout_at(deadline):
                await self._writers.acquire()
        except TimeoutError:
            raise busy from None
        try:
            async with self._engine.begin() as conn:
                # What is left of this write's time, for the database's own lock wait.
                left_ms = max(1, round((deadline - loop.time()) * 1000))
                if self._sqlite:
                    await conn.exec_driver_sql(f"PRAGMA busy_timeout={left_ms}")
                else:
                    await conn.exec_driver_sql(f"SET LOCAL lock_timeout = {left_ms}")
                yield conn
        except DBAPIError as exc:
            if _is_busy(exc):
                raise busy from None
            raise
        finally:
            self._writers.release()

    @property
    def dialect(self) -> str:
        """`sqlite` or `postgresql`."""
        return self._engine.dialect.name

    @property
    def engine(self) -> AsyncEngine:
        return self._engine

    async def migrate(self) -> None:
        """Upgrade the schema to the newest revision; a no-op when it is already there."""
        async with self._engine.begin() as conn:
            await conn.run_sync(_upgrade)

    async def close(self) -> None:
        await self._engine.dispose()

    async def ping(self) -> None:
        """Raise (the driver's error) when the database cannot be reached."""
        async with self._engine.connect() as conn:
            await conn.execute(text("SELECT 1"))

    async def schema_is_current(self) -> bool:
        async with self._engine.connect() as conn:
            return await conn.run_sync(_is_current)

    # Streams ---------------------------------------------------------------

    async def create_stream(
        self,
        *,
        slug: str,
        title: str,
        visibility: Visibility,
        latency_mode: LatencyMode,
        settings: dict[str, object] | None = None,
        ladder: Sequence[Rung] = (),
    ) -> Stream:
        now = utcnow()
        stream = Stream(
            id=new_id(),
            slug=slug,
            title=title,
            visibility=Visibility(visibility),
            latency_mode=LatencyMode(latency_mode),
            created_at=now,
            updated_at=now,
            settings=dict(settings or {}),
            ladder=tuple(ladder),
        )
        try:
            async with self._write() as conn:
                await conn.execute(
                    streams.insert().values(
                        id=stream.id,
                        slug=stream.slug,
                        title=stream.title,
                        visibility=str(stream.visibility),
                        latency_mode=str(stream.latency_mode),
                        settings=stream.settings,
                        ladder=ladder_json(stream.ladder),
                        created_at=now,
                        updated_at=now,
                    )
                )
        except IntegrityError:
            raise Conflict(f"slug {slug!r} is taken") from None
        return stream

    async def get_stream(self, stream_id: str) -> Stream | None:
        return await self._one_stream(streams.c.id == stream_id)

    async def get_stream_by_slug(self, slug: str) -> Stream | None:
        return await self._one_stream(streams.c.slug == slug)

    async def _one_stream(self, where: Any) -> Stream | None:
        query = select(streams).where(where, streams.c.deleted_at.is_(None))
        async with self._engine.connect() as conn:
            row = (await conn.execute(query)).first()
        return _stream(row) if row else None

    async def list_streams(self, *, visibility: Visibility | None = None) -> list[Stream]:
        query = select(streams).where(streams.c.deleted_at.is_(None)).order_by(streams.c.slug)
        if visibility is not None:
            query = query.where(streams.c.visibility == str(visibility))
        async with self._engine.connect() as conn:
            rows = (await conn.execute(query)).all()
        return [_stream(r) for r in rows]

    async def update_stream(
        self,
        stream_id: str,
        *,
        title: str | None = None,
        visibility: Visibility | None = None,
        latency_mode: LatencyMode | None = None,
        settings: dict[str, object] | None = None,
        ladder: Sequence[Rung] | None = None,
    ) -> Stream:
        """Change the given fields (settings and the ladder are replaced whole; `()` clears the
        ladder); NotFound for a deleted stream."""
        values: dict[str, Any] = {"updated_at": utcnow()}
        if title is not None:
            values["title"] = title
        if visibility is not None:
            values["visibility"] = str(Visibility(visibility))
        if latency_mode is not None:
            values["latency_mode"] = str(LatencyMode(latency_mode))
        if settings is not None:
            values["settings"] = dict(settings)
        if ladder is not None:
            values["ladder"] = ladder_json(ladder)
        live = and_(streams.c.id == stream_id, streams.c.deleted_at.is_(None))
        async with self._write() as conn:
            # Write first: the row lock (or SQLite's write lock) is taken before reading back.
            result = await conn.execute(streams.update().where(live).values(**values))
            if result.rowcount == 0:
                raise NotFound(f"stream {stream_id} not found")
            row = (await conn.execute(select(streams).where(streams.c.id == stream_id))).one()
        return _stream(row)

    async def delete_stream(self, stream_id: str) -> Stream:
        """Soft delete: the row stays (generations refer to it) and the slug is free again."""
        now = utcnow()
        live = and_(streams.c.id == stream_id, streams.c.deleted_at.is_(None))
        async with self._write() as conn:
            result = await conn.execute(
                streams.update().where(live).values(deleted_at=now, updated_at=now)
            )
            if result.rowcount == 0:
                raise NotFound(f"stream {stream_id} not found")
            row = (await conn.execute(select(streams).where(streams.c.id == stream_id))).one()
        return _stream(row)

    # Keys ------------------------------------------------------------------

    async def add_key(self, *, stream_id: str, key_id: str, verifier: str) -> StreamKey:
        """NotFound when the stream is missing or deleted; Conflict when key_id is taken."""
        key = StreamKey(
            id=new_id(), key_id=key_id, stream_id=stream_id, verifier=verifier, created_at=utcnow()
        )
        insert = self._insert_if_stream_live(
            stream_keys,
            stream_id,
            {
                "id": key.id,
                "key_id": key.key_id,
                "stream_id": stream_id,
                "verifier": key.verifier,
                "created_at": key.created_at,
            },
        )
        try:
            async with self._write() as conn:
                result = await conn.execute(insert)
        except IntegrityError:
            raise Conflict(f"key id {key_id} is taken") from None
        if result.rowcount == 0:
            raise NotFound(f"stream {stream_id} not found")
        return key

    async def get_key(self, key_id: str) -> StreamKey | None:
        async with self._engine.connect() as conn:
            row = (
                await conn.execute(select(stream_keys).where(stream_keys.c.key_id == key_id))
            ).first()
        return _key(row) if row else None

    async def list_keys(self, stream_id: str) -> list[StreamKey]:
        query = (
            select(stream_keys)
            .where(stream_keys.c.stream_id == stream_id)
            .order_by(stream_keys.c.created_at, stream_keys.c.id)
        )
        async with self._engine.connect() as conn:
            rows = (await conn.execute(query)).all()
        return [_key(r) for r in rows]

    async def revoke_key(self, stream_id: str, key_id: str) -> StreamKey:
        """Revoke; a key already revoked keeps its first revocation time. NotFound otherwise."""
        mine = and_(stream_keys.c.key_id == key_id, stream_keys.c.stream_id == stream_id)
        async with self._write() as conn:
            result = await conn.execute(
                stream_keys.update()
                .where(mine)
                .values(revoked_at=func.coalesce(stream_keys.c.revoked_at, utcnow()))
            )
            if result.rowcount == 0:
                raise NotFound(f"key {key_id} not found")
            row = (await conn.execute(select(stream_keys).where(mine))).one()
        return _key(row)

    async def touch_key(self, key_id: str, at: datetime) -> None:
        """Record a use of the key; never moves last_used_at back. An unknown key is ignored."""
        col = stream_keys.c.last_used_at
        async with self._write() as conn:
            await conn.execute(
                stream_keys.update()
                .where(stream_keys.c.key_id == key_id, (col.is_(None)) | (col < at))
                .values(last_used_at=at)
            )

    # Generations -----------------------------------------------------------

    async def create_generation(
        self, *, stream_id: str, node_id: str, auto_started: bool
    ) -> Generation:
        """A new generation in state starting.

        NotFound when the stream is missing or deleted. Conflict when the stream
        already has an active generation: the partial unique index decides, so two
        nodes racing to start the same stream cannot both win.
        """
        gen = Generation(
            id=new_id(),
            stream_id=stream_id,
            state=GenerationState.STARTING,
            node_id=node_id,
            auto_started=auto_started,
            created_at=utcnow(),
        )
        insert = self._insert_if_stream_live(
            generations,
            stream_id,
            {
                "id": gen.id,
                "stream_id": stream_id,
                "state": str(gen.state),
                "node_id": node_id,
                "auto_started": auto_started,
                "created_at": gen.created_at,
            },
        )
        try:
            async with self._write() as conn:
                result = await conn.execute(insert)
        except IntegrityError:
            raise Conflict(f"stream {stream_id} already has an active generation") from None
        if result.rowcount == 0:
            raise NotFound(f"stream {stream_id} not found")
        return gen

    async def get_generation(self, generation_id: str) -> Generation | None:
        return await self._first_generation(
            select(generations).where(generations.c.id == generation_id)
        )

    async def active_generation(self, stream_id: str) -> Generation | None:
        return await self._first_generation(
            select(generations).where(generations.c.stream_id == stream_id, self._active_clause())
        )

    async def latest_generation(self, stream_id: str) -> Generation | None:
        return await self._first_generation(
            select(generations)
            .where(generations.c.stream_id == stream_id)
            .order_by(generations.c.created_at.desc(), generations.c.id.desc())
            .limit(1)
        )

    async def list_active_generations(self, *, node_id: str | None = None) -> list[Generation]:
        query = select(generations).where(self._active_clause())
        if node_id is not None:
            query = query.where(generations.c.node_id == node_id)
        query = query.order_by(generations.c.created_at, generations.c.id)
        async with self._engine.connect() as conn:
            rows = (await conn.execute(query)).all()
        return [_generation(r) for r in rows]

    async def transition_generation(
        self, generation_id: str, to: GenerationState, *, at: datetime, reason: str | None = None
    ) -> Generation:
        """Move a generation along the state table.

        NotFound for an unknown id, IllegalTransition for a move the table forbids,
        Conflict when another writer changed the state between the read and the write.
        """
        current = await self.get_generation(generation_id)
        if current is None:
            raise NotFound(f"generation {generation_id} not found")
        after = transition(current, GenerationState(to), at=at, reason=reason)
        async with self._write() as conn:
            result = await conn.execute(
                generations.update()
                .where(
                    generations.c.id == generation_id,
                    generations.c.state == str(current.state),
                )
                .values(
                    state=str(after.state),
                    live_at=after.live_at,
                    ended_at=after.ended_at,
                    failure_reason=after.failure_reason,
                )
            )
        if result.rowcount == 0:
            raise Conflict(
                f"generation {generation_id} changed state meanwhile (was {current.state})"
            )
        return after

    @staticmethod
    def _active_clause() -> Any:
        return generations.c.state.in_([str(s) for s in GenerationState if s.active])

    async def _first_generation(self, query: Any) -> Generation | None:
        async with self._engine.connect() as conn:
            row = (await conn.execute(query)).first()
        return _generation(row) if row else None

    # Renditions ------------------------------------------------------------

    def _rendition_upsert(self, rendition: Rendition) -> Any:
        values = {
            "generation_id": rendition.generation_id,
            "name": rendition.name,
            "width": rendition.width,
            "height": rendition.height,
            "bandwidth": rendition.bandwidth,
            "codecs": rendition.codecs,
            "frame_rate": rendition.frame_rate,
            "average_bandwidth": rendition.average_bandwidth,
            "playlist_url": rendition.playlist_url,
        }
        stmt = self._insert(renditions).values(**values)
        return stmt.on_conflict_do_update(
            index_elements=[renditions.c.generation_id, renditions.c.name],
            set_={k: stmt.excluded[k] for k in values if k not in ("generation_id", "name")},
        )

    async def upsert_rendition(self, rendition: Rendition) -> Rendition:
        """Insert or replace by (generation_id, name); NotFound for an unknown generation."""
        try:
            async with self._write() as conn:
                await conn.execute(self._rendition_upsert(rendition))
        except IntegrityError:
            # The primary key is handled by the upsert: only the foreign key is left.
            raise NotFound(f"generation {rendition.generation_id} not found") from None
        return rendition

    async def replace_renditions(
        self, generation_id: str, replacing: Sequence[Rendition]
    ) -> list[Rendition]:
        """The generation's renditions become exactly `replacing`, in one transaction (a reader
        sees the old set or the new one); NotFound for an unknown generation."""
        mine = renditions.c.generation_id == generation_id
        known = select(generations.c.id).where(generations.c.id == generation_id)
        try:
            async with self._write() as conn:
                if (await conn.execute(known)).first() is None:
                    raise NotFound(f"generation {generation_id} not found")
                await conn.execute(
                    renditions.delete().where(
                        mine, renditions.c.name.not_in([r.name for r in replacing])
                    )
                )
                for rendition in replacing:
                    await conn.execute(
                        self._rendition_upsert(replace(rendition, generation_id=generation_id))
                    )
        except IntegrityError:
            raise NotFound(f"generation {generation_id} not found") from None
        return await self.list_renditions(generation_id)

    async def list_renditions(self, generation_id: str) -> list[Rendition]:
        query = (
            select(renditions)
            .where(renditions.c.generation_id == generation_id)
            # Same order on both databases: PostgreSQL would put NULLs first.
            .order_by(renditions.c.bandwidth.desc().nulls_last(), renditions.c.name)
        )
        async with self._engine.connect() as conn:
            rows = (await conn.execute(query)).all()
        return [_rendition(r) for r in rows]

    # Endpoints -------------------------------------------------------------

    async def upsert_endpoint(
        self,
        *,
        name: str,
        kind: EndpointKind,
        base_url: str,
        node_id: str | None,
        source_ids: Sequence[str] = (),
        token_verifier: str | None = None,
        enabled: bool = True,
        capacity: Capacity | None = None,
        tls_verify: bool = True,
    ) -> MediaEndpoint:
        """Create or update the endpoint called `name`; its id and created_at never change."""
        now = utcnow()
        changing = {
            "kind": str(EndpointKind(kind)),
            "base_url": base_url,
            "node_id": node_id,
            "source_ids": list(source_ids),
            "token_verifier": token_verifier,
            "enabled": enabled,
            "capacity": (capacity or Capacity()).as_dict(),
            "tls_verify": tls_verify,
            "updated_at": now,
        }
        stmt = self._insert(media_endpoints).values(
            id=new_id(), name=name, created_at=now, **changing
        )
        stmt = stmt.on_conflict_do_update(
            index_elements=[media_endpoints.c.name],
            set_={k: stmt.excluded[k] for k in changing},
        )
        async with self._write() as conn:
            await conn.execute(stmt)
            row = (
                await conn.execute(select(media_endpoints).where(media_endpoints.c.name == name))
            ).one()
        return _endpoint(row)

    async def get_endpoint(self, endpoint_id: str) -> MediaEndpoint | None:
        query = select(media_endpoints).where(media_endpoints.c.id == endpoint_id)
        async with self._engine.connect() as conn:
            row = (await conn.execute(query)).first()
        return _endpoint(row) if row else None

    async def list_endpoints(self) -> list[MediaEndpoint]:
        async with self._engine.connect() as conn:
            rows = (
                await conn.execute(select(media_endpoints).order_by(media_endpoints.c.name))
            ).all()
        return [_endpoint(r) for r in rows]

    async def save_snapshot(self, snapshot: EndpointSnapshot, *, history_limit: int = 720) -> None:
        """Store the endpoint's latest snapshot and append it to its history.

        The latest row only moves forward in time, so a late report cannot hide a
        newer one. The history keeps the newest `history_limit` snapshots.
        NotFound for an unknown endpoint.
        """
        if history_limit < 1:
            raise ValueError("history_limit must be at least 1")
        values = _snapshot_values(snapshot)
        latest = self._insert(endpoint_snapshots).values(endpoint_id=snapshot.endpoint_id, **values)
        latest = latest.on_conflict_do_update(
            index_elements=[endpoint_snapshots.c.endpoint_id],
            set_={k: latest.excluded[k] for k in values},
            where=endpoint_snapshots.c.reported_at <= latest.excluded.reported_at,
        )
        h = endpoint_history.c
        keep = (
            select(h.id)
            .where(h.endpoint_id == snapshot.endpoint_id)
            .order_by(h.reported_at.desc(), h.id.desc())
            .limit(history_limit)
        )
        prune = endpoint_history.delete().where(
            h.endpoint_id == snapshot.endpoint_id, h.id.not_in(keep.scalar_subquery())
        )
        try:
            async with self._write() as conn:
                await conn.execute(
                    endpoint_history.insert().values(endpoint_id=snapshot.endpoint_id, **values)
                )
                await conn.execute(latest)
                await conn.execute(prune)
        except IntegrityError:
            raise NotFound(f"endpoint {snapshot.endpoint_id} not found") from None

    async def latest_snapshot(self, endpoint_id: str) -> EndpointSnapshot | None:
        query = select(endpoint_snapshots).where(endpoint_snapshots.c.endpoint_id == endpoint_id)
        async with self._engine.connect() as conn:
            row = (await conn.execute(query)).first()
        return _snapshot(row) if row else None

    async def latest_snapshots(self) -> dict[str, EndpointSnapshot]:
        """Every endpoint's latest snapshot, by endpoint id (one read for the whole cluster)."""
        async with self._engine.connect() as conn:
            rows = (await conn.execute(select(endpoint_snapshots))).all()
        return {row.endpoint_id: _snapshot(row) for row in rows}

    async def history(self, endpoint_id: str, *, limit: int = 720) -> list[EndpointSnapshot]:
        """The newest `limit` snapshots of the endpoint, oldest first."""
        h = endpoint_history.c
        newest = (
            select(endpoint_history)
            .where(h.endpoint_id == endpoint_id)
            .order_by(h.reported_at.desc(), h.id.desc())
            .limit(limit)
        )
        async with self._engine.connect() as conn:
            rows = (await conn.execute(newest)).all()
        return [_snapshot(r) for r in reversed(rows)]

    # Helpers ---------------------------------------------------------------

    def _insert_if_stream_live(
        self, table: Table, stream_id: str, values: Mapping[str, Any]
    ) -> Insert:
        """INSERT ... SELECT that inserts nothing when the stream is missing or deleted.

        One statement, so there is no window between checking the stream and
        writing the row; rowcount 0 means NotFound.
        """
        columns = list(values)
        literals = [literal(value, table.c[name].type) for name, value in values.items()]
        source = select(*literals).where(
            select(streams.c.id)
            .where(streams.c.id == stream_id, streams.c.deleted_at.is_(None))
            .exists()
        )
        return table.insert().from_select(columns, source)
