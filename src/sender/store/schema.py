"""The relational schema: SQLAlchemy Core tables, shared by the repository and the migrations.

Everything here runs on SQLite and PostgreSQL alike. Two rules live in the
database itself, so that no race between nodes can break them: a slug is
unique among streams that are not deleted, and a stream has at most one
active (starting or live) generation. Both are partial unique indexes.

On PostgreSQL a trigger (migration 0002) NOTIFYs `CHANGES_CHANNEL` when a
stream, a generation or an endpoint changes, so every node's reconciler
wakes at once (store.changes listens).
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    CheckConstraint,
    Column,
    DateTime,
    Dialect,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    text,
    true,
)
from sqlalchemy.types import TypeDecorator

# Stable constraint names, so migrations can refer to them on every database.
NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

metadata = MetaData(naming_convention=NAMING_CONVENTION)

CHANGES_CHANNEL = "sender_changes"
# The tables whose changes reach every node at once (a NOTIFY on PostgreSQL).
NOTIFYING_TABLES = ("streams", "generations", "media_endpoints", "renditions")  # 0002, 0003

ID = 32  # sender.domain.ids.new_id(): 32 hex characters


class UtcDateTime(TypeDecorator[datetime]):
    """A timezone-aware UTC datetime on every database.

    PostgreSQL keeps `timestamptz`. SQLite has no time zones: the value is
    stored as naive UTC text (which sorts correctly) and comes back aware.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime: the store only takes timezone-aware datetimes")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)


# SQLite only auto-increments an INTEGER PRIMARY KEY; PostgreSQL gets a 64-bit one.
HistoryId = BigInteger().with_variant(Integer(), "sqlite")

streams = Table(
    "streams",
    metadata,
    Column("id", String(ID), primary_key=True),
    Column("slug", String(64), nullable=False),
    Column("title", String(200), nullable=False),
    Column("visibility", String(16), nullable=False),
    Column("latency_mode", String(16), nullable=False),
    Column("settings", JSON, nullable=False),
    Column("created_at", UtcDateTime, nullable=False),
    Column("updated_at", UtcDateTime, nullable=False),
    Column("deleted_at", UtcDateTime, nullable=True),
    # The encoding ladder (`domain.ladder`): a JSON list of rung objects; [] is the copy alone.
    Column("ladder", JSON, nullable=False, server_default=text("'[]'")),
    CheckConstraint("visibility IN ('public', 'unlisted', 'private')", name="visibility"),
    CheckConstraint("latency_mode IN ('low', 'standard')", name="latency_mode"),
    # A deleted stream's slug may be taken again.
    Index(
        "uq_streams_slug_live",
        "slug",
        unique=True,
        sqlite_where=text("deleted_at IS NULL"),
        postgresql_where=text("deleted_at IS NULL"),
    ),
)

stream_keys = Table(
    "stream_keys",
    metadata,
    Column("id", String(ID), primary_key=True),
    Column("key_id", String(32), nullable=False, unique=True),
    Column("stream_id", String(ID), ForeignKey("streams.id"), nullable=False, index=True),
    Column("verifier", String(128), nullable=False),
    Column("created_at", UtcDateTime, nullable=False),
    Column("revoked_at", UtcDateTime, nullable=True),
    Column("last_used_at", UtcDateTime, nullable=True),
)

ACTIVE_STATES = "state IN ('starting', 'live')"

generations = Table(
    "generations",
    metadata,
    Column("id", String(ID), primary_key=True),
    Column("stream_id", String(ID), ForeignKey("streams.id"), nullable=False),
    Column("state", String(16), nullable=False),
    Column("node_id", String(255), nullable=False),
    Column("auto_started", Boolean, nullable=False),
    Column("created_at", UtcDateTime, nullable=False),
    Column("live_at", UtcDateTime, nullable=True),
    Column("ended_at", UtcDateTime, nullable=True),
    Column("failure_reason", Text, nullable=True),
    CheckConstraint("state IN ('starting', 'live', 'ended', 'failed')", name="state"),
    # At most one active generation per stream: the database decides, not the callers.
    Index(
        "uq_generations_stream_id_active",
        "stream_id",
        unique=True,
        sqlite_where=text(ACTIVE_STATES),
        postgresql_where=text(ACTIVE_STATES),
    ),
    Index("ix_generations_stream_id_created_at", "stream_id", "created_at"),
)

renditions = Table(
    "renditions",
    metadata,
    Column("generation_id", String(ID), ForeignKey("generations.id"), primary_key=True),
    Column("name", String(64), primary_key=True),
    Column("width", Integer, nullable=True),
    Column("height", Integer, nullable=True),
    Column("bandwidth", BigInteger, nullable=True),
    Column("codecs", String(255), nullable=True),
    Column("frame_rate", Float, nullable=True),
    Column("average_bandwidth", BigInteger, nullable=True),
    # An external muxer's media playlist: absolute, or relative to its endpoint's base_url.
    Column("playlist_url", Text, nullable=True),
)

media_endpoints = Table(
    "media_endpoints",
    metadata,
    Column("id", String(ID), primary_key=True),
    Column("name", String(128), nullable=False, unique=True),
    Column("kind", String(32), nullable=False),
    Column("base_url", Text, nullable=False),
    Column("node_id", String(255), nullable=True),
    Column("source_ids", JSON, nullable=False),
    Column("token_verifier", String(128), nullable=True),
    Column("enabled", Boolean, nullable=False),
    Column("created_at", UtcDateTime, nullable=False),
    Column("updated_at", UtcDateTime, nullable=False),
    # {"max_viewers": int | null, "max_egress_bps": float | null}
    Column("capacity", JSON, nullable=False, server_default=text("'{}'")),
    # As a source: check its TLS certificate.
    Column("tls_verify", Boolean, nullable=False, server_default=true()),
    CheckConstraint("kind IN ('origin', 'edge', 'external_origin', 'external_edge')", name="kind"),
)


def _snapshot_columns() -> list[Column[object]]:
    """The fields of an EndpointSnapshot, shared by the latest row and the history."""
    return [
        Column("reported_at", UtcDateTime, nullable=False),
        Column("viewers", Integer, nullable=False),
        Column("ingress_bps", Float, nullable=False),
        Column("egress_bps", Float, nullable=False),
        Column("playlist_age_s", Float, nullable=True),
        Column("last_segment_at", UtcDateTime, nullable=True),
        Column("segment_lag", Float, nullable=True),
        Column("health", String(16), nullable=False),
        Column("extra", JSON, nullable=False),
    ]


endpoint_snapshots = Table(
    "endpoint_snapshots",
    metadata,
    Column("endpoint_id", String(ID), ForeignKey("media_endpoints.id"), primary_key=True),
    *_snapshot_columns(),
)

endpoint_history = Table(
    "endpoint_history",
    metadata,
    Column("id", HistoryId, primary_key=True, autoincrement=True),
    Column("endpoint_id", String(ID), ForeignKey("media_endpoints.id"), nullable=False),
    *_snapshot_columns(),
    Index("ix_endpoint_history_endpoint_id_reported_at", "endpoint_id", "reported_at"),
)
