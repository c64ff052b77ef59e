"""Build a benchmark database of N synthetic articles with the rows the real ingest path
stores (see README, "Queries at scale").

    nice -n 10 .venv/bin/python -m bench.build_db --count 100000 --end 2026-12-03 \\
        --db sqlite:////work/benchdb/news-100k.db \\
        --db postgresql+psycopg://postgres@127.0.0.1:5432/newsmon_bench_100k

Articles come from bench.synthetic_news (deterministic from --seed and --end): worker
processes run the page path's real parts on each text (casualty extractor, topic tagger,
content hash, MinHash sketch). This process then, by default, computes the rows
`ingest_article` would store (bench.bulk_load) once and writes them in bulk into each
database, which must be fresh; with --ingest it stores the records through the real
`storage.ingest.ingest_article`, `--batch` per transaction (slow, resumable). Both give the
rows of one `ingest_article` per article (tests/test_bulk_load.py compares every table).
A PostgreSQL database that does not exist is created; the schema is migrated to head.
"""

from __future__ import annotations

import argparse
import multiprocessing
import time
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from datetime import UTC, datetime
from itertools import islice
from multiprocessing.pool import AsyncResult

from sqlalchemy import func, make_url, select, text

from bench.bulk_load import BulkLoad, finish, write_rows
from bench.synthetic_news import Corpus, Plan, default_end
from config.model import load_config
from newsmon.kept import configured_estimates
from pipelines.casualty import CasualtyMention
from pipelines.dedup import similarity
from storage.db import Database
from storage.figures import ClaimSpec, claim_specs
from storage.ingest import ingest_article
from storage.models import Article
from storage.records import ArticleRecord, IngestOptions

CHUNK = 200            # drafts per task sent to a worker process
IN_FLIGHT = 8          # tasks sent ahead of the records stored
PROGRESS_EVERY = 10_000
BULK_CHUNK = 10_000      # articles whose rows are written in one transaction
_CORPUS: Corpus | None = None   # the worker processes' copy (inherited through fork)


def store_batches(db: Database, records: Iterable[ArticleRecord], batch: int,
                  options: IngestOptions | None = None) -> int:
    """Store `records` in order with `ingest_article`, `batch` per transaction."""
    options = options or IngestOptions()
    stored = 0
    iterator = iter(records)
    while chunk := list(islice(iterator, batch)):
        with db.begin() as session:
            for record in chunk:
                ingest_article(session, record, options, similarity)
        stored += len(chunk)
    return stored


Prepared = tuple[ArticleRecord, list[ClaimSpec | None]]   # a record and its claims' specs


def prepared(record: ArticleRecord) -> Prepared:
    return record, claim_specs(record.mentions)


def _prepared_of(indexes: Sequence[int]) -> list[Prepared]:
    assert _CORPUS is not None
    return [prepared(_CORPUS.record(i)) for i in indexes]


def _mentions_of(lines: Sequence[str]) -> list[list[CasualtyMention]]:
    assert _CORPUS is not None
    return [_CORPUS.mentions.of(line) for line in lines]


def corpus_records(corpus: Corpus, workers: int, skip: int = 0) -> Iterator[ArticleRecord]:
    """The corpus's records in publication order after the first `skip`."""
    return (record for record, _ in corpus_prepared(corpus, workers, skip))


def corpus_prepared(corpus: Corpus, workers: int, skip: int = 0) -> Iterator[Prepared]:
    """The corpus's records and their claim specs in publication order after the first
    `skip`, made by `workers` processes (0: in this one). The fact lines' mentions are
    found first, in parallel, so that each worker has them all."""
    order = [slot.index for slot in corpus.ordered()][skip:]
    chunks = [order[i:i + CHUNK] for i in range(0, len(order), CHUNK)]
    if workers <= 0:
        for chunk in chunks:
            yield from (prepared(corpus.record(i)) for i in chunk)
        return
    global _CORPUS
    _CORPUS = corpus
    context = multiprocessing.get_context("fork")
    lines = corpus.known_lines()
    with context.Pool(workers) as pool:
        parts = [lines[i:i + CHUNK * 5] for i in range(0, len(lines), CHUNK * 5)]
        for part, found in zip(parts, pool.imap(_mentions_of, parts), strict=True):
            corpus.mentions.found.update(zip(part, found, strict=True))
    print(f"found the mentions of {len(lines)} fact lines", flush=True)
    with context.Pool(workers) as pool:  # forked now: every worker has them
        pending: deque[AsyncResult[list[Prepared]]] = deque()
        for chunk in chunks:  # a bounded window: made records never pile up unread
            pending.append(pool.apply_async(_prepared_of, (chunk,)))
            if len(pending) >= IN_FLIGHT:
                yield from pending.popleft().get()
        while pending:
            yield from pending.popleft().get()


def ensure_database(url: str) -> None:
    """Create the PostgreSQL database named in `url` if it is missing (SQLite: nothing)."""
    parsed = make_url(url)
    if not parsed.drivername.startswith("postgresql"):
        return
    import psycopg

    admin = parsed.set(database="postgres", drivername="postgresql")
    dsn = admin.render_as_string(hide_password=False)
    with psycopg.connect(dsn, autocommit=True) as conn:
        exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s",
                              (parsed.database,)).fetchone()
        if not exists:
            conn.execute(f'CREATE DATABASE "{parsed.database}"')


def stored_articles(db: Database) -> int:
    with db.begin() as session:
        return session.scalar(select(func.count()).select_from(Article)) or 0


def build(urls: list[str], count: int, seed: int, end: datetime, batch: int, workers: int,
          bulk: bool) -> None:
    for url in urls:
        ensure_database(url)
    databases = [Database(url) for url in urls]
    started = time.monotonic()
    corpus = Corpus(Plan(count, seed, end))
    print(f"planned {count} articles, {len(corpus.events)} events, "
          f"{len(corpus.outlets)} outlets in {time.monotonic() - started:.1f}s", flush=True)
    if bulk:
        _bulk_build(databases, corpus, workers, started)
    else:
        for db in databases:
            _ingest_build(db, corpus, batch, workers, started)
    for db in databases:
        settle(db)
        db.dispose()
    print(f"done: {count} articles in {time.monotonic() - started:.0f}s", flush=True)


def settle(db: Database) -> None:
    """PostgreSQL: VACUUM (ANALYZE) the fresh database, as autovacuum would in the days after
    a crawl stored these rows: statistics of every table (a fresh `article_topics` looked
    empty to the planner: a topic's claims took 1 s instead of 30 ms at 100k articles) and
    the visibility map that lets index-only scans skip the table. SQLite is left as newsmon
    leaves it (no statistics)."""
    if db.engine.dialect.name != "postgresql":
        return
    with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.execute(text("VACUUM (ANALYZE)"))
    print(f"{db.engine.url.render_as_string(hide_password=True)}: vacuumed and analyzed",
          flush=True)


def _bulk_build(databases: list[Database], corpus: Corpus, workers: int,
                started: float) -> None:
    """The rows `ingest_article` would write, computed once and written to each database."""
    for db in databases:
        if stored_articles(db):
            raise SystemExit(f"{db.url}: not empty; the bulk load needs a fresh database")
    load = BulkLoad()
    records = corpus_prepared(corpus, workers)
    stored = 0
    while stored < corpus.plan.count:
        chunk = list(islice(records, BULK_CHUNK))
        if not chunk:
            break
        for record, specs in chunk:
            load.add(record, specs)
        rows = load.take()
        for db in databases:
            with db.engine.begin() as conn:
                write_rows(conn, rows)
        stored += len(chunk)
        _progress(stored, corpus.plan.count, stored, time.monotonic() - started)
    estimates = configured_estimates(load_config(None))   # as `newsmon` reads it by default
    for db in databases:
        with db.engine.begin() as conn:
            finish(conn, estimates)


def _ingest_build(db: Database, corpus: Corpus, batch: int, workers: int,
                  started: float) -> None:
    """Each record through `ingest_article`, `batch` per transaction; resumable."""
    count = corpus.plan.count
    resumed = stored = stored_articles(db)  # a stopped build resumes after its last commit
    if resumed:
        print(f"resuming after {resumed} stored articles", flush=True)
    records = corpus_records(corpus, workers, resumed)
    while stored < count:
        done = store_batches(db, islice(records, PROGRESS_EVERY), batch)
        if not done:
            break
        stored += done
        _progress(stored, count, stored - resumed, time.monotonic() - started)


def _progress(stored: int, count: int, this_run: int, elapsed: float) -> None:
    print(f"{stored}/{count} articles, {this_run} in {elapsed:.0f}s "
          f"({this_run / elapsed:.0f}/s) at {datetime.now(UTC):%H:%M:%S}", flush=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--db", required=True, action="append",
                        help="SQLAlchemy URL of a database (repeatable: one corpus, each)")
    parser.add_argument("--ingest", action="store_true",
                        help="store through ingest_article (slow; resumable) instead of the "
                             "bulk load of the same rows into a fresh database")
    parser.add_argument("--count", type=int, required=True, help="articles to store")
    parser.add_argument("--seed", type=int, default=14)
    parser.add_argument("--end", type=datetime.fromisoformat, default=None,
                        help="the latest publication date (default: today, UTC midnight)")
    parser.add_argument("--batch", type=int, default=0,
                        help="articles per transaction (default: 500 SQLite, 50 PostgreSQL: "
                             "each holds ~35 advisory locks per article until commit)")
    parser.add_argument("--workers", type=int, default=2, help="record-making processes")
    args = parser.parse_args(argv)
    end = args.end or default_end()
    if end.tzinfo is None:
        end = end.replace(tzinfo=UTC)
    batch = args.batch or (50 if args.db[0].startswith("postgresql") else 500)
    build(args.db, args.count, args.seed, end, batch, args.workers, not args.ingest)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
