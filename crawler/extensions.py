"""RunRecorder: writes each outlet's summary into the crawl-run table when its spider closes.
Progress: a line on stderr now and then. ScrapyLogLevel: Scrapy's own loggers at LOG_LEVEL.

`newsmon crawl` opens the run and passes NEWSMON_RUN_ID; a manual
`scrapy crawl outlet` run opens (and closes) its own.
"""

from __future__ import annotations

import logging
import sys
from typing import Any

from scrapy import Spider, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from twisted.internet import task

from crawler.outcome import crawl_outcome
from crawler.summary import outlet_summary
from pipelines.crawl_database import crawl_database
from storage.db import Database, StorageError
from storage.queries import finish_run, record_outlet, start_run

log = logging.getLogger(__name__)


class RunRecorder:
    def __init__(self, crawler: Crawler, db: Database, run_id: int | None) -> None:
        self.crawler = crawler
        self.db = db
        self.run_id = run_id
        self.owns_run = run_id is None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RunRecorder:
        run_id = crawler.settings.get("NEWSMON_RUN_ID")
        ext = cls(crawler, crawl_database(crawler), int(run_id) if run_id else None)
        crawler.signals.connect(ext.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(ext.spider_closed, signal=signals.spider_closed)
        return ext

    def spider_opened(self, spider: Spider) -> None:
        if self.owns_run:
            with self.db.begin() as session:
                self.run_id = start_run(session, "manual", [_outlet_name(spider)])

    def spider_closed(self, spider: Spider, reason: str) -> None:
        assert self.crawler.stats is not None
        summary = outlet_summary(self.crawler.stats.get_stats())
        summary["finish_reason"] = reason
        try:
            with self.db.begin() as session:
                record_outlet(session, self.run_id or 0, _outlet_name(spider), summary)
                if self.owns_run and self.run_id:
                    outcome = crawl_outcome({_outlet_name(spider): summary}, None)
                    finish_run(session, self.run_id, outcome.status, outcome.errors)
        except StorageError as exc:  # one line; the run's outcome counts it (crawler.outcome)
            log.error("could not record outlet %s in run %s: %s", _outlet_name(spider),
                      self.run_id, exc)
            self.crawler.stats.inc_value(f"newsmon/errors/database/{exc.reason}")


def _outlet_name(spider: Spider) -> str:
    outlet: Any = getattr(spider, "outlet", None)
    return str(getattr(outlet, "name", spider.name))


class Progress:
    """One line on stderr every NEWSMON_PROGRESS_INTERVAL seconds while an outlet is crawled."""

    def __init__(self, crawler: Crawler, interval: float) -> None:
        self.crawler = crawler
        self.interval = interval
        self._task: Any = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Progress:
        interval = crawler.settings.getfloat("NEWSMON_PROGRESS_INTERVAL")
        if interval <= 0:
            raise NotConfigured("NEWSMON_PROGRESS_INTERVAL is 0")
        ext = cls(crawler, interval)
        crawler.signals.connect(ext.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(ext.spider_closed, signal=signals.spider_closed)
        return ext

    def spider_opened(self, spider: Spider) -> None:
        self._task = task.LoopingCall(self.report, spider)
        self._task.start(self.interval, now=False)

    def report(self, spider: Spider) -> None:
        assert self.crawler.stats is not None
        s = outlet_summary(self.crawler.stats.get_stats())
        print(f"{_outlet_name(spider)}: discovered {s['discovered']}, fetched {s['fetched']}, "
              f"stored {s['stored']}, errors {sum(s['errors'].values())}",
              file=sys.stderr, flush=True)

    def spider_closed(self, spider: Spider) -> None:
        if self._task is not None and self._task.running:
            self._task.stop()


class ScrapyLogLevel:
    """Scrapy's loggers at LOG_LEVEL, so the messages below it are never built.

    Scrapy leaves the root logger at NOTSET and filters in its handler: every page's
    "Crawled" and "Scraped" DEBUG records were created (a stack walk each) and thrown
    away, about 5% of the crawl's event loop at the default INFO.
    """

    def __init__(self, level: int | str) -> None:
        logging.getLogger("scrapy").setLevel(level)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ScrapyLogLevel:
        return cls(crawler.settings.get("LOG_LEVEL") or "DEBUG")
