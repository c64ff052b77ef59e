"""Crawl jobs on Celery workers: one job per outlet, on any number of machines.

Politeness is per domain, so one outlet's pages cannot usefully be fetched by several
machines at once: the unit of distribution is one outlet's crawl. `newsmon crawl --broker`
(and `newsmon schedule --broker`) put one job per outlet on the broker's queue;
`newsmon worker` processes take them. A job runs exactly what `newsmon crawl --outlet X`
runs, in its own child process under the outlet's lock, recorded in `crawl_runs` with the
worker's name and the job's id.

Delivery is at least once: jobs are acknowledged after they ran (`acks_late`), so a job
whose worker died (kill -9, out of memory, a lost machine) is delivered again to another
worker. The rerun first closes the lost run's record as failed, then crawls; what the lost
run stored is already stored, and storing a story twice is harmless (URL identity and copy
detection), so nothing is stored twice.

Brokers: RabbitMQ (`amqp://...`) gives a dead worker's job back at once, when its
connection drops; its `consumer_timeout` (30 min by default) must exceed the crawl time
limit. Redis (`redis://...`) gives it back after the visibility timeout, which is set above
the crawl time limit so that a slow crawl is never handed out twice. Results travel on the
broker (RabbitMQ: `rpc://`) or in the same Redis database.

Every worker reads its own outlets file and database URL (`newsmon worker --outlets F
--db URL`): a job carries only the outlet's name.
"""

from __future__ import annotations

import logging
import time
import uuid
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any

from storage.db import Database

if TYPE_CHECKING:  # Celery is imported only where jobs are sent or run (CLI start-up time)
    from celery import Celery

QUEUE = "newsmon.crawl"
TASK_NAME = "newsmon.crawl_outlet"
# Redis hands an unacknowledged job out again after this long: longer than any crawl may
# run (the scheduler's default limit is 2 h; `newsmon worker --timeout-minutes`).
VISIBILITY_MARGIN_S = 30 * 60
RESULT_EXPIRES_S = 7 * 24 * 3600

log = logging.getLogger("newsmon.jobs")


@dataclass(frozen=True)
class WorkerSettings:
    """What every job on this worker crawls with: its database, outlets file and limits."""

    db_url: str
    outlets_file: str | None
    options: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class JobResult:
    """How one outlet's job ended, as the enqueuer prints it."""

    outlet: str
    status: str  # completed, failed, interrupted, timed_out, skipped, lost
    run_id: int | None = None
    exit_code: int | None = None
    worker: str | None = None
    summary: dict[str, Any] = field(default_factory=dict)
    message: str = ""

    @classmethod
    def from_value(cls, outlet: str, value: Any) -> JobResult:
        if isinstance(value, dict):
            known = cls.__dataclass_fields__
            return cls(**{k: v for k, v in value.items() if k in known})
        return cls(outlet, "failed", message=f"job failed: {value}")


# -- the Celery application -----------------------------------------------------------
def result_backend(broker_url: str) -> str:
    """Results on the broker itself: RPC replies on RabbitMQ, the same database on Redis."""
    return broker_url if broker_url.startswith(("redis://", "rediss://")) else "rpc://"


def make_app(broker_url: str, queue: str = QUEUE, timeout_s: float = 120 * 60) -> Celery:
    from celery import Celery

    app = Celery("newsmon", broker=broker_url, backend=result_backend(broker_url),
                 set_as_current=False)
    app.conf.update(
        task_acks_late=True,               # acknowledged after the crawl, so a lost job reruns
        task_reject_on_worker_lost=True,
        worker_prefetch_multiplier=1,      # a busy worker holds no second job
        task_default_queue=queue,
        task_serializer="json", result_serializer="json", accept_content=["json"],
        result_expires=RESULT_EXPIRES_S,
        broker_transport_options={"visibility_timeout": int(timeout_s + VISIBILITY_MARGIN_S)},
        broker_connection_retry_on_startup=True,
        # an unreachable broker: fail a send in seconds, with one line, not after a minute
        task_publish_retry_policy={"max_retries": 2, "interval_start": 0.2,
                                   "interval_step": 0.5, "interval_max": 1},
        redis_socket_connect_timeout=5,
        result_backend_transport_options={"retry_policy": {
            "max_retries": 2, "interval_start": 0.2, "interval_step": 0.5, "interval_max": 1}},
        worker_cancel_long_running_tasks_on_connection_loss=False,
    )
    app.task(name=TASK_NAME, bind=True)(_crawl_outlet_task)
    return app


# Set once per worker process by `run_worker`: its settings and its one Database, which
# every job (a thread of this process) shares.
_WORKER: tuple[WorkerSettings, Database] | None = None


def _crawl_outlet_task(task: Any, outlet: str) -> dict[str, Any]:
    """The job. A crawl stopped by this worker's own warm shutdown goes back on the queue
    (another worker, or this one restarted, crawls the outlet); any other ending is final."""
    from celery.exceptions import Reject

    import scheduler

    if _WORKER is None:
        raise RuntimeError("this process is not a newsmon worker (run `newsmon worker`)")
    job_id = str(task.request.id or uuid.uuid4())
    worker = str(task.request.hostname or "worker")
    result = run_job(*_WORKER, outlet, job_id, worker)
    if result.status == "interrupted" and scheduler.shutting_down():
        raise Reject(f"worker {worker} shut down during the crawl of {outlet}", requeue=True)
    return asdict(result)


def run_job(settings: WorkerSettings, db: Database, outlet: str, job_id: str,
            worker: str) -> JobResult:
    """One outlet's crawl as a job: close what a lost earlier delivery left running, take the
    outlet's lock, crawl in a child process (scheduler), record the run."""
    import scheduler
    from storage.locks import hold_outlet_locks, job_holder

    opts = scheduler.CrawlOptions.from_dict(settings.options)
    _close_lost_delivery(db, job_id)
    holder = job_holder(job_id, worker)
    with hold_outlet_locks(db, [outlet], holder, wait_s=opts.lock_wait_s) as locks:
        if not locks.acquired:
            message = "; ".join(info.message() for info in locks.refused)
            return JobResult(outlet, "skipped", worker=worker, message=message)
        run_id, code = scheduler.crawl_job_in_child(
            db, settings.db_url, settings.outlets_file, outlet, holder, opts,
            worker=worker, job_id=job_id)
    return _result(db, outlet, run_id, code, worker)


def _close_lost_delivery(db: Database, job_id: str) -> None:
    """A job delivered again lost its first worker: close that run, free that lock."""
    from storage.locks import release_lost_job_locks
    from storage.queries import close_lost_job_runs

    with db.begin() as session:
        runs = close_lost_job_runs(session, job_id)
        outlets = release_lost_job_locks(session, job_id)
    if runs or outlets:
        log.warning("job %s was delivered again: its lost run(s) %s closed as failed, lock(s) "
                    "on %s freed", job_id, ", ".join(map(str, runs)) or "-",
                    ", ".join(outlets) or "-")


def _result(db: Database, outlet: str, run_id: int, code: int | None,
            worker: str) -> JobResult:
    from storage.queries import run_summary

    with db.begin() as session:
        status, summary = run_summary(session, run_id, outlet)
    return JobResult(outlet, status, run_id, code, worker, summary)


# -- the worker -------------------------------------------------------------------------
def run_worker(broker_url: str, settings: WorkerSettings, *, concurrency: int = 1,
               name: str | None = None, queue: str = QUEUE, log_level: str = "INFO") -> int:
    """Serve crawl jobs until SIGTERM (warm shutdown: running crawls finish) or SIGINT."""
    global _WORKER
    _WORKER = (settings, Database(settings.db_url))  # checked once; a bad URL fails here
    timeout_s = float(settings.options.get("timeout_s", 120 * 60))
    app = make_app(broker_url, queue, timeout_s)
    _stop_crawls_on_shutdown()
    # Threads: a job only waits on its crawl child, which does the work in its own process.
    argv = ["worker", "--pool=threads", f"--concurrency={concurrency}", f"--queues={queue}",
            f"--loglevel={log_level}", "--without-gossip", "--without-mingle"]
    if name:
        argv.append(f"--hostname={name}")
    app.worker_main(argv)
    return 0


def _stop_crawls_on_shutdown() -> None:
    """On a warm shutdown (SIGTERM) running crawls are asked to stop too, within the kill
    grace period, instead of being waited for for hours."""
    from celery.signals import worker_shutting_down

    import scheduler

    def stop(**_: Any) -> None:
        scheduler.stop_running_crawls()

    worker_shutting_down.connect(stop, weak=False)


# -- enqueueing -------------------------------------------------------------------------
def enqueue(broker_url: str, outlets: list[str], queue: str = QUEUE) -> dict[str, Any]:
    """One job per outlet; {outlet: AsyncResult}."""
    app = make_app(broker_url, queue)
    with app.connection_for_write() as conn:  # unreachable: one clear error, at once
        conn.ensure_connection(max_retries=1, timeout=5)
    return {name: app.send_task(TASK_NAME, args=[name], queue=queue) for name in outlets}


def enqueue_scheduled_crawl(db_url: str, outlets_file: str | None, outlet_names: list[str],
                            options: dict[str, Any] | None = None) -> str:
    """The scheduler's job with a broker (scheduler.ENQUEUE_FUNC): one job per outlet for the
    workers, whose own database and outlets file apply; 'enqueued', or 'failed' when the
    broker cannot be reached (logged: the scheduler outlives a broker outage)."""
    broker = (options or {}).get("broker_url")
    if not broker:
        raise ValueError("enqueue_scheduled_crawl needs options['broker_url']")
    try:
        jobs = enqueue(broker, outlet_names, (options or {}).get("queue") or QUEUE)
    except Exception as exc:  # noqa: BLE001 - any broker failure: log, keep scheduling
        log.error("could not enqueue crawl jobs for %s: %s", ", ".join(outlet_names), exc)
        return "failed"
    log.info("enqueued %d crawl job(s): %s", len(jobs),
             ", ".join(f"{name} ({job.id})" for name, job in jobs.items()))
    return "enqueued"


def wait_for(pending: dict[str, Any], timeout_s: float,
             poll_s: float = 0.5) -> dict[str, JobResult]:
    """Wait for every job (at most `timeout_s` in all); a job not done by then is 'pending'."""
    deadline = time.monotonic() + timeout_s
    done: dict[str, JobResult] = {}
    while len(done) < len(pending) and time.monotonic() < deadline:
        for name, result in pending.items():
            if name not in done and result.ready():
                value = result.get(propagate=False, disable_sync_subtasks=False)
                done[name] = JobResult.from_value(name, value)
        if len(done) < len(pending):
            time.sleep(poll_s)
    for name in pending:
        done.setdefault(name, JobResult(name, "pending",
                                        message=f"not done after {timeout_s:g} s"))
    return {name: done[name] for name in pending}


def queued_jobs(broker_url: str, queue: str = QUEUE) -> int | None:
    """Jobs waiting on the broker's queue (not yet taken by a worker); None if unreachable."""
    app = make_app(broker_url, queue)
    try:
        with app.connection_for_read() as conn:
            conn.ensure_connection(max_retries=1, timeout=3)
            declared = conn.default_channel.queue_declare(queue=queue, passive=True)
            return int(declared.message_count)
    except Exception as exc:  # noqa: BLE001 - any broker failure means "unknown"
        if "NOT_FOUND" in str(exc) or "no queue" in str(exc).lower():
            return 0
        log.warning("cannot reach the broker to count queued jobs: %s", exc)
        return None
