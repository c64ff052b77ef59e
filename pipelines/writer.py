"""One database writer per process, shared by every crawl running in it.

All stores go through one thread and one engine, so the transactions of two
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
    """A reference-counted (database, writer thread) pair per database URL."""

    _open: ClassVar[dict[str, SharedWriter]] = {}
    _lock: ClassVar[threading.Lock] = threading.Lock()

    def __init__(self, url: str) -> None:
        self.url = url
        self.db = Database(url)
        self._executor = ThreadPoolExecutor(1, thread_name_prefix="newsmon-store")
        self._users = 0

    @classmethod
    def acquire(cls, url: str | None) -> SharedWriter:
        key = url or ""
        with cls._lock:
            writer = cls._open.get(key)
            if writer is None:
                writer = cls._open[key] = SharedWriter(url or "")
            writer._users += 1
            return writer

    def release(self) -> None:
        with self._lock:
            self._users -= 1
            if self._users > 0:
                return
            self._open.pop(self.url, None)
        self._executor.shutdown(wait=True)
        self.db.dispose()

    def submit(self, fn: Callable[..., T], *args: Any) -> Future[T]:
        """Queue `fn(*args)` in the writer thread without waiting (it still runs before close)."""
        return self._executor.submit(fn, *args)

    async def run(self, fn: Callable[..., T], *args: Any) -> T:
        """Run `fn(*args)` in the writer thread and await its result."""
        return await asyncio.get_running_loop().run_in_executor(self._executor, fn, *args)
