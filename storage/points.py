"""Estimate points kept at ingest, so that estimates read points rather than every mention.

A figure here is (category, low, high, group key) as a claim has it (`high` NULL counts as
`low`, as `storage.estimates` counts it). Everything `storage.estimates.reconcile` reads of
one sighting depends only on the current mentions of the *same claim* (in its story and in
the story it copies) and on those stories' rows, so the points of a figure are a function of
the sightings of that figure alone. Ingest therefore re-folds, from scratch, every figure a
story stated before its write or states after it (with the stories that copy it, when it
became their original): `refresh_points`. Aliases are configuration and are applied when the
points are read (`storage.estimates.reconcile_points`).

Concurrency: on PostgreSQL a writer takes a transaction-scoped advisory lock per figure it
re-folds, after all its other locks (story keys, then claim figures), in one sorted batch,
and keeps it to its commit. Two writers touching one figure thus re-fold it one after the
other, and the later one reads the earlier one's committed mentions. SQLite has one writer.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    Connection,
    Select,
    delete,
    func,
    insert,
    or_,
    select,
    text,
    tuple_,
    update,
)
from sqlalchemy.orm import Session, aliased

from storage.estimates import Sighting, SourcePoint, source_points, with_borrowed_attributions
from storage.models import Article, Claim, EstimatePointRow, Mention

Figure = tuple[str, int, int, str]   # (category, low, high, group key)
KEY_LOCKS = text("SELECT count(pg_advisory_xact_lock(k)) "
                 "FROM (SELECT unnest(CAST(:keys AS bigint[])) AS k) AS keys")
INSERT_POINT = insert(EstimatePointRow)
BATCH = 2000    # points inserted per statement by the backfill

_Original = aliased(Article)
_HIGH = func.coalesce(Claim.high, Claim.low)
SIGHTINGS = (select(Mention.id, Claim.id, Claim.category, Claim.low, Claim.high,
                    Claim.qualifier, Claim.group, Claim.group_key, Mention.attribution,
                    Mention.sentence, Article.id, Article.url, Article.title, Article.outlet,
                    Article.duplicate_of_id,
                    func.coalesce(Article.published_at, Article.first_seen_at),
                    Mention.in_title, _Original.outlet)
             .select_from(Mention)
             .join(Claim, Claim.id == Mention.claim_id)
             .join(Article, Article.id == Mention.article_id)
             .outerjoin(_Original, _Original.id == Article.duplicate_of_id)
             .where(Mention.version == Article.version, Claim.low.is_not(None)))
STATED = (select(Claim.category, Claim.low, _HIGH, Claim.group_key).distinct()
          .select_from(Mention)
          .join(Claim, Claim.id == Mention.claim_id)
          .join(Article, Article.id == Mention.article_id)
          .where(Mention.version == Article.version, Claim.low.is_not(None),
                 Claim.group_key != ""))


def sighting(row: Any) -> Sighting:
    """A row of SIGHTINGS as the Sighting `storage.estimates` reads."""
    (mention_id, claim_id, category, low, high, qualifier, group, key, attribution, sentence,
     article_id, url, title, outlet, original, published, in_title, original_outlet) = row
    return Sighting(
        mention_id=mention_id, claim_id=claim_id, category=category, low=low or 0, high=high,
        qualifier=qualifier, group=group, group_key=key, attribution=attribution,
        sentence=sentence, article_id=article_id, url=url, title=title, outlet=outlet,
        original_outlet=(original_outlet or outlet) if original else outlet,
        copy=original is not None, original_id=original, in_title=bool(in_title),
        published_at=published if published.tzinfo else published.replace(tzinfo=UTC))


# -- at ingest ---------------------------------------------------------------------------
def stated_figures(conn: Connection, article_ids: Iterable[int]) -> set[Figure]:
    """The figures (with a group) the current versions of these stories state."""
    ids = sorted(set(article_ids))
    if not ids:
        return set()
    rows = conn.execute(STATED.where(Mention.article_id.in_(ids)))
    return {(c, int(low or 0), int(high), key) for c, low, high, key in rows}


def copies_of(conn: Connection, article_id: int) -> list[int]:
    return list(conn.execute(select(Article.id).where(Article.duplicate_of_id == article_id))
                .scalars())


def refresh_points(conn: Connection, figures: Iterable[Figure]) -> set[Figure]:
    """Re-fold the points of `figures` from their current sightings; returns them."""
    wanted = sorted(set(figures))
    if not wanted:
        return set()
    _lock(conn, wanted)
    for figure in wanted:
        conn.execute(delete(EstimatePointRow).where(*_point_figure(figure)))
        rows = conn.execute(SIGHTINGS.where(*_claim_figure(figure)).order_by(Mention.id))
        _insert_points(conn, fold([sighting(r) for r in rows]))
    return set(wanted)


def add_story_points(conn: Connection, article_id: int) -> set[Figure]:
    """A new story that is no other's original: fold its sightings into the stored points
    (a first statement is the earliest, the outlets and stories a union, so adding is
    folding; no other sighting depends on a story nobody copies). Returns its figures.

    PostgreSQL locks the figures before it reads their sightings (see the module doc);
    SQLite has one writer, so there the figures come from the sightings read anyway."""
    locking = conn.dialect.name == "postgresql"
    figures = stated_figures(conn, [article_id]) if locking else set()
    if locking:
        if not figures:
            return figures
        _lock(conn, figures)
    claims = select(Mention.claim_id).where(Mention.article_id == article_id)
    original = select(Article.duplicate_of_id).where(Article.id == article_id)
    rows = conn.execute(SIGHTINGS.where(
        Mention.claim_id.in_(claims),
        or_(Mention.article_id == article_id, Mention.article_id == original.scalar_subquery()))
        .order_by(Mention.id))
    found = [sighting(r) for r in rows]
    if not locking:
        figures = {(s.category, s.low, s.high if s.high is not None else s.low, s.group_key)
                   for s in found if s.article_id == article_id and s.group_key}
        if not figures:
            return figures
    borrowed = with_borrowed_attributions(found)
    fresh = source_points([s for s in borrowed if s.article_id == article_id])
    stored = {_key(p[1]): p for p in _stored_of(conn, [_key(p) for p in fresh])}
    for point in fresh:
        if _key(point) in stored:
            _update_point(conn, stored[_key(point)], point)
    _insert_points(conn, [point for point in fresh if _key(point) not in stored])
    return figures


def _lock(conn: Connection, figures: Iterable[Figure]) -> None:
    if conn.dialect.name == "postgresql":
        from storage.ingest import lock_key  # the lock-key scheme of every ingest lock

        conn.execute(KEY_LOCKS, {"keys": sorted({lock_key("points", f) for f in figures})})


def _key(p: SourcePoint) -> tuple[str, str, int, int, str]:
    return (p.group_key, p.category, p.low, p.high, p.source_key)


def _stored_of(conn: Connection, keys: list[tuple[str, str, int, int, str]]
               ) -> list[tuple[int, SourcePoint]]:
    columns = (EstimatePointRow.group_key, EstimatePointRow.category, EstimatePointRow.low,
               EstimatePointRow.high, EstimatePointRow.source_key)
    query = select(EstimatePointRow.id, *POINT_COLUMNS).where(tuple_(*columns).in_(keys))
    return [(row[0], _point(row[1:])) for row in conn.execute(query)]


def _update_point(conn: Connection, stored: tuple[int, SourcePoint], new: SourcePoint) -> None:
    point_id, old = stored
    merged = new if new.order < old.order else old
    named = new if new.name_mention_id < old.name_mention_id else old
    merged = replace(merged, outlets=tuple(sorted({*old.outlets, *new.outlets})),
                     article_ids=tuple(sorted({*old.article_ids, *new.article_ids})),
                     name_mention_id=named.name_mention_id, group=named.group)
    conn.execute(update(EstimatePointRow).where(EstimatePointRow.id == point_id)
                 .values(**point_columns(merged)))


def fold(sightings: list[Sighting]) -> list[SourcePoint]:
    """The points of whole figures' sightings (in mention order)."""
    return source_points(with_borrowed_attributions(sightings))


def _claim_figure(figure: Figure) -> tuple[Any, ...]:
    category, low, high, key = figure
    same_high = Claim.high == high
    if high == low:
        same_high = or_(same_high, Claim.high.is_(None))
    return (Claim.category == category, Claim.low == low, Claim.group_key == key, same_high)


def _point_figure(figure: Figure) -> tuple[Any, ...]:
    category, low, high, key = figure
    return (EstimatePointRow.category == category, EstimatePointRow.low == low,
            EstimatePointRow.high == high, EstimatePointRow.group_key == key)


def _insert_points(conn: Connection, points: list[SourcePoint]) -> None:
    if points:
        conn.execute(INSERT_POINT, [point_columns(p) for p in points])


def point_columns(p: SourcePoint) -> dict[str, Any]:
    values = {name: getattr(p, name) for name in SourcePoint.__slots__}
    values.update(outlets=list(p.outlets), article_ids=list(p.article_ids),
                  group_name=values.pop("group"))
    return values


# -- the backfill (migration 0009) ------------------------------------------------------------
def backfill_points(conn: Connection) -> int:
    """Fold every current sighting into points, one figure at a time, streaming the
    sightings in figure order; returns the points written."""
    if conn.dialect.name == "postgresql":
        # a cursor is planned for its first rows by default: a nested loop over every
        # claim here (minutes at 10k stories); plan it for all of them, on fresh statistics
        conn.execute(text("SET LOCAL cursor_tuple_fraction = 1.0"))
        conn.execute(text("ANALYZE claims, mentions, articles"))
    written, batch = 0, []
    for points in _folded_figures(conn):
        batch.extend(points)
        if len(batch) >= BATCH:
            _insert_points(conn, batch)
            written, batch = written + len(batch), []
    _insert_points(conn, batch)
    return written + len(batch)


def _folded_figures(conn: Connection) -> Iterator[list[SourcePoint]]:
    query = (SIGHTINGS.where(Claim.group_key != "")
             .order_by(Claim.category, Claim.low, _HIGH, Claim.group_key, Mention.id))
    current: Figure | None = None
    sightings: list[Sighting] = []
    for row in conn.execute(query.execution_options(stream_results=True, yield_per=5000)):
        s = sighting(row)
        figure = (s.category, s.low, s.high if s.high is not None else s.low, s.group_key)
        if figure != current and sightings:
            yield fold(sightings)
            sightings = []
        current = figure
        sightings.append(s)
    if sightings:
        yield fold(sightings)


# -- reading -------------------------------------------------------------------------------
POINT_COLUMNS = [getattr(EstimatePointRow, name) for name in SourcePoint.__slots__]


def stored_points(session: Session, category: str | None = None,
                  figures: Iterable[tuple[str, str]] | None = None) -> list[SourcePoint]:
    """The stored points, of one category or of some (group key, category) pairs."""
    query: Select[Any] = select(*POINT_COLUMNS)
    if category:
        query = query.where(EstimatePointRow.category == category)
    if figures is not None:
        pairs = sorted(set(figures))
        if not pairs:
            return []
        query = query.where(tuple_(EstimatePointRow.group_key, EstimatePointRow.category)
                            .in_(pairs))
    return [_point(row) for row in session.execute(query)]


def _point(row: Any) -> SourcePoint:
    values = dict(zip(SourcePoint.__slots__, row, strict=True))
    published: datetime = values["published_at"]
    values.update(outlets=tuple(values["outlets"]), article_ids=tuple(values["article_ids"]),
                  copy=bool(values["copy"]),
                  published_at=published if published.tzinfo else published.replace(tzinfo=UTC))
    return SourcePoint(**values)



def newest_points(category: str | None = None) -> Select[str, str, datetime]:
    """Per raw (group key, category), when its newest point was first stated."""
    query = (select(EstimatePointRow.group_key, EstimatePointRow.category,
                    func.max(EstimatePointRow.published_at))
             .group_by(EstimatePointRow.group_key, EstimatePointRow.category))
    return query.where(EstimatePointRow.category == category) if category else query
