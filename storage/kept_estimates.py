"""Kept estimates: the reconciled rows of `storage.estimates`, kept per estimate, so that a
list of estimates reads one row per estimate instead of every point of every group.

An estimate's row depends on every point of its group (its history is the whole of it) and
on configuration (the [[group]] and [[source]] aliases and the window), so it is not
updated inside each story's write, where it would cost a read of the group's points per
story. Instead:

* **At ingest** a story whose figures' points changed writes a *mark* per raw (group key,
  category) it touched (`mark_streams`, one small insert).
* **A refresh** (`refresh_kept`: at the end of every crawl and reprocess, and by
  `newsmon db refresh-estimates`) re-reconciles the estimates those marks name, from their
  points, and stores each as a row of `kept_estimates`: its sortable figures as columns and
  its `summary`, the row as lists show it, with its latest HISTORY_KEPT history steps and
  latest POINTS_KEPT figures (plus the current ones; `history_steps` and `points_total` say
  how many there are in all). It then deletes exactly the marks it read, so a mark written
  meanwhile stays for the next refresh. The rows are built for one configuration
  (`config_key`); a refresh under another configuration rebuilds them all.
* **Reading** (`kept_rows`): the kept rows for the current configuration, except that the
  estimates with marks still pending are reconciled from their points then and there, so a
  list is never stale. When the rows were never built for this configuration, or the filter
  is one points cannot answer (a topic or an `until` date) or another window, the caller
  reconciles from the points or mentions as before (`None`).

On PostgreSQL a refresh holds a transaction-scoped advisory lock, so refreshes take turns.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, delete, func, insert, select, text, tuple_
from sqlalchemy.orm import Session

from storage.estimates import (
    EstimateRow,
    SourcePoint,
    alias_table,
    canonical,
    reconcile_points,
    trim_points,
)
from storage.models import EstimateMark, EstimatePointRow, KeptEstimate, KeptEstimateConfig
from storage.points import stored_points
from storage.records import EstimateFilter

HISTORY_KEPT = 60       # history steps a kept row lists (its latest)
POINTS_KEPT = 60        # figures a kept row lists (its latest, plus the current ones;
                        # as many as a band chart draws: newsmon.report.MAX_CHART_POINTS)
REFRESH_LOCK = 0x6B657074   # the advisory lock key of refreshes ("kept")
Stream = tuple[str, str]    # (group key, category): raw, or after the aliases (canonical)
SORT_COLUMNS = {"as_of": KeptEstimate.as_of, "group": KeptEstimate.group_sort,
                "category": KeptEstimate.category, "low": KeptEstimate.low,
                "best": KeptEstimate.best, "high": KeptEstimate.high,
                "sources": KeptEstimate.sources}


def config_key(where: EstimateFilter) -> str:
    """What the kept rows depend on besides the points: the aliases and the window."""
    settled = json.dumps([where.groups, where.sources, float(where.window_days)])
    return hashlib.sha256(settled.encode()).hexdigest()[:32]


def answerable(where: EstimateFilter) -> bool:
    """Whether kept rows can answer `where` (points cannot filter by topic or date)."""
    return not where.topic and not where.until


# -- at ingest --------------------------------------------------------------------------
def mark_streams(conn: Connection, streams: Iterable[Stream]) -> None:
    """Note that the points of these raw (group key, category) pairs changed."""
    rows = [{"group_key": key, "category": category} for key, category in sorted(set(streams))]
    if rows:
        conn.execute(insert(EstimateMark), rows)


# -- the refresh ------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Refreshed:
    estimates: int      # kept rows written or deleted
    rebuilt: bool       # every row rebuilt (first refresh, or the configuration changed)


def refresh_kept(conn: Connection, where: EstimateFilter) -> Refreshed:
    """Bring the kept rows up to date for `where`'s configuration (see the module doc)."""
    if conn.dialect.name == "postgresql":
        conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": REFRESH_LOCK})
    key = config_key(where)
    marks = list(conn.execute(select(EstimateMark.id, EstimateMark.group_key,
                                     EstimateMark.category)))
    built = conn.scalar(select(KeptEstimateConfig.config_key))
    if built != key:
        written = _rebuild(conn, where, key)
    else:
        streams = _marked_streams(conn, where, key, [(k, c) for _, k, c in marks])
        written = _write(conn, where, key, streams)
    ids = [mark_id for mark_id, _, _ in marks]
    for start in range(0, len(ids), 5000):
        conn.execute(delete(EstimateMark).where(EstimateMark.id.in_(ids[start:start + 5000])))
    return Refreshed(written, built != key)


def _rebuild(conn: Connection, where: EstimateFilter, key: str) -> int:
    conn.execute(delete(KeptEstimate))
    conn.execute(delete(KeptEstimateConfig))
    conn.execute(insert(KeptEstimateConfig).values(config_key=key))
    raw = conn.execute(select(EstimatePointRow.group_key, EstimatePointRow.category)
                       .distinct())
    return _write(conn, where, key, _by_stream(where, [(g, c) for g, c in raw]))


def _by_stream(where: EstimateFilter, raw: Iterable[Stream]) -> dict[Stream, set[Stream]]:
    """Raw (group key, category) pairs gathered under their estimate (after the aliases)."""
    table = alias_table(where.groups)
    streams: dict[Stream, set[Stream]] = {}
    for group, category in set(raw):
        streams.setdefault((canonical(group, table) or group, category), set()).add(
            (group, category))
    return streams


def _marked_streams(conn: Connection, where: EstimateFilter, key: str,
                    marks: Sequence[Stream]) -> dict[Stream, set[Stream]]:
    """The estimates the marks touch, each with every raw stream it folds: those of its
    kept row and those marked now."""
    streams = _by_stream(where, marks)
    for stream, members in _kept_members(conn, key, list(streams)):
        streams[stream].update((member, stream[1]) for member in members)
    return streams


def _kept_members(conn: Connection, key: str, streams: list[Stream]
                  ) -> Iterator[tuple[Stream, list[str]]]:
    for start in range(0, len(streams), 500):
        chunk = streams[start:start + 500]
        rows = conn.execute(select(KeptEstimate.group_key, KeptEstimate.category,
                                   KeptEstimate.members)
                            .where(KeptEstimate.config_key == key,
                                   tuple_(KeptEstimate.group_key, KeptEstimate.category)
                                   .in_(chunk)))
        for group, category, members in rows:
            yield (group, category), list(members)


def _write(conn: Connection, where: EstimateFilter, key: str,
           streams: dict[Stream, set[Stream]]) -> int:
    """Reconcile each stream from its points and store (or, without points, delete) its row."""
    session = Session(bind=conn)
    for stream, members in sorted(streams.items()):
        conn.execute(delete(KeptEstimate).where(KeptEstimate.config_key == key,
                                                KeptEstimate.group_key == stream[0],
                                                KeptEstimate.category == stream[1]))
        points = stored_points(session, figures=members)
        if points:                        # else its figures were restated since
            present = sorted({p.group_key for p in points})
            conn.execute(insert(KeptEstimate).values(
                **kept_columns(_one_row(points, where), key, present)))
    return len(streams)


def _reconciled(session: Session, where: EstimateFilter,
                members: Iterable[Stream]) -> EstimateRow | None:
    points = stored_points(session, figures=members)
    return _one_row(points, where) if points else None


def _one_row(points: list[SourcePoint], where: EstimateFilter) -> EstimateRow:
    """The estimate of one stream's points (all of one group after the aliases)."""
    [row] = reconcile_points(points, where.groups, where.sources, where.window_days)
    return row


def kept_columns(row: EstimateRow, key: str, members: list[str]) -> dict[str, Any]:
    return {"config_key": key, "group_key": row.group_key, "category": row.category,
            "group_name": row.group, "group_sort": row.group.lower(), "low": row.low,
            "best": float(row.best), "high": row.high, "sources": len(row.current),
            "as_of": row.as_of, "conflicting": row.conflicting, "members": members,
            "summary": _encoded(summary(row))}


def summary(row: EstimateRow) -> dict[str, Any]:
    """`row` as lists show it: its latest HISTORY_KEPT steps and POINTS_KEPT figures (and
    the current ones), with `history_steps` and `points_total`, how many there are."""
    listed = row.as_dict()
    listed["history"] = listed["history"][-HISTORY_KEPT:]
    listed["points"] = [p.as_dict() for p in trim_points(row, POINTS_KEPT).points]
    return listed


# -- reading ------------------------------------------------------------------------------
def kept_rows(session: Session, where: EstimateFilter, order: tuple[str, bool] | None = None,
              after: tuple[Any, ...] | None = None,
              limit: int | None = None) -> list[dict[str, Any]] | None:
    """The summaries (`summary`) of the estimates matching `where`'s category and group,
    in `order` (a key of SORT_COLUMNS, descending?) then group key and category (the
    order of newsmon.views.estimate_page), after the keyset `after`, at most `limit`; the
    pending marks' estimates reconciled now. None when the kept rows cannot answer."""
    found = _pending(session, where)
    if found is None:
        return None
    key, pending, fresh = found
    return _merged(session, where, key, pending, fresh, order or ("as_of", True), after, limit)


def _merged(session: Session, where: EstimateFilter, key: str, pending: list[Stream],
            fresh: list[dict[str, Any]], order: tuple[str, bool],
            after: tuple[Any, ...] | None, limit: int | None) -> list[dict[str, Any]]:
    """The kept rows of the page and the pending ones reconciled now, in one order."""
    name, descending = order
    query = _kept_query(session, where, key, name, descending, after, pending)
    if limit is not None:
        query = query.limit(limit)
    stored = [_decoded(s) for s in session.scalars(query)]
    fresh = [r for r in fresh if _beyond(r, name, descending, after)]
    rows = sorted([*stored, *fresh], key=lambda r: _sort_key(r, name), reverse=descending)
    return rows[:limit] if limit is not None else rows


def kept_latest(session: Session, where: EstimateFilter, limit: int
                ) -> tuple[list[dict[str, Any]], int] | None:
    """The newest `limit` summaries and how many estimates match `where` (None when the
    kept rows cannot answer), the pending marks reconciled once for both."""
    found = _pending(session, where)
    if found is None:
        return None
    key, pending, fresh = found
    rows = _merged(session, where, key, pending, fresh, ("as_of", True), None, limit)
    query = _filtered(select(func.count()).select_from(KeptEstimate), where, key, pending)
    return rows, (session.scalar(query) or 0) + len(fresh)


def _pending(session: Session, where: EstimateFilter
             ) -> tuple[str, list[Stream], list[dict[str, Any]]] | None:
    """The configuration's key, the estimates with pending marks and their summaries
    reconciled now (those matching `where`); None when the kept rows cannot answer."""
    key = config_key(where)
    if not answerable(where) or session.scalar(select(KeptEstimateConfig.config_key)) != key:
        return None
    conn = session.connection()
    marks = [(k, c) for k, c in conn.execute(select(EstimateMark.group_key,
                                                     EstimateMark.category))]
    pending = _marked_streams(conn, where, key, marks)
    fresh = [listed for members in pending.values()
             if (row := _reconciled(session, where, members)) is not None
             and _matches(listed := summary(row), where)]
    return key, list(pending), fresh


def _filtered(query: Any, where: EstimateFilter, key: str, pending: list[Stream]) -> Any:
    query = query.where(KeptEstimate.config_key == key)
    if where.category:
        query = query.where(KeptEstimate.category == where.category)
    if where.group:
        needle = where.group.lower()
        query = query.where(KeptEstimate.group_sort.contains(needle, autoescape=True)
                            | KeptEstimate.group_key.contains(needle, autoescape=True))
    if pending:
        query = query.where(tuple_(KeptEstimate.group_key, KeptEstimate.category)
                            .not_in(pending))
    return query


def _kept_query(session: Session, where: EstimateFilter, key: str, name: str,
                descending: bool, after: tuple[Any, ...] | None, pending: list[Stream]) -> Any:
    binary = session.get_bind().dialect.name == "postgresql"
    columns = [_code_points(SORT_COLUMNS[name], binary),
               _code_points(KeptEstimate.group_key, binary),
               _code_points(KeptEstimate.category, binary)]
    query = _filtered(select(KeptEstimate.summary), where, key, pending)
    if after is not None:
        row, bound = tuple_(*columns), tuple_(*after)
        query = query.where(row < bound if descending else row > bound)
    return query.order_by(*(c.desc() if descending else c.asc() for c in columns))


TEXT_SORTS = {"group_sort", "group_key", "category"}


def _code_points(column: Any, postgresql: bool) -> Any:
    """Text in code point order, as Python sorts it: PostgreSQL's default collation follows
    the locale (SQLite's is already binary)."""
    return column.collate("C") if postgresql and column.key in TEXT_SORTS else column


def _matches(row: dict[str, Any], where: EstimateFilter) -> bool:
    if where.category and row["category"] != where.category:
        return False
    if where.group:
        needle = where.group.lower()
        return needle in row["group"].lower() or needle in row["group_key"]
    return True


def _sort_key(row: dict[str, Any], name: str) -> tuple[Any, ...]:
    value = row["group"].lower() if name == "group" else (
        len(row["current"]) if name == "sources" else row[name])
    if name == "best":
        value = float(value)
    return (value, row["group_key"], row["category"])


def _beyond(row: dict[str, Any], name: str, descending: bool,
            after: tuple[Any, ...] | None) -> bool:
    if after is None:
        return True
    key = _sort_key(row, name)
    return key < after if descending else key > after


# -- the summary as JSON -------------------------------------------------------------------
def _encoded(listed: dict[str, Any]) -> dict[str, Any]:
    return json.loads(json.dumps(listed, default=_iso))


def _iso(value: Any) -> str:
    if isinstance(value, datetime):
        return value.isoformat()
    raise TypeError(type(value).__name__)


def _decoded(stored: dict[str, Any]) -> dict[str, Any]:
    """A stored summary with its datetimes back (the inverse of `_encoded`)."""
    row = dict(stored)
    row["as_of"] = datetime.fromisoformat(row["as_of"])
    for name, field in (("current", "published_at"), ("points", "published_at"),
                        ("history", "as_of")):
        row[name] = [{**item, field: datetime.fromisoformat(item[field])}
                     for item in row[name]]
    return row
