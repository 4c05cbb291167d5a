"""Store tests run every case on SQLite and PostgreSQL (tests/db.py)."""

from tests.db import database_urls, repo  # noqa: F401
