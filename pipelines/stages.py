"""Thin Scrapy adapters around the pure stages: clean → topics → casualties → store.

Settings are read in `from_crawler`; `__init__` takes plain values. The CPU-heavy
stages run in a shared process pool (`pipelines.workers`), storage in one writer
thread, so the crawl's event loop never waits on them.
"""

from __future__ import annotations

import asyncio
import re
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured

from crawler.items import FetchedPage
from crawler.outlets import load_config
from pipelines.casualty import EXTRACTOR_VERSION as MENTIONS_VERSION
from pipelines.cleaning import CleanedArticle, CleaningOptions, Rejection, html_language
from pipelines.drops import DROP_BY_REASON
from pipelines.topics import compile_topics, tag_topics
from pipelines.workers import WorkerPool, clean_in_worker, mentions_in_worker
from storage.db import Database
from storage.queries import save_article
from storage.records import ArticleRecord, MentionRecord

POOL_ATTR = "_newsmon_pool"


def shared_pool(crawler: Crawler) -> WorkerPool:
    """One worker pool per crawler process, shut down when the engine stops."""
    pool = getattr(crawler, POOL_ATTR, None)
    if pool is None:
        options = CleaningOptions(min_text_chars=crawler.settings.getint("NEWSMON_MIN_TEXT_CHARS"))
        pool = WorkerPool(crawler.settings.getint("NEWSMON_CLEAN_WORKERS"), options)
        setattr(crawler, POOL_ATTR, pool)
    return pool


class CleaningPipeline:
    """FetchedPage → CleanedArticle, or a DropItem subclass naming the reason."""

    def __init__(self, pool: WorkerPool) -> None:
        self.pool = pool

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> CleaningPipeline:
        return cls(shared_pool(crawler))

    async def process_item(self, item: Any) -> Any:
        if not isinstance(item, FetchedPage):
            return item
        result = await self.pool.run(clean_in_worker, item.body, item.url, item.outlet)
        if isinstance(result, Rejection):
            raise DROP_BY_REASON[result.reason](f"{result.reason}: {item.url}: {result.detail}")
        return _with_fetch_facts(result, item)

    def close_spider(self) -> None:
        self.pool.close()


def _with_fetch_facts(article: CleanedArticle, page: FetchedPage) -> CleanedArticle:
    article.discovered_via = page.discovered_via
    article.etag = page.etag
    article.last_modified = page.last_modified
    article.fetched_at = page.fetched_at
    article.published_at = article.published_at or page.listed_at
    if (article.published_at and page.listed_at
            and article.published_at.date() == page.listed_at.date()):
        article.published_at = page.listed_at  # the listing carries the time of day
    article.title = article.title or page.listed_title
    article.language = article.language or html_language(page.body) or page.language_hint
    return article


class TopicPipeline:
    """Tags an article with each configured topic whose keywords it mentions."""

    def __init__(self, topics: list[tuple[str, re.Pattern[str]]]) -> None:
        self.topics = topics

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> TopicPipeline:
        topics = crawler.settings.getlist("NEWSMON_TOPICS")
        if not topics:
            config = load_config(crawler.settings.get("NEWSMON_OUTLETS_FILE"))
            topics = [(t.name, t.keywords) for t in config.topic]
        return cls(compile_topics((name, words) for name, words in topics))

    def process_item(self, item: Any) -> Any:
        if isinstance(item, CleanedArticle):
            item.topics = tag_topics(f"{item.title or ''}\n{item.text}", self.topics)
        return item


class CasualtyPipeline:
    """Extracts casualty mentions from the cleaned text (in the worker pool)."""

    def __init__(self, pool: WorkerPool) -> None:
        self.pool = pool

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> CasualtyPipeline:
        return cls(shared_pool(crawler))

    async def process_item(self, item: Any) -> Any:
        if isinstance(item, CleanedArticle):
            item.mentions = await self.pool.run(mentions_in_worker, item.text)
        return item


class StoragePipeline:
    """Commits each article as it arrives, in one writer thread."""

    def __init__(self, db_url: str | None, crawler: Crawler) -> None:
        self.db_url = db_url
        self.crawler = crawler
        self.db: Database | None = None
        self._writer = ThreadPoolExecutor(1, thread_name_prefix="newsmon-store")

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> StoragePipeline:
        if not crawler.settings.getbool("NEWSMON_STORE", True):
            raise NotConfigured("NEWSMON_STORE is off")
        return cls(crawler.settings.get("NEWSMON_DB"), crawler)

    def open_spider(self) -> None:
        self.db = Database(self.db_url)

    async def process_item(self, item: Any) -> Any:
        if not isinstance(item, CleanedArticle):
            return item
        record = to_record(item)
        loop = asyncio.get_running_loop()
        created = await loop.run_in_executor(self._writer, self._save, record)
        stats = self.crawler.stats
        assert stats is not None
        stats.inc_value("newsmon/stored")
        stats.inc_value("newsmon/stored/new" if created else "newsmon/stored/updated")
        stats.inc_value("newsmon/mentions", len(item.mentions))
        return item

    def _save(self, record: ArticleRecord) -> bool:
        assert self.db is not None
        with self.db.begin() as session:
            return save_article(session, record)[1]

    def close_spider(self) -> None:
        self._writer.shutdown(wait=True)
        if self.db is not None:
            self.db.dispose()


def to_record(article: CleanedArticle) -> ArticleRecord:
    return ArticleRecord(
        url=article.url, outlet=article.outlet, text=article.text, raw_html=article.raw_html,
        extractor_version=article.extractor_version, title=article.title, author=article.author,
        published_at=article.published_at, language=article.language, sitename=article.sitename,
        discovered_via=article.discovered_via, etag=article.etag,
        last_modified=article.last_modified, fetched_at=article.fetched_at,
        topics=list(article.topics), mentions=[mention_record(m) for m in article.mentions],
        mentions_version=MENTIONS_VERSION,
    )


def mention_record(mention: dict[str, Any]) -> MentionRecord:
    fields: dict[str, Any] = {k: mention.get(k) for k in MentionRecord.__slots__}
    fields["derived"] = bool(fields["derived"])
    return MentionRecord(**fields)
