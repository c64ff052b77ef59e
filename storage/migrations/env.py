"""Alembic environment: runs on a connection handed in by storage.db, or on a URL."""

import warnings

from alembic import context
from sqlalchemy import create_engine
from sqlalchemy.engine import Connection

from storage.db import make_engine, resolve_url
from storage.models import Base
from storage.search import DATABASE_ONLY, is_search_table

config = context.config
# SQLite cannot reflect expression indexes, so autogenerate skips comparing them (the plan
# tests in tests/test_query_plans.py show they exist and are used): say so once, not per index
warnings.filterwarnings("ignore", r"Skipped unsupported reflection of expression-based index")
warnings.filterwarnings("ignore", r"autogenerate skipping metadata-specified expression-based")
target_metadata = Base.metadata


FOREIGN_TABLES = {"apscheduler_jobs"}  # APScheduler's job store lives in the same database


def include_name(name: str | None, type_: str, parent_names: object) -> bool:
    """Leave out what is not the models': APScheduler's table; the search objects that only
    the database knows (storage/search.py): the FTS5 table and its shadow tables (SQLite),
    the generated column `articles.search_vector` and its GIN index (PostgreSQL)."""
    if type_ == "table":
        return not (name in FOREIGN_TABLES or is_search_table(name))
    return not (type_ in ("column", "index") and name in DATABASE_ONLY)


def _configure(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        compare_type=True,
        include_name=include_name,
    )


def run_migrations_offline() -> None:
    context.configure(
        url=resolve_url(config.get_main_option("sqlalchemy.url")),
        target_metadata=target_metadata,
        render_as_batch=True,
        literal_binds=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _configure(connection)
        with context.begin_transaction():
            context.run_migrations()
        return
    url = resolve_url(config.get_main_option("sqlalchemy.url"))
    engine = make_engine(url) if url else create_engine(url)
    with engine.connect() as conn:
        _configure(conn)
        with context.begin_transaction():
            context.run_migrations()
        conn.commit()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
