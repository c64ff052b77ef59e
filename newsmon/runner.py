"""Run outlet crawls in this process (one `CrawlerProcess.start()` per process).

The Twisted reactor cannot be restarted: call `run_crawl` once per process.
The scheduler (next issues) runs each crawl in a child process.
"""

from __future__ import annotations

import gc
import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from types import FrameType
from typing import Any

from scrapy.crawler import Crawler, CrawlerProcess
from scrapy.exceptions import IgnoreRequest
from scrapy.settings import Settings
from twisted.python.failure import Failure

from config.model import Config, Outlet
from crawler.outcome import EXIT_FAILED, Outcome, crawl_outcome
from crawler.spiders.outlet import OutletSpider
from crawler.summary import crawled_anything, outlet_summary
from newsmon.kept import refresh_after_run
from pipelines.crawl_database import attach_database
from pipelines.stages import acquire_pool
from pipelines.workers import WorkerPool
from storage.db import Database, StorageError
from storage.queries import adopt_run, finish_run, start_run

GC_THRESHOLDS = (20_000, 20, 20)  # Python's defaults: (700, 10, 10)


@dataclass
class CrawlResult:
    run_id: int
    summaries: dict[str, dict[str, Any]] = field(default_factory=dict)
    outcome: Outcome = field(default_factory=lambda: Outcome("completed", 0))

    @property
    def anything_crawled(self) -> bool:
        return any(crawled_anything(s) for s in self.summaries.values())

    @property
    def interrupted(self) -> bool:
        return self.outcome.status == "interrupted"


class StoppedEarly(IgnoreRequest):
    """A queued request dropped because the crawl is shutting down."""


class StopSignal:
    """The first SIGTERM or SIGINT this process received. Until Scrapy installs its own
    handlers (once its reactor runs), both raise KeyboardInterrupt, so a crawl stopped while
    it sets up ends the same way as one stopped mid-crawl: recorded `interrupted`."""

    received: int | None = None

    @classmethod
    def install(cls, *, reset: bool = True) -> None:
        if reset:
            cls.received = None
        if threading.current_thread() is not threading.main_thread():
            return  # only the main thread may set handlers (a crawl run from a test's thread)
        for sig in (signal.SIGTERM, signal.SIGINT):
            signal.signal(sig, cls._interrupt)

    @classmethod
    def note(cls, signum: int) -> None:
        cls.received = cls.received or signum

    @classmethod
    def _interrupt(cls, signum: int, _frame: FrameType | None) -> None:
        cls.note(signum)
        raise KeyboardInterrupt


class NewsmonCrawlerProcess(CrawlerProcess):
    """Scrapy's CrawlerProcess, noting which signal stopped it (StopSignal) and stopping
    promptly: Scrapy's graceful shutdown waits for every request its downloader holds, and
    with a download delay a slot may hold dozens waiting their turn (one per delay). Those
    not yet being fetched are dropped (counted as skipped `shutdown`), so a stop waits for
    at most the downloads in flight, bounded by their timeout."""

    def _signal_shutdown(self, signum: int, frame: Any) -> None:
        from twisted.internet import reactor

        StopSignal.note(signum)
        super()._signal_shutdown(signum, frame)
        reactor.callFromThread(self._drop_queued_downloads)

    def _drop_queued_downloads(self) -> None:
        for crawler in self.crawlers:
            engine = crawler.engine
            if engine is None or crawler.stats is None:
                continue
            for slot in engine.downloader.slots.values():
                while slot.queue:
                    _request, waiting = slot.queue.popleft()
                    waiting.errback(Failure(StoppedEarly("the crawl is shutting down")))
                    crawler.stats.inc_value("newsmon/skipped/shutdown")

    def _signal_kill(self, signum: int, frame: Any) -> None:
        StopSignal.note(signum)
        super()._signal_kill(signum, frame)


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


def run_crawl(config: Config, outlets: list[Outlet], db: Database, outlets_file: str | None,
              trigger: str = "manual", overrides: dict[str, Any] | None = None,
              run_id: int | None = None) -> CrawlResult:
    """Crawl `outlets` once, all in one reactor run, storing into `db` (the process's
    Database, which every crawler's components share; the caller disposes of it); record
    the run (in row `run_id` when the caller, e.g. the scheduler, opened it already);
    return per-outlet summaries."""
    settings = crawl_settings(config, db.url, outlets_file, overrides)
    # Started by the caller already, or now, before this process starts a thread
    # (pipelines.workers): the workers start while Scrapy sets up, and every crawler shares them.
    with started_workers(settings):
        with db.begin() as session:
            if run_id is None:
                run_id = start_run(session, trigger, [o.name for o in outlets])
            else:
                adopt_run(session, run_id)  # the scheduler opened it; this process runs it
        settings.set("NEWSMON_RUN_ID", run_id, priority="cmdline")
        result = _run(settings, outlets, db, run_id)
    refresh_after_run(db, config)   # the estimates the crawl's stories touched
    return result


def process_for(settings: Settings, outlets: list[Outlet],
                db: Database) -> tuple[CrawlerProcess, dict[str, Crawler]]:
    process = NewsmonCrawlerProcess(settings)
    crawlers: dict[str, Crawler] = {}
    for outlet in outlets:
        crawler = process.create_crawler(OutletSpider)
        attach_database(crawler, db)
        crawlers[outlet.name] = crawler
        process.crawl(crawler, outlet=outlet)
    return process, crawlers


def _run(settings: Settings, outlets: list[Outlet], db: Database, run_id: int) -> CrawlResult:
    """Run the crawl and record its outcome (status, errors by reason, exit code, duration),
    however it ends: completed, failed, or stopped by a signal at any point."""
    crawlers: dict[str, Crawler] = {}
    crashed: str | None = None
    try:
        process, crawlers = process_for(settings, outlets, db)
        settle_garbage_collector()
        process.start()
    except KeyboardInterrupt:
        StopSignal.note(signal.SIGINT)  # a Ctrl-C while Scrapy set up or shut down
    except Exception as exc:
        crashed = f"{type(exc).__name__}: {exc}"
        raise
    finally:
        StopSignal.install(reset=False)  # Scrapy's handlers need its reactor, now stopped
        summaries = {name: _summary(c) for name, c in crawlers.items()}
        result = CrawlResult(run_id, summaries,
                             crawl_outcome(summaries, StopSignal.received, crashed))
        _record(db, result)
    return result


def _record(db: Database, result: CrawlResult) -> None:
    outcome = result.outcome
    try:
        with db.begin() as session:
            finish_run(session, result.run_id, outcome.status, outcome.errors, outcome.exit_code)
    except StorageError as exc:  # the run then stays `running` until storage.liveness closes it
        outcome.errors["database/record_run"] = str(exc)
        if outcome.status != "interrupted":
            outcome.status, outcome.exit_code = "failed", EXIT_FAILED


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
