"""Which PostgreSQL the database fixtures use, and what they say when there is none."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from tests import db


def test_without_the_variable_the_local_default_server_is_used(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv(db.ENV, raising=False)
    url = db._server_url()
    assert url.render_as_string(hide_password=False) == db.DEFAULT_URL


def test_an_empty_variable_turns_them_off_and_says_so(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(db.ENV, "")
    with pytest.raises(pytest.skip.Exception, match="set and empty"):
        db._server_url()


async def test_an_unreachable_server_skips_saying_where_and_why(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]  # bound, never listening: connecting is refused
        monkeypatch.setenv(db.ENV, f"postgresql+asyncpg://postgres@127.0.0.1:{port}/test")
        with pytest.raises(pytest.skip.Exception) as skipped:
            async with db.fresh_database("postgresql", tmp_path):
                raise AssertionError("no database can be made without a server")
    message = str(skipped.value)
    where = f"postgresql+asyncpg://postgres@127.0.0.1:{port}/postgres"
    assert message.startswith(f"no PostgreSQL answers at {where} ({db.ENV}): "), message
    assert "Connect call failed" in message, message
