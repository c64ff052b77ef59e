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
from storage.db import Database, alembic_config, make_engine
from storage.models import Article
from storage.queries import article_rows, save_article
from storage.records import ArticleFilter, ArticleRecord
from storage.search import (
    FETCH,
    PROBE,
    SET,
    SQLITE_FTS_TRIGGERS,
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
    """Force SQLite's plan of each search (the real plan_search, with its `how` replaced)."""
    how = request.param
    chosen = storage.queries.plan_search

    def forced(session: object, words: str | None, limit: int | None) -> SearchPlan | None:
        plan = chosen(session, words, limit)  # type: ignore[arg-type]
        return replace(plan, how=how) if plan else None
    monkeypatch.setattr(storage.queries, "plan_search", forced)
    monkeypatch.setattr(storage.browse, "plan_search", forced)
    return str(how)


@pytest.mark.parametrize("every_plan", [FETCH, SET, PROBE], indirect=True)
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


def test_a_dense_search_probes_per_article_when_that_is_cheaper(
        sqlite_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """The cost model: few matches are fetched; many, a set; and when building the set of
    every match would cost more than probing limit / density articles, a probe."""
    db = Database(sqlite_url)
    with db.begin() as s:
        for i in range(60):
            save_article(s, record(f"https://e.org/d{i}", f"Drone {i}", "drones again", i))
        assert plan_search(s, "drone", 10) == SearchPlan(FETCH, '("drone" OR "drones")')
        monkeypatch.setattr(storage.search, "DENSE_MATCHES", 20)
        assert plan_search(s, "drone", 10) == SearchPlan(SET, '("drone" OR "drones")')
        # every article matches: walking 11 costs 11 probes, the set 60 members
        monkeypatch.setattr(storage.search, "PROBE_US", 1.0)
        monkeypatch.setattr(storage.search, "SET_US", 0.25)
        assert plan_search(s, "drone", 10) == SearchPlan(PROBE, '("drone" OR "drones")')
        assert plan_search(s, "drone", 100) == SearchPlan(SET, '("drone" OR "drones")')
        monkeypatch.setattr(storage.search, "MAX_PREFIX_TERMS", 1)   # a prefix: no probe
        assert plan_search(s, "drone", 10) == SearchPlan(SET, '"drone"*')
        assert plan_search(s, "", 10) is None
    db.dispose()
