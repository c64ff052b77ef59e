"""Storage on a real SQLite file and a real PostgreSQL database."""

from __future__ import annotations

import zlib
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select, text

from storage.db import Database, StorageError
from storage.models import Article, CrawlRun, Mention
from storage.queries import (
    article_rows,
    close_abandoned_runs,
    finish_run,
    mention_rows,
    record_outlet,
    save_article,
    start_run,
    url_exists,
)
from storage.records import ArticleFilter, ArticleRecord, MentionFilter, MentionRecord

NOW = datetime(2026, 11, 20, 8, 30, tzinfo=UTC)


def record(url: str, outlet: str = "a", days_ago: int = 0, **kw: object) -> ArticleRecord:
    html = f"<html><body><p>{url}</p></body></html>".encode()
    fields: dict = dict(
        url=url, outlet=outlet, text=f"Body of {url}. North Korean soldiers.",
        raw_html=zlib.compress(html), extractor_version="t-1", title=f"Title {url}",
        published_at=NOW - timedelta(days=days_ago), language="en", topics=["nk"],
    )
    fields.update(kw)
    return ArticleRecord(**fields)


def mention(low: int, category: str = "killed") -> MentionRecord:
    return MentionRecord(category=category, low=low, high=low, qualifier="exact",
                         group="North Korean soldiers", attribution="NIS", start=0, end=3,
                         sentence=f"{low} were killed.")


def test_migrates_on_first_use_and_is_idempotent(db_url: str) -> None:
    Database(db_url).dispose()
    db = Database(db_url)
    with db.begin() as s:
        version = s.execute(text("SELECT version_num FROM alembic_version")).scalar_one()
    assert version
    db.dispose()


def test_sqlite_uses_wal_and_busy_timeout(sqlite_url: str) -> None:
    db = Database(sqlite_url)
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000


def test_save_is_an_upsert_keyed_by_url(db_url: str) -> None:
    db = Database(db_url)
    with db.begin() as s:
        first_id, created = save_article(s, record("https://e.org/1", mentions=[mention(5)]))
    assert created
    with db.begin() as s:
        again_id, created = save_article(
            s, record("https://e.org/1", title="Edited", mentions=[mention(7), mention(2)]))
    assert (again_id, created) == (first_id, False)
    with db.begin() as s:
        assert s.scalar(select(func.count()).select_from(Article)) == 1
        article = s.get(Article, first_id)
        assert article is not None and article.title == "Edited"
        assert sorted(m.low for m in article.mentions) == [2, 7]
        assert s.scalar(select(func.count()).select_from(Mention)) == 2
        assert zlib.decompress(article.raw_html).startswith(b"<html>")
        assert article.published_at == NOW
        assert url_exists(s, "https://e.org/1") and not url_exists(s, "https://e.org/2")


def test_unique_url_is_enforced_by_the_database(db_url: str) -> None:
    db = Database(db_url)
    with pytest.raises(StorageError), db.begin() as s:
        for _ in range(2):
            s.add(Article(url="https://e.org/x", outlet="a", text="t", raw_html=b"",
                          extractor_version="v"))
        s.flush()


def test_article_filters(db_url: str) -> None:
    db = Database(db_url)
    with db.begin() as s:
        save_article(s, record("https://e.org/old", days_ago=10))
        save_article(s, record("https://e.org/new", outlet="b", topics=["other"]))
        save_article(s, record("https://e.org/mid", days_ago=3, text="Pyongyang said"))
    with db.begin() as s:
        def urls(**kw: object) -> list[str]:
            return [r["url"] for r in article_rows(s, ArticleFilter(**kw))]

        assert urls() == ["https://e.org/new", "https://e.org/mid", "https://e.org/old"]
        assert urls(since=NOW - timedelta(days=5)) == ["https://e.org/new", "https://e.org/mid"]
        assert urls(until=NOW - timedelta(days=5)) == ["https://e.org/old"]
        assert urls(outlets=("b",)) == ["https://e.org/new"]
        assert urls(topic="nk") == ["https://e.org/mid", "https://e.org/old"]
        assert urls(search="PYONGYANG") == ["https://e.org/mid"]
        assert urls(limit=1) == ["https://e.org/new"]
        row = article_rows(s, ArticleFilter(limit=1))[0]
        assert {"id", "url", "outlet", "title", "published_at", "language", "topics", "text"} <= set(row)


def test_mention_filters(db_url: str) -> None:
    db = Database(db_url)
    with db.begin() as s:
        save_article(s, record("https://e.org/1", mentions=[mention(6000, "casualties"), mention(100)]))
    with db.begin() as s:
        rows = mention_rows(s, MentionFilter(category="killed"))
        assert [r["low"] for r in rows] == [100]
        assert rows[0]["article_url"] == "https://e.org/1" and rows[0]["sentence"]
        assert [r["low"] for r in mention_rows(s, MentionFilter(min_count=1000))] == [6000]
        assert len(mention_rows(s, MentionFilter(group="korean", attribution="nis"))) == 2


def test_big_figures_fit(db_url: str) -> None:
    db = Database(db_url)
    with db.begin() as s:
        save_article(s, record("https://e.org/b", mentions=[mention(2_300_000_000, "casualties")]))
    with db.begin() as s:
        assert mention_rows(s, MentionFilter())[0]["low"] == 2_300_000_000


def test_crawl_run_is_recorded(db_url: str) -> None:
    db = Database(db_url)
    with db.begin() as s:
        run_id = start_run(s, "manual", ["a", "b"])
    with db.begin() as s:
        record_outlet(s, run_id, "a", {"stored": 3})
    with db.begin() as s:
        record_outlet(s, run_id, "b", {"stored": 1})
        finish_run(s, run_id, "completed")
    with db.begin() as s:
        run = s.get(CrawlRun, run_id)
        assert run is not None and run.status == "completed" and run.finished_at
        assert run.outlets == {"a": {"stored": 3}, "b": {"stored": 1}}


def test_unreachable_database_is_one_line_error() -> None:
    with pytest.raises(StorageError) as err:
        Database("postgresql+psycopg://nobody@127.0.0.1:1/none?connect_timeout=2")
    assert "\n" not in str(err.value) and "cannot open database" in str(err.value)


def test_bad_url_is_one_line_error() -> None:
    with pytest.raises(StorageError, match="not a database URL"):
        Database("not a url")


def test_abandoned_running_runs_are_closed(db_url: str) -> None:
    db = Database(db_url)
    with db.begin() as s:
        old = start_run(s, "scheduled", ["a"])
        s.get(CrawlRun, old).started_at = NOW - timedelta(days=1)  # type: ignore[union-attr]
        fresh = start_run(s, "manual", ["a"])
    with db.begin() as s:
        assert close_abandoned_runs(s, NOW) == [old]
    with db.begin() as s:
        stale, current = s.get(CrawlRun, old), s.get(CrawlRun, fresh)
        assert stale is not None and stale.status == "failed" and "abandoned" in stale.errors
        assert current is not None and current.status == "running"


def test_migration_0004_backfills_hedges_and_figure_keys(db_url: str) -> None:
    """A database at 0003 with a claim and its mention: the upgrade gives the claim its
    first mention's qualifier and its figure key."""
    from alembic import command

    from storage.db import alembic_config, make_engine

    engine = make_engine(db_url)
    with engine.connect() as conn:
        cfg = alembic_config(db_url)
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0003")
        conn.execute(text(
            "INSERT INTO articles (id, url, outlet, text, raw_html, raw_encoding, "
            "extractor_version, first_seen_at, fetched_at, version) VALUES (1, 'https://a.org/1',"
            " 'a', 't', :raw, 'zlib', 't', :now, :now, 1)"), {"raw": b"x", "now": NOW})
        conn.execute(text(
            "INSERT INTO claims (id, category, low, high, group_key, group_name, first_seen, "
            "last_seen, first_outlet, created_at) VALUES (7, 'killed', 140, 140, 'soldiers', "
            "'soldiers', :now, :now, 'a', :now)"), {"now": NOW})
        conn.execute(text(
            "INSERT INTO mentions (article_id, category, low, high, qualifier, start, \"end\", "
            "sentence, derived, extractor_version, version, claim_id) VALUES (1, 'killed', 140, "
            "140, 'at_least', 0, 3, 's', false, 'm', 1, 7)"))
        conn.commit()
    engine.dispose()
    db = Database(db_url, migrate=False)
    db.upgrade()                     # `newsmon db upgrade`
    with db.begin() as s:
        row = s.execute(text("SELECT qualifier, figure_key FROM claims WHERE id = 7")).one()
    assert tuple(row) == ("at_least", "killed|140|140|soldiers")
    db.dispose()


def test_postgresql_connections_do_not_jit_compile(pg_url: str) -> None:
    """Every connection of newsmon's engine runs with PostgreSQL's JIT off (storage.db
    .PG_OPTIONS: its statements are short); a URL with its own `options` keeps those."""
    from storage.db import make_engine

    engine = make_engine(pg_url)
    with engine.connect() as conn:
        assert conn.execute(text("SHOW jit")).scalar() == "off"
    engine.dispose()
    engine = make_engine(pg_url + "?options=-c%20work_mem%3D7MB")
    with engine.connect() as conn:
        assert conn.execute(text("SHOW work_mem")).scalar() == "7MB"
    engine.dispose()
