"""Compare two newsmon databases row by row (wall-clock columns aside): shows that a bulk-
loaded benchmark database holds what `ingest_article` stores (bench/bulk_load.py).

    .venv/bin/python -m bench.compare_dbs sqlite:////work/benchdb/news-10k.db \\
        sqlite:////work/benchdb/news-10k-ingest.db
"""

from __future__ import annotations

import sys
from itertools import zip_longest

from bench.bulk_load import table_rows
from storage.db import Database, safe_url


def main(argv: list[str] | None = None) -> int:
    left_url, right_url = (argv or sys.argv[1:])[:2]
    differ = 0
    with Database(left_url, create=False).engine.connect() as left, \
            Database(right_url, create=False).engine.connect() as right:
        for (name, rows), (_, others) in zip(table_rows(left), table_rows(right), strict=True):
            same = sum(a == b for a, b in zip_longest(rows, others))
            bad = max(len(rows), len(others)) - same
            differ += bad
            print(f"{name}: {len(rows)} vs {len(others)} rows, {bad} differ")
    print(f"{safe_url(left_url)} and {safe_url(right_url)}: "
          + ("identical" if not differ else f"{differ} rows differ"))
    return 1 if differ else 0


if __name__ == "__main__":
    raise SystemExit(main())
