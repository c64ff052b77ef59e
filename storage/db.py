"""Engine and session setup; migrations are applied on first use, and the runs and locks
of crawl processes that died on this host are closed (storage.liveness).

One `Database` per process: it owns the engine and the sessionmaker. Driver
errors become `StorageError` with a one-line message at this boundary.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config as AlembicConfig
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

DEFAULT_DB_URL = "sqlite:///newsmon.db"
ENV_VAR = "NEWSMON_DB"
MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
SQLITE_BUSY_TIMEOUT_MS = 30_000


class StorageError(Exception):
    """The database is unreachable, misconfigured or refused an operation. `reason` names
    the kind of failure in a word (FAILURE_REASONS), for counting."""

    def __init__(self, message: str, reason: str = "database_error") -> None:
        super().__init__(message)
        self.reason = reason


# (words in the driver's message, SQLSTATE prefixes (PostgreSQL), reason); first match wins
FAILURE_REASONS: tuple[tuple[tuple[str, ...], tuple[str, ...], str], ...] = (
    (("disk is full", "no space left"), ("53100",), "disk_full"),
    (("malformed", "not a database", "corrupt"), ("XX001", "XX002"), "corrupt"),
    (("readonly", "read-only"), ("25006",), "read_only"),
    (("database is locked", "lock timeout"), ("55P03",), "locked"),
    (("disk i/o error", "input/output error"), ("58030",), "io_error"),
    (("server closed the connection", "connection refused"), ("08",), "connection"),
)


def failure_reason(exc: BaseException) -> str:
    """A driver error in a word: 'disk_full', 'corrupt', 'read_only', 'locked', 'io_error',
    'connection', else 'database_error'."""
    if isinstance(exc, StorageError):
        return exc.reason
    orig = getattr(exc, "orig", None) or exc
    text = str(orig).lower()
    sqlstate = str(getattr(orig, "sqlstate", "") or "")
    for words, states, reason in FAILURE_REASONS:
        if any(w in text for w in words) or (sqlstate and sqlstate.startswith(states)):
            return reason
    return "database_error"


def resolve_url(url: str | None = None) -> str:
    """The database URL: the argument, else $NEWSMON_DB, else ./newsmon.db."""
    return url or os.environ.get(ENV_VAR) or DEFAULT_DB_URL


def alembic_config(url: str) -> AlembicConfig:
    cfg = AlembicConfig()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return cfg


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cursor = dbapi_conn.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def make_engine(url: str) -> Engine:
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise StorageError(f"not a database URL: {url!r}") from None
    if parsed.get_backend_name() == "sqlite":
        _ensure_sqlite_dir(parsed.database)
        engine = create_engine(parsed, connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000})
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    if parsed.drivername == "postgresql":
        parsed = parsed.set(drivername="postgresql+psycopg")
    try:
        return create_engine(parsed, pool_pre_ping=True)
    except (ImportError, SQLAlchemyError) as exc:
        raise StorageError(f"cannot use database {url!r}: {exc}") from None


def _ensure_sqlite_dir(database: str | None) -> None:
    if database and database != ":memory:" and not database.startswith("file:"):
        Path(database).expanduser().resolve().parent.mkdir(parents=True, exist_ok=True)


class Database:
    """An engine, a sessionmaker and an up-to-date schema."""

    def __init__(self, url: str | None = None, *, migrate: bool = True) -> None:
        self.url = resolve_url(url)
        self.engine = make_engine(self.url)
        self.sessions = sessionmaker(self.engine, expire_on_commit=False)
        if migrate:
            self.migrate()
            self.reap_dead()

    def migrate(self) -> None:
        """Bring the schema to the newest migration (a no-op when it already is)."""
        cfg = alembic_config(self.url)
        head = ScriptDirectory.from_config(cfg).get_current_head()
        try:
            with self.engine.connect() as conn:
                current = MigrationContext.configure(conn).get_current_revision()
                if current == head:
                    return
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, "head")
                conn.commit()
        except SQLAlchemyError as exc:
            message = f"cannot open database {safe_url(self.url)}: {_first_line(exc)}"
            raise StorageError(message) from None

    def reap_dead(self) -> None:
        """Close the runs and free the locks that a process gone from this host left. A
        database that refuses it (read-only, busy) is still usable: it is done next time."""
        from storage.liveness import reap_dead

        try:
            with self.begin() as session:
                reap_dead(session)
        except StorageError as exc:
            logging.getLogger(__name__).warning("could not close dead runs: %s", exc)

    @contextmanager
    def begin(self) -> Iterator[Session]:
        """A session in a transaction, committed on success; driver errors become StorageError."""
        try:
            with self.sessions.begin() as session:
                yield session
        except SQLAlchemyError as exc:
            raise StorageError(f"database error: {_first_line(exc)}",
                               failure_reason(exc)) from exc

    def dispose(self) -> None:
        self.engine.dispose()


def safe_url(url: str) -> str:
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return url


def _first_line(exc: BaseException) -> str:
    text = str(getattr(exc, "orig", None) or exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__
