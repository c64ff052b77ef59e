"""Table pages for the web view and the API: sorting by a column, keyset pagination and facets.

A page is the rows after a cursor in one order. The order is a sort column (`sort`, with a
leading `-` for descending) and then the row's id in the same direction, so it is total
and the cursor is simply the last row's (sort value, id): the next page is one indexed
`WHERE (key, id) < (value, last_id)`, whatever the depth, and rows inserted meanwhile
shift nothing (no OFFSET). Cursors are opaque URL-safe strings.

Facets count the filtered rows by outlet, category, topic (and, for runs, status and
trigger), ignoring the page: each is one GROUP BY over the filtered ids.
"""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any, TypeVar

from sqlalchemy import ColumnElement, Select, and_, delete, func, or_, select
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session, defer, selectinload
from sqlalchemy.sql.selectable import Join

from storage.models import (
    PUBLISHED,
    Article,
    ArticleTopic,
    Claim,
    CrawlRun,
    FigureChange,
    KeptCount,
    Mention,
    sort_figure,
    sort_text,
)
from storage.queries import (
    CITING_ARTICLE,
    article_row,
    cited_changes_of,
    claim_rows_of,
    distinct_values,
    filter_articles,
    filter_changes,
    filter_claims,
    filter_mentions,
    mention_row,
    run_row,
)
from storage.records import ArticleFilter, ChangeFilter, ClaimFilter, MentionFilter, RunFilter
from storage.search import SearchPlan, plan_search

DEFAULT_LIMIT = 50
MAX_LIMIT = 10_000      # rows per page at most (the API's and the CLI's --limit)
FilterT = TypeVar("FilterT")
FACET_VALUES = 12       # most frequent values shown per facet


class PageError(ValueError):
    """A sort column or cursor the table does not know (bad user input)."""


@dataclass(frozen=True, slots=True)
class SortKey:
    expression: Any                 # a non-null SQL expression
    kind: type                      # datetime, int or str: how a cursor value is read back
    then: Any = None                # an integer column ordered (in the key's direction)
                                    # between the key and the row id; carried in the cursor


@dataclass(frozen=True, slots=True)
class Table:
    """What a table can be sorted by, its tie-breaking id and its default order."""

    id_column: Any
    keys: dict[str, SortKey]
    default: str                    # e.g. "-published_at"
    ids_ascending: bool = False     # ties in id order whatever the direction (reading order)


@dataclass(frozen=True, slots=True)
class PageRequest:
    sort: str | None = None         # a key of the table; "-key" descending
    cursor: str | None = None       # a previous page's `next_cursor`
    limit: int = DEFAULT_LIMIT


@dataclass(frozen=True, slots=True)
class Page:
    rows: list[dict[str, Any]]
    sort: str                       # the order used, e.g. "-published_at"
    next_cursor: str | None         # None on the last page


# The sort keys are the expressions of the indexes in storage.models, spelled identically
# (literals, not parameters), so that a first page in any indexed order is an index walk.
_text = sort_text
ARTICLES = Table(Article.id, {
    "published_at": SortKey(PUBLISHED, datetime),
    "outlet": SortKey(Article.outlet, str),
    "title": SortKey(_text(Article.title), str),
    "id": SortKey(Article.id, int),
}, "-published_at")
MENTIONS = Table(Mention.id, {
    # stories newest first (their date, then their id: the date index's order), each
    # story's mentions as they read; without the story's id, SQLite sorted every mention of
    # the stories of one date (a day, for date-only outlets) before the first row
    "published_at": SortKey(PUBLISHED, datetime, then=Article.id),
    "outlet": SortKey(Article.outlet, str),
    "category": SortKey(Mention.category, str),
    "figure": SortKey(sort_figure(Mention), int),
    "qualifier": SortKey(Mention.qualifier, str),
    "group": SortKey(_text(Mention.group), str),
    "attribution": SortKey(_text(Mention.attribution), str),
}, "-published_at", ids_ascending=True)
CLAIMS = Table(Claim.id, {
    "first_seen": SortKey(Claim.first_seen, datetime),
    "category": SortKey(Claim.category, str),
    "figure": SortKey(sort_figure(Claim), int),
    "group": SortKey(_text(Claim.group), str),
    "first_outlet": SortKey(Claim.first_outlet, str),
}, "-first_seen")
RUNS = Table(CrawlRun.id, {
    "started_at": SortKey(CrawlRun.started_at, datetime),
    "status": SortKey(CrawlRun.status, str),
    "trigger": SortKey(CrawlRun.trigger, str),
    "duration_s": SortKey(func.coalesce(CrawlRun.duration_s, -1.0), float),
    "id": SortKey(CrawlRun.id, int),
}, "-started_at")
CHANGES = Table(FigureChange.id, {
    "detected_at": SortKey(FigureChange.detected_at, datetime),
    "outlet": SortKey(Article.outlet, str),
    "category": SortKey(FigureChange.category, str),
    "id": SortKey(FigureChange.id, int),
}, "-detected_at")


# -- cursors ---------------------------------------------------------------------------------
def encode_cursor(value: Any, row_id: int, then: int | None = None) -> str:
    plain = value.isoformat() if isinstance(value, datetime) else value
    parts = [plain, row_id] if then is None else [plain, row_id, then]
    raw = json.dumps(parts, separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_cursor(cursor: str, kind: type) -> tuple[Any, int]:
    """(sort value, id) of a cursor made by `encode_cursor` for a key of this kind."""
    value, row_id, _then = _decoded(cursor, kind, tied=False)
    return value, row_id


def decode_tied_cursor(cursor: str, kind: type) -> tuple[Any, int, int]:
    """(sort value, id, `then` value) of a cursor made for a key with a `then` column."""
    value, row_id, then = _decoded(cursor, kind, tied=True)
    assert then is not None
    return value, row_id, then


def _decoded(cursor: str, kind: type, tied: bool) -> tuple[Any, int, int | None]:
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        parts = json.loads(raw)
        if not isinstance(parts, list) or len(parts) != (3 if tied else 2):
            raise TypeError(parts)
        value, row_id, *then = parts
        if not all(isinstance(i, int) and not isinstance(i, bool) for i in [row_id, *then]):
            raise TypeError(row_id)
        return _read_value(value, kind), row_id, then[0] if then else None
    except (binascii.Error, ValueError, TypeError, UnicodeDecodeError):
        raise PageError(f"cursor: {cursor[:40]!r} is not a cursor of this table and sort "
                        "(take it from a page's next link)") from None


def _read_value(value: Any, kind: type) -> Any:
    if kind is datetime:
        return datetime.fromisoformat(value)
    if kind is float and isinstance(value, int | float):
        return float(value)
    if not isinstance(value, kind) or isinstance(value, bool):
        raise TypeError(value)
    return value


# -- paging ---------------------------------------------------------------------------------
def sort_of(table: Table, sort: str | None) -> tuple[str, SortKey, bool]:
    """(name, key, descending) of a `sort` parameter; the table's default when empty."""
    sort = sort or table.default
    name = sort.removeprefix("-")
    key = table.keys.get(name)
    if key is None:
        raise PageError(f"sort: {sort!r} is not one of "
                        f"{', '.join(sorted(table.keys))} (prefix - for descending)")
    return name, key, sort.startswith("-")


def paged(query: Select, table: Table, page: PageRequest
          ) -> tuple[Select, Callable[[list[Any]], tuple[list[Any], str | None]]]:
    """`query` with the sort key (and its `then` column) as its last columns, ordered, after
    the cursor and limited to one row more than the page; and the function that cuts the
    fetched rows to the page and gives the next cursor."""
    name, key, descending = sort_of(table, page.sort)
    ids_descending = descending and not table.ids_ascending
    query = query.add_columns(key.expression.label("sort_key"))
    if key.then is not None:
        query = query.add_columns(key.then.label("sort_then"))
    if page.cursor:
        query = query.where(_after_cursor(page.cursor, key, table.id_column, descending,
                                          ids_descending))
    order = [key.expression.desc() if descending else key.expression.asc()]
    if key.then is not None:
        order.append(key.then.desc() if descending else key.then.asc())
    order.append(table.id_column.desc() if ids_descending else table.id_column.asc())
    query = query.order_by(*order).limit(page.limit + 1)

    def cut(rows: list[Any]) -> tuple[list[Any], str | None]:
        if len(rows) <= page.limit:
            return rows, None
        last = rows[page.limit - 1]
        if key.then is None:
            return rows[:page.limit], encode_cursor(last[-1], _row_id(last[0]))
        return rows[:page.limit], encode_cursor(last[-2], _row_id(last[0]), int(last[-1]))
    return query, cut


def _after_cursor(cursor: str, key: SortKey, id_column: Any, descending: bool,
                  ids_descending: bool) -> ColumnElement[bool]:
    if key.then is None:
        value, last_id = decode_cursor(cursor, key.kind)
        return _after(key.expression, id_column, value, last_id, descending, ids_descending)
    value, last_id, then = decode_tied_cursor(cursor, key.kind)
    return _after(key.expression, id_column, value, last_id, descending, ids_descending,
                  (key.then, then))


def _after(key: Any, id_column: Any, value: Any, last_id: int, descending: bool,
           ids_descending: bool, then: tuple[Any, int] | None = None) -> ColumnElement[bool]:
    """The rows after (value, [then,] last_id). The first, redundant term lets an index on
    the sort key start at the cursor (neither database reads an OR of the two as a range)."""
    later: ColumnElement[bool] = id_column < last_id if ids_descending else id_column > last_id
    if then is not None:
        column, then_value = then
        beyond = column < then_value if descending else column > then_value
        later = or_(beyond, and_(column == then_value, later))
    if descending:
        return and_(key <= value, or_(key < value, and_(key == value, later)))
    return and_(key >= value, or_(key > value, and_(key == value, later)))


def _row_id(entity: Any) -> int:
    return int(entity.id)


def sort_name(table: Table, sort: str | None) -> str:
    name, _key, descending = sort_of(table, sort)
    return f"-{name}" if descending else name


# a page's articles with their topics and originals in two queries, not two per row
ARTICLE_LOADING = (defer(Article.raw_html), defer(Article.minhash),
                   selectinload(Article.topics),
                   selectinload(Article.duplicate_of).load_only(Article.url))


def _search_plan(session: Session, where: ArticleFilter, page: PageRequest
                 ) -> SearchPlan | None:
    """How SQLite reads the search of an article page (storage.search.plan_search): in date
    order, the page's walk without the search bounds the matches it reads."""
    walk = None
    if where.search and sort_of(ARTICLES, page.sort)[0] == "published_at":
        walk, _cut = paged(filter_articles(select(Article.id), replace(where, search=None)),
                           ARTICLES, page)
    return plan_search(session, where.search, page.limit, walk)


def article_page(session: Session, where: ArticleFilter, page: PageRequest) -> Page:
    search = _search_plan(session, where, page)  # how SQLite reads it
    query, cut = paged(filter_articles(select(Article), where, search)
                       .options(*ARTICLE_LOADING), ARTICLES, page)
    rows, cursor = cut(list(session.execute(query).all()))
    return Page([article_row(r[0]) for r in rows], sort_name(ARTICLES, page.sort), cursor)


def mention_page(session: Session, where: MentionFilter, page: PageRequest) -> Page:
    query = filter_mentions(_mention_source(session, where, page), where)
    query, cut = paged(query.options(*CITING_ARTICLE), MENTIONS, page)
    rows, cursor = cut(list(session.execute(query).all()))
    return Page([mention_row(r[0], r[1]) for r in rows], sort_name(MENTIONS, page.sort),
                cursor)


# -- SQLite: mentions newest first, walking the articles' date index ----------------------------
# Ordered by the article's date and then the mention's id, a mention listing cannot come from
# one index. PostgreSQL walks the date index and probes each article's mentions by itself;
# SQLite (without statistics, and even with them) drives from `mentions` and sorts every
# match, 1 s at 100k stories. When the matches are many, the listing is made to walk the
# articles newest first (CROSS JOIN fixes the loop order in SQLite) and take each article's
# mentions through ix_mentions_article_id, so it stops after a page; when they are few
# (counted no further than DENSE_MENTIONS), fetching them all by the filter's index and
# sorting them is cheaper than walking articles that have none.
DENSE_MENTIONS = 2000


class _ArticlesThenMentions(Join):
    """articles joined to their mentions, rendered on SQLite as `articles CROSS JOIN
    mentions INDEXED BY ix_mentions_article_id` (an ordinary join elsewhere)."""

    inherit_cache = True


@compiles(_ArticlesThenMentions, "sqlite")
def _cross_join(join: _ArticlesThenMentions, compiler: Any, **kw: Any) -> str:
    kw["asfrom"] = True
    left = join.left._compiler_dispatch(compiler, **kw)
    right = join.right._compiler_dispatch(compiler, **kw)
    assert join.onclause is not None
    on = join.onclause._compiler_dispatch(compiler, **{k: v for k, v in kw.items()
                                                       if k != "asfrom"})
    return f"{left} CROSS JOIN {right} INDEXED BY ix_mentions_article_id ON {on}"


def articles_then_mentions() -> Select:
    tables = _ArticlesThenMentions(Article.__table__, Mention.__table__,
                                   Article.id == Mention.article_id)
    return select(Mention, Article).select_from(tables)


def _mention_source(session: Session, where: MentionFilter, page: PageRequest) -> Select:
    """Mentions with their articles, as SQLite should read them for `page` (see above)."""
    return (articles_then_mentions() if _walk_articles(session, where, page)
            else select(Mention, Article).join(Article))


def _walk_articles(session: Session, where: MentionFilter, page: PageRequest) -> bool:
    """SQLite, newest first: whether to walk the articles (see above)."""
    if session.get_bind().dialect.name != "sqlite":
        return False
    if sort_name(MENTIONS, page.sort) != MENTIONS.default:
        return False
    if not (where.category or where.group or where.attribution or where.min_count):
        return True
    first = (filter_mentions(select(Mention.id).join(Article), where)
             .limit(DENSE_MENTIONS + 1).subquery())
    return (session.scalar(select(func.count()).select_from(first)) or 0) > DENSE_MENTIONS


def claim_page(session: Session, where: ClaimFilter, page: PageRequest) -> Page:
    query, cut = paged(filter_claims(select(Claim), where), CLAIMS, page)
    rows, cursor = cut(list(session.execute(query).all()))
    return Page(claim_rows_of(session, [r[0] for r in rows]), sort_name(CLAIMS, page.sort),
                cursor)


def change_page(session: Session, where: ChangeFilter, page: PageRequest) -> Page:
    query = filter_changes(select(FigureChange, Article).join(Article), where)
    query, cut = paged(query.options(*CITING_ARTICLE), CHANGES, page)
    rows, cursor = cut(list(session.execute(query).all()))
    return Page(cited_changes_of(session, [(r[0], r[1]) for r in rows]),
                sort_name(CHANGES, page.sort), cursor)


def iter_pages(pager: Callable[[Session, FilterT, PageRequest], Page], session: Session,
               where: FilterT, first: PageRequest) -> Iterator[Page]:
    """Every page from `first` on, following next cursors: each page is one bounded query,
    and the session forgets a page's objects before the next, so memory stays flat."""
    page = pager(session, where, first)
    yield page
    while page.next_cursor:
        session.expunge_all()
        page = pager(session, where, replace(first, cursor=page.next_cursor))
        yield page


def filter_runs(query: Select, where: RunFilter) -> Select:
    if where.since:
        query = query.where(CrawlRun.started_at >= where.since)
    if where.until:
        query = query.where(CrawlRun.started_at < where.until)
    if where.status:
        query = query.where(CrawlRun.status == where.status)
    if where.trigger:
        query = query.where(CrawlRun.trigger == where.trigger)
    return query


def run_page(session: Session, where: RunFilter, page: PageRequest) -> Page:
    query, cut = paged(filter_runs(select(CrawlRun), where), RUNS, page)
    rows, cursor = cut(list(session.execute(query).all()))
    return Page([run_row(r[0]) for r in rows], sort_name(RUNS, page.sort), cursor)


# -- facets ---------------------------------------------------------------------------------
# Facets count the newest FACET_SAMPLE rows of the listing (its default order, an index walk
# that stops there), not every match: at 100k articles counting every match took 4.6-6.4 s
# per page, and a sample of 5,000 still 220-490 ms on PostgreSQL (34-55 ms with 1,000). When
# more rows match, `Facets.sampled` says so and the page shows it; a facet's link filters
# the whole table, whose pages are exact.
FACET_SAMPLE = 1000


class Facets(dict[str, list[tuple[str, int]]]):
    """Per facet, its most frequent values with their counts; `sampled`: when set, the counts
    are of the newest `sampled` matching rows only (more rows match)."""

    def __init__(self, values: dict[str, list[tuple[str, int]]] | None = None,
                 sampled: int | None = None) -> None:
        super().__init__(values or {})
        self.sampled = sampled


def _counts(session: Session, query: Select) -> list[tuple[str, int]]:
    value, count = query.selected_columns
    query = query.group_by(value).order_by(count.desc(), value).limit(FACET_VALUES)
    return [(str(v), int(n)) for v, n in session.execute(query).all() if v is not None]


def _newest(session: Session, query: Select, table: Table) -> tuple[list[int], int | None]:
    """The ids of the first FACET_SAMPLE rows of `query` (selecting the table's id) in the
    table's default order, fetched once (each facet then counts a list, rather than walking
    the listing again); and FACET_SAMPLE when that many were found (more may match), else
    None."""
    ordered, _cut = paged(query, table, PageRequest(limit=FACET_SAMPLE - 1))
    ids = [int(row[0]) for row in session.execute(ordered)]
    return ids, FACET_SAMPLE if len(ids) >= FACET_SAMPLE else None


def article_facets(session: Session, where: ArticleFilter) -> Facets:
    search = _search_plan(session, where, PageRequest(limit=FACET_SAMPLE - 1))
    ids, sampled = _newest(session, filter_articles(select(Article.id), where, search), ARTICLES)
    return Facets({
        "outlet": _counts(session, select(Article.outlet, func.count())
                          .where(Article.id.in_(ids))),
        "topic": _counts(session, select(ArticleTopic.topic, func.count())
                         .where(ArticleTopic.article_id.in_(ids))),
    }, sampled)


def mention_facets(session: Session, where: MentionFilter) -> Facets:
    source = _mention_source(session, where, PageRequest()).with_only_columns(Mention.id)
    ids, sampled = _newest(session, filter_mentions(source, where), MENTIONS)
    return Facets({
        "outlet": _counts(session, select(Article.outlet, func.count()).join(Mention)
                          .where(Mention.id.in_(ids))),
        "category": _counts(session, select(Mention.category, func.count())
                            .where(Mention.id.in_(ids))),
        "topic": _counts(session, select(ArticleTopic.topic, func.count(Mention.id.distinct()))
                         .join(Mention, Mention.article_id == ArticleTopic.article_id)
                         .where(Mention.id.in_(ids))),
    }, sampled)


def claim_facets(session: Session, where: ClaimFilter) -> Facets:
    ids, sampled = _newest(session, filter_claims(select(Claim.id), where), CLAIMS)
    claims = func.count(Mention.claim_id.distinct())
    return Facets({
        "category": _counts(session, select(Claim.category, func.count())
                            .where(Claim.id.in_(ids))),
        "outlet": _counts(session, select(Article.outlet, claims).join(Mention)
                          .where(Mention.claim_id.in_(ids), Mention.version == Article.version)),
        "topic": _counts(session, select(ArticleTopic.topic, claims)
                         .join(Mention, Mention.article_id == ArticleTopic.article_id)
                         .where(Mention.claim_id.in_(ids))),
    }, sampled)


def run_facets(session: Session, where: RunFilter) -> Facets:
    ids, sampled = _newest(session, filter_runs(select(CrawlRun.id), where), RUNS)
    return Facets({
        "status": _counts(session, select(CrawlRun.status, func.count())
                          .where(CrawlRun.id.in_(ids))),
        "trigger": _counts(session, select(CrawlRun.trigger, func.count())
                           .where(CrawlRun.id.in_(ids))),
    }, sampled)


def table_counts(session: Session) -> dict[str, int]:
    """How many articles, current mentions, claims, outlets and crawl runs are stored."""
    current = select(func.count()).select_from(Mention).join(Article).where(
        Mention.version == Article.version)
    return {
        "articles": session.scalar(select(func.count()).select_from(Article)) or 0,
        "mentions": session.scalar(current) or 0,
        "claims": session.scalar(filter_claims(select(func.count()).select_from(Claim),
                                               ClaimFilter())) or 0,
        "outlets": session.scalar(select(func.count()).select_from(
            distinct_values(Article.outlet, "outlets"))) or 0,
        "runs": session.scalar(select(func.count()).select_from(CrawlRun)) or 0,
    }


def refresh_counts(session: Session) -> dict[str, int]:
    """Count the tables (table_counts) and keep the counts for the home page; the caller
    serialises refreshes (newsmon.kept.refresh_estimates: one transaction, PostgreSQL's
    advisory lock)."""
    counts = table_counts(session)
    session.execute(delete(KeptCount))
    session.add_all(KeptCount(name=name, value=value) for name, value in counts.items())
    session.flush()
    return counts


def home_counts(session: Session) -> tuple[dict[str, int], datetime | None]:
    """The counts kept by the last refresh and when they were made; counted now (None)
    while none is kept."""
    kept = session.execute(select(KeptCount.name, KeptCount.value, KeptCount.counted_at)).all()
    if not kept:
        return table_counts(session), None
    return {name: int(value) for name, value, _at in kept}, min(at for _n, _v, at in kept)
