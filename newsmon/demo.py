"""`newsmon demo`: crawl the bundled sample outlets on 127.0.0.1 into a fresh database.

Two crawls of the sample site (`newsmon.sample_site`): the first stores every story, then
the site publishes an edit of one story and a second crawl re-checks the young ones and
stores the edit as a new version. The configuration is written to `newsmon-demo.toml`
beside the database, so the commands the demo prints (query, serve, report) use the same
group and source aliases. What the demo shows (README, "Quick start"): claims with their
hedges, a syndicated copy counted once, a changed figure, and the estimate of Drovnian
troops killed from three sources: low 48, best 105, high 140.
"""

from __future__ import annotations

import shlex
import subprocess
import sys
import time
from pathlib import Path

import click

from config.model import Config, parse_config
from newsmon import commands
from newsmon.kept import configured_estimates
from newsmon.output import VIEWS, render, write_rows
from newsmon.sample_site import SampleSite
from storage.db import Database, safe_url
from storage.queries import article_rows, cited_change_rows, claim_rows, estimate_rows
from storage.records import ArticleFilter, ChangeFilter, ClaimFilter

DEMO_DB = "newsmon-demo.db"
DEMO_CONFIG = "newsmon-demo.toml"
SECOND_CRAWL_TIMEOUT_S = 300


def demo_toml(site: SampleSite) -> str:
    """The demo's configuration: the Ledger (every discovery route), the wire outlet that
    syndicates one of its stories, topics, and the alias tables estimates use."""
    base = site.base_url
    return f'''# written by `newsmon demo` for the sample site it served at {base}
[crawl]
download_delay = 0
autothrottle = false
retry_times = 2
max_page_bytes = 1000000

[estimates]
window_days = 30

[[topic]]
name = "foreign-troops"
keywords = ["troops", "soldiers", "intelligence"]

[[topic]]
name = "local-crime"
keywords = ["shooting", "police", "shot"]

[[group]]
name = "Drovnian troops"
aliases = ["Drovnian soldiers", "Drovnian forces", "Drovnian servicemen"]

[[source]]
name = "Veskarian Defense Intelligence Directorate"
aliases = ["Veskaria's Defense Intelligence Directorate", "the directorate",
           "Veskaria's military intelligence service"]

[[source]]
name = "Calder Institute for Security Studies"
aliases = ["the Calder Institute"]

[[source]]
name = "Drovnian defense ministry"
aliases = ["Drovnia's defense ministry"]

[[outlet]]
name = "sample-ledger"
feeds = ["{base}/feeds/rss.xml", "{base}/feeds/atom.xml"]
sitemaps = ["{base}/sitemap_index.xml"]
start_urls = ["{base}/world/"]
allowed_domains = ["127.0.0.1"]
exclude_url_pattern = '/wire/'
language = "en"
max_age_days = 30

[[outlet]]
name = "calder-wire"
start_urls = ["{base}/wire/"]
allowed_domains = ["127.0.0.1"]
article_url_pattern = '/wire/20'
language = "en"
max_age_days = 30
'''


def demo_config(site: SampleSite) -> Config:
    import tomllib

    return parse_config(tomllib.loads(demo_toml(site)), DEMO_CONFIG)


def run_demo(db: str | None, serve_seconds: int = 0) -> int:
    db_url = db or _fresh_default_db()
    config_path = _config_path(db_url)
    with SampleSite() as site:
        click.echo(f"sample outlets serving at {site.base_url}", err=True)
        config_path.write_text(demo_toml(site), encoding="utf-8")
        code = commands.crawl((), str(config_path), db_url, "ERROR",
                              overrides={"RETRY_BACKOFF_BASE": 0.2})
        edited = site.publish_edits()
        click.echo(f"the outlet edited {', '.join(edited)}; crawling again ...", err=True)
        code = code or _crawl_again(config_path, db_url)
        _show_results(db_url, demo_config(site))
        if serve_seconds:
            click.echo(f"sample site stays up for {serve_seconds}s at {site.base_url}", err=True)
            time.sleep(serve_seconds)
    click.echo(next_steps(db_url, config_path))
    return code


def _crawl_again(config_path: Path, db_url: str) -> int:
    """The second crawl, in its own process (a Scrapy reactor runs once per process)."""
    done = subprocess.run([sys.executable, "-m", "newsmon", "crawl", "--outlets", str(config_path),
                           "--db", db_url, "--log-level", "ERROR"], capture_output=True,
                          text=True, timeout=SECOND_CRAWL_TIMEOUT_S, check=False)
    if done.returncode:
        click.echo(done.stderr.strip(), err=True)
    return done.returncode


def _config_path(db_url: str) -> Path:
    """`newsmon-demo.toml` beside a SQLite database file, else in the current directory."""
    if db_url.startswith("sqlite:///") and not db_url.endswith(":memory:"):
        return Path(db_url.removeprefix("sqlite:///")).parent / DEMO_CONFIG
    return Path(DEMO_CONFIG)


def _fresh_default_db() -> str:
    path = Path(DEMO_DB)
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    return f"sqlite:///{path}"


def _show_results(db_url: str, config: Config) -> None:
    estimates = configured_estimates(config)
    database = Database(db_url)
    with database.begin() as session:
        articles = article_rows(session, ArticleFilter(limit=30))
        claims = claim_rows(session, ClaimFilter(limit=30))
        changes = cited_change_rows(session, ChangeFilter())
        rows = [r.as_dict() for r in estimate_rows(session, estimates)]
    database.dispose()
    click.echo(f"\nStored articles in {safe_url(db_url)}:")
    write_rows(articles, "table", sys.stdout, ("id", "published_at", "outlet", "title"),
               {"title": 70})
    click.echo("\nClaims (a figure as reported, with its hedge; copies count once):")
    render(claims, "table", sys.stdout, VIEWS["claims"])
    click.echo("\nFigures changed in edited stories:")
    render(changes, "table", sys.stdout, VIEWS["changes"])
    click.echo("\nEstimates (low, best = median of the latest independent figures, high):")
    render(rows, "table", sys.stdout, VIEWS["estimates"])


def next_steps(db_url: str, config_path: Path) -> str:
    """The exact commands to explore the demo database."""
    exe = ".venv/bin/newsmon" if Path(".venv/bin/newsmon").exists() else "newsmon"
    db, cfg = shlex.quote(db_url), shlex.quote(str(config_path))
    return "\n".join([
        "",
        "Explore the demo database (after `. .venv/bin/activate`, plain `newsmon` works too):",
        f"  {exe} query estimates --db {db} --outlets {cfg} --group drovnian",
        f"  {exe} query estimates --db {db} --outlets {cfg} --format json",
        f"  {exe} query claims --db {db}",
        f"  {exe} query changes --db {db}",
        f"  {exe} serve --db {db} --outlets {cfg}      # then open http://127.0.0.1:8000/",
        f"  {exe} report --db {db} --outlets {cfg} --out newsmon-demo-report.html",
    ])
