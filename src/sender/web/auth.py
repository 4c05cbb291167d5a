"""Admin authentication: `Authorization: Bearer <token>`, compared in constant time."""

from __future__ import annotations

import hmac

from aiohttp import web

from sender.errors import Unauthorized


def bearer_token(request: web.Request) -> str | None:
    header = request.headers.get("Authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        return None
    return token.strip()


def require_admin(request: web.Request, admin_token: str) -> None:
    """Unauthorized unless the request carries the admin token."""
    token = bearer_token(request)
    if token is None:
        raise Unauthorized("missing bearer token")
    if not hmac.compare_digest(token.encode(), admin_token.encode()):
        raise Unauthorized("invalid token")
