"""Initial schema: streams, keys, generations, renditions, endpoints and their snapshots.

Revision ID: 0001
Revises:
Create Date: 2026-11-21

Written out in full rather than importing sender.store.schema, so later
changes to the schema cannot change what this revision creates.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _ts(name: str, nullable: bool) -> sa.Column[object]:
    return sa.Column(name, sa.DateTime(timezone=True), nullable=nullable)


def _snapshot_columns() -> list[sa.Column[object]]:
    return [
        _ts("reported_at", False),
        sa.Column("viewers", sa.Integer(), nullable=False),
        sa.Column("ingress_bps", sa.Float(), nullable=False),
        sa.Column("egress_bps", sa.Float(), nullable=False),
        sa.Column("playlist_age_s", sa.Float(), nullable=True),
        _ts("last_segment_at", True),
        sa.Column("segment_lag", sa.Float(), nullable=True),
        sa.Column("health", sa.String(16), nullable=False),
        sa.Column("extra", sa.JSON(), nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        "streams",
        sa.Column("id", sa.String(32), nullable=False),
        sa.Column("slug", sa.String(64), nullable=False),
        sa.Column("title", sa.String(200), nullable=False),
        sa.Column("visibility", sa.String(16), nullable=False),
        sa.Column("latency_mode", sa.String(16), nullable=False),
        sa.Column("settings", sa.JSON(), nullable=False),
        _ts("created_at", False),
        _ts("updated_at", False),
        _ts("deleted_at", True),
        sa.CheckConstraint(
            "visibility IN ('public', 'unlisted', 'private')", name="ck_streams_visibility"
        ),
        sa.CheckConstraint("latency_mode IN ('low', 'standard')", name="ck_streams_latency_mode"),
        sa.PrimaryKeyConstraint("id", name="pk_streams"),
    )
    op.create_index(
        "uq_streams_slug_live",
        "streams",
        ["slug"],
        unique=True,
        sqlite_where=sa.text("deleted_at IS NULL"),
        postgresql_where=sa.text("deleted_at IS NULL"),
    )

    op.create_table(
        "stream_keys",
        sa.Column("id", sa.String(32), nullable=False),
        sa.Column("key_id", sa.String(32), nullable=False),
        sa.Column("stream_id", sa.String(32), nullable=False),
        sa.Column("verifier", sa.String(128), nullable=False),
        _ts("created_at", False),
        _ts("revoked_at", True),
        _ts("last_used_at", True),
        sa.ForeignKeyConstraint(
            ["stream_id"], ["streams.id"], name="fk_stream_keys_stream_id_streams"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_stream_keys"),
        sa.UniqueConstraint("key_id", name="uq_stream_keys_key_id"),
    )
    op.create_index("ix_stream_keys_stream_id", "stream_keys", ["stream_id"])

    op.create_table(
        "generations",
        sa.Column("id", sa.String(32), nullable=False),
        sa.Column("stream_id", sa.String(32), nullable=False),
        sa.Column("state", sa.String(16), nullable=False),
        sa.Column("node_id", sa.String(255), nullable=False),
        sa.Column("auto_started", sa.Boolean(), nullable=False),
        _ts("created_at", False),
        _ts("live_at", True),
        _ts("ended_at", True),
        sa.Column("failure_reason", sa.Text(), nullable=True),
        sa.CheckConstraint(
            "state IN ('starting', 'live', 'ended', 'failed')", name="ck_generations_state"
        ),
        sa.ForeignKeyConstraint(
            ["stream_id"], ["streams.id"], name="fk_generations_stream_id_streams"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_generations"),
    )
    op.create_index(
        "ix_generations_stream_id_created_at", "generations", ["stream_id", "created_at"]
    )
    op.create_index(
        "uq_generations_stream_id_active",
        "generations",
        ["stream_id"],
        unique=True,
        sqlite_where=sa.text("state IN ('starting', 'live')"),
        postgresql_where=sa.text("state IN ('starting', 'live')"),
    )

    op.create_table(
        "renditions",
        sa.Column("generation_id", sa.String(32), nullable=False),
        sa.Column("name", sa.String(64), nullable=False),
        sa.Column("width", sa.Integer(), nullable=True),
        sa.Column("height", sa.Integer(), nullable=True),
        sa.Column("bandwidth", sa.BigInteger(), nullable=True),
        sa.Column("codecs", sa.String(255), nullable=True),
        sa.Column("frame_rate", sa.Float(), nullable=True),
        sa.ForeignKeyConstraint(
            ["generation_id"], ["generations.id"], name="fk_renditions_generation_id_generations"
        ),
        sa.PrimaryKeyConstraint("generation_id", "name", name="pk_renditions"),
    )

    op.create_table(
        "media_endpoints",
        sa.Column("id", sa.String(32), nullable=False),
        sa.Column("name", sa.String(128), nullable=False),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("base_url", sa.Text(), nullable=False),
        sa.Column("node_id", sa.String(255), nullable=True),
        sa.Column("source_ids", sa.JSON(), nullable=False),
        sa.Column("token_verifier", sa.String(128), nullable=True),
        sa.Column("enabled", sa.Boolean(), nullable=False),
        _ts("created_at", False),
        _ts("updated_at", False),
        sa.CheckConstraint(
            "kind IN ('origin', 'edge', 'external_origin', 'external_edge')",
            name="ck_media_endpoints_kind",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_media_endpoints"),
        sa.UniqueConstraint("name", name="uq_media_endpoints_name"),
    )

    op.create_table(
        "endpoint_snapshots",
        sa.Column("endpoint_id", sa.String(32), nullable=False),
        *_snapshot_columns(),
        sa.ForeignKeyConstraint(
            ["endpoint_id"],
            ["media_endpoints.id"],
            name="fk_endpoint_snapshots_endpoint_id_media_endpoints",
        ),
        sa.PrimaryKeyConstraint("endpoint_id", name="pk_endpoint_snapshots"),
    )

    op.create_table(
        "endpoint_history",
        # SQLite only auto-increments an INTEGER PRIMARY KEY; PostgreSQL gets a 64-bit one.
        sa.Column(
            "id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            autoincrement=True,
            nullable=False,
        ),
        sa.Column("endpoint_id", sa.String(32), nullable=False),
        *_snapshot_columns(),
        sa.ForeignKeyConstraint(
            ["endpoint_id"],
            ["media_endpoints.id"],
            name="fk_endpoint_history_endpoint_id_media_endpoints",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_endpoint_history"),
    )
    op.create_index(
        "ix_endpoint_history_endpoint_id_reported_at",
        "endpoint_history",
        ["endpoint_id", "reported_at"],
    )


def downgrade() -> None:
    op.drop_table("endpoint_history")
    op.drop_table("endpoint_snapshots")
    op.drop_table("media_endpoints")
    op.drop_table("renditions")
    op.drop_table("generations")
    op.drop_table("stream_keys")
    op.drop_table("streams")
