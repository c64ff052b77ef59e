"""The first page of each listing is answered from an index, not a scan of the table.

A database of some thousands of articles is filled (and analysed), then the real query
functions run while every statement they send is also EXPLAINed on the same cursor. The
plans must name the index (migration 0008_search_indexes) and must not scan `articles`,
`mentions` or `claims` whole, nor sort the whole table for the order. These are plans, not
timings: bench/ measures the speed.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import event, func, insert, select, text
from sqlalchemy.engine import Engine

from storage import browse
from storage.browse import (
    PageRequest,
    article_facets,
    article_page,
    claim_facets,
    claim_page,
    mention_facets,
    mention_page,
    run_page,
)
from storage.db import Database
from storage.digest import latest_claims
from storage.models import Article, ArticleTopic, Claim, CrawlRun, FigureChange, Mention
from storage.queries import (
    change_rows,
    filter_claims,
    find_articles,
    find_mentions,
    last_new_article_at,
)
from storage.records import (
    ArticleFilter,
    ChangeFilter,
    ClaimFilter,
    MentionFilter,
    RunFilter,
)
from tests.conftest import fresh_pg_database

ARTICLES = 6000
OUTLETS = [f"outlet{i}" for i in range(30)]
TOPICS = [f"topic{i}" for i in range(20)]
WORDS = ["drone", "strike", "troops", "border", "ministry", "officials", "village", "shelling"]
CATEGORIES = ["killed", "wounded", "missing", "captured"]
NOW = datetime(2026, 11, 20, tzinfo=UTC)


def _articles() -> Iterator[dict[str, Any]]:
    for i in range(1, ARTICLES + 1):
        words = " ".join(WORDS[(i * k) % len(WORDS)] for k in range(1, 30))
        yield {"id": i, "url": f"https://e.org/{i}", "outlet": OUTLETS[i % len(OUTLETS)],
               "title": f"Story {i} {WORDS[i % len(WORDS)]}",
               "text": f"{words} rare{i} {words}", "raw_html": b"x", "raw_encoding": "zlib",
               "extractor_version": "t", "first_seen_at": NOW - timedelta(minutes=i),
               "fetched_at": NOW, "published_at": None if i % 7 == 0 else
               NOW - timedelta(minutes=i, seconds=30), "version": 1}


def _mentions() -> Iterator[dict[str, Any]]:
    for i in range(1, ARTICLES * 3 + 1):
        low = (i * 37) % 500
        yield {"id": i, "article_id": i % ARTICLES + 1, "category": CATEGORIES[i % 4],
               "low": low, "high": low, "qualifier": "exact", "group_name": "soldiers",
               "attribution": "ministry", "start": 0, "end": 3, "sentence": "s",
               "derived": False, "in_title": False, "extractor_version": "m", "version": 1,
               "claim_id": i % (ARTICLES // 2) + 1}


def _claims() -> Iterator[dict[str, Any]]:
    for i in range(1, ARTICLES // 2 + 1):
        yield {"id": i, "category": CATEGORIES[i % 4], "low": i, "high": i,
               "qualifier": "exact", "figure_key": f"k{i}", "group_key": "soldiers",
               "group_name": "soldiers", "first_seen": NOW - timedelta(minutes=i),
               "last_seen": NOW, "first_outlet": OUTLETS[i % len(OUTLETS)],
               "first_article_id": i, "created_at": NOW}


def _fill(db: Database) -> None:
    with db.engine.begin() as conn:
        conn.execute(insert(Article), list(_articles()))
        conn.execute(insert(ArticleTopic), [{"article_id": i, "topic": TOPICS[i % len(TOPICS)]}
                                            for i in range(1, ARTICLES + 1)])
        conn.execute(insert(Claim), list(_claims()))
        conn.execute(insert(Mention), list(_mentions()))
        conn.execute(insert(FigureChange), [
            {"article_id": i, "from_version": 1, "to_version": 2, "category": "killed",
             "old_low": 1, "new_low": 2, "detected_at": NOW - timedelta(minutes=i)}
            for i in range(1, ARTICLES + 1)])
        conn.execute(insert(CrawlRun), [
            {"trigger": "manual", "started_at": NOW - timedelta(minutes=i), "status": "ok",
             "outlets": {}, "errors": {}} for i in range(1, ARTICLES + 1)])
    if db.engine.dialect.name == "postgresql":  # as autovacuum (and migration 0008) does;
        with db.engine.connect() as conn:       # newsmon never analyses a SQLite database
            conn.exec_driver_sql("ANALYZE")
            conn.commit()


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def filled(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
           ) -> Iterator[Database]:
    """A filled database per backend, shared by this module's tests (read only)."""
    if request.param == "sqlite":
        db = Database(f"sqlite:///{tmp_path_factory.mktemp('plans') / 'plans.db'}")
        _fill(db)
        yield db
        db.dispose()
        return
    with fresh_pg_database("newsmon_plans") as url:
        db = Database(url)
        _fill(db)
        yield db
        db.dispose()


@dataclass
class Plan:
    statement: str
    lines: list[str]

    def __str__(self) -> str:
        return self.statement + "\n" + "\n".join(self.lines)


@contextmanager
def explained(engine: Engine) -> Iterator[list[Plan]]:
    """Every SELECT sent on `engine` meanwhile, with its plan (EXPLAIN on the same cursor,
    with the same parameters, just before the statement itself runs)."""
    plans: list[Plan] = []
    sqlite = engine.dialect.name == "sqlite"

    def explain(conn: Any, cursor: Any, statement: str, parameters: Any, context: Any,
                executemany: bool) -> None:
        if not statement.lstrip().upper().startswith(("SELECT", "WITH")):
            return
        cursor.execute(("EXPLAIN QUERY PLAN " if sqlite else "EXPLAIN ") + statement,
                       parameters)
        rows = cursor.fetchall()
        plans.append(Plan(statement, [str(r[-1] if sqlite else r[0]) for r in rows]))

    event.listen(engine, "before_cursor_execute", explain)
    try:
        yield plans
    finally:
        event.remove(engine, "before_cursor_execute", explain)


def first_plan(db: Database, run: Callable[[Any], object], scan_last: bool = False) -> Plan:
    """The plan of the first listing statement `run(session)` sends (not the count of a
    search's planning statements before it, storage.search.plan_search). `scan_last`
    (PostgreSQL): a full scan only if nothing else can answer. The search vector is TOASTed,
    so on this small table the planner rightly finds a scan cheapest; the question here is
    whether the search *can* use its index (at 100k articles it does unasked, see
    bench/bench_search.py)."""
    with explained(db.engine) as plans, db.begin() as session:
        if scan_last and db.engine.dialect.name == "postgresql":
            session.execute(text("SET LOCAL enable_seqscan = off"))
        run(session)
    listing = [p for p in plans if not _planning(p.statement)][0]
    if os.environ.get("SHOW_PLANS"):
        print(f"\n[{db.engine.dialect.name}] {listing}")
    return listing


def _planning(statement: str) -> bool:
    """A statement storage.search.plan_search sends to choose a plan: counts of matches,
    the newest id, the terms of a prefix, the lowest id a page walks."""
    return (statement.startswith(("SELECT count(", "SELECT max(id)", "SELECT min("))
            or "articles_fts_vocab" in statement)


# -- what a plan must and must not say ---------------------------------------------------------
SQLITE_FULL_SCANS = ("SCAN articles", "SCAN mentions", "SCAN claims", "SCAN figure_changes",
                     "SCAN crawl_runs", "SCAN article_topics")
PG_FULL_SCANS = ("Seq Scan on articles", "Seq Scan on mentions", "Seq Scan on claims",
                 "Seq Scan on figure_changes", "Seq Scan on crawl_runs",
                 "Seq Scan on article_topics")


def assert_index_walk(plan: Plan, index: str, db: Database, sorted_ok: bool = False) -> None:
    """The plan uses `index`, scans no table whole and (unless `sorted_ok`: the rows are few,
    e.g. one search's matches) sorts nothing."""
    text = "\n".join(plan.lines)
    assert index in text, plan
    if db.engine.dialect.name == "sqlite":
        for line in plan.lines:
            detail = line.strip()
            assert detail not in SQLITE_FULL_SCANS, plan  # "SCAN t USING INDEX i" is a walk
        if not sorted_ok:
            assert "USE TEMP B-TREE FOR ORDER BY" not in text, plan
    else:
        assert not any(s in text for s in PG_FULL_SCANS), plan
        if not sorted_ok:
            assert not any(line.strip().startswith("->  Sort") or line.startswith("Sort")
                           for line in plan.lines), plan


# PostgreSQL: the GIN index or the date index walked with the stored vector as a filter, as
# its statistics say (a prefix's selectivity is a guess on this table's tiny vocabulary)
SEARCH_INDEX = {"sqlite": "articles_fts", "postgresql": "ix_articles_"}


# -- articles ---------------------------------------------------------------------------------
def test_query_articles_newest_first(filled: Database) -> None:
    plan = first_plan(filled, lambda s: find_articles(s, ArticleFilter(limit=50)))
    assert_index_walk(plan, "ix_articles_published_id", filled)


def test_query_articles_since(filled: Database) -> None:
    where = ArticleFilter(since=NOW - timedelta(days=1), limit=50)
    assert_index_walk(first_plan(filled, lambda s: find_articles(s, where)),
                      "ix_articles_published_id", filled)


def test_query_articles_of_one_outlet(filled: Database) -> None:
    where = ArticleFilter(outlets=("outlet3",), limit=50)
    assert_index_walk(first_plan(filled, lambda s: find_articles(s, where)),
                      "ix_articles_outlet_published_id", filled)


def test_query_articles_of_one_topic(filled: Database) -> None:
    where = ArticleFilter(topic="topic3", limit=50)
    plan = first_plan(filled, lambda s: find_articles(s, where))
    # a walk in date order, each article's topic looked up in an index of article_topics
    assert_index_walk(plan, "ix_articles_published_id", filled)
    assert "INDEX ix_article_topics" in str(plan) or "pk_article_topics" in str(plan), plan


def test_query_articles_search_uses_the_word_index(filled: Database) -> None:
    where = ArticleFilter(search="rare4242", limit=50)
    plan = first_plan(filled, lambda s: find_articles(s, where), scan_last=True)
    assert_index_walk(plan, SEARCH_INDEX[filled.engine.dialect.name], filled, sorted_ok=True)
    with filled.begin() as s:
        assert [a.id for a in find_articles(s, where)] == [4242]


def test_query_articles_search_of_a_common_word_walks_the_date_index(filled: Database) -> None:
    """Every article says "drone": the first page is the newest 50, found by walking the
    date index, not by fetching and sorting all 6,000 matches."""
    where = ArticleFilter(search="drone", limit=50)
    plan = first_plan(filled, lambda s: find_articles(s, where), scan_last=True)
    if filled.engine.dialect.name == "sqlite":
        assert_index_walk(plan, "ix_articles_published_id", filled)
        # the matches read only from the lowest id the page walks (SearchPlan.WINDOW)
        assert re.search(r"VIRTUAL TABLE INDEX 0:M\d*>", str(plan)), plan
    else:  # PostgreSQL's statistics choose: the date index or the GIN index, never a scan
        assert_index_walk(plan, "ix_articles_", filled, sorted_ok=True)
    with filled.begin() as s:
        assert len(find_articles(s, where)) == 50


def test_web_articles_pages(filled: Database) -> None:
    for sort, index in (("-published_at", "ix_articles_published_id"),
                        ("title", "ix_articles_title_id")):
        plan = first_plan(filled, lambda s, sort=sort: article_page(
            s, ArticleFilter(), PageRequest(sort=sort)))
        assert_index_walk(plan, index, filled)


def test_web_articles_search_page(filled: Database) -> None:
    plan = first_plan(filled, lambda s: article_page(s, ArticleFilter(search="rare77"),
                                                     PageRequest()), scan_last=True)
    assert_index_walk(plan, SEARCH_INDEX[filled.engine.dialect.name], filled, sorted_ok=True)


# -- mentions ---------------------------------------------------------------------------------
def test_query_mentions_newest_first(filled: Database) -> None:
    """`query mentions` and /mentions (mention_page): the article date index, each
    article's mentions through ix_mentions_article_id (on SQLite, by a CROSS JOIN)."""
    plan = first_plan(filled, lambda s: mention_page(s, MentionFilter(), PageRequest(limit=50)))
    # ordered by the story's date, its id, then the mention's id: no sort of a date's
    # stories (SQLite sorted every mention of a tie group before the first row)
    assert_index_walk(plan, "ix_articles_published_id", filled)
    assert "ix_mentions_article_id" in str(plan)


def test_query_mentions_category_min_count_since(filled: Database) -> None:
    where = MentionFilter(category="killed", min_count=490, since=NOW - timedelta(days=90),
                          limit=50)
    plan = first_plan(filled, lambda s: find_mentions(s, where))
    assert_index_walk(plan, "ix_mentions_", filled, sorted_ok=True)


def test_web_mentions_pages(filled: Database) -> None:
    for sort, index in (("-figure", "ix_mentions_figure_id"),
                        ("-published_at", "ix_articles_published_id")):
        plan = first_plan(filled, lambda s, sort=sort: mention_page(
            s, MentionFilter(), PageRequest(sort=sort)))
        assert_index_walk(plan, index, filled)


# -- claims, changes, runs ----------------------------------------------------------------------
@pytest.mark.parametrize(("where", "sort", "index"), [
    (ClaimFilter(), None, "ix_claims_first_seen_id"),
    (ClaimFilter(category="killed"), None, "ix_claims_category_first_seen_id"),
    (ClaimFilter(), "-figure", "ix_claims_figure_id"),
])
def test_web_claims_pages(filled: Database, where: ClaimFilter, sort: str | None,
                          index: str) -> None:
    plan = first_plan(filled, lambda s: claim_page(s, where, PageRequest(sort=sort)))
    assert_index_walk(plan, index, filled)


def test_query_changes_newest_first(filled: Database) -> None:
    plan = first_plan(filled, lambda s: change_rows(s, ChangeFilter(limit=50)))
    assert_index_walk(plan, "ix_figure_changes_detected_at_id", filled)


def test_runs_newest_first(filled: Database) -> None:
    plan = first_plan(filled, lambda s: run_page(s, RunFilter(), PageRequest()))
    assert_index_walk(plan, "ix_crawl_runs_started_at_id", filled)


@pytest.mark.parametrize("dense", [0, 10**9], ids=["walking articles", "by the filter"])
def test_mention_pages_are_the_same_by_either_plan(filled: Database, dense: int,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """Whichever way SQLite reads a filtered mention listing (walking the articles, or
    fetching the filter's matches and sorting), every page holds the same rows in the
    same order as the plain join on PostgreSQL would give: compared with the join path."""
    where = MentionFilter(category="killed", since=NOW - timedelta(days=400))
    with filled.begin() as session:
        expected = _all_pages(session, where, walk=False)
        monkeypatch.setattr(browse, "DENSE_MENTIONS", dense)
        assert _all_pages(session, where, walk=None) == expected
        assert len(expected) > 2 * 37
        assert _all_pages(session, MentionFilter(), walk=True)[:120] == _all_pages(
            session, MentionFilter(), walk=False, pages=4)[:120]


def _all_pages(session: Any, where: MentionFilter, walk: bool | None,
               pages: int = 1000) -> list[tuple[Any, ...]]:
    """Every row id (mention, article) of the pages of 37, following cursors; `walk`
    forces the plan (None: mention_page's choice)."""
    chosen = browse._walk_articles
    if walk is not None:
        browse._walk_articles = lambda *_: walk  # type: ignore[assignment]
    try:
        rows: list[tuple[Any, ...]] = []
        request = PageRequest(limit=37)
        for _ in range(pages):
            page = mention_page(session, where, request)
            rows += [(r["id"], r["article_id"]) for r in page.rows]
            if not page.next_cursor:
                break
            request = PageRequest(limit=37, cursor=page.next_cursor)
        return rows
    finally:
        browse._walk_articles = chosen  # type: ignore[assignment]


# -- the report's bounded reads -----------------------------------------------------------------
def test_last_new_article_per_outlet_seeks_an_index(filled: Database) -> None:
    """Each outlet's newest story: outlets skipped through, one seek each, no table scan;
    the same answer as grouping every article."""
    plan = first_plan(filled, last_new_article_at, scan_last=True)
    assert_index_walk(plan, "ix_articles_outlet_first_seen_at", filled, sorted_ok=True)
    grouped = select(Article.outlet, func.max(Article.first_seen_at)).group_by(Article.outlet)
    with filled.begin() as s:
        assert last_new_article_at(s) == dict(s.execute(grouped).all())
        assert len(last_new_article_at(s)) == len(OUTLETS)


@pytest.mark.parametrize("where", [ClaimFilter(), ClaimFilter(since=NOW - timedelta(days=2)),
                                   ClaimFilter(category="missing"), ClaimFilter(topic="topic3")])
def test_latest_claims_walk_each_category(filled: Database, where: ClaimFilter) -> None:
    """The report's latest claims per category: a walk of the category's date index that
    stops after its rows, the same claims as ranking every claim in the range."""
    plan = first_plan(filled, lambda s: latest_claims(s, replace(where, category="killed"), 7))
    assert_index_walk(plan, "ix_claims_category_first_seen_id", filled)
    rank = func.row_number().over(partition_by=Claim.category,
                                  order_by=(Claim.first_seen.desc(), Claim.id.desc()))
    ranked = filter_claims(select(Claim.id.label("id"), Claim.first_seen.label("seen"),
                                  rank.label("rank")), where).subquery()
    expected = (select(ranked.c.id).where(ranked.c.rank <= 7)
                .order_by(ranked.c.seen.desc(), ranked.c.id.desc()))
    with filled.begin() as s:
        found = [c.id for c in latest_claims(s, where, 7)]
        assert found == list(s.scalars(expected))
        assert len(found) >= 7
        if where == ClaimFilter():
            assert len(found) == 7 * len(CATEGORIES)


@pytest.mark.parametrize("facets", [
    lambda s: mention_facets(s, MentionFilter()),
    lambda s: mention_facets(s, MentionFilter(category="killed")),
    lambda s: claim_facets(s, ClaimFilter()),
    lambda s: article_facets(s, ArticleFilter()),
    lambda s: article_facets(s, ArticleFilter(search="drone")),
], ids=["mentions", "mentions of a category", "claims", "articles", "a search"])
def test_facets_read_a_bounded_sample(filled: Database, facets: Callable[[Any], Any],
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """The table pages' facets: no statement scans a table whole (the newest FACET_SAMPLE
    rows by an index walk, then counts over them); more rows match, so sampled."""
    monkeypatch.setattr(browse, "FACET_SAMPLE", 1000)
    with explained(filled.engine) as plans, filled.begin() as session:
        if filled.engine.dialect.name == "postgresql":
            session.execute(text("SET LOCAL enable_seqscan = off"))
        assert facets(session).sampled == browse.FACET_SAMPLE
    assert len(plans) >= 3
    for plan in plans:
        if filled.engine.dialect.name == "sqlite":
            assert not any(line.strip() in SQLITE_FULL_SCANS for line in plan.lines), plan
        else:
            assert not any(s in str(plan) for s in PG_FULL_SCANS), plan
