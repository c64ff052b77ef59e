"""Benchmark: the whole pipeline against bare trafilatura, on the real-page corpus.

    python bench/bench_pipeline.py [--runs N] [--workers 2] [--set KEY=VALUE] [--profile]

1. Serves ../shared/corpus/article-extraction-benchmark on 127.0.0.1
   (`bench.corpus_site.CorpusSite`).
2. Crawls it once through the whole pipeline (fetch, clean, topics, casualty
   extraction, store into a fresh temporary SQLite file) with `run_crawl`, in a
   child process (the Twisted reactor cannot restart). The child times the crawl
   from the engine's start to its stop, so process start-up and imports are
   excluded. `run_crawl` starts the worker pool first, as `newsmon crawl` does, so
   the pool's start-up overlaps Scrapy's set-up; what is left of it counts.
3. Times bare `trafilatura.extract(html)` (defaults, one process) on the same pages,
   just before and just after the crawl, and compares with the mean of both.

Prints both rates and their ratio against the target, where the crawl's main
process spent CPU (event loop, storage thread, pool threads), and the CPU time per
stored page in the main process and in the workers (their `getrusage`, as children
of the crawl process), next to bare extract's time per page; asserts nothing. On a
2-core machine the ratio cannot exceed 2 x (extract's time per page) / (the
pipeline's CPU per page), whatever the scheduling. `--runs N` repeats both and adds medians (the figures move with the
machine's load). `--set KEY=VALUE` passes a Scrapy setting to the crawl.
`--profile` runs the crawl under cProfile (CPU time of the event-loop thread from the
engine's start to its stop).
"""

from __future__ import annotations

import argparse
import cProfile
import json
import logging
import os
import pstats
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:  # run as a script (`python bench/bench_pipeline.py`)
    sys.path.insert(0, str(REPO))

from bench.corpus_site import CorpusSite, corpus_pages  # noqa: E402

TARGET_RATIO = 1.5
MAX_RUNS = 20
CHILD_TIMEOUT_S = 600
TIMINGS_SETTING = "BENCH_TIMINGS_FILE"
PROFILE_SETTING = "BENCH_PROFILE_FILE"
PROFILE_LINES = 30
THREAD_SAMPLE_EVERY = 10  # items between samples of per-thread CPU (threads may end early)
MAX_THREADS = 200
STDERR_TAIL_CHARS = 4000
QUIET_LOGGERS = ("trafilatura", "htmldate", "courlan", "justext", "readability")


# -- child: one crawl, timed from engine start to engine stop ----------------------
class CrawlTimer:
    """Scrapy extension: writes engine start/stop and first/last item times to a JSON file."""

    def __init__(self, path: str, profile_path: str | None = None) -> None:
        self.path = path
        self.profile_path = profile_path
        # CPU time of the event-loop thread while the engine runs (not imports, not set-up)
        self.profiler = cProfile.Profile(time.thread_time) if profile_path else None
        self.marks: dict[str, float] = {}
        self.items = 0
        self.cpu_started = time.process_time()
        self.loop_cpu_started = time.thread_time()
        self.thread_cpu_started = thread_cpu_seconds()
        self.thread_cpu: dict[str, float] = {}

    @classmethod
    def from_crawler(cls, crawler: Any) -> CrawlTimer:
        from scrapy import signals
        from scrapy.exceptions import NotConfigured

        path = crawler.settings.get(TIMINGS_SETTING)
        if not path:
            raise NotConfigured(f"{TIMINGS_SETTING} is not set")
        timer = cls(path, crawler.settings.get(PROFILE_SETTING))
        crawler.signals.connect(timer.engine_started, signal=signals.engine_started)
        crawler.signals.connect(timer.response_received, signal=signals.response_received)
        crawler.signals.connect(timer.item_scraped, signal=signals.item_scraped)
        crawler.signals.connect(timer.engine_stopped, signal=signals.engine_stopped)
        return timer

    def engine_started(self) -> None:
        self.marks["engine_started"] = time.perf_counter()
        self.cpu_started = time.process_time()
        self.loop_cpu_started = time.thread_time()
        self.thread_cpu_started = thread_cpu_seconds()
        if self.profiler is not None:
            self.profiler.enable()

    def response_received(self) -> None:
        now = time.perf_counter()
        self.marks.setdefault("first_response", now)
        self.marks["last_response"] = now

    def item_scraped(self) -> None:
        now = time.perf_counter()
        self.marks.setdefault("first_item", now)
        self.marks["last_item"] = now
        self.items += 1
        if self.items % THREAD_SAMPLE_EVERY == 0:
            self.thread_cpu.update(thread_cpu_seconds())

    def engine_stopped(self) -> None:
        self.marks["engine_stopped"] = time.perf_counter()
        if self.profiler is not None and self.profile_path:
            self.profiler.disable()
            self.profiler.dump_stats(self.profile_path)
        start = self.marks.get("engine_started", self.marks["engine_stopped"])
        relative = {k: v - start for k, v in self.marks.items()}
        cpu = time.process_time() - self.cpu_started  # this process, every thread
        loop_cpu = time.thread_time() - self.loop_cpu_started  # the event-loop thread
        self.thread_cpu.update(thread_cpu_seconds())
        threads = {name: round(seconds - self.thread_cpu_started.get(name, 0.0), 2)
                   for name, seconds in self.thread_cpu.items()}
        Path(self.path).write_text(json.dumps({**relative, "items": self.items, "main_cpu": cpu,
                                               "loop_cpu": loop_cpu, "threads": threads}))


def thread_cpu_seconds() -> dict[str, float]:
    """CPU seconds of this process's live threads, summed by name (Linux /proc; else {})."""
    totals: dict[str, float] = {}
    if not Path("/proc/self/task").is_dir():
        return totals
    ticks = os.sysconf("SC_CLK_TCK")
    for thread in threading.enumerate()[:MAX_THREADS]:
        stat = Path(f"/proc/self/task/{thread.native_id}/stat")
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue  # the thread ended meanwhile
        name = re.sub(r"_\d+$|-\d+.*$", "", thread.name)
        totals[name] = totals.get(name, 0.0) + (int(fields[11]) + int(fields[12])) / ticks
    return totals


def bench_overrides(timings_file: str, concurrency: int) -> dict[str, Any]:
    from crawler import settings as project_settings

    return {
        "CONCURRENT_REQUESTS": concurrency,
        "CONCURRENT_REQUESTS_PER_DOMAIN": concurrency,
        "DOWNLOAD_DELAY": 0,
        "AUTOTHROTTLE_ENABLED": False,
        "LOG_LEVEL": "WARNING",
        "EXTENSIONS": {**project_settings.EXTENSIONS, "bench.bench_pipeline.CrawlTimer": 900},
        TIMINGS_SETTING: timings_file,
    }


def parse_settings(pairs: list[str]) -> dict[str, Any]:
    """`KEY=VALUE` Scrapy settings; a VALUE that parses as JSON is taken as JSON."""
    settings: dict[str, Any] = {}
    for pair in pairs:
        key, _, value = pair.partition("=")
        try:
            settings[key] = json.loads(value)
        except json.JSONDecodeError:
            settings[key] = value
    return settings


def child_main(args: argparse.Namespace) -> int:
    from config.model import Config, CrawlSettings, Outlet, Topic
    from newsmon.runner import crawl_settings, run_crawl, started_workers
    from storage.db import Database

    config = Config(
        crawl=CrawlSettings(download_delay=0, autothrottle=False, concurrency_per_domain=16,
                            clean_workers=args.workers),
        topic=[Topic(name="conflict", keywords=["killed", "wounded", "war", "attack"])],
        outlet=[Outlet(name="corpus", sitemaps=[args.sitemap])],
    )
    overrides = {**bench_overrides(args.timings, args.concurrency), **parse_settings(args.set)}
    # CPU time of the event-loop thread: waiting on sockets and workers does not count.
    if args.profile:
        overrides[PROFILE_SETTING] = args.profile
    with started_workers(crawl_settings(config, args.db, None, overrides)):
        db = Database(args.db)  # after the workers start (pipelines.workers)
        result = run_crawl(config, config.outlet, db, None, trigger="bench", overrides=overrides)
    db.dispose()
    summary = result.summaries.get("corpus", {})
    timings = json.loads(Path(args.timings).read_text()) if Path(args.timings).exists() else {}
    # The worker processes have ended (run_crawl shuts the pool down): their CPU time, when
    # they were this process's children (forked; a forkserver's are not counted here).
    workers = resource.getrusage(resource.RUSAGE_CHILDREN)
    timings["workers_cpu"] = workers.ru_utime + workers.ru_stime
    timings["workers_sys"] = workers.ru_stime
    Path(args.timings).write_text(json.dumps({**timings, "summary": summary}, default=str))
    return 0


# -- parent: serve, crawl in a child, time bare trafilatura ------------------------
def run_child(args: argparse.Namespace, sitemap: str, db_url: str,
              workdir: Path) -> dict[str, Any]:
    timings = workdir / "timings.json"
    command = [sys.executable, "-m", "bench.bench_pipeline", "--child", "--sitemap", sitemap,
               "--db", db_url, "--timings", str(timings), "--workers", str(args.workers),
               "--concurrency", str(args.concurrency)]
    command += [f"--set={pair}" for pair in args.set]
    if args.profile:
        command += ["--profile", str(workdir / "child.prof")]
    done = subprocess.run(command, cwd=REPO, capture_output=True, text=True,
                          timeout=CHILD_TIMEOUT_S, check=False)
    if done.returncode != 0 or not timings.exists():
        raise RuntimeError(f"crawl child failed (exit {done.returncode}):\n"
                           f"{done.stderr[-STDERR_TAIL_CHARS:]}")
    result: dict[str, Any] = json.loads(timings.read_text())
    return result


def stored_count(db_url: str) -> int:
    from sqlalchemy import func, select

    from storage.db import Database
    from storage.models import Article

    db = Database(db_url, migrate=False)  # only reads what the crawl wrote
    try:
        with db.begin() as session:
            return int(session.scalar(select(func.count()).select_from(Article)) or 0)
    finally:
        db.dispose()


def extract_rate(pages: list[tuple[str, bytes]]) -> float:
    """Pages per second of bare `trafilatura.extract(html)` (defaults) in this process."""
    import trafilatura

    for name in QUIET_LOGGERS:  # as the cleaning stage does: their ERROR lines are noise here
        logging.getLogger(name).setLevel(logging.CRITICAL)
    trafilatura.extract(pages[0][1])  # warm-up: imports and lazy tables
    start = time.perf_counter()
    for _page_id, html in pages:
        trafilatura.extract(html)
    return len(pages) / (time.perf_counter() - start)


def print_profile(path: Path) -> None:
    print(f"\n-- crawl main thread CPU, top {PROFILE_LINES} by cumulative time --")
    pstats.Stats(str(path), stream=sys.stdout).sort_stats("cumulative").print_stats(PROFILE_LINES)
    print(f"-- top {PROFILE_LINES} by own time --")
    pstats.Stats(str(path), stream=sys.stdout).sort_stats("tottime").print_stats(PROFILE_LINES)


def report(timings: dict[str, Any], stored: int, extract_pages_s: float,
           pages: int) -> tuple[float, float]:
    """Print one run's figures; return (pipeline pages/s, ratio)."""
    crawl_s = float(timings["engine_stopped"])
    pipeline_pages_s = stored / crawl_s if crawl_s > 0 else 0.0
    ratio = pipeline_pages_s / extract_pages_s if extract_pages_s > 0 else 0.0
    print(f"pipeline: {pipeline_pages_s:.1f} pages/s ({stored} stored) | "
          f"trafilatura.extract alone: {extract_pages_s:.1f} pages/s | "
          f"ratio {ratio:.2f}x (target >= {TARGET_RATIO}x)")
    summary = timings.get("summary", {})
    first, last = timings.get("first_item", 0.0), timings.get("last_item", 0.0)
    steady = (stored - 1) / (last - first) if last > first else float("nan")
    print(f"  responses from {timings.get('first_response', 0.0):.2f} s to "
          f"{timings.get('last_response', 0.0):.2f} s")
    print(f"  crawl {crawl_s:.2f} s from engine start to stop; first item stored at "
          f"{first:.2f} s, last at {last:.2f} s ({steady:.1f} pages/s in between); "
          f"{pages} pages served; fetched {summary.get('fetched')}, "
          f"dropped {summary.get('dropped')}, errors {summary.get('errors')}")
    print(f"  crawl main process: {timings.get('main_cpu', float('nan')):.2f} s CPU, of which "
          f"the event loop {timings.get('loop_cpu', float('nan')):.2f} s (the rest: storage "
          f"and worker-pool threads; cleaning and casualties run in the workers)")
    print(f"  main-process CPU by thread: {timings.get('threads')}; the corpus site (this "
          f"process) used {timings.get('server_cpu', float('nan')):.2f} s CPU")
    main_cpu, workers_cpu = timings.get("main_cpu", 0.0), timings.get("workers_cpu", 0.0)
    if stored and workers_cpu:
        print(f"  CPU per stored page: {1000 * main_cpu / stored:.1f} ms in the crawl's main "
              f"process + {1000 * workers_cpu / stored:.1f} ms in its workers = "
              f"{1000 * (main_cpu + workers_cpu) / stored:.1f} ms (workers' system time "
              f"{1000 * timings.get('workers_sys', 0.0) / stored:.1f} ms); bare extract "
              f"{1000 / extract_pages_s:.1f} ms")
    return pipeline_pages_s, ratio


def one_run(args: argparse.Namespace, pages: list[tuple[str, bytes]], site: CorpusSite,
            workdir: Path) -> tuple[float, float, float]:
    """Time bare extract, crawl into a fresh database, time bare extract again; the
    baseline is the mean of both timings, so a machine that speeds up or slows down
    during the run biases the ratio less. Returns (pipeline, extract, ratio)."""
    before = extract_rate(pages)
    workdir.mkdir()
    db_url = f"sqlite:///{workdir / 'bench.db'}"
    server_cpu = time.process_time()  # this process only serves pages while the child crawls
    timings = run_child(args, site.sitemap_url, db_url, workdir)
    timings["server_cpu"] = time.process_time() - server_cpu
    after = extract_rate(pages)
    extract_pages_s = 2 / (1 / before + 1 / after)  # pages over the mean time per page
    print(f"  bare extract: {before:.1f} pages/s before the crawl, {after:.1f} after")
    pipeline_pages_s, ratio = report(timings, stored_count(db_url), extract_pages_s, len(pages))
    if args.profile:
        print_profile(workdir / "child.prof")
    return pipeline_pages_s, extract_pages_s, ratio


def machine_load() -> str:
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    return f"{os.cpu_count()} CPUs, 1-minute load average {load:.1f}"


def parent_main(args: argparse.Namespace) -> int:
    pages = corpus_pages()
    print(f"before: {machine_load()} (other work on the machine skews every figure)")
    results = []
    with tempfile.TemporaryDirectory(prefix="newsmon-bench-") as tmp, \
            CorpusSite(pages=pages) as site:
        for run in range(args.runs):
            results.append(one_run(args, pages, site, Path(tmp) / f"run{run}"))
    print(f"after: {machine_load()}")
    if len(results) > 1:
        pipeline, extract, ratio = (statistics.median(column) for column in zip(*results, strict=True))
        print(f"median of {len(results)} runs: pipeline {pipeline:.1f} pages/s | "
              f"trafilatura.extract alone: {extract:.1f} pages/s | ratio {ratio:.2f}x "
              f"(target >= {TARGET_RATIO}x)")
    return 0


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--workers", type=int, default=2, help="clean_workers (default 2)")
    parser.add_argument("--concurrency", type=int, default=32,
                        help="CONCURRENT_REQUESTS and per-domain (default 32)")
    parser.add_argument("--runs", type=int, default=1,
                        help="repeat extract timing + crawl this many times (default 1)")
    parser.add_argument("--set", action="append", default=[], metavar="KEY=VALUE",
                        help="extra Scrapy setting for the crawl (repeatable)")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--sitemap", help=argparse.SUPPRESS)
    parser.add_argument("--db", help=argparse.SUPPRESS)
    parser.add_argument("--timings", help=argparse.SUPPRESS)
    parser.add_argument("--profile", nargs="?", const="1", default=None,
                        help="profile the crawl's main process with cProfile")
    args = parser.parse_args(argv)
    if not 0 <= args.workers <= 32 or not 1 <= args.concurrency <= 256 \
            or not 1 <= args.runs <= MAX_RUNS:
        parser.error(f"--workers must be 0-32, --concurrency 1-256, --runs 1-{MAX_RUNS}")
    if args.child and not (args.sitemap and args.db and args.timings):
        parser.error("--child needs --sitemap, --db and --timings")
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    return child_main(args) if args.child else parent_main(args)


if __name__ == "__main__":
    raise SystemExit(main())
