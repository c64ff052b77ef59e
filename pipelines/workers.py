"""A process pool for CPU-heavy stages, so the crawl's event loop never waits on them.

Each worker builds its `Cleaner` (trafilatura options) once, in the pool's
initializer. With `workers=0` the work runs inline (for debugging). A page makes
one trip to a worker: cleaning and, when asked, casualty extraction in one task.

One pool per process and options (`WorkerPool.acquire`), shared by every crawl in
the process and reference-counted: ten outlets crawled together use the same two
workers, not twenty. `newsmon.runner.run_crawl` acquires it before Scrapy sets up,
so the workers start while Scrapy imports its components.

Workers start when the pool is created, not when the first page arrives, and
never import trafilatura themselves:
- on Linux, in a process with no other thread (a `newsmon crawl` or scheduled run
  acquires the pool before Scrapy starts any), they are forked from it and inherit
  its imports at once;
- elsewhere (inside a test run, a web app) forking a threaded process could copy a
  held lock, so they are forked from a forkserver that imports this module once
  (~1 s), in a background thread, while the crawl fetches robots.txt and listings.
"""

from __future__ import annotations

import asyncio
import ctypes
import gc
import logging
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections.abc import Callable
from concurrent.futures import Executor, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from typing import Any, ClassVar, TypeVar

from pipelines.cleaning import CleanedArticle, Cleaner, CleaningOptions, Rejection, parse_html
from pipelines.items import FetchedPage
from pipelines.mentions import article_mentions
from pipelines.page import process_page

T = TypeVar("T")
# Imported once in the forkserver; its forked workers inherit them ("__main__" is the default).
FORKSERVER_PRELOAD = ["__main__", __name__]


PR_SET_PDEATHSIG = 1  # linux/prctl.h
PARENT_POLL_S = 1.0  # where prctl is missing: how often a worker checks its parent
STARTUP_TIMEOUT_S = 60.0  # for every worker to be up; a slower start is left to go on alone
MAX_RESTARTS = 10  # broken executors replaced in a pool's life
WARM_UP_URL = "https://news.example/2026/01/02/warm-up.html"
# A made-up article that takes every path of a page's cleaning once (metadata, JSON-LD,
# main text, the full pass, mentions): the first page a fresh worker cleans costs 3-5x a
# later one (lazily built tables, first touches of inherited memory), so a worker pays that
# at start-up, while Scrapy sets up, not on the crawl's first pages.
WARM_UP_PAGE = b"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Warm-up story - The Example News</title>
<meta property="og:title" content="Warm-up story"><meta property="og:site_name" content="Example">
<meta name="author" content="Jane Doe"><meta property="article:published_time"
content="2026-01-02T08:00:00Z"><link rel="canonical" href="https://news.example/warm-up">
<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle",
"headline": "Warm-up story", "datePublished": "2026-01-02T08:00:00Z",
"author": {"@type": "Person", "name": "Jane Doe"}}</script><style>p {margin: 0}</style></head>
<body><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ul></nav>
<div class="cookie-banner">We use cookies. <a href="/privacy">Accept</a></div>
<main><article class="article-body"><h1>Warm-up story</h1><p class="byline">By Jane Doe</p>
<p>At least 12 soldiers were killed and around 30 others wounded in an attack on a border
post early on Tuesday, the regional governor said, according to a statement.</p>
<p>Officials said two people were missing and five had been captured, citing police.</p>
<p>The village, home to about 4,000 people, had been quiet for months before the strike,
residents told reporters on Wednesday, as aid convoys returned to the area.</p>
<table><tr><td>Killed</td><td>12</td></tr></table>
<div class="share-buttons"><a href="/share">Share</a></div></article></main>
<section id="comments"><p>A reader comment.</p></section>
<footer><p>Copyright 2026 The Example News</p></footer></body></html>"""


class _WorkerState:
    cleaner: Cleaner | None = None
    started: Any = None  # a Barrier shared by the pool's workers


def _init_worker(options: CleaningOptions, started: Any = None,
                 parent: int | None = None) -> None:
    # Ctrl-C reaches the whole process group: the crawl then shuts down gracefully, and
    # its workers finish the pages in flight instead of dying with KeyboardInterrupt.
    if started is not None:
        die_with_parent(parent)
        signal.signal(signal.SIGINT, signal.SIG_IGN)
    _WorkerState.cleaner = Cleaner(options)
    _WorkerState.started = started
    if started is not None:
        warm_up(_WorkerState.cleaner)


def die_with_parent(parent: int | None = None, sig: int = signal.SIGKILL) -> None:
    """End this worker when the process that started it ends: a crawl killed with SIGKILL
    (or by the out-of-memory killer) must not leave its workers behind, each holding its
    memory. On Linux the kernel sends `sig` (prctl PR_SET_PDEATHSIG); elsewhere a thread
    watches the parent pid. `parent` is the pid expected as parent (default: the current
    one); a parent already gone ends the process at once. A crawl child of the scheduler or
    a worker (newsmon.lifetime) asks for SIGTERM, its graceful shutdown."""
    parent = parent or os.getppid()
    if sys.platform.startswith("linux"):
        libc = ctypes.CDLL(None, use_errno=True)
        if libc.prctl(PR_SET_PDEATHSIG, sig, 0, 0, 0) == 0:
            if os.getppid() != parent:  # it died before prctl took effect
                os._exit(1)
            return
    threading.Thread(target=_watch_parent, args=(parent, sig), name="newsmon-parent-watch",
                     daemon=True).start()


def _watch_parent(parent: int, sig: int) -> None:
    while os.getppid() == parent:
        time.sleep(PARENT_POLL_S)
    if sig == signal.SIGKILL:
        os._exit(1)
    os.kill(os.getpid(), sig)


def warm_up(cleaner: Cleaner) -> int:
    """Clean WARM_UP_PAGE once, through both passes, and extract its mentions; returns
    how many it found. A failure is logged, never fatal: the worker only starts colder."""
    try:
        result = cleaner.clean(WARM_UP_PAGE, WARM_UP_URL, "warm-up")
        tree = parse_html(WARM_UP_PAGE)
        if tree is not None:
            cleaner.extract_text_full(tree, WARM_UP_URL)
        if not isinstance(result, CleanedArticle):
            return 0
        return len(mentions_in_worker(result.text, result.language, result.title))
    except Exception:  # the warm-up page is fixed; a failure here is a bug, not the web's
        logging.getLogger(__name__).exception("worker warm-up failed")
        return 0


def page_in_worker(page: FetchedPage, with_mentions: bool = False) -> CleanedArticle | Rejection:
    """`pipelines.page.process_page` with this worker's cleaner."""
    cleaner = _WorkerState.cleaner
    if cleaner is None:
        raise RuntimeError("worker not initialised")
    return process_page(page, cleaner, with_mentions)


def mentions_in_worker(text: str, language: str | None = None,
                       title: str | None = None) -> list[dict[str, object]]:
    """`article_mentions` as plain dicts (they cross the process boundary)."""
    return [m.to_dict() for m in article_mentions(text, language, title)]


def _started() -> None:
    """Waits until every worker runs one: the pool spawns a new worker only when none is
    idle, so submitting one of these per worker makes it start them all."""
    if _WorkerState.started is not None:
        _WorkerState.started.wait(STARTUP_TIMEOUT_S)


def start_method() -> str:
    """`fork` where it is safe and fast (Linux, no other thread here), else `forkserver`."""
    if sys.platform.startswith("linux") and threading.active_count() == 1:
        return "fork"
    return "forkserver"


class WorkerPool:
    """Runs functions in worker processes (or inline) and awaits them on the event loop.

    A worker that dies (a page that crashes lxml, the out-of-memory killer) breaks the
    whole executor: it is replaced by a new one, and each task it failed runs once more
    there. A task that breaks the new one too raises `BrokenProcessPool`; at most
    MAX_RESTARTS replacements are made in a pool's life.
    """

    _open: ClassVar[dict[tuple[int, CleaningOptions], WorkerPool]] = {}
    _lock: ClassVar[threading.Lock] = threading.Lock()

    def __init__(self, workers: int, options: CleaningOptions) -> None:
        self.workers = workers
        self.options = options
        self.restarts = 0
        self._users = 0
        self._executor: ProcessPoolExecutor | None = None
        self._ready: Future[None] = Future()
        self._replacing = threading.Lock()
        if workers > 0:
            self._executor = self._start(start_method())
        else:
            _init_worker(options)
            self._ready.set_result(None)

    def _start(self, method: str) -> ProcessPoolExecutor:
        context = multiprocessing.get_context(method)
        if method == "forkserver":
            context.set_forkserver_preload(FORKSERVER_PRELOAD)  # no effect once it runs
        executor = ProcessPoolExecutor(
            self.workers, mp_context=context, initializer=_init_worker,
            initargs=(self.options, context.Barrier(self.workers),
                      os.getpid() if method == "fork" else None),
        )
        ready: Future[None] = Future()
        self._ready = ready
        if method == "fork":
            # The garbage collector would touch every inherited object, copying the
            # pages they sit on into each worker: freeze them first (Python's advice).
            gc.freeze()
            self._start_workers(executor, ready)  # forks them all now, from this thread
        else:
            # Spawning blocks until the forkserver has imported trafilatura, so it runs
            # in a thread: the caller (and the event loop) go on meanwhile.
            threading.Thread(target=self._start_workers, args=(executor, ready),
                             name="newsmon-pool-start", daemon=True).start()
        return executor

    def _start_workers(self, executor: Executor, ready: Future[None]) -> None:
        try:
            for _ in range(self.workers):
                executor.submit(_started)
        except (RuntimeError, OSError) as exc:  # shut down meanwhile, or could not spawn
            ready.set_exception(exc)
        else:
            ready.set_result(None)

    def _replace(self, broken: ProcessPoolExecutor) -> None:
        """A new executor for a broken one, from a forkserver: by now this process runs
        threads, and forking it could copy a held lock."""
        with self._replacing:
            if self._executor is not broken or self.restarts >= MAX_RESTARTS:
                return  # replaced by another task already, or given up on
            broken.shutdown(wait=False, cancel_futures=True)
            self.restarts += 1
            self._executor = self._start("forkserver")

    @classmethod
    def acquire(cls, workers: int, options: CleaningOptions) -> WorkerPool:
        """This process's pool for these options, started on first use; `release` it."""
        with cls._lock:
            pool = cls._open.get((workers, options))
            if pool is None:
                pool = cls._open[(workers, options)] = WorkerPool(workers, options)
            pool._users += 1
            return pool

    def release(self) -> None:
        """Drop one use; the last one shuts the workers down."""
        with self._lock:
            self._users -= 1
            if self._users > 0:
                return
            if self._open.get((self.workers, self.options)) is self:
                del self._open[(self.workers, self.options)]
        self.close()

    async def run(self, fn: Callable[..., T], *args: Any) -> T:
        for attempt in (1, 2):
            ready, executor = self._ready, self._executor
            if not ready.done():
                await asyncio.wrap_future(ready)
            if executor is None:
                return fn(*args)
            try:
                return await asyncio.wrap_future(executor.submit(fn, *args))
            except BrokenProcessPool:
                if attempt == 2:
                    raise
                self._replace(executor)
        raise AssertionError("unreachable")

    def close(self) -> None:
        wait([self._ready], STARTUP_TIMEOUT_S)  # shutting down mid-spawn breaks the pool
        if self._executor is not None:
            self._executor.shutdown(wait=True, cancel_futures=True)
            self._executor = None
