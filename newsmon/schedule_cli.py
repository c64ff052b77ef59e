"""`newsmon schedule`, `newsmon runs` and `newsmon status`: running the crawl daily and
seeing how it went. The wiring lives in scheduler.py; these commands parse and print."""

from __future__ import annotations

import json
import sys
from datetime import UTC, datetime, timedelta
from typing import Any

import click

from config.model import Config, load_config
from newsmon.output import write_rows
from newsmon.params import MAX_INT, db_option, format_option, outlets_option
from storage.db import Database, resolve_url
from storage.heartbeat import HEARTBEAT_S, crawled_outlets, scheduler_state
from storage.queries import (
    blank_row,
    last_new_article_at,
    last_run_per_outlet,
    run_rows,
    worker_job_counts,
)

LEVELS = click.Choice(["DEBUG", "INFO", "WARNING", "ERROR"])
RUN_COLUMNS = ("id", "trigger", "started_at", "status", "duration_s", "exit_code", "worker",
               "outlets", "errors")
STATUS_COLUMNS = ("outlet", "state", "configured", "run_id", "run_status", "started_at",
                  "stored", "new", "errors", "last_new_article_at")
COUNTS = ("discovered", "fetched", "stored", "new", "mentions")


# -- newsmon schedule ------------------------------------------------------------------
@click.command()
@outlets_option
@db_option
@click.option("--cron", metavar="EXPR",
              help='Crontab expression, e.g. "0 6 * * *" (6 fields: seconds first). '
                   "Default: [schedule] cron, else daily at 06:00.")
@click.option("--at", "at_", metavar="HH:MM", help="Daily at this time (--cron 'MM HH * * *').")
@click.option("--timezone", metavar="TZ",
              help="Time zone of the schedule, e.g. Europe/Kyiv. Default: [schedule], else UTC.")
@click.option("--timeout-minutes", type=click.FloatRange(min=0, min_open=True),
              help="Kill a crawl running longer. Default: [schedule] timeout_minutes (120).")
@click.option("--misfire-grace-minutes", type=click.FloatRange(min=0),
              help="Run a missed crawl on start if missed by at most this. Default: 1440.")
@click.option("--kill-grace-seconds", type=click.FloatRange(min=0), default=30.0,
              show_default=True, help="Between SIGTERM and SIGKILL for a crawl being stopped.")
@click.option("--lock-wait-seconds", type=click.FloatRange(min=0), default=60.0,
              show_default=True, help="Wait this long for outlets another crawl holds.")
@click.option("--run-now", is_flag=True, help="Crawl once immediately, then keep the schedule.")
@click.option("--log-file", metavar="PATH",
              help="Rotating log file. Default: [schedule] log_file (logs/newsmon.log).")
@click.option("--log-level", type=LEVELS, default="INFO", show_default=True)
@click.option("--crawl-log-level", type=LEVELS, default="WARNING", show_default=True,
              help="Log level of the crawls themselves.")
@click.option("--heartbeat-seconds", type=click.FloatRange(min=0.1), default=HEARTBEAT_S,
              hidden=True, help="How often the scheduler records that it is alive.")
@click.option("--broker", metavar="URL",
              help="Do not crawl here: at each due time, enqueue one job per outlet for "
                   "`newsmon worker`s on this broker (redis://... or amqp://...).")
@click.option("--queue", default="newsmon.crawl", show_default=True,
              help="With --broker: the broker's job queue.")
def schedule(outlets_file: str | None, db: str | None, cron: str | None, at_: str | None,
             timezone: str | None, timeout_minutes: float | None,
             misfire_grace_minutes: float | None, kill_grace_seconds: float,
             lock_wait_seconds: float, run_now: bool, log_file: str | None, log_level: str,
             crawl_log_level: str, heartbeat_seconds: float, broker: str | None,
             queue: str) -> None:
    """Crawl on a schedule (default daily at 06:00 UTC) until SIGTERM or Ctrl-C."""
    import scheduler

    if cron and at_:
        raise click.UsageError("give --cron or --at, not both")
    config = load_config(outlets_file)
    try:
        cron = scheduler.at_to_cron(at_) if at_ else cron
        plan = scheduler.plan_schedule(
            config, db, outlets_file, cron=cron, timezone=timezone,
            timeout_minutes=timeout_minutes, misfire_grace_minutes=misfire_grace_minutes,
            options=scheduler.CrawlOptions(kill_grace_s=kill_grace_seconds,
                                           lock_wait_s=lock_wait_seconds,
                                           log_level=crawl_log_level,
                                           broker_url=broker, queue=queue))
    except ValueError as exc:
        raise click.UsageError(str(exc).splitlines()[0]) from None
    path = scheduler.setup_logging(log_file or config.schedule.log_file, log_level)
    click.echo(f"newsmon: scheduler started; logging to {path}", err=True)
    sys.exit(scheduler.serve(plan, run_immediately=run_now, heartbeat_s=heartbeat_seconds))


# -- newsmon runs ----------------------------------------------------------------------
@click.command()
@click.option("--limit", type=click.IntRange(min=1, max=MAX_INT), default=20, show_default=True)
@format_option
@db_option
def runs(limit: int, fmt: str, db: str | None) -> None:
    """Crawl run history, newest first: trigger, status, duration, per-outlet counts."""
    database = Database(db, create=False)
    with database.begin() as session:
        rows = run_rows(session, limit)
    database.dispose()
    if fmt == "csv":
        rows = [{k: json.dumps(v) if isinstance(v, dict) else v for k, v in r.items()}
                for r in rows]
    elif fmt == "table":
        rows = [{**r, "outlets": _outlet_counts(r["outlets"]), "errors": _compact(r["errors"])}
                for r in rows]
    write_rows(rows, fmt, sys.stdout, RUN_COLUMNS, {"outlets": 60, "errors": 50},
               fields=list(blank_row("runs")))


def _outlet_counts(outlets: dict[str, Any]) -> str:
    parts = []
    for name, summary in outlets.items():
        if isinstance(summary, dict) and "stored" in summary:
            errors = sum(summary.get("errors", {}).values())
            parts.append(f"{name} stored={summary['stored']} new={summary.get('new', 0)} "
                         f"errors={errors}")
        else:
            parts.append(f"{name} {(summary or {}).get('status', '-')}")
    return "; ".join(parts) or "-"


def _compact(values: dict[str, Any]) -> str:
    return "; ".join(f"{k}: {v}" for k, v in values.items()) or "-"


# -- newsmon status --------------------------------------------------------------------
@click.command()
@outlets_option
@db_option
@click.option("--silent-days", type=click.IntRange(min=1, max=36_500), metavar="N",
              help="Flag outlets with no new article for N days. Default: [schedule] "
                   "silent_after_days (3).")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table",
              show_default=True)
@click.option("--broker", metavar="URL", envvar="NEWSMON_BROKER", show_envvar=True,
              help="Also count the crawl jobs waiting on this broker's queue.")
@click.option("--queue", default="newsmon.crawl", show_default=True)
def status(outlets_file: str | None, db: str | None, silent_days: int | None, fmt: str,
           broker: str | None, queue: str) -> None:
    """Next scheduled crawl, each outlet's last run, outlets that have gone silent, and
    crawl jobs per worker (queued, running, done in the last 24 h)."""
    config = load_config(outlets_file)
    report = status_report(config, resolve_url(db), silent_days)
    report["jobs_queued"] = _queued(broker, queue) if broker else None
    if fmt == "json":
        json.dump(report, sys.stdout, indent=2, default=_iso)
        sys.stdout.write("\n")
        return
    _print_status(report)


def status_report(config: Config, db_url: str, silent_days: int | None) -> dict[str, Any]:
    from scheduler import scheduled_jobs
    from storage.locks import current_locks

    days = silent_days or config.schedule.silent_after_days
    database = Database(db_url, create=False)
    try:
        with database.begin() as session:
            last_runs = last_run_per_outlet(session)
            last_new = last_new_article_at(session)
            known = crawled_outlets(session)
            locks = [vars(info) for info in current_locks(session)]
            state = scheduler_state(session, HEARTBEAT_S)
            workers = worker_job_counts(session, datetime.now(UTC) - timedelta(hours=24))
        jobs = scheduled_jobs(database)
    finally:
        database.dispose()
    cutoff = datetime.now(UTC) - timedelta(days=days)
    configured = [o.name for o in config.outlet]
    names = configured + sorted(known - set(configured))
    outlets = [_outlet_status(n, n in configured, last_runs.get(n), last_new.get(n), cutoff)
               for n in names]
    upcoming = [j["next_run_time"] for j in jobs if j["next_run_time"] is not None]
    return {
        "next_run_time": min(upcoming) if upcoming else None,
        "jobs": jobs,
        "scheduler": state.as_dict(),
        "silent_after_days": days,
        "silent": [o["outlet"] for o in outlets if o["silent"]],
        "never_crawled": [o["outlet"] for o in outlets if o["state"] == "never crawled"],
        "outlets": outlets,
        "locks": locks,
        "workers": workers,
    }


def _queued(broker: str, queue: str) -> int | None:
    from newsmon.jobs import queued_jobs

    return queued_jobs(broker, queue)


def _outlet_status(name: str, configured: bool, last: tuple[Any, dict[str, Any]] | None,
                   last_new: datetime | None, cutoff: datetime) -> dict[str, Any]:
    """An outlet's row: `state` is "never crawled" (no run and no article), "silent" (no
    new article since the cutoff) or "ok"."""
    run, summary = last if last else (None, {})
    never = run is None and last_new is None
    silent = not never and (last_new is None or last_new < cutoff)
    return {
        "outlet": name,
        "configured": configured,
        "state": "never crawled" if never else "silent" if silent else "ok",
        "run_id": run.id if run else None,
        "run_status": run.status if run else None,
        "started_at": run.started_at if run else None,
        "finish_reason": summary.get("finish_reason") or summary.get("status"),
        **{k: summary.get(k) for k in COUNTS},
        "errors": summary.get("errors") or {},
        "last_new_article_at": last_new,
        "silent": silent,
    }


def _print_status(report: dict[str, Any]) -> None:
    click.echo(_scheduler_line(report["scheduler"]))
    nxt = report["next_run_time"]
    if nxt is None:
        click.echo("next scheduled crawl: none (no schedule in this database; run "
                   "`newsmon schedule`)")
    else:
        late = " (overdue: is the scheduler running?)" if nxt < datetime.now(UTC) else ""
        click.echo(f"next scheduled crawl: {nxt:%Y-%m-%d %H:%M:%S} UTC{late}")
        for job in report["jobs"]:
            when = job["next_run_time"]
            click.echo(f"  {job['id']}: {job['schedule']}; next "
                       f"{f'{when:%Y-%m-%d %H:%M:%S} UTC' if when else 'paused'}; "
                       f"outlets: {', '.join(job['outlets']) or '-'}")
    rows = [{**o, "errors": sum(o["errors"].values()) if o["errors"] else 0,
             "state": o["state"].upper() if o["state"] != "ok" else "ok",
             "configured": "yes" if o["configured"] else "no"} for o in report["outlets"]]
    write_rows(rows, "table", sys.stdout, STATUS_COLUMNS)
    for lock in report["locks"]:
        click.echo(f"crawling now: {lock['outlet']} by {lock['holder']} since "
                   f"{lock['acquired_at']:%Y-%m-%d %H:%M:%S} UTC")
    _print_jobs(report)
    silent = report["silent"]
    click.echo(f"silent (no new article for {report['silent_after_days']}+ days): "
               f"{', '.join(silent) if silent else 'none'}")
    never = report["never_crawled"]
    click.echo(f"never crawled: {', '.join(never) if never else 'none'}")


def _scheduler_line(state: dict[str, Any]) -> str:
    """Whether a scheduler is alive (its heartbeat) and when it last ran a crawl."""
    last = (f"last scheduled crawl {state['last_run_at']:%Y-%m-%d %H:%M:%S} UTC "
            f"({state['last_run_status']})" if state["last_run_at"] else
            "no scheduled crawl yet")
    if state["alive"]:
        return (f"scheduler: alive ({state['holder']}, heartbeat "
                f"{state['beat_at']:%Y-%m-%d %H:%M:%S} UTC); {last}")
    if state["beat_at"] is None:
        return f"scheduler: none has run on this database; {last}"
    how = "stopped" if state["stopped_at"] else "not running (heartbeat stale)"
    return (f"scheduler: {how}, last heartbeat {state['beat_at']:%Y-%m-%d %H:%M:%S} UTC; "
            f"{last}")


def _print_jobs(report: dict[str, Any]) -> None:
    if report.get("jobs_queued") is not None:
        click.echo(f"crawl jobs queued on the broker: {report['jobs_queued']}")
    for entry in report["workers"]:
        done = ", ".join(f"{k} {v}" for k, v in sorted(entry["by_status"].items())) or "none"
        click.echo(f"worker {entry['worker']}: {entry['running']} running; done in the last "
                   f"24 h: {done}")


def _iso(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat()
    raise TypeError(f"not JSON serializable: {type(value).__name__}")
