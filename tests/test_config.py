"""Configuration: TOML file, environment winning, errors that name the setting, the admin token."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from sender.config import PLAYBACK_TOKEN_TTL_CAP_S, load_admin_token, load_settings
from sender.errors import ConfigError


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in list(os.environ):
        if name.startswith("SENDER_"):
            monkeypatch.delenv(name)


def test_defaults() -> None:
    s = load_settings()
    assert (s.http_port, s.rtmp_port) == (8080, 1935)
    assert s.data_dir == Path("./sender-data")
    assert s.resolved_database_url.startswith("sqlite+aiosqlite:///")
    assert s.resolved_spool_root == (Path("./sender-data") / "spool").resolve()


def test_toml_file_and_environment_wins(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "sender.toml"
    path.write_text('http_port = 9000\nrtmp_port = 1940\npublic_url = "https://tv.example/"\n')
    monkeypatch.setenv("SENDER_HTTP_PORT", "9100")
    s = load_settings(path)
    assert s.http_port == 9100  # the environment wins
    assert s.rtmp_port == 1940  # the file fills in the rest
    assert s.public_url == "https://tv.example"
    monkeypatch.setenv("SENDER_CONFIG", str(path))
    assert load_settings().rtmp_port == 1940


@pytest.mark.parametrize(
    ("name", "value", "setting"),
    [
        ("SENDER_HTTP_PORT", "eighty", "SENDER_HTTP_PORT"),
        ("SENDER_RTMP_PORT", "70000", "SENDER_RTMP_PORT"),
        ("SENDER_PUBLIC_URL", "tv.example", "SENDER_PUBLIC_URL"),
        ("SENDER_DATABASE_URL", "mysql://x", "SENDER_DATABASE_URL"),
        ("SENDER_SEGMENT_TARGET_S", "0", "SENDER_SEGMENT_TARGET_S"),
    ],
)
def test_invalid_values_name_the_setting(
    monkeypatch: pytest.MonkeyPatch, name: str, value: str, setting: str
) -> None:
    monkeypatch.setenv(name, value)
    with pytest.raises(ConfigError) as err:
        load_settings()
    assert setting in str(err.value)


def test_bad_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="not found"):
        load_settings(tmp_path / "missing.toml")
    bad = tmp_path / "bad.toml"
    bad.write_text("http_port = = 1")
    with pytest.raises(ConfigError, match="not valid TOML"):
        load_settings(bad)
    unknown = tmp_path / "unknown.toml"
    unknown.write_text("htp_port = 1")
    with pytest.raises(ConfigError, match="SENDER_HTP_PORT"):
        load_settings(unknown)


def test_admin_token_generated_once_with_private_mode(tmp_path: Path) -> None:
    s = load_settings(data_dir=tmp_path / "d")
    token, created = load_admin_token(s)
    assert created and len(token) >= 32
    path = tmp_path / "d" / "admin-token"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    again, created_again = load_admin_token(s)
    assert (again, created_again) == (token, False)


def test_admin_token_from_settings_must_be_long(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SENDER_ADMIN_TOKEN", "short")
    with pytest.raises(ConfigError, match="SENDER_ADMIN_TOKEN"):
        load_admin_token(load_settings())


def test_the_longest_token_lifetime_cannot_be_set_beyond_what_the_api_takes(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("SENDER_PLAYBACK_TOKEN_MAX_TTL_S", str(PLAYBACK_TOKEN_TTL_CAP_S))
    assert load_settings().playback_token_max_ttl_s == 366 * 86400
    monkeypatch.setenv("SENDER_PLAYBACK_TOKEN_MAX_TTL_S", str(PLAYBACK_TOKEN_TTL_CAP_S + 1))
    with pytest.raises(ConfigError, match="SENDER_PLAYBACK_TOKEN_MAX_TTL_S"):
        load_settings()


def test_the_http_header_timeout_is_a_positive_setting(monkeypatch: pytest.MonkeyPatch) -> None:
    assert load_settings().http_header_timeout_s == 5.0
    monkeypatch.setenv("SENDER_HTTP_HEADER_TIMEOUT_S", "0")
    with pytest.raises(ConfigError, match="SENDER_HTTP_HEADER_TIMEOUT_S"):
        load_settings()
