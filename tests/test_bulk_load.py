"""The benchmark databases (bench/build_db.py) hold the rows the crawl's writer would store.

The builder stores records with the real `ingest_article`, many per transaction; the crawl's
StoragePipeline stores one per transaction. Both are run here on the same generated
articles, and every table must come out the same (ids included), wall-clock columns aside.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

import pytest

from bench.build_db import corpus_records, ensure_database, prepared, store_batches
from bench.bulk_load import BulkLoad, finish, table_rows, write_rows
from bench.synthetic_news import Corpus, Plan, to_record
from pipelines.dedup import similarity
from storage.browse import refresh_counts
from storage.db import Database
from storage.ingest import ingest_article
from storage.kept_estimates import refresh_kept
from storage.records import ArticleRecord, EstimateFilter, IngestOptions
from tests.conftest import PG_ADMIN

ARTICLES = 300
END = datetime(2026, 12, 3, tzinfo=UTC)


@pytest.fixture(scope="module")
def records() -> list[ArticleRecord]:
    return list(corpus_records(Corpus(Plan(ARTICLES, 7, END)), workers=0))


def test_worker_processes_make_the_same_records(records: list[ArticleRecord]) -> None:
    made_apart = list(corpus_records(Corpus(Plan(ARTICLES, 7, END)), workers=2))
    assert made_apart == records


def test_sentence_cache_gives_the_extractors_mentions_of_the_whole_text() -> None:
    corpus = Corpus(Plan(ARTICLES, 8, END))
    for slot in corpus.slots:
        draft = corpus.draft(slot.index)
        assert to_record(draft, corpus.mentions).mentions == to_record(draft).mentions


def test_the_corpus_exercises_dedup_and_claims(records: list[ArticleRecord]) -> None:
    mentions = sum(len(r.mentions) for r in records)
    assert 4.5 <= mentions / len(records) <= 7
    published = [r.published_at for r in records if r.published_at is not None]
    assert len(published) == len(records) and published == sorted(published)
    assert any("first published by" in r.text for r in records)  # reprints
    assert any(r.aliases for r in records)

ESTIMATES = EstimateFilter(groups=(("Korean troops", ("North Korean soldiers",)),))


def _bulk(db: Database, records: list[ArticleRecord]) -> None:
    load = BulkLoad()
    for start in range(0, len(records), 100):  # written in several runs, as build_db does
        for record in records[start:start + 100]:
            load.add(*prepared(record))
        with db.engine.begin() as conn:
            write_rows(conn, load.take())
    with db.engine.begin() as conn:
        finish(conn, ESTIMATES)


def _batched(db: Database, records: list[ArticleRecord]) -> None:
    store_batches(db, records, batch=64)


@pytest.mark.parametrize("load", [_bulk, _batched], ids=["bulk", "batched_ingest"])
@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_loads_store_the_rows_of_one_ingest_per_article(
        backend: str, load: Callable[[Database, list[ArticleRecord]], None],
        records: list[ArticleRecord], tmp_path: Any) -> None:
    with _database(backend, tmp_path, "loaded") as loaded, \
            _database(backend, tmp_path, "per_item") as per_item:
        load(loaded, records)
        for record in records:  # as pipelines.stages.StoragePipeline._save does
            with per_item.begin() as session:
                ingest_article(session, record, IngestOptions(), similarity)
        for db in (loaded, per_item):   # as the end of a crawl does (finish did it already)
            with db.begin() as session:
                refresh_kept(session.connection(), ESTIMATES)
                refresh_counts(session)
        left, right = _tables(loaded), _tables(per_item)
        _store_one_more(loaded, records[0])  # the ids go on after the loaded ones
        _store_one_more(per_item, records[0])
        assert _tables(loaded) == _tables(per_item)
    assert left == right
    assert len(left["articles"]) == ARTICLES
    assert any(row["duplicate_of_id"] for row in left["articles"])
    assert 0 < len(left["claims"]) < len(left["mentions"])
    assert left["kept_estimates"] and not left["estimate_marks"]
    assert {row["name"]: row["value"] for row in left["kept_counts"]}["articles"] == ARTICLES


def _store_one_more(db: Database, record: ArticleRecord) -> None:
    again = replace(record, url=record.url + "?again", aliases=[], topics=list(record.topics),
                    mentions=list(record.mentions), bands=list(record.bands))
    with db.begin() as session:
        ingest_article(session, again, IngestOptions(), similarity)


def _tables(db: Database) -> dict[str, list[dict[str, Any]]]:
    with db.engine.connect() as conn:
        return dict(table_rows(conn))


@contextmanager
def _database(backend: str, tmp_path: Any, name: str) -> Iterator[Database]:
    if backend == "sqlite":
        db = Database(f"sqlite:///{tmp_path / name}.db")
        yield db
        db.dispose()
        return
    with _pg_database() as url:
        db = Database(url)
        yield db
        db.dispose()


@contextmanager
def _pg_database() -> Iterator[str]:
    psycopg = pytest.importorskip("psycopg")
    try:
        admin = psycopg.connect(PG_ADMIN, autocommit=True)
    except psycopg.OperationalError as exc:
        pytest.skip(f"PostgreSQL on 127.0.0.1:5432 unreachable ({exc})")
    name = f"newsmon_test_{uuid.uuid4().hex[:10]}"
    try:
        ensure_database(f"postgresql+psycopg://postgres@127.0.0.1:5432/{name}")
        yield f"postgresql+psycopg://postgres@127.0.0.1:5432/{name}"
    finally:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.close()
