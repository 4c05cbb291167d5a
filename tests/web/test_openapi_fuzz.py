"""The API against its own OpenAPI document, by schemathesis over real HTTP.

A node's API, player events and stats run in a thread on a fresh database,
SQLite and PostgreSQL (when SENDER_TEST_DATABASE_URL reaches one). For
every documented operation schemathesis makes requests from the document the
node serves: valid ones, invalid ones, and valid ones aimed at objects that
exist (a started stream, its key, generation and renditions, an external
endpoint with its token). Every answer must be no 5xx, a status the document
lists, a body that fits the documented schema; a valid request must not be
refused as invalid, nor an invalid one accepted. Bounded: EXAMPLES requests
per operation and kind.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Coroutine, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import pytest
import schemathesis
from aiohttp import web
from hypothesis import HealthCheck, assume, given, settings
from schemathesis import GenerationMode
from schemathesis.core.parameters import ParameterLocation
from schemathesis.specs.openapi.checks import positive_data_acceptance

from sender.control import endpoints, keys, streams
from sender.domain.endpoints import EndpointKind
from sender.domain.renditions import Rendition
from sender.domain.streams import Visibility
from sender.stats.audience import Audience, ClientAddresses, PlayerEvents
from sender.stats.ratelimit import RateLimiter
from sender.stats.streams import LiveStats
from sender.store.repository import Repository
from sender.web.api import ROUTES, add_api_routes
from sender.web.events import PlayerEventsApi
from tests.control.doubles import make_context
from tests.db import BACKENDS, fresh_database
from tests.test_cli import TOKEN, ServerThread

SECRET = "playback-secret-for-tests-0123456789"
EXAMPLES = 15
ADMIN = {"Authorization": f"Bearer {TOKEN}"}
# Valid requests these operations may still refuse with 422, for rules no JSON schema states:
# a source endpoint that must exist and per-kind fields; rendition names unique in a request,
# and rung names in a ladder (tests/web/test_ladder.py checks the ladder's schema against the
# domain's rules, both ways, but for that one); the node's own maximum token lifetime; each RPC
# method's params.
CROSS_FIELD_RULES = {
    ("POST", "/api/v1/streams"),
    ("PATCH", "/api/v1/streams/{slug}"),
    ("POST", "/api/v1/endpoints"),
    ("POST", "/api/v1/generations/{id}/renditions"),
    ("PUT", "/api/v1/generations/{id}/renditions"),
    ("POST", "/api/v1/streams/{slug}/playback-tokens"),
    ("POST", "/api/v1/rpc"),
}
T = TypeVar("T")


class NoSessions:
    def all(self) -> list[Any]:
        return []


class ApiServer(ServerThread):
    """The API on a fresh database of one backend (`db_url` names the backend)."""

    async def _start(self) -> None:
        self._database = fresh_database(self.db_url, self.tmp_path)
        url = await self._database.__aenter__()
        self.repo = await Repository.open(url)
        await self.repo.migrate()
        self.ctx = make_context(self.repo, self.tmp_path, playback_secret=SECRET)
        audience, events = Audience(), PlayerEvents()
        stats = LiveStats(NoSessions(), audience, events)
        player_events = PlayerEventsApi(
            self.ctx, audience, events, ClientAddresses(), RateLimiter(10_000.0, 10_000)
        )
        app = web.Application(client_max_size=MAX_BODY)
        add_api_routes(app, self.ctx, TOKEN, stats=stats, events=player_events)
        self.runner = web.AppRunner(app, access_log=None)
        await self.runner.setup()
        site = web.TCPSite(self.runner, "127.0.0.1", 0)
        await site.start()
        self.url = f"http://127.0.0.1:{self.runner.addresses[0][1]}"

    async def _stop(self) -> None:
        await super()._stop()
        await self._database.__aexit__(None, None, None)

    def run(self, coro: Coroutine[Any, Any, T]) -> T:
        return asyncio.run_coroutine_threadsafe(coro, self.loop).result(30)


@dataclass(frozen=True)
class Known:
    """Objects that exist on the server, to aim valid requests at."""

    slug: str
    key_id: str
    generation_id: str
    endpoint_id: str
    endpoint_token: str

    def path(self, path: str) -> dict[str, str]:
        ids = {"slug": self.slug, "key_id": self.key_id}
        ids["id"] = self.endpoint_id if path.startswith("/api/v1/endpoints") else self.generation_id
        return {name: value for name, value in ids.items() if "{" + name + "}" in path}


@pytest.fixture(scope="module", params=BACKENDS)
def server(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[ApiServer]:
    tmp: Path = tmp_path_factory.mktemp("openapi-fuzz")
    with ApiServer(request.param, tmp) as running:
        yield running


@pytest.fixture(scope="module")
def api_schema(server: ApiServer) -> Any:
    return schemathesis.openapi.from_url(f"{server.url}/api/v1/openapi.json")


def known_objects(server: ApiServer) -> Known:
    """The seeded objects, made again when an earlier request deleted or revoked them."""

    async def seed() -> Known:
        ctx = server.ctx
        stream = await ctx.repo.get_stream_by_slug("show")
        if stream is None or stream.deleted:
            stream = await streams.create_stream(
                ctx, slug="show", title="Show", visibility=Visibility.PUBLIC
            )
        key = next((k for k in await keys.list_keys(ctx, "show") if not k.revoked), None)
        key_id = key.key_id if key is not None else (await keys.create_key(ctx, "show")).key_id
        generation = await streams.start_generation(ctx, stream)
        await endpoints.upsert_renditions(
            ctx, generation.id, [Rendition(generation.id, "source", 1280, 720, 3_000_000)]
        )
        external = await endpoints.upsert_endpoint(
            ctx,
            name="cdn",
            kind=EndpointKind.EXTERNAL_EDGE,
            base_url="https://cdn.example",
            issue_token=True,
        )
        assert external.token is not None
        return Known("show", key_id, generation.id, external.endpoint.id, external.token)

    return server.run(seed())


def cases() -> list[Any]:
    out = []
    for route in ROUTES:
        takes_input = "{" in route.path or route.query or route.body is not None
        kinds = ["valid", "invalid", "aimed"] if takes_input else ["valid"]
        if "{" not in route.path:
            kinds = [k for k in kinds if k != "aimed"]
        for kind in kinds:
            out.append(
                pytest.param(
                    route.method, route.path, kind, id=f"{route.method} {route.path} {kind}"
                )
            )
    return out


MAX_BODY = 64 * 1024  # the node's client_max_size (app.py)


def _query_stays_invalid(operation: Any, query: dict[str, Any]) -> bool:
    """Whether a query the case made invalid still is once serialized.

    An unknown parameter whose value is empty (`{}`, `[]`, None) or whose name is "" is
    dropped on the wire, so the request sent can be a valid one (seen: a case "violating
    additionalProperties" went out as `?visibility=private` and got its 200). The query is
    still invalid if an unknown parameter survives or a documented one has a bad value.
    """

    def sent(value: Any) -> bool:
        if isinstance(value, list):
            return any(sent(v) for v in value)
        return value is not None and not isinstance(value, dict)

    documented = {p.name: p for p in operation.iter_parameters() if p.location == "query"}
    for name, value in query.items():
        param = documented.get(name)
        if param is None:
            if name and sent(value):
                return True
        elif not param.is_valid(value):
            return True
    return False


@pytest.mark.parametrize(("method", "path", "kind"), cases())
def test_every_answer_keeps_to_the_document(
    server: ApiServer, api_schema: Any, method: str, path: str, kind: str
) -> None:
    operation = api_schema[path][method]
    headers = dict(ADMIN)
    options: dict[str, Any] = {}
    if kind == "aimed":
        known = known_objects(server)
        options["path_parameters"] = known.path(path)
        if path.endswith("/snapshots"):
            headers = {"Authorization": f"Bearer {known.endpoint_token}"}
    mode = GenerationMode.NEGATIVE if kind == "invalid" else GenerationMode.POSITIVE
    excluded = [positive_data_acceptance] if (method, path) in CROSS_FIELD_RULES else []

    @given(case=operation.as_strategy(generation_mode=mode, **options))
    @settings(
        max_examples=EXAMPLES,
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    def check(case: Any) -> None:
        if mode.is_negative:
            # The token below replaces whatever Authorization the case made up: a case whose
            # only invalid part was that header is valid once sent, so it proves nothing.
            invalid = {where for where, c in case.meta.components.items() if c.mode.is_negative}
            assume(invalid - {ParameterLocation.HEADER})
            if invalid - {ParameterLocation.HEADER} == {ParameterLocation.QUERY}:
                assume(_query_stays_invalid(operation, case.query or {}))
            # A body over the node's limit is refused (413) before anything reads it: a
            # refusal, but none that says whether the schema's rules are kept.
            body = case.body
            assume(not isinstance(body, dict | list | str) or len(json.dumps(body)) < MAX_BODY)
        case.call_and_validate(headers=headers, excluded_checks=excluded)

    check()
