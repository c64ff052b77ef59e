"""What the web view's pages show: the tables' columns, sort and facet links, the home page.

Pure functions over query results and the request's parameters, so `newsmon.web` stays
routing: each table page is a `TableView` (its columns, which of them sort, its filters and
facets), rendered by templates/table.html from `table_context`.
"""

from __future__ import annotations

import base64
import json
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from urllib.parse import urlencode

from sqlalchemy.orm import Session

from storage.browse import (
    Facets,
    Page,
    PageError,
    PageRequest,
    claim_page,
    home_counts,
    run_page,
)
from storage.kept_estimates import kept_rows
from storage.queries import estimate_rows, outlet_health
from storage.records import ClaimFilter, EstimateFilter, RunFilter

Params = list[tuple[str, str]]
HOME_CLAIMS = 8
HOME_RUNS = 5
HOME_MOVES = 6
# Keys sorted high-to-low on first click (times and figures); text sorts A-Z first.
DESCENDING_FIRST = {"published_at", "first_seen", "started_at", "figure", "duration_s", "id",
                    "as_of", "best", "high", "low", "sources"}


@dataclass(frozen=True, slots=True)
class Column:
    name: str                       # what the template renders (see table.html)
    label: str
    sort: str | None = None         # the key of storage.browse that orders by it
    css: str = ""                   # "sentence" marks the wide reading column


@dataclass(frozen=True, slots=True)
class TableView:
    title: str
    path: str                       # "/claims"; the API is "/api" + path
    columns: tuple[Column, ...]
    fields: tuple[str, ...]         # filter form fields
    facets: tuple[str, ...]         # facet names, each also a filter parameter


ARTICLE_VIEW = TableView("Articles", "/articles", (
    Column("published_at", "published", "published_at", "when"),
    Column("outlet", "outlet", "outlet"),
    Column("story", "title", "title", "story wide"),
    Column("topics", "topics"),
), ("search", "topic", "outlet", "since", "until"), ("outlet", "topic"))

MENTION_VIEW = TableView("Casualty mentions", "/mentions", (
    Column("published_at", "published", "published_at", "when"),
    Column("outlet", "outlet", "outlet"),
    Column("figure", "figure", "figure", "figure"),
    Column("group", "group", "group"),
    Column("attribution", "according to", "attribution"),
    Column("sentence", "sentence and story", None, "sentence"),
), ("category", "group", "attribution", "topic", "outlet", "since", "until", "min_count"),
    ("outlet", "category", "topic"))

CLAIM_VIEW = TableView("Claims", "/claims", (
    Column("first_seen", "first seen", "first_seen", "when"),
    Column("figure", "figure", "figure", "figure"),
    Column("group", "group", "group"),
    Column("attributions", "according to"),
    Column("outlets", "outlets"),
    Column("citations", "citations: story and sentence", None, "sentence"),
), ("category", "group", "topic", "outlet", "since", "until", "min_count"),
    ("category", "outlet", "topic"))

RUN_VIEW = TableView("Crawl runs", "/runs", (
    Column("id", "run", "id"),
    Column("started_at", "started", "started_at", "when"),
    Column("trigger", "trigger", "trigger"),
    Column("status", "status", "status"),
    Column("duration_s", "duration (s)", "duration_s"),
    Column("outlet_counts", "per outlet: new / stored / errors", None, "wide"),
    Column("errors", "run errors"),
), ("status", "trigger", "since", "until"), ("status", "trigger"))

ALL_VIEWS = (ARTICLE_VIEW, MENTION_VIEW, CLAIM_VIEW, RUN_VIEW)


# -- links ----------------------------------------------------------------------------------
def with_params(path: str, params: Params, **changes: str | None) -> str:
    """`path` with the request's parameters, each named in `changes` replaced (None drops
    it), the cursor always dropped unless given, and empty values left out."""
    kept = [(k, v) for k, v in params
            if k not in changes and k != "cursor" and v != ""]
    kept += [(k, v) for k, v in changes.items() if v is not None]
    return path + (f"?{urlencode(kept)}" if kept else "")


def sort_link(view: TableView, params: Params, current: str, column: Column) -> dict[str, Any]:
    """The header link of a sortable column: it reverses the order when the table is
    sorted by it, else sorts by it (times and figures newest/largest first)."""
    assert column.sort is not None
    name, descending = current.removeprefix("-"), current.startswith("-")
    if name == column.sort:
        target = column.sort if descending else f"-{column.sort}"
        arrow = "▼" if descending else "▲"
    else:
        target = f"-{column.sort}" if column.sort in DESCENDING_FIRST else column.sort
        arrow = ""
    return {"href": with_params(view.path, params, sort=target), "arrow": arrow}


def facet_links(view: TableView, params: Params, facets: Facets) -> list[dict[str, Any]]:
    """Per facet, its values with counts, each linking to the table filtered by it (or, when
    the filter is on, to the table without it)."""
    out = []
    for name in view.facets:
        active = {v for k, v in params if k == name}
        values = []
        for value, count in facets.get(name, []):
            on = value in active
            rest = [(k, v) for k, v in params if not (k == name and v == value)]
            href = (with_params(view.path, rest) if on
                    else with_params(view.path, [*params, (name, value)]))
            values.append({"value": value, "count": count, "href": href, "on": on})
        out.append({"name": name, "values": values})
    return out


def table_context(view: TableView, params: Params, page: Page, facets: Facets,
                  request: PageRequest) -> dict[str, Any]:
    """What templates/table.html needs for one page of a table."""
    query = urlencode([(k, v) for k, v in params if v != ""])
    api_url = f"/api{view.path}" + (f"?{query}" if query else "")
    return {
        "title": view.title, "view": view, "rows": page.rows, "sort": page.sort,
        "sorts": {c.name: sort_link(view, params, page.sort, c)
                  for c in view.columns if c.sort},
        "facets": facet_links(view, params, facets),
        "facets_sampled": facets.sampled,
        "next_url": (with_params(view.path, params, cursor=page.next_cursor)
                     if page.next_cursor else None),
        "first_url": with_params(view.path, params) if request.cursor else None,
        "api_url": api_url, "csv_url": api_url + ("&" if query else "?") + "format=csv",
        "limit": request.limit,
    }


# -- the home page ---------------------------------------------------------------------------
def home_context(session: Session, estimates: EstimateFilter) -> dict[str, Any]:
    """Counts, the latest claims, the estimates that moved, the last run per outlet and
    the latest runs."""
    health = outlet_health(session)
    runs = run_page(session, RunFilter(), PageRequest(limit=HOME_RUNS)).rows
    rows = listed_estimates(session, estimates)
    counts, counted_at = home_counts(session)
    return {
        "counts": {**counts, "estimates": len(rows)},
        "counted_at": counted_at,
        "claims": claim_page(session, ClaimFilter(), PageRequest(limit=HOME_CLAIMS)).rows,
        "health": health,
        "failing": [h for h in health if h["error_count"] or
                    h["run_status"] not in (None, "completed", "running")],
        "runs": runs,
        "moves": estimate_moves(rows),
    }


def estimate_moves(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The estimates whose figures moved, latest move first, each with the step before
    (`before`) and after (`after`) its last move."""
    moved = [{**row, "before": row["history"][-2], "after": row["history"][-1]}
             for row in rows if len(row.get("history") or []) >= 2]
    moved.sort(key=lambda row: row["after"]["as_of"], reverse=True)
    return moved[:HOME_MOVES]


def outlet_counts(outlets: dict[str, Any]) -> list[dict[str, Any]]:
    """A run's per-outlet summary as rows: outlet, new, stored, error count."""
    rows = []
    for name, summary in sorted((outlets or {}).items()):
        summary = summary if isinstance(summary, dict) else {}
        errors = summary.get("errors") or {}
        rows.append({"outlet": name, "new": summary.get("new"), "stored": summary.get("stored"),
                     "errors": sum(v for v in errors.values() if isinstance(v, int)),
                     "status": summary.get("finish_reason") or summary.get("status")})
    return rows


# -- estimates: reconciled in Python, so sorted and paged here, by the same rules ----------
ESTIMATE_SORTS: dict[str, Callable[[dict[str, Any]], Any]] = {
    "as_of": lambda r: r["as_of"], "group": lambda r: r["group"].lower(),
    "category": lambda r: r["category"], "low": lambda r: r["low"],
    "best": lambda r: float(r["best"]), "high": lambda r: r["high"],
    "sources": lambda r: len(r["current"]),
}
ESTIMATE_DEFAULT_SORT = "-as_of"
ESTIMATE_LIMIT = 12             # per page: each estimate carries a chart (MAX_BAND_CHARTS)


def estimate_page(rows: list[dict[str, Any]], page: PageRequest) -> Page:
    """One page of estimates in a sort of ESTIMATE_SORTS, after a keyset cursor of
    (sort value, group key, category): the same contract as storage.browse's tables."""
    sort, name, descending = _estimate_sort(page)
    value = ESTIMATE_SORTS[name]
    def key(r: dict[str, Any]) -> tuple[Any, ...]:
        return ((value(r), r["group_key"], r["category"]))
    ordered = sorted(rows, key=key, reverse=descending)
    if page.cursor:
        after = _estimate_cursor(page.cursor, name)
        ordered = [r for r in ordered if (key(r) < after if descending else key(r) > after)]
    kept = ordered[:page.limit]
    more = len(ordered) > page.limit
    cursor = encode_key(key(kept[-1])) if more and kept else None
    return Page(kept, sort, cursor)


def _estimate_sort(page: PageRequest) -> tuple[str, str, bool]:
    """(sort, key of ESTIMATE_SORTS, descending) of a page request; PageError if unknown."""
    sort = page.sort or ESTIMATE_DEFAULT_SORT
    name = sort.removeprefix("-")
    if name not in ESTIMATE_SORTS:
        raise PageError(f"sort: {sort!r} is not one of {', '.join(sorted(ESTIMATE_SORTS))} "
                        "(prefix - for descending)")
    return sort, name, sort.startswith("-")


def kept_estimate_page(session: Session, where: EstimateFilter,
                       page: PageRequest) -> Page | None:
    """`estimate_page` of every estimate, read from the kept estimates (one bounded query:
    storage.kept_estimates); None when they cannot answer `where`."""
    sort, name, descending = _estimate_sort(page)
    after = _estimate_cursor(page.cursor, name) if page.cursor else None
    rows = kept_rows(session, where, (name, descending), after, page.limit + 1)
    if rows is None:
        return None
    kept = rows[:page.limit]
    more = len(rows) > page.limit
    cursor = encode_key(_estimate_key(kept[-1], name)) if more and kept else None
    return Page(kept, sort, cursor)


def _estimate_key(row: dict[str, Any], name: str) -> tuple[Any, ...]:
    return (ESTIMATE_SORTS[name](row), row["group_key"], row["category"])


def listed_estimates(session: Session, where: EstimateFilter) -> list[dict[str, Any]]:
    """Every estimate matching `where`, newest first, as lists show them: the kept rows
    when they can answer (each with its latest history and figures), else reconciled."""
    kept = kept_rows(session, where)
    if kept is not None:
        return kept
    return [r.as_dict() for r in estimate_rows(session, where)]


def encode_key(key: tuple[Any, ...]) -> str:
    plain = [k.isoformat() if isinstance(k, datetime) else k for k in key]
    return base64.urlsafe_b64encode(json.dumps(plain).encode()).decode().rstrip("=")


def _estimate_cursor(cursor: str, name: str) -> tuple[Any, ...]:
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        value, group, category = json.loads(raw)
        if name == "as_of":
            value = datetime.fromisoformat(value)
        if not isinstance(group, str) or not isinstance(category, str):
            raise TypeError(group)
        return (value, group, category)
    except (ValueError, TypeError, UnicodeDecodeError):
        raise PageError(f"cursor: {cursor[:40]!r} is not a cursor of this table and sort "
                        "(take it from a page's next link)") from None


def estimate_facets(rows: list[dict[str, Any]]) -> Facets:
    """Estimates counted by category and by whether their sources conflict."""
    categories = Counter(r["category"] for r in rows)
    conflicting = Counter("yes" if r["conflicting"] else "no" for r in rows)
    return Facets({"category": categories.most_common(),
                   "conflicting": conflicting.most_common()})


def estimate_sort_links(params: Params, current: str) -> list[dict[str, Any]]:
    """The sort choices of the estimates page, each a link (the current one reverses)."""
    links = []
    for name in ("as_of", "best", "high", "sources", "group", "category"):
        column = Column(name, name.replace("_", " "), name)
        links.append({"label": column.label,
                      **sort_link(ESTIMATE_VIEW, params, current, column)})
    return links


ESTIMATE_VIEW = TableView("Estimates", "/estimates", (), (
    "group", "category", "topic", "until", "window_days"), ("category", "conflicting"))
