"""Re-clean stored raw HTML and re-extract mentions, one transaction per article."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from datetime import datetime

from pipelines.casualty import EXTRACTOR_VERSION as MENTIONS_VERSION
from pipelines.cleaning import Cleaner, Rejection, decompress_html
from pipelines.stages import mention_record
from pipelines.workers import mentions_in_worker
from storage.db import Database
from storage.ingest import replace_mentions
from storage.models import Article
from storage.queries import iter_articles_for_reprocess
from storage.records import MentionRecord


def reprocess_articles(db: Database, since: datetime | None,
                       progress: Callable[[int, int], None] | None = None) -> dict[str, int]:
    """Re-run cleaning and extraction over every stored article (published since `since`)."""
    with db.begin() as session:
        ids = list(iter_articles_for_reprocess(session, since))
    cleaner = Cleaner()
    counts: Counter[str] = Counter(articles=0, recleaned=0, kept_text=0, mentions=0)
    for done, article_id in enumerate(ids, 1):
        with db.begin() as session:
            article = session.get(Article, article_id)
            if article is not None:
                _reprocess_one(article, cleaner, counts)
                mentions = _mentions(article.text, article.language, article.title)
                replace_mentions(session, article, mentions, MENTIONS_VERSION)
                counts["mentions"] += len(mentions)
        counts["articles"] += 1
        if progress and (done % 50 == 0 or done == len(ids)):
            progress(done, len(ids))
    return dict(counts)


def _reprocess_one(article: Article, cleaner: Cleaner, counts: Counter[str]) -> None:
    html = decompress_html(article.raw_html)
    result = cleaner.clean(html, article.url, article.outlet)
    if isinstance(result, Rejection):
        counts["kept_text"] += 1
        return
    article.text = result.text
    article.title = result.title or article.title
    article.author = result.author or article.author
    article.published_at = article.published_at or result.published_at
    article.language = result.language or article.language
    article.sitename = result.sitename or article.sitename
    article.extractor_version = result.extractor_version
    article.content_hash = result.content_hash or article.content_hash
    counts["recleaned"] += 1


def _mentions(text: str, language: str | None, title: str | None) -> list[MentionRecord]:
    """The mentions of the stored title (in_title) and text, as the crawl extracts them."""
    return [mention_record(m) for m in mentions_in_worker(text, language, title)]
