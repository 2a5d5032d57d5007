"""The routes: ``/v1/audit``, ``/v1/rules``, ``/v2/check`` (LanguageTool), ``/healthz``, the page at ``/``
and the API docs at ``/docs`` (Swagger UI served from the package: no CDN)."""

from __future__ import annotations

import contextlib
import hmac
import importlib.resources
import json
import logging
from typing import Literal

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi_offline import FastAPIOffline
from pydantic import BaseModel, ConfigDict, Field, StrictBool, ValidationError
from starlette.exceptions import HTTPException as StarletteHTTPException

from .. import __version__
from ..errors import AttributionError
from ..read.input import check_text, decode_bytes
from ..rules import unknown_patterns
from . import languagetool
from .jobs import FORMATS, Job
from .middleware import BodyLimit, BodyTooLarge, RequestLog
from .pool import AuditPool, PoolError
from .problems import PROBLEM_TYPE, problem, status_of
from .settings import ServerSettings

LOG = logging.getLogger("attribution.server")
ReportFormat = Literal["json", "html", "sarif", "markdown", "text", "github"]


class AuditOptions(BaseModel):
    """How to audit: the options of ``POST /v1/audit`` (JSON fields, or query parameters for a text body)."""

    model_config = ConfigDict(extra="forbid")

    id: str | None = Field(None, description="Your id for the article; the report's document.id.")
    fast: bool = Field(False, description="The parse-free fast path (docs/performance.md).")
    input_format: Literal["auto", "text", "html"] = Field(
        "text", description="How to read the text: as it is (as audit() does), html extracts the article "
        "body of a page, auto sniffs. A text/html body defaults to html.")
    select: list[str] = Field(default_factory=list, description="Only these rules (codes, prefixes or names).")
    ignore: list[str] = Field(default_factory=list, description="Leave out these rules.")
    format: ReportFormat = Field("json", description="The rendering: json is the Report (docs/schema.md).")


class AuditRequest(AuditOptions):
    """The JSON body of ``POST /v1/audit``."""

    fast: StrictBool = Field(False, description="The parse-free fast path (docs/performance.md): true or false.")
    text: str = Field(description="The article: its text, or an HTML page with input_format html or auto.")


class ServerError(Exception):
    """An answer other than 200, as a problem: ``status``, one-line ``detail``, optional ``code``."""

    def __init__(self, status: int, detail: str, *, code: str | None = None, headers: dict | None = None) -> None:
        super().__init__(detail)
        self.status, self.detail, self.code, self.headers = status, detail, code, headers or {}


def _request_id(request: Request) -> str | None:
    return request.scope.get("state", {}).get("request_id")


def _problem_response(request: Request, status: int, detail: str, *, code: str | None = None,
                      headers: dict | None = None, **extra) -> JSONResponse:
    return JSONResponse(problem(status, detail, code=code, request_id=_request_id(request), **extra),
                        status_code=status, media_type=PROBLEM_TYPE, headers=headers)


def _validation_detail(exc: ValidationError | RequestValidationError) -> str:
    first = exc.errors()[0]
    where = ".".join(str(p) for p in first.get("loc", ()) if p != "body") or "body"
    return f"{where}: {first.get('msg', 'invalid')}"


def _media_type(request: Request) -> tuple[str, dict[str, str]]:
    raw = request.headers.get("content-type", "")
    media, *params = [p.strip() for p in raw.split(";")]
    options = {}
    for p in params:
        name, _, value = p.partition("=")
        options[name.strip().lower()] = value.strip().strip('"')
    return media.lower(), options


def _decode(body: bytes, charset: str | None) -> str:
    try:
        if not charset:
            return decode_bytes(body)
        try:
            return check_text(body.decode(charset))
        except LookupError:
            raise ServerError(415, f"unknown charset {charset!r}") from None
        except UnicodeDecodeError as exc:
            raise ServerError(422, f"the body is not valid {charset} (byte {exc.start})", code="E004") from None
    except AttributionError as exc:
        raise ServerError(status_of(exc.code), exc.message, code=exc.code) from None


def _no_lone_surrogates(value: str | None, field: str) -> None:
    """Raise a 422 when ``value`` holds a lone surrogate (JSON can carry one; no text can be written with it)."""
    if value is None:
        return
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise ServerError(422, f"{field}: a lone surrogate (U+{ord(value[exc.start]):04X}) at character {exc.start} "
                          "is not text", code="E004") from None


def _query_options(request: Request, defaults: dict) -> AuditOptions:
    raw: dict = dict(defaults)
    for name in request.query_params:
        values = request.query_params.getlist(name)
        if name in ("select", "ignore"):
            raw[name] = [p.strip() for v in values for p in v.split(",") if p.strip()]
        else:
            raw[name] = values[-1]
    try:
        return AuditOptions.model_validate(raw)
    except ValidationError as exc:
        raise ServerError(422, _validation_detail(exc)) from None


def create_app(settings: ServerSettings | None = None, *, pool: AuditPool | None = None) -> FastAPI:
    """Return the FastAPI application for ``settings``; its lifespan starts and stops the worker pool."""
    if settings is None:  # e.g. `uvicorn --factory attribution.server:create_app`: the environment and pyproject
        from ..config import discover
        from .settings import resolve_settings

        settings = resolve_settings(discover())
    key = settings.api_key.encode("utf-8") if settings.api_key else None
    _log_somewhere()

    @contextlib.asynccontextmanager
    async def lifespan(app: FastAPI):
        app.state.pool = pool or AuditPool(settings.workers, timeout=settings.timeout,
                                           queue_timeout=settings.queue_timeout)
        await app.state.pool.start()
        LOG.info("attribution %s: %d audit worker(s) ready", __version__, settings.workers)
        try:
            yield
        finally:
            await app.state.pool.close()

    app = FastAPIOffline(
        title="attribution", version=__version__, lifespan=lifespan,
        redoc_url=None,  # ReDoc's bundle loads its logo from a CDN; Swagger UI at /docs needs nothing outside
        swagger_ui_parameters={"validatorUrl": None},  # Swagger UI would otherwise call validator.swagger.io
        description="Audit how a news article is sourced: every quote and paraphrase, its source, named or "
        "anonymous, and the editorial policy findings. See docs/server.md.",
    )

    def has_key(request: Request, form_key: str | None = None) -> bool:
        if key is None:
            return True
        scheme, _, token = request.headers.get("authorization", "").partition(" ")
        # Header values arrive as latin-1 text: their bytes are what the client sent (UTF-8 for a UTF-8 key).
        offered = [token.strip().encode("latin-1", "replace")] if scheme.lower() == "bearer" else []
        if form_key is not None:
            offered.append(form_key.encode("utf-8", "replace"))
        return any(hmac.compare_digest(o, key) for o in offered)

    def authorize(request: Request, form_key: str | None = None) -> None:
        if not has_key(request, form_key):
            how = "send 'Authorization: Bearer KEY'"
            if request.url.path.startswith("/v2/"):
                how += " or LanguageTool's apiKey field"
            raise ServerError(401, f"a valid API key is required: {how}",
                              headers={"WWW-Authenticate": 'Bearer realm="attribution"'})

    async def run(job: Job):
        try:
            return await app.state.pool.run(job)
        except PoolError as exc:
            headers = {"Retry-After": "5"} if exc.status == 503 else None
            raise ServerError(exc.status, exc.message, headers=headers) from None

    @app.exception_handler(ServerError)
    async def server_error(request: Request, exc: ServerError):
        return _problem_response(request, exc.status, exc.detail, code=exc.code, headers=exc.headers)

    @app.exception_handler(BodyTooLarge)
    async def body_too_large(request: Request, exc: BodyTooLarge):
        return _problem_response(request, 413, f"the request body went over the limit of {settings.max_body_bytes:,} "
                                 "bytes as it was read", code="E006")

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException):
        return _problem_response(request, exc.status_code, str(exc.detail), headers=getattr(exc, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError):
        return _problem_response(request, 422, _validation_detail(exc))

    @app.exception_handler(Exception)
    async def unexpected(request: Request, exc: Exception):
        LOG.exception("request %s failed", _request_id(request))
        return _problem_response(request, 500, f"internal error ({type(exc).__name__}); please report it",
                                 code="E099")

    problem_schema = {"type": "object", "properties": {
        "type": {"type": "string"}, "title": {"type": "string"}, "status": {"type": "integer"},
        "detail": {"type": "string"}, "code": {"type": "string"}, "instance": {"type": "string"}}}
    problems = {str(s): {"description": d, "content": {PROBLEM_TYPE: {"schema": problem_schema}}} for s, d in (
        (401, "No API key, or a wrong one"), (413, "The body or the article is over the size limit"),
        (415, "Not JSON, text/plain or text/html"), (422, "Malformed JSON, a bad field, or an article that "
                                                        "cannot be audited (empty, binary, no article in the page)"),
        (503, "Every worker stayed busy"), (504, "The audit took longer than the timeout"))}

    def only(*statuses: int) -> dict:
        return {str(st): problems[str(st)] for st in statuses}

    @app.post("/v1/audit", summary="Audit one article", responses={
        200: {"description": "The report in the format asked for: json is the Report of `audit(text)`.",
              "content": {m.split(";")[0]: ({"schema": {"$ref": "#/components/schemas/Report"}}
                                            if m == "application/json" else {}) for m in FORMATS.values()}},
        **problems},
        openapi_extra={"requestBody": {"required": True, "content": {
            "application/json": {"schema": AuditRequest.model_json_schema()},
            "text/plain": {"schema": {"type": "string"}},
            "text/html": {"schema": {"type": "string"}}}},
            "parameters": [{"name": n, "in": "query", "required": False, "schema": s, "description": d}
                           for n, s, d in (
                ("id", {"type": "string"}, "text bodies: the article's id"),
                ("fast", {"type": "boolean"}, "text bodies: the parse-free fast path"),
                ("input_format", {"enum": ["auto", "text", "html"]}, "text bodies: how to read the body"),
                ("select", {"type": "string"}, "text bodies: rules to keep, comma-separated"),
                ("ignore", {"type": "string"}, "text bodies: rules to leave out, comma-separated"),
                ("format", {"enum": list(FORMATS)}, "text bodies: the rendering"))]})
    async def audit_article(request: Request) -> Response:
        """Return the audit of the article in the body (JSON with options, or the article as text/plain or text/html)."""
        authorize(request)
        media, params = _media_type(request)
        if media == "application/json" or media.endswith("+json"):
            if request.query_params:
                raise ServerError(422, "with a JSON body, give the options as JSON fields, not query parameters")
            body = await request.body()
            try:
                data = json.loads(body)
            except (json.JSONDecodeError, UnicodeDecodeError) as exc:
                raise ServerError(422, f"malformed JSON ({getattr(exc, 'msg', exc)})") from None
            except RecursionError:
                raise ServerError(422, "malformed JSON (nested too deeply)") from None
            try:
                options = AuditRequest.model_validate(data)
            except ValidationError as exc:
                raise ServerError(422, _validation_detail(exc)) from None
            text = options.text
            _no_lone_surrogates(text, "text")
        elif media in ("text/plain", "text/html"):
            options = _query_options(request, {"input_format": "text" if media == "text/plain" else "html"})
            text = _decode(await request.body(), params.get("charset"))
        else:
            raise ServerError(415, f"content type {media or '(none)'!r} is not application/json, text/plain "
                              "or text/html")
        _no_lone_surrogates(options.id, "id")
        unknown = unknown_patterns(options.select + options.ignore)
        if unknown:
            raise ServerError(422, f"'{unknown[0]}' names no rule (see GET /v1/rules)", code="E020")
        config = settings.config.with_overrides(select=options.select, ignore=options.ignore)
        outcome = await run(Job(text=text, doc_id=options.id, fast=options.fast, input_format=options.input_format,
                                format=options.format, config=config))
        if not outcome.ok:
            raise ServerError(status_of(outcome.code), outcome.message, code=outcome.code)
        return Response(outcome.body, media_type=outcome.media_type)

    @app.get("/v1/rules", summary="The policy rules, as this server applies them", responses=only(401))
    async def rules(request: Request) -> Response:
        """Return the rule table: code, name, severity (as configured), enabled (selected and not ignored by
        the server's policy), summary, message, docs, rationale, heuristic, fires and passes (examples)."""
        authorize(request)
        from ..render.rules import render_rules
        from ..rules import BY_CODE, selected, severity_of

        enabled = {r.code for r in selected(settings.config)}
        table = json.loads(render_rules("json"))
        for row in table:
            row["severity"] = severity_of(BY_CODE[row["code"]], settings.config)
            row["enabled"] = row["code"] in enabled
        return JSONResponse(table)

    @app.get("/v2/check", summary="LanguageTool-compatible check (query parameters)", responses=problems,
             operation_id="check_get")
    @app.post("/v2/check", summary="LanguageTool-compatible check", responses=problems, operation_id="check",
                   openapi_extra={"requestBody": {"content": {"application/x-www-form-urlencoded": {"schema": {
                       "type": "object", "properties": {
                           "text": {"type": "string"}, "data": {"type": "string"}, "language": {"type": "string"},
                           "apiKey": {"type": "string"}}}}}}})
    async def check(request: Request) -> Response:
        """Return LanguageTool's answer: one match per finding, offsets in UTF-16 code units."""
        fields = dict(request.query_params)
        if request.method == "POST":
            media, _ = _media_type(request)
            if media not in ("application/x-www-form-urlencoded", "multipart/form-data"):
                raise ServerError(415, f"content type {media or '(none)'!r}: send the fields as a form "
                                  "(application/x-www-form-urlencoded), as LanguageTool clients do")
            authorized = has_key(request)  # a bearer key spares reading the form of a client without one
            form = await request.form(max_part_size=settings.max_body_bytes)
            fields.update({k: v for k, v in form.items() if isinstance(v, str)})
            if not authorized:
                authorize(request, fields.get("apiKey"))
        else:
            authorize(request, fields.get("apiKey"))
        for field in ("text", "data"):
            _no_lone_surrogates(fields.get(field), field)
        try:
            checked = languagetool.read_check_input(fields.get("text"), fields.get("data"))
        except languagetool.CheckInputError as exc:
            raise ServerError(422, str(exc)) from None
        config = _languagetool_rules(settings.config, fields)
        language = languagetool.language_of(fields.get("language"))
        if language is None or not checked.plain.strip():  # English only; an empty text has nothing to find
            language = language or {"name": fields.get("language"), "code": fields.get("language"),
                                    "detectedLanguage": languagetool.LANGUAGE}
            return JSONResponse(languagetool.check_answer([], language))
        outcome = await run(Job(text=checked.plain, input_format="text", format="languagetool",
                                config=config, check=checked))
        if not outcome.ok:
            raise ServerError(status_of(outcome.code), outcome.message, code=outcome.code)
        found = json.loads(outcome.body)
        for match in found:  # rule links a client can open: the server's rule page
            match["rule"]["urls"] = [{"value": f"{request.base_url}rules#{match['rule']['id'].lower()}"}]
        return JSONResponse(languagetool.check_answer(found, language))

    @app.get("/v2/languages", summary="LanguageTool's language list", responses=only(401))
    async def languages(request: Request) -> Response:
        """Return the languages the check supports (English), as LanguageTool lists them."""
        authorize(request, request.query_params.get("apiKey"))
        return JSONResponse([languagetool.LANGUAGE])

    @app.head("/healthz", include_in_schema=False)
    @app.get("/healthz", summary="Liveness and the worker pool", responses={503: {"description": "No audit worker is alive"}})
    async def healthz(request: Request) -> Response:
        """Return ``{"status": "ok", ...}`` with the worker counts (503 when no worker is alive)."""
        status = app.state.pool.status()
        alive = status["alive"] > 0
        return JSONResponse({"status": "ok" if alive else "unavailable", "version": __version__, **status},
                            status_code=200 if alive else 503)

    @app.get("/rules", include_in_schema=False)
    async def rules_page() -> HTMLResponse:
        """Return the rules as a page: what the report's rule links open."""
        from .rules_page import rules_html

        return HTMLResponse(rules_html())

    @app.get("/favicon.ico", include_in_schema=False)
    async def favicon() -> Response:
        """Return nothing, said plainly (browsers ask for it)."""
        return Response(status_code=204)

    page = importlib.resources.files(__package__).joinpath("page.html").read_text(encoding="utf-8")

    @app.get("/", include_in_schema=False)
    async def editor_page() -> HTMLResponse:
        """Return the editors' page (no asset from outside the server)."""
        return HTMLResponse(page, headers={
            "Content-Security-Policy": "default-src 'self'; script-src 'self' 'unsafe-inline'; "
            "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; frame-src 'self' blob: data:; "
            "connect-src 'self'; object-src 'none'; base-uri 'none'"})

    app.add_middleware(BodyLimit, max_body_bytes=settings.max_body_bytes)
    if settings.cors_origins:  # added after: outside the body limit, so a browser can read a 413 too
        from fastapi.middleware.cors import CORSMiddleware

        app.add_middleware(CORSMiddleware, allow_origins=list(settings.cors_origins), allow_methods=["GET", "POST"],
                           allow_headers=["Authorization", "Content-Type", "X-Request-ID"],
                           expose_headers=["X-Request-ID"], max_age=600)
    def openapi() -> dict:
        """Return the OpenAPI schema with the Report model, its parts and the bearer key scheme."""
        if app.openapi_schema is None:
            from fastapi.openapi.utils import get_openapi

            from ..model import Report

            spec = get_openapi(title=app.title, version=app.version, description=app.description, routes=app.routes)
            report = Report.model_json_schema(ref_template="#/components/schemas/{model}")
            components = spec.setdefault("components", {})
            components.setdefault("schemas", {}).update({"Report": {k: v for k, v in report.items() if k != "$defs"},
                                                         **report.get("$defs", {})})
            components["securitySchemes"] = {"bearer": {"type": "http", "scheme": "bearer",
                                                        "description": "ATTRIBUTION_API_KEY, when the server has one"}}
            for path, operations in spec["paths"].items():
                if path.startswith(("/v1/", "/v2/")):
                    for operation in operations.values():
                        operation["security"] = [{"bearer": []}]
            app.openapi_schema = spec
        return app.openapi_schema

    app.openapi = openapi

    # The request log is the outermost layer, outside even Starlette's error middleware, so that every
    # answer (a 500 too) carries its request id and is logged.
    build_stack = app.build_middleware_stack
    app.build_middleware_stack = lambda: RequestLog(build_stack())
    return app


def _languagetool_rules(config, fields: dict):
    """Return ``config`` with LanguageTool's rule fields applied: ``disabledRules`` leave rules out,
    ``enabledRules`` with ``enabledOnly=true`` keep only those; ids that name no rule are passed over, as
    LanguageTool does."""
    def ids(name: str) -> list[str]:
        given = [p.strip() for p in fields.get(name, "").split(",") if p.strip()]
        bad = set(unknown_patterns(given))
        return [p for p in given if p not in bad]

    only = ids("enabledRules") if fields.get("enabledOnly", "").lower() == "true" else []
    return config.with_overrides(select=only, ignore=ids("disabledRules"))


def _log_somewhere() -> None:
    """Send the access log to stderr when nothing else takes it (``uvicorn --factory`` configures no logging)."""
    access = logging.getLogger("attribution.server")
    if not logging.getLogger().handlers and not access.handlers:
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        access.addHandler(handler)
        access.setLevel(logging.INFO)
