"""One database writer per process, shared by every crawl running in it.

All stores go through one thread and the process's one engine, so the transactions of two
outlets crawled in the same process never interleave: a story's near-duplicate
lookup always sees every story committed before it. (STYLE: one engine per process.)
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, ClassVar, TypeVar

from storage.db import Database

T = TypeVar("T")


class SharedWriter:
    """A reference-counted writer thread per `Database` (whose owner disposes of it)."""

    _open: ClassVar[dict[Database, SharedWriter]] = {}
    _lock: ClassVar[threading.Lock] = threading.Lock()

    def __init__(self, db: Database) -> None:
        self.db = db
        self._executor = ThreadPoolExecutor(1, thread_name_prefix="newsmon-store")
        self._users = 0

    @classmethod
    def acquire(cls, db: Database) -> SharedWriter:
        with cls._lock:
            writer = cls._open.get(db)
            if writer is None:
                writer = cls._open[db] = SharedWriter(db)
            writer._users += 1
            return writer

    def release(self) -> None:
        with self._lock:
            self._users -= 1
            if self._users > 0:
                return
            self._open.pop(self.db, None)
        self._executor.shutdown(wait=True)

    def submit(self, fn: Callable[..., T], *args: Any) -> Future[T]:
        """Queue `fn(*args)` in the writer thread without waiting (it still runs before close)."""
        return self._executor.submit(fn, *args)

    async def run(self, fn: Callable[..., T], *args: Any) -> T:
        """Run `fn(*args)` in the writer thread and await its result."""
        return await asyncio.get_running_loop().run_in_executor(self._executor, fn, *args)
