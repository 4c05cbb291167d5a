"""The OpenAPI 3.1 description of the API, built from the route table and the pydantic schemas.

Bodies, path and query parameters are described by the very types that
validate them, so the document says what the code accepts.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Literal

from pydantic import BaseModel, TypeAdapter
from pydantic.json_schema import models_json_schema

from sender.web.schemas import JSON_VALUE_SCHEMA, ErrorOut

Auth = Literal["admin", "endpoint", "none"]


@dataclass(frozen=True, slots=True)
class RouteDoc:
    method: str
    path: str
    summary: str
    auth: Auth
    response: type[BaseModel] | None
    status: int = 200
    body: type[BaseModel] | None = None
    query: tuple[str, ...] = ()
    refusals: tuple[int, ...] = ()  # statuses beyond the ones every route may answer
    body_required: bool = True  # False: the body may be left out altogether


_ERRORS = {
    "400": "malformed request (bad JSON)",
    "404": "not found",
    "409": "conflict",
    "413": "body too large",
    "422": "validation failed; the message names the field",
}
_REFUSALS = {
    429: "too many requests from this address; see Retry-After",
    503: "not available on this node",
}


def build_openapi(
    routes: list[RouteDoc], *, version: str, parameters: Mapping[str, Any]
) -> dict[str, Any]:
    """The document of `routes`; `parameters` maps each path and query name to its type."""
    models: set[type[BaseModel]] = {ErrorOut}
    for route in routes:
        models.update(m for m in (route.response, route.body) if m is not None)
    ordered = sorted(models, key=lambda m: m.__name__)
    keys, defs = models_json_schema(
        [(m, "validation" if _is_request(m, routes) else "serialization") for m in ordered],
        ref_template="#/components/schemas/{model}",
    )
    refs = {model: schema["$ref"] for (model, _), schema in keys.items()}
    error_ref = {"$ref": refs[ErrorOut]}
    paths: dict[str, dict[str, Any]] = {}
    for route in routes:
        op: dict[str, Any] = {
            "summary": route.summary,
            "operationId": _operation_id(route),
            "responses": {},
        }
        params = [
            {"name": name, "in": "path", "required": True, "schema": schema_of(parameters[name])}
            for name in re.findall(r"{(\w+)}", route.path)
        ] + [
            {"name": name, "in": "query", "required": False, "schema": schema_of(parameters[name])}
            for name in route.query
        ]
        if params:
            op["parameters"] = params
        if route.body is not None:
            op["requestBody"] = {
                "required": route.body_required,
                "content": {"application/json": {"schema": {"$ref": refs[route.body]}}},
            }
        ok: dict[str, Any] = {"description": "success"}
        if route.response is not None:
            ok["content"] = {"application/json": {"schema": {"$ref": refs[route.response]}}}
        op["responses"][str(route.status)] = ok
        errors = dict(_ERRORS)
        if route.auth == "admin":
            op["security"] = [{"adminToken": []}]
            errors["401"] = "missing or wrong admin token"
        elif route.auth == "endpoint":
            op["security"] = [{"endpointToken": []}]
            errors["401"] = "missing or wrong endpoint token"
        else:
            op["security"] = []
            if route.path.startswith(("/api/v1/playback", "/api/v1/player")):
                errors["404"] = "no such stream, or a private one without its valid token"
        errors.update({str(status): _REFUSALS[status] for status in route.refusals})
        for status, text in sorted(errors.items()):
            op["responses"][status] = {
                "description": text,
                "content": {"application/json": {"schema": error_ref}},
            }
        paths.setdefault(route.path, {})[route.method.lower()] = op
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "Sender API",
            "version": version,
            "description": "Management, topology and playback API of a Sender node.",
        },
        "paths": paths,
        "components": {
            "schemas": {**defs.get("$defs", {}), "JsonValue": JSON_VALUE_SCHEMA},
            "securitySchemes": {
                "adminToken": {"type": "http", "scheme": "bearer"},
                "endpointToken": {"type": "http", "scheme": "bearer"},
            },
        },
    }


def schema_of(annotation: Any) -> dict[str, Any]:
    """The JSON schema of one parameter's type, inline."""
    schema: dict[str, Any] = TypeAdapter(annotation).json_schema()
    schema.pop("title", None)
    return schema


def _is_request(model: type[BaseModel], routes: list[RouteDoc]) -> bool:
    return any(r.body is model for r in routes)


def _operation_id(route: RouteDoc) -> str:
    words = re.sub(r"[{}]", "", route.path.removeprefix("/api/v1/")).replace(".", "_")
    return route.method.lower() + "_" + re.sub(r"[^a-zA-Z0-9]+", "_", words).strip("_")
