"""Word search (storage/search.py) on a real SQLite file and a real PostgreSQL database:
what matches, hostile input, the index kept in step with the articles, and migration
0008_search_indexes up and down."""

from __future__ import annotations

import zlib
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import delete, select, text

import storage.browse
import storage.queries
import storage.search
from storage.browse import PageRequest, article_facets, article_page
from storage.db import Database, alembic_config, make_engine
from storage.models import Article
from storage.queries import article_rows, find_articles, save_article
from storage.records import ArticleFilter, ArticleRecord
from storage.search import (
    FETCH,
    SET,
    SQLITE_FTS_TRIGGERS,
    WINDOW,
    SearchPlan,
    expanded_query,
    fts5_query,
    plan_search,
    search_words,
    tsquery,
)

NOW = datetime(2026, 11, 20, 8, 30, tzinfo=UTC)
HOSTILE = ['"', '""', "'", "*", "-", "- pyongyang", "NEAR(a b)", "NEAR", "AND", "OR", "NOT",
           "pyong*", '"unbalanced', "a:b", "title:drone", "^drone", "(", ")", "&", "|", "!",
           "<->", "\\", "%", "_", "%00", "'); DROP TABLE articles; --", "a & | b", "drone:*",
           "::", "ünïcödé", "😀", "x" * 5000, " ".join(["drone"] * 100), "\t\n", "ａｂｃ"]


@pytest.mark.parametrize(("text", "words"), [
    ("Drone strike", ["drone", "strike"]),
    ("  PYONGYANG  ", ["pyongyang"]),
    ('"killed" NEAR(a b) -x *', ["killed", "near", "a", "b", "x"]),
    ("co-operation, 1,000", ["co", "operation", "1", "000"]),
    ("foo_bar", ["foo", "bar"]),
    ("%00 ' \\ ;", ["00"]),
    ("***", []),
    ("Kyïv", ["kyïv"]),
])
def test_search_words(text: str, words: list[str]) -> None:
    assert search_words(text) == words


def test_query_texts_quote_every_word() -> None:
    assert fts5_query(["near", "drone"]) == '"near" "drone"*'
    assert tsquery(["near", "drone"]) == "'near' & 'drone':*"


def record(url: str, title: str, body: str, days_ago: int = 0) -> ArticleRecord:
    return ArticleRecord(url=url, outlet="a", text=body, title=title,
                         raw_html=zlib.compress(b"<p>x</p>"), extractor_version="t-1",
                         published_at=NOW - timedelta(days=days_ago))


STORIES = [
    record("https://e.org/1", "Drone strike near Kharkiv", "Officials said 12 were killed."),
    record("https://e.org/2", "Pyongyang sends troops", "The Pentagon confirmed it.", 1),
    record("https://e.org/3", "Kyïv talks", "NEAR the border, AND beyond: nothing.", 2),
    record("https://e.org/4", None, "Pentagon officials, drones and strikes.", 3),
]


def search(db: Database, words: str, **kw: object) -> list[str]:
    with db.begin() as s:
        return [r["url"][-1] for r in article_rows(s, ArticleFilter(search=words, **kw))]


@pytest.fixture
def stored(db_url: str) -> Database:
    db = Database(db_url)
    with db.begin() as s:
        for story in STORIES:
            save_article(s, story)
    return db


@pytest.mark.parametrize(("words", "found"), [
    ("pentagon", ["2", "4"]),                 # title or text, case-insensitive
    ("PENTAGON officials", ["4"]),            # every word must appear
    ("officials pentagon", ["4"]),            # in any order
    ("drone", ["1", "4"]),                    # the last word is also a prefix: drones
    ("dron", ["1", "4"]),
    ("dron strike", []),                      # only the last word is a prefix
    ("strike dron", ["1"]),                   # and the others whole words: not "strikes"
    ("yang", []),                             # not a substring search
    ("near", ["1", "3"]),                     # FTS operators are plain words
    ("NEAR AND", ["3"]),
    ("kyïv", ["3"]),
    ("kyiv", []),                             # accents count, on both backends
    ("12 killed", ["1"]),
    ("***", []),                              # no word: nothing matches
    ("", ["1", "2", "3", "4"]),               # blank: no filter
    ("   ", ["1", "2", "3", "4"]),
])
def test_word_search(stored: Database, words: str, found: list[str]) -> None:
    assert search(stored, words) == found


def test_search_combines_with_filters_and_limit(stored: Database) -> None:
    assert search(stored, "pentagon", since=NOW - timedelta(days=2)) == ["2"]
    assert search(stored, "pentagon", limit=1) == ["2"]


def test_hostile_search_text_never_fails(stored: Database) -> None:
    for words in HOSTILE:
        found = search(stored, words)
        assert set(found) <= {"1", "2", "3", "4"}, words
    assert search(stored, "- pyongyang") == ["2"]
    assert search(stored, "pyong*") == ["2"]


def test_two_searches_in_one_session_are_not_confused(stored: Database) -> None:
    """The compiled statement is cached by shape; each search keeps its own words."""
    with stored.begin() as s:
        first = article_rows(s, ArticleFilter(search="pentagon"))
        second = article_rows(s, ArticleFilter(search="kharkiv"))
    assert [r["url"] for r in first] == ["https://e.org/2", "https://e.org/4"]
    assert [r["url"] for r in second] == ["https://e.org/1"]


def test_the_index_follows_edits_and_deletes(stored: Database) -> None:
    with stored.begin() as s:
        story = s.scalars(select(Article).where(Article.url == "https://e.org/1")).one()
        story.title = "Ceasefire in Kharkiv"
        story.text = "No one was hurt."
    assert search(stored, "drone") == ["4"]
    assert search(stored, "ceasefire") == ["1"]
    assert search(stored, "hurt") == ["1"]
    with stored.begin() as s:
        s.execute(delete(Article).where(Article.url == "https://e.org/4"))
    assert search(stored, "pentagon") == ["2"]
    with stored.begin() as s:               # a new version of a story through ingest
        save_article(s, record("https://e.org/2", "Pyongyang recalls troops",
                               "Seoul confirmed it.", 1))
    assert search(stored, "seoul") == ["2"]
    assert search(stored, "pentagon") == []


def test_sqlite_triggers_exist_at_head(sqlite_url: str) -> None:
    """A later migration that batch-copies `articles` drops its triggers: this catches it."""
    db = Database(sqlite_url)
    with db.engine.connect() as conn:
        triggers = set(conn.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'trigger'").scalars())
    assert set(SQLITE_FTS_TRIGGERS) <= triggers
    db.dispose()


def _at_revision(db_url: str, revision: str, downgrade: bool = False) -> None:
    from alembic import command

    engine = make_engine(db_url)
    with engine.connect() as conn:
        cfg = alembic_config(db_url)
        cfg.attributes["connection"] = conn
        (command.downgrade if downgrade else command.upgrade)(cfg, revision)
        conn.commit()
    engine.dispose()


def _search_objects(db_url: str) -> set[str]:
    """Which of the search table, the GIN index and the date index exist (by catalog: the
    SQLite reflection leaves out expression indexes)."""
    names = ("articles_fts", "ix_articles_search", "ix_articles_published_id")
    catalog = ("SELECT name FROM sqlite_master" if db_url.startswith("sqlite")
               else "SELECT relname FROM pg_class")
    engine = make_engine(db_url)
    with engine.connect() as conn:
        found = set(conn.exec_driver_sql(catalog).scalars())
    engine.dispose()
    return found & set(names)


def test_migration_0008_indexes_stored_articles_and_goes_down(db_url: str) -> None:
    _at_revision(db_url, "0007_run_worker_job")
    engine = make_engine(db_url)
    with engine.begin() as conn:
        conn.execute(text(
            "INSERT INTO articles (id, url, outlet, title, text, raw_html, raw_encoding, "
            "extractor_version, first_seen_at, fetched_at, version) VALUES (1, 'https://e.org/9',"
            " 'a', 'Drone strike', 'Stored before the upgrade.', :raw, 'zlib', 't', :now, :now, "
            "1)"), {"raw": b"x", "now": NOW})
    engine.dispose()
    assert _search_objects(db_url) == set()
    backend_index = "articles_fts" if db_url.startswith("sqlite") else "ix_articles_search"
    _at_revision(db_url, "0008_search_indexes")
    assert _search_objects(db_url) == {backend_index, "ix_articles_published_id"}
    _at_revision(db_url, "head")   # the code searches at head (0011: the FTS5 vocabulary)
    db = Database(db_url, migrate=False)
    assert search(db, "upgrade") == ["9"] and search(db, "drone strike") == ["9"]
    db.dispose()
    _at_revision(db_url, "0007_run_worker_job", downgrade=True)
    assert _search_objects(db_url) == set()
    engine = make_engine(db_url)
    with engine.begin() as conn:   # no trigger left behind that writes to a missing table
        conn.execute(text("UPDATE articles SET title = 'Edited' WHERE id = 1"))
        conn.execute(text("DELETE FROM articles WHERE id = 1"))
    engine.dispose()
    _at_revision(db_url, "head")


# -- SQLite: how a search is read (storage.search.SearchPlan) ---------------------------------
@pytest.fixture
def every_plan(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Force SQLite's plan of each search (the real plan_search, with its `how` and, for a
    WINDOW, its lowest id replaced: from 1 every article is checked against the window's set,
    from 3 those below against the set of every match, from 10**9 every article is)."""
    how, lo = request.param
    chosen = storage.search.plan_search

    def forced(session: object, words: str | None, limit: int | None,
               walk: object = None) -> SearchPlan | None:
        plan = chosen(session, words, limit, walk)  # type: ignore[arg-type]
        return replace(plan, how=how, lo=lo) if plan else None
    monkeypatch.setattr(storage.queries, "plan_search", forced)
    monkeypatch.setattr(storage.browse, "plan_search", forced)
    return f"{how} {lo}"


@pytest.mark.parametrize("every_plan", [(FETCH, None), (SET, None), (WINDOW, 1), (WINDOW, 3),
                                        (WINDOW, 10**9)], indirect=True)
def test_every_plan_finds_the_same(sqlite_url: str, every_plan: str) -> None:
    db = Database(sqlite_url)
    with db.begin() as s:
        for story in STORIES:
            save_article(s, story)
    for words, found in [("pentagon", ["2", "4"]), ("dron", ["1", "4"]), ("drone", ["1", "4"]),
                         ("strike dron", ["1"]), ("dron strike", []), ("yang", []),
                         ("NEAR AND", ["3"]), ("kyïv", ["3"]), ("zzz", [])]:
        assert search(db, words) == found, (every_plan, words)
        assert search(db, words, limit=1) == found[:1], (every_plan, words)
        with db.begin() as s:   # the page of the web view and the API, and its facets
            page = article_page(s, ArticleFilter(search=words), PageRequest(limit=1))
            assert [r["url"][-1] for r in page.rows] == found[:1], (every_plan, words)
            facets = article_facets(s, ArticleFilter(search=words))
            assert sum(n for _o, n in facets["outlet"]) == len(found), (every_plan, words)
    for words in HOSTILE:
        assert set(search(db, words)) <= {"1", "2", "3", "4"}, (every_plan, words)
    db.dispose()


def test_a_prefix_is_expanded_to_its_terms(sqlite_url: str,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    """The last word stands for the terms that begin with it (exact terms, so a probe per
    article is cheap); with more than MAX_PREFIX_TERMS it stays a prefix query."""
    db = Database(sqlite_url)
    with db.begin() as s:
        for story in STORIES:
            save_article(s, story)
        assert expanded_query(s, ["dron"]) == ('("drone" OR "drones")', True)
        assert expanded_query(s, ["strike", "dron"]) == (
            '"strike" AND ("drone" OR "drones")', True)
        assert expanded_query(s, ["zzz"]) == ('"zzz"*', False)   # no term: matches nothing
        monkeypatch.setattr(storage.search, "MAX_PREFIX_TERMS", 1)
        assert expanded_query(s, ["dron"]) == ('"dron"*', False)
    db.dispose()


def test_a_dense_search_reads_the_matches_of_the_articles_its_page_walks(
        sqlite_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """The plans: few matches are fetched; many, in date order, a window from the lowest id
    the page is expected to walk (WALK_MARGIN x limit / density + WALK_EXTRA articles, from
    its cursor); in another order, when the page would walk too far, or when walking it
    again costs more than the set, a set of every match; a prefix of many terms, a set."""
    db = Database(sqlite_url)
    with db.begin() as s:
        for i in range(60):   # ids 1..60, the newest with the highest ids
            save_article(s, record(f"https://e.org/d{i}", f"Drone {i}", "drones again", 59 - i))
        assert plan_search(s, "drone", 10) == SearchPlan(FETCH, '("drone" OR "drones")')
        monkeypatch.setattr(storage.search, "DENSE_MATCHES", 20)
        assert plan_search(s, "drone", 10) == SearchPlan(SET, '("drone" OR "drones")')
        monkeypatch.setattr(storage.search, "WALK_EXTRA", 0)
        monkeypatch.setattr(storage.search, "WALK_MARGIN", 2.0)
        where = ArticleFilter(search="drone")
        # every article matches: a page of 10 walks 2 x 11 = 22 articles, ids 60..39
        assert storage.browse._search_plan(s, where, PageRequest(limit=10)) == SearchPlan(
            WINDOW, '("drone" OR "drones")', 39)
        first = article_page(s, where, PageRequest(limit=10))
        assert storage.browse._search_plan(s, where, PageRequest(limit=10, cursor=first.next_cursor)
                                           ) == SearchPlan(WINDOW, '("drone" OR "drones")', 29)
        oldest = PageRequest(limit=10, sort="published_at")   # oldest first: ids 1..22
        assert storage.browse._search_plan(s, where, oldest).lo == 1
        assert storage.browse._search_plan(s, where, PageRequest(limit=10, sort="outlet")
                                           ) == SearchPlan(SET, '("drone" OR "drones")')
        monkeypatch.setattr(storage.search, "MAX_WALK", 21)
        assert storage.browse._search_plan(s, where, PageRequest(limit=10)).how == SET
        monkeypatch.setattr(storage.search, "MAX_WALK", 100_000)
        # walking 22 articles again costs more than a set of 60 matches: a set
        monkeypatch.setattr(storage.search, "WALK_US", 1.0)
        assert storage.browse._search_plan(s, where, PageRequest(limit=10)).how == SET
        monkeypatch.setattr(storage.search, "WALK_US", 0.15)
        monkeypatch.setattr(storage.search, "MAX_PREFIX_TERMS", 1)   # a prefix: a set
        assert storage.browse._search_plan(s, where, PageRequest(limit=10)
                                           ) == SearchPlan(SET, '"drone"*')
        assert plan_search(s, "", 10) is None
        assert [a.id for a in find_articles(s, ArticleFilter(search="drone", limit=3))] == [
            60, 59, 58]
    db.dispose()
