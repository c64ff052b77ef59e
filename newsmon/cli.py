"""The `newsmon` command line.

Every command takes `--db URL` (or $NEWSMON_DB); errors a user can cause
print one line, `newsmon: error: ...`, and exit non-zero.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any

import click

from config.model import ConfigError
from newsmon import commands
from newsmon.jobs import QUEUE
from newsmon.paging import page_options
from newsmon.params import DATE, MAX_INT, TEXT, db_option, format_option, outlets_option
from storage.browse import ARTICLES, MENTIONS, PageError
from storage.db import StorageError


@click.group(context_settings={"help_option_names": ["-h", "--help"]},
             invoke_without_command=True)
@click.version_option(package_name="newsmon")
@click.pass_context
def cli(ctx: click.Context) -> None:
    """newsmon: crawl news outlets, clean articles, extract casualty figures, query them."""
    if ctx.invoked_subcommand is None:
        click.echo(ctx.get_help())


@cli.command()
@outlets_option
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table",
              show_default=True)
def outlets(outlets_file: str | None, fmt: str) -> None:
    """List and validate the outlet configuration."""
    commands.show_outlets(outlets_file, fmt)


@cli.command()
@click.option("--outlet", "names", multiple=True, metavar="NAME",
              help="Crawl only this outlet (repeatable). Default: all.")
@outlets_option
@db_option
@click.option("--log-level", default="WARNING", show_default=True,
              type=click.Choice(["DEBUG", "INFO", "WARNING", "ERROR"]))
@click.option("--progress-seconds", type=click.FloatRange(min=0, max=86_400), default=15.0,
              show_default=True, help="Progress: a line per outlet this often when stderr is "
              "not a terminal (on one, a live table); 0 = none.")
@click.option("--trigger", type=click.Choice(["manual", "scheduled", "worker"]),
              default="manual", hidden=True)
@click.option("--run-id", type=int, hidden=True, help="Record into this open crawl_runs row.")
@click.option("--lock-holder", hidden=True, help="Crawl under the caller's outlet locks.")
@click.option("--broker", metavar="URL",
              help="Do not crawl here: enqueue one job per outlet for `newsmon worker`s on "
                   "this broker (redis://... or amqp://...) and wait for them.")
@click.option("--queue", default=QUEUE, show_default=True, help="The broker's job queue.")
@click.option("--wait-minutes", type=click.FloatRange(min=0), default=180, show_default=True,
              help="With --broker: stop waiting for the jobs after this long.")
def crawl(names: tuple[str, ...], outlets_file: str | None, db: str | None,
          log_level: str, progress_seconds: float, trigger: str, run_id: int | None,
          lock_holder: str | None, broker: str | None, queue: str, wait_minutes: float) -> None:
    """Crawl all (or the named) outlets once and print a per-outlet summary."""
    if broker:
        sys.exit(commands.crawl_via_broker(names, outlets_file, broker, queue,
                                           wait_minutes * 60))
    sys.exit(commands.crawl(names, outlets_file, db, log_level,
                            {"NEWSMON_PROGRESS_INTERVAL": progress_seconds}, trigger=trigger,
                            run_id=run_id, lock_holder=lock_holder))


@cli.command()
@click.option("--broker", metavar="URL", envvar="NEWSMON_BROKER", show_envvar=True,
              required=True, help="redis://HOST:6379/N or amqp://USER:PASS@HOST:5672//")
@db_option
@outlets_option
@click.option("--concurrency", type=click.IntRange(min=1), default=1, show_default=True,
              help="Jobs (outlet crawls) at once; each crawl is its own process.")
@click.option("--name", metavar="NAME", help="Worker name (default newsmon@HOST).")
@click.option("--queue", default=QUEUE, show_default=True, help="The broker's job queue.")
@click.option("--timeout-minutes", type=click.FloatRange(min=0, min_open=True), default=120,
              show_default=True, help="Stop a crawl running longer (SIGTERM, then SIGKILL).")
@click.option("--lock-wait-seconds", type=click.FloatRange(min=0), default=60.0,
              show_default=True, help="Wait this long for an outlet another crawl holds.")
@click.option("--log-level", default="INFO", show_default=True,
              type=click.Choice(["DEBUG", "INFO", "WARNING", "ERROR"]))
@click.option("--crawl-log-level", default="WARNING", show_default=True,
              type=click.Choice(["DEBUG", "INFO", "WARNING", "ERROR"]))
def worker(broker: str, db: str | None, outlets_file: str | None, concurrency: int,
           name: str | None, queue: str, timeout_minutes: float, lock_wait_seconds: float,
           log_level: str, crawl_log_level: str) -> None:
    """Run crawl jobs from a broker: each job is one outlet's crawl, in its own process."""
    sys.exit(commands.worker(broker, db, outlets_file, concurrency=concurrency, name=name,
                             queue=queue, log_level=log_level, options={
                                 "timeout_s": timeout_minutes * 60,
                                 "lock_wait_s": lock_wait_seconds,
                                 "log_level": crawl_log_level}))


@cli.group(invoke_without_command=True)
@click.pass_context
def db(ctx: click.Context) -> None:
    """The database's schema."""
    if ctx.invoked_subcommand is None:
        click.echo(ctx.get_help())


@db.command()
@db_option
def upgrade(db: str | None) -> None:
    """Apply the schema migrations this newsmon carries (run once after each upgrade)."""
    commands.upgrade_database(db)


@db.command("refresh-estimates")
@outlets_option
@db_option
def refresh_estimates(outlets_file: str | None, db: str | None) -> None:
    """Bring the kept estimates and the home page's counts up to date (every crawl and
    reprocess does it at its end; run it after changing [[group]], [[source]] or
    [estimates] in the configuration)."""
    commands.refresh_estimates(outlets_file, db)


@cli.group(invoke_without_command=True)
@click.pass_context
def query(ctx: click.Context) -> None:
    """Query stored articles, casualty mentions, claims and figure changes."""
    if ctx.invoked_subcommand is None:
        click.echo(ctx.get_help())


@query.command("articles")
@click.option("--since", type=DATE, help="Published on/after (YYYY-MM-DD, ISO time, or 7d).")
@click.option("--until", type=DATE, help="Published before (same forms).")
@click.option("--outlet", "outlets_", type=TEXT, multiple=True, metavar="NAME",
              help="Repeatable.")
@click.option("--topic", type=TEXT, metavar="NAME")
@click.option("--search", type=TEXT, metavar="WORDS",
              help="Words that must all be in the title or body, case-insensitive; the "
                   "last may be a word's start (pyong finds Pyongyang). Whole words, not a "
                   "substring: punctuation and quotes only separate words.")
@page_options(ARTICLES)
@format_option
@db_option
def query_articles(**options: Any) -> None:
    """List stored articles, newest first, a page at a time (see --cursor, --all)."""
    commands.query_articles(**options)


@query.command("mentions")
@click.option("--since", type=DATE)
@click.option("--until", type=DATE)
@click.option("--category",
              type=click.Choice(["killed", "wounded", "casualties", "missing", "captured"]))
@click.option("--group", type=TEXT, metavar="TEXT", help="Substring of the victims' group.")
@click.option("--attribution", type=TEXT, metavar="TEXT",
              help="Substring of the source of the figure.")
@click.option("--outlet", "outlets_", type=TEXT, multiple=True, metavar="NAME")
@click.option("--topic", type=TEXT, metavar="NAME")
@click.option("--min-count", type=click.IntRange(min=0, max=MAX_INT), metavar="N",
              help="Only figures of at least N.")
@page_options(MENTIONS)
@format_option
@db_option
def query_mentions(**options: Any) -> None:
    """List casualty mentions with their article, outlet and sentence, newest first, a page
    at a time (see --cursor, --all)."""
    commands.query_mentions(**options)


@cli.command()
@click.argument("source", default="-", metavar="[FILE|-]")
@click.option("--plain", is_flag=True,
              help="Plain text, one document per line (ids are line numbers).")
def extract(source: str, plain: bool) -> None:
    """Casualty mentions of texts, as JSON lines {"id", "mentions"}, the title's mentions
    first, marked "in_title".

    Input: JSON lines {"id", "text"} (optional "title", "language"; "id" defaults to the line
    number); with --plain, one plain-text document per line; a file that does not start
    with "{" is one plain-text document (id 1)."""
    sys.exit(commands.extract(source, plain))


@cli.command()
@click.option("--since", type=DATE, help="Only articles published on/after this date.")
@outlets_option
@db_option
def reprocess(since: Any, outlets_file: str | None, db: str | None) -> None:
    """Re-run the crawl's page path (cleaning, topics, mentions, sketches) over stored raw
    HTML, with the configuration's options; a changed text becomes a new version."""
    commands.reprocess(since, outlets_file, db)


@cli.command()
@db_option
@click.option("--serve-seconds", type=click.IntRange(min=0), default=0,
              help="Keep the sample site up this long after the crawl (for browsing).")
def demo(db: str | None, serve_seconds: int) -> None:
    """Crawl a bundled sample outlet on 127.0.0.1 into a fresh database and show the results."""
    from newsmon.demo import run_demo  # the sample site only for the demo

    sys.exit(run_demo(db, serve_seconds))


from newsmon.report_cli import (  # noqa: E402
    alerts,
    query_changes,
    query_claims,
    query_estimates,
    report,
    serve,
)

cli.add_command(report)
cli.add_command(serve)
cli.add_command(alerts)
query.add_command(query_claims)
query.add_command(query_changes)
query.add_command(query_estimates)

from newsmon.schedule_cli import runs, schedule, status  # noqa: E402

cli.add_command(schedule)
cli.add_command(runs)
cli.add_command(status)


def main(argv: list[str] | None = None) -> None:
    """Entry point: one-line errors, non-zero exits."""
    sys.exit(run(cli.main, argv))


def run(entry: Callable[..., Any], argv: list[str] | None) -> int:
    try:
        entry(args=argv, prog_name="newsmon", standalone_mode=False)
    except click.exceptions.Exit as exc:
        return int(exc.exit_code)
    except click.Abort:
        click.echo("newsmon: aborted", err=True)
        return 130
    except click.ClickException as exc:
        click.echo(f"newsmon: error: {exc.format_message()}", err=True)
        return exc.exit_code
    except (ConfigError, StorageError, PageError) as exc:
        click.echo(f"newsmon: error: {exc}", err=True)
        return 2
    except BrokenPipeError:
        return 0
    return 0


if __name__ == "__main__":
    main()
