"""`newsmon schedule` end to end: the real scheduler (APScheduler, SQLAlchemy job store) in a
child process, each crawl in its own child, against the bundled sample outlet on 127.0.0.1.

Every wait is bounded; every server is loopback. Schedules that should not fire during a test
use a far-away cron ("0 0 1 1 *") together with --run-now.
"""

from __future__ import annotations

import json
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, TypeVar

import pytest
from sqlalchemy import func, select

import scheduler
from config.model import load_config
from newsmon.sample_site import SampleSite, load_expected
from pipelines.cleaning import decompress_html
from storage.db import Database
from storage.locks import current_locks
from storage.models import Article, CrawlRun
from storage.queries import run_rows
from tests.sitecrawl import REPO, SlowSite, newsmon, write_outlets

STORED = sum(1 for p in load_expected()["pages"].values() if p["expect"] == "stored")
FAR_AWAY = "0 0 1 1 *"  # New Year's midnight: never during a test
T = TypeVar("T")

pytestmark = pytest.mark.timeout(90)


# -- helpers -------------------------------------------------------------------------
class HangingServer:
    """Accepts connections on 127.0.0.1 and never answers."""

    def __init__(self) -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(16)
        self.sock.settimeout(0.2)
        self.port = self.sock.getsockname()[1]
        self.held: list[socket.socket] = []
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._accept, daemon=True)

    def _accept(self) -> None:
        while not self.stop.is_set():
            try:
                conn, _ = self.sock.accept()
                self.held.append(conn)
            except OSError:
                continue

    def __enter__(self) -> HangingServer:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop.set()
        self.thread.join(timeout=5)
        for conn in self.held:
            conn.close()
        self.sock.close()


@dataclass
class Scheduler:
    proc: subprocess.Popen[str]
    log_file: Path
    output: Path

    def stop(self, timeout: float = 45) -> int:
        self.proc.send_signal(signal.SIGTERM)
        try:
            return self.proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait(timeout=10)
            raise AssertionError(f"scheduler ignored SIGTERM:\n{self.tail()}") from None

    def tail(self) -> str:
        return self.output.read_text(errors="replace")[-4000:] if self.output.exists() else ""


@pytest.fixture
def start_scheduler(tmp_path: Path) -> Iterator[Callable[..., Scheduler]]:
    started: list[Scheduler] = []

    def start(db_url: str, outlets: Path, *args: str) -> Scheduler:
        n = len(started)
        log_file, output = tmp_path / f"logs{n}" / "newsmon.log", tmp_path / f"scheduler{n}.out"
        with output.open("w") as out:
            proc = subprocess.Popen(
                [sys.executable, "-m", "newsmon", "schedule", "--db", db_url, "--outlets",
                 str(outlets), "--log-file", str(log_file), "--kill-grace-seconds", "5", *args],
                cwd=REPO, stdout=out, stderr=subprocess.STDOUT, text=True)
        started.append(Scheduler(proc, log_file, output))
        return started[-1]

    yield start
    for s in started:  # a failed test must not leave a scheduler behind
        if s.proc.poll() is None:
            s.proc.send_signal(signal.SIGTERM)
            try:
                s.proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                s.proc.kill()
                s.proc.wait(timeout=10)


def wait_for(check: Callable[[], T | None], timeout: float, what: str,
             sched: Scheduler | None = None) -> T:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = check()
        if value:
            return value
        if sched is not None and sched.proc.poll() is not None:
            raise AssertionError(f"scheduler exited while waiting for {what}:\n{sched.tail()}")
        time.sleep(0.2)
    raise AssertionError(f"timed out after {timeout} s waiting for {what}"
                         + (f":\n{sched.tail()}" if sched else ""))


def runs(db_url: str) -> list[dict[str, Any]]:
    db = Database(db_url)
    with db.begin() as session:
        rows = run_rows(session, 100)
    db.dispose()
    return sorted(rows, key=lambda r: r["id"])


def finished_runs(db_url: str) -> list[dict[str, Any]]:
    """Runs the scheduler has finished recording (the child sets the status, the scheduler
    then adds exit status and duration). The exit status is the scheduler's own mark: a
    process that opens the database after a killed child died and before the scheduler
    records it may already close the run as failed (storage.liveness); the scheduler's
    record then replaces that."""
    return [r for r in runs(db_url) if r["status"] != "running" and r["exit_code"] is not None]


def article_count(db_url: str) -> int:
    db = Database(db_url)
    with db.begin() as session:
        count = session.scalar(select(func.count()).select_from(Article)) or 0
    db.dispose()
    return int(count)


# -- a scheduled run, shared by the recording and the runs/status tests ---------------------
@dataclass
class ScheduledRun:
    site: SampleSite
    db_url: str
    outlets: Path
    log_file: Path
    exit_code: int
    tmp: Path


@pytest.fixture(scope="module")
def scheduled(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ScheduledRun]:
    tmp = tmp_path_factory.mktemp("scheduled")
    with SampleSite() as site:
        outlets = write_outlets(tmp / "outlets.toml", site)
        db_url = f"sqlite:///{tmp / 'sched.db'}"
        log_file, output = tmp / "logs" / "newsmon.log", tmp / "scheduler.out"
        with output.open("w") as out:
            proc = subprocess.Popen(
                [sys.executable, "-m", "newsmon", "schedule", "--db", db_url, "--outlets",
                 str(outlets), "--log-file", str(log_file), "--run-now", "--cron", FAR_AWAY],
                cwd=REPO, stdout=out, stderr=subprocess.STDOUT, text=True)
        sched = Scheduler(proc, log_file, output)
        try:
            wait_for(lambda: finished_runs(db_url), 60, "the scheduled run", sched)
            time.sleep(1.0)  # nothing else must start
        finally:
            code = sched.stop()
        yield ScheduledRun(site, db_url, outlets, log_file, code, tmp)


@pytest.mark.timeout(120)
def test_scheduled_run_is_recorded_with_counts(scheduled: ScheduledRun) -> None:
    assert scheduled.exit_code == 0
    [run] = runs(scheduled.db_url)
    assert run["trigger"] == "scheduled" and run["status"] == "completed"
    assert run["exit_code"] == 0 and 0 < run["duration_s"] < 60
    assert run["finished_at"] >= run["started_at"]
    ledger = run["outlets"]["ledger"]
    assert ledger["stored"] == STORED and ledger["new"] == STORED
    assert ledger["finish_reason"] == "finished"
    assert article_count(scheduled.db_url) == STORED
    log = scheduled.log_file.read_text()
    assert "run 1 completed" in log and "[run 1]" in log  # the child's output is in the log too


def test_runs_and_status_json(scheduled: ScheduledRun) -> None:
    result = newsmon("runs", "--db", scheduled.db_url, "--format", "json")
    assert result.returncode == 0, result.stderr
    [row] = json.loads(result.stdout)
    assert set(row) >= {"id", "trigger", "started_at", "finished_at", "status", "outlets",
                        "exit_code", "duration_s", "errors"}
    assert (row["trigger"], row["status"], row["exit_code"]) == ("scheduled", "completed", 0)
    assert row["outlets"]["ledger"]["stored"] == STORED
    datetime.fromisoformat(row["started_at"])
    for fmt in ("table", "csv", "jsonl"):
        out = newsmon("runs", "--db", scheduled.db_url, "--format", fmt)
        assert out.returncode == 0 and "scheduled" in out.stdout

    # a second, silent outlet: configured, but its last new article is ten days old
    outlets = scheduled.tmp / "status.toml"
    outlets.write_text(scheduled.outlets.read_text() + '\n[[outlet]]\nname = "quiet"\n'
                       'feeds = ["http://127.0.0.1:9/feed.xml"]\n', encoding="utf-8")
    db = Database(scheduled.db_url)
    with db.begin() as session:
        old = datetime.now(UTC) - timedelta(days=10)
        session.add(Article(url="http://127.0.0.1:9/old.html", outlet="quiet", text="old",
                            raw_html=b"", extractor_version="test", first_seen_at=old,
                            fetched_at=old))
    db.dispose()
    result = newsmon("status", "--db", scheduled.db_url, "--outlets", str(outlets),
                     "--format", "json")
    assert result.returncode == 0, result.stderr
    status = json.loads(result.stdout)
    next_run = scheduler.build_trigger(FAR_AWAY, "UTC").get_next_fire_time(None,
                                                                           datetime.now(UTC))
    assert next_run is not None
    assert datetime.fromisoformat(status["next_run_time"]) == next_run
    assert status["jobs"][0]["id"] == "crawl:default" and status["jobs"][0]["outlets"] == ["ledger"]
    assert status["silent_after_days"] == 3 and status["silent"] == ["quiet"]
    by_name = {o["outlet"]: o for o in status["outlets"]}
    assert by_name["ledger"]["run_status"] == "completed" and by_name["ledger"]["stored"] == STORED
    assert by_name["ledger"]["silent"] is False
    assert by_name["quiet"]["silent"] is True and by_name["quiet"]["run_id"] is None
    assert by_name["quiet"]["last_new_article_at"].startswith(old.date().isoformat())
    assert status["locks"] == []
    # the scheduler stopped cleanly after its run: not alive, with its last crawl
    assert status["scheduler"]["alive"] is False and status["scheduler"]["stopped_at"]
    assert status["scheduler"]["last_run_status"] == "completed"
    assert by_name["quiet"]["state"] == "silent" and by_name["ledger"]["state"] == "ok"
    # --silent-days widens the window; the table view names silent outlets too
    wide = json.loads(newsmon("status", "--db", scheduled.db_url, "--outlets", str(outlets),
                              "--format", "json", "--silent-days", "30").stdout)
    assert wide["silent"] == []
    table = newsmon("status", "--db", scheduled.db_url, "--outlets", str(outlets)).stdout
    assert "next scheduled crawl:" in table and "SILENT" in table
    assert "silent (no new article for 3+ days): quiet" in table
    assert "scheduler: stopped, last heartbeat" in table and "(completed)" in table


# -- limits, overlaps, downtime, shutdown -------------------------------------------
def test_hung_crawl_is_killed_and_recorded_timed_out(
        tmp_path: Path, sqlite_url: str, start_scheduler: Callable[..., Scheduler]) -> None:
    with HangingServer() as hang:
        outlets = tmp_path / "hang.toml"
        outlets.write_text(
            "[crawl]\nretry_times = 0\ndownload_timeout = 600\nobey_robots = false\n"
            f'[[outlet]]\nname = "hang"\nfeeds = ["http://127.0.0.1:{hang.port}/feed.xml"]\n',
            encoding="utf-8")
        # a 15 s limit: the crawl process needs 2-3 s to start before it reaches the server,
        # several more on a loaded machine
        sched = start_scheduler(sqlite_url, outlets, "--run-now", "--cron", FAR_AWAY,
                                "--timeout-minutes", "0.25", "--kill-grace-seconds", "2")
        wait_for(lambda: hang.held, 30, "the crawl to connect to the hanging server", sched)
        [run] = wait_for(lambda: finished_runs(sqlite_url), 45, "the timed-out run", sched)
        assert sched.proc.poll() is None, "a hung crawl must not take the scheduler down"
        assert sched.stop() == 0
    assert run["status"] == "timed_out" and run["trigger"] == "scheduled"
    assert 15 <= run["duration_s"] < 30
    assert "timeout" in run["errors"]
    db = Database(sqlite_url)
    with db.begin() as session:
        assert current_locks(session) == []
    db.dispose()
    # Scrapy's graceful stop waits on the hung download, so the grace period ends in SIGKILL
    assert run["exit_code"] == -signal.SIGKILL
    log = sched.log_file.read_text()
    assert "asking the crawl to stop (SIGTERM)" in log and "killing it (SIGKILL)" in log


def test_overlapping_triggers_produce_one_crawl(
        tmp_path: Path, sqlite_url: str, start_scheduler: Callable[..., Scheduler]) -> None:
    with SlowSite(delay=1.5) as site:
        outlets = write_outlets(tmp_path / "outlets.toml", site)
        # fires every second while one crawl takes several: max_instances=1 must hold it to one
        sched = start_scheduler(sqlite_url, outlets, "--cron", "*/1 * * * * *")
        wait_for(lambda: [r for r in runs(sqlite_url) if r["status"] == "running"], 30,
                 "the first run to start", sched)
        # a manual crawl meanwhile: skipped, with a message naming the holder, exit status 3
        manual = newsmon("crawl", "--db", sqlite_url, "--outlets", str(outlets), timeout=60)
        assert manual.returncode == 3, manual.stderr
        assert "outlet ledger is being crawled by newsmon schedule job " in manual.stderr
        assert "; skipped" in manual.stderr
        # and a second trigger of the same outlets from another process (another scheduler)
        assert scheduler.run_scheduled_crawl(sqlite_url, str(outlets), ["ledger"],
                                             {"lock_wait_s": 0}) == "skipped"
        first = wait_for(lambda: finished_runs(sqlite_url), 45, "the first run", sched)[0]
        assert sched.stop() == 0
    all_runs = runs(sqlite_url)
    assert first["status"] == "completed" and first["outlets"]["ledger"]["stored"] == STORED
    assert all(r["trigger"] == "scheduled" for r in all_runs)  # the manual crawl recorded none
    assert [r["id"] for r in all_runs if r["started_at"] < first["finished_at"]] == [first["id"]]
    for earlier, later in zip(all_runs, all_runs[1:], strict=False):
        assert earlier["finished_at"] <= later["started_at"]  # one at a time
    assert "maximum number of running instances reached" in sched.log_file.read_text()


def test_missed_run_after_downtime_runs_once(
        tmp_path: Path, sqlite_url: str, start_scheduler: Callable[..., Scheduler]) -> None:
    hour = (datetime.now(UTC).hour + 12) % 24  # a daily slot far from now
    at = f"{hour:02d}:00"
    with SampleSite() as site:
        outlets = write_outlets(tmp_path / "outlets.toml", site)
        plan = scheduler.plan_schedule(load_config(outlets), sqlite_url, str(outlets),
                                       cron=scheduler.at_to_cron(at))
        # the store as a scheduler that went down three days ago left it
        db = Database(sqlite_url)
        store = scheduler.make_scheduler(db, plan.misfire_grace_s)
        store.start(paused=True)
        scheduler.sync_jobs(store, plan)
        store.modify_job(scheduler.DEFAULT_JOB_ID,
                         next_run_time=datetime.now(UTC) - timedelta(days=3))
        scheduler.stop_scheduler(store, wait=False)
        db.dispose()
        assert runs(sqlite_url) == []

        sched = start_scheduler(sqlite_url, outlets, "--at", at)
        wait_for(lambda: finished_runs(sqlite_url), 45, "the missed run", sched)
        time.sleep(3.0)  # three missed slots: it must not run again
        assert sched.stop() == 0
    [run] = runs(sqlite_url)
    assert run["status"] == "completed" and run["trigger"] == "scheduled"
    assert run["outlets"]["ledger"]["stored"] == STORED
    db = Database(sqlite_url)
    [job] = scheduler.scheduled_jobs(db)
    db.dispose()
    assert job["next_run_time"] > datetime.now(UTC) and job["next_run_time"].hour == hour


def test_sigterm_during_a_crawl_records_interrupted(
        tmp_path: Path, sqlite_url: str, start_scheduler: Callable[..., Scheduler]) -> None:
    with SlowSite(delay=1.0) as site:
        outlets = write_outlets(tmp_path / "outlets.toml", site)
        sched = start_scheduler(sqlite_url, outlets, "--run-now", "--cron", FAR_AWAY)
        wait_for(lambda: article_count(sqlite_url) > 0, 45, "the first stored article", sched)
        started = time.monotonic()
        assert sched.stop() == 0
        assert time.monotonic() - started < 30
    [run] = runs(sqlite_url)
    assert run["status"] == "interrupted" and run["finished_at"] is not None
    assert run["exit_code"] == 143  # stopped gracefully by its SIGTERM, not killed
    assert "interrupted" in run["errors"]
    ledger = run["outlets"]["ledger"]
    assert ledger["finish_reason"] == "shutdown"
    assert 0 < ledger["stored"] < STORED
    # consistent: every article counted as stored is in the database, whole
    assert article_count(sqlite_url) == ledger["stored"]
    db = Database(sqlite_url)
    with db.begin() as session:
        for article in session.scalars(select(Article)):
            assert article.text and b"<article" in decompress_html(article.raw_html)
        assert current_locks(session) == []
        assert session.scalar(select(func.count()).select_from(CrawlRun)
                              .where(CrawlRun.status == "running")) == 0
    db.dispose()


@pytest.mark.timeout(120)
def test_status_tells_a_live_scheduler_from_a_dead_one_and_lists_database_outlets(
        tmp_path: Path, sqlite_url: str, start_scheduler: Callable[..., Scheduler]) -> None:
    outlets = tmp_path / "outlets.toml"
    outlets.write_text('[[outlet]]\nname = "fresh"\nfeeds = ["http://127.0.0.1:9/f.xml"]\n',
                       encoding="utf-8")
    db = Database(sqlite_url)
    with db.begin() as session:   # an outlet the database has, no longer configured
        session.add(Article(url="http://127.0.0.1:9/a.html", outlet="gone", text="t",
                            raw_html=b"", extractor_version="test"))
    db.dispose()

    def status() -> dict[str, Any]:
        result = newsmon("status", "--db", sqlite_url, "--outlets", str(outlets), "--format",
                         "json")
        assert result.returncode == 0, result.stderr
        return dict(json.loads(result.stdout))

    before = status()
    assert before["scheduler"]["alive"] is False and before["scheduler"]["beat_at"] is None
    assert [(o["outlet"], o["configured"], o["state"]) for o in before["outlets"]] == [
        ("fresh", True, "never crawled"), ("gone", False, "ok")]
    assert before["never_crawled"] == ["fresh"] and before["silent"] == []
    sched = start_scheduler(sqlite_url, outlets, "--cron", FAR_AWAY, "--heartbeat-seconds", "0.5")
    alive = wait_for(lambda: status()["scheduler"]["alive"] or None, 60, "a heartbeat", sched)
    assert alive is True
    assert "scheduler: alive" in newsmon("status", "--db", sqlite_url, "--outlets",
                                         str(outlets)).stdout
    assert sched.stop() == 0
    after = status()["scheduler"]
    assert after["alive"] is False and after["stopped_at"] is not None
