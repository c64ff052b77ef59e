"""Thin Scrapy adapters around the pure stages: clean (with topics and, by default,
casualty mentions, in one worker task) → casualties (when not done in cleaning) → store.

Settings are read in `from_crawler`; `__init__` takes plain values. The CPU-heavy
stages run in a shared process pool (`pipelines.workers`), storage in one writer
thread, so the crawl's event loop never waits on them.
"""

from __future__ import annotations

from concurrent.futures.process import BrokenProcessPool
from typing import Any

from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from scrapy.settings import BaseSettings
from scrapy.statscollectors import StatsCollector

from config.model import load_config
from pipelines.casualty import EXTRACTOR_VERSION as MENTIONS_VERSION
from pipelines.cleaning import (
    RAW_HTML_ENCODING,
    CleanedArticle,
    CleaningOptions,
    Rejection,
)
from pipelines.crawl_database import crawl_database
from pipelines.dedup import similarity
from pipelines.drops import DROP_BY_REASON, WorkerCrashed
from pipelines.failures import DATABASE, STORE_FAILED, StorageFailures
from pipelines.items import FetchedPage, NotModified, Rejected
from pipelines.urls import DEFAULT_TRACKING_PARAMS, SiteScope, canonical_url
from pipelines.workers import WorkerPool, clean_in_worker, mentions_in_worker
from pipelines.writer import SharedWriter
from storage.db import Database, StorageError
from storage.ingest import ingest_article, mark_checked
from storage.queries import remember_rejection
from storage.records import (
    DEFAULT_DUPLICATE_THRESHOLD,
    ArticleRecord,
    IngestOptions,
    IngestResult,
    MentionRecord,
)

POOL_ATTR = "_newsmon_pool"


def cleaning_options(settings: BaseSettings) -> CleaningOptions:
    return CleaningOptions(
        min_text_chars=settings.getint("NEWSMON_MIN_TEXT_CHARS"),
        tracking_params=tracking_params(settings.getlist("NEWSMON_TRACKING_PARAMS")),
        duplicate_threshold=_threshold(settings),
        topics=configured_topics(settings),
    )


def configured_topics(settings: BaseSettings) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """NEWSMON_TOPICS, or the [[topic]] tables of the outlets file when it is empty."""
    topics = settings.getlist("NEWSMON_TOPICS")
    if not topics:
        config = load_config(settings.get("NEWSMON_OUTLETS_FILE"))
        topics = [(t.name, t.keywords) for t in config.topic]
    return tuple((str(name), tuple(words)) for name, words in topics)


def acquire_pool(settings: BaseSettings) -> WorkerPool:
    """The process's worker pool for these settings (`WorkerPool.release` it when done)."""
    return WorkerPool.acquire(settings.getint("NEWSMON_CLEAN_WORKERS"), cleaning_options(settings))


def shared_pool(crawler: Crawler) -> WorkerPool:
    """The worker pool this crawler's stages share; the cleaning stage releases it at close."""
    pool = getattr(crawler, POOL_ATTR, None)
    if pool is None:
        pool = acquire_pool(crawler.settings)
        setattr(crawler, POOL_ATTR, pool)
    return pool


class CleaningPipeline:
    """FetchedPage → CleanedArticle, or a DropItem subclass naming the reason.

    The worker task also tags the configured topics and, with NEWSMON_MENTIONS_IN_CLEANING
    (the default), extracts the casualty mentions of the title and the text, so a page
    makes one trip to a worker, not two. It is given the page's listing title and the
    outlet's language, so an article whose title comes from its feed is tagged, and its
    headline figures found, with the title it is stored under.
    """

    def __init__(self, pool: WorkerPool, with_mentions: bool = True,
                 scope: SiteScope | None = None, stats: StatsCollector | None = None) -> None:
        self.pool = pool
        self.with_mentions = with_mentions
        self.scope = scope
        self.stats = stats

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> CleaningPipeline:
        scope = getattr(crawler.spider, "scope", None)
        return cls(shared_pool(crawler),
                   crawler.settings.getbool("NEWSMON_MENTIONS_IN_CLEANING", True),
                   scope if isinstance(scope, SiteScope) else None, crawler.stats)

    async def process_item(self, item: Any) -> Any:
        if not isinstance(item, FetchedPage):
            return item
        try:
            result = await self.pool.run(clean_in_worker, item.body, item.url, item.outlet,
                                         self.with_mentions, item.listed_title,
                                         item.language_hint, item.discovered_via)
        except BrokenProcessPool as exc:
            raise WorkerCrashed(f"worker_crashed: {item.url}: {exc}") from None
        if isinstance(result, Rejection):
            raise DROP_BY_REASON[result.reason](f"{result.reason}: {item.url}: {result.detail}")
        if not self._canonical_in_scope(result, item):  # keyed by its own URL instead
            result.aliases = [u for u in result.aliases if u != item.url]
            result.url = item.url
        return _with_fetch_facts(result, item)

    def _canonical_in_scope(self, article: CleanedArticle, page: FetchedPage) -> bool:
        """A page's `rel=canonical` names its key only on its outlet's own hosts and ports,
        so it can never attach the page to another outlet's story."""
        if self.scope is None or article.url == page.url or not self.scope.refusal(article.url):
            return True
        if self.stats is not None:
            self.stats.inc_value("newsmon/canonical_refused")
        return False

    def close_spider(self) -> None:
        self.pool.release()


def _threshold(settings: BaseSettings) -> float:
    return settings.getfloat("NEWSMON_DUPLICATE_THRESHOLD", DEFAULT_DUPLICATE_THRESHOLD)


def tracking_params(configured: list[str]) -> tuple[str, ...]:
    return tuple(configured) if configured else DEFAULT_TRACKING_PARAMS


def _with_fetch_facts(article: CleanedArticle, page: FetchedPage) -> CleanedArticle:
    seen_as = [page.url, canonical_url(page.fetched_url)]
    article.aliases = [u for u in dict.fromkeys(article.aliases + seen_as) if u != article.url]
    article.discovered_via = page.discovered_via
    article.etag = page.etag
    article.last_modified = page.last_modified
    article.fetched_at = page.fetched_at
    article.published_at = article.published_at or page.listed_at
    if (article.published_at and page.listed_at
            and article.published_at.date() == page.listed_at.date()):
        article.published_at = page.listed_at  # the listing carries the time of day
    return article


class CasualtyPipeline:
    """Casualty mentions of the cleaned text, extracted in the worker pool; off when the
    cleaning task extracts them (NEWSMON_MENTIONS_IN_CLEANING, the default): a stage
    with nothing to do still costs Scrapy's per-item machinery."""

    def __init__(self, pool: WorkerPool) -> None:
        self.pool = pool

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> CasualtyPipeline:
        if crawler.settings.getbool("NEWSMON_MENTIONS_IN_CLEANING", True):
            raise NotConfigured("mentions are extracted in the cleaning task")
        return cls(shared_pool(crawler))

    async def process_item(self, item: Any) -> Any:
        if isinstance(item, CleanedArticle) and item.mentions is None:
            try:
                item.mentions = await self.pool.run(mentions_in_worker, item.text,
                                                    item.language, item.title)
            except BrokenProcessPool as exc:
                raise WorkerCrashed(f"worker_crashed: {item.url}: {exc}") from None
        return item


class StoragePipeline:
    """Commits each article as it arrives, in one writer thread. A database failure costs
    that article, counted by reason (pipelines.failures), not the crawl."""

    def __init__(self, db: Database, options: IngestOptions, crawler: Crawler) -> None:
        self.database = db
        self.options = options
        self.crawler = crawler
        self.writer: SharedWriter | None = None
        assert crawler.stats is not None
        self.failures = StorageFailures(crawler.stats, "?")

    @property
    def db(self) -> Database | None:
        return self.writer.db if self.writer else None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> StoragePipeline:
        settings = crawler.settings
        if not settings.getbool("NEWSMON_STORE", True):
            raise NotConfigured("NEWSMON_STORE is off")
        options = IngestOptions(
            duplicate_threshold=_threshold(settings),
            claim_window_days=settings.getint("NEWSMON_CLAIM_WINDOW_DAYS", 30),
        )
        pipeline = cls(crawl_database(crawler), options, crawler)
        crawler.signals.connect(pipeline.item_dropped, signal=signals.item_dropped)
        return pipeline

    def open_spider(self) -> None:
        spider = self.crawler.spider
        self.failures.outlet = str(getattr(getattr(spider, "outlet", None), "name", None)
                                   or getattr(spider, "name", "?"))
        self.writer = SharedWriter.acquire(self.database)

    def item_dropped(self, item: Any, exception: BaseException) -> None:
        """A page dropped by an earlier stage is remembered, so it is not fetched again soon."""
        if isinstance(item, FetchedPage) and self.writer is not None:
            rejected = Rejected(item.url, item.outlet, type(exception).__name__)
            # in the writer thread, like every store; a failure is counted, not lost
            self.writer.submit(self._counting_failures, self._remember, rejected)

    async def process_item(self, item: Any) -> Any:
        self.failures.flush()
        if isinstance(item, Rejected):
            await self._in_writer(self._counting_failures, self._remember, item)
        elif isinstance(item, NotModified):
            await self._in_writer(self._counting_failures, self._mark_checked, item.url)
        elif isinstance(item, CleanedArticle):
            try:
                result = await self._in_writer(self._save, to_record(item))
            except StorageError as exc:
                self.failures.note(STORE_FAILED, exc)
            else:
                self._count_result(result, len(item.mentions or ()))
        self.failures.flush()
        return item

    async def _in_writer(self, fn: Any, *args: Any) -> Any:
        assert self.writer is not None
        return await self.writer.run(fn, *args)

    def _counting_failures(self, fn: Any, *args: Any) -> None:
        try:
            fn(*args)
        except StorageError as exc:
            self.failures.note(DATABASE, exc)

    def _save(self, record: ArticleRecord) -> IngestResult:
        assert self.db is not None
        with self.db.begin() as session:
            return ingest_article(session, record, self.options, similarity)

    def _remember(self, item: Rejected) -> None:
        assert self.db is not None
        with self.db.begin() as session:
            remember_rejection(session, item.url, item.outlet, item.reason)

    def _mark_checked(self, url: str) -> None:
        assert self.db is not None
        with self.db.begin() as session:
            mark_checked(session, url)

    def _count_result(self, result: IngestResult, mentions: int) -> None:
        self._count("stored")
        self._count("stored/new" if result.created else "stored/updated")
        if result.new_version:
            self._count("stored/new_version")
        if result.created and result.duplicate_of:
            self._count("stored/duplicate_copy")
        if result.figure_changes:
            self._count("figure_changes", result.figure_changes)
        self._count("mentions", mentions)

    def _count(self, key: str, count: int = 1) -> None:
        assert self.crawler.stats is not None
        self.crawler.stats.inc_value(f"newsmon/{key}", count)

    def close_spider(self) -> None:
        if self.writer is not None:
            self.writer.submit(_nothing).result()  # what this crawl queued has run
            self.writer.release()
            self.writer = None
        self.failures.close()


def _nothing() -> None:
    return None


def to_record(article: CleanedArticle) -> ArticleRecord:
    return ArticleRecord(
        url=article.url, outlet=article.outlet, text=article.text, raw_html=article.raw_html,
        raw_encoding=RAW_HTML_ENCODING,
        extractor_version=article.extractor_version, title=article.title, author=article.author,
        published_at=article.published_at, language=article.language, sitename=article.sitename,
        discovered_via=article.discovered_via, etag=article.etag,
        last_modified=article.last_modified, fetched_at=article.fetched_at,
        topics=list(article.topics or ()),
        mentions=[mention_record(m) for m in article.mentions or ()],
        mentions_version=MENTIONS_VERSION, content_hash=article.content_hash,
        minhash=article.minhash, bands=list(article.bands), aliases=list(article.aliases),
    )


def mention_record(mention: dict[str, Any]) -> MentionRecord:
    fields: dict[str, Any] = {k: mention.get(k) for k in MentionRecord.__slots__}
    fields["derived"] = bool(fields["derived"])
    fields["in_title"] = bool(fields["in_title"])
    return MentionRecord(**fields)
