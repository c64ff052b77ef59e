"""Crawl progress on stderr while outlets are crawled.

On a terminal: one live table (rich) for every outlet of the process, redrawn from the
reactor twice a second: state, discovered, fetched, stored, dropped, skipped, errors.
Otherwise (a log file, a pipe, the scheduler's child): one short line per outlet every
NEWSMON_PROGRESS_INTERVAL seconds, and one when the outlet finishes. An interval of 0
turns both off. NEWSMON_PROGRESS_LIVE forces the table on or off (default: stderr is a tty).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any, ClassVar

from rich.console import Console
from rich.live import Live
from rich.table import Table
from scrapy import Spider, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from twisted.internet import task

from crawler.summary import outlet_summary

COLUMNS = ("discovered", "fetched", "stored", "dropped", "skipped", "errors")
LIVE_REFRESH_S = 0.5
Counts = dict[str, int]


def progress_counts(stats: dict[str, Any]) -> Counts:
    """The progress figures of an outlet's Scrapy stats (reasons summed)."""
    summary = outlet_summary(stats)
    return {name: sum(v.values()) if isinstance(v, dict) else int(v)
            for name, v in ((c, summary[c]) for c in COLUMNS)}


def progress_line(outlet: str, counts: Counts, state: str | None = None) -> str:
    figures = ", ".join(f"{name} {counts[name]}" for name in COLUMNS)
    return f"{outlet}: {state + ': ' if state else ''}{figures}"


class Progress:
    """Scrapy extension: this crawler's outlet on the live board, or its progress lines."""

    def __init__(self, crawler: Crawler, interval: float, live: bool) -> None:
        self.crawler = crawler
        self.interval = interval
        self.live = live
        self._task: Any = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Progress:
        interval = crawler.settings.getfloat("NEWSMON_PROGRESS_INTERVAL")
        if interval <= 0:
            raise NotConfigured("NEWSMON_PROGRESS_INTERVAL is 0")
        live = crawler.settings.get("NEWSMON_PROGRESS_LIVE")
        on_tty = sys.stderr.isatty() if live is None else crawler.settings.getbool(
            "NEWSMON_PROGRESS_LIVE")
        ext = cls(crawler, interval, on_tty)
        crawler.signals.connect(ext.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(ext.spider_closed, signal=signals.spider_closed)
        return ext

    def counts(self) -> Counts:
        assert self.crawler.stats is not None
        return progress_counts(self.crawler.stats.get_stats())

    def spider_opened(self, spider: Spider) -> None:
        if self.live:
            Board.shared().add(_outlet_name(spider), self.counts)
            return
        self._task = task.LoopingCall(self.report, spider)
        self._task.start(self.interval, now=False)

    def report(self, spider: Spider) -> None:
        print(progress_line(_outlet_name(spider), self.counts()), file=sys.stderr, flush=True)

    def spider_closed(self, spider: Spider, reason: str) -> None:
        if self._task is not None and self._task.running:
            self._task.stop()
        name = _outlet_name(spider)
        if self.live:
            Board.shared().finish(name, reason, self.counts())
        else:
            print(progress_line(name, self.counts(), reason), file=sys.stderr, flush=True)


class Board:
    """The live table of every outlet crawled in this process (one per process)."""

    _current: ClassVar[Board | None] = None

    def __init__(self) -> None:
        self.rows: dict[str, tuple[str, Callable[[], Counts]]] = {}
        self.console = Console(stderr=True)
        self.live = Live(console=self.console, auto_refresh=False, transient=False)
        self._task = task.LoopingCall(self.refresh)

    @classmethod
    def shared(cls) -> Board:
        if cls._current is None:
            cls._current = Board()
        return cls._current

    def add(self, outlet: str, counts: Callable[[], Counts]) -> None:
        self.rows[outlet] = ("crawling", counts)
        if not self._task.running:
            self.live.start()
            self._task.start(LIVE_REFRESH_S, now=True)

    def finish(self, outlet: str, reason: str, final: Counts) -> None:
        self.rows[outlet] = (reason, lambda: final)
        if all(state != "crawling" for state, _ in self.rows.values()):
            self.close()

    def close(self) -> None:
        if self._task.running:
            self._task.stop()
        self.refresh()
        self.live.stop()
        Board._current = None

    def refresh(self) -> None:
        self.live.update(self.table(), refresh=True)

    def table(self) -> Table:
        table = Table(title="newsmon crawl", title_justify="left")
        table.add_column("outlet")
        table.add_column("state")
        for name in COLUMNS:
            table.add_column(name, justify="right")
        for outlet, (state, counts) in self.rows.items():
            figures = counts()
            table.add_row(outlet, state, *(str(figures[name]) for name in COLUMNS))
        return table


def _outlet_name(spider: Spider) -> str:
    outlet: Any = getattr(spider, "outlet", None)
    return str(getattr(outlet, "name", spider.name))
