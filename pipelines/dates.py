"""Dates as given by pages, feeds and sitemaps, read as aware UTC datetimes.

Standard library only: the crawler's discovery reads listing dates with it without
importing the cleaning stage (and trafilatura).
"""

from __future__ import annotations

from datetime import UTC, date, datetime


def parse_date(value: str | None) -> datetime | None:
    """A `YYYY-MM-DD` date (trafilatura's) or an ISO datetime (feeds, sitemaps), aware, in UTC."""
    if not value:
        return None
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        try:
            day = date.fromisoformat(value[:10])
        except ValueError:
            return None
        parsed = datetime(day.year, day.month, day.day)
    return parsed.replace(tzinfo=UTC) if parsed.tzinfo is None else parsed.astimezone(UTC)
