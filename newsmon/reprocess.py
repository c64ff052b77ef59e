"""Re-run the page path over stored raw HTML (after an extractor upgrade or a configuration
change), one transaction per article; reads and writes go through storage/.

Each stored page (`storage.queries.stored_page`) goes through `pipelines.page.process_page`,
the crawl's own per-page function, with the cleaning options of the configuration (topics,
tracking parameters, duplicate threshold), and is stored by `storage.ingest.ingest_article`
as a re-fetch would be: a changed text becomes a new version (the old one kept in
`article_versions`, figure changes recorded), with a new MinHash signature and LSH bands,
topics and mentions. A page that now cleans to nothing keeps its text; its mentions are
extracted again (`storage.ingest.store_reprocessed`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from datetime import datetime

from sqlalchemy.orm import Session

from config.model import Config
from pipelines.casualty import EXTRACTOR_VERSION as MENTIONS_VERSION
from pipelines.cleaning import Cleaner, Rejection
from pipelines.dedup import similarity
from pipelines.page import cleaning_options, fetched_page, mention_record, process_page, to_record
from pipelines.workers import mentions_in_worker
from storage.db import Database
from storage.ingest import ingest_article, store_reprocessed
from storage.queries import iter_articles_for_reprocess, stored_page
from storage.records import IngestOptions, StoredPage

COUNTS = ("articles", "recleaned", "new_versions", "kept_text", "mentions")


def reprocess_articles(db: Database, config: Config, since: datetime | None,
                       progress: Callable[[int, int], None] | None = None) -> dict[str, int]:
    """Re-run the page path over every stored article (published since `since`)."""
    with db.begin() as session:
        ids = list(iter_articles_for_reprocess(session, since))
    cleaner = Cleaner(cleaning_options(config))
    options = IngestOptions(duplicate_threshold=config.dedup.duplicate_threshold,
                            claim_window_days=config.dedup.claim_window_days)
    counts: Counter[str] = Counter(dict.fromkeys(COUNTS, 0))
    for done, article_id in enumerate(ids, 1):
        with db.begin() as session:
            page = stored_page(session, article_id)
            if page is not None:
                _reprocess_one(session, page, cleaner, options, counts)
        counts["articles"] += 1
        if progress and (done % 50 == 0 or done == len(ids)):
            progress(done, len(ids))
    return dict(counts)


def _reprocess_one(session: Session, page: StoredPage, cleaner: Cleaner,
                   options: IngestOptions, counts: Counter[str]) -> None:
    result = process_page(fetched_page(page), cleaner)
    if isinstance(result, Rejection):
        mentions = [mention_record(m) for m in mentions_in_worker(
            page.text, page.language, page.title)]
        store_reprocessed(session, page.article_id, None, mentions, MENTIONS_VERSION,
                          options.claim_window_days)
        counts["kept_text"] += 1
        counts["mentions"] += len(mentions)
        return
    record = to_record(result)
    stored = ingest_article(session, record, options, similarity)
    counts["recleaned"] += 1
    counts["new_versions"] += int(stored.new_version)
    counts["mentions"] += len(record.mentions)
