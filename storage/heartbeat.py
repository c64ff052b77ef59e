"""The scheduler's heartbeat: a row it rewrites every `interval` seconds while it runs, so
`newsmon status` (any process, any machine on the same database) can tell whether a
scheduler is alive and when it last ran a crawl."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from storage.models import Article, CrawlRun, SchedulerHeartbeat

STALE_AFTER_BEATS = 3   # a scheduler that missed this many beats is taken for dead
HEARTBEAT_S = 60.0      # how often `newsmon schedule` beats
RUNS_SCANNED = 500      # the latest crawl runs whose outlets count as crawled


@dataclass(frozen=True, slots=True)
class SchedulerState:
    alive: bool
    holder: str | None
    started_at: datetime | None
    beat_at: datetime | None         # its latest sign of life
    stopped_at: datetime | None      # set when it stopped cleanly
    last_run_at: datetime | None     # the latest scheduled crawl's start
    last_run_status: str | None

    def as_dict(self) -> dict[str, object]:
        return {name: getattr(self, name) for name in self.__slots__}


def beat(session: Session, holder: str, now: datetime | None = None) -> None:
    """Record that the scheduler `holder` is alive now (insert or update its row)."""
    now = now or datetime.now(UTC)
    row = session.get(SchedulerHeartbeat, holder)
    if row is None:
        session.add(SchedulerHeartbeat(holder=holder, started_at=now, beat_at=now))
    else:
        row.beat_at, row.stopped_at = now, None


def stopped(session: Session, holder: str, now: datetime | None = None) -> None:
    """Record a clean stop of `holder`."""
    row = session.get(SchedulerHeartbeat, holder)
    if row is not None:
        row.stopped_at = now or datetime.now(UTC)


def scheduler_state(session: Session, interval_s: float, now: datetime | None = None
                    ) -> SchedulerState:
    """The most recent scheduler's state: alive when it beat within STALE_AFTER_BEATS
    intervals and has not stopped; the last scheduled crawl from `crawl_runs`."""
    now = now or datetime.now(UTC)
    row = session.scalars(select(SchedulerHeartbeat)
                          .order_by(SchedulerHeartbeat.beat_at.desc()).limit(1)).first()
    last = session.execute(select(CrawlRun.started_at, CrawlRun.status)
                           .where(CrawlRun.trigger == "scheduled")
                           .order_by(CrawlRun.started_at.desc(), CrawlRun.id.desc())
                           .limit(1)).first()
    alive = bool(row and row.stopped_at is None
                 and now - row.beat_at <= timedelta(seconds=interval_s * STALE_AFTER_BEATS))
    return SchedulerState(alive=alive, holder=row.holder if row else None,
                          started_at=row.started_at if row else None,
                          beat_at=row.beat_at if row else None,
                          stopped_at=row.stopped_at if row else None,
                          last_run_at=last[0] if last else None,
                          last_run_status=last[1] if last else None)


def crawled_outlets(session: Session) -> set[str]:
    """Every outlet the database knows of: named in a crawl run, or owning an article."""
    names: set[str] = set(session.scalars(select(Article.outlet).distinct()))
    recent = select(CrawlRun.outlets).order_by(CrawlRun.id.desc()).limit(RUNS_SCANNED)
    for (outlets,) in session.execute(recent):
        names.update(outlets or {})
    return names
