"""Engine and session setup, and the schema's migrations; opening a database closes the
runs and frees the locks of crawl processes that died on this host (storage.liveness).

One `Database` per process, built where the process starts and passed down: it owns the
engine and the sessionmaker, and checks the schema once. Migrations are a step of their
own (`newsmon db upgrade`); only an empty database is migrated on first use, under a lock
that serialises concurrent first runs (an `fcntl` lock on a file beside a SQLite database,
a PostgreSQL advisory lock). Driver errors become `StorageError` with a one-line message
at this boundary.
"""

from __future__ import annotations

import fcntl
import logging
import os
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path
from typing import Any, TypeVar

from alembic import command
from alembic.config import Config as AlembicConfig
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util import CommandError
from sqlalchemy import create_engine, event, func, select
from sqlalchemy.engine import Connection, Engine, make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

DEFAULT_DB_URL = "sqlite:///newsmon.db"
ENV_VAR = "NEWSMON_DB"
MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
SQLITE_BUSY_TIMEOUT_MS = 30_000
MIGRATION_LOCK_SUFFIX = ".migrate-lock"  # beside a SQLite file: held while migrating it
MIGRATION_LOCK_KEY = zlib.crc32(b"newsmon migrations")  # PostgreSQL advisory lock, per database
T = TypeVar("T")


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


PG_OPTIONS = "-c jit=off"   # PostgreSQL settings of every connection (make_engine)


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
    # newsmon's statements are short: PostgreSQL's JIT compiled some of them for ~11 ms to
    # save ~1 (a page of claims' facets at 1M stories: 127 ms with it, 65 ms without); a URL
    # that sets its own `options` keeps them
    connect_args = {} if "options" in parsed.query else {"options": PG_OPTIONS}
    try:
        return create_engine(parsed, pool_pre_ping=True, connect_args=connect_args)
    except (ImportError, SQLAlchemyError) as exc:
        raise StorageError(f"cannot use database {url!r}: {exc}") from None


def _sqlite_file(database: str | None) -> Path | None:
    """The file of a SQLite database; None for in-memory and `file:` URI databases."""
    if database and database != ":memory:" and not database.startswith("file:"):
        return Path(database).expanduser().resolve()
    return None


def _ensure_sqlite_dir(database: str | None) -> None:
    path = _sqlite_file(database)
    if path is None:
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StorageError(f"cannot create the folder of database {path}: "
                           f"{exc.strerror or exc}") from None


def require_existing(url: str) -> None:
    """StorageError unless the SQLite file of `url` exists (other backends: the server says).
    Read-only commands call this, so a typo in --db never creates an empty database."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise StorageError(f"not a database URL: {url!r}") from None
    if parsed.get_backend_name() != "sqlite":
        return
    path = _sqlite_file(parsed.database)
    if path is not None and not path.is_file():
        raise StorageError(f"no database at {path} (check --db or ${ENV_VAR}; "
                           "`newsmon crawl` creates one)")


class Database:
    """An engine, a sessionmaker and, with `migrate` (the default), a schema checked once:
    an empty database is migrated now (its first use); one an older newsmon left behind is
    refused with a one-line error asking for `newsmon db upgrade`. Build one per process."""

    def __init__(self, url: str | None = None, *, migrate: bool = True,
                 create: bool = True) -> None:
        """`create=False`: refuse a database that does not exist yet (read-only commands)."""
        self.url = resolve_url(url)
        if not create:
            require_existing(self.url)
        self.engine = make_engine(self.url)
        self.sessions = sessionmaker(self.engine, expire_on_commit=False)
        if migrate:
            self.migrate()
            self.reap_dead()

    def migrate(self) -> None:
        """Check the schema's revision, once: an empty database is migrated now (its first
        use, serialised with other processes); one at an older revision is refused."""
        head = migration_head()
        current = self._guarded(self.revision)
        if current == head:
            return
        if current is None:
            self.upgrade()
            return
        known = current in known_revisions()
        raise StorageError(
            f"database {safe_url(self.url)} has schema {current}, this newsmon needs {head}: "
            + ("run `newsmon db upgrade`" if known else "it was migrated by a newer newsmon"))

    def upgrade(self) -> tuple[str | None, str]:
        """Bring the schema to the newest migration, holding the migration lock, so that
        concurrent processes migrate once. Returns (revision before, revision now)."""
        return self._guarded(self._upgrade)

    def revision(self) -> str | None:
        """The schema's migration revision; None for an empty database."""
        with self.engine.connect() as conn:
            return MigrationContext.configure(conn).get_current_revision()

    def _upgrade(self) -> tuple[str | None, str]:
        head = migration_head()
        with self.engine.connect() as conn, migration_lock(conn, self.url):
            before = MigrationContext.configure(conn).get_current_revision()
            if before != head:
                cfg = alembic_config(self.url)
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, "head")
                conn.commit()
        return before, head

    def _guarded(self, step: Callable[[], T]) -> T:
        try:
            return step()
        except (SQLAlchemyError, CommandError, OSError) as exc:
            message = f"cannot open database {safe_url(self.url)}: {_first_line(exc)}"
            raise StorageError(message, failure_reason(exc)) from None

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


@cache
def _scripts() -> ScriptDirectory:
    return ScriptDirectory.from_config(alembic_config(""))


def migration_head() -> str:
    """The newest migration this code carries (the scripts are read once per process)."""
    head = _scripts().get_current_head()
    assert head is not None, "storage/migrations/versions holds no migration"
    return head


def known_revisions() -> set[str]:
    return {script.revision for script in _scripts().walk_revisions()}


@contextmanager
def migration_lock(conn: Connection, url: str) -> Iterator[None]:
    """Held while the schema is migrated: one process migrates, the others wait, then find
    the schema current. SQLite: an `fcntl` lock on a file beside the database (released by
    the OS if the holder dies); PostgreSQL: a session advisory lock on `conn`."""
    backend = conn.dialect.name
    if backend == "sqlite":
        with _file_lock(_sqlite_lock_path(url)):
            yield
    elif backend == "postgresql":
        with _advisory_lock(conn):
            yield
    else:  # other databases: no lock (their DDL is transactional or the race is theirs)
        yield


def _sqlite_lock_path(url: str) -> Path | None:
    database = make_url(url).database
    if not database or database == ":memory:" or database.startswith("file:"):
        return None
    path = Path(database).expanduser().resolve()
    return path.with_name(path.name + MIGRATION_LOCK_SUFFIX)


@contextmanager
def _file_lock(path: Path | None) -> Iterator[None]:
    if path is None:  # an in-memory database: no other process can see it
        yield
        return
    with path.open("a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


@contextmanager
def _advisory_lock(conn: Connection) -> Iterator[None]:
    conn.execute(select(func.pg_advisory_lock(MIGRATION_LOCK_KEY)))
    conn.commit()
    try:
        yield
    finally:
        conn.rollback()  # a failed migration left its transaction open
        conn.execute(select(func.pg_advisory_unlock(MIGRATION_LOCK_KEY)))
        conn.commit()


def safe_url(url: str) -> str:
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return url


def _first_line(exc: BaseException) -> str:
    text = str(getattr(exc, "orig", None) or exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__
