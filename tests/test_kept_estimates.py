"""Kept estimates (storage.kept_estimates) on a real SQLite file and a real PostgreSQL: every
page read from the kept rows, in every order, is the page cut from every estimate reconciled
from scratch (each row as lists show it); stories stored after a refresh show at once (their
marks are reconciled on read) and the next refresh consumes exactly those marks; another
configuration rebuilds the rows, and a filter the kept rows cannot answer falls back."""

from __future__ import annotations

import json
import urllib.request
from dataclasses import replace
from pathlib import Path
from typing import Any

from click.testing import CliRunner
from sqlalchemy import func, select

from config.model import load_config
from newsmon.cli import cli
from newsmon.views import ESTIMATE_SORTS, estimate_page, kept_estimate_page
from storage import kept_estimates
from storage.browse import Page, PageError, PageRequest, home_counts, table_counts
from storage.db import Database
from storage.kept_estimates import (
    _decoded,
    _encoded,
    kept_latest,
    kept_rows,
    refresh_kept,
    summary,
)
from storage.models import EstimateMark, KeptEstimate
from storage.queries import estimate_rows
from storage.records import EstimateFilter
from tests.test_estimate_points import CONFIGS, seeded_news
from tests.test_estimates import GROUPS, SOURCES, config_file, north_korea, serving

SORTS = [f"{sign}{name}" for name in ESTIMATE_SORTS for sign in ("", "-")]


def listed(session: Any, where: EstimateFilter) -> list[dict[str, Any]]:
    """Every estimate reconciled from scratch, as a kept row lists it (through JSON)."""
    return [_decoded(_encoded(summary(row))) for row in estimate_rows(session, where)]


def walk(session: Any, where: EstimateFilter, sort: str, limit: int) -> list[Page]:
    pages: list[Page] = []
    request = PageRequest(sort=sort, limit=limit)
    while len(pages) < 100:
        page = kept_estimate_page(session, where, request)
        assert page is not None
        pages.append(page)
        if not page.next_cursor:
            return pages
        request = replace(request, cursor=page.next_cursor)
    raise AssertionError("the pages did not end")


def expected_pages(rows: list[dict[str, Any]], sort: str, limit: int) -> list[Page]:
    pages: list[Page] = []
    request = PageRequest(sort=sort, limit=limit)
    while len(pages) < 100:
        page = estimate_page(rows, request)
        pages.append(page)
        if not page.next_cursor:
            return pages
        request = replace(request, cursor=page.next_cursor)
    raise AssertionError("the pages did not end")


def assert_kept_pages_exact(db: Database, where: EstimateFilter) -> int:
    """Every page in every order, and the count, equal those cut from every estimate."""
    with db.begin() as session:
        everything = listed(session, where)
        for sort in SORTS:
            for limit in (1, 3, 100):
                assert walk(session, where, sort, limit) == expected_pages(everything, sort,
                                                                           limit), sort
        latest = kept_latest(session, where, 5)
        assert latest is not None and latest[1] == len(everything)
    return len(everything)


def refresh(db: Database, where: EstimateFilter) -> tuple[int, bool]:
    with db.begin() as session:
        done = refresh_kept(session.connection(), where)
    return done.estimates, done.rebuilt


def marks(db: Database) -> int:
    with db.begin() as session:
        return session.scalar(select(func.count()).select_from(EstimateMark)) or 0


def test_kept_pages_are_the_pages_of_every_estimate(db_url: str) -> None:
    db = Database(db_url)
    north_korea(db)
    seeded_news(db, seed=11)
    assert marks(db) > 0                     # ingest marked what it touched
    for where in CONFIGS:
        settings = replace(where, category=None)
        written, rebuilt = refresh(db, settings)
        assert rebuilt and written > 0 and marks(db) == 0
        assert assert_kept_pages_exact(db, where) > 3
        assert assert_kept_pages_exact(db, replace(where, group="korean")) >= 1
        assert refresh(db, settings) == (0, False)      # nothing marked: nothing to do
    db.dispose()


def test_stories_stored_after_a_refresh_show_before_the_next(db_url: str) -> None:
    db = Database(db_url)
    where = EstimateFilter(groups=GROUPS, sources=SOURCES)
    seeded_news(db, seed=5, stories=40)
    refresh(db, where)
    with db.begin() as session:
        before = {(r.group_key, r.category): r.summary for r in session.scalars(
            select(KeptEstimate))}
    seeded_news(db, seed=6, stories=60)       # the same URLs: new versions, copies, new ones
    assert marks(db) > 0
    assert assert_kept_pages_exact(db, where) > 3      # the marked ones reconciled on read
    written, rebuilt = refresh(db, where)
    assert not rebuilt and written > 0 and marks(db) == 0
    assert assert_kept_pages_exact(db, where) > 3
    with db.begin() as session:
        after = {(r.group_key, r.category): r.summary for r in session.scalars(
            select(KeptEstimate))}
    assert after != before
    db.dispose()


def test_another_configuration_rebuilds_and_other_filters_fall_back(sqlite_url: str) -> None:
    db = Database(sqlite_url)
    north_korea(db)
    seeded_news(db, seed=3)
    loose, aliased = EstimateFilter(), EstimateFilter(groups=GROUPS, sources=SOURCES)
    with db.begin() as session:
        assert kept_rows(session, loose) is None          # never built: reconcile instead
    refresh(db, loose)
    assert refresh(db, aliased)[1]                       # another configuration: rebuilt
    with db.begin() as session:
        assert kept_rows(session, loose) is None
        assert kept_rows(session, replace(aliased, topic="x")) is None
        assert kept_rows(session, replace(aliased, window_days=5)) is None
        assert kept_rows(session, aliased) is not None
    assert assert_kept_pages_exact(db, aliased) > 3
    db.dispose()


def test_a_kept_row_lists_the_latest_history_and_figures(sqlite_url: str,
                                                         monkeypatch: Any) -> None:
    monkeypatch.setattr(kept_estimates, "HISTORY_KEPT", 4)
    monkeypatch.setattr(kept_estimates, "POINTS_KEPT", 5)
    db = Database(sqlite_url)
    seeded_news(db, seed=8, stories=100)
    where = EstimateFilter()
    refresh(db, where)
    with db.begin() as session:
        full = {(r.group_key, r.category): r for r in estimate_rows(session, where)}
        rows = kept_rows(session, where)
    assert rows is not None and len(rows) == len(full)
    long = [r for r in rows if r["points_total"] > 5 and r["history_steps"] > 4]
    assert long, "the mix should give an estimate with more figures than a row lists"
    for row in rows:
        whole = full[(row["group_key"], row["category"])]
        assert row["history_steps"] == len(whole.history)
        assert row["points_total"] == len(whole.points)
        assert len(row["history"]) == min(4, len(whole.history))
        assert len(row["points"]) >= min(5, len(whole.points))
        assert row["history"][-1]["as_of"] == whole.history[-1].as_of
        assert row["points"][-1]["published_at"] == whole.points[-1].published_at
        assert (row["low"], row["best"], row["high"]) == (whole.low, whole.best, whole.high)
    db.dispose()


def test_query_estimates_pages_from_the_kept_rows(db_url: str, tmp_path: Path) -> None:
    db = Database(db_url)
    north_korea(db)
    seeded_news(db, seed=12)
    db.dispose()
    outlets = str(config_file(tmp_path))
    runner = CliRunner()
    done = runner.invoke(cli, ["db", "refresh-estimates", "--db", db_url, "--outlets", outlets])
    assert done.exit_code == 0 and "rebuilt for this configuration" in done.output, done.output

    def query(*args: str) -> Any:
        result = runner.invoke(cli, ["query", "estimates", "--db", db_url, "--outlets", outlets,
                                     "--format", "json", *args])
        assert result.exit_code == 0, result.output
        return result

    every = json.loads(query("--all", "--limit", "2").stdout)
    first = query("--limit", "3")
    cursor = first.stderr.split("more: --cursor ")[1].strip()
    second = json.loads(query("--limit", "3", "--cursor", cursor).stdout)
    assert json.loads(first.stdout) + second == every[:6] and len(every) > 6
    full = json.loads(query("--all", "--full").stdout)
    assert [(r["group_key"], r["category"]) for r in full] == [
        (r["group_key"], r["category"]) for r in every]
    assert all(len(r["history"]) == r["history_steps"] for r in full)
    bad = runner.invoke(cli, ["query", "estimates", "--db", db_url, "--sort", "nope"])
    assert isinstance(bad.exception, PageError)       # newsmon.cli.run: one line, exit 2
    assert "sort: 'nope' is not one of" in str(bad.exception)


def test_api_estimates_pages_from_the_kept_rows_over_http(tmp_path: Path) -> None:
    db_url = f"sqlite:///{tmp_path / 'api.db'}"
    db = Database(db_url)
    north_korea(db)
    seeded_news(db, seed=12)
    outlets = config_file(tmp_path)
    where = EstimateFilter(groups=load_config(outlets).group_aliases(),
                           sources=load_config(outlets).source_aliases())
    refresh(db, where)
    with db.begin() as session:
        expected = expected_pages(listed(session, where), "-best", 4)
    db.dispose()
    with serving(db_url, outlets, tmp_path / "serve.log") as base:
        def get(url: str) -> tuple[list[dict[str, Any]], str | None]:
            with urllib.request.urlopen(url, timeout=10) as response:
                link = response.headers.get("Link")
                return json.load(response), link and link[1:link.index(">")]
        pages = [get(f"{base}/api/estimates?sort=-best&limit=4")]
        while pages[-1][1] and len(pages) < 50:
            pages.append(get(str(pages[-1][1])))
        full, _ = get(f"{base}/api/estimates?limit=1000&full=true")
    assert [rows for rows, _ in pages] == [
        json.loads(json.dumps(page.rows, default=lambda d: d.isoformat())) for page in expected]
    assert all(len(row["history"]) == row["history_steps"] for row in full)
    assert len(full) == sum(len(page.rows) for page in expected) > 4


def test_the_home_page_shows_the_counts_kept_by_the_last_refresh(tmp_path: Path) -> None:
    """Before any refresh the home page counts the tables itself; `db refresh-estimates`
    (as the end of every crawl) keeps the counts, which the page then shows with their
    time, until the next refresh counts the stories stored since."""
    db_url = f"sqlite:///{tmp_path / 'home.db'}"
    db = Database(db_url)
    north_korea(db)
    seeded_news(db, seed=12)
    with db.begin() as session:
        live = table_counts(session)
        assert home_counts(session) == (live, None) and live["articles"] > 0
    db.dispose()
    outlets = config_file(tmp_path)
    done = CliRunner().invoke(cli, ["db", "refresh-estimates", "--db", db_url,
                                    "--outlets", str(outlets)])
    assert done.exit_code == 0 and "counts kept" in done.output, done.output
    db = Database(db_url)
    seeded_news(db, seed=13)   # more stories, not counted until the next refresh
    with db.begin() as session:
        kept, counted_at = home_counts(session)
        assert kept == live and counted_at is not None
        assert table_counts(session)["articles"] > live["articles"]
    db.dispose()
    with (serving(db_url, outlets, tmp_path / "serve.log") as base,
          urllib.request.urlopen(f"{base}/", timeout=10) as response):
        home = response.read().decode()
    assert f"<b>{live['articles']}</b>articles" in home and "Totals counted" in home
    again = CliRunner().invoke(cli, ["db", "refresh-estimates", "--db", db_url,
                                     "--outlets", str(outlets)])
    assert again.exit_code == 0, again.output
    db = Database(db_url)
    with db.begin() as session:
        assert home_counts(session)[0] == table_counts(session) != live
    db.dispose()
