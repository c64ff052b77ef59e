"""`newsmon demo`: crawl the bundled sample outlet on 127.0.0.1 into a fresh database."""

from __future__ import annotations

import sys
import time
from pathlib import Path

import click

from config.model import Config, CrawlSettings, Outlet, Topic
from newsmon import commands
from newsmon.output import write_rows
from newsmon.sample_site import SampleSite
from storage.db import Database, safe_url
from storage.queries import article_rows, mention_rows
from storage.records import ArticleFilter, MentionFilter

DEMO_DB = "newsmon-demo.db"


def demo_config(site: SampleSite) -> Config:
    """One outlet covering every discovery route of the sample site."""
    base = site.base_url
    outlet = Outlet(
        name="sample-ledger",
        feeds=[f"{base}/feeds/rss.xml", f"{base}/feeds/atom.xml"],
        sitemaps=[f"{base}/sitemap_index.xml"],
        start_urls=[f"{base}/world/"],
        allowed_domains=["127.0.0.1"],
        language="en",
        max_age_days=30,
    )
    crawl = CrawlSettings(download_delay=0, autothrottle=False, retry_times=2,
                          max_page_bytes=1_000_000)
    topics = [Topic(name="foreign-troops", keywords=["troops", "soldiers", "intelligence"]),
              Topic(name="local-crime", keywords=["shooting", "police", "shot"])]
    return Config(crawl=crawl, topic=topics, outlet=[outlet])


def run_demo(db: str | None, serve_seconds: int = 0) -> int:
    db_url = db or _fresh_default_db()
    with SampleSite() as site:
        click.echo(f"sample outlet serving at {site.base_url}", err=True)
        code = commands.crawl((), None, db_url, "ERROR", config=demo_config(site),
                              overrides={"RETRY_BACKOFF_BASE": 0.2})
        _show_results(db_url)
        if serve_seconds:
            click.echo(f"sample site stays up for {serve_seconds}s at {site.base_url}", err=True)
            time.sleep(serve_seconds)
    click.echo(f"\nExplore: newsmon query articles --db {db_url}\n"
               f"         newsmon query mentions --db {db_url} --format json", err=True)
    return code


def _fresh_default_db() -> str:
    path = Path(DEMO_DB)
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    return f"sqlite:///{path}"


def _show_results(db_url: str) -> None:
    database = Database(db_url)
    with database.begin() as session:
        articles = article_rows(session, ArticleFilter(limit=20))
        mentions = mention_rows(session, MentionFilter(limit=20))
    database.dispose()
    click.echo(f"\nStored articles in {safe_url(db_url)}:")
    write_rows(articles, "table", sys.stdout, ("id", "published_at", "title", "topics"),
               {"title": 70})
    click.echo("\nCasualty mentions:")
    write_rows(mentions, "table", sys.stdout,
               ("category", "low", "high", "qualifier", "group", "attribution", "in_title"),
               {"group": 35, "attribution": 40})
