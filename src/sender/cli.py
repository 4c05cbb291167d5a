"""The `sender` command line.

Node commands (`serve`, `demo`, `doctor`, `publish-test`) run here; every
management command talks to a node through its HTTP API, prints a readable
table or text, or the API's JSON with `--json`, and on failure exits 1 with
one line on stderr. Invalid configuration exits 2.

The node's URL is `--url`, else `SENDER_URL`, else what the node itself
would hand out from the same settings (`SENDER_PUBLIC_URL`, else
`SENDER_HTTP_HOST`/`SENDER_HTTP_PORT`, from the environment or the config
file). The token is `--token`, else `SENDER_ADMIN_TOKEN`, else `admin_token`
in the config file, else `<data dir>/admin-token`. A refused request says
which URL and which token source were used.
"""

from __future__ import annotations

import asyncio
import json
import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, NoReturn, TypeVar

import aiohttp
import click

from sender.config import ADMIN_TOKEN_FILE, Settings, load_settings
from sender.domain.ladder import PRESETS, ladder_json, parse_presets
from sender.errors import ConfigError, ValidationFailed

TIMEOUT_S = 30.0

F = TypeVar("F", bound=Callable[..., Any])


@dataclass
class CliState:
    config_path: str | None
    _settings: Settings | None = field(default=None, init=False)

    def settings(self) -> Settings:
        if self._settings is None:
            try:
                self._settings = load_settings(self.config_path)
            except ConfigError as exc:
                fail(str(exc), code=2)
        return self._settings

    def source_of(self, name: str) -> str | None:
        """Where setting `name` came from: its variable, the config file, or None (default)."""
        variable = f"SENDER_{name.upper()}"
        if variable in os.environ:
            return variable
        if name in self.settings().model_fields_set:
            return f"{name} in {self.config_path or os.environ.get('SENDER_CONFIG')}"
        return None


def fail(message: str, *, code: int = 1) -> NoReturn:
    click.echo(f"error: {' '.join(message.split())}", err=True)
    sys.exit(code)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--config",
    "config_path",
    type=click.Path(dir_okay=False),
    default=None,
    help="TOML configuration file (default: SENDER_CONFIG).",
)
@click.pass_context
def main(ctx: click.Context, config_path: str | None) -> None:
    """Sender: RTMP in, CMAF HLS and LL-HLS out."""
    ctx.obj = CliState(config_path)


# Node commands ----------------------------------------------------------------


@main.command()
@click.pass_obj
def serve(state: CliState) -> None:
    """Run a node: RTMP ingest, HLS delivery and the API."""
    from sender import runner
    from sender.app import serve as serve_node

    settings = state.settings()
    runner.run(serve_node(settings), settings.event_loop)


@main.command()
@click.pass_obj
def demo(state: CliState) -> None:
    """Run a node with a `demo` stream and a test pattern published to it."""
    from sender.demo import run_demo

    run_demo(state.settings())


@main.command()
@click.pass_obj
def doctor(state: CliState) -> None:
    """Check the configuration, the store, ffmpeg and the spool."""
    from sender.doctor import run_doctor

    sys.exit(run_doctor(state.settings()))


@main.command("publish-test")
@click.argument("rtmp_url")
@click.option("--duration", type=float, default=None, help="Seconds to publish (default: forever).")
@click.pass_obj
def publish_test(state: CliState, rtmp_url: str, duration: float | None) -> None:
    """Publish a test pattern to RTMP_URL (rtmp://host/live/<key>)."""
    from sender.demo import publish_test as publish

    sys.exit(publish(rtmp_url, duration, state.settings()))


# The HTTP client --------------------------------------------------------------


@dataclass(frozen=True)
class Client:
    url: str
    token: str | None
    as_json: bool
    url_source: str = "--url"
    token_source: str = "--token"

    def call(self, method: str, path: str, body: dict[str, Any] | None = None) -> Any:
        return asyncio.run(self._call(method, path, body))

    async def _call(self, method: str, path: str, body: dict[str, Any] | None) -> Any:
        headers = {"Authorization": f"Bearer {self.token}"} if self.token else {}
        timeout = aiohttp.ClientTimeout(total=TIMEOUT_S)
        target = self.url.rstrip("/") + path
        try:
            async with (
                aiohttp.ClientSession(timeout=timeout) as session,
                session.request(method, target, json=body, headers=headers) as response,
            ):
                text = await response.text()
                status = response.status
        except aiohttp.ClientConnectorError as exc:
            refused = isinstance(exc.os_error, ConnectionRefusedError)
            why = "connection refused" if refused else (exc.os_error.strerror or str(exc))
            fail(f"cannot connect to {self.url} (URL from {self.url_source}): {why}")
        except (aiohttp.ClientError, TimeoutError) as exc:
            fail(f"request to {self.url} failed: {exc or type(exc).__name__}")
        try:
            data = json.loads(text) if text else None
        except ValueError:
            data = None
        if status >= 400:
            error = data.get("error") if isinstance(data, dict) else None
            if isinstance(error, dict):
                message = f"{error.get('message')} ({status} {error.get('code')})"
                if status in (401, 403):
                    message += (
                        f" from {self.url} (URL from {self.url_source}),"
                        f" token from {self.token_source}"
                    )
                fail(message)
            fail(f"HTTP {status} from {target}")
        return data

    def show(self, data: Any, render: Callable[[Any], str]) -> None:
        click.echo(json.dumps(data, indent=2) if self.as_json else render(data))


def client_options(fn: F) -> F:
    decorators = [
        click.option(
            "--url",
            envvar="SENDER_URL",
            default=None,
            help="Base URL of the node (SENDER_URL; default: SENDER_PUBLIC_URL, else"
            " http://SENDER_HTTP_HOST:SENDER_HTTP_PORT).",
        ),
        click.option(
            "--token",
            envvar="SENDER_ADMIN_TOKEN",
            default=None,
            help="Admin token (SENDER_ADMIN_TOKEN, else the config file's admin_token,"
            " else <data dir>/admin-token).",
        ),
        click.option("--json", "as_json", is_flag=True, help="Print the API's JSON."),
    ]
    for decorator in reversed(decorators):
        fn = decorator(fn)
    return fn


def _given(ctx: click.Context, name: str, variable: str) -> str:
    source = ctx.get_parameter_source(name)
    return variable if source is click.core.ParameterSource.ENVIRONMENT else f"--{name}"


def node_url(state: CliState) -> tuple[str, str]:
    """The URL the node hands out from these settings, and which settings it came from."""
    settings = state.settings()
    if settings.public_url:
        return settings.http_base_url(), state.source_of("public_url") or "SENDER_PUBLIC_URL"
    if settings.http_port == 0:
        fail("the node's HTTP port is chosen when it starts (SENDER_HTTP_PORT=0): pass --url")
    sources = [s for s in (state.source_of("http_host"), state.source_of("http_port")) if s]
    why = " and ".join(sources) if sources else "the defaults: no SENDER_URL or SENDER_HTTP_PORT"
    return settings.http_base_url(), why


def node_token(state: CliState) -> tuple[str | None, str]:
    """The admin token from the settings or the data dir, and where it came from."""
    settings = state.settings()
    if settings.admin_token is not None:
        return settings.admin_token.get_secret_value(), state.source_of("admin_token") or "?"
    path = settings.data_dir / ADMIN_TOKEN_FILE
    if path.is_file():
        return path.read_text().strip() or None, str(path)
    return None, f"nowhere (no --token, SENDER_ADMIN_TOKEN or {path})"


def make_client(url: str | None, token: str | None, as_json: bool) -> Client:
    ctx = click.get_current_context()
    state = ctx.find_object(CliState) or CliState(None)
    if url:
        url_source = _given(ctx, "url", "SENDER_URL")
    else:
        url, url_source = node_url(state)
    if token:
        token_source = _given(ctx, "token", "SENDER_ADMIN_TOKEN")
    else:
        token, token_source = node_token(state)
    return Client(
        url=url, token=token, as_json=as_json, url_source=url_source, token_source=token_source
    )


# Rendering ----------------------------------------------------------------------


def table(rows: Sequence[Sequence[Any]], headers: Sequence[str]) -> str:
    cells = [[("-" if v is None else str(v)) for v in row] for row in rows]
    widths = [max([len(h), *(len(r[i]) for r in cells)]) for i, h in enumerate(headers)]
    lines = ["  ".join(h.upper().ljust(w) for h, w in zip(headers, widths, strict=True))]
    lines += ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)) for r in cells]
    return "\n".join(line.rstrip() for line in lines)


def fields(data: dict[str, Any], names: Sequence[str]) -> str:
    width = max(len(n) for n in names)
    return "\n".join(
        f"{n.ljust(width)}  {'-' if data.get(n) is None else data.get(n)}" for n in names
    )


STREAM_FIELDS = ("id", "slug", "title", "visibility", "latency_mode", "created_at")
GENERATION_FIELDS = ("id", "state", "node_id", "auto_started", "created_at", "ended_at")


def render_stream(s: dict[str, Any]) -> str:
    return fields({**s, "ladder": ladder_text(s.get("ladder") or [])}, (*STREAM_FIELDS, "ladder"))


def ladder_text(rungs: Sequence[dict[str, Any]]) -> str:
    """`720p 720p 3000k+128k, low 360p 400k 15fps`; `-` for none (the source copy only)."""
    if not rungs:
        return "-"
    parts = []
    for r in rungs:
        text = f"{r['name']} {r['height']}p {r['video_kbps']}k"
        text += f"+{r['audio_kbps']}k" if r.get("audio_kbps") is not None else ""
        text += f" {r['fps']:g}fps" if r.get("fps") is not None else ""
        parts.append(text)
    return ", ".join(parts)


def render_generation(g: dict[str, Any]) -> str:
    return fields(g, GENERATION_FIELDS)


def render_status(st: dict[str, Any]) -> str:
    s, g, p = st["stream"], st["generation"], st["publisher"]
    lines = [f"stream      {s['slug']} ({s['title']}, {s['visibility']})"]
    lines.append(f"generation  {g['id']} {g['state']}" if g else "generation  none")
    lines.append(
        f"publisher   {p['peer']} key {p['key_id']} {p['ingest_bps'] / 1000:.0f} kb/s"
        if p
        else "publisher   none"
    )
    return "\n".join(lines)


# streams -----------------------------------------------------------------------

VISIBILITY = click.Choice(["public", "unlisted", "private"])
LATENCY = click.Choice(["low", "standard"])


def _ladder(ctx: click.Context, param: click.Parameter, value: str | None) -> Any:
    """`--ladder`: preset names (`720p,480p,360p`), a JSON list of rung objects, or "" for none.

    Presets are read here; a JSON list goes to the node as it is, whose rules decide.
    """
    if value is None:
        return None
    if value.lstrip().startswith("["):
        try:
            return json.loads(value)
        except ValueError as exc:
            raise click.BadParameter(f"not a JSON list of rungs: {exc}") from None
    try:
        return ladder_json(parse_presets(value))
    except ValidationFailed as exc:
        raise click.BadParameter(exc.message) from None


LADDER_HELP = (
    f"Encoding ladder beside the source copy: presets ({','.join(PRESETS)}), comma-separated,"
    ' or a JSON list of rungs ([{"name", "height", "video_kbps", "audio_kbps"?, "fps"?}]).'
    " It takes effect at the next generation."
)


@main.group()
def streams() -> None:
    """Create, list and control streams."""


@streams.command("create")
@click.argument("slug")
@click.option("--title", default=None, help="Title (default: the slug).")
@click.option("--visibility", type=VISIBILITY, default="public", show_default=True)
@click.option("--latency-mode", type=LATENCY, default="low", show_default=True)
@click.option("--ladder", default=None, callback=_ladder, help=LADDER_HELP)
@client_options
def streams_create(
    slug: str,
    title: str | None,
    visibility: str,
    latency_mode: str,
    ladder: list[Any] | None,
    url: str | None,
    token: str | None,
    as_json: bool,
) -> None:
    """Create a stream called SLUG."""
    client = make_client(url, token, as_json)
    body: dict[str, Any] = {
        "slug": slug,
        "title": title or slug,
        "visibility": visibility,
        "latency_mode": latency_mode,
    }
    if ladder is not None:
        body["ladder"] = ladder
    client.show(client.call("POST", "/api/v1/streams", body), render_stream)


@streams.command("list")
@click.option("--visibility", type=VISIBILITY, default=None)
@client_options
def streams_list(visibility: str | None, url: str | None, token: str | None, as_json: bool) -> None:
    """List streams."""
    client = make_client(url, token, as_json)
    query = f"?visibility={visibility}" if visibility else ""
    client.show(
        client.call("GET", "/api/v1/streams" + query),
        lambda d: table(
            [
                (
                    s["slug"],
                    s["title"],
                    s["visibility"],
                    s["latency_mode"],
                    ",".join(r["name"] for r in s.get("ladder") or []) or None,
                    s["id"],
                )
                for s in d["streams"]
            ],
            ["slug", "title", "visibility", "latency", "ladder", "id"],
        ),
    )


def _slug_command(
    name: str, method: str, suffix: str, render: Callable[[Any], str], doc: str
) -> None:
    @streams.command(name, help=doc)
    @click.argument("slug")
    @client_options
    def command(slug: str, url: str | None, token: str | None, as_json: bool) -> None:
        client = make_client(url, token, as_json)
        client.show(client.call(method, f"/api/v1/streams/{slug}{suffix}"), render)


_slug_command("show", "GET", "", render_stream, "Show the stream SLUG.")
_slug_command("delete", "DELETE", "", lambda s: f"deleted {s['slug']}", "Stop and delete SLUG.")


@streams.command("start")
@click.argument("slug")
@click.option(
    "--origin",
    default=None,
    help="Origin endpoint (id or name) that makes the generation: another node, an external muxer.",
)
@client_options
def streams_start(
    slug: str, origin: str | None, url: str | None, token: str | None, as_json: bool
) -> None:
    """Start a generation (idempotent)."""
    client = make_client(url, token, as_json)
    body = {"origin": origin} if origin is not None else None
    client.show(client.call("POST", f"/api/v1/streams/{slug}/start", body), render_generation)


_slug_command("stop", "POST", "/stop", render_generation, "End the active generation.")
_slug_command("status", "GET", "/status", render_status, "Stream, generation and publisher.")


@streams.command("update")
@click.argument("slug")
@click.option("--title", default=None)
@click.option("--visibility", type=VISIBILITY, default=None)
@click.option("--latency-mode", type=LATENCY, default=None)
@click.option("--ladder", default=None, callback=_ladder, help=LADDER_HELP + ' "" clears it.')
@client_options
def streams_update(
    slug: str,
    title: str | None,
    visibility: str | None,
    latency_mode: str | None,
    ladder: list[Any] | None,
    url: str | None,
    token: str | None,
    as_json: bool,
) -> None:
    """Change the title, visibility, latency mode or ladder of SLUG."""
    client = make_client(url, token, as_json)
    body: dict[str, Any] = {
        k: v
        for k, v in [
            ("title", title),
            ("visibility", visibility),
            ("latency_mode", latency_mode),
            ("ladder", ladder),
        ]
        if v is not None
    }
    client.show(client.call("PATCH", f"/api/v1/streams/{slug}", body), render_stream)


@streams.command("token")
@click.argument("slug")
@click.option("--ttl", type=int, default=None, help="Seconds the token is valid (default 3600).")
@client_options
def streams_token(
    slug: str, ttl: int | None, url: str | None, token: str | None, as_json: bool
) -> None:
    """Issue a playback token for SLUG: a private stream plays only with one."""
    client = make_client(url, token, as_json)
    body = {"ttl_s": ttl} if ttl is not None else {}
    client.show(
        client.call("POST", f"/api/v1/streams/{slug}/playback-tokens", body),
        lambda t: "\n".join(
            [
                f"token       {t['token']}",
                f"expires_at  {t['expires_at']}",
                f"watch_url   {t['watch_url']}",
            ]
        ),
    )


# keys --------------------------------------------------------------------------


@main.group()
def keys() -> None:
    """Create and revoke stream keys."""


@keys.command("create")
@click.argument("slug")
@client_options
def keys_create(slug: str, url: str | None, token: str | None, as_json: bool) -> None:
    """Create a key for SLUG. The key is shown this once: store it now."""
    client = make_client(url, token, as_json)
    client.show(
        client.call("POST", f"/api/v1/streams/{slug}/keys"),
        lambda k: "\n".join(
            [
                f"key_id    {k['key_id']}",
                f"key       {k['key']}",
                f"rtmp_url  {k['rtmp_url']}",
                f"publish   {k['rtmp_url']}/{k['key']}",
                "The key is shown only now; the server keeps no copy of its secret.",
            ]
        ),
    )


@keys.command("list")
@click.argument("slug")
@client_options
def keys_list(slug: str, url: str | None, token: str | None, as_json: bool) -> None:
    """List the keys of SLUG (ids only, never secrets)."""
    client = make_client(url, token, as_json)
    client.show(
        client.call("GET", f"/api/v1/streams/{slug}/keys"),
        lambda d: table(
            [
                (
                    k["key_id"],
                    "revoked" if k["revoked"] else "active",
                    k["created_at"],
                    k["last_used_at"],
                )
                for k in d["keys"]
            ],
            ["key_id", "state", "created", "last_used"],
        ),
    )


@keys.command("revoke")
@click.argument("slug")
@click.argument("key_id")
@client_options
def keys_revoke(slug: str, key_id: str, url: str | None, token: str | None, as_json: bool) -> None:
    """Revoke the key KEY_ID of SLUG."""
    client = make_client(url, token, as_json)
    client.show(
        client.call("DELETE", f"/api/v1/streams/{slug}/keys/{key_id}"),
        lambda k: f"revoked {k['key_id']}",
    )


# endpoints ---------------------------------------------------------------------


@main.group()
def endpoints() -> None:
    """Register media endpoints and read their stats."""


@endpoints.command("upsert")
@click.argument("name")
@click.option(
    "--kind",
    type=click.Choice(["origin", "edge", "external_origin", "external_edge"]),
    required=True,
)
@click.option("--base-url", required=True)
@click.option("--node-id", default=None)
@click.option("--source", "sources", multiple=True, help="Source endpoint id, in failover order.")
@click.option("--issue-token", is_flag=True, help="External endpoints: issue a report token.")
@click.option("--disabled", is_flag=True)
@click.option("--max-viewers", type=int, default=None, help="Capacity: viewers it can take.")
@click.option(
    "--max-egress-bps", type=float, default=None, help="Capacity: bits per second it can send."
)
@click.option(
    "--no-tls-verify", is_flag=True, help="As a source: do not check its TLS certificate."
)
@client_options
def endpoints_upsert(
    name: str,
    kind: str,
    base_url: str,
    node_id: str | None,
    sources: tuple[str, ...],
    issue_token: bool,
    disabled: bool,
    max_viewers: int | None,
    max_egress_bps: float | None,
    no_tls_verify: bool,
    url: str | None,
    token: str | None,
    as_json: bool,
) -> None:
    """Create or update the endpoint NAME."""
    client = make_client(url, token, as_json)
    body: dict[str, Any] = {
        "name": name,
        "kind": kind,
        "base_url": base_url,
        "node_id": node_id,
        "source_ids": list(sources),
        "issue_token": issue_token,
        "enabled": not disabled,
        "tls_verify": not no_tls_verify,
    }
    if max_viewers is not None or max_egress_bps is not None:
        body["capacity"] = {"max_viewers": max_viewers, "max_egress_bps": max_egress_bps}

    def render(e: dict[str, Any]) -> str:
        text = fields(e, ("id", "name", "kind", "base_url", "node_id", "enabled"))
        if e.get("token"):
            text += f"\ntoken     {e['token']}\nThe token is shown only now."
        return text

    client.show(client.call("POST", "/api/v1/endpoints", body), render)


@endpoints.command("list")
@client_options
def endpoints_list(url: str | None, token: str | None, as_json: bool) -> None:
    """List endpoints with their latest snapshot."""
    client = make_client(url, token, as_json)

    def row(e: dict[str, Any]) -> tuple[Any, ...]:
        snap = e.get("snapshot") or {}
        return (
            e["name"],
            e["kind"],
            e["base_url"],
            snap.get("health"),
            snap.get("viewers"),
            e["id"],
        )

    client.show(
        client.call("GET", "/api/v1/endpoints"),
        lambda d: table(
            [row(e) for e in d["endpoints"]],
            ["name", "kind", "base_url", "health", "viewers", "id"],
        ),
    )


@endpoints.command("history")
@click.argument("endpoint_id")
@click.option("--limit", type=int, default=60, show_default=True)
@client_options
def endpoints_history(
    endpoint_id: str, limit: int, url: str | None, token: str | None, as_json: bool
) -> None:
    """The recent snapshots of the endpoint ENDPOINT_ID, oldest first."""
    client = make_client(url, token, as_json)
    client.show(
        client.call("GET", f"/api/v1/endpoints/{endpoint_id}/history?limit={limit}"),
        lambda d: table(
            [
                (
                    x["reported_at"],
                    x["health"],
                    x["viewers"],
                    round(x["ingress_bps"] / 1000),
                    round(x["egress_bps"] / 1000),
                    x["playlist_age_s"],
                )
                for x in d["snapshots"]
            ],
            ["reported_at", "health", "viewers", "in_kbps", "out_kbps", "playlist_age_s"],
        ),
    )


if __name__ == "__main__":
    main()
