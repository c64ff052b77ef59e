"""The alert ledger's storage functions (storage/alerts.py), on SQLite and PostgreSQL."""

from __future__ import annotations

import threading

from storage.alerts import due_retries, finish_delivery, load_delivery, record_notice
from storage.db import Database


def test_a_notice_is_recorded_once_then_finished(db_url: str) -> None:
    db = Database(db_url)
    with db.begin() as session:
        first = record_notice(session, "nk", "claim:1", {"text": "a"})
        again = record_notice(session, "nk", "claim:1", {"text": "b"})
        other = record_notice(session, "other", "claim:1", {"text": "c"})
    assert first is not None and other is not None and again is None
    with db.begin() as session:
        finish_delivery(session, first, False, 2, "HTTP 500", {"text": "a", "_delivered": []})
        assert due_retries(session, "nk", max_attempts=3) == [first]
        assert due_retries(session, "nk", max_attempts=2) == []     # no attempts left
        assert due_retries(session, "nk", 3, exclude=[first]) == []
        assert load_delivery(session, first) == ({"text": "a", "_delivered": []}, 2)
    with db.begin() as session:
        finish_delivery(session, first, True, 3, None, {"text": "a"})
        assert due_retries(session, "nk", max_attempts=10) == []
    db.dispose()


def test_two_writers_recording_the_same_notice_at_once_record_it_once(db_url: str) -> None:
    Database(db_url).dispose()  # the schema
    writers = [Database(db_url, migrate=False) for _ in range(2)]
    start = threading.Barrier(2)
    ids: list[int | None] = []

    def record(db: Database) -> None:
        start.wait()
        with db.begin() as session:
            ids.append(record_notice(session, "nk", "silent:x:2026-11-30", {}))

    threads = [threading.Thread(target=record, args=(db,)) for db in writers]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    for db in writers:
        db.dispose()
    assert len(ids) == 2 and sum(i is not None for i in ids) == 1
