"""Re-clean stored raw HTML and re-extract mentions, one transaction per article; the
reads and writes go through storage/ (`stored_page`, `store_reprocessed`)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from datetime import datetime

from pipelines.casualty import EXTRACTOR_VERSION as MENTIONS_VERSION
from pipelines.cleaning import Cleaner, Rejection, decompress_html
from pipelines.stages import mention_record
from pipelines.workers import mentions_in_worker
from storage.db import Database
from storage.ingest import store_reprocessed
from storage.queries import iter_articles_for_reprocess, stored_page
from storage.records import MentionRecord, Recleaned, StoredPage


def reprocess_articles(db: Database, since: datetime | None,
                       progress: Callable[[int, int], None] | None = None) -> dict[str, int]:
    """Re-run cleaning and extraction over every stored article (published since `since`)."""
    with db.begin() as session:
        ids = list(iter_articles_for_reprocess(session, since))
    cleaner = Cleaner()
    counts: Counter[str] = Counter(articles=0, recleaned=0, kept_text=0, mentions=0)
    for done, article_id in enumerate(ids, 1):
        with db.begin() as session:
            page = stored_page(session, article_id)
            if page is not None:
                recleaned = _reclean(page, cleaner)
                counts["recleaned" if recleaned else "kept_text"] += 1
                mentions = _mentions(*_stored_as(page, recleaned))
                store_reprocessed(session, article_id, recleaned, mentions, MENTIONS_VERSION)
                counts["mentions"] += len(mentions)
        counts["articles"] += 1
        if progress and (done % 50 == 0 or done == len(ids)):
            progress(done, len(ids))
    return dict(counts)


def _reclean(page: StoredPage, cleaner: Cleaner) -> Recleaned | None:
    result = cleaner.clean(decompress_html(page.raw_html), page.url, page.outlet)
    if isinstance(result, Rejection):
        return None
    return Recleaned(text=result.text, extractor_version=result.extractor_version,
                     title=result.title, author=result.author,
                     published_at=result.published_at, language=result.language,
                     sitename=result.sitename, content_hash=result.content_hash)


def _stored_as(page: StoredPage, recleaned: Recleaned | None) -> tuple[str, str | None,
                                                                        str | None]:
    """The text, language and title the article has once `recleaned` is stored."""
    if recleaned is None:
        return page.text, page.language, page.title
    return (recleaned.text, recleaned.language or page.language,
            recleaned.title or page.title)


def _mentions(text: str, language: str | None, title: str | None) -> list[MentionRecord]:
    """The mentions of the stored title (in_title) and text, as the crawl extracts them."""
    return [mention_record(m) for m in mentions_in_worker(text, language, title)]
