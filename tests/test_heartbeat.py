"""The scheduler's heartbeat and the outlets the database knows (storage.heartbeat), on a
real SQLite file and a real PostgreSQL."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from storage.db import Database
from storage.heartbeat import beat, crawled_outlets, scheduler_state, stopped
from storage.models import Article, CrawlRun

T0 = datetime(2026, 12, 1, 6, 0, tzinfo=UTC)


def test_alive_stale_and_stopped(db_url: str) -> None:
    db = Database(db_url)
    with db.begin() as s:
        assert scheduler_state(s, 60, T0).holder is None
        beat(s, "host:1", T0)
        s.add(CrawlRun(trigger="scheduled", started_at=T0 + timedelta(seconds=5),
                       status="completed", outlets={"a": {}}, errors={}))
        s.add(CrawlRun(trigger="manual", started_at=T0 + timedelta(seconds=9),
                       status="failed", outlets={"b": {}}, errors={}))
    with db.begin() as s:
        beat(s, "host:1", T0 + timedelta(seconds=60))
    with db.begin() as s:
        state = scheduler_state(s, 60, T0 + timedelta(seconds=200))
        assert state.alive and state.started_at == T0
        assert (state.last_run_at, state.last_run_status) == (T0 + timedelta(seconds=5),
                                                              "completed")
        assert not scheduler_state(s, 60, T0 + timedelta(seconds=241)).alive  # 3 beats missed
        stopped(s, "host:1", T0 + timedelta(seconds=70))
    with db.begin() as s:
        state = scheduler_state(s, 60, T0 + timedelta(seconds=80))
        assert not state.alive and state.stopped_at == T0 + timedelta(seconds=70)
        s.add(Article(url="https://c.org/1", outlet="c", text="t", raw_html=b"",
                      extractor_version="t"))
    with db.begin() as s:
        assert crawled_outlets(s) == {"a", "b", "c"}
