"""The crawl's `Database`, as its Scrapy components (the storage stage, the run recorder,
the incremental middleware) find it: the one the process built, passed down on the crawler.

`newsmon.runner` attaches the process's Database to every crawler it creates. A spider run
by hand (`scrapy crawl outlet`) has none attached: the first component to ask builds one
from NEWSMON_DB, the others share it, and it is closed when the engine stops.
"""

from __future__ import annotations

from scrapy import signals
from scrapy.crawler import Crawler

from storage.db import Database

DB_ATTR = "_newsmon_database"


def attach_database(crawler: Crawler, db: Database) -> None:
    """Give the crawler's components `db`; its owner (the caller) disposes of it."""
    setattr(crawler, DB_ATTR, db)


def crawl_database(crawler: Crawler) -> Database:
    db: Database | None = getattr(crawler, DB_ATTR, None)
    if db is None:
        db = Database(crawler.settings.get("NEWSMON_DB"))
        attach_database(crawler, db)
        crawler.signals.connect(db.dispose, signal=signals.engine_stopped)
    return db
