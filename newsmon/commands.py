"""What each `newsmon` command does; `newsmon.cli` only parses arguments."""

from __future__ import annotations

import itertools
import json
import sys
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

import click

from config.model import Config, Outlet, load_config, redact_url
from newsmon.output import write_rows
from newsmon.paging import Paging, print_query
from storage.browse import ARTICLES, MENTIONS, article_page, mention_page
from storage.db import Database, resolve_url, safe_url
from storage.records import ArticleFilter, MentionFilter

if TYPE_CHECKING:
    from newsmon.runner import CrawlResult

SUMMARY_COLUMNS = ("outlet", "discovered", "fetched", "stored", "new", "mentions", "dropped",
                   "skipped", "errors")


# -- outlets ----------------------------------------------------------------
def show_outlets(outlets_file: str | None, fmt: str) -> None:
    config = load_config(outlets_file)
    rows = [_outlet_row(o) for o in config.outlet]
    if fmt == "json":
        write_rows(rows, "json", sys.stdout)
        return
    write_rows(rows, "table", sys.stdout,
               ("name", "language", "max_age_days", "feeds", "sitemaps", "start_urls", "domains"),
               {"domains": 40})
    topics = ", ".join(t.name for t in config.topic) or "(none)"
    click.echo(f"configuration OK: {len(rows)} outlets; topics: {topics}")


def _outlet_row(outlet: Outlet) -> dict[str, Any]:
    return {
        "name": outlet.name, "language": outlet.language, "max_age_days": outlet.max_age_days,
        "feeds": len(outlet.feeds), "sitemaps": len(outlet.sitemaps),
        "start_urls": len(outlet.start_urls), "domains": outlet.domains(),
    }


# -- db -----------------------------------------------------------------------
def upgrade_database(db: str | None) -> None:
    database = Database(db, migrate=False)
    before, head = database.upgrade()
    database.dispose()
    where = safe_url(database.url)
    if before == head:
        click.echo(f"{where}: schema already at {head}")
    else:
        click.echo(f"{where}: schema upgraded from {before or '(empty)'} to {head}")


def refresh_estimates(outlets_file: str | None, db: str | None) -> None:
    from newsmon.kept import refresh_estimates as refresh

    database = Database(db, create=False)
    try:
        done = refresh(database, load_config(outlets_file))
    finally:
        database.dispose()
    how = "rebuilt for this configuration" if done.rebuilt else "refreshed"
    click.echo(f"{safe_url(database.url)}: kept estimates {how} ({done.estimates} estimates "
               "written), counts kept")


# -- crawl ------------------------------------------------------------------
def crawl(names: tuple[str, ...], outlets_file: str | None, db: str | None,
          log_level: str, overrides: dict[str, Any] | None = None,
          config: Config | None = None, *, trigger: str = "manual", run_id: int | None = None,
          lock_holder: str | None = None) -> int:
    """Crawl once; print the summary; return the exit code (crawler.outcome: 0 completed,
    1 failed, 3 every outlet locked, 130/143 interrupted). Outlets another crawl holds the
    lock of (storage/locks.py) are skipped, with a message."""
    from crawler.outcome import EXIT_LOCKED, interrupted_exit
    from newsmon.lifetime import end_with_parent
    from newsmon.runner import StopSignal, crawl_settings, started_workers  # Scrapy: crawls only

    end_with_parent()  # a scheduler's or worker's child ends with it
    StopSignal.install()
    config = config or load_config(outlets_file)
    selected = config.select(names)  # never empty: config.model requires an [[outlet]]
    db_url = resolve_url(db)
    overrides = {"LOG_LEVEL": log_level, "NEWSMON_PROGRESS_INTERVAL": 15, **(overrides or {})}
    try:
        # the workers start first, before the lock-renewal thread (see pipelines.workers)
        with started_workers(crawl_settings(config, db_url, outlets_file, overrides)):
            # the process's one Database, passed down; it fails early, with one line, if unusable
            database = Database(db_url)
            result = _crawl_locked(config, selected, database, outlets_file, overrides,
                                   trigger, run_id, lock_holder)
    except KeyboardInterrupt:
        click.echo("newsmon: interrupted", err=True)
        return interrupted_exit(StopSignal.received)
    try:
        return EXIT_LOCKED if result is None else _report(result, database, config)
    finally:
        database.dispose()


def _report(result: CrawlResult, database: Database, config: Config) -> int:
    """Print the summary and how the run ended; deliver alerts unless interrupted."""
    print_summary(result.summaries, sys.stdout)
    outcome = result.outcome
    click.echo(f"run {result.run_id} recorded: {outcome.status}", err=True)
    if outcome.status != "interrupted":
        from newsmon.alerts import deliver_after_crawl  # alert failures are logged, not raised

        deliver_after_crawl(database, config)
    if "nothing_crawled" in outcome.errors:
        click.echo("newsmon: error: nothing could be crawled (see errors above)", err=True)
    failures = {k: v for k, v in outcome.errors.items()
                if isinstance(v, int) or k.startswith(("database/", "crawl"))}
    if failures:
        click.echo("newsmon: error: crawl failed: "
                   + ", ".join(f"{k}={v}" for k, v in failures.items()), err=True)
    return outcome.exit_code


def _crawl_locked(config: Config, selected: list[Outlet], database: Database,
                  outlets_file: str | None, overrides: dict[str, Any], trigger: str,
                  run_id: int | None, lock_holder: str | None) -> CrawlResult | None:
    """Crawl the selected outlets whose locks this process gets; None when it gets none."""
    from newsmon.runner import run_crawl
    from storage.locks import hold_outlet_locks, holder_name

    holder = lock_holder or holder_name(f"newsmon crawl ({trigger})")
    with hold_outlet_locks(database, [o.name for o in selected], holder) as locks:
        for info in locks.refused:
            click.echo(f"newsmon: {info.message()}", err=True)
        selected = [o for o in selected if o.name in locks.acquired]
        if not selected:
            click.echo("newsmon: error: nothing crawled: every selected outlet is being "
                       "crawled by another process", err=True)
            return None
        click.echo(f"crawling {len(selected)} outlet(s) into {safe_url(database.url)} ...",
                   err=True)
        return run_crawl(config, selected, database, outlets_file, trigger=trigger, run_id=run_id,
                         overrides=overrides)


def crawl_via_broker(names: tuple[str, ...], outlets_file: str | None, broker: str,
                     queue: str, wait_s: float) -> int:
    """Enqueue one job per selected outlet for `newsmon worker`s, wait for them, print the
    per-outlet summary; 0 when every job's crawl completed."""
    from newsmon import jobs

    selected = load_config(outlets_file).select(names)
    try:
        pending = jobs.enqueue(broker, [o.name for o in selected], queue)
    except Exception as exc:  # noqa: BLE001 - kombu/redis/amqp errors: one line
        raise click.ClickException(f"cannot enqueue on {redact_url(broker)}: "
                                   f"{str(exc).splitlines()[0] if str(exc) else exc}") from None
    click.echo(f"enqueued {len(pending)} crawl job(s) on {redact_url(broker)}; waiting for "
               "workers ...", err=True)
    results = jobs.wait_for(pending, wait_s)
    rows = [{"outlet": r.outlet, "status": r.status, "worker": r.worker or "-",
             "run": r.run_id, **{k: _compact(r.summary.get(k)) for k in SUMMARY_COLUMNS[1:]}}
            for r in results.values()]
    write_rows(rows, "table", sys.stdout, ("outlet", "status", "worker", "run",
                                           *SUMMARY_COLUMNS[1:]),
               {"dropped": 40, "skipped": 50, "errors": 40})
    for result in results.values():
        if result.message:
            click.echo(f"newsmon: {result.outlet}: {result.message}", err=True)
    failed = [r.outlet for r in results.values() if r.status != "completed"]
    if failed:
        click.echo(f"newsmon: error: not completed: {', '.join(failed)}", err=True)
    return 1 if failed else 0


def worker(broker: str, db: str | None, outlets_file: str | None, *, concurrency: int,
           name: str | None, queue: str, log_level: str, options: dict[str, Any]) -> int:
    """`newsmon worker`: serve crawl jobs (newsmon.jobs) with this database and outlets file."""
    from newsmon import jobs

    load_config(outlets_file)  # a bad file: one line now, not a failed job per outlet later
    settings = jobs.WorkerSettings(resolve_url(db), _outlets_path(outlets_file), options)
    click.echo(f"newsmon worker: jobs from {redact_url(broker)} queue {queue}; storing into "
               f"{safe_url(settings.db_url)}", err=True)
    return jobs.run_worker(broker, settings, concurrency=concurrency, name=name, queue=queue,
                           log_level=log_level)


def _outlets_path(outlets_file: str | None) -> str:
    from config.model import DEFAULT_OUTLETS_FILE

    return str(Path(outlets_file or DEFAULT_OUTLETS_FILE).resolve())


def print_summary(summaries: dict[str, dict[str, Any]], out: TextIO) -> None:
    rows = [{"outlet": name, **{k: _compact(s.get(k)) for k in SUMMARY_COLUMNS[1:]}}
            for name, s in summaries.items()]
    write_rows(rows, "table", out, SUMMARY_COLUMNS, {"dropped": 40, "skipped": 50, "errors": 40})


def _compact(value: Any) -> Any:
    if isinstance(value, dict):
        return " ".join(f"{k}={v}" for k, v in value.items()) or "-"
    return value


# -- query ------------------------------------------------------------------
def query_articles(since: datetime | None, until: datetime | None, outlets_: tuple[str, ...],
                   topic: str | None, search: str | None, fmt: str, db: str | None,
                   **paging: Any) -> None:
    where = ArticleFilter(since=since, until=until, outlets=outlets_, topic=topic,
                          search=search, limit=None)
    print_query("articles", ARTICLES, article_page, where, Paging(**paging), fmt, db)


def query_mentions(since: datetime | None, until: datetime | None, category: str | None,
                   group: str | None, attribution: str | None, outlets_: tuple[str, ...],
                   topic: str | None, min_count: int | None, fmt: str, db: str | None,
                   **paging: Any) -> None:
    where = MentionFilter(since=since, until=until, category=category, group=group,
                          attribution=attribution, outlets=outlets_, topic=topic,
                          min_count=min_count)
    print_query("mentions", MENTIONS, mention_page, where, Paging(**paging), fmt, db)


# -- extract ----------------------------------------------------------------
def extract(source: str, plain: bool = False) -> int:
    """Stream documents through the extractor: JSON lines {"id"?, "text", "title"?,
    "language"?} (the title's mentions first, `in_title`, offsets into the title), plain
    lines with `plain`, or one plain-text document. Bad lines are reported, the rest go on."""
    bad = 0
    with _open_input(source) as lines:
        first = _first_text_line(lines)
        if first is None:
            return 0
        if not plain and not first[1].lstrip().startswith("{"):
            _write_mentions({"id": 1, "text": first[1] + "".join(lines)})
            return 0
        for number, line in itertools.chain([first], enumerate(lines, first[0] + 1)):
            if not line.strip():
                continue
            doc = {"id": number, "text": line.rstrip("\r\n")} if plain \
                else _parse_doc(line, number)
            if doc is None:
                bad += 1
                continue
            _write_mentions(doc)
    if bad:
        click.echo(f"newsmon: error: {bad} input line(s) skipped", err=True)
    return 1 if bad else 0


def _first_text_line(lines: TextIO) -> tuple[int, str] | None:
    """(number, line) of the first line that is not blank; None for an empty input."""
    for number, line in enumerate(lines, 1):
        if line.strip():
            return number, line
    return None


def _write_mentions(doc: dict[str, Any]) -> None:
    from pipelines.mentions import article_mentions

    found = article_mentions(doc["text"], doc.get("language"), doc.get("title"))
    mentions = [m.to_dict() for m in found]
    sys.stdout.write(json.dumps({"id": doc["id"], "mentions": mentions},
                                ensure_ascii=False) + "\n")
    sys.stdout.flush()


def _open_input(source: str) -> TextIO:
    """The file, or stdin for '-' (click.open_file); a missing file is one clear line."""
    try:
        return click.open_file(source, encoding="utf-8", errors="replace")  # type: ignore[return-value]
    except OSError as exc:
        raise click.ClickException(f"cannot read {source}: {exc.strerror}") from None


def _parse_doc(line: str, number: int) -> dict[str, Any] | None:
    try:
        doc = json.loads(line)
    except json.JSONDecodeError as exc:
        click.echo(f"newsmon: line {number}: not JSON: {exc.msg}", err=True)
        return None
    if not isinstance(doc, dict) or not isinstance(doc.get("text"), str):
        click.echo(f'newsmon: line {number}: needs an object with a "text" string', err=True)
        return None
    for optional in ("title", "language"):
        if not isinstance(doc.get(optional), str | None):
            click.echo(f'newsmon: line {number}: "{optional}" must be a string', err=True)
            return None
    return {**doc, "id": doc.get("id", number)}


# -- reprocess ----------------------------------------------------------------
def reprocess(since: datetime | None, outlets_file: str | None, db: str | None) -> None:
    from newsmon.kept import refresh_after_run
    from newsmon.reprocess import reprocess_articles

    config = load_config(outlets_file)
    database = Database(db)
    counts = reprocess_articles(database, config, since, progress=_progress)
    refresh_after_run(database, config)
    click.echo(" ".join(f"{k}={v}" for k, v in counts.items()))


def _progress(done: int, total: int) -> None:
    click.echo(f"\rreprocessed {done}/{total}", err=True, nl=done == total)
