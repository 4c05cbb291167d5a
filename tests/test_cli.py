"""The `sender` CLI against a real API server (its own loop, in a thread) on a real SQLite store."""

from __future__ import annotations

import asyncio
import json
import os
import socket
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from aiohttp import web
from click.testing import CliRunner, Result

from sender.cli import main
from sender.store.repository import Repository
from sender.web.api import add_api_routes
from tests.control.doubles import make_context

TOKEN = "cli-test-admin-token-0123456789"


class ServerThread:
    def __init__(self, db_url: str, tmp_path: Path) -> None:
        self.db_url = db_url
        self.tmp_path = tmp_path
        self.loop = asyncio.new_event_loop()
        self.ready = threading.Event()
        self.thread = threading.Thread(target=self._main, daemon=True)
        self.url = ""
        self.error: BaseException | None = None

    def _main(self) -> None:
        asyncio.set_event_loop(self.loop)
        try:
            self.loop.run_until_complete(self._start())
        except BaseException as exc:
            self.error = exc
            self.ready.set()
            return
        self.ready.set()
        self.loop.run_forever()
        self.loop.run_until_complete(self._stop())
        self.loop.close()

    async def _start(self) -> None:
        self.repo = await Repository.open(self.db_url)
        await self.repo.migrate()
        app = web.Application()
        add_api_routes(app, make_context(self.repo, self.tmp_path), TOKEN)
        self.runner = web.AppRunner(app, access_log=None)
        await self.runner.setup()
        site = web.TCPSite(self.runner, "127.0.0.1", 0)
        await site.start()
        port = self.runner.addresses[0][1]
        self.url = f"http://127.0.0.1:{port}"

    async def _stop(self) -> None:
        await self.runner.cleanup()
        await self.repo.close()

    def __enter__(self) -> ServerThread:
        self.thread.start()
        self.ready.wait(30)
        if self.error is not None:
            raise self.error
        return self

    def __exit__(self, *_: object) -> None:
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(30)


@pytest.fixture
def server(tmp_path: Path) -> Iterator[ServerThread]:
    with ServerThread(f"sqlite+aiosqlite:///{tmp_path / 'cli.db'}", tmp_path) as running:
        yield running


@pytest.fixture
def sender(server: ServerThread, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    monkeypatch.setenv("SENDER_URL", server.url)
    monkeypatch.setenv("SENDER_ADMIN_TOKEN", TOKEN)
    runner = CliRunner()

    def run(*args: str) -> Result:
        return runner.invoke(main, list(args), catch_exceptions=False)

    return run


def one_line_error(result: Result) -> str:
    assert result.exit_code == 1, result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("error: ")
    assert "Traceback" not in result.output
    return lines[0]


def test_stream_lifecycle(sender) -> None:  # type: ignore[no-untyped-def]
    created = sender("streams", "create", "news", "--title", "Evening news", "--json")
    assert created.exit_code == 0, created.output
    stream = json.loads(created.stdout)
    assert (stream["slug"], stream["title"]) == ("news", "Evening news")

    listed = sender("streams", "list")
    assert listed.exit_code == 0
    assert listed.stdout.splitlines()[0].split()[:2] == ["SLUG", "TITLE"]
    assert "news" in listed.stdout and stream["id"] in listed.stdout
    assert (
        json.loads(sender("streams", "list", "--json").stdout)["streams"][0]["id"] == stream["id"]
    )

    shown = sender("streams", "show", "news")
    assert shown.exit_code == 0 and "Evening news" in shown.stdout

    updated = json.loads(
        sender("streams", "update", "news", "--visibility", "unlisted", "--json").stdout
    )
    assert updated["visibility"] == "unlisted"

    first = json.loads(sender("streams", "start", "news", "--json").stdout)
    again = json.loads(sender("streams", "start", "news", "--json").stdout)
    assert first["id"] == again["id"] and first["state"] == "starting"

    status = json.loads(sender("streams", "status", "news", "--json").stdout)
    assert status["generation"]["id"] == first["id"] and status["publisher"] is None
    text = sender("streams", "status", "news").stdout
    assert f"{first['id']} starting" in text

    stopped = json.loads(sender("streams", "stop", "news", "--json").stdout)
    assert stopped["state"] == "ended"
    assert "no active generation" in one_line_error(sender("streams", "stop", "news"))

    assert sender("streams", "delete", "news").exit_code == 0
    assert "not found" in one_line_error(sender("streams", "show", "news"))


def test_keys(sender) -> None:  # type: ignore[no-untyped-def]
    assert sender("streams", "create", "s").exit_code == 0
    made = sender("keys", "create", "s", "--json")
    assert made.exit_code == 0
    key = json.loads(made.stdout)
    secret = key["key"].split(".", 1)[1]
    readable = sender("keys", "create", "s")
    assert "shown only now" in readable.stdout
    listed = sender("keys", "list", "s")
    assert key["key_id"] in listed.stdout and secret not in listed.stdout
    revoked = sender("keys", "revoke", "s", key["key_id"], "--json")
    assert json.loads(revoked.stdout)["revoked"] is True
    assert "not found" in one_line_error(sender("keys", "revoke", "s", "0123456789ab"))


def test_endpoints(sender) -> None:  # type: ignore[no-untyped-def]
    made = sender(
        "endpoints", "upsert", "cdn", "--kind", "external_edge",
        "--base-url", "https://cdn.example", "--issue-token", "--json",
    )  # fmt: skip
    assert made.exit_code == 0, made.output
    assert json.loads(made.stdout)["token"]
    listed = sender("endpoints", "list")
    assert "cdn" in listed.stdout and "external_edge" in listed.stdout


def test_wrong_token_and_validation(sender) -> None:  # type: ignore[no-untyped-def]
    assert "unauthorized" in one_line_error(sender("streams", "list", "--token", "nope"))
    assert "slug" in one_line_error(sender("streams", "create", "Not A Slug"))


def test_connection_refused(tmp_path: Path) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]  # bound, never listening: connecting is refused
        result = CliRunner().invoke(
            main, ["streams", "list", "--url", f"http://127.0.0.1:{port}", "--token", "x" * 20]
        )
    line = one_line_error(result)
    assert "cannot connect" in line and "connection refused" in line and str(port) in line


def test_token_file_and_config_errors(
    server: ServerThread, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("SENDER_ADMIN_TOKEN", raising=False)
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    (data_dir / "admin-token").write_text(TOKEN + "\n")
    config = tmp_path / "sender.toml"
    config.write_text(f'data_dir = "{data_dir}"\nrtmp_max_message_size = 16777215\n')
    runner = CliRunner()
    ok = runner.invoke(main, ["--config", str(config), "streams", "list", "--url", server.url])
    assert ok.exit_code == 0, ok.output

    bad = tmp_path / "bad.toml"
    bad.write_text("http_port = 99999\n")
    result = runner.invoke(main, ["--config", str(bad), "streams", "list", "--url", server.url])
    assert result.exit_code == 2
    assert result.stderr.strip().count("\n") == 0
    assert "SENDER_HTTP_PORT" in result.stderr


@pytest.fixture
def bare_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """No SENDER_* variables; the working dir is a fresh one. Returns its data dir."""
    for name in list(os.environ):
        if name.startswith("SENDER_"):
            monkeypatch.delenv(name)
    monkeypatch.chdir(tmp_path)
    return tmp_path / "sender-data"


def test_the_cli_finds_a_node_on_another_port_from_the_node_settings(
    server: ServerThread, bare_env: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    port = server.url.rsplit(":", 1)[1]
    bare_env.mkdir()
    (bare_env / "admin-token").write_text(TOKEN + "\n")
    runner = CliRunner()
    # What a user exports to start the node is what the CLI follows.
    monkeypatch.setenv("SENDER_HTTP_HOST", "127.0.0.1")
    monkeypatch.setenv("SENDER_HTTP_PORT", port)
    ok = runner.invoke(main, ["streams", "create", "found"])
    assert ok.exit_code == 0, ok.output
    # The same from a config file.
    monkeypatch.delenv("SENDER_HTTP_PORT")
    config = Path("sender.toml")
    config.write_text(f"http_port = {port}\n")
    listed = runner.invoke(main, ["--config", str(config), "streams", "list"])
    assert listed.exit_code == 0 and "found" in listed.stdout, listed.output
    # SENDER_PUBLIC_URL is the node's address when it is set.
    monkeypatch.setenv("SENDER_PUBLIC_URL", server.url + "/")
    shown = runner.invoke(main, ["streams", "show", "found"])
    assert shown.exit_code == 0, shown.output


def test_a_refused_token_names_the_url_and_the_token_source(
    server: ServerThread, bare_env: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    port = server.url.rsplit(":", 1)[1]
    bare_env.mkdir()
    (bare_env / "admin-token").write_text("a-token-of-another-node-0123456789\n")
    monkeypatch.setenv("SENDER_HTTP_PORT", port)
    line = one_line_error(CliRunner().invoke(main, ["streams", "list"]))
    assert "invalid token (401 unauthorized)" in line
    assert f"http://127.0.0.1:{port} (URL from SENDER_HTTP_PORT)" in line
    assert f"token from {Path('sender-data') / 'admin-token'}" in line
    monkeypatch.setenv("SENDER_URL", server.url)
    monkeypatch.setenv("SENDER_ADMIN_TOKEN", "wrong-token-0123456789")
    line = one_line_error(CliRunner().invoke(main, ["streams", "list"]))
    assert "URL from SENDER_URL" in line and "token from SENDER_ADMIN_TOKEN" in line
    line = one_line_error(
        CliRunner().invoke(main, ["streams", "list", "--url", server.url, "--token", "x" * 20])
    )
    assert "URL from --url" in line and "token from --token" in line


def test_a_connection_error_names_the_settings_the_url_came_from(bare_env: Path) -> None:
    result = CliRunner().invoke(main, ["--config", "none.toml", "streams", "list"])
    assert result.exit_code == 2  # a config file that is not there is an error, not a default
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
        Path("sender.toml").write_text(f'http_host = "127.0.0.1"\nhttp_port = {port}\n')
        line = one_line_error(
            CliRunner().invoke(main, ["--config", "sender.toml", "streams", "list"])
        )
    assert f"cannot connect to http://127.0.0.1:{port}" in line
    assert "URL from http_host in sender.toml and http_port in sender.toml" in line


def test_ladders(sender) -> None:  # type: ignore[no-untyped-def]
    made = sender("streams", "create", "s", "--ladder", "720p,480p, 360p", "--json")
    assert made.exit_code == 0, made.output
    assert [r["name"] for r in json.loads(made.stdout)["ladder"]] == ["720p", "480p", "360p"]
    assert json.loads(made.stdout)["ladder"][0] == {
        "name": "720p", "height": 720, "video_kbps": 3000, "audio_kbps": 128, "fps": None,
    }  # fmt: skip
    shown = sender("streams", "show", "s").stdout
    assert "ladder" in shown and "720p 720p 3000k+128k, 480p 480p 1100k+96k" in shown
    listed = sender("streams", "list").stdout.splitlines()
    assert listed[0].split() == ["SLUG", "TITLE", "VISIBILITY", "LATENCY", "LADDER", "ID"]
    assert listed[1].split()[4] == "720p,480p,360p"

    custom = '[{"name": "low", "height": 240, "video_kbps": 300, "fps": 15}]'
    updated = sender("streams", "update", "s", "--ladder", custom, "--json")
    assert updated.exit_code == 0, updated.output
    assert json.loads(updated.stdout)["ladder"] == [
        {"name": "low", "height": 240, "video_kbps": 300, "audio_kbps": None, "fps": 15.0}
    ]
    assert "low 240p 300k 15fps" in sender("streams", "show", "s").stdout
    # Another change leaves the ladder; "" clears it.
    titled = json.loads(sender("streams", "update", "s", "--title", "T", "--json").stdout)
    assert [r["name"] for r in titled["ladder"]] == ["low"]
    cleared = json.loads(sender("streams", "update", "s", "--ladder", "", "--json").stdout)
    assert cleared["ladder"] == []
    assert sender("streams", "list").stdout.splitlines()[1].split()[4] == "-"

    # The node's rule, in its words; a preset or JSON that cannot be read, before any request.
    odd = '[{"name": "odd", "height": 361, "video_kbps": 300}]'
    assert "ladder[0].height must be even, not 361 (422 validation_failed)" in one_line_error(
        sender("streams", "update", "s", "--ladder", odd)
    )
    unknown = sender("streams", "create", "t", "--ladder", "720p,4k")
    assert unknown.exit_code == 2 and "unknown ladder preset '4k'" in unknown.stderr
    broken = sender("streams", "update", "s", "--ladder", "[{")
    assert broken.exit_code == 2 and "not a JSON list of rungs" in broken.stderr
    assert json.loads(sender("streams", "show", "s", "--json").stdout)["ladder"] == []
    assert "not found" in one_line_error(sender("streams", "show", "t"))
