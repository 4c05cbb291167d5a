"""Fixtures shared by the whole suite."""

# Database fixtures (see tests/db.py): `database_urls` runs a test on SQLite and
# PostgreSQL, each with a fresh database; `repo` is a migrated Repository on it.
from tests.db import database_urls, repo  # noqa: F401
