"""End to end: the bundled sample outlet, served on 127.0.0.1, crawled through the real
Scrapy engine and pipelines by `newsmon crawl`, checked in the database and the server's log."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from newsmon.sample_site import SampleSite, load_expected
from pipelines.cleaning import ZSTD_MAGIC, decompress_html
from storage.db import Database
from storage.models import Article, CrawlRun
from tests.sitecrawl import newsmon, query_json, write_outlets

EXPECTED = load_expected()
PAGES: dict[str, dict[str, Any]] = EXPECTED["pages"]
STORED = {p: v for p, v in PAGES.items() if v["expect"] == "stored"}
SKIPPED = {p: v for p, v in PAGES.items() if v["expect"] == "skipped"}


@dataclass
class Crawl:
    site: SampleSite
    offsite: SampleSite
    db_url: str
    stdout: str
    stderr: str
    code: int

    def articles(self) -> dict[str, dict[str, Any]]:
        rows = query_json("articles", self.db_url, "--limit", "1000")
        return {r["url"].removeprefix(self.site.base_url): r for r in rows}


@pytest.fixture(scope="module")
def crawl(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Crawl]:
    tmp = tmp_path_factory.mktemp("crawl")
    with SampleSite(host="127.0.0.2") as offsite, \
            SampleSite(offsite_base=offsite.base_url) as site:
        outlets = write_outlets(tmp / "outlets.toml", site)
        db_url = f"sqlite:///{tmp / 'crawl.db'}"
        result = newsmon("crawl", "--outlets", str(outlets), "--db", db_url)
        yield Crawl(site, offsite, db_url, result.stdout, result.stderr, result.returncode)


def test_crawl_completes_and_prints_a_summary(crawl: Crawl) -> None:
    assert crawl.code == 0, crawl.stderr
    header, _, row = crawl.stdout.splitlines()[:3]
    assert header.split()[:6] == ["outlet", "discovered", "fetched", "stored", "new", "mentions"]
    cells = row.split()
    assert cells[0] == "ledger" and int(cells[3]) == len(STORED)


def test_stores_exactly_the_articles(crawl: Crawl) -> None:
    assert sorted(crawl.articles()) == sorted(STORED)


@pytest.mark.parametrize("path", sorted(STORED))
def test_article_text_and_metadata(crawl: Crawl, path: str) -> None:
    expected = STORED[path]
    row = crawl.articles()[path]
    for sentence in expected["must_contain"]:
        assert sentence in row["text"]
    for boilerplate in expected["must_not_contain"]:
        assert boilerplate not in row["text"]
    assert row["title"] == expected["title"]
    assert row["language"] == "en"
    published = datetime.fromisoformat(row["published_at"])
    # the page's own time (JSON-LD, meta tag, <time datetime>), to the minute, whichever
    # listing found it: the same on every run (issue 13)
    assert published == crawl.site.now - timedelta(days=expected["published_days_ago"])


def test_tracking_parameters_and_fragments_are_stripped(crawl: Crawl) -> None:
    for url in (r["url"] for r in query_json("articles", crawl.db_url)):
        assert "utm_" not in url and "fbclid" not in url and "#" not in url


def test_topics_are_tagged(crawl: Crawl) -> None:
    articles = crawl.articles()
    assert "drovnia" in articles["/news/2026/11/drovnian-brigade-reaches-front.html"]["topics"]
    assert "crime" in articles["/news/2026/11/harbor-district-shooting.html"]["topics"]
    assert articles["/news/2026/11/ferry-fares-rise.html"]["topics"] == []


def test_offsite_robots_and_old_stories_are_never_fetched(crawl: Crawl) -> None:
    assert crawl.offsite.requests == []
    requested = {p.split("?")[0] for p in crawl.site.paths_requested()}
    for path, page in SKIPPED.items():
        if not page["fetched"]:
            assert path not in requested, f"{path} ({page['reason']}) was fetched"
    assert "/robots.txt" in requested


def test_flaky_page_is_retried_and_stored(crawl: Crawl) -> None:
    path = "/news/2026/11/flaky-council-vote-delayed.html"
    statuses = [r.status for r in crawl.site.requests if r.path.split("?")[0] == path]
    assert statuses[:2] == [500, 200]
    assert path in crawl.articles()


def run_summary(db_url: str) -> dict[str, Any]:
    db = Database(db_url)
    with db.begin() as session:
        run = session.scalars(select(CrawlRun).order_by(CrawlRun.id.desc())).first()
        assert run is not None
        summary = {"status": run.status, "finished": run.finished_at, **run.outlets["ledger"]}
    db.dispose()
    return summary


def test_run_is_recorded_with_counts_and_reasons(crawl: Crawl) -> None:
    summary = run_summary(crawl.db_url)
    assert summary["status"] == "completed" and summary["finished"]
    assert summary["stored"] == len(STORED)
    assert summary["skipped"]["non_html"] == 1
    assert summary["skipped"]["too_old"] >= 1
    assert summary["skipped"]["offsite"] >= 1
    assert summary["skipped"]["robots"] == 1
    assert summary["errors"]["oversize"] == 1
    assert summary["dropped"] == {"TooShort": 1}
    assert summary["retries"] >= 1


def test_raw_html_is_kept_compressed_with_extractor_version(crawl: Crawl) -> None:
    db = Database(crawl.db_url)
    with db.begin() as session:
        for article in session.scalars(select(Article)):
            assert article.raw_encoding == "zstd" and article.raw_html.startswith(ZSTD_MAGIC)
            html = decompress_html(article.raw_html)
            assert b"<article" in html and len(article.raw_html) < len(html)
            assert article.extractor_version.startswith("trafilatura-")
    db.dispose()


def test_second_crawl_updates_rather_than_duplicates(crawl: Crawl, tmp_path: Path) -> None:
    outlets = write_outlets(tmp_path / "outlets.toml", crawl.site)
    result = newsmon("crawl", "--outlets", str(outlets), "--db", crawl.db_url)
    assert result.returncode == 0, result.stderr
    assert sorted(crawl.articles()) == sorted(STORED)


def test_query_filters_over_the_crawl(crawl: Crawl) -> None:
    rows = query_json("articles", crawl.db_url, "--topic", "crime")
    assert rows and all("crime" in r["topics"] for r in rows)
    rows = query_json("articles", crawl.db_url, "--search", "ferry")
    assert [r["url"].endswith("ferry-fares-rise.html") for r in rows] == [True]
    assert query_json("articles", crawl.db_url, "--outlet", "nobody") == []
    csv_out = newsmon("query", "articles", "--db", crawl.db_url, "--format", "csv").stdout
    assert csv_out.splitlines()[0].startswith("id,url,outlet,title,published_at,language,topics")


def test_manual_scrapy_crawl_runs_the_same_spider(crawl: Crawl, tmp_path: Path) -> None:
    from tests.sitecrawl import scrapy_crawl

    outlets = write_outlets(tmp_path / "outlets.toml", crawl.site)
    db_url = f"sqlite:///{tmp_path / 'manual.db'}"
    result = scrapy_crawl(outlets, db_url, "LOG_LEVEL=INFO")
    assert result.returncode == 0, result.stderr[-2000:]
    rows = query_json("articles", db_url, "--limit", "1000")
    assert len(rows) == len(STORED)
    assert run_summary(db_url)["status"] == "completed"
    # INFO shows Scrapy's own summary lines, not its per-page DEBUG ones, and no
    # remote-control server (Scrapy 2.19 starts one unless told not to) was opened
    assert "Spider opened" in result.stderr and "Crawled (200)" not in result.stderr
    assert "Remote control" not in result.stderr


def test_nothing_crawlable_exits_non_zero(tmp_path: Path) -> None:
    outlets = tmp_path / "outlets.toml"
    outlets.write_text('[crawl]\nretry_times = 0\ndownload_timeout = 2\n[[outlet]]\nname = "dead"\n'
                       'feeds = ["http://127.0.0.1:9/feed.xml"]\n', encoding="utf-8")
    result = newsmon("crawl", "--outlets", str(outlets), "--db", f"sqlite:///{tmp_path / 'd.db'}")
    assert result.returncode == 1
    assert "nothing could be crawled" in result.stderr
    assert "errors" in result.stdout and "connection" in result.stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["crawl", "--outlets", "/nonexistent.toml"], "no such file"),
        (["crawl", "--outlet", "nobody"], "unknown outlet 'nobody'"),
        (["query", "articles", "--since", "yesterday-ish"], "is not a date"),
        (["query", "articles", "--db", "postgresql+psycopg://x@127.0.0.1:1/none"],
         "cannot open database"),
    ],
)
def test_user_errors_are_one_line(args: list[str], message: str, tmp_path: Path) -> None:
    result = newsmon(*args, env={"NEWSMON_DB": f"sqlite:///{tmp_path / 'e.db'}"})
    assert result.returncode != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("newsmon: error:") and message in lines[0]


def test_outlets_command_validates(tmp_path: Path) -> None:
    result = newsmon("outlets", "--format", "json")
    assert result.returncode == 0
    assert {"yonhap", "nk-news"} <= {o["name"] for o in json.loads(result.stdout)}
    bad = tmp_path / "bad.toml"
    bad.write_text('[[outlet]]\nname = "x"\nfeeds = ["nope"]\n', encoding="utf-8")
    result = newsmon("outlets", "--outlets", str(bad))
    assert result.returncode == 2 and "outlet 'x': feeds[0]" in result.stderr


def test_crawl_into_postgresql(pg_url: str, tmp_path: Path) -> None:
    with SampleSite() as site:
        outlets = write_outlets(tmp_path / "outlets.toml", site)
        result = newsmon("crawl", "--outlets", str(outlets), "--db", pg_url)
        assert result.returncode == 0, result.stderr[-2000:]
    rows = query_json("articles", pg_url, "--limit", "100")
    assert sorted(r["url"].removeprefix(site.base_url) for r in rows) == sorted(STORED)
    assert query_json("mentions", pg_url, "--category", "killed")
    assert run_summary(pg_url)["stored"] == len(STORED)
