"""Story writers lock only what their story touches (storage/ingest.py `_serialize_writers`):
on PostgreSQL, a writer of another story never waits; a writer of a copy waits, then links."""

from __future__ import annotations

import threading

from sqlalchemy import select

from pipelines.dedup import similarity
from storage.db import Database
from storage.ingest import ingest_article
from storage.models import Article
from tests.test_ingest import OPTIONS, OTHER, STORY, record

WAIT_S = 20


def _ingest_in_thread(db: Database, url: str, text: str) -> threading.Event:
    done = threading.Event()

    def store() -> None:
        with db.begin() as session:
            ingest_article(session, record(url, text, outlet="b"), OPTIONS, similarity)
        done.set()

    threading.Thread(target=store, daemon=True).start()
    return done


def test_writers_of_different_stories_do_not_wait_and_copies_do(pg_url: str) -> None:
    db = Database(pg_url)
    with db.begin() as session:  # a writer holding its story's locks until it commits
        ingest_article(session, record("https://a.org/story", STORY), OPTIONS, similarity)
        other = _ingest_in_thread(db, "https://b.org/other", OTHER)
        assert other.wait(WAIT_S), "a writer of an unrelated story waited for this one"
        copy = _ingest_in_thread(db, "https://b.org/reprint", STORY)
        assert not copy.wait(1.5), "a copy was stored before its original was committed"
    assert copy.wait(WAIT_S)
    with db.begin() as session:
        rows = {a.url: a for a in session.scalars(select(Article))}
    db.dispose()
    assert rows["https://b.org/reprint"].duplicate_of_id == rows["https://a.org/story"].id
    assert rows["https://b.org/other"].duplicate_of_id is None
