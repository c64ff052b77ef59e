"""Per-outlet crawl locks in the `crawl_locks` table, so two crawls never fetch one outlet at once.

A lock is a row (outlet, holder, acquired_at, expires_at). Taking it is atomic on
SQLite and PostgreSQL alike, with no read-then-write:

1. renew:    UPDATE ... WHERE outlet = :o AND holder = :me       (already ours)
2. take over: UPDATE ... WHERE outlet = :o AND expires_at <= :now AND host <> :this_host
              (a holder on another host crashed: only the expiry can tell)
3. take over: UPDATE ... WHERE outlet = :o AND holder = :h AND acquired_at = :t, when the
              row's process (host, pid, start time) is gone from this host
4. insert:   INSERT ... ON CONFLICT (outlet) DO NOTHING          (nobody has it)

Whichever statement changes a row wins; when none does, someone else holds it.
A holder keeps its locks alive by renewing them (`HeldLocks` does so in a thread)
and frees them by deleting its rows. A holder killed on this host frees its locks at
once (storage.liveness), and a live one on this host keeps them even past expiry (a
stalled renewal does not let a second crawl in); a crashed holder on another host frees
them when they expire.
Re-acquiring under the same holder name moves the lock to the calling process: a
scheduled crawl's child adopts the locks its scheduler took for it.
Times are the application's clock (UTC); holders are expected on hosts with NTP.
"""

from __future__ import annotations

import logging
import os
import socket
import threading
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import delete, insert, or_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from storage.db import Database, StorageError
from storage.liveness import process_gone, this_process
from storage.models import CrawlLock

DEFAULT_TTL = timedelta(minutes=5)
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class LockInfo:
    """Who holds an outlet's lock, since when, until when (unless renewed)."""

    outlet: str
    holder: str
    acquired_at: datetime
    expires_at: datetime

    def message(self) -> str:
        since = self.acquired_at.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S UTC")
        return f"outlet {self.outlet} is being crawled by {self.holder} since {since}; skipped"


def holder_name(role: str) -> str:
    """A holder id that says who and where: 'ROLE on HOST pid N'."""
    return f"{role} on {socket.gethostname()} pid {os.getpid()}"[:200]


def _now() -> datetime:
    return datetime.now(UTC)


# -- statements: each takes a Session in the caller's transaction ---------------
def acquire_lock(session: Session, outlet: str, holder: str,
                 ttl: timedelta = DEFAULT_TTL) -> bool:
    """Take (or keep) `outlet` for `holder` and this process; False when another live holder
    has it."""
    now = _now()
    me = this_process().columns()
    if _update(session, [CrawlLock.holder == holder], outlet, expires_at=now + ttl, **me):
        return True
    taken = {"holder": holder, "acquired_at": now, "expires_at": now + ttl, **me}
    elsewhere = or_(CrawlLock.host.is_(None), CrawlLock.host != me["host"])
    if _update(session, [CrawlLock.expires_at <= now, elsewhere], outlet, **taken):
        return True
    if _take_over_dead(session, outlet, taken):
        return True
    return _insert_if_absent(session, {"outlet": outlet, **taken})


def _update(session: Session, where: list[Any], outlet: str, **values: Any) -> bool:
    result = session.execute(
        update(CrawlLock).where(CrawlLock.outlet == outlet, *where).values(**values)
        .execution_options(synchronize_session=False))
    return bool(_rowcount(result))


def _take_over_dead(session: Session, outlet: str, values: dict[str, Any]) -> bool:
    """Take the lock of a holder whose process is gone from this host (compare-and-set on
    the holder and acquisition time, so two takers cannot both win)."""
    row = session.execute(
        select(CrawlLock.holder, CrawlLock.acquired_at, CrawlLock.host, CrawlLock.pid,
               CrawlLock.pid_started).where(CrawlLock.outlet == outlet)).first()
    if row is None or not process_gone(row.host, row.pid, row.pid_started):
        return False
    if not _update(session, [CrawlLock.holder == row.holder,
                             CrawlLock.acquired_at == row.acquired_at], outlet, **values):
        return False
    log.warning("outlet %s: took over the lock of %s (its process is gone)", outlet, row.holder)
    return True


def _insert_if_absent(session: Session, values: dict[str, Any]) -> bool:
    dialect = session.get_bind().dialect.name
    if dialect in ("sqlite", "postgresql"):  # RETURNING: rowcount is -1 for INSERTs on psycopg
        from sqlalchemy.dialects import postgresql, sqlite

        module: Any = sqlite if dialect == "sqlite" else postgresql
        stmt = (module.insert(CrawlLock).values(**values)
                .on_conflict_do_nothing(index_elements=[CrawlLock.outlet])
                .returning(CrawlLock.outlet))
        return session.execute(stmt).first() is not None
    try:  # other databases: a savepoint around a plain INSERT
        with session.begin_nested():
            session.execute(insert(CrawlLock).values(**values))
    except IntegrityError:
        return False
    return True


def renew_lock(session: Session, outlet: str, holder: str,
               ttl: timedelta = DEFAULT_TTL) -> bool:
    """Push our lock's expiry to now + ttl; False when it is not ours (any more)."""
    return _update(session, [CrawlLock.holder == holder], outlet, expires_at=_now() + ttl)


def release_lock(session: Session, outlet: str, holder: str) -> bool:
    """Free our lock on `outlet` (a no-op when it is not ours)."""
    result = session.execute(
        delete(CrawlLock).where(CrawlLock.outlet == outlet, CrawlLock.holder == holder)
        .execution_options(synchronize_session=False))
    return bool(_rowcount(result))


def job_holder(job_id: str, worker: str) -> str:
    """The holder name of a worker's job (newsmon.jobs): the job's id comes first."""
    return holder_name(f"job {job_id} of newsmon worker {worker}")


def release_lost_job_locks(session: Session, job_id: str) -> list[str]:
    """Free the locks an earlier delivery of job `job_id` holds: the job is only delivered
    again when the worker that had it died, so that holder is gone. Returns their outlets."""
    prefix = f"job {job_id} of "
    rows = list(session.scalars(select(CrawlLock).where(CrawlLock.holder.startswith(prefix))))
    for row in rows:
        release_lock(session, row.outlet, row.holder)
    return [row.outlet for row in rows]


def lock_info(session: Session, outlet: str) -> LockInfo | None:
    row = session.get(CrawlLock, outlet, populate_existing=True)
    if row is None:
        return None
    return LockInfo(row.outlet, row.holder, row.acquired_at, row.expires_at)


def current_locks(session: Session) -> list[LockInfo]:
    rows = session.scalars(select(CrawlLock).order_by(CrawlLock.outlet))
    return [LockInfo(r.outlet, r.holder, r.acquired_at, r.expires_at) for r in rows]


def _rowcount(result: Any) -> int:
    return int(getattr(result, "rowcount", 0) or 0)


# -- a holder's view: one transaction per statement, renewal in a thread ---------
@dataclass
class HeldLocks:
    """The outlets a holder got and the ones it was refused (with who holds them)."""

    db: Database
    holder: str
    ttl: timedelta = DEFAULT_TTL
    acquired: list[str] = field(default_factory=list)
    refused: list[LockInfo] = field(default_factory=list)

    def try_acquire(self, outlet: str) -> LockInfo | None:
        """Take one outlet; None on success, else who holds it."""
        with self.db.begin() as session:
            if acquire_lock(session, outlet, self.holder, self.ttl):
                if outlet not in self.acquired:
                    self.acquired.append(outlet)
                return None
            info = lock_info(session, outlet)
        now = _now()
        return info or LockInfo(outlet, "another crawl", now, now)

    def acquire_all(self, outlets: Iterable[str], wait_s: float = 0.0, poll_s: float = 1.0,
                    cancel: threading.Event | None = None) -> None:
        """Take every outlet that is free; retry the others until `wait_s` has passed (or
        `cancel` is set)."""
        deadline = time.monotonic() + wait_s
        cancel = cancel or threading.Event()
        pending = list(dict.fromkeys(outlets))
        while True:
            refused = [info for o in pending if (info := self.try_acquire(o)) is not None]
            pending = [info.outlet for info in refused]
            if not pending or time.monotonic() + poll_s > deadline or cancel.wait(poll_s):
                self.refused = refused
                return

    def renew(self) -> None:
        for outlet in list(self.acquired):
            with self.db.begin() as session:
                if not renew_lock(session, outlet, self.holder, self.ttl):
                    log.warning("lost the crawl lock on outlet %s (it expired)", outlet)

    def release(self) -> None:
        """Free our locks. A database that fails now (full, gone) costs no more than a line:
        the locks are free anyway once this process ends (storage.liveness)."""
        for outlet in self.acquired:
            try:
                with self.db.begin() as session:
                    release_lock(session, outlet, self.holder)
            except StorageError as exc:
                log.warning("could not release the crawl lock on outlet %s: %s", outlet, exc)
        self.acquired = []


@contextmanager
def hold_outlet_locks(db: Database, outlets: Iterable[str], holder: str, *,
                      ttl: timedelta = DEFAULT_TTL, wait_s: float = 0.0,
                      renew_every_s: float | None = None,
                      cancel: threading.Event | None = None) -> Iterator[HeldLocks]:
    """Take the free outlets' locks (waiting up to `wait_s` for busy ones), renew them every
    `renew_every_s` (default ttl/3) while the block runs, release them afterwards."""
    held = HeldLocks(db, holder, ttl)
    stop = threading.Event()
    renewer = threading.Thread(target=_renew_until, name="newsmon-lock-renewal", daemon=True,
                               args=(held, stop, renew_every_s or ttl.total_seconds() / 3))
    try:
        held.acquire_all(outlets, wait_s, cancel=cancel)
        if held.acquired:
            renewer.start()
        yield held
    finally:
        stop.set()
        if renewer.is_alive():
            renewer.join(timeout=10)
        held.release()


def _renew_until(held: HeldLocks, stop: threading.Event, every_s: float) -> None:
    while not stop.wait(every_s):
        try:
            held.renew()
        except Exception:  # noqa: BLE001 - a failed renewal is retried; expiry is the backstop
            log.exception("renewing crawl locks failed")
