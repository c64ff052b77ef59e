"""Alembic environment: runs on a connection handed in by storage.db, or on a URL."""

from alembic import context
from sqlalchemy import create_engine
from sqlalchemy.engine import Connection

from storage.db import make_engine, resolve_url
from storage.models import Base

config = context.config
target_metadata = Base.metadata


FOREIGN_TABLES = {"apscheduler_jobs"}  # APScheduler's job store lives in the same database


def include_name(name: str | None, type_: str, parent_names: object) -> bool:
    return not (type_ == "table" and name in FOREIGN_TABLES)


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
