"""Paging of `newsmon query articles|mentions|claims|changes`: the options and the loop.

Every query command reads a page at a time through storage.browse's keyset pages, as the
web view and the API do: `--limit` rows (default QUERY_LIMIT) in `--sort` order, from
`--cursor` on. When rows remain, the command prints `more: --cursor XYZ` on stderr, and the
same command with that cursor continues. `--all` follows the cursors itself and streams
every row, a batch (EXPORT_BATCH rows) at a time, so an export of millions of rows holds
one batch in memory, in any format.
"""

from __future__ import annotations

import itertools
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any, TypeVar

import click
from sqlalchemy.orm import Session

from newsmon.output import VIEWS, render
from storage.browse import MAX_LIMIT, Page, PageRequest, Table, iter_pages, sort_of
from storage.db import Database
from storage.queries import blank_row

QUERY_LIMIT = 100       # rows of a page when --limit is not given
EXPORT_BATCH = 1000     # rows per query with --all when --limit is not given
FilterT = TypeVar("FilterT")
Pager = Callable[[Session, FilterT, PageRequest], Page]


@dataclass(frozen=True, slots=True)
class Paging:
    """The paging options of one query command."""

    limit: int | None = None
    sort: str | None = None
    cursor: str | None = None
    every: bool = False             # --all

    def request(self) -> PageRequest:
        batch = EXPORT_BATCH if self.every else QUERY_LIMIT
        return PageRequest(sort=self.sort, cursor=self.cursor, limit=self.limit or batch)


def page_options(table: Table) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """--limit, --sort (the keys of `table`), --cursor and --all, gathered into `paging`."""
    keys = ", ".join(sorted(table.keys))
    options = [
        click.option("--limit", type=click.IntRange(min=1, max=MAX_LIMIT), metavar="N",
                     help=f"Rows per page, at most {MAX_LIMIT:,} (default {QUERY_LIMIT}; "
                          f"with --all, rows per batch, default {EXPORT_BATCH})."),
        click.option("--sort", metavar="KEY",
                     help=f"Order by one of: {keys}; prefix - for descending "
                          f"(default {table.default}); ties by id."),
        click.option("--cursor", metavar="C",
                     help="Continue after the previous page: the cursor it printed on stderr "
                          "as `more: --cursor C` (with the same filters and --sort)."),
        click.option("--all", "every", is_flag=True,
                     help="Every row (from --cursor, if given), fetched a batch at a time "
                          "and written as it comes: for exports of any size."),
    ]

    def add(fn: Callable[..., Any]) -> Callable[..., Any]:
        for option in reversed(options):
            fn = option(fn)
        return fn
    return add


def print_query(kind: str, table: Table, pager: Pager[FilterT], where: FilterT,
                paging: Paging, fmt: str, db: str | None) -> None:
    """Write one page (or, with --all, every row) of `kind` in `fmt` to stdout; the next
    page's cursor goes to stderr. A bad sort or cursor fails before anything is written."""
    sort_of(table, paging.sort)  # PageError: one line, exit 2 (newsmon.cli)
    database = Database(db, create=False)
    try:
        with database.begin() as session:
            pages = _pages(pager, session, where, paging)
            first = next(pages)
            rows = itertools.chain.from_iterable(p.rows for p in itertools.chain([first], pages))
            render(rows, fmt, sys.stdout, VIEWS[kind], blank_row(kind))
    finally:
        database.dispose()
    if first.next_cursor and not paging.every:
        click.echo(f"more: --cursor {first.next_cursor}", err=True)


def _pages(pager: Pager[FilterT], session: Session, where: FilterT,
           paging: Paging) -> Iterator[Page]:
    if paging.every:
        return iter_pages(pager, session, where, paging.request())
    return iter([pager(session, where, paging.request())])
