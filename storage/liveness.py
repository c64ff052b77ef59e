"""Which process holds a lock or records a run, and whether it is still alive.

Crawl locks and crawl runs carry the host, pid and start time of their process. On this
host a process can be checked at once (psutil): a lock whose process is gone is free, and a
run left `running` by a process that is gone is closed as `failed` the next time anything
opens the database (`reap_dead`, called by `storage.db.Database`). The start time guards
against a reused pid. Holders on other hosts cannot be checked from here: their locks
expire (storage.locks.DEFAULT_TTL) and their runs are left to them.
"""

from __future__ import annotations

import logging
import os
import socket
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache

import psutil
from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from storage.models import CrawlLock, CrawlRun

START_TOLERANCE_S = 1.0  # two readings of one process's start time agree within this
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ProcessRef:
    host: str
    pid: int
    started: float | None  # the process's start time, epoch seconds

    def columns(self) -> dict[str, object]:
        """The values of a row's host, pid and pid_started columns."""
        return {"host": self.host, "pid": self.pid, "pid_started": self.started}


def this_host() -> str:
    return socket.gethostname()[:255]


def this_process() -> ProcessRef:
    return _process_ref(os.getpid())  # keyed by pid: a forked child gets its own


@cache
def _process_ref(pid: int) -> ProcessRef:
    try:
        started: float | None = round(psutil.Process(pid).create_time(), 3)
    except psutil.Error:
        started = None
    return ProcessRef(this_host(), pid, started)


def process_gone(host: str | None, pid: int | None, started: float | None) -> bool:
    """True only when it is certain: the process ran on this host and no longer exists
    (no such pid, a zombie, or another process that has reused its pid)."""
    if host != this_host() or pid is None:
        return False
    try:
        process = psutil.Process(pid)
        if process.status() == psutil.STATUS_ZOMBIE:
            return True
        created = process.create_time()
    except psutil.NoSuchProcess:
        return True
    except psutil.Error:  # AccessDenied and the like: it exists
        return False
    return started is not None and abs(created - started) > START_TOLERANCE_S


def reap_dead(session: Session) -> tuple[list[int], list[str]]:
    """Close the runs and free the locks whose process is gone from this host; returns
    (run ids closed, outlets freed)."""
    return close_dead_runs(session), free_dead_locks(session)


def close_dead_runs(session: Session) -> list[int]:
    now = datetime.now(UTC)
    closed = []
    running = select(CrawlRun).where(CrawlRun.status == "running", CrawlRun.host == this_host())
    for run in session.scalars(running):
        if not process_gone(run.host, run.pid, run.pid_started):
            continue
        run.status, run.finished_at = "failed", now
        run.duration_s = round((now - run.started_at).total_seconds(), 3)
        run.errors = {**(run.errors or {}), "process_died":
                      f"the crawl process (pid {run.pid}) ended without recording the run"}
        closed.append(run.id)
    if closed:
        log.warning("runs %s were left running by a process that is gone; recorded as failed",
                    ", ".join(map(str, closed)))
    return closed


def free_dead_locks(session: Session) -> list[str]:
    freed = []
    for lock in session.scalars(select(CrawlLock).where(CrawlLock.host == this_host())):
        if process_gone(lock.host, lock.pid, lock.pid_started):
            session.execute(delete(CrawlLock).where(
                CrawlLock.outlet == lock.outlet, CrawlLock.holder == lock.holder,
                CrawlLock.acquired_at == lock.acquired_at)
                .execution_options(synchronize_session=False))
            freed.append(lock.outlet)
    return freed
