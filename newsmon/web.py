"""`newsmon serve`: a read-only web view and JSON API of the database (FastAPI + uvicorn).

HTML: a home page (counts, latest claims, estimates that moved, crawl health), `/report`
(the report of `newsmon report` for any topic and date range), `/estimates` (band charts
and sources side by side), the tables `/articles`, `/mentions`, `/claims`, `/runs` (sorted
by any column header, paged by keyset cursor, filtered, with facet counts) and
`/articles/{id}`. JSON API: `/api/articles`, `/api/articles/{id}`, `/api/mentions`,
`/api/claims`, `/api/changes`, `/api/runs`, `/api/estimates`, with the filters of
`newsmon query`, `sort`, `cursor` and `limit` (the next page is in the `Link` header) and
any format of `newsmon.output.FORMATS` (`format=json|jsonl|csv|table`); described at
`/openapi.json`. Only GET routes exist, so other methods get 405. Errors are JSON under
/api/ and HTML pages elsewhere. Pages come from the autoescaping templates of
`newsmon.report` and carry a Content-Security-Policy that allows no script at all.
"""

from __future__ import annotations

import logging
import os
import socket
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import Annotated, Any, Literal

import uvicorn
from fastapi import Depends, FastAPI, HTTPException, Path, Query, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from pydantic import AfterValidator, BeforeValidator
from starlette.exceptions import HTTPException as StarletteHTTPException

from newsmon.output import FORMATS, PLAIN, VIEWS, View, render_text
from newsmon.report import (
    CATEGORIES,
    ReportQuery,
    band_charts,
    collect_report,
    render_page,
    render_report,
)
from newsmon.views import (
    ALL_VIEWS,
    ARTICLE_VIEW,
    CLAIM_VIEW,
    ESTIMATE_LIMIT,
    ESTIMATE_VIEW,
    MENTION_VIEW,
    RUN_VIEW,
    TableView,
    estimate_facets,
    estimate_page,
    estimate_sort_links,
    home_context,
    kept_estimate_page,
    listed_estimates,
    table_context,
)
from newsmon.when import parse_when
from storage.browse import (
    DEFAULT_LIMIT,
    MAX_LIMIT,
    Facets,
    Page,
    PageError,
    PageRequest,
    article_facets,
    article_page,
    change_page,
    claim_facets,
    claim_page,
    mention_facets,
    mention_page,
    run_facets,
    run_page,
)
from storage.db import Database, StorageError, safe_url
from storage.queries import (
    BLANK_KINDS,
    article_detail,
    blank_row,
    estimate_rows,
    worker_job_counts,
)
from storage.records import (
    MAX_INT,
    ArticleFilter,
    ChangeFilter,
    ClaimFilter,
    EstimateFilter,
    MentionFilter,
    RunFilter,
)

Category = Literal["killed", "wounded", "casualties", "missing", "captured"]
LOG = logging.getLogger("newsmon.web")
SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; "
                               "img-src 'self' data:; form-action 'self'; base-uri 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
}


# -- parameters: the filters of `newsmon query` --------------------------------------------
def _blank(value: Any) -> Any:
    """Empty form fields (`?since=`) mean "no filter"."""
    return None if value == "" else value


def _printable(value: Any) -> Any:
    """Text filters never hold a NUL: PostgreSQL refuses it in any string."""
    texts = value if isinstance(value, list) else [value]
    if any(isinstance(t, str) and "\x00" in t for t in texts):
        raise ValueError("contains a NUL character")
    return value


def _date(value: Any) -> Any:
    if value in (None, ""):
        return None
    return parse_when(str(value))


DATE_HELP = "YYYY-MM-DD, an ISO 8601 time, or an age such as 7d, 12h, 2w"
Since = Annotated[datetime | None, BeforeValidator(_date),
                  Query(description=f"On/after: {DATE_HELP}")]
Until = Annotated[datetime | None, BeforeValidator(_date),
                  Query(description=f"Before: {DATE_HELP}")]
Topic = Annotated[str | None, BeforeValidator(_blank), AfterValidator(_printable),
                  Query(description="Topic name")]
Outlets = Annotated[list[str], AfterValidator(_printable),
                    Query(description="Outlet name (repeatable)")]
CategoryQ = Annotated[Category | None, BeforeValidator(_blank), Query()]
Text = Annotated[str | None, BeforeValidator(_blank), AfterValidator(_printable),
                 Query(description="Case-insensitive substring")]
Search = Annotated[str | None, BeforeValidator(_blank), AfterValidator(_printable),
                   Query(description="Words that must all be in the title or text, "
                         "case-insensitive; the last may be a word's start (storage/search.py)")]
MinCount = Annotated[int | None, BeforeValidator(_blank),
                     Query(ge=0, le=MAX_INT, description="Only figures of at least N")]
ArticleId = Annotated[int, Path(ge=1, le=MAX_INT)]


def _format(value: str) -> str:
    if value not in FORMATS:
        raise ValueError(f"unknown format {value!r} (one of: {', '.join(FORMATS)})")
    return value


FormatQ = Annotated[str, AfterValidator(_format),
                    Query(description="json (default), jsonl, csv or table: newsmon.output")]
Sort = Annotated[str | None, BeforeValidator(_blank),
                 Query(description="Column to sort by, e.g. published_at; prefix - for "
                                   "descending (the default order is newest first)")]
Cursor = Annotated[str | None, BeforeValidator(_blank),
                   Query(description="Where the page starts: the cursor of the previous "
                                     "page's Link rel=next (keyset pagination)")]
PageLimit = Annotated[int, BeforeValidator(lambda v: DEFAULT_LIMIT if v == "" else v),
                      Query(ge=1, le=MAX_LIMIT, description="Rows per page")]
Word = Annotated[str | None, BeforeValidator(_blank), AfterValidator(_printable), Query()]


def page_request(sort: Sort = None, cursor: Cursor = None,
                 limit: PageLimit = DEFAULT_LIMIT) -> PageRequest:
    return PageRequest(sort=sort, cursor=cursor, limit=limit)


def _outlets(outlet: list[str]) -> tuple[str, ...]:
    return tuple(o for o in outlet if o)


def article_filter(since: Since = None, until: Until = None, outlet: Outlets = [],  # noqa: B006
                   topic: Topic = None, search: Search = None) -> ArticleFilter:
    return ArticleFilter(since=since, until=until, outlets=_outlets(outlet), topic=topic,
                         search=search, limit=None)


def mention_filter(since: Since = None, until: Until = None, category: CategoryQ = None,
                   group: Text = None, attribution: Text = None,
                   outlet: Outlets = [], topic: Topic = None,  # noqa: B006
                   min_count: MinCount = None) -> MentionFilter:
    return MentionFilter(since=since, until=until, category=category, group=group,
                         attribution=attribution, outlets=_outlets(outlet), topic=topic,
                         min_count=min_count)


def claim_filter(since: Since = None, until: Until = None, category: CategoryQ = None,
                 group: Text = None, topic: Topic = None, min_count: MinCount = None,
                 outlet: Outlets = []) -> ClaimFilter:  # noqa: B006
    return ClaimFilter(since=since, until=until, category=category, group=group, topic=topic,
                       min_count=min_count, outlets=_outlets(outlet))


def run_filter(since: Since = None, until: Until = None, status: Word = None,
               trigger: Word = None) -> RunFilter:
    return RunFilter(since=since, until=until, status=status, trigger=trigger)


def change_filter(since: Since = None, until: Until = None, outlet: Outlets = [],  # noqa: B006
                  category: CategoryQ = None, topic: Topic = None) -> ChangeFilter:
    return ChangeFilter(since=since, until=until, outlets=_outlets(outlet),
                        category=category, topic=topic)


# -- responses -----------------------------------------------------------------------------
def rows_response(rows: list[dict[str, Any]], fmt: str, name: str,
                  view: View = PLAIN) -> Response:
    """Rows in any registered format (newsmon.output.FORMATS), as the CLI writes them."""
    output = FORMATS[fmt]
    headers = {"Content-Disposition": f'inline; filename="{name}.{fmt}"'} if output.flat else {}
    blank = blank_row(name) if name in BLANK_KINDS else None  # a CSV header without rows
    return Response(render_text(rows, fmt, view, blank), media_type=output.media_type,
                    headers=headers)


def page_response(request: Request, page: Page, fmt: str, name: str,
                  view: View = PLAIN) -> Response:
    """One page of rows; a `Link: <...>; rel="next"` header points at the next page."""
    response = rows_response(page.rows, fmt, name, view)
    if page.next_cursor:
        response.headers["Link"] = (f'<{request.url.include_query_params(cursor=page.next_cursor)}>'
                                    '; rel="next"')
    return response


def estimate_filter(group: Text = None, category: CategoryQ = None, topic: Topic = None,
                    until: Until = None,
                    window_days: Annotated[float | None, BeforeValidator(_blank),
                                           Query(gt=0, le=3650)] = None) -> EstimateFilter:
    return EstimateFilter(group=group, category=category, topic=topic, until=until,
                          window_days=window_days or 0)


NO_ALIASES = EstimateFilter()


class ServeError(Exception):
    """The server cannot start (the address is taken...); the message is one line."""


def html(page: str, status_code: int = 200) -> HTMLResponse:
    return HTMLResponse(page, status_code=status_code)


def _filter_fields(request: Request, names: tuple[str, ...]) -> list[dict[str, Any]]:
    labels = {"since": "since (YYYY-MM-DD or 7d)", "min_count": "min figure"}
    return [{"name": n, "label": labels.get(n, n), "value": request.query_params.get(n),
             "options": CATEGORIES if n == "category" else None,
             "type": "number" if n in ("min_count", "limit") else "text"} for n in names]


def table_page(request: Request, view: TableView, page: Page, facets: Facets,
               paging: PageRequest) -> HTMLResponse:
    params = list(request.query_params.multi_items())
    context = table_context(view, params, page, facets, paging)
    return html(render_page("table.html", web=True, fields=_filter_fields(request, view.fields),
                            action=view.path, **context))


def _wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api/") or request.url.path == "/openapi.json"


def error_page(status: int, message: str, headers: Mapping[str, str] | None = None
               ) -> HTMLResponse:
    """An HTML error page (HTML routes answer errors in HTML; only /api/ answers JSON)."""
    page = render_page("error.html", title=f"{status} {_reason(status)}", web=True,
                       status=status, message=message, views=ALL_VIEWS)
    return HTMLResponse(page, status_code=status, headers={**SECURITY_HEADERS, **(headers or {})})


def _reason(status: int) -> str:
    from http import HTTPStatus
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Error"


# -- the app -------------------------------------------------------------------------------
def create_app(db: Database, estimates: EstimateFilter = NO_ALIASES) -> FastAPI:
    """The read-only app over `db` (every route is a GET); `estimates` carries the
    configured group and source aliases and the window of /api/estimates."""
    app = FastAPI(title="newsmon", version="0.1.0", docs_url=None, redoc_url=None,
                  description="Read-only view of newsmon's articles, casualty mentions, "
                              "claims, figure changes and crawl runs.")
    _add_middleware(app)
    _add_error_handlers(app)
    _add_api_routes(app, db)
    _add_estimate_routes(app, db, estimates)
    _add_html_routes(app, db, estimates)
    return app


def _add_middleware(app: FastAPI) -> None:
    @app.middleware("http")
    async def security_headers(request: Request,
                               call_next: Callable[[Request], Awaitable[Response]]) -> Response:
        response = await call_next(request)
        for name, value in SECURITY_HEADERS.items():
            response.headers.setdefault(name, value)
        return response


def _bad_request(request: Request, message: str, detail: Any = None) -> Response:
    if _wants_json(request):
        body = {"message": message, "detail": jsonable_encoder(detail or message)}
        return JSONResponse(body, status_code=422)
    return error_page(422, f"Bad request: {message}")


def _add_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(RequestValidationError)
    async def bad_filter(request: Request, exc: RequestValidationError) -> Response:
        message = "; ".join(_describe(e) for e in exc.errors())
        return _bad_request(request, message, exc.errors())

    @app.exception_handler(PageError)
    async def bad_page(request: Request, exc: PageError) -> Response:
        return _bad_request(request, str(exc))

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        if _wants_json(request):
            return JSONResponse({"detail": exc.detail}, status_code=exc.status_code,
                                headers=exc.headers)
        return error_page(exc.status_code, str(exc.detail), exc.headers)

    @app.exception_handler(StorageError)
    async def storage_down(request: Request, exc: StorageError) -> Response:
        if _wants_json(request):
            return JSONResponse({"message": str(exc)}, status_code=503,
                                headers=SECURITY_HEADERS)
        return error_page(503, str(exc))

    @app.exception_handler(Exception)
    async def failure(request: Request, exc: Exception) -> Response:
        # Starlette answers these outside every middleware: the headers are set here.
        LOG.error("%s %s failed", request.method, request.url.path, exc_info=exc)
        if _wants_json(request):
            return JSONResponse({"message": "internal error"}, status_code=500,
                                headers=SECURITY_HEADERS)
        return error_page(500, "The page could not be made; the error is in the server log.")


def _describe(error: dict[str, Any]) -> str:
    field = ".".join(str(p) for p in error.get("loc", ()) if p not in ("query", "path"))
    text = str(error.get("msg", "invalid")).removeprefix("Value error, ")
    return f"{field}: {text}" if field else text


def _add_api_routes(app: FastAPI, db: Database) -> None:
    @app.get("/api/articles", tags=["api"], summary="Stored articles, newest first")
    def api_articles(request: Request,
                     where: Annotated[ArticleFilter, Depends(article_filter)],
                     paging: Annotated[PageRequest, Depends(page_request)],
                     format: FormatQ = "json") -> Response:  # noqa: A002
        with db.begin() as session:
            page = article_page(session, where, paging)
        return page_response(request, page, format, "articles")

    @app.get("/api/articles/{article_id}", tags=["api"],
             summary="One article with its current casualty mentions")
    def api_article(article_id: ArticleId) -> Response:
        with db.begin() as session:
            row = article_detail(session, article_id)
        if row is None:
            raise HTTPException(404, f"no article {article_id}")
        return JSONResponse(jsonable_encoder(row))

    @app.get("/api/mentions", tags=["api"], summary="Casualty mentions with their citation")
    def api_mentions(request: Request,
                     where: Annotated[MentionFilter, Depends(mention_filter)],
                     paging: Annotated[PageRequest, Depends(page_request)],
                     format: FormatQ = "json") -> Response:  # noqa: A002
        with db.begin() as session:
            page = mention_page(session, where, paging)
        return page_response(request, page, format, "mentions")

    @app.get("/api/claims", tags=["api"],
             summary="Claims (figures counted once across outlets) with citations")
    def api_claims(request: Request, where: Annotated[ClaimFilter, Depends(claim_filter)],
                   paging: Annotated[PageRequest, Depends(page_request)],
                   format: FormatQ = "json") -> Response:  # noqa: A002
        with db.begin() as session:
            page = claim_page(session, where, paging)
        return page_response(request, page, format, "claims", VIEWS["claims"])

    @app.get("/api/changes", tags=["api"], summary="Figures changed in edited stories")
    def api_changes(request: Request, where: Annotated[ChangeFilter, Depends(change_filter)],
                    paging: Annotated[PageRequest, Depends(page_request)],
                    format: FormatQ = "json") -> Response:  # noqa: A002
        with db.begin() as session:
            page = change_page(session, where, paging)
        return page_response(request, page, format, "changes")

    @app.get("/api/runs", tags=["api"], summary="Crawl runs, newest first")
    def api_runs(request: Request, where: Annotated[RunFilter, Depends(run_filter)],
                 paging: Annotated[PageRequest, Depends(page_request)],
                 format: FormatQ = "json") -> Response:  # noqa: A002
        with db.begin() as session:
            page = run_page(session, where, paging)
        return page_response(request, page, format, "runs")

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


def _add_html_routes(app: FastAPI, db: Database, estimates: EstimateFilter) -> None:
    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def index() -> HTMLResponse:
        with db.begin() as session:
            context = home_context(session, estimates)
        return html(render_page("index.html", title="newsmon", web=True,
                                database=safe_url(db.url), **context))

    @app.get("/report", response_class=HTMLResponse, tags=["html"],
             summary="The report for a topic and date range")
    def report(request: Request, topic: Topic = None, since: Since = None,
               until: Until = None) -> HTMLResponse:
        with db.begin() as session:
            data = collect_report(session, ReportQuery(topic, since, until), estimates)
        return html(render_report(data, web=True, form=dict(request.query_params)))

    @app.get("/articles", response_class=HTMLResponse, tags=["html"])
    def articles(request: Request, where: Annotated[ArticleFilter, Depends(article_filter)],
                 paging: Annotated[PageRequest, Depends(page_request)]) -> HTMLResponse:
        with db.begin() as session:
            page = article_page(session, where, paging)
            facets = article_facets(session, where)
        return table_page(request, ARTICLE_VIEW, page, facets, paging)

    @app.get("/articles/{article_id}", response_class=HTMLResponse, tags=["html"])
    def article(article_id: ArticleId) -> HTMLResponse:
        with db.begin() as session:
            row = article_detail(session, article_id)
        if row is None:
            raise HTTPException(404, f"no article {article_id}")
        return html(render_page("article.html", title=row["title"] or "article", web=True,
                                article=row))

    @app.get("/mentions", response_class=HTMLResponse, tags=["html"])
    def mentions(request: Request, where: Annotated[MentionFilter, Depends(mention_filter)],
                 paging: Annotated[PageRequest, Depends(page_request)]) -> HTMLResponse:
        with db.begin() as session:
            page = mention_page(session, where, paging)
            facets = mention_facets(session, where)
        return table_page(request, MENTION_VIEW, page, facets, paging)

    @app.get("/claims", response_class=HTMLResponse, tags=["html"])
    def claims(request: Request, where: Annotated[ClaimFilter, Depends(claim_filter)],
               paging: Annotated[PageRequest, Depends(page_request)]) -> HTMLResponse:
        with db.begin() as session:
            page = claim_page(session, where, paging)
            facets = claim_facets(session, where)
        return table_page(request, CLAIM_VIEW, page, facets, paging)

    @app.get("/runs", response_class=HTMLResponse, tags=["html"])
    def runs(request: Request, where: Annotated[RunFilter, Depends(run_filter)],
             paging: Annotated[PageRequest, Depends(page_request)]) -> HTMLResponse:
        with db.begin() as session:
            page = run_page(session, where, paging)
            facets = run_facets(session, where)
        return table_page(request, RUN_VIEW, page, facets, paging)


def estimate_request(sort: Sort = None, cursor: Cursor = None,
                     limit: Annotated[int, BeforeValidator(
                         lambda v: ESTIMATE_LIMIT if v == "" else v),
                         Query(ge=1, le=MAX_LIMIT, description="Estimates per page")
                     ] = ESTIMATE_LIMIT) -> PageRequest:
    return PageRequest(sort=sort, cursor=cursor, limit=limit)


def _add_estimate_routes(app: FastAPI, db: Database, defaults: EstimateFilter) -> None:
    def configured(where: EstimateFilter) -> EstimateFilter:
        return replace(defaults, group=where.group, category=where.category,
                       topic=where.topic, until=where.until,
                       window_days=where.window_days or defaults.window_days)

    def estimates(where: EstimateFilter) -> list[dict[str, Any]]:
        with db.begin() as session:
            return listed_estimates(session, configured(where))

    def estimate_api_page(where: EstimateFilter, paging: PageRequest, full: bool) -> Page:
        """A page read from the kept estimates (storage.kept_estimates) when they can
        answer the filter; else (or `full`) every estimate reconciled, then paged."""
        where = configured(where)
        with db.begin() as session:
            page = None if full else kept_estimate_page(session, where, paging)
            if page is not None:
                return page
            return estimate_page([row.as_dict() for row in estimate_rows(session, where)],
                                 paging)

    @app.get("/api/estimates", tags=["api"],
             summary="Reconciled estimates per (group, category): low, best, high, sources")
    def api_estimates(request: Request,
                      where: Annotated[EstimateFilter, Depends(estimate_filter)],
                      paging: Annotated[PageRequest, Depends(estimate_request)],
                      full: Annotated[bool, Query(
                          description="Every history step and figure of each estimate, "
                                      "reconciled from all its points (rows list the "
                                      "latest 60 of each)")] = False,
                      format: FormatQ = "json") -> Response:  # noqa: A002
        page = estimate_api_page(where, paging, full)
        return page_response(request, page, format, "estimates", VIEWS["estimates"])

    @app.get("/estimates", response_class=HTMLResponse, tags=["html"])
    def estimates_page(request: Request,
                       where: Annotated[EstimateFilter, Depends(estimate_filter)],
                       paging: Annotated[PageRequest, Depends(estimate_request)]
                       ) -> HTMLResponse:
        rows = estimates(where)
        conflicting = request.query_params.get("conflicting")
        shown = [r for r in rows if conflicting in (None, "", "yes" if r["conflicting"]
                                                     else "no")]
        page = estimate_page(shown, paging)
        params = list(request.query_params.multi_items())
        context = table_context(ESTIMATE_VIEW, params, page, estimate_facets(rows), paging)
        return html(render_page(
            "estimates.html", web=True, charts=band_charts(page.rows),
            sort_links=estimate_sort_links(params, page.sort), action="/estimates",
            fields=_filter_fields(request, ESTIMATE_VIEW.fields), **context))


# -- serving ---------------------------------------------------------------------------------
def bind(host: str, port: int) -> socket.socket:
    """A listening socket on host:port (port 0: a free one); ServeError when it cannot."""
    try:
        family, kind, proto, _, address = socket.getaddrinfo(
            host, port, type=socket.SOCK_STREAM)[0]
        sock = socket.socket(family, kind, proto)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(address)
    except OSError as exc:
        raise ServeError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from None
    sock.listen(128)
    return sock


def run_server(db: Database, sock: socket.socket,
               estimates: EstimateFilter = NO_ALIASES) -> None:
    """Serve the app on `sock` until interrupted (SIGINT/SIGTERM stop it cleanly)."""
    config = uvicorn.Config(create_app(db, estimates), log_level="info", access_log=True,
                            server_header=False)
    try:
        uvicorn.Server(config).run(sockets=[sock])
    finally:
        sock.close()
        db.dispose()
