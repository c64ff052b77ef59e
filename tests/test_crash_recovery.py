"""Crash recovery and honest exits, against real processes: `newsmon crawl` children killed
with SIGKILL or stopped with SIGTERM mid-crawl, the bundled sample outlet on 127.0.0.1
(slowed down so a crawl is surely mid-way), real SQLite files and a real PostgreSQL.

Every wait is bounded; every server is loopback.
"""

from __future__ import annotations

import json
import os
import re
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

import psutil
import pytest
from sqlalchemy import select, update

from newsmon.sample_site import load_expected
from storage.db import Database
from storage.locks import acquire_lock
from storage.models import Article, CrawlLock
from storage.queries import run_rows
from tests.sitecrawl import REPO, SlowSite, newsmon, write_outlets

STORED = sorted(p for p, v in load_expected()["pages"].items() if v["expect"] == "stored")
T = TypeVar("T")

pytestmark = pytest.mark.timeout(240)


def start_crawl(outlets: Path, db_url: str, out: Path) -> subprocess.Popen[str]:
    with out.open("w") as sink:
        return subprocess.Popen([sys.executable, "-m", "newsmon", "crawl", "--outlets",
                                 str(outlets), "--db", db_url], cwd=REPO, stdout=sink,
                                stderr=subprocess.STDOUT, text=True)


def wait_for(check: Callable[[], T | None], timeout: float, what: str) -> T:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = check()
        if value:
            return value
        time.sleep(0.2)
    raise AssertionError(f"timed out after {timeout} s waiting for {what}")


def stored_urls(db_url: str) -> list[str]:
    db = Database(db_url, migrate=False)
    try:
        with db.begin() as session:
            return list(session.scalars(select(Article.url)))
    except Exception:  # noqa: BLE001 - the crawl may not have created the schema yet
        return []
    finally:
        db.dispose()


def runs(db_url: str) -> list[dict[str, Any]]:
    db = Database(db_url)  # opening it closes the runs of dead processes (storage.liveness)
    with db.begin() as session:
        rows = run_rows(session, 100)
    db.dispose()
    return sorted(rows, key=lambda r: r["id"])


def workers_of(proc: subprocess.Popen[str]) -> list[psutil.Process]:
    return psutil.Process(proc.pid).children(recursive=True)


def gone(processes: list[psutil.Process]) -> bool:
    _, alive = psutil.wait_procs(processes, timeout=0)
    return not [p for p in alive if p.status() != psutil.STATUS_ZOMBIE]


# -- 1-3: kill -9 mid-crawl ---------------------------------------------------------------
def test_killed_crawl_frees_its_lock_run_and_workers_and_the_rerun_completes(
        tmp_path: Path, db_url: str) -> None:
    """After `kill -9` of a manual crawl mid-way: its workers die with it, its lock is free
    at once, the same crawl run right away completes the set with no duplicates, and the
    killed run is recorded failed (not running) in `newsmon runs` and `newsmon status`."""
    with SlowSite(delay=0.7) as site:
        outlets = write_outlets(tmp_path / "outlets.toml", site, clean_workers=2)
        proc = start_crawl(outlets, db_url, tmp_path / "killed.out")
        try:
            wait_for(lambda: stored_urls(db_url), 90, "the first stored article")
            workers = wait_for(lambda: workers_of(proc), 10, "the cleaning workers")
            assert len(stored_urls(db_url)) < len(STORED), "not mid-crawl"
        finally:
            proc.kill()
            proc.wait(timeout=10)
        assert wait_for(lambda: gone(workers), 5, "the workers to exit after their parent")

        # at once, before anything else ran: the dead crawl is neither crawling nor running
        status = json.loads(newsmon("status", "--outlets", str(outlets), "--db", db_url,
                                    "--format", "json").stdout)
        assert status["locks"] == []
        assert [o["run_status"] for o in status["outlets"]] == ["failed"]
        [killed] = json.loads(newsmon("runs", "--db", db_url, "--format", "json").stdout)
        assert killed["status"] == "failed" and "process_died" in killed["errors"]

        rerun = newsmon("crawl", "--outlets", str(outlets), "--db", db_url, timeout=180)
    assert rerun.returncode == 0, rerun.stderr[-3000:]
    assert "skipped" not in rerun.stderr
    urls = stored_urls(db_url)
    assert sorted(u.removeprefix(site.base_url) for u in urls) == STORED  # no duplicates
    killed, second = runs(db_url)
    assert killed["status"] == "failed" and "process_died" in killed["errors"]
    assert killed["finished_at"] is not None and killed["duration_s"] is not None
    assert second["status"] == "completed" and second["exit_code"] == 0
    assert second["duration_s"] > 0 and second["trigger"] == "manual"
    status = newsmon("status", "--outlets", str(outlets), "--db", db_url, "--format", "json")
    report = json.loads(status.stdout)
    assert report["locks"] == []
    assert [o["run_status"] for o in report["outlets"]] == ["completed"]


def test_lock_of_a_dead_local_process_is_free_at_once(db_url: str) -> None:
    """Unit level: a lock row whose process is gone from this host is taken over, whatever
    its expiry; a live holder's lock is not."""
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait(timeout=30)
    db = Database(db_url)
    with db.begin() as session:
        assert acquire_lock(session, "ledger", "alive: this test")
    with db.begin() as session:
        assert not acquire_lock(session, "ledger", "someone else")
        session.execute(update(CrawlLock).values(pid=dead.pid, holder="dead"))
    with db.begin() as session:
        assert acquire_lock(session, "ledger", "someone else")
    db.dispose()


# -- 4: honest exit codes and run records ------------------------------------------------
@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])
def test_signal_mid_crawl_is_recorded_interrupted_quickly(
        tmp_path: Path, sqlite_url: str, signum: signal.Signals) -> None:
    with SlowSite(delay=0.5) as site:
        outlets = write_outlets(tmp_path / "outlets.toml", site, download_delay=1.0)
        proc = start_crawl(outlets, sqlite_url, tmp_path / "crawl.out")
        try:
            wait_for(lambda: stored_urls(sqlite_url), 90, "the first stored article")
            started = time.monotonic()
            proc.send_signal(signum)
            code = proc.wait(timeout=60)
            took = time.monotonic() - started
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait(timeout=10)
    output = (tmp_path / "crawl.out").read_text()
    assert code == 128 + signum, output[-3000:]
    print(f"stopped {took:.1f} s after the signal")
    assert took < 10, f"took {took:.1f} s to stop"  # download_timeout is 10 s
    [run] = runs(sqlite_url)
    assert run["status"] == "interrupted" and run["exit_code"] == 128 + signum
    assert signal.Signals(signum).name in run["errors"]["interrupted"]
    assert run["duration_s"] is not None and run["finished_at"] is not None
    ledger = run["outlets"]["ledger"]  # the stats are kept
    assert ledger["finish_reason"] == "shutdown"
    assert 0 < ledger["stored"] == len(stored_urls(sqlite_url)) < len(STORED)


def test_every_outlet_locked_exits_non_zero(tmp_path: Path, sqlite_url: str) -> None:
    db = Database(sqlite_url)
    with db.begin() as session:  # held by this (live) test process
        assert acquire_lock(session, "ledger", "a test holding the lock")
    db.dispose()
    with SlowSite(delay=0) as site:
        outlets = write_outlets(tmp_path / "outlets.toml", site)
        result = newsmon("crawl", "--outlets", str(outlets), "--db", sqlite_url)
    assert result.returncode == 3, result.stderr
    assert "is being crawled by a test holding the lock" in result.stderr
    assert "every selected outlet is being crawled by another process" in result.stderr
    assert site.requests == []  # nothing fetched


def test_empty_configuration_exits_non_zero_with_one_line(tmp_path: Path,
                                                          sqlite_url: str) -> None:
    empty = tmp_path / "empty.toml"
    empty.write_text("", encoding="utf-8")
    result = newsmon("crawl", "--outlets", str(empty), "--db", sqlite_url)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("newsmon: error:")
    assert "empty.toml" in lines[0] and "[[outlet]]" in lines[0]


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 2 MB tmpfs of its own (needs root, as on CI; skipped otherwise)."""
    mount = tmp_path / "disk"
    mount.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(mount)],
                          capture_output=True, text=True, check=False)
    if done.returncode:
        pytest.skip(f"cannot mount a small tmpfs to fill: {done.stderr.strip()}")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def fill(disk: Path, leave_bytes: int) -> Path:
    stat = os.statvfs(disk)
    filler = disk / "filler"
    filler.write_bytes(b"\0" * (stat.f_bavail * stat.f_frsize - leave_bytes))
    return filler


def test_disk_full_crawl_exits_non_zero_with_the_failures_counted(
        tmp_path: Path, small_disk: Path) -> None:
    db_url = f"sqlite:///{small_disk / 'newsmon.db'}"
    Database(db_url).dispose()  # the schema, then a disk with room for a few stories only
    filler = fill(small_disk, 400 * 1024)
    with SlowSite(delay=0) as site:
        outlets = write_outlets(tmp_path / "outlets.toml", site)
        result = newsmon("crawl", "--outlets", str(outlets), "--db", db_url)
    filler.unlink()
    assert result.returncode == 1, result.stderr[-3000:]
    assert "Traceback" not in result.stderr
    # logged once per kind of failure and component, not once per page
    full = [re.sub(r"^[\d:\- ]+", "", line) for line in result.stderr.splitlines()
            if "disk is full" in line]
    assert len(full) == len(set(full)) and len(full) <= 6, full
    assert result.stderr.count("(store_failed/disk_full); further failures") == 1
    failed = int(re.search(r"store_failed/disk_full=(\d+)", result.stderr).group(1))  # type: ignore[union-attr]
    stored = stored_urls(db_url)
    assert failed > 0 and len(stored) + failed == len(STORED)
    [run] = runs(db_url)
    assert run["status"] == "failed"
    if run["exit_code"] is not None:  # recorded by the crawl when the disk had room for it
        assert run["exit_code"] == 1 and run["errors"]["store_failed/disk_full"] == failed


def corrupt_indexes(path: Path, table: str) -> list[str]:
    """Overwrite the root page of each index on `table` with garbage (a bad disk sector)."""
    with sqlite3.connect(path) as conn:
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        roots = conn.execute("SELECT name, rootpage FROM sqlite_master WHERE type = 'index' "
                             "AND tbl_name = ?", (table,)).fetchall()
    conn.close()
    with path.open("r+b") as db_file:
        for _name, root in roots:
            db_file.seek((root - 1) * page_size)
            db_file.write(b"\xa5" * page_size)
    return [name for name, _ in roots]


def test_corrupt_page_hit_while_reading_a_feed_exits_non_zero_counted(
        tmp_path: Path, sqlite_url: str) -> None:
    Database(sqlite_url).dispose()
    path = Path(sqlite_url.removeprefix("sqlite:///"))
    assert corrupt_indexes(path, "articles")  # the story lookup of every listing hits it
    with SlowSite(delay=0) as site:
        outlets = write_outlets(tmp_path / "outlets.toml", site)
        result = newsmon("crawl", "--outlets", str(outlets), "--db", sqlite_url)
    assert result.returncode == 1, result.stderr[-3000:]
    assert "Traceback" not in result.stderr
    assert re.search(r"database/corrupt=[1-9]", result.stderr), result.stderr[-3000:]
    [run] = runs(sqlite_url)
    assert run["status"] == "failed" and run["exit_code"] == 1
    assert run["errors"]["database/corrupt"] >= 1


def test_the_scheduler_knows_every_crawl_exit_code() -> None:
    import scheduler
    from crawler.outcome import KNOWN_EXITS

    assert scheduler.CRAWL_EXITS == KNOWN_EXITS
