"""What the report needs of many claims, counted in SQL: claims per day and category, and
the latest claims of each category, so that a report over months reads a bounded number
of rows whatever the size of the database (newsmon.report)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Any

from sqlalchemy import Date, cast, func, select
from sqlalchemy.orm import Session

from storage.models import Claim, FigureChange
from storage.queries import distinct_values, filter_claims
from storage.records import ClaimFilter


@dataclass(frozen=True, slots=True)
class DayCount:
    day: date
    category: str
    claims: int


def claims_per_day(session: Session, where: ClaimFilter) -> list[DayCount]:
    """How many claims matching `where` were first seen each day (UTC), per category."""
    day = _day(session)
    query = filter_claims(select(day, Claim.category, func.count()), where)
    rows = session.execute(query.group_by(day, Claim.category).order_by(day, Claim.category))
    return [DayCount(_as_date(d), category, n) for d, category, n in rows]


def latest_claims(session: Session, where: ClaimFilter, per_category: int) -> list[Claim]:
    """The `per_category` most recently first seen claims of each category matching
    `where`, newest first (the order of `claim_rows`): one walk of
    ix_claims_category_first_seen_id per category, each stopping after its rows."""
    categories = ([where.category] if where.category else
                  list(session.scalars(select(distinct_values(Claim.category, "categories")))))
    chosen: list[int] = []
    for category in categories:
        newest = (filter_claims(select(Claim.id), replace(where, category=category))
                  .order_by(Claim.first_seen.desc(), Claim.id.desc()).limit(per_category))
        chosen += session.scalars(newest)
    query = (select(Claim).where(Claim.id.in_(chosen))
             .order_by(Claim.first_seen.desc(), Claim.id.desc()))
    return list(session.scalars(query)) if chosen else []


def _day(session: Session) -> Any:
    if session.get_bind().dialect.name == "postgresql":
        return cast(func.timezone("UTC", Claim.first_seen), Date)
    return func.date(Claim.first_seen)


def _as_date(value: date | datetime | str) -> date:
    if isinstance(value, datetime):
        return value.date()
    return value if isinstance(value, date) else date.fromisoformat(value)


def change_count(session: Session, since: datetime | None, until: datetime | None) -> int:
    """How many figure changes were detected in [since, until)."""
    query = select(func.count()).select_from(FigureChange)
    if since:
        query = query.where(FigureChange.detected_at >= since)
    if until:
        query = query.where(FigureChange.detected_at < until)
    return int(session.scalar(query) or 0)
