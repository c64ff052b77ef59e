"""The worker pool: one per process and options, every worker started up front, one task
per page (cleaning, topics and mentions), and the start method chosen for safety."""

from __future__ import annotations

import asyncio
import os
import signal
import threading
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

import pytest

from pipelines.cleaning import FULL_PASS_BELOW, CleanedArticle, Cleaner, CleaningOptions
from pipelines.items import FetchedPage
from pipelines.workers import (
    WARM_UP_PAGE,
    WARM_UP_URL,
    WorkerPool,
    page_in_worker,
    start_method,
    warm_up,
)

STORY = " ".join(f"Sentence {i}: shelling killed 14 soldiers near the front line, officials said."
                 for i in range(12))
PAGE = (f"<html><head><title>Front line</title></head><body><nav>Home</nav><article>"
        f"<h1>Front line</h1><p>{STORY}</p></article></body></html>").encode()
OPTIONS = CleaningOptions(topics=(("war", ("front line",)),))
FETCHED = FetchedPage(url="http://127.0.0.1/a.html", fetched_url="http://127.0.0.1/a.html",
                      outlet="o", body=PAGE, encoding="utf-8", status=200, discovered_via="rss")

pytestmark = pytest.mark.timeout(120)


def test_one_pool_per_options_shared_and_reference_counted() -> None:
    first = WorkerPool.acquire(0, OPTIONS)
    second = WorkerPool.acquire(0, OPTIONS)
    other = WorkerPool.acquire(0, CleaningOptions(min_text_chars=10))
    try:
        assert first is second and other is not first
    finally:
        other.release()
    second.release()
    assert WorkerPool.acquire(0, OPTIONS) is first  # still held by `first`
    first.release()
    first.release()
    fresh = WorkerPool.acquire(0, OPTIONS)
    try:
        assert fresh is not first  # the last release closed it
    finally:
        fresh.release()


def test_every_worker_starts_up_front_and_one_task_does_the_whole_page() -> None:
    pool = WorkerPool.acquire(2, OPTIONS)
    try:
        async def go() -> tuple[list[int], CleanedArticle]:
            article = await pool.run(page_in_worker, FETCHED, True)
            pids = await asyncio.gather(*(pool.run(os.getpid) for _ in range(8)))
            assert isinstance(article, CleanedArticle)
            return list(pids), article

        pids, article = asyncio.run(go())
        assert os.getpid() not in pids
        executor = pool._executor
        assert executor is not None and len(executor._processes) == 2  # type: ignore[attr-defined]
        assert article.topics == ["war"]
        assert article.mentions and article.mentions[0]["category"] == "killed"
        assert article.mentions[0]["low"] == 14
    finally:
        pool.release()


def test_fork_only_when_no_other_thread_runs() -> None:
    stop = threading.Event()
    helper = threading.Thread(target=stop.wait, daemon=True)
    helper.start()
    try:
        assert start_method() == "forkserver"
    finally:
        stop.set()
        helper.join()
    if threading.active_count() == 1 and Path("/proc").is_dir():
        assert start_method() == "fork"


def test_workers_ignore_ctrl_c_so_a_graceful_shutdown_can_finish_their_pages() -> None:
    pool = WorkerPool.acquire(2, OPTIONS)
    try:
        async def go() -> CleanedArticle:
            pids = set(await asyncio.gather(*(pool.run(os.getpid) for _ in range(4))))
            for pid in pids:
                os.kill(pid, signal.SIGINT)  # what a terminal's Ctrl-C sends to the group
            await asyncio.sleep(0.2)
            result = await pool.run(page_in_worker, FETCHED, True)
            assert isinstance(result, CleanedArticle)
            return result

        assert asyncio.run(go()).topics == ["war"]
    finally:
        pool.release()


def crash_on(value: str) -> str:
    """A task that kills its worker process when asked to (as a parser crash would)."""
    if value == "crash":
        os._exit(1)
    return value


def test_a_dead_worker_is_replaced_and_the_page_that_killed_it_fails_alone() -> None:
    pool = WorkerPool.acquire(2, OPTIONS)
    try:
        async def go() -> list[str]:
            with pytest.raises(BrokenProcessPool):
                await pool.run(crash_on, "crash")  # kills a worker, then its replacement's
            return list(await asyncio.gather(*(pool.run(crash_on, f"page {i}")
                                               for i in range(6))))

        assert asyncio.run(go()) == [f"page {i}" for i in range(6)]
        assert pool.restarts == 2  # one per crash; the third executor serves the rest
    finally:
        pool.release()


def test_the_warm_up_page_takes_every_path_of_a_page() -> None:
    """It is an article (metadata, text), short enough for the full pass, with mentions."""
    cleaner = Cleaner(CleaningOptions())
    article = cleaner.clean(WARM_UP_PAGE, WARM_UP_URL, "warm-up")
    assert isinstance(article, CleanedArticle)
    assert article.title == "Warm-up story" and article.author == "Jane Doe"
    assert article.published_at is not None and len(article.text) < FULL_PASS_BELOW
    assert warm_up(cleaner) >= 4
