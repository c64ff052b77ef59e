"""Stories stored per second by one `newsmon worker` against two, in one run.

    python bench/bench_workers.py [--outlets 8] [--articles 15] [--delay 0.25] [--runs 1]

A loopback web of OUTLETS outlets (bench/outlets_site.py) is crawled through Redis
(127.0.0.1:6379, database 12, flushed before and after) into a fresh PostgreSQL database (127.0.0.1:5432,
dropped afterwards), once with one worker and once with two, each worker taking one job at
a time with one cleaning process (`clean_workers = 1`). The outlets are polite, as real ones
are: `download_delay` DELAY seconds between requests to one outlet. The clock runs from
enqueueing the jobs to the last job's result; workers are started and ready before. Printed:
stories stored per second for each, and their ratio (the target is >= 1.6x on 2 cores), plus
the sizing figure (pages per day per worker) that README's deployment table uses.
"""

from __future__ import annotations

import argparse
import os
import signal
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.outlets_site import OutletsSite  # noqa: E402
from newsmon.jobs import enqueue, make_app, wait_for  # noqa: E402

REDIS_URL = "redis://127.0.0.1:6379/12"
PG_ADMIN = "host=127.0.0.1 port=5432 user=postgres dbname=test connect_timeout=3"
READY_TIMEOUT_S = 120


def main() -> None:
    args = parse_args()
    with OutletsSite(outlets=args.outlets, articles=args.articles) as site, \
            tempfile.TemporaryDirectory() as tmp:
        outlets = Path(tmp) / "outlets.toml"
        outlets.write_text(site.outlets_toml(download_delay=args.delay), encoding="utf-8")
        for run in range(args.runs):
            one = measure(site, outlets, 1, Path(tmp))
            two = measure(site, outlets, 2, Path(tmp))
            print(f"run {run + 1}: 1 worker {one:.2f} stories/s; 2 workers {two:.2f} stories/s;"
                  f" ratio {two / one:.2f}x (target >= 1.6x)")
            print(f"  sizing: {one * 86400:,.0f} pages/day per worker at download_delay "
                  f"{args.delay:g} s ({args.outlets} outlets x {args.articles} stories)")


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--outlets", type=int, default=8)
    parser.add_argument("--articles", type=int, default=15)
    parser.add_argument("--delay", type=float, default=0.25)
    parser.add_argument("--runs", type=int, default=1)
    return parser.parse_args()


def measure(site: OutletsSite, outlets: Path, workers: int, tmp: Path) -> float:
    """Stories stored per second with `workers` workers, into a fresh database."""
    import psycopg
    import redis

    redis.Redis.from_url(REDIS_URL).flushdb()
    name = f"newsmon_bench_{uuid.uuid4().hex[:8]}"
    admin = psycopg.connect(PG_ADMIN, autocommit=True)
    admin.execute(f'CREATE DATABASE "{name}"')
    db_url = f"postgresql+psycopg://postgres@127.0.0.1:5432/{name}"
    procs: list[subprocess.Popen[bytes]] = []
    try:
        from storage.db import Database

        Database(db_url).dispose()
        queue = f"bench-{uuid.uuid4().hex[:6]}"
        procs = [start_worker(db_url, outlets, queue, f"bench{k}@local", tmp)
                 for k in range(workers)]
        wait_ready(queue, workers)
        started = time.perf_counter()
        results = wait_for(enqueue(REDIS_URL, site.names(), queue), timeout_s=1800)
        elapsed = time.perf_counter() - started
        stored = sum(int(r.summary.get("stored") or 0) for r in results.values())
        bad = [r.outlet for r in results.values() if r.status != "completed"]
        if bad or stored != len(site.article_paths()):
            raise SystemExit(f"not every job completed ({bad}) or stories missing ({stored})")
        return stored / elapsed
    finally:
        for proc in procs:
            os.killpg(proc.pid, signal.SIGTERM)
        for proc in procs:
            proc.wait(timeout=60)
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.close()
        redis.Redis.from_url(REDIS_URL).flushdb()   # the jobs' results and queues go too


def start_worker(db_url: str, outlets: Path, queue: str, name: str,
                 tmp: Path) -> subprocess.Popen[bytes]:
    log = (tmp / f"{name}.log").open("wb")
    return subprocess.Popen(
        [sys.executable, "-m", "newsmon", "worker", "--broker", REDIS_URL, "--db", db_url,
         "--outlets", str(outlets), "--queue", queue, "--name", name, "--concurrency", "1",
         "--log-level", "WARNING"],
        cwd=ROOT, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)


def wait_ready(queue: str, workers: int) -> None:
    app = make_app(REDIS_URL, queue)
    deadline = time.monotonic() + READY_TIMEOUT_S
    while time.monotonic() < deadline:
        if len(app.control.ping(timeout=1.0) or []) >= workers:
            return
    raise SystemExit(f"{workers} worker(s) not ready after {READY_TIMEOUT_S} s")


if __name__ == "__main__":
    main()
