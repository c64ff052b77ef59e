"""Dates as users type them: YYYY-MM-DD, an ISO 8601 time, or an age (7d, 12h, 2w).

Shared by the CLI (`newsmon.params.DATE`) and the web view's filters, without click."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta

RELATIVE = re.compile(r"^(\d+)([dhw])$")
UNITS = {"d": "days", "h": "hours", "w": "weeks"}


def parse_when(value: str, now: datetime | None = None) -> datetime:
    """An aware UTC datetime; ValueError with a one-line message when it is not a date."""
    text = value.strip()
    rel = RELATIVE.match(text)
    if rel:
        try:
            return (now or datetime.now(UTC)) - timedelta(
                **{UNITS[rel.group(2)]: int(rel.group(1))})
        except (OverflowError, ValueError):  # too far back, or too many digits
            raise ValueError(f"{text!r} reaches back before year 1") from None
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        try:
            day = date.fromisoformat(text)
        except ValueError:
            raise ValueError(f"{text!r} is not a date (YYYY-MM-DD, ISO time, or 7d/12h/2w)"
                             ) from None
        parsed = datetime(day.year, day.month, day.day)
    if parsed.tzinfo is None:
        return parsed.replace(tzinfo=UTC)
    try:
        return parsed.astimezone(UTC)
    except OverflowError:  # 0001-01-01T00:00+14:00 is before year 1 in UTC
        raise ValueError(f"{text!r} is out of range (years 1-9999 in UTC)") from None
