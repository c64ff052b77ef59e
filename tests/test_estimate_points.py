"""Estimates from the points kept at ingest (storage.points) are the estimates `reconcile`
gives over every sighting, on a real SQLite file and a real PostgreSQL, after a seeded mix
of stories, syndicated copies (one published before its original), edited stories (new
versions), re-fetches, headline figures and borrowed attributions; and the migration's
backfill gives the table ingest keeps."""

from __future__ import annotations

import multiprocessing
import random
import zlib
from dataclasses import replace
from datetime import timedelta
from typing import Any

from alembic import command
from sqlalchemy import delete, select

from newsmon.views import estimate_page
from pipelines.dedup import band_hashes, content_hash, signature, similarity
from storage.browse import PageRequest
from storage.db import Database, alembic_config
from storage.estimates import (
    EstimatePoint,
    EstimateStep,
    _history,
    _step,
    reconcile,
    reconcile_points,
    trim_points,
)
from storage.ingest import ingest_article
from storage.models import EstimatePointRow
from storage.points import backfill_points, stored_points
from storage.queries import estimate_rows, latest_estimate_rows, newest_estimate_rows, sightings
from storage.records import ArticleRecord, EstimateFilter, MentionRecord
from tests.test_estimates import D0, GROUPS, OPTIONS, SOURCES, north_korea, text

GROUP_NAMES = ["North Korean soldiers", "DPRK troops", "north korean troops", "civilians",
               "people", None]
ATTRIBUTIONS = ["Seoul's intelligence service", "South Korea's spy agency", "Kyiv",
                "a US official", "the ministry", None, None]
FIGURES = [(1, None), (2, 2), (5, None), (100, 100), (300, 999), (600, None), (4700, 4700)]
QUALIFIERS = ["exact", "approximately", "at_least", "vague"]
CONFIGS = [EstimateFilter(), EstimateFilter(groups=GROUPS, sources=SOURCES),
           EstimateFilter(groups=GROUPS, sources=SOURCES, window_days=5),
           EstimateFilter(sources=SOURCES, category="killed")]


def mention(rng: random.Random) -> MentionRecord:
    low, high = rng.choice(FIGURES)
    qualifier = rng.choice(QUALIFIERS)
    attribution = rng.choice(ATTRIBUTIONS)
    return MentionRecord(category=rng.choice(["killed", "wounded"]), low=low, high=high,
                         qualifier=qualifier, group=rng.choice(GROUP_NAMES),
                         attribution=attribution, start=rng.randrange(50), end=60,
                         sentence=f"{attribution} said {low} ({qualifier}).",
                         in_title=rng.random() < 0.15)


def record(n: int, outlet: str, day: float, body: str, mentions: list[MentionRecord]
           ) -> ArticleRecord:
    sig = signature(body)
    return ArticleRecord(url=f"https://{outlet}.org/{n}", outlet=outlet, text=body,
                         raw_html=zlib.compress(b"<p>x</p>"), extractor_version="t",
                         published_at=D0 + timedelta(days=day), title=f"Story {n}",
                         content_hash=content_hash(body), minhash=sig,
                         bands=band_hashes(sig, OPTIONS.duplicate_threshold),
                         mentions=mentions, mentions_version="m")


def seeded_news(db: Database, seed: int, stories: int = 70) -> None:
    """New stories, copies (some published before the story they copy), new versions and
    unchanged re-fetches with other mentions, in a seeded order."""
    rng = random.Random(seed)
    stored: list[ArticleRecord] = []
    outlets = ["yonhap", "reuters", "kyiv", "bbc", "wire"]
    for n in range(stories):
        roll = rng.random()
        mentions = [mention(rng) for _ in range(rng.randint(0, 4))]
        if stored and roll < 0.2:          # a copy, maybe published before its original
            base = rng.choice(stored)
            rec = record(n, rng.choice(outlets), rng.uniform(-3, 20),
                         base.text + " Distributed by a wire.", base.mentions[:2] + mentions)
        elif stored and roll < 0.35:       # an edited story: a new version
            base = rng.choice(stored)
            rec = record(0, base.outlet, 0, base.text + f" Updated {n}.", mentions)
            rec.url, rec.published_at = base.url, base.published_at
        elif stored and roll < 0.45:       # a re-fetch of the same text, mentions re-read
            base = rng.choice(stored)
            rec = record(0, base.outlet, 0, base.text, mentions)
            rec.url, rec.published_at = base.url, base.published_at
        else:
            rec = record(n, rng.choice(outlets), rng.uniform(0, 40), text(1000 + n), mentions)
        with db.begin() as session:
            ingest_article(session, rec, OPTIONS, similarity)
        stored.append(rec)


def as_dicts(rows: Any) -> list[dict[str, Any]]:
    return [r.as_dict() for r in rows]


def assert_points_reconcile_as_sightings(db: Database) -> int:
    compared = 0
    with db.begin() as session:
        everything = sightings(session, EstimateFilter())
        points = stored_points(session)
        for where in CONFIGS:
            chosen = [s for s in everything if where.category in (None, s.category)]
            expected = reconcile(chosen, where.groups, where.sources, where.window_days)
            assert as_dicts(estimate_rows(session, where)) == as_dicts(expected)
            assert as_dicts(reconcile_points(
                [p for p in points if where.category in (None, p.category)], where.groups,
                where.sources, where.window_days)) == as_dicts(expected)
            compared += len(expected)
    return compared


def test_points_give_the_estimates_of_every_sighting(db_url: str) -> None:
    db = Database(db_url)
    north_korea(db)
    seeded_news(db, seed=14)
    assert assert_points_reconcile_as_sightings(db) > 20


def test_points_stay_exact_on_another_mix(sqlite_url: str) -> None:
    for seed in (1, 2, 3):
        db = Database(sqlite_url.replace("newsmon.db", f"mix{seed}.db"))
        seeded_news(db, seed=seed, stories=90)
        assert_points_reconcile_as_sightings(db)


def point_table(db: Database) -> list[tuple[Any, ...]]:
    with db.begin() as session:
        rows = session.execute(select(EstimatePointRow)).scalars()
        return sorted(tuple(getattr(r, c.key) for c in EstimatePointRow.__mapper__.column_attrs
                            if c.key != "id") for r in rows)


def test_backfill_gives_the_table_ingest_keeps(db_url: str) -> None:
    db = Database(db_url)
    north_korea(db)
    seeded_news(db, seed=7)
    kept = point_table(db)
    assert len(kept) > 30
    with db.begin() as session:
        session.execute(delete(EstimatePointRow))
        assert backfill_points(session.connection()) == len(kept)
    assert point_table(db) == kept


def test_migration_backfills_a_stored_database(db_url: str) -> None:
    db = Database(db_url)
    north_korea(db)
    seeded_news(db, seed=9, stories=40)
    kept = point_table(db)
    db.dispose()
    cfg = alembic_config(db_url)
    command.downgrade(cfg, "-1")   # before 0009_estimate_points
    command.upgrade(cfg, "head")
    assert point_table(Database(db_url)) == kept


def test_the_latest_estimates_are_the_first_rows(db_url: str) -> None:
    db = Database(db_url)
    north_korea(db)
    seeded_news(db, seed=21)
    with db.begin() as session:
        for where in CONFIGS:
            everything = as_dicts(estimate_rows(session, where))
            for limit in (1, 2, 5, 100):
                rows, total = latest_estimate_rows(session, where, limit)
                assert (as_dicts(rows), total) == (everything[:limit], len(everything))
            rows, _ = latest_estimate_rows(session, where, 100, keep_points=3)
            full = estimate_rows(session, where)
            assert as_dicts(rows) == as_dicts(trim_points(r, 3) for r in full)
        assert any(len(r.points) > 3 for r in full)


def stepwise_history(points: list[EstimatePoint], window: timedelta) -> list[EstimateStep]:
    """The history as documented: `_step` from scratch after each date (quadratic)."""
    steps: list[EstimateStep] = []
    for as_of in sorted({p.published_at for p in points}):
        step = _step(points, as_of, window)
        if not (steps and replace(steps[-1], as_of=as_of) == step):
            steps.append(step)
    return steps


def test_the_sweep_gives_the_history_of_every_step() -> None:
    rng = random.Random(5)
    for _ in range(300):
        points = []
        for _ in range(rng.randint(1, 40)):
            low = rng.choice([1, 3, 10, 100, 300, 600, 999])
            high = low + rng.choice([0, 0, 5, 700])
            points.append(EstimatePoint(
                source=rng.choice("abcdefg"), figure="", low=low, high=high, qualifier="exact",
                value=(low + high) / 2, published_at=D0 + timedelta(hours=rng.randrange(400)),
                title=None, url="", outlet="", sentence="", attribution=None))
        points.sort(key=lambda p: (p.published_at, p.source))
        for days in (0, 1, 5, 30):
            window = timedelta(days=days)
            assert _history(points, window) == stepwise_history(points, window)


def write_mix(db_url: str, seed: int, start: Any) -> None:
    """A child process's writes for the concurrent test: the seeded mix, at once with its
    siblings (the same story numbers: the same URLs and texts, so copies and updates of
    each other's stories)."""
    db = Database(db_url)
    start.wait(60)
    seeded_news(db, seed=seed, stories=50)
    db.dispose()


def test_concurrent_writers_keep_the_points_exact(pg_url: str) -> None:
    Database(pg_url).dispose()              # migrated once, before the writers start
    context = multiprocessing.get_context("spawn")
    start = context.Barrier(3)
    writers = [context.Process(target=write_mix, args=(pg_url, seed, start))
               for seed in (31, 32)]
    for writer in writers:
        writer.start()
    start.wait(60)
    for writer in writers:
        writer.join(300)
        assert writer.exitcode == 0
    db = Database(pg_url)
    assert assert_points_reconcile_as_sightings(db) > 5
    kept = point_table(db)
    with db.begin() as session:
        session.execute(delete(EstimatePointRow))
        backfill_points(session.connection())
    assert point_table(db) == kept
    db.dispose()


def test_the_api_first_page_from_points_is_the_page_of_every_estimate(db_url: str) -> None:
    """/api/estimates newest first, without a cursor, reads only the groups that can be on
    the page (newest_estimate_rows); the page, its order and its cursor are those of the
    page cut from every estimate (newsmon.views.estimate_page)."""
    db = Database(db_url)
    seeded_news(db, seed=11)
    with db.begin() as session:
        for where in CONFIGS:
            everything = as_dicts(estimate_rows(session, where))
            for limit in (1, 2, 3, 7, 100):
                request = PageRequest(limit=limit)
                rows, total = newest_estimate_rows(session, where, limit + 1)
                assert total == len(everything)
                assert estimate_page(as_dicts(rows), request) == estimate_page(everything,
                                                                               request)
    db.dispose()
