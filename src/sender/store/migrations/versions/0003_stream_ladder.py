"""Ladders: a stream's encoding ladder; renditions an external muxer describes in full.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-01

`streams` gains `ladder` (JSON, a list of rung objects as `domain.ladder`
validates them; `[]` for every existing stream, the copy alone). A ladder
takes effect at the stream's next generation. The row is a stream row, so
migration 0002's trigger already NOTIFYs other nodes of a ladder change.

`renditions` gains `average_bandwidth` (bits per second, RFC 8216bis
AVERAGE-BANDWIDTH) and `playlist_url` (an external muxer's media playlist of
the rendition, absolute or relative to its endpoint's base_url), both
nullable: renditions Sender packages itself carry neither. On PostgreSQL,
writes to `renditions` NOTIFY too (`renditions:<generation id>`: the table
has no `id`), so an edge follows renditions an external muxer records a
moment after its generation started at once rather than at the next poll.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


# Plain ALTER TABLE on both databases (SQLite has ADD and DROP COLUMN since 3.35). A batch
# operation would rebuild `streams` on SQLite (a SQL-expression default makes Alembic copy
# the table), and dropping the old table fails its foreign keys once generations refer to it.


CHANNEL = "sender_changes"  # migration 0002's
FUNCTION = "sender_notify_rendition"


def upgrade() -> None:
    op.add_column("streams", sa.Column("ladder", sa.JSON(), nullable=False, server_default="[]"))
    op.add_column("renditions", sa.Column("average_bandwidth", sa.BigInteger(), nullable=True))
    op.add_column("renditions", sa.Column("playlist_url", sa.Text(), nullable=True))
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(
        f"""
        CREATE OR REPLACE FUNCTION {FUNCTION}() RETURNS trigger AS $$
        BEGIN
            IF TG_OP = 'DELETE' THEN
                PERFORM pg_notify('{CHANNEL}', 'renditions:' || OLD.generation_id);
            ELSE
                PERFORM pg_notify('{CHANNEL}', 'renditions:' || NEW.generation_id);
            END IF;
            RETURN NULL;
        END;
        $$ LANGUAGE plpgsql
        """
    )
    op.execute(
        "CREATE TRIGGER renditions_notify AFTER INSERT OR UPDATE OR DELETE ON renditions "
        f"FOR EACH ROW EXECUTE FUNCTION {FUNCTION}()"
    )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS renditions_notify ON renditions")
        op.execute(f"DROP FUNCTION IF EXISTS {FUNCTION}()")
    op.drop_column("renditions", "playlist_url")
    op.drop_column("renditions", "average_bandwidth")
    op.drop_column("streams", "ladder")
