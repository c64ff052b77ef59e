"""Crawl jobs on Celery workers (newsmon.jobs): real `newsmon worker` processes, a real broker
(Redis, RabbitMQ), real PostgreSQL and SQLite, a loopback web of six outlets."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from bench.outlets_site import OutletsSite
from config.model import load_config
from storage.db import Database
from tests.sitecrawl import REPO, newsmon

REDIS_DB = 11  # this module's Redis database number; flushed before and after
REDIS_URL = f"redis://127.0.0.1:6379/{REDIS_DB}"
AMQP_URL = "amqp://guest:guest@127.0.0.1:5672//"
WAIT_S = 240


def _broker_or_skip(url: str) -> None:
    from kombu import Connection

    try:
        with Connection(url, connect_timeout=3) as conn:
            conn.ensure_connection(max_retries=1)
    except Exception as exc:  # noqa: BLE001 - any failure means "no broker here"
        if os.environ.get("CI"):
            raise
        pytest.skip(f"broker {url} unreachable ({exc}) and CI is unset")


@pytest.fixture
def redis_broker() -> Iterator[str]:
    _broker_or_skip(REDIS_URL)
    import redis

    client = redis.Redis(db=REDIS_DB)
    client.flushdb()
    yield REDIS_URL
    client.flushdb()


@pytest.fixture
def amqp_broker() -> Iterator[str]:
    _broker_or_skip(AMQP_URL)
    yield AMQP_URL


@contextmanager
def workers(broker: str, db_url: str, outlets: Path, queue: str, names: list[str],
            log_dir: Path) -> Iterator[dict[str, subprocess.Popen[bytes]]]:
    """`newsmon worker` processes, one job at a time each; stopped (SIGKILL) afterwards."""
    procs: dict[str, subprocess.Popen[bytes]] = {}
    try:
        for name in names:
            log = (log_dir / f"{name}.log").open("wb")
            procs[name] = subprocess.Popen(
                [sys.executable, "-m", "newsmon", "worker", "--broker", broker, "--db", db_url,
                 "--outlets", str(outlets), "--queue", queue, "--name", name,
                 "--concurrency", "1", "--lock-wait-seconds", "20"],
                cwd=REPO, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
        yield procs
    finally:
        for proc in procs.values():
            if proc.poll() is None:
                os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(timeout=30)


def _rows(db_url: str, sql: str) -> list[tuple]:
    engine = create_engine(db_url)
    try:
        with engine.connect() as conn:
            return [tuple(r) for r in conn.execute(text(sql))]
    finally:
        engine.dispose()


def _wait_until(predicate, timeout_s: float, what: str) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(0.3)
    raise AssertionError(f"timed out waiting for {what}")


def _children_of(pid: int) -> list[int]:
    """Processes started with $NEWSMON_PARENT_PID = pid (the crawl children of a worker)."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            environ = (entry / "environ").read_bytes().split(b"\0")
        except OSError:
            continue
        if f"NEWSMON_PARENT_PID={pid}".encode() in environ:
            found.append(int(entry.name))
    return found


def _assert_every_story_once(db_url: str, site: OutletsSite) -> None:
    urls = [r[0] for r in _rows(db_url, "SELECT url FROM articles")]
    expected = {site.base_url + p for p in site.article_paths()}
    assert sorted(urls) == sorted(expected)  # every article, none twice


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_jobs_spread_over_two_workers_and_report_per_outlet(
        backend: str, redis_broker: str, tmp_path: Path,
        request: pytest.FixtureRequest) -> None:
    db_url = str(request.getfixturevalue("sqlite_url" if backend == "sqlite" else "pg_url"))
    queue = f"newsmon-test-{uuid.uuid4().hex[:8]}"
    with OutletsSite(outlets=6, articles=5) as site:
        outlets = tmp_path / "outlets.toml"
        outlets.write_text(site.outlets_toml(download_delay=0.3), encoding="utf-8")
        Database(db_url).dispose()  # the schema, before two workers open it
        with workers(redis_broker, db_url, outlets, queue, ["w1@test", "w2@test"], tmp_path):
            done = newsmon("crawl", "--broker", redis_broker, "--queue", queue,
                           "--outlets", str(outlets), timeout=WAIT_S + 30)
            status = newsmon("status", "--db", db_url, "--outlets", str(outlets),
                             "--broker", redis_broker, "--queue", queue)
        assert done.returncode == 0, done.stderr
        for name in site.names():
            assert f"{name} " in done.stdout and "completed" in done.stdout
        runs = _rows(db_url, "SELECT worker, status, trigger, exit_code FROM crawl_runs")
        assert len(runs) == 6
        assert {r[1] for r in runs} == {"completed"} and {r[2] for r in runs} == {"worker"}
        assert {r[3] for r in runs} == {0}
        assert {r[0] for r in runs} == {"w1@test", "w2@test"}  # both took jobs
        _assert_every_story_once(db_url, site)
        assert status.returncode == 0, status.stderr
        assert "crawl jobs queued on the broker: 0" in status.stdout
        assert "worker w1@test: 0 running" in status.stdout


def test_a_killed_workers_job_reruns_on_another_and_stores_nothing_twice(
        amqp_broker: str, pg_url: str, tmp_path: Path) -> None:
    queue = f"newsmon-test-{uuid.uuid4().hex[:8]}"
    with OutletsSite(outlets=6, articles=8) as site:
        outlets = tmp_path / "outlets.toml"
        # 8 articles at 0.5 s apart: every job crawls for several seconds
        outlets.write_text(site.outlets_toml(download_delay=0.5), encoding="utf-8")
        Database(pg_url).dispose()  # the schema, before two workers open it
        with workers(amqp_broker, pg_url, outlets, queue, ["w1@test", "w2@test"],
                     tmp_path) as procs:
            enqueuer = subprocess.Popen(
                [sys.executable, "-m", "newsmon", "crawl", "--broker", amqp_broker,
                 "--queue", queue, "--outlets", str(outlets)],
                cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
            _wait_until(lambda: _running_on(pg_url, "w1@test"), WAIT_S, "w1 to start a job")
            time.sleep(2.0)  # mid-crawl: each crawl takes 4 s or more (8 pages, 0.5 s apart)
            killed_job = _rows(pg_url, "SELECT job_id FROM crawl_runs WHERE status = 'running' "
                                       "AND worker = 'w1@test'")[0][0]
            crawl_children = _children_of(procs["w1@test"].pid)
            assert crawl_children, "the job's crawl runs in a child process"
            procs["w1@test"].send_signal(signal.SIGKILL)  # the worker process only
            out, err = enqueuer.communicate(timeout=WAIT_S + 30)
        assert enqueuer.returncode == 0, err
        runs = _rows(pg_url, "SELECT job_id, worker, status, errors FROM crawl_runs "
                             "ORDER BY id")
        reran = [r for r in runs if r[0] == killed_job]
        assert [r[1] for r in reran] == ["w1@test", "w2@test"]
        assert reran[1][2] == "completed"
        # The killed worker's crawl child gets SIGTERM as its parent dies (newsmon.lifetime)
        # and may record its own run `interrupted` before it exits; if it is gone first, the
        # run is closed `failed` by the rerun (worker_lost) or by any process that opened the
        # database after it died (process_died, storage.liveness).
        status, errors = reran[0][2], set(reran[0][3])
        assert (status == "interrupted" and "interrupted" in errors) or (
            status == "failed" and {"worker_lost", "process_died"} & errors), reran[0]
        completed = {r[0] for r in runs if r[2] == "completed"}
        assert len(completed) == 6  # every outlet's job ended with a completed run
        _assert_every_story_once(pg_url, site)
        for pid in crawl_children:  # the dead worker's crawl ended with it
            assert not Path(f"/proc/{pid}").exists() or _is_zombie(pid)


def _running_on(db_url: str, worker: str) -> bool:
    return bool(_rows(db_url, "SELECT count(*) FROM crawl_runs WHERE status = 'running' "
                              f"AND worker = '{worker}'")[0][0])


def _is_zombie(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().split()[2] == "Z"
    except OSError:
        return True


def test_worker_refuses_a_bad_broker_url_in_one_line(tmp_path: Path, sqlite_url: str) -> None:
    result = newsmon("crawl", "--broker", "redis://127.0.0.1:1/0", "--outlets",
                     str(REPO / "seeds" / "outlets.toml"), "--wait-minutes", "0.1", timeout=120)
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert result.stderr.strip().splitlines()[-1].startswith("newsmon: error: cannot enqueue")


def test_schedule_with_a_broker_enqueues_one_job_per_outlet(redis_broker: str, sqlite_url: str,
                                                            tmp_path: Path) -> None:
    import scheduler

    queue = f"newsmon-test-{uuid.uuid4().hex[:8]}"
    with OutletsSite(outlets=3, articles=1) as site:
        outlets = tmp_path / "outlets.toml"
        outlets.write_text(site.outlets_toml(), encoding="utf-8")
        Database(sqlite_url).dispose()
        plan = scheduler.plan_schedule(
            load_config(str(outlets)), sqlite_url, str(outlets),
            options=scheduler.CrawlOptions(broker_url=redis_broker, queue=queue))
        job = _planned_job(plan)
        status = job.func(*job.args)  # what APScheduler runs at the due time
        shown = newsmon("status", "--db", sqlite_url, "--outlets", str(outlets),
                        "--broker", redis_broker, "--queue", queue)
    assert job.func_ref == scheduler.ENQUEUE_FUNC and status == "enqueued"
    assert "crawl jobs queued on the broker: 3" in shown.stdout, shown.stderr
    assert sum(site.hits.values()) == 0  # nothing crawled here: workers will


def _planned_job(plan):  # type: ignore[no-untyped-def]
    """The one job `sync_jobs` stores for `plan`, as APScheduler would run it."""
    import scheduler

    db = Database(plan.db_url)
    store = scheduler.make_scheduler(db)
    store.start(paused=True)
    try:
        scheduler.sync_jobs(store, plan)
        (job,) = store.get_jobs()
        return job
    finally:
        scheduler.stop_scheduler(store, wait=False)
        db.dispose()
