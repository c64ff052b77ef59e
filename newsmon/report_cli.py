"""The `report`, `serve`, `alerts`, `query claims` and `query changes` commands.

Registered on `newsmon.cli`'s group; like every command they take `--db URL` (or
$NEWSMON_DB) and report errors a user can cause on one line.
"""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path
from typing import Any

import click

from newsmon.output import write_rows
from newsmon.params import DATE, db_option, format_option, outlets_option
from storage.db import Database, safe_url

CATEGORY = click.Choice(["killed", "wounded", "casualties", "missing", "captured"])
CLAIM_COLUMNS = ("first_seen", "category", "low", "high", "group", "attributions", "outlets",
                 "articles")
CHANGE_COLUMNS = ("detected_at", "outlet", "change", "group", "title", "article_url")


@click.command()
@click.option("--topic", metavar="NAME", help="Only claims from articles with this topic.")
@click.option("--since", type=DATE, help="Claims first seen on/after (YYYY-MM-DD, ISO, 7d).")
@click.option("--until", type=DATE, help="Claims first seen before (same forms).")
@click.option("--out", "out", required=True, type=click.Path(dir_okay=False, path_type=Path),
              metavar="FILE.html", help="Where to write the report.")
@db_option
def report(topic: str | None, since: datetime | None, until: datetime | None, out: Path,
           db: str | None) -> None:
    """Write one self-contained HTML report: claims timeline, citations, changes, crawl health."""
    from newsmon.report import ReportQuery, write_report

    data = write_report(Database(db), ReportQuery(topic, since, until), out)
    click.echo(f"wrote {out}: {len(data.claims)} claims, {len(data.changes)} figure changes, "
               f"{len(data.health)} outlets", err=True)


@click.command()
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Interface to bind; the default serves this machine only.")
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True,
              help="0 picks a free port (printed on start).")
@db_option
def serve(host: str, port: int, db: str | None) -> None:
    """Serve a read-only web view and JSON API of the database."""
    from newsmon.web import bind, run_server

    database = Database(db)
    sock = bind(host, port)
    bound_host, bound_port = sock.getsockname()[:2]
    click.echo(f"newsmon: serving {safe_url(database.url)} on http://{bound_host}:{bound_port}/",
               err=True)
    run_server(database, sock)


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
@click.option("--topic", metavar="NAME")
@click.option("--since", type=DATE, help="First seen on/after.")
@click.option("--until", type=DATE, help="First seen before.")
@click.option("--category", type=CATEGORY)
@click.option("--group", metavar="TEXT", help="Substring of the victims' group.")
@click.option("--min-count", type=click.IntRange(min=0), metavar="N",
              help="Only figures of at least N.")
@click.option("--limit", type=click.IntRange(min=1), default=None)
@format_option
@db_option
def query_claims(topic: str | None, since: datetime | None, until: datetime | None,
                 category: str | None, group: str | None, min_count: int | None,
                 limit: int | None, fmt: str, db: str | None) -> None:
    """List claims (figures counted once across outlets) with their citations."""
    from newsmon.report import flat_claim_row
    from storage.queries import claim_rows
    from storage.records import ClaimFilter

    where = ClaimFilter(since=since, until=until, category=category, group=group, topic=topic,
                        min_count=min_count, limit=limit)
    with Database(db).begin() as session:
        rows = claim_rows(session, where)
    if fmt == "csv":
        rows = [flat_claim_row(r) for r in rows]
    write_rows(rows, fmt, sys.stdout, CLAIM_COLUMNS, {"group": 30, "attributions": 40})


@click.command("changes")
@click.option("--since", type=DATE, help="Detected on/after.")
@click.option("--until", type=DATE, help="Detected before.")
@click.option("--outlet", "outlets_", multiple=True, metavar="NAME", help="Repeatable.")
@click.option("--category", type=CATEGORY)
@click.option("--limit", type=click.IntRange(min=1), default=None)
@format_option
@db_option
def query_changes(since: datetime | None, until: datetime | None, outlets_: tuple[str, ...],
                  category: str | None, limit: int | None, fmt: str, db: str | None) -> None:
    """List casualty figures that changed between versions of a story."""
    from storage.queries import cited_change_rows
    from storage.records import ChangeFilter

    where = ChangeFilter(since=since, until=until, outlets=outlets_, category=category,
                         limit=limit)
    with Database(db).begin() as session:
        rows: list[dict[str, Any]] = cited_change_rows(session, where)
    write_rows(rows, fmt, sys.stdout, CHANGE_COLUMNS, {"title": 50, "article_url": 60})
