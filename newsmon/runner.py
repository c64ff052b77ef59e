"""Run outlet crawls in this process (one `CrawlerProcess.start()` per process).

The Twisted reactor cannot be restarted: call `run_crawl` once per process.
The scheduler (next issues) runs each crawl in a child process.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from scrapy.crawler import Crawler, CrawlerProcess
from scrapy.settings import Settings

from config.model import Config, Outlet
from crawler.spiders.outlet import OutletSpider
from crawler.summary import crawled_anything, outlet_summary
from pipelines.stages import acquire_pool
from pipelines.workers import WorkerPool
from storage.db import Database
from storage.queries import finish_run, start_run

GC_THRESHOLDS = (20_000, 20, 20)  # Python's defaults: (700, 10, 10)


@dataclass
class CrawlResult:
    run_id: int
    summaries: dict[str, dict[str, Any]] = field(default_factory=dict)

    @property
    def anything_crawled(self) -> bool:
        return any(crawled_anything(s) for s in self.summaries.values())

    @property
    def interrupted(self) -> bool:
        """A SIGTERM/SIGINT made Scrapy close a spider early (finish reason "shutdown")."""
        return any(s.get("finish_reason") == "shutdown" for s in self.summaries.values())


def crawl_settings(config: Config, db_url: str, outlets_file: str | None,
                   overrides: dict[str, Any] | None = None) -> Settings:
    """Scrapy settings: the project's defaults, then the [crawl] table, then overrides."""
    settings = Settings()
    settings.setmodule("crawler.settings", priority="project")
    crawl = config.crawl
    settings.setdict({
        "USER_AGENT": crawl.full_user_agent,
        "ROBOTSTXT_OBEY": crawl.obey_robots,
        "AUTOTHROTTLE_ENABLED": crawl.autothrottle,
        "CONCURRENT_REQUESTS_PER_DOMAIN": crawl.concurrency_per_domain,
        "DOWNLOAD_DELAY": crawl.download_delay,
        "DOWNLOAD_TIMEOUT": crawl.download_timeout,
        "DOWNLOAD_MAXSIZE": crawl.max_page_bytes,
        "DOWNLOAD_WARNSIZE": max(crawl.max_page_bytes // 2, 1),
        "RETRY_TIMES": crawl.retry_times,
        "NEWSMON_MIN_TEXT_CHARS": crawl.min_text_chars,
        "NEWSMON_CLEAN_WORKERS": crawl.clean_workers,
        "NEWSMON_DB": db_url,
        "NEWSMON_OUTLETS_FILE": outlets_file,
        "NEWSMON_TOPICS": [[t.name, list(t.keywords)] for t in config.topic],
        "NEWSMON_RECHECK_DAYS": crawl.recheck_days,
        "NEWSMON_TRACKING_PARAMS": list(crawl.tracking_params),
        "NEWSMON_DUPLICATE_THRESHOLD": config.dedup.duplicate_threshold,
        "NEWSMON_CLAIM_WINDOW_DAYS": config.dedup.claim_window_days,
    }, priority="cmdline")
    settings.setdict(overrides or {}, priority="cmdline")
    return settings


@contextmanager
def started_workers(settings: Settings) -> Iterator[WorkerPool]:
    """The crawl's worker pool, started now. Enter it before this process starts any thread
    (pipelines.workers): `run_crawl` with the same settings then shares it."""
    pool = acquire_pool(settings)
    try:
        yield pool
    finally:
        pool.release()


def run_crawl(config: Config, outlets: list[Outlet], db_url: str, outlets_file: str | None,
              trigger: str = "manual", overrides: dict[str, Any] | None = None,
              run_id: int | None = None) -> CrawlResult:
    """Crawl `outlets` once, all in one reactor run; record the run (in row `run_id` when the
    caller, e.g. the scheduler, opened it already); return per-outlet summaries."""
    settings = crawl_settings(config, db_url, outlets_file, overrides)
    # First, while this process may have no thread or connection yet (pipelines.workers):
    # the workers start while Scrapy sets up, and every crawler of the run shares them.
    with started_workers(settings):
        db = Database(db_url)
        if run_id is None:
            with db.begin() as session:
                run_id = start_run(session, trigger, [o.name for o in outlets])
        settings.set("NEWSMON_RUN_ID", run_id, priority="cmdline")
        return _run(process_for(settings, outlets), db, run_id)


def process_for(settings: Settings,
                outlets: list[Outlet]) -> tuple[CrawlerProcess, dict[str, Crawler]]:
    process = CrawlerProcess(settings)
    crawlers: dict[str, Crawler] = {}
    for outlet in outlets:
        crawler = process.create_crawler(OutletSpider)
        crawlers[outlet.name] = crawler
        process.crawl(crawler, outlet=outlet)
    return process, crawlers


def _run(started: tuple[CrawlerProcess, dict[str, Crawler]], db: Database,
         run_id: int) -> CrawlResult:
    process, crawlers = started
    status = "failed"
    try:
        settle_garbage_collector()
        process.start()
        status = "completed"
    except KeyboardInterrupt:
        status = "interrupted"
        raise
    finally:
        result = CrawlResult(run_id, {name: _summary(c) for name, c in crawlers.items()})
        if status == "completed" and result.interrupted:
            status = "interrupted"
        elif status == "completed" and not result.anything_crawled:
            status = "failed"
        with db.begin() as session:
            finish_run(session, run_id, status)
        db.dispose()
    return result


def settle_garbage_collector() -> None:
    """Fewer, cheaper collections during the crawl: what set-up built (modules, Scrapy's
    components, SQLAlchemy's metadata) is frozen out of the collector's sight, and the
    young generation may grow larger before a collection. Without this, collections that
    walk every imported object took 5-10% of the crawl's main-process CPU."""
    gc.collect()
    gc.freeze()
    gc.set_threshold(*GC_THRESHOLDS)


def _summary(crawler: Crawler) -> dict[str, Any]:
    try:
        stats = crawler.stats.get_stats()
    except RuntimeError:  # the crawl never started (e.g. the spider could not be created)
        stats = {}
    return outlet_summary(stats)
