"""Configuration: a TOML file plus `SENDER_*` environment variables, the environment winning.

The file comes from `--config` or `SENDER_CONFIG`. Keys in the file are the
setting names without the prefix (`http_port = 8080`). Any invalid value stops
start-up with a ConfigError that names the setting.
"""

from __future__ import annotations

import ipaddress
import os
import secrets
import shutil
import socket
import tomllib
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import Field, SecretStr, ValidationError, ValidationInfo, field_validator
from pydantic_settings import (
    BaseSettings,
    NoDecode,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
)

from sender.datadir import ensure_private_dir
from sender.errors import ConfigError

ADMIN_TOKEN_FILE = "admin-token"
PLAYBACK_SECRET_FILE = "playback-secret"
# The longest lifetime a playback token may be configured to have: a year and a day. The API
# refuses longer requests whatever the setting, so the setting may not promise more.
PLAYBACK_TOKEN_TTL_CAP_S = 366 * 86400


# The event loops a node may run on (sender.runner).
EventLoop = Literal["uvloop", "asyncio"]


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="SENDER_", extra="forbid", frozen=True)

    data_dir: Path = Path("./sender-data")
    database_url: str | None = None
    spool_root: Path | None = None
    http_host: str = "0.0.0.0"
    http_port: int = Field(8080, ge=0, le=65535)
    rtmp_host: str = "0.0.0.0"
    rtmp_port: int = Field(1935, ge=0, le=65535)
    public_url: str | None = None
    node_id: str | None = None
    admin_token: SecretStr | None = None
    ffmpeg_executable: str | None = None
    # A client must send a whole request head (request line and headers) within this.
    http_header_timeout_s: float = Field(5.0, gt=0)

    # Packaging.
    segment_target_s: float = Field(2.0, gt=0.1, le=30.0)
    part_target_s: float = Field(0.2, gt=0.02, le=5.0)
    live_window_segments: int = Field(10, ge=3, le=1000)
    spool_keep_segments: int = Field(15, ge=3, le=100000)
    ended_retention_s: float = Field(3600.0, ge=0)

    # Generation lifecycle.
    auto_start_on_publish: bool = True
    idle_end_s: float = Field(60.0, gt=0)
    # A publish with a valid key takes over from a publisher silent for this long.
    publisher_takeover_after_s: float = Field(2.0, gt=0)

    # RTMP ingest limits.
    rtmp_handshake_timeout_s: float = Field(10.0, gt=0)
    rtmp_idle_timeout_s: float = Field(30.0, gt=0)
    rtmp_max_chunk_size: int = Field(0x7FFFFFFF, ge=128, le=0x7FFFFFFF)
    rtmp_max_message_size: int = Field(8 << 20, ge=1024, le=0xFFFFFF)
    rtmp_max_buffered_bytes: int = Field(32 << 20, ge=1 << 16)
    # Before a publish is accepted: a deadline and a small budget; caps and key attempts.
    rtmp_publish_timeout_s: float = Field(10.0, gt=0)
    rtmp_pre_publish_max_message_size: int = Field(4096, ge=512, le=0xFFFFFF)
    rtmp_pre_publish_max_buffered_bytes: int = Field(16384, ge=1024)
    rtmp_pre_publish_max_chunks: int = Field(256, ge=16)
    rtmp_pre_publish_max_amf_elements: int = Field(256, ge=16)
    rtmp_pre_publish_max_amf_depth: int = Field(8, ge=2, le=32)
    rtmp_max_connections: int = Field(256, ge=1)
    rtmp_max_connections_per_address: int = Field(16, ge=1)
    rtmp_key_failures_burst: int = Field(10, ge=1)
    rtmp_key_failures_per_s: float = Field(0.1, gt=0)

    # The event loop (sender.runner): uvloop where installed, or asyncio's own.
    event_loop: EventLoop = "uvloop"

    # Media backend: "native" (in process; a codec it cannot carry is handed to ffmpeg) or
    # "ffmpeg" (a supervised ffmpeg per publish). Native is the default on the figures of
    # docs/benchmarks.md "Media backends": 0.6-0.76x the CPU per stream, a fifth of the
    # memory, 1.5x the streams on time, the same first segment and playhead.
    backend: Literal["ffmpeg", "native"] = "native"
    # Media backend supervision.
    backend_restart_initial_s: float = Field(0.2, gt=0)
    backend_restart_max_s: float = Field(10.0, gt=0)
    backend_queue_bytes: int = Field(8 << 20, ge=1 << 16)
    # No output while input is fed for this long (at least three part targets): restarted.
    backend_stall_timeout_s: float = Field(1.0, gt=0)
    # A stream with a ladder: the x264 preset its rungs are encoded with (media.transcoder).
    transcode_preset: Literal[
        "ultrafast", "superfast", "veryfast", "faster", "fast", "medium", "slow", "slower"
    ] = "veryfast"

    # The store: a write waits this long for the database's write lock, then answers 503.
    store_busy_timeout_s: float = Field(3.0, gt=0, le=60)

    # Viewers: playback tokens of private streams, audience counting, snapshots.
    playback_secret: SecretStr | None = None
    playback_token_ttl_s: int = Field(3600, ge=60)
    playback_token_max_ttl_s: int = Field(7 * 86400, ge=60, le=PLAYBACK_TOKEN_TTL_CAP_S)
    # Proxies whose X-Forwarded-For is believed: IPs or CIDRs, comma-separated in the environment.
    trusted_proxies: Annotated[tuple[str, ...], NoDecode] = ()
    player_events_per_s: float = Field(2.0, gt=0)
    player_events_burst: int = Field(30, ge=1)
    snapshot_interval_s: float = Field(5.0, ge=0.1, le=3600)
    snapshot_history: int = Field(720, ge=1, le=1_000_000)
    health_degraded_after_s: float = Field(4.0, gt=0)
    health_stale_after_s: float = Field(10.0, gt=0)
    # An endpoint whose newest snapshot is older than this is down (its viewers no longer count).
    health_down_after_s: float = Field(15.0, gt=0)

    # Cluster: the reconciler's poll (the only wake-up on SQLite; PostgreSQL also NOTIFYs).
    cluster_poll_s: float = Field(2.0, ge=0.05, le=600)
    # Edges: errors in a row that leave a source; how long the preferred source must answer
    # fresh playlists before an edge goes back to it; the longest wait for a non-blocking fetch.
    edge_errors_before_failover: int = Field(3, ge=1, le=100)
    edge_failback_after_s: float = Field(10.0, ge=0)
    edge_fetch_timeout_s: float = Field(5.0, gt=0, le=300)
    # The multivariant playlist names a content-steering manifest (EXT-X-CONTENT-STEERING).
    content_steering: bool = True

    metrics_public: bool = True
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = "INFO"

    @field_validator("public_url")
    @classmethod
    def _public_url(cls, value: str | None) -> str | None:
        if value is None:
            return None
        if not value.startswith(("http://", "https://")):
            raise ValueError("must start with http:// or https://")
        return value.rstrip("/")

    @field_validator("playback_token_max_ttl_s")
    @classmethod
    def _max_ttl(cls, value: int, info: ValidationInfo) -> int:
        default_ttl = info.data.get("playback_token_ttl_s")
        if default_ttl is not None and value < default_ttl:
            raise ValueError(f"must be at least playback_token_ttl_s ({default_ttl})")
        return value

    @field_validator("trusted_proxies", mode="before")
    @classmethod
    def _trusted_proxies(cls, value: Any) -> tuple[str, ...]:
        if value is None:
            return ()
        items = value.split(",") if isinstance(value, str) else list(value)
        networks = []
        for item in items:
            text = str(item).strip()
            if not text:
                continue
            try:
                networks.append(str(ipaddress.ip_network(text, strict=False)))
            except ValueError:
                raise ValueError(f"{text!r} is not an IP address or CIDR") from None
        return tuple(networks)

    @field_validator("database_url")
    @classmethod
    def _database_url(cls, value: str | None) -> str | None:
        if value is None:
            return None
        if not value.startswith(("sqlite", "postgresql")):
            raise ValueError("must be a sqlite+aiosqlite:// or postgresql+asyncpg:// URL")
        return value

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        # Explicit arguments (the TOML file's values, see load_settings) lose to the environment.
        return (env_settings, init_settings)

    # Derived values -------------------------------------------------------
    @property
    def resolved_database_url(self) -> str:
        if self.database_url:
            return self.database_url
        return f"sqlite+aiosqlite:///{(self.data_dir / 'sender.db').resolve()}"

    @property
    def resolved_spool_root(self) -> Path:
        return (self.spool_root or self.data_dir / "spool").resolve()

    @property
    def resolved_node_id(self) -> str:
        return self.node_id or socket.gethostname()

    def http_base_url(self) -> str:
        """The base URL viewers and the CLI reach this node at."""
        if self.public_url:
            return self.public_url
        host = self.http_host if self.http_host not in ("0.0.0.0", "::", "") else "127.0.0.1"
        return f"http://{host}:{self.http_port}"

    def rtmp_base_url(self) -> str:
        host = self.rtmp_host if self.rtmp_host not in ("0.0.0.0", "::", "") else "127.0.0.1"
        if self.public_url:
            host = self.public_url.split("://", 1)[1].split("/", 1)[0].rsplit(":", 1)[0]
        port = "" if self.rtmp_port == 1935 else f":{self.rtmp_port}"
        return f"rtmp://{host}{port}/live"


def load_settings(config_file: str | Path | None = None, **overrides: Any) -> Settings:
    """Build Settings from the TOML file (argument, else SENDER_CONFIG) and the environment.

    `overrides` are values given on the command line; they win over the file
    but, like the file, lose to the environment.
    """
    path = config_file or os.environ.get("SENDER_CONFIG")
    values: dict[str, Any] = {}
    if path:
        try:
            with open(path, "rb") as fh:
                values = tomllib.load(fh)
        except FileNotFoundError:
            raise ConfigError("SENDER_CONFIG", f"file not found: {path}") from None
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError("SENDER_CONFIG", f"{path} is not valid TOML: {exc}") from None
    values.update({k: v for k, v in overrides.items() if v is not None})
    try:
        return Settings(**values)
    except ValidationError as exc:
        first = exc.errors()[0]
        name = "SENDER_" + "_".join(str(p) for p in first["loc"]).upper() if first["loc"] else "?"
        raise ConfigError(name, first["msg"]) from None


def find_ffmpeg(settings: Settings) -> str:
    """SENDER_FFMPEG_EXECUTABLE, else `ffmpeg` on PATH, else the imageio-ffmpeg binary."""
    if settings.ffmpeg_executable:
        found = shutil.which(settings.ffmpeg_executable)
        if not found:
            what = settings.ffmpeg_executable
            raise ConfigError("SENDER_FFMPEG_EXECUTABLE", f"not found or not executable: {what}")
        return found
    on_path = shutil.which("ffmpeg")
    if on_path:
        return on_path
    try:
        import imageio_ffmpeg

        return str(imageio_ffmpeg.get_ffmpeg_exe())
    except Exception as exc:  # the package raises RuntimeError when its binary is missing
        raise ConfigError("SENDER_FFMPEG_EXECUTABLE", f"no ffmpeg found: {exc}") from None


def load_admin_token(settings: Settings) -> tuple[str, bool]:
    """The admin token: from settings, else from the data dir, else generated and stored (0600).

    Returns (token, created); the caller prints a created token once.
    """
    if settings.admin_token is not None:
        token = settings.admin_token.get_secret_value()
        if len(token) < 16:
            raise ConfigError("SENDER_ADMIN_TOKEN", "must be at least 16 characters")
        return token, False
    path = settings.data_dir / ADMIN_TOKEN_FILE
    if path.exists():
        return path.read_text().strip(), False
    ensure_private_dir(settings.data_dir)
    token = secrets.token_urlsafe(32)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w") as fh:
        fh.write(token + "\n")
    return token, True


def load_playback_secret(settings: Settings) -> str:
    """The key that signs playback tokens: from settings, else the data dir, else generated (0600).

    Kept across restarts so tokens handed out stay valid; changing it revokes them all.
    """
    if settings.playback_secret is not None:
        secret = settings.playback_secret.get_secret_value()
        if len(secret) < 16:
            raise ConfigError("SENDER_PLAYBACK_SECRET", "must be at least 16 characters")
        return secret
    path = settings.data_dir / PLAYBACK_SECRET_FILE
    if path.exists():
        secret = path.read_text().strip()
        if len(secret) < 16:
            raise ConfigError("SENDER_PLAYBACK_SECRET", f"{path} holds fewer than 16 characters")
        return secret
    ensure_private_dir(settings.data_dir)
    secret = secrets.token_urlsafe(32)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w") as fh:
        fh.write(secret + "\n")
    return secret
