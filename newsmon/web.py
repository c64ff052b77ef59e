"""`newsmon serve`: a read-only web view and JSON API of the database (FastAPI + uvicorn).

HTML: `/report` (the report of `newsmon report` for any topic and date range) and
searchable tables `/articles`, `/mentions`, `/claims`, `/articles/{id}`. JSON API:
`/api/articles`, `/api/articles/{id}`, `/api/mentions`, `/api/claims`, `/api/changes`,
`/api/runs`, with the filters of `newsmon query` and `format=json|jsonl|csv`; described
at `/openapi.json`. Only GET routes exist, so other methods get 405. Pages come from the
autoescaping templates of `newsmon.report` and carry a Content-Security-Policy that
allows no script at all.
"""

from __future__ import annotations

import io
import json
import os
import socket
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta
from typing import Annotated, Any, Literal

import click
import uvicorn
from fastapi import Depends, FastAPI, HTTPException, Path, Query, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from pydantic import BeforeValidator

from newsmon.output import write_csv
from newsmon.params import DATE
from newsmon.report import (
    CATEGORIES,
    ReportQuery,
    collect_report,
    flat_claim_row,
    render_page,
    render_report,
)
from storage.db import Database, StorageError, safe_url
from storage.queries import (
    article_detail,
    article_rows,
    cited_change_rows,
    claim_rows,
    mention_rows,
    recent_runs,
    worker_job_counts,
)
from storage.records import ArticleFilter, ChangeFilter, ClaimFilter, MentionFilter

Category = Literal["killed", "wounded", "casualties", "missing", "captured"]
Format = Literal["json", "jsonl", "csv"]
MAX_LIMIT = 10_000
SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; "
                               "img-src 'self' data:; form-action 'self'; base-uri 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
}
ARTICLE_COLUMNS = ["id", "published_at", "outlet", "title", "topics", "url"]
MENTION_COLUMNS = ["published_at", "outlet", "category", "low", "high", "qualifier", "group",
                   "attribution", "sentence", "article_id", "article_url"]
CLAIM_COLUMNS = ["first_seen", "category", "low", "high", "group", "attributions", "outlets",
                 "articles", "citations"]


# -- parameters: the filters of `newsmon query` --------------------------------------------
def _blank(value: Any) -> Any:
    """Empty form fields (`?since=`) mean "no filter"."""
    return None if value == "" else value


def _date(value: Any) -> Any:
    if value in (None, ""):
        return None
    try:
        return DATE.convert(value, None, None)
    except click.BadParameter as exc:
        raise ValueError(exc.message) from None


DATE_HELP = "YYYY-MM-DD, an ISO 8601 time, or an age such as 7d, 12h, 2w"
Since = Annotated[datetime | None, BeforeValidator(_date),
                  Query(description=f"On/after: {DATE_HELP}")]
Until = Annotated[datetime | None, BeforeValidator(_date),
                  Query(description=f"Before: {DATE_HELP}")]
Topic = Annotated[str | None, BeforeValidator(_blank), Query(description="Topic name")]
Outlets = Annotated[list[str], Query(description="Outlet name (repeatable)")]
CategoryQ = Annotated[Category | None, BeforeValidator(_blank), Query()]
Text = Annotated[str | None, BeforeValidator(_blank),
                 Query(description="Case-insensitive substring")]
MinCount = Annotated[int | None, BeforeValidator(_blank),
                     Query(ge=0, description="Only figures of at least N")]
Limit = Annotated[int | None, BeforeValidator(_blank), Query(ge=1, le=MAX_LIMIT)]
FormatQ = Annotated[Format, Query(description="json (default), jsonl or csv")]


def article_filter(since: Since = None, until: Until = None, outlet: Outlets = [],  # noqa: B006
                   topic: Topic = None, search: Text = None,
                   limit: Annotated[int, BeforeValidator(lambda v: 100 if v == "" else v),
                                    Query(ge=1, le=MAX_LIMIT)] = 100) -> ArticleFilter:
    return ArticleFilter(since=since, until=until, outlets=tuple(o for o in outlet if o),
                         topic=topic, search=search, limit=limit)


def mention_filter(since: Since = None, until: Until = None, category: CategoryQ = None,
                   group: Text = None, attribution: Text = None,
                   outlet: Outlets = [], topic: Topic = None,  # noqa: B006
                   min_count: MinCount = None, limit: Limit = None) -> MentionFilter:
    return MentionFilter(since=since, until=until, category=category, group=group,
                         attribution=attribution, outlets=tuple(o for o in outlet if o),
                         topic=topic, min_count=min_count, limit=limit)


def claim_filter(since: Since = None, until: Until = None, category: CategoryQ = None,
                 group: Text = None, topic: Topic = None, min_count: MinCount = None,
                 limit: Limit = None) -> ClaimFilter:
    return ClaimFilter(since=since, until=until, category=category, group=group, topic=topic,
                       min_count=min_count, limit=limit)


def change_filter(since: Since = None, until: Until = None, outlet: Outlets = [],  # noqa: B006
                  category: CategoryQ = None, limit: Limit = None) -> ChangeFilter:
    return ChangeFilter(since=since, until=until, outlets=tuple(o for o in outlet if o),
                        category=category, limit=limit)


# -- responses -----------------------------------------------------------------------------
def rows_response(rows: list[dict[str, Any]], fmt: str, name: str) -> Response:
    if fmt == "csv":
        buf = io.StringIO()
        write_csv([_csv_cells(r) for r in rows], buf)
        return Response(buf.getvalue(), media_type="text/csv; charset=utf-8",
                        headers={"Content-Disposition": f'inline; filename="{name}.csv"'})
    if fmt == "jsonl":
        body = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in jsonable_encoder(rows))
        return Response(body, media_type="application/x-ndjson; charset=utf-8")
    return JSONResponse(jsonable_encoder(rows))


def _csv_cells(row: dict[str, Any]) -> dict[str, Any]:
    return {k: json.dumps(jsonable_encoder(v), ensure_ascii=False) if isinstance(v, dict) else v
            for k, v in row.items()}


def html(page: str) -> HTMLResponse:
    return HTMLResponse(page)


def _filter_fields(request: Request, names: list[str]) -> list[dict[str, Any]]:
    labels = {"since": "since (YYYY-MM-DD or 7d)", "min_count": "min figure"}
    return [{"name": n, "label": labels.get(n, n), "value": request.query_params.get(n),
             "options": CATEGORIES if n == "category" else None,
             "type": "number" if n in ("min_count", "limit") else "text"} for n in names]


def _table_page(request: Request, title: str, path: str, fields: list[str],
                columns: list[str], rows: list[dict[str, Any]],
                detail_prefix: str | None = None) -> HTMLResponse:
    query = request.url.query
    api_url = f"/api{path}" + (f"?{query}" if query else "")
    csv_url = api_url + ("&" if query else "?") + "format=csv"
    return html(render_page("table.html", title=title, web=True,
                            fields=_filter_fields(request, fields), action=path,
                            columns=columns, rows=rows, api_url=api_url, csv_url=csv_url,
                            detail_prefix=detail_prefix))


# -- the app -------------------------------------------------------------------------------
def create_app(db: Database) -> FastAPI:
    """The read-only app over `db` (every route is a GET)."""
    app = FastAPI(title="newsmon", version="0.1.0", docs_url=None, redoc_url=None,
                  description="Read-only view of newsmon's articles, casualty mentions, "
                              "claims, figure changes and crawl runs.")
    _add_middleware(app)
    _add_error_handlers(app)
    _add_api_routes(app, db)
    _add_html_routes(app, db)
    return app


def _add_middleware(app: FastAPI) -> None:
    @app.middleware("http")
    async def security_headers(request: Request,
                               call_next: Callable[[Request], Awaitable[Response]]) -> Response:
        response = await call_next(request)
        for name, value in SECURITY_HEADERS.items():
            response.headers.setdefault(name, value)
        return response


def _add_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(RequestValidationError)
    async def bad_filter(request: Request, exc: RequestValidationError) -> Response:
        message = "; ".join(_describe(e) for e in exc.errors())
        if request.url.path.startswith("/api/"):
            return JSONResponse({"message": message, "detail": jsonable_encoder(exc.errors())},
                                status_code=422)
        page = render_page("index.html", title=f"Bad request: {message}", web=True,
                           database="the database")
        return HTMLResponse(page, status_code=422)

    @app.exception_handler(StorageError)
    async def storage_down(request: Request, exc: StorageError) -> Response:
        return JSONResponse({"message": str(exc)}, status_code=503)


def _describe(error: dict[str, Any]) -> str:
    field = ".".join(str(p) for p in error.get("loc", ()) if p not in ("query", "path"))
    text = str(error.get("msg", "invalid")).removeprefix("Value error, ")
    return f"{field}: {text}" if field else text


def _add_api_routes(app: FastAPI, db: Database) -> None:
    @app.get("/api/articles", tags=["api"], summary="Stored articles, newest first")
    def api_articles(where: Annotated[ArticleFilter, Depends(article_filter)],
                     format: FormatQ = "json") -> Response:  # noqa: A002
        with db.begin() as session:
            return rows_response(article_rows(session, where), format, "articles")

    @app.get("/api/articles/{article_id}", tags=["api"],
             summary="One article with its current casualty mentions")
    def api_article(article_id: Annotated[int, Path(ge=1)]) -> Response:
        with db.begin() as session:
            row = article_detail(session, article_id)
        if row is None:
            raise HTTPException(404, f"no article {article_id}")
        return JSONResponse(jsonable_encoder(row))

    @app.get("/api/mentions", tags=["api"], summary="Casualty mentions with their citation")
    def api_mentions(where: Annotated[MentionFilter, Depends(mention_filter)],
                     format: FormatQ = "json") -> Response:  # noqa: A002
        with db.begin() as session:
            return rows_response(mention_rows(session, where), format, "mentions")

    @app.get("/api/claims", tags=["api"],
             summary="Claims (figures counted once across outlets) with citations")
    def api_claims(where: Annotated[ClaimFilter, Depends(claim_filter)],
                   format: FormatQ = "json") -> Response:  # noqa: A002
        with db.begin() as session:
            rows = claim_rows(session, where)
        if format == "csv":
            rows = [flat_claim_row(r) for r in rows]
        return rows_response(rows, format, "claims")

    @app.get("/api/changes", tags=["api"], summary="Figures changed in edited stories")
    def api_changes(where: Annotated[ChangeFilter, Depends(change_filter)],
                    format: FormatQ = "json") -> Response:  # noqa: A002
        with db.begin() as session:
            return rows_response(cited_change_rows(session, where), format, "changes")

    @app.get("/api/runs", tags=["api"], summary="Recent crawl runs, newest first")
    def api_runs(limit: Annotated[int, Query(ge=1, le=1000)] = 20,
                 format: FormatQ = "json") -> Response:  # noqa: A002
        with db.begin() as session:
            rows = [_run_row(r) for r in recent_runs(session, limit)]
        return rows_response(rows, format, "runs")

    @app.get("/api/runs/workers", tags=["api"],
             summary="Crawl jobs per worker: running now, done in the last 24 h; queued on "
                     "$NEWSMON_BROKER when the server knows it")
    def api_run_workers() -> dict[str, Any]:
        with db.begin() as session:
            workers = worker_job_counts(session, datetime.now(UTC) - timedelta(hours=24))
        broker = os.environ.get("NEWSMON_BROKER")
        return {"workers": workers, "queued": _queued_jobs(broker) if broker else None}


def _queued_jobs(broker: str) -> int | None:
    from newsmon.jobs import queued_jobs

    return queued_jobs(broker)


def _run_row(run: Any) -> dict[str, Any]:
    return {name: getattr(run, name) for name in
            ("id", "trigger", "started_at", "finished_at", "status", "exit_code", "duration_s",
             "outlets", "errors", "worker", "job_id")}


def _add_html_routes(app: FastAPI, db: Database) -> None:
    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def index() -> HTMLResponse:
        return html(render_page("index.html", title="newsmon", web=True,
                                database=safe_url(db.url)))

    @app.get("/report", response_class=HTMLResponse, tags=["html"],
             summary="The report for a topic and date range")
    def report(request: Request, topic: Topic = None, since: Since = None,
               until: Until = None) -> HTMLResponse:
        with db.begin() as session:
            data = collect_report(session, ReportQuery(topic, since, until))
        return html(render_report(data, web=True, form=dict(request.query_params)))

    @app.get("/articles", response_class=HTMLResponse, tags=["html"])
    def articles(request: Request,
                 where: Annotated[ArticleFilter, Depends(article_filter)]) -> HTMLResponse:
        with db.begin() as session:
            rows = article_rows(session, where)
        return _table_page(request, "Articles", "/articles",
                           ["search", "topic", "outlet", "since", "until", "limit"],
                           ARTICLE_COLUMNS, rows, detail_prefix="/articles/")

    @app.get("/articles/{article_id}", response_class=HTMLResponse, tags=["html"])
    def article(article_id: Annotated[int, Path(ge=1)]) -> HTMLResponse:
        with db.begin() as session:
            row = article_detail(session, article_id)
        if row is None:
            raise HTTPException(404, f"no article {article_id}")
        return html(render_page("article.html", title=row["title"] or "article", web=True,
                                article=row))

    @app.get("/mentions", response_class=HTMLResponse, tags=["html"])
    def mentions(request: Request,
                 where: Annotated[MentionFilter, Depends(mention_filter)]) -> HTMLResponse:
        with db.begin() as session:
            rows = mention_rows(session, where)
        return _table_page(request, "Casualty mentions", "/mentions",
                           ["category", "group", "attribution", "topic", "outlet", "since",
                            "until", "min_count", "limit"], MENTION_COLUMNS, rows)

    @app.get("/claims", response_class=HTMLResponse, tags=["html"])
    def claims(request: Request,
               where: Annotated[ClaimFilter, Depends(claim_filter)]) -> HTMLResponse:
        with db.begin() as session:
            rows = claim_rows(session, where)
        return _table_page(request, "Claims", "/claims",
                           ["category", "group", "topic", "since", "until", "min_count",
                            "limit"], CLAIM_COLUMNS, rows)


# -- serving ---------------------------------------------------------------------------------
def bind(host: str, port: int) -> socket.socket:
    """A listening socket on host:port (port 0: a free one); click errors when it cannot."""
    try:
        family, kind, proto, _, address = socket.getaddrinfo(
            host, port, type=socket.SOCK_STREAM)[0]
        sock = socket.socket(family, kind, proto)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(address)
    except OSError as exc:
        raise click.ClickException(f"cannot listen on {host}:{port}: {exc.strerror or exc}"
                                   ) from None
    sock.listen(128)
    return sock


def run_server(db: Database, sock: socket.socket) -> None:
    """Serve the app on `sock` until interrupted (SIGINT/SIGTERM stop it cleanly)."""
    config = uvicorn.Config(create_app(db), log_level="info", access_log=True,
                            server_header=False)
    try:
        uvicorn.Server(config).run(sockets=[sock])
    finally:
        sock.close()
        db.dispose()
