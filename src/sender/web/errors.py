"""JSON errors for the HTTP API, and bounded JSON request bodies.

A body is read no further than its limit, nested no deeper than
MAX_JSON_DEPTH, and must be RFC 8259 JSON: NaN, Infinity and numbers too large
for a float are refused (400) rather than stored as null or infinity.

Every refusal leaves as `{"error": {"code", "message"}}`: ApiError subclasses
with their own status (a 503 that knows when to come back, such as a busy
store, also with `Retry-After` in whole seconds), pydantic validation as 422
naming the field, aiohttp's HTTP errors (unknown route, wrong method) under
/api/ or for unmatched routes, and anything unexpected as 500 "internal" —
logged, never shown.
"""

from __future__ import annotations

import json
import logging
import math
import re
from collections.abc import Awaitable, Callable
from typing import Any

from aiohttp import web
from pydantic import ValidationError

from sender.errors import ApiError, BadRequest, PayloadTooLarge, Unavailable, ValidationFailed

log = logging.getLogger(__name__)

API_BODY_LIMIT = 64 * 1024
API_PREFIX = "/api/"
# Deeper than any body of the API needs (a stream's settings may nest 16 inside it), and far
# below where a recursive parser or serializer runs out of stack.
MAX_JSON_DEPTH = 32

_JSON_STRING = re.compile(rb'"(?:[^"\\]|\\.)*"', re.DOTALL)
_NOT_BRACKETS = bytes(b for b in range(256) if b not in b"[]{}")

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]

_HTTP_CODES = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    409: "conflict",
    413: "payload_too_large",
    415: "unsupported_media_type",
    422: "validation_failed",
    503: "unavailable",
}


def error_response(status: int, code: str, message: str) -> web.Response:
    return web.json_response({"error": {"code": code, "message": message}}, status=status)


def api_error_response(exc: ApiError) -> web.Response:
    response = error_response(exc.status, exc.code, exc.message)
    if isinstance(exc, Unavailable) and exc.retry_after_s is not None:
        response.headers["Retry-After"] = str(max(1, math.ceil(exc.retry_after_s)))
    return response


def validation_message(exc: ValidationError) -> str:
    """One line naming the first offending field: `title: String should have at least 1 ...`."""
    parts = []
    for err in exc.errors()[:3]:
        where = ".".join(str(p) for p in err["loc"]) or "body"
        parts.append(f"{where}: {err['msg']}")
    return "; ".join(parts)


@web.middleware
async def error_middleware(request: web.Request, handler: Handler) -> web.StreamResponse:
    try:
        return await handler(request)
    except ApiError as exc:
        return api_error_response(exc)
    except ValidationError as exc:
        return error_response(422, "validation_failed", validation_message(exc))
    except web.HTTPException as exc:
        unmatched = request.match_info.http_exception is not None
        if exc.status < 400 or not (request.path.startswith(API_PREFIX) or unmatched):
            raise
        code = _HTTP_CODES.get(exc.status, "http_error")
        response = error_response(exc.status, code, exc.reason)
        for name, value in exc.headers.items():
            if name.lower() not in ("content-type", "content-length"):
                response.headers[name] = value
        return response
    except Exception:
        log.exception("unhandled error in %s %s", request.method, request.path)
        return error_response(500, "internal", "internal server error")


async def read_json(request: web.Request, *, limit: int = API_BODY_LIMIT) -> Any:
    """The request's JSON body, read no further than `limit` bytes.

    An empty body is an empty object, so POSTs without parameters need none.
    """
    if request.content_length is not None and request.content_length > limit:
        raise PayloadTooLarge(f"request body over {limit} bytes")
    body = bytearray()
    while chunk := await request.content.read(16 * 1024):
        body += chunk
        if len(body) > limit:
            raise PayloadTooLarge(f"request body over {limit} bytes")
    if not body.strip():
        return {}
    depth = nesting_depth(body)
    if depth > MAX_JSON_DEPTH:
        raise BadRequest(f"body is nested {depth} levels deep; at most {MAX_JSON_DEPTH} are read")
    try:
        return json.loads(body, parse_constant=_no_constant, parse_float=_finite_float)
    except (ValueError, UnicodeDecodeError) as exc:
        raise BadRequest(f"body is not valid JSON: {exc}") from None


def nesting_depth(body: bytes | bytearray) -> int:
    """How deep arrays and objects nest in a JSON text, counted without parsing it.

    Brackets inside strings do not count; in text that is not JSON the count is
    only an estimate, and the parser refuses that text anyway.
    """
    brackets = _JSON_STRING.sub(b"", body).translate(None, _NOT_BRACKETS)
    depth = deepest = 0
    for byte in brackets:
        if byte in b"[{":
            depth += 1
            deepest = max(deepest, depth)
        else:
            depth -= 1
    return deepest


def _no_constant(name: str) -> Any:
    # RFC 8259 has no NaN or Infinity; Python's parser would take them, and they would be
    # stored as null.
    raise ValueError(f"{name} is not a JSON number")


def _finite_float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise ValueError(f"number {text[:40]} is out of range")
    return value


async def read_object(request: web.Request, *, limit: int = API_BODY_LIMIT) -> dict[str, Any]:
    data = await read_json(request, limit=limit)
    if not isinstance(data, dict):
        raise ValidationFailed("body: must be a JSON object")
    return data
