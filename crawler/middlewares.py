"""Middlewares: retries with exponential backoff; meta-refresh redirects without decoding
every page; incremental crawling against the database."""

from __future__ import annotations

import asyncio
import email.utils
from collections.abc import AsyncIterator, Iterable, Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

from scrapy import Request, signals
from scrapy.crawler import Crawler
from scrapy.downloadermiddlewares.redirect import MetaRefreshMiddleware
from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.exceptions import NotConfigured
from scrapy.http import HtmlResponse, Response
from scrapy.settings import BaseSettings
from scrapy.statscollectors import StatsCollector

from pipelines.crawl_database import crawl_database
from pipelines.failures import DATABASE, StorageFailures
from storage.db import Database, StorageError
from storage.queries import StoredStory, rejections_since, stored_stories

MAX_RETRY_AFTER_SECONDS = 120.0
# Scrapy looks for <meta http-equiv="refresh"> in the first 4096 characters of the page,
# which an ASCII-compatible encoding puts within the first 4 * 4096 bytes.
META_REFRESH_CHARS = 4096
META_REFRESH_BYTES = 4 * META_REFRESH_CHARS


class BackoffRetryMiddleware(RetryMiddleware):
    """Scrapy's RetryMiddleware (5xx, 429, timeouts), waiting before each new attempt.

    The wait is `RETRY_BACKOFF_BASE * 2**(attempt - 1)` seconds, capped by
    `RETRY_BACKOFF_MAX`, or the server's `Retry-After` when it sends one
    (capped too). Only the retried request waits; the crawl goes on.
    """

    def __init__(self, settings: BaseSettings) -> None:
        super().__init__(settings)
        self.backoff_base = settings.getfloat("RETRY_BACKOFF_BASE", 1.0)
        self.backoff_max = settings.getfloat("RETRY_BACKOFF_MAX", 60.0)

    async def process_response(  # type: ignore[override]
        self, request: Request, response: Response, spider: object = None
    ) -> Request | Response:
        result = super().process_response(request, response)
        if isinstance(result, Request):
            await asyncio.sleep(self._delay(result, response))
        return result

    async def process_exception(  # type: ignore[override]
        self, request: Request, exception: Exception, spider: object = None
    ) -> Request | Response | None:
        result = super().process_exception(request, exception)
        if isinstance(result, Request):
            await asyncio.sleep(self._delay(result, None))
        return result

    def _delay(self, retry: Request, response: Response | None) -> float:
        attempt = max(int(retry.meta.get("retry_times", 1)), 1)
        delay = min(self.backoff_base * 2 ** (attempt - 1), self.backoff_max)
        if response is not None:
            delay = max(delay, min(_retry_after(response), MAX_RETRY_AFTER_SECONDS))
        return delay


def _retry_after(response: Response) -> float:
    raw = response.headers.get(b"Retry-After")
    if not raw:
        return 0.0
    text = raw.decode("latin-1").strip()
    if text.isdigit():
        return float(text)
    try:
        when = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError):
        return 0.0
    return max((when - datetime.now(UTC)).total_seconds(), 0.0)


class CheapMetaRefreshMiddleware(MetaRefreshMiddleware):
    """Scrapy's MetaRefreshMiddleware, without decoding pages that cannot hold a refresh.

    Scrapy decodes the whole body of every HTML response (`response.text`) to search
    its first 4096 characters: for a 200 kB article that is ~10% of the crawl's event
    loop, and nothing else in the crawl needs the decoded page. A page whose head has
    no "refresh" at all is passed on as it is; any other goes to Scrapy's own check.
    """

    def process_response(
        self, request: Request, response: Response, spider: object = None
    ) -> Request | Response:
        if isinstance(response, HtmlResponse) and not may_meta_refresh(response.body):
            return response
        return super().process_response(request, response)


def may_meta_refresh(body: bytes) -> bool:
    """False only when the page's head surely holds no `refresh`: ASCII-compatible bytes
    (no NUL, as UTF-16 or UTF-32 would have) without the word in any letter case."""
    head = body[:META_REFRESH_BYTES]
    return b"\x00" in head or b"refresh" in head.lower()


class IncrementalMiddleware:
    """Spider middleware: a story already stored is not fetched again.

    Checked for every article request the spider yields, before it is scheduled,
    against the database: the spider's output is read in chunks of up to BATCH_SIZE
    entries, and the article URLs of a chunk are looked up together (their keys and
    known aliases, then rejections), in one short transaction. Other entries pass
    through; the order is kept.
    Stories younger than NEWSMON_RECHECK_DAYS are re-requested conditionally
    (If-None-Match / If-Modified-Since), so an unchanged story costs a 304;
    older ones are not requested at all. When the lookup fails (a corrupt page, the
    database gone), the failure is counted (pipelines.failures) and the listing's
    articles are requested as if new: storing merges them with what is stored.
    """

    BATCH_SIZE = 500

    def __init__(self, db: Database, recheck: timedelta, stats: StatsCollector) -> None:
        self.db = db
        self.recheck = recheck
        self.stats = stats
        self.failures = StorageFailures(stats, "?")

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> IncrementalMiddleware:
        settings = crawler.settings
        if not settings.getbool("NEWSMON_INCREMENTAL", True):
            raise NotConfigured("NEWSMON_INCREMENTAL is off")
        assert crawler.stats is not None
        recheck = timedelta(days=settings.getfloat("NEWSMON_RECHECK_DAYS", 2.0))
        ext = cls(crawl_database(crawler), recheck, crawler.stats)
        crawler.signals.connect(ext.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(ext.spider_closed, signal=signals.spider_closed)
        return ext

    def spider_opened(self, spider: Any) -> None:
        self.failures.outlet = str(getattr(getattr(spider, "outlet", None), "name", spider.name))

    def process_spider_output(self, response: Response, result: Iterable[Any]) -> Iterator[Any]:
        chunk: list[Any] = []
        for entry in result:
            chunk.append(entry)
            if len(chunk) >= self.BATCH_SIZE:
                yield from self._filter_chunk(chunk)
                chunk = []
        yield from self._filter_chunk(chunk)

    async def process_spider_output_async(self, response: Response,
                                          result: AsyncIterator[Any]) -> AsyncIterator[Any]:
        chunk: list[Any] = []
        async for entry in result:
            chunk.append(entry)
            if len(chunk) >= self.BATCH_SIZE:
                for kept in self._filter_chunk(chunk):
                    yield kept
                chunk = []
        for kept in self._filter_chunk(chunk):
            yield kept

    def _filter_chunk(self, entries: list[Any]) -> Iterator[Any]:
        """The entries to keep, in order: article requests checked, everything else as is."""
        urls = [entry.url for entry in entries if _is_article_request(entry)]
        if not urls:
            yield from entries
            return
        known, rejected = self._lookup(urls)
        now = datetime.now(UTC)
        for entry in entries:
            kept = (self._decide(entry, known.get(entry.url), rejected.get(entry.url), now)
                    if _is_article_request(entry) else entry)
            if kept is not None:
                yield kept

    def _lookup(self, urls: list[str]) -> tuple[dict[str, StoredStory], dict[str, datetime]]:
        """The stored stories among `urls`, and when the others were last rejected."""
        try:
            with self.db.begin() as session:
                known = stored_stories(session, urls)
                rejected = rejections_since(session, [u for u in urls if u not in known])
        except StorageError as exc:
            self.failures.note(DATABASE, exc)
            self.failures.flush()
            return {}, {}
        return known, rejected

    def _decide(self, request: Request, known: StoredStory | None, rejected: datetime | None,
                now: datetime) -> Request | None:
        if rejected is not None and now - rejected < self.recheck:
            self.stats.inc_value("newsmon/skipped/rejected_before")
            return None
        if known is None:
            return request
        if known.age > self.recheck:
            self.stats.inc_value("newsmon/skipped/already_stored")
            return None
        self.stats.inc_value("newsmon/rechecked")
        return conditional(request, known)

    def spider_closed(self) -> None:
        self.failures.close()


def _is_article_request(entry: Any) -> bool:
    return isinstance(entry, Request) and entry.meta.get("newsmon_kind") == "article"


def conditional(request: Request, known: StoredStory) -> Request:
    headers = {str(k): str(v) for k, v in request.headers.to_unicode_dict().items()}
    if known.etag:
        headers["If-None-Match"] = known.etag
    if known.last_modified:
        headers["If-Modified-Since"] = known.last_modified
    meta = {**request.meta, "recheck": True, "handle_httpstatus_list": [304]}
    return request.replace(headers=headers, meta=meta)
