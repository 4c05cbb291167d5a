from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest_asyncio
from aiohttp import ClientResponse, web
from aiohttp.test_utils import TestClient, TestServer

from sender.control.context import Context
from sender.store.repository import Repository
from sender.web.api import add_api_routes
from tests.control.doubles import make_context

TOKEN = "admin-token-for-tests-0123456789"
AUTH = {"Authorization": f"Bearer {TOKEN}"}


class Api:
    """A client of a real API server on the real repository."""

    def __init__(self, client: TestClient[Any, Any], ctx: Context) -> None:
        self.client = client
        self.ctx = ctx

    async def call(
        self, method: str, path: str, *, auth: bool = True, **kwargs: Any
    ) -> ClientResponse:
        headers = dict(kwargs.pop("headers", {}))
        if auth:
            headers.update(AUTH)
        return await self.client.request(method, path, headers=headers, **kwargs)

    async def ok(self, method: str, path: str, status: int = 200, **kwargs: Any) -> Any:
        response = await self.call(method, path, **kwargs)
        text = await response.text()
        assert response.status == status, text
        return await response.json()

    async def rpc(self, method: str, **params: Any) -> Any:
        body = await self.ok("POST", "/api/v1/rpc", json={"method": method, "params": params})
        return body["result"]


async def expect_error(response: ClientResponse, status: int, code: str) -> str:
    """The error message, after checking the status, the shape, and that no trace leaks."""
    text = await response.text()
    assert response.status == status, text
    assert response.content_type == "application/json"
    assert "Traceback" not in text and 'File "' not in text
    body = await response.json()
    assert set(body) == {"error"}
    assert set(body["error"]) == {"code", "message"}
    assert body["error"]["code"] == code
    message: str = body["error"]["message"]
    assert message and "\n" not in message
    return message


@pytest_asyncio.fixture
async def api(repo: Repository, tmp_path: Path) -> AsyncIterator[Api]:
    ctx = make_context(repo, tmp_path)
    app = web.Application()
    add_api_routes(app, ctx, TOKEN)
    async with TestClient(TestServer(app)) as client:
        yield Api(client, ctx)
