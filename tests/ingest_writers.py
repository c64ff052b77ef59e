"""A story writer for the cross-process ingest test: run in a child process, it stores
`count` stories as outlet `outlet`, all at once with its sibling (tests/test_ingest.py)."""

from __future__ import annotations

import zlib
from datetime import UTC, datetime, timedelta
from typing import Any

from pipelines.dedup import band_hashes, content_hash, signature, similarity
from storage.db import Database
from storage.ingest import ingest_article
from storage.records import ArticleRecord, IngestOptions

DAY = datetime(2026, 11, 1, tzinfo=UTC)


def story_text(number: int) -> str:
    return " ".join(f"Report {number}, part {part}: shelling hit district {number} overnight, "
                    f"and the toll rose, officials said." for part in range(25))


def write_stories(db_url: str, outlet: str, count: int, start: Any) -> None:
    db = Database(db_url)
    options = IngestOptions()
    start.wait(60)  # a barrier: both writers (and the test) are ready, all go at once
    for number in range(count):
        text = story_text(number)
        sketch = signature(text)
        record = ArticleRecord(
            url=f"https://{outlet}.example/story/{number}", outlet=outlet, text=text,
            raw_html=zlib.compress(b"<p>x</p>"), extractor_version="t",
            published_at=DAY + timedelta(minutes=number), content_hash=content_hash(text),
            minhash=sketch, bands=band_hashes(sketch, options.duplicate_threshold))
        with db.begin() as session:
            ingest_article(session, record, options, similarity)
    db.dispose()
