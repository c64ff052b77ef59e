"""Time migration 0008_search_indexes and the article search before and after it, on a copy
of a benchmark database (the original is never written to).

    python bench/bench_search.py --sqlite /work/benchdb/news-100k.db
    python bench/bench_search.py --pg-template newsmon_bench_100k

Prints, per search, the median of --runs runs of the first page (100 articles, newest
first): before, the LIKE '%x%' filter the search used to be; after, `query articles
--search` (storage.queries.find_articles) and the web view's first page
(storage.browse.article_page) on the upgraded copy. The copy is at revision 0007.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from storage.browse import PageRequest, article_page  # noqa: E402
from storage.db import Database  # noqa: E402
from storage.models import Article  # noqa: E402
from storage.queries import find_articles  # noqa: E402
from storage.records import ArticleFilter  # noqa: E402

SEARCHES = ["killed", "karachi", "troops killed", "khan younis", "pyong", "zzzyx"]
PG = "postgresql+psycopg://postgres@127.0.0.1:5432/"


@contextmanager
def sqlite_copy(path: str) -> Iterator[str]:
    with tempfile.TemporaryDirectory(prefix="bench-search-") as folder:
        copy = Path(folder) / "copy.db"
        shutil.copyfile(path, copy)
        wal = Path(path + "-wal")
        if wal.exists():
            shutil.copyfile(wal, str(copy) + "-wal")
        yield f"sqlite:///{copy}"


@contextmanager
def pg_copy(template: str) -> Iterator[str]:
    import psycopg

    name = f"hsearch_bench_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(PG.replace("+psycopg", "") + "test", autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
        try:
            yield PG + name
        finally:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def median_ms(db: Database, query: Callable[[Session], Any], runs: int) -> float:
    times = []
    for _ in range(runs):
        with db.begin() as session:
            start = time.perf_counter()
            query(session)
            times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def like_search(words: str) -> Callable[[Session], Any]:
    """The search before 0008: one case-insensitive substring in title or text."""
    pattern = f"%{words}%"
    published = func.coalesce(Article.published_at, Article.first_seen_at)
    query = (select(Article).where(or_(Article.title.ilike(pattern), Article.text.ilike(pattern)))
             .order_by(published.desc(), Article.id.desc()).limit(100))
    return lambda s: list(s.scalars(query))


def count_of(db: Database, words: str) -> int:
    with db.begin() as s:
        return len(find_articles(s, ArticleFilter(search=words, limit=None)))


def bench(url: str, runs: int) -> None:
    db = Database(url, migrate=False)
    print(f"database at {db.revision()}, searches: median of {runs}, first page of 100")
    before = {w: median_ms(db, like_search(w), runs) for w in SEARCHES}
    start = time.perf_counter()
    db.upgrade()
    print(f"upgrade to {db.revision()}: {time.perf_counter() - start:.1f} s")
    print(f"{'search':<14} {'matches':>8} {'LIKE before':>12} {'query after':>12} "
          f"{'web after':>10}")
    for words in SEARCHES:
        where = ArticleFilter(search=words, limit=100)
        after = median_ms(db, lambda s, where=where: find_articles(s, where), runs)
        web = median_ms(db, lambda s, where=where: article_page(
            s, ArticleFilter(search=where.search), PageRequest(limit=100)), runs)
        print(f"{words:<14} {count_of(db, words):>8} {before[words]:>10.1f}ms "
              f"{after:>10.1f}ms {web:>8.1f}ms")
    db.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--sqlite", help="a SQLite benchmark file (copied)")
    group.add_argument("--pg-template", help="a PostgreSQL benchmark database (copied)")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    copy = sqlite_copy(args.sqlite) if args.sqlite else pg_copy(args.pg_template)
    with copy as url:
        bench(url, args.runs)


if __name__ == "__main__":
    main()
