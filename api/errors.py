"""One error shape for every failure: `{"error": {"code", "message"}}`, the message naming the problem.

| status | code                 | when                                                                  |
|--------|----------------------|-----------------------------------------------------------------------|
| 422    | `invalid_parameter`  | a parameter or body field is missing, of the wrong type, out of range or unknown |
| 422    | `invalid_json`       | the request body is not JSON                                          |
| 422    | `invalid_input`      | the query is empty, too long or has control characters; unknown filter value |
| 413    | `body_too_large`     | the request body is over `MAX_BODY_BYTES`                             |
| 404    | `not_found`          | no such path                                                          |
| 405    | `method_not_allowed` | the path exists, the method does not (the `Allow` header lists them)  |
| 503    | `no_index`           | no usable index (never ingested, damaged, or built with another model); the message says which |
| 500    | `internal_error`     | a bug; never for bad input                                            |
"""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException
from starlette.routing import Match, Route

from insyn.contract import ErrorResponse, SearchRequest
from insyn.errors import IndexFolderError, InsynError

log = logging.getLogger("insyn.api")

MAX_BODY_BYTES = 16 * 1024
HTTP_CODES = {404: "not_found", 405: "method_not_allowed", 413: "body_too_large"}


class IndexUnavailable(Exception):
    """No index can be opened: the server is up but cannot answer (503). `reason` (no paths) is
    shown in the answer; the whole message goes to the log."""

    def __init__(self, message: str, reason: str | None = None) -> None:
        super().__init__(message)
        self.reason = reason


def error_response(status: int, code: str, message: str, headers: dict[str, str] | None = None) -> JSONResponse:
    body = ErrorResponse.model_validate({"error": {"code": code, "message": message}})
    return JSONResponse(body.model_dump(), status_code=status, headers=headers)


def _documented(description: str) -> dict[str, Any]:
    return {"model": ErrorResponse, "description": description}


# For `responses=` of each route, so the OpenAPI (and schemathesis) knows every status.
RESPONSES: dict[int | str, dict[str, Any]] = {
    413: _documented(f"body_too_large: the request body is over {MAX_BODY_BYTES} bytes"),
    422: _documented("invalid_parameter, invalid_json or invalid_input: the message names the problem"),
    503: _documented("no_index: no usable index; run `insyn ingest`"),
}


# --- messages for pydantic's validation errors ---------------------------------------------
_FIELDS = SearchRequest.model_json_schema()["properties"]


def _field(loc: tuple[Any, ...]) -> str:
    parts = [str(p) for p in loc if p not in ("query", "body")]
    return ".".join(parts) or "body"


def describe(error: dict[str, Any]) -> tuple[str, str]:
    """(code, message) for one pydantic error, naming the field and what it accepts."""
    kind, loc = error["type"], tuple(error.get("loc", ()))
    name = _field(loc)
    if kind == "json_invalid":
        return "invalid_json", f"request body is not valid JSON: {error.get('ctx', {}).get('error', 'decode error')}"
    if kind == "missing":
        return "invalid_parameter", "request body is missing" if name == "body" else f"{name} is required"
    if kind == "extra_forbidden":
        return "invalid_parameter", f"unknown field {name!r}; allowed: {', '.join(_FIELDS)}"
    field = _FIELDS.get(name, {})
    spec = next((alt for alt in field.get("anyOf", [field]) if "minimum" in alt), {})  # int | None: anyOf
    if kind in ("greater_than_equal", "less_than_equal") and {"minimum", "maximum"} <= spec.keys():
        return "invalid_parameter", f"{name} must be between {spec['minimum']} and {spec['maximum']} (got {error.get('input')!r})"
    got = error.get("input")
    if loc == ("body",) and isinstance(got, bytes):
        return "invalid_json", "request body must be a JSON object sent as Content-Type: application/json"
    shown = f" (got {got!r})" if isinstance(got, (str, int, float, bool)) and len(repr(got)) <= 80 else ""
    where = "request body" if loc == ("body",) else name
    msg = error["msg"].removeprefix("Value error, ")  # our own validators' messages
    return "invalid_parameter", f"{where}: {msg[:1].lower()}{msg[1:]}{shown}"


# --- handlers -------------------------------------------------------------------------------
async def _validation(_: Request, exc: RequestValidationError) -> JSONResponse:
    described = [describe(e) for e in exc.errors()]
    code = described[0][0] if described else "invalid_parameter"
    return error_response(422, code, "; ".join(m for _, m in described) or "invalid request")


async def _insyn(_: Request, exc: InsynError) -> JSONResponse:
    if isinstance(exc, IndexFolderError):
        return await _unavailable(_, IndexUnavailable(str(exc), exc.reason))
    return error_response(422, "invalid_input", str(exc))


async def _unavailable(_: Request, exc: Exception) -> JSONResponse:
    log.warning("no usable index: %s", exc)
    reason = getattr(exc, "reason", None)
    return error_response(503, "no_index", f"no usable index{f' ({reason})' if reason else ''}: run "
                                           "`insyn ingest PATH...` on the server (its log has the details)")


async def _http(request: Request, exc: HTTPException) -> JSONResponse:
    if exc.status_code == 400:  # FastAPI's only 400: a body it cannot decode (not UTF-8)
        return error_response(422, "invalid_json", "request body is not valid JSON (it must be UTF-8)")
    code = HTTP_CODES.get(exc.status_code, "http_error")
    headers = dict(exc.headers or {})
    message = {404: "no such path; see /docs"}.get(exc.status_code, str(exc.detail))
    if exc.status_code == 405:  # Starlette names only the first route's methods; name every route's
        allowed = sorted({m for r in request.app.router.routes if isinstance(r, Route)
                          and r.matches(request.scope)[0] is not Match.NONE for m in r.methods or ()})
        headers["Allow"] = ", ".join(allowed)
        message = f"method {request.method} not allowed; this path accepts {headers['Allow']}"
    return error_response(exc.status_code, code, message, headers=headers or None)


async def _internal(_: Request, exc: Exception) -> JSONResponse:
    log.exception("internal error", exc_info=exc)
    return error_response(500, "internal_error", "internal error; the server log has the details")


def install(app: FastAPI) -> None:
    app.add_exception_handler(RequestValidationError, _validation)  # type: ignore[arg-type]
    app.add_exception_handler(InsynError, _insyn)  # type: ignore[arg-type]
    app.add_exception_handler(IndexUnavailable, _unavailable)
    app.add_exception_handler(HTTPException, _http)  # type: ignore[arg-type]
    app.add_exception_handler(Exception, _internal)
