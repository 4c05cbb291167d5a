"""Cluster: endpoint capacity and TLS verification; changes NOTIFY every node (PostgreSQL).

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-28

`media_endpoints` gains `capacity` (JSON: max_viewers, max_egress_bps) and
`tls_verify` (check a source's certificate; on by default). On PostgreSQL a
trigger on `streams`, `generations` and `media_endpoints` runs
`pg_notify('sender_changes', '<table>:<id>')` for every row written, so the
reconciler of every node sharing the database wakes when one of them (or an
operator with psql) changes what the nodes must serve. SQLite has no
NOTIFY: nodes there poll.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

CHANNEL = "sender_changes"
TABLES = ("streams", "generations", "media_endpoints")
FUNCTION = "sender_notify_change"


def upgrade() -> None:
    # Plain ALTER TABLE on SQLite too: a batch operation would rebuild the table (SQL-expression
    # defaults make Alembic copy it), and dropping the old one fails the foreign key of every
    # snapshot that refers to an endpoint.
    op.add_column(
        "media_endpoints",
        sa.Column("capacity", sa.JSON(), nullable=False, server_default="{}"),
    )
    op.add_column(
        "media_endpoints",
        sa.Column("tls_verify", sa.Boolean(), nullable=False, server_default=sa.true()),
    )
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(
        f"""
        CREATE OR REPLACE FUNCTION {FUNCTION}() RETURNS trigger AS $$
        BEGIN
            IF TG_OP = 'DELETE' THEN
                PERFORM pg_notify('{CHANNEL}', TG_TABLE_NAME || ':' || OLD.id);
            ELSE
                PERFORM pg_notify('{CHANNEL}', TG_TABLE_NAME || ':' || NEW.id);
            END IF;
            RETURN NULL;
        END;
        $$ LANGUAGE plpgsql
        """
    )
    for table in TABLES:
        op.execute(
            f"CREATE TRIGGER {table}_notify AFTER INSERT OR UPDATE OR DELETE ON {table} "
            f"FOR EACH ROW EXECUTE FUNCTION {FUNCTION}()"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for table in TABLES:
            op.execute(f"DROP TRIGGER IF EXISTS {table}_notify ON {table}")
        op.execute(f"DROP FUNCTION IF EXISTS {FUNCTION}()")
    op.drop_column("media_endpoints", "tls_verify")
    op.drop_column("media_endpoints", "capacity")
