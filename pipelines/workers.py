"""A process pool for CPU-heavy stages, so the crawl's event loop never waits on them.

Each worker builds its `Cleaner` (trafilatura options) once, in the pool's
initializer. With `workers=0` the work runs inline (for debugging).

Workers are forked from a forkserver that has already imported this module
(trafilatura, lxml, the casualty lexicon), so each starts without importing them
again, and they are started when the pool is created, while the crawl is still
fetching robots.txt and its listings, not when the first page arrives.
"""

from __future__ import annotations

import asyncio
import multiprocessing
from collections.abc import Callable
from concurrent.futures import Executor, ProcessPoolExecutor
from typing import Any, TypeVar

from pipelines.casualty import extract_mentions
from pipelines.cleaning import CleanedArticle, Cleaner, CleaningOptions, Rejection

T = TypeVar("T")
# Imported once in the forkserver; its forked workers inherit them ("__main__" is the default).
FORKSERVER_PRELOAD = ["__main__", __name__]


class _WorkerState:
    cleaner: Cleaner | None = None


def _init_worker(options: CleaningOptions) -> None:
    _WorkerState.cleaner = Cleaner(options)


def clean_in_worker(html: bytes, url: str, outlet: str) -> CleanedArticle | Rejection:
    cleaner = _WorkerState.cleaner
    if cleaner is None:
        raise RuntimeError("worker not initialised")
    return cleaner.clean(html, url, outlet)


def mentions_in_worker(text: str) -> list[dict[str, object]]:
    return [m.to_dict() for m in extract_mentions(text)]


def _started() -> None:
    """A no-op task: submitting one per worker makes the pool start them all."""


class WorkerPool:
    """Runs functions in worker processes (or inline) and awaits them on the event loop."""

    def __init__(self, workers: int, options: CleaningOptions) -> None:
        self.workers = workers
        self._executor: Executor | None = None
        if workers > 0:
            context = multiprocessing.get_context("forkserver")
            context.set_forkserver_preload(FORKSERVER_PRELOAD)  # no effect once it runs
            self._executor = ProcessPoolExecutor(
                workers, mp_context=context, initializer=_init_worker, initargs=(options,)
            )
            for _ in range(workers):
                self._executor.submit(_started)
        else:
            _init_worker(options)

    async def run(self, fn: Callable[..., T], *args: Any) -> T:
        if self._executor is None:
            return fn(*args)
        future = self._executor.submit(fn, *args)
        return await asyncio.wrap_future(future)

    def close(self) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=True, cancel_futures=True)
            self._executor = None
