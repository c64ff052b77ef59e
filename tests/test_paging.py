"""Paging of `newsmon query` and the API: a page at a time by keyset cursor, `--all` streaming
every row, each row once in order even while rows are stored between pages, and claims past
PostgreSQL's 65535 parameters of one statement. On real SQLite and PostgreSQL."""

from __future__ import annotations

import csv
import io
import json
import re
import subprocess
import sys
from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result
from sqlalchemy.orm import Session

from newsmon.cli import cli
from newsmon.output import FORMATS, TABLE_BATCH, VIEWS, render_text
from storage.browse import (
    Page,
    PageRequest,
    article_page,
    claim_page,
    mention_page,
)
from storage.db import Database
from storage.queries import ALERT_BATCH, claim_rows, undelivered_claim_rows
from storage.records import ArticleFilter, ClaimFilter, MentionFilter
from tests.bulkrows import Bulk, bulk_load
from tests.test_report import seed
from tests.test_web import REPO, Server, _wait_for_address, fetch

PARAMETER_LIMIT = 65_535            # PostgreSQL's bind parameters per statement
BIG_ARTICLES = 35_000               # 2 claims each: 70,000 claims
KINDS = ("articles", "mentions", "claims", "changes")


def newsmon(*argv: str) -> Result:
    return CliRunner().invoke(cli, list(argv), catch_exceptions=False)


def more_cursor(result: Result) -> str | None:
    """The cursor of `more: --cursor C` on stderr, if any."""
    found = re.findall(r"^more: --cursor (\S+)$", result.stderr, re.M)
    assert len(found) <= 1, result.stderr
    return found[0] if found else None


def ids_of(result: Result) -> list[int]:
    assert result.exit_code == 0, result.stderr
    return [json.loads(line)["id"] for line in result.stdout.splitlines()]


# -- the CLI's paging interface --------------------------------------------------------------
@pytest.fixture
def seeded(sqlite_url: str) -> str:
    seed(sqlite_url)
    return sqlite_url


@pytest.mark.parametrize("kind", KINDS)
def test_cursor_hint_walks_every_row_once(seeded: str, kind: str) -> None:
    whole = ids_of(newsmon("query", kind, "--db", seeded, "--format", "jsonl"))
    walked, cursor = [], None
    for _ in range(10):
        result = newsmon("query", kind, "--db", seeded, "--format", "jsonl", "--limit", "1",
                         *(["--cursor", cursor] if cursor else []))
        walked += ids_of(result)
        cursor = more_cursor(result)
        if cursor is None:
            break
    assert walked == whole and whole
    assert more_cursor(newsmon("query", kind, "--db", seeded)) is None    # all on one page


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("fmt", ["json", "jsonl", "csv", "table"])
def test_all_streams_what_one_big_page_shows(seeded: str, kind: str, fmt: str) -> None:
    one_page = newsmon("query", kind, "--db", seeded, "--format", fmt)
    streamed = newsmon("query", kind, "--db", seeded, "--format", fmt, "--all", "--limit", "1")
    assert streamed.exit_code == 0, streamed.stderr
    assert streamed.stdout == one_page.stdout
    assert "more:" not in streamed.stderr


def test_sort_orders_and_keeps_paging(seeded: str) -> None:
    def figures(*args: str) -> list[int]:
        result = newsmon("query", "claims", "--db", seeded, "--format", "jsonl", *args)
        assert result.exit_code == 0, result.stderr
        return [json.loads(line)["high"] for line in result.stdout.splitlines()]
    assert figures("--sort", "-figure") == [500, 100, 7, 2]
    assert figures("--sort=figure") == [2, 7, 100, 500]
    first = newsmon("query", "claims", "--db", seeded, "--sort", "-figure", "--limit", "3")
    cursor = more_cursor(first)
    assert cursor
    assert figures("--sort", "-figure", "--cursor", cursor) == [2]


@pytest.mark.parametrize(("args", "message"), [
    (["query", "claims", "--cursor", "nonsense!"], "cursor: 'nonsense!' is not a cursor"),
    (["query", "articles", "--sort", "-shoe_size"], "sort: '-shoe_size' is not one of"),
    (["query", "mentions", "--sort", "first_seen"], "sort: 'first_seen' is not one of"),
    (["query", "changes", "--limit", "0"], "Invalid value for '--limit'"),
    (["query", "claims", "--limit", "10001"], "Invalid value for '--limit'"),
])
def test_bad_paging_is_one_line_exit_2(seeded: str, args: list[str], message: str) -> None:
    result = subprocess.run([sys.executable, "-m", "newsmon", *args, "--db", seeded],
                            cwd=REPO, capture_output=True, text=True, timeout=60)
    assert result.returncode == 2, result.stderr
    assert result.stderr.count("\n") == 1 and result.stderr.startswith("newsmon: error: ")
    assert message in result.stderr and not result.stdout


def test_a_cursor_of_another_sort_is_refused(seeded: str) -> None:
    first = newsmon("query", "claims", "--db", seeded, "--limit", "1")  # a datetime cursor
    cursor = more_cursor(first)
    assert cursor
    result = subprocess.run([sys.executable, "-m", "newsmon", "query", "claims", "--db", seeded,
                             "--sort", "figure", "--cursor", cursor],
                            cwd=REPO, capture_output=True, text=True, timeout=60)
    assert result.returncode == 2
    assert "is not a cursor of this table and sort" in result.stderr


def test_help_tells_the_paging_options() -> None:
    for kind in KINDS:
        text = newsmon("query", kind, "--help").stdout
        for option in ("--limit N", "--sort KEY", "--cursor C", "--all"):
            assert option in text, (kind, option)


# -- the writers stream -------------------------------------------------------------------
@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_a_generator_renders_as_its_list(fmt: str) -> None:
    rows = [{"id": i, "figure": f"{i} killed", "when": None, "citations": [],
             "group": "=cmd" if i == 3 else f"g{i}"} for i in range(TABLE_BATCH + 5)]
    view = VIEWS["claims"]
    assert render_text(iter(rows), fmt, view) == render_text(rows, fmt, view)
    assert render_text(iter([]), fmt, view) == render_text([], fmt, view)


def test_a_long_table_has_one_header_and_the_full_count() -> None:
    rows = [{"id": i, "name": "x" * (i % 7)} for i in range(2 * TABLE_BATCH + 3)]
    text = render_text(iter(rows), "table")
    assert len(re.findall(r"^id +name$", text, re.M)) == 1
    assert text.rstrip().endswith(f"({len(rows)} rows)")


# -- rows stored between pages ---------------------------------------------------------------
Pager = Callable[[Session, PageRequest], Page]
PAGERS: dict[str, Pager] = {
    "claims": lambda s, p: claim_page(s, ClaimFilter(), p),
    "mentions": lambda s, p: mention_page(s, MentionFilter(), p),
    "articles": lambda s, p: article_page(s, ArticleFilter(limit=None), p),
}


@pytest.mark.parametrize("kind", sorted(PAGERS))
def test_rows_stored_between_pages_neither_repeat_nor_shift(db_url: str, kind: str) -> None:
    db = Database(db_url)
    bulk_load(db, 20)
    pager = PAGERS[kind]
    with db.begin() as session:
        before = {r["id"] for r in pager(session, PageRequest(limit=1000)).rows}
    seen: list[int] = []
    cursor, batch = None, 0
    while True:
        with db.begin() as session:
            page = pager(session, PageRequest(cursor=cursor, limit=7))
        seen += [r["id"] for r in page.rows]
        cursor = page.next_cursor
        if cursor is None:
            break
        batch += 1      # newer stories (before the cursor) and older ones (after it)
        bulk_load(db, 2, first_id=1000 * batch, shift=timedelta(days=1))
        bulk_load(db, 2, first_id=1000 * batch + 500, shift=timedelta(days=-1))
    db.dispose()
    assert len(seen) == len(set(seen)), "a row came twice"
    assert before <= set(seen), "a row stored before the walk was skipped"
    newer = {i for i in seen if i not in before and (i // 1000) * 1000 + 500 > i}
    assert not newer, "a row newer than the cursor was shown after it"
    assert set(seen) - before, "the older rows stored meanwhile come on later pages"


def test_cli_pages_while_stories_are_stored(sqlite_url: str) -> None:
    db = Database(sqlite_url)
    bulk = bulk_load(db, 10)
    walked, cursor = [], None
    for batch in range(1, 20):
        result = newsmon("query", "claims", "--db", sqlite_url, "--format", "jsonl",
                         "--limit", "6", *(["--cursor", cursor] if cursor else []))
        walked += ids_of(result)
        cursor = more_cursor(result)
        if cursor is None:
            break
        bulk_load(db, 1, first_id=1000 * batch, shift=timedelta(days=1))
    db.dispose()
    assert walked == bulk.claim_ids_newest_first()


# -- more claims than one statement's parameters, on PostgreSQL ---------------------------------
@pytest.fixture(scope="module")
def big_pg() -> Iterator[tuple[str, Bulk]]:
    """A PostgreSQL database of 70,000 claims (more than 65535 parameters would name),
    loaded in bulk; dropped afterwards."""
    import uuid

    psycopg = pytest.importorskip("psycopg")
    from tests.conftest import PG_ADMIN

    try:
        admin = psycopg.connect(PG_ADMIN, autocommit=True)
    except psycopg.OperationalError as exc:
        pytest.skip(f"PostgreSQL unreachable: {exc}")
    name = f"newsmon_test_{uuid.uuid4().hex[:10]}"
    admin.execute(f'CREATE DATABASE "{name}"')
    url = f"postgresql+psycopg://postgres@127.0.0.1:5432/{name}"
    try:
        db = Database(url)
        bulk = bulk_load(db, BIG_ARTICLES)
        with db.begin() as session:
            session.connection().exec_driver_sql("ANALYZE")
        db.dispose()
        assert bulk.claims > PARAMETER_LIMIT
        yield url, bulk
    finally:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.close()


def test_query_claims_pages_past_the_parameter_limit(big_pg: tuple[str, Bulk]) -> None:
    url, bulk = big_pg
    expected = bulk.claim_ids_newest_first()
    first = newsmon("query", "claims", "--db", url, "--format", "jsonl")
    assert ids_of(first) == expected[:100]
    walked, cursor = [], None
    while True:
        result = newsmon("query", "claims", "--db", url, "--format", "jsonl",
                         "--limit", "10000", *(["--cursor", cursor] if cursor else []))
        walked += ids_of(result)
        cursor = more_cursor(result)
        if cursor is None:
            break
    assert walked == expected


def test_query_claims_all_by_topic_past_the_parameter_limit(big_pg: tuple[str, Bulk]) -> None:
    url, bulk = big_pg
    result = newsmon("query", "claims", "--db", url, "--topic", "even", "--all",
                     "--format", "csv")
    assert result.exit_code == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [int(r["id"]) for r in rows] == bulk.claim_ids_newest_first(topic="even")
    assert rows[0]["citation_urls"].startswith("https://outlet.example/")


def test_report_and_alert_reads_past_the_parameter_limit(big_pg: tuple[str, Bulk]) -> None:
    url, bulk = big_pg
    db = Database(url, create=False)
    with db.begin() as session:
        everything = claim_rows(session, ClaimFilter())      # the report's read (one list)
        first = undelivered_claim_rows(session, "any")
        last = undelivered_claim_rows(session, "any", after_id=bulk.claims - 3)
    db.dispose()
    assert len(everything) == bulk.claims
    assert all(len(r["citations"]) == 1 for r in everything)
    assert [r["id"] for r in first] == list(range(1, ALERT_BATCH + 1))
    assert [r["id"] for r in last] == [bulk.claims - 2, bulk.claims - 1, bulk.claims]


def test_api_claims_pages_past_the_parameter_limit(big_pg: tuple[str, Bulk],
                                                   tmp_path: Path) -> None:
    url, bulk = big_pg
    expected = bulk.claim_ids_newest_first()
    with serving(url, tmp_path) as server:
        first = fetch(server, "/api/claims")
        assert first.status == 200, first.body
        assert [r["id"] for r in first.json()] == expected[:50]
        walked, path = [], "/api/claims?limit=10000"
        while path:
            reply = fetch(server, path)
            assert reply.status == 200, reply.body
            walked += [r["id"] for r in reply.json()]
            link = reply.headers.get("Link")
            path = re.sub(r"^<http://[^/]+(/[^>]+)>.*", r"\1", link) if link else ""
    assert walked == expected


class serving:
    """`newsmon serve` over `url` in a child process, for a `with` block."""

    def __init__(self, url: str, tmp_path: Path) -> None:
        self.url, self.log = url, tmp_path / "serve.log"

    def __enter__(self) -> Server:
        with self.log.open("w") as err:
            self.proc = subprocess.Popen([sys.executable, "-m", "newsmon", "serve", "--port",
                                          "0", "--db", self.url], cwd=REPO,
                                         stdout=subprocess.DEVNULL, stderr=err)
        return Server(_wait_for_address(self.proc, self.log), None, self.log)  # type: ignore[arg-type]

    def __exit__(self, *exc: Any) -> None:
        self.proc.terminate()
        self.proc.wait(timeout=30)


def test_alerts_read_claims_in_batches(sqlite_url: str) -> None:
    from config.model import AlertRule
    from newsmon.alerts import claim_notices

    db = Database(sqlite_url)
    bulk = bulk_load(db, ALERT_BATCH // 2 + 7)            # more claims than one batch
    rule = AlertRule(name="all", file="/dev/null")
    keys = [n.key for n in claim_notices(db, rule)]
    even = [n.key for n in claim_notices(db, AlertRule(name="even", topic="even",
                                                           file="/dev/null"))]
    db.dispose()
    assert keys == [f"claim:{i}" for i in range(1, bulk.claims + 1)]
    assert len(even) == len(bulk.claim_ids_newest_first(topic="even"))
