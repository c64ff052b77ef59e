"""Per-outlet crawl locks (storage/locks.py) on a real SQLite file and a real PostgreSQL."""

from __future__ import annotations

import subprocess
import sys
import threading
import time
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import update

from storage.db import Database
from storage.liveness import process_gone, this_process
from storage.locks import (
    HeldLocks,
    acquire_lock,
    current_locks,
    hold_outlet_locks,
    lock_info,
    release_lock,
    renew_lock,
)
from storage.models import CrawlLock

TTL = timedelta(minutes=5)


@pytest.fixture
def db(db_url: str):
    database = Database(db_url)
    yield database
    database.dispose()


def acquire(db: Database, outlet: str, holder: str, ttl: timedelta = TTL) -> bool:
    with db.begin() as session:
        return acquire_lock(session, outlet, holder, ttl)


def expire(db: Database, outlet: str) -> None:
    """Pretend the holder, on another host, crashed long ago: its lock is past expiry."""
    with db.begin() as session:
        session.execute(update(CrawlLock).where(CrawlLock.outlet == outlet)
                        .values(expires_at=datetime.now(UTC) - timedelta(seconds=1),
                                host="another-host"))


def test_expiry_never_frees_the_lock_of_a_live_process_on_this_host(db: Database) -> None:
    assert acquire(db, "ledger", "alive")  # this test's process: alive, on this host
    with db.begin() as session:
        session.execute(update(CrawlLock).values(
            expires_at=datetime.now(UTC) - timedelta(minutes=10)))  # its renewals stalled
    assert not acquire(db, "ledger", "b")


def test_acquire_then_second_holder_is_refused(db: Database) -> None:
    assert acquire(db, "ledger", "a")
    assert not acquire(db, "ledger", "b")
    assert acquire(db, "other", "b")  # locks are per outlet
    with db.begin() as session:
        info = lock_info(session, "ledger")
    assert info is not None and info.holder == "a"
    assert "outlet ledger is being crawled by a since" in info.message()
    assert info.message().endswith("; skipped")


def test_the_holder_may_acquire_again(db: Database) -> None:
    assert acquire(db, "ledger", "a")
    assert acquire(db, "ledger", "a")


def test_expiry_frees_a_crashed_holders_lock(db: Database) -> None:
    assert acquire(db, "ledger", "crashed")
    expire(db, "ledger")
    assert acquire(db, "ledger", "b")
    with db.begin() as session:
        info = lock_info(session, "ledger")
    assert info is not None and info.holder == "b" and info.expires_at > datetime.now(UTC)


def test_renew_extends_only_the_holders_lock(db: Database) -> None:
    assert acquire(db, "ledger", "a", ttl=timedelta(seconds=30))
    with db.begin() as session:
        before = lock_info(session, "ledger")
        assert renew_lock(session, "ledger", "a", timedelta(hours=1))
        assert not renew_lock(session, "ledger", "b", timedelta(hours=1))
    with db.begin() as session:
        after = lock_info(session, "ledger")
    assert before and after and after.expires_at > before.expires_at + timedelta(minutes=30)
    assert after.acquired_at == before.acquired_at


def test_release_frees_it_and_only_for_the_holder(db: Database) -> None:
    assert acquire(db, "ledger", "a")
    with db.begin() as session:
        assert not release_lock(session, "ledger", "b")
        assert release_lock(session, "ledger", "a")
        assert lock_info(session, "ledger") is None
    assert acquire(db, "ledger", "b")


def test_hold_outlet_locks_skips_busy_outlets_renews_and_releases(db: Database) -> None:
    assert acquire(db, "busy", "someone else")
    with hold_outlet_locks(db, ["ledger", "busy"], "me", ttl=timedelta(seconds=3),
                           renew_every_s=0.3) as held:
        assert held.acquired == ["ledger"]
        assert [i.outlet for i in held.refused] == ["busy"]
        assert held.refused[0].holder == "someone else"
        time.sleep(1.0)
        with db.begin() as session:
            info = lock_info(session, "ledger")
        assert info is not None  # renewed: expiry keeps moving ahead of now
        assert info.expires_at > datetime.now(UTC) + timedelta(seconds=2)
    with db.begin() as session:
        assert [lock.outlet for lock in current_locks(session)] == ["busy"]


def test_waiting_for_a_lock_is_bounded_and_succeeds_when_freed(db: Database) -> None:
    assert acquire(db, "ledger", "a")
    held = HeldLocks(db, "b", TTL)
    started = time.monotonic()
    held.acquire_all(["ledger"], wait_s=1.0, poll_s=0.2)
    assert held.acquired == [] and time.monotonic() - started < 3
    threading.Timer(0.5, lambda: _release(db, "ledger", "a")).start()
    held.acquire_all(["ledger"], wait_s=5.0, poll_s=0.2)
    assert held.acquired == ["ledger"] and held.refused == []


def _release(db: Database, outlet: str, holder: str) -> None:
    with db.begin() as session:
        release_lock(session, outlet, holder)


@pytest.mark.parametrize("stale", [False, True], ids=["free", "expired"])
def test_racing_acquirers_exactly_one_wins(db_url: str, db: Database, stale: bool) -> None:
    if stale:
        assert acquire(db, "ledger", "crashed")
        expire(db, "ledger")
    contenders = 8
    barrier = threading.Barrier(contenders)
    results: dict[str, bool] = {}

    def contend(holder: str) -> None:
        own = Database(db_url, migrate=False)  # each contender has its own engine/connection
        try:
            barrier.wait(timeout=10)
            results[holder] = acquire(own, "ledger", holder)
        finally:
            own.dispose()

    threads = [threading.Thread(target=contend, args=(f"h{i}",)) for i in range(contenders)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert len(results) == contenders
    winners = [h for h, won in results.items() if won]
    assert len(winners) == 1
    with db.begin() as session:
        info = lock_info(session, "ledger")
    assert info is not None and info.holder == winners[0]


def test_process_liveness_is_certain_only_on_this_host() -> None:
    me = this_process()
    assert not process_gone(me.host, me.pid, me.started)
    assert me.started is not None
    assert process_gone(me.host, me.pid, me.started - 3600)  # the pid reused by another process
    assert not process_gone("another-host", me.pid, me.started - 3600)  # cannot tell: alive
    finished = subprocess.Popen([sys.executable, "-c", "pass"])
    finished.wait(timeout=30)
    assert process_gone(me.host, finished.pid, None)
    assert not process_gone(None, finished.pid, None)  # rows from before liveness was kept
