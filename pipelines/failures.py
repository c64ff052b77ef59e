"""Database failures during a crawl: counted by reason, logged once per reason.

A full disk or a corrupt database fails every page the same way. Each failure is counted
in the crawl's stats as `newsmon/errors/<kind>/<reason>` (kind `store_failed` for an
article not stored, `database` for any other operation; reason from
`storage.db.failure_reason`), so the run's errors and exit code say so
(crawler.outcome). The first failure of each kind and reason is logged as one line; the
rest are counted, and the totals are logged when the outlet's crawl closes.
"""

from __future__ import annotations

import logging
import threading
from collections import Counter

from scrapy.statscollectors import StatsCollector

from storage.db import StorageError

STORE_FAILED = "store_failed"
DATABASE = "database"
log = logging.getLogger(__name__)


class StorageFailures:
    """One outlet's database failures. `note` may be called from any thread (the writer's);
    the counts reach the stats in the crawl's thread, at `flush`."""

    def __init__(self, stats: StatsCollector, outlet: str) -> None:
        self.stats = stats
        self.outlet = outlet
        self.totals: Counter[str] = Counter()
        self._pending: Counter[str] = Counter()
        self._lock = threading.Lock()

    def note(self, kind: str, exc: StorageError) -> None:
        key = f"{kind}/{exc.reason}"
        with self._lock:
            first = key not in self.totals
            self.totals[key] += 1
            self._pending[key] += 1
        if first:
            log.error("outlet %s: %s (%s); further failures like it are counted, not logged",
                      self.outlet, exc, key)

    def flush(self) -> None:
        with self._lock:
            pending, self._pending = self._pending, Counter()
        for key, count in pending.items():
            self.stats.inc_value(f"newsmon/errors/{key}", count)

    def close(self) -> None:
        self.flush()
        if self.totals:
            log.error("outlet %s: database failures: %s", self.outlet,
                      ", ".join(f"{k}={v}" for k, v in sorted(self.totals.items())))
