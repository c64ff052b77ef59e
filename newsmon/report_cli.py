"""The `report`, `serve`, `alerts`, `query claims` and `query changes` commands.

Registered on `newsmon.cli`'s group; like every command they take `--db URL` (or
$NEWSMON_DB) and report errors a user can cause on one line.
"""

from __future__ import annotations

import itertools
import sys
from collections.abc import Iterator
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import Any

import click
from sqlalchemy.orm import Session

from newsmon.output import VIEWS, render
from newsmon.paging import QUERY_LIMIT, Paging, page_options, print_query
from newsmon.params import DATE, MAX_INT, TEXT, db_option, format_option, outlets_option
from storage.browse import CHANGES, CLAIMS, MAX_LIMIT, Page, PageRequest
from storage.db import Database, safe_url
from storage.records import EstimateFilter

CATEGORY = click.Choice(["killed", "wounded", "casualties", "missing", "captured"])


@click.command()
@click.option("--topic", type=TEXT, metavar="NAME",
              help="Only claims from articles with this topic.")
@click.option("--since", type=DATE, help="Claims first seen on/after (YYYY-MM-DD, ISO, 7d).")
@click.option("--until", type=DATE, help="Claims first seen before (same forms).")
@click.option("--out", "out", required=True, type=click.Path(dir_okay=False, path_type=Path),
              metavar="FILE.html", help="Where to write the report.")
@outlets_option
@db_option
def report(topic: str | None, since: datetime | None, until: datetime | None, out: Path,
           outlets_file: str | None, db: str | None) -> None:
    """Write one self-contained HTML report: claims timeline, estimates with band charts,
    citations, changes, crawl health."""
    from newsmon.report import ReportQuery, write_report

    if not out.parent.is_dir():
        raise click.ClickException(f"cannot write {out}: no folder {out.parent}")
    try:
        data = write_report(Database(db, create=False), ReportQuery(topic, since, until), out,
                            estimate_defaults(outlets_file))
    except OSError as exc:
        raise click.ClickException(f"cannot write {out}: {exc.strerror or exc}") from None
    click.echo(f"wrote {out}: {data.claims_total} claims, "
               f"{_total(data.estimates_total, data.estimates)} estimates, "
               f"{_total(data.changes_total, data.changes)} figure changes, "
               f"{len(data.health)} outlets", err=True)


def _total(total: int | None, shown: list[Any]) -> int:
    return len(shown) if total is None else total


@click.command()
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Interface to bind; the default serves this machine only.")
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True,
              help="0 picks a free port (printed on start).")
@outlets_option
@db_option
def serve(host: str, port: int, outlets_file: str | None, db: str | None) -> None:
    """Serve a read-only web view and JSON API of the database."""
    from newsmon.web import ServeError, bind, run_server

    defaults = estimate_defaults(outlets_file)
    database = Database(db, create=False)
    try:
        sock = bind(host, port)
    except ServeError as exc:
        raise click.ClickException(str(exc)) from None
    bound_host, bound_port = sock.getsockname()[:2]
    click.echo(f"newsmon: serving {safe_url(database.url)} on http://{bound_host}:{bound_port}/",
               err=True)
    run_server(database, sock, defaults)


def estimate_defaults(outlets_file: str | None) -> EstimateFilter:
    """The configured group and source aliases and window, as an EstimateFilter."""
    from config.model import load_config
    from newsmon.kept import configured_estimates

    return configured_estimates(load_config(outlets_file))


@click.command()
@outlets_option
@db_option
def alerts(outlets_file: str | None, db: str | None) -> None:
    """Deliver the [[alert]] entries of the configuration once (new claims, silent outlets)."""
    from config.model import load_config
    from newsmon.alerts import deliver_alerts

    config = load_config(outlets_file)
    counts = deliver_alerts(Database(db), config)
    click.echo(" ".join(f"{k}={v}" for k, v in counts.items()))
    if counts.get("failed"):
        sys.exit(1)


@click.command("claims")
@click.option("--topic", type=TEXT, metavar="NAME")
@click.option("--since", type=DATE, help="First seen on/after.")
@click.option("--until", type=DATE, help="First seen before.")
@click.option("--category", type=CATEGORY)
@click.option("--group", type=TEXT, metavar="TEXT", help="Substring of the victims' group.")
@click.option("--min-count", type=click.IntRange(min=0, max=MAX_INT), metavar="N",
              help="Only figures of at least N.")
@click.option("--outlet", "outlets_", type=TEXT, multiple=True, metavar="NAME",
              help="Cited by a story of this outlet (repeatable).")
@page_options(CLAIMS)
@format_option
@db_option
def query_claims(topic: str | None, since: datetime | None, until: datetime | None,
                 category: str | None, group: str | None, min_count: int | None,
                 outlets_: tuple[str, ...], fmt: str, db: str | None, **paging: Any) -> None:
    """List claims (figures counted once across outlets) with their citations, newest
    first, a page at a time (see --cursor, --all)."""
    from storage.browse import claim_page
    from storage.records import ClaimFilter

    where = ClaimFilter(since=since, until=until, category=category, group=group, topic=topic,
                        min_count=min_count, outlets=outlets_)
    print_query("claims", CLAIMS, claim_page, where, Paging(**paging), fmt, db)


@click.command("changes")
@click.option("--since", type=DATE, help="Detected on/after.")
@click.option("--until", type=DATE, help="Detected before.")
@click.option("--outlet", "outlets_", type=TEXT, multiple=True, metavar="NAME",
              help="Repeatable.")
@click.option("--category", type=CATEGORY)
@click.option("--topic", type=TEXT, metavar="NAME", help="Only changes in stories with this "
              "topic.")
@page_options(CHANGES)
@format_option
@db_option
def query_changes(since: datetime | None, until: datetime | None, outlets_: tuple[str, ...],
                  category: str | None, topic: str | None, fmt: str, db: str | None,
                  **paging: Any) -> None:
    """List casualty figures that changed between versions of a story, newest first, a
    page at a time (see --cursor, --all)."""
    from storage.browse import change_page
    from storage.records import ChangeFilter

    where = ChangeFilter(since=since, until=until, outlets=outlets_, category=category,
                         topic=topic)
    print_query("changes", CHANGES, change_page, where, Paging(**paging), fmt, db)


@click.command("estimates")
@click.option("--group", type=TEXT, metavar="TEXT", help="Substring of the group's name.")
@click.option("--category", type=CATEGORY)
@click.option("--topic", type=TEXT, metavar="NAME",
              help="Only figures from articles with this topic.")
@click.option("--until", type=DATE, help="As things stood before this time.")
@click.option("--window-days", type=click.FloatRange(min=0, min_open=True), metavar="N",
              help="The latest window. Default: [estimates] window_days (30).")
@click.option("--limit", type=click.IntRange(min=1, max=MAX_LIMIT), metavar="N",
              help=f"Estimates per page (default {QUERY_LIMIT}; with --all, per batch).")
@click.option("--sort", metavar="KEY", help="Order by one of: as_of, best, category, group, "
              "high, low, sources; prefix - for descending (default -as_of).")
@click.option("--cursor", metavar="C", help="Continue after the previous page: the cursor "
              "it printed on stderr as `more: --cursor C`.")
@click.option("--all", "every", is_flag=True, help="Every estimate, a page at a time.")
@click.option("--full", is_flag=True,
              help="Every history step and figure of each estimate, reconciled from all "
                   "its points (lists show the latest 60 of each; slower on big databases).")
@outlets_option
@format_option
@db_option
def query_estimates(group: str | None, category: str | None, topic: str | None,
                    until: datetime | None, window_days: float | None, limit: int | None,
                    sort: str | None, cursor: str | None, every: bool, full: bool,
                    outlets_file: str | None, fmt: str, db: str | None) -> None:
    """Reconciled estimates per (group, category): current low, best and high, each
    source's figure with its citation, and how they moved (see README, "Estimates"),
    newest first, a page at a time (see --cursor, --all)."""
    defaults = estimate_defaults(outlets_file)
    where = replace(defaults, group=group, category=category, topic=topic, until=until,
                    window_days=window_days or defaults.window_days)
    request = PageRequest(sort=sort, cursor=cursor, limit=limit or QUERY_LIMIT)
    database = Database(db, create=False)
    try:
        with database.begin() as session:
            pages = estimate_pages(session, where, request, every, full)
            first = next(pages)
            rows = itertools.chain.from_iterable(p.rows for p in itertools.chain([first],
                                                                               pages))
            render(rows, fmt, sys.stdout, VIEWS["estimates"])
    finally:
        database.dispose()
    if first.next_cursor and not every:
        click.echo(f"more: --cursor {first.next_cursor}", err=True)


def estimate_pages(session: Session, where: EstimateFilter, first: PageRequest, every: bool,
                   full: bool) -> Iterator[Page]:
    """The page `first` asks for (with `every`, it and every page after it): read from the
    kept estimates when they can answer and `full` is not asked; else reconciled, once."""
    from newsmon.views import estimate_page, kept_estimate_page
    from storage.queries import estimate_rows

    request: PageRequest | None = first
    everything: list[dict[str, Any]] | None = None
    while request is not None:
        page = None if full else kept_estimate_page(session, where, request)
        if page is None:
            if everything is None:
                everything = [row.as_dict() for row in estimate_rows(session, where)]
            page = estimate_page(everything, request)
        yield page
        request = replace(request, cursor=page.next_cursor) \
            if every and page.next_cursor else None
