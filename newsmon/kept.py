"""The kept estimates (storage.kept_estimates) for the configured aliases and window, and
the home page's kept counts (storage.browse.refresh_counts): refreshed after every crawl
and reprocess, and by `newsmon db refresh-estimates`."""

from __future__ import annotations

import logging
import time

from config.model import Config
from storage.browse import refresh_counts
from storage.db import Database, StorageError
from storage.kept_estimates import Refreshed, refresh_kept
from storage.records import EstimateFilter

log = logging.getLogger(__name__)


def configured_estimates(config: Config) -> EstimateFilter:
    """The configured group and source aliases and window, as an EstimateFilter."""
    return EstimateFilter(groups=config.group_aliases(), sources=config.source_aliases(),
                          window_days=config.estimates.window_days)


def refresh_estimates(db: Database, config: Config) -> Refreshed:
    """Bring the kept estimates and counts up to date, in one transaction (whose advisory
    lock, on PostgreSQL, makes refreshes take turns); logs what it did."""
    started = time.monotonic()
    with db.begin() as session:
        done = refresh_kept(session.connection(), configured_estimates(config))
        counted = time.monotonic()
        refresh_counts(session)
    log.info("kept estimates: %d %s in %.1fs; counts in %.1fs", done.estimates,
             "rebuilt" if done.rebuilt else "refreshed", counted - started,
             time.monotonic() - counted)
    return done


def refresh_after_run(db: Database, config: Config) -> str | None:
    """`refresh_estimates` at the end of a crawl or reprocess: a failure is logged and
    returned (the stories are stored; the next refresh catches up), never raised."""
    try:
        refresh_estimates(db, config)
    except StorageError as exc:
        log.warning("kept estimates not refreshed: %s", exc)
        return str(exc)
    return None
