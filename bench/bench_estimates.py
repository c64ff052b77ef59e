"""Benchmark: estimates from the points kept at ingest, and the bounded report.

    python bench/bench_estimates.py --db URL [--since-days 90] [--reference]

On a database built by bench/build_db (use a COPY: nothing is kept, but the report and
the backfill run there), at schema 0009_estimate_points or later:

1. the migration's backfill (`storage.points.backfill_points`), timed inside a
   transaction that is rolled back, so the stored points stay as they were;
2. `estimate_rows` (every estimate, as `newsmon query estimates` reads them) and
   `latest_estimate_rows` (the first page of 12, as the report and a first page read
   them);
3. with `--reference`, the baseline in the same run: `reconcile` over every sighting
   (what estimates cost before the points), and whether it gives the same rows;
4. the report of the last `--since-days` days, collected and rendered
   (`newsmon report --since 90d`).

Prints each figure with the process's peak memory so far; asserts nothing.
"""

from __future__ import annotations

import argparse
import resource
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import delete

from newsmon.report import ReportQuery, collect_report, render_report
from storage.db import Database
from storage.estimates import reconcile
from storage.models import EstimatePointRow
from storage.points import backfill_points
from storage.queries import estimate_rows, latest_estimate_rows, sightings
from storage.records import EstimateFilter


def timed(label: str, step: Callable[[], Any]) -> Any:
    start = time.perf_counter()
    result = step()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{label:<48} {time.perf_counter() - start:8.2f} s   peak {peak:7.0f} MB")
    return result


def backfill(db: Database) -> int:
    with db.sessions() as session, session.begin():
        session.execute(delete(EstimatePointRow))
        written = backfill_points(session.connection())
        session.rollback()
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--db", required=True, help="a copy of a benchmark database")
    parser.add_argument("--since-days", type=float, default=90)
    parser.add_argument("--reference", action="store_true",
                        help="also reconcile every sighting, as before the points")
    args = parser.parse_args()
    db = Database(args.db, create=False)
    where = EstimateFilter()
    points = timed("backfill (rolled back)", lambda: backfill(db))
    print(f"  {points} points")
    with db.begin() as session:
        rows = timed("estimate_rows (every estimate)", lambda: estimate_rows(session, where))
        print(f"  {len(rows)} estimates, {sum(len(r.points) for r in rows)} points")
        timed("latest_estimate_rows (first 12)",
              lambda: latest_estimate_rows(session, where, 12))
        if args.reference:
            before = timed("reference: reconcile over every sighting",
                           lambda: reconcile(sightings(session, where)))
            same = [r.as_dict() for r in before] == [r.as_dict() for r in rows]
            print(f"  the same rows: {same}")
        since = datetime.now(UTC) - timedelta(days=args.since_days)
        data = timed(f"report --since {args.since_days:g}d: collect",
                     lambda: collect_report(session, ReportQuery(since=since)))
    html = timed("report: render", lambda: render_report(data))
    print(f"  {data.claims_total} claims ({len(data.claims)} shown), "
          f"{data.estimates_total} estimates, {len(html) / 1e6:.1f} MB of HTML")
    db.dispose()


if __name__ == "__main__":
    main()
