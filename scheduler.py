"""The daily runner behind `newsmon schedule`: wiring between APScheduler and `newsmon crawl`.

- APScheduler 3 `BackgroundScheduler` with a persistent `SQLAlchemyJobStore` (table
  `apscheduler_jobs` in the newsmon database): `coalesce=True`, `max_instances=1` and a
  misfire grace time, so a machine that was down over the scheduled hour runs the missed
  crawl once when it comes back, not once per missed time.
- One job for the outlets on the default schedule (`crawl:default`) and one per outlet with
  its own `schedule` (`crawl:outlet:NAME`). Jobs reference `scheduler:run_scheduled_crawl`
  by text, with picklable arguments (db URL, outlets file, outlet names, options).
- Each run takes the outlets' locks (storage/locks.py), opens a `crawl_runs` row and runs
  `python -m newsmon crawl --trigger scheduled --run-id N` in its own process group, which
  it supervises: past the time limit the child gets SIGTERM (Scrapy's graceful shutdown),
  then SIGKILL for the whole group after a grace period. Exit status, duration and how the
  run ended are recorded on the row. A crashing or leaking crawl cannot take this process
  down.
- SIGTERM/SIGINT stop the scheduler: running children get SIGTERM and their runs are
  recorded `interrupted`.
"""

from __future__ import annotations

import contextlib
import logging
import logging.handlers
import os
import pickle
import re
import signal
import socket
import subprocess
import sys
import threading
import time
import uuid
from dataclasses import asdict, dataclass, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import FrameType
from typing import IO, Any
from zoneinfo import ZoneInfo

from apscheduler.executors.pool import ThreadPoolExecutor
from apscheduler.jobstores.sqlalchemy import SQLAlchemyJobStore
from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.triggers.cron import CronTrigger
from sqlalchemy import Column, Float, LargeBinary, MetaData, Table, Unicode, inspect, select

from config.model import DEFAULT_OUTLETS_FILE, Config, cron_fields
from storage.db import Database, StorageError, resolve_url
from storage.heartbeat import HEARTBEAT_S, beat, stopped
from storage.locks import hold_outlet_locks, holder_name
from storage.queries import close_abandoned_runs, record_run_result, start_run

# The crawl child ends when this process dies: it reads our pid here (newsmon.lifetime).
PARENT_ENV = "NEWSMON_PARENT_PID"
JOBS_TABLE = "apscheduler_jobs"
JOB_FUNC = "scheduler:run_scheduled_crawl"
# With a broker (`newsmon schedule --broker`), the job enqueues one crawl job per outlet for
# `newsmon worker`s instead; referenced by text like every job, so this layer needs no Celery.
ENQUEUE_FUNC = "newsmon.jobs:enqueue_scheduled_crawl"
JOB_PREFIX = "crawl:"
DEFAULT_JOB_ID = "crawl:default"
OUTLET_JOB_PREFIX = "crawl:outlet:"
HH_MM = re.compile(r"^([01]?\d|2[0-3]):([0-5]\d)$")
POLL_S = 0.25
# `newsmon crawl`'s exit codes (crawler.outcome.KNOWN_EXITS, README "Exit codes"): with
# these the crawl recorded its own outcome. Restated here: the scheduler runs without Scrapy.
CRAWL_EXITS = frozenset({0, 1, 2, 3, 130, 143})
MAX_LINE = 2000  # a crawl's log line longer than this is cut (Scrapy logs whole dropped items)
LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"

log = logging.getLogger("newsmon.scheduler")
crawl_log = logging.getLogger("newsmon.crawl")

# Set by SIGTERM/SIGINT in the scheduler process: running crawls stop, no new ones start.
_SHUTDOWN = threading.Event()
# The scheduler process's one Database, by URL, while `serve` runs: its jobs use it (APScheduler
# calls them with their stored arguments, which can name the database only by its URL).
_SERVING: dict[str, Database] = {}


@dataclass(frozen=True)
class CrawlOptions:
    """How one scheduled crawl runs; travels to the job store as a plain dict."""

    timeout_s: float = 120 * 60
    kill_grace_s: float = 30.0
    lock_wait_s: float = 60.0
    log_level: str = "WARNING"
    broker_url: str | None = None  # enqueue one job per outlet for `newsmon worker`s instead
    queue: str | None = None

    @classmethod
    def from_dict(cls, values: dict[str, Any] | None) -> CrawlOptions:
        known = cls.__dataclass_fields__
        return cls(**{k: v for k, v in (values or {}).items() if k in known})


@dataclass(frozen=True)
class JobSpec:
    id: str
    cron: str
    timezone: str
    outlets: tuple[str, ...]


@dataclass(frozen=True)
class SchedulePlan:
    """Every job `newsmon schedule` keeps in the store, and how their crawls run."""

    db_url: str
    outlets_file: str
    jobs: tuple[JobSpec, ...]
    options: CrawlOptions
    misfire_grace_s: float


# -- planning: config + flags → jobs -------------------------------------------
def at_to_cron(at: str) -> str:
    """'06:30' → '30 6 * * *'."""
    match = HH_MM.match(at.strip())
    if not match:
        raise ValueError(f"not a time of day (HH:MM): {at!r}")
    return f"{int(match.group(2))} {int(match.group(1))} * * *"


def plan_schedule(config: Config, db_url: str | None, outlets_file: str | None, *,
                  cron: str | None = None, timezone: str | None = None,
                  timeout_minutes: float | None = None,
                  misfire_grace_minutes: float | None = None,
                  options: CrawlOptions | None = None) -> SchedulePlan:
    """The jobs for `config`: the default schedule (flags over `[schedule]`) for every outlet
    without its own `schedule`, and one job per outlet that has one."""
    settings = config.schedule
    tz = timezone or settings.timezone
    default_cron = cron or settings.cron
    build_trigger(default_cron, tz)  # one-line ValueError for a bad flag
    shared = tuple(o.name for o in config.outlet if not o.schedule)
    jobs = [JobSpec(DEFAULT_JOB_ID, default_cron, tz, shared)] if shared else []
    jobs += [JobSpec(OUTLET_JOB_PREFIX + o.name, o.schedule, tz, (o.name,))
             for o in config.outlet if o.schedule]
    minutes = timeout_minutes or settings.timeout_minutes
    base = options or CrawlOptions()
    return SchedulePlan(
        db_url=resolve_url(db_url),
        outlets_file=str(Path(outlets_file or DEFAULT_OUTLETS_FILE).resolve()),
        jobs=tuple(jobs),
        options=replace(base, timeout_s=minutes * 60),
        misfire_grace_s=60 * (settings.misfire_grace_minutes if misfire_grace_minutes is None
                              else misfire_grace_minutes),
    )


def build_trigger(cron: str, timezone: str) -> CronTrigger:
    try:
        zone = ZoneInfo(timezone)
    except (ValueError, KeyError):
        raise ValueError(f"unknown time zone: {timezone!r}") from None
    return CronTrigger(**cron_fields(cron), timezone=zone)


# -- the scheduler --------------------------------------------------------------
def make_scheduler(db: Database, misfire_grace_s: float = 3600,
                   max_workers: int = 4) -> BackgroundScheduler:
    """A scheduler whose jobs persist in the newsmon database, on its engine (not started)."""
    store = SQLAlchemyJobStore(engine=db.engine, tablename=JOBS_TABLE)
    return BackgroundScheduler(
        jobstores={"default": store},
        executors={"default": ThreadPoolExecutor(max_workers)},
        job_defaults={"coalesce": True, "max_instances": 1,
                      "misfire_grace_time": int(misfire_grace_s) or None},
        timezone=UTC,
    )


def sync_jobs(scheduler: BackgroundScheduler, plan: SchedulePlan) -> None:
    """Make the store hold exactly the plan's jobs (stable ids, replace_existing=True). A job
    whose trigger is unchanged keeps its stored next run time, so a run missed while the
    scheduler was down still fires (once) instead of being pushed to the next slot."""
    wanted = {spec.id for spec in plan.jobs}
    for job in scheduler.get_jobs():
        if job.id.startswith(JOB_PREFIX) and job.id not in wanted:
            log.info("removing job %s (no longer configured)", job.id)
            job.remove()
    for spec in plan.jobs:
        trigger = build_trigger(spec.cron, spec.timezone)
        existing = scheduler.get_job(spec.id)
        keep: dict[str, Any] = {}
        if existing is not None and existing.next_run_time is not None \
                and repr(existing.trigger) == repr(trigger):
            keep["next_run_time"] = existing.next_run_time
        scheduler.add_job(
            ENQUEUE_FUNC if plan.options.broker_url else JOB_FUNC, trigger, id=spec.id,
            name=f"crawl {', '.join(spec.outlets)}",
            args=[plan.db_url, plan.outlets_file, list(spec.outlets), asdict(plan.options)],
            coalesce=True, max_instances=1,
            misfire_grace_time=int(plan.misfire_grace_s) or None,
            replace_existing=True, **keep)


def run_now(scheduler: BackgroundScheduler) -> None:
    now = datetime.now(UTC)
    for job in scheduler.get_jobs():
        if job.id.startswith(JOB_PREFIX):
            job.modify(next_run_time=now)


def serve(plan: SchedulePlan, *, run_immediately: bool = False,
          heartbeat_s: float = HEARTBEAT_S) -> int:
    """Run the schedule until SIGTERM/SIGINT, beating every `heartbeat_s` seconds
    (storage.heartbeat); 0 after a clean shutdown."""
    _SHUTDOWN.clear()
    db = Database(plan.db_url)  # the process's one: its schema is current before the job store
    close_abandoned(plan, db)
    scheduler = make_scheduler(db, plan.misfire_grace_s)
    previous = {s: signal.signal(s, _request_shutdown) for s in (signal.SIGTERM, signal.SIGINT)}
    _SERVING[db.url] = db
    scheduler.start(paused=True)
    try:
        sync_jobs(scheduler, plan)
        if run_immediately:
            run_now(scheduler)
        scheduler.resume()
        for job in scheduler.get_jobs():
            log.info("job %s: %s, next run %s", job.id, job.trigger, job.next_run_time)
        _keep_beating(db, heartbeat_s)
        log.info("shutting down: stopping running crawls")
    finally:
        _SHUTDOWN.set()
        stop_scheduler(scheduler, wait=True)
        _heartbeat(db, stop=True)
        for sig, handler in previous.items():
            signal.signal(sig, handler)
        _SERVING.pop(db.url, None)
        db.dispose()
    log.info("scheduler stopped")
    return 0


HOLDER = f"{socket.gethostname()}:{os.getpid()}"


def _keep_beating(db: Database, every_s: float) -> None:
    """Beat now and every `every_s` seconds until shutdown is requested."""
    while True:
        _heartbeat(db)
        if _SHUTDOWN.wait(every_s):
            return


def _heartbeat(db: Database, stop: bool = False) -> None:
    """One heartbeat (or the clean-stop mark); a database hiccup is logged, never fatal."""
    try:
        with db.begin() as session:
            (stopped if stop else beat)(session, HOLDER)
    except StorageError as exc:
        log.warning("heartbeat not written: %s", exc)


def close_abandoned(plan: SchedulePlan, db: Database) -> None:
    """Runs left `running` by a crawl that outlived its time limit and grace are failed."""
    limit = timedelta(seconds=plan.options.timeout_s + plan.options.kill_grace_s + 60)
    with db.begin() as session:
        closed = close_abandoned_runs(session, datetime.now(UTC) - limit)
    if closed:
        log.warning("runs %s were left running by a crawl that is gone; recorded as failed",
                    ", ".join(map(str, closed)))


def stop_scheduler(scheduler: BackgroundScheduler, wait: bool = True) -> None:
    """Shut down without touching the job store again. APScheduler 3 makes one more pass over
    the due jobs after `shutdown()`; with its executor already closed that pass fails to submit
    a due job but still advances its next run time, losing a missed run. So the store is
    detached first."""
    scheduler.pause()
    for alias in list(scheduler._jobstores):  # APScheduler 3 has no public list of stores
        scheduler.remove_jobstore(alias)
    scheduler.shutdown(wait=wait)


def _request_shutdown(signum: int, _frame: FrameType | None) -> None:
    _SHUTDOWN.set()  # only this: logging is not safe inside a signal handler


# -- one scheduled crawl ------------------------------------------------------------
def run_scheduled_crawl(db_url: str, outlets_file: str | None, outlet_names: list[str],
                        options: dict[str, Any] | None = None) -> str:
    """The job: lock the outlets, crawl them in a child process, record how it went.
    Returns the run's status, or 'skipped' when every outlet was locked by another crawl."""
    opts = CrawlOptions.from_dict(options)
    if _SHUTDOWN.is_set():
        return "skipped"
    serving = _SERVING.get(db_url)
    db = serving or Database(db_url)  # called outside `serve`: its own
    holder = holder_name(f"newsmon schedule job {uuid.uuid4().hex[:8]}")  # one per run
    try:
        with hold_outlet_locks(db, outlet_names, holder, wait_s=opts.lock_wait_s,
                               cancel=_SHUTDOWN) as locks:
            for info in locks.refused:
                log.warning(info.message())
            if not locks.acquired:
                log.warning("scheduled crawl of %s skipped: locked by other crawls",
                            ", ".join(outlet_names))
                return "skipped"
            return _crawl_in_child(db, db_url, outlets_file, locks.acquired, holder, opts)
    finally:
        if serving is None:
            db.dispose()


def _crawl_in_child(db: Database, db_url: str, outlets_file: str | None, outlets: list[str],
                    holder: str, opts: CrawlOptions) -> str:
    with db.begin() as session:
        run_id = start_run(session, "scheduled", outlets)
    return _supervised_run(db, db_url, outlets_file, outlets, run_id, holder, opts)[0]


def crawl_job_in_child(db: Database, db_url: str, outlets_file: str | None, outlet: str,
                       holder: str, opts: CrawlOptions, *, worker: str,
                       job_id: str) -> tuple[int, int | None]:
    """A worker's job (newsmon.jobs): crawl one outlet in a child process, recorded with the
    worker and job; (run id, exit status)."""
    with db.begin() as session:
        run_id = start_run(session, "worker", [outlet], worker=worker, job_id=job_id)
    return run_id, _supervised_run(db, db_url, outlets_file, [outlet], run_id, holder, opts,
                                   trigger="worker")[1]


def stop_running_crawls() -> None:
    """Ask running crawl children to stop (SIGTERM, then SIGKILL after the grace period),
    as on the scheduler's own shutdown; `newsmon worker` calls it on a warm shutdown."""
    _SHUTDOWN.set()


def shutting_down() -> bool:
    return _SHUTDOWN.is_set()


def _supervised_run(db: Database, db_url: str, outlets_file: str | None, outlets: list[str],
                    run_id: int, holder: str, opts: CrawlOptions,
                    trigger: str = "scheduled") -> tuple[str, int | None]:
    started = time.monotonic()
    log.info("run %d: crawling %s", run_id, ", ".join(outlets))
    try:
        cmd = child_command(outlets_file, outlets, run_id, holder, opts, trigger)
        code, ending = _run_child(cmd, db_url, run_id, opts)
    except Exception as exc:  # noqa: BLE001 - the scheduler outlives any one run
        log.exception("run %d: could not run the crawl", run_id)
        code, ending = None, ("failed", {"scheduler": f"could not run the crawl: {exc}"})
    status, errors = ending
    with db.begin() as session:
        final = record_run_result(session, run_id, status=status, exit_code=code,
                                  duration_s=time.monotonic() - started, errors=errors)
    log.info("run %d %s (exit status %s) after %.1f s", run_id, final, code,
             time.monotonic() - started)
    return final, code


def child_command(outlets_file: str | None, outlets: list[str], run_id: int, holder: str,
                  opts: CrawlOptions, trigger: str = "scheduled") -> list[str]:
    """`newsmon crawl` for one scheduled run (the database URL goes in the environment, so a
    password never shows in `ps`)."""
    cmd = [sys.executable, "-m", "newsmon", "crawl", "--trigger", trigger,
           "--run-id", str(run_id), "--lock-holder", holder, "--log-level", opts.log_level]
    if outlets_file:
        cmd += ["--outlets", outlets_file]
    for name in outlets:
        cmd += ["--outlet", name]
    return cmd


def _run_child(cmd: list[str], db_url: str, run_id: int, opts: CrawlOptions
               ) -> tuple[int, tuple[str | None, dict[str, Any]]]:
    """Start the crawl in its own process group, pass its output to the log, supervise it;
    (exit status, (status or None to keep the child's, errors))."""
    env = {**os.environ, "NEWSMON_DB": db_url, PARENT_ENV: str(os.getpid())}
    proc = subprocess.Popen(cmd, env=env,
                            stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, text=True, errors="replace",
                            start_new_session=True)
    assert proc.stdout is not None
    pump = threading.Thread(target=_pump_output, args=(proc.stdout, run_id),
                            name=f"newsmon-run-{run_id}-output", daemon=True)
    pump.start()
    try:
        reason = supervise(proc, opts.timeout_s, opts.kill_grace_s, run_id)
    finally:
        _kill_group(proc.pid)  # whatever the child left behind (e.g. cleaning workers)
        pump.join(timeout=5)
    return proc.returncode, _ending(reason, proc.returncode, opts)


def supervise(proc: subprocess.Popen[Any], timeout_s: float, kill_grace_s: float,
              run_id: int = 0) -> str | None:
    """Wait for `proc`; past `timeout_s`, or on scheduler shutdown, send it SIGTERM, then
    SIGKILL its process group after `kill_grace_s`. Returns 'timed_out', 'interrupted' or
    None (it ended by itself)."""
    deadline = time.monotonic() + timeout_s
    reason: str | None = None
    kill_at = 0.0
    while True:
        try:
            proc.wait(timeout=POLL_S)
            return reason
        except subprocess.TimeoutExpired:
            pass
        now = time.monotonic()
        if reason is None and (_SHUTDOWN.is_set() or now >= deadline):
            reason = "interrupted" if _SHUTDOWN.is_set() else "timed_out"
            log.warning("run %d: %s; asking the crawl to stop (SIGTERM)", run_id,
                        "scheduler shutting down" if reason == "interrupted"
                        else f"still running after {timeout_s:g} s")
            _signal(proc, signal.SIGTERM)
            kill_at = now + kill_grace_s
        elif reason is not None and now >= kill_at:
            log.warning("run %d: still running %g s after SIGTERM; killing it (SIGKILL)",
                        run_id, kill_grace_s)
            _kill_group(proc.pid)
            proc.wait(timeout=30)
            return reason


def _ending(reason: str | None, code: int, opts: CrawlOptions
            ) -> tuple[str | None, dict[str, Any]]:
    if reason == "timed_out":
        return reason, {"timeout": f"still running after {opts.timeout_s:g} s; stopped "
                                   f"(SIGTERM, SIGKILL after {opts.kill_grace_s:g} s)"}
    if reason == "interrupted":
        return reason, {"interrupted": "the scheduler was shut down during the crawl"}
    if code < 0:
        return "failed", {"exit": f"crawl process killed by signal {-code}"}
    if code not in CRAWL_EXITS:
        return None, {"exit": f"crawl process exited with status {code}"}
    return None, {}


def _signal(proc: subprocess.Popen[Any], sig: int) -> None:
    with contextlib.suppress(ProcessLookupError):
        proc.send_signal(sig)


def _kill_group(pgid: int) -> None:
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(pgid, signal.SIGKILL)


def _pump_output(stream: IO[str], run_id: int) -> None:
    with stream:
        for line in stream:
            if line.strip():
                text = line.rstrip()
                if len(text) > MAX_LINE:
                    text = f"{text[:MAX_LINE]}… ({len(text) - MAX_LINE} more characters)"
                crawl_log.info("[run %d] %s", run_id, text)


# -- reading the job store (`newsmon status`) ------------------------------------
def scheduled_jobs(db: Database) -> list[dict[str, Any]]:
    """The crawl jobs in the store: id, next_run_time, schedule, outlets. Read-only: the
    table is read directly (no job store), so nothing is created or removed."""
    if not inspect(db.engine).has_table(JOBS_TABLE):
        return []
    table = Table(JOBS_TABLE, MetaData(), Column("id", Unicode(191), primary_key=True),
                  Column("next_run_time", Float(25)), Column("job_state", LargeBinary))
    with db.engine.connect() as conn:
        rows = conn.execute(select(table).order_by(table.c.next_run_time)).all()
    return [_job_row(r.id, r.next_run_time, r.job_state) for r in rows
            if str(r.id).startswith(JOB_PREFIX)]


def _job_row(job_id: str, next_run: float | None, blob: bytes) -> dict[str, Any]:
    try:
        state = pickle.loads(blob)  # noqa: S301 - our own database, written by this module
        schedule, outlets = str(state["trigger"]), list(state["args"][2])
    except Exception:  # noqa: BLE001 - an unreadable job is still listed
        schedule, outlets = "?", []
    when = datetime.fromtimestamp(next_run, UTC) if next_run is not None else None
    return {"id": job_id, "next_run_time": when, "schedule": schedule, "outlets": outlets}


# -- logging ------------------------------------------------------------------------
def setup_logging(log_file: str | None, level: str = "INFO") -> Path | None:
    """Log to stderr and to a rotating file (10 MB × 5)."""
    root = logging.getLogger()
    root.setLevel(level)
    formatter = logging.Formatter(LOG_FORMAT)
    handlers: list[logging.Handler] = [logging.StreamHandler(sys.stderr)]
    path = None
    if log_file:
        path = Path(log_file).expanduser()
        path.parent.mkdir(parents=True, exist_ok=True)
        handlers.append(logging.handlers.RotatingFileHandler(
            path, maxBytes=10_000_000, backupCount=5, encoding="utf-8"))
    for handler in handlers:
        handler.setFormatter(formatter)
        root.addHandler(handler)
    logging.getLogger("alembic").setLevel(logging.WARNING)
    return path
