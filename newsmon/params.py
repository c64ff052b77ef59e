"""Shared CLI options and parameter types."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from typing import Any

import click

from newsmon.output import FORMATS

RELATIVE = re.compile(r"^(\d+)([dhw])$")
MAX_INT = 2**63 - 1  # the largest integer a database column (BIGINT) holds


class DateParam(click.ParamType):
    """YYYY-MM-DD, an ISO 8601 time, or a relative age like 7d / 12h / 2w."""

    name = "DATE"

    def convert(self, value: Any, param: click.Parameter | None,
                ctx: click.Context | None) -> datetime:
        if isinstance(value, datetime):
            return value
        text = str(value).strip()
        rel = RELATIVE.match(text)
        if rel:
            unit = {"d": "days", "h": "hours", "w": "weeks"}[rel.group(2)]
            try:
                return datetime.now(UTC) - timedelta(**{unit: int(rel.group(1))})
            except (OverflowError, ValueError):  # too far back, or too many digits
                self.fail(f"{text!r} reaches back before year 1", param, ctx)
        try:
            parsed = datetime.fromisoformat(text)
        except ValueError:
            try:
                day = date.fromisoformat(text)
            except ValueError:
                self.fail(f"{text!r} is not a date (YYYY-MM-DD, ISO time, or 7d/12h/2w)",
                          param, ctx)
            parsed = datetime(day.year, day.month, day.day)
        if parsed.tzinfo is None:
            return parsed.replace(tzinfo=UTC)
        try:
            return parsed.astimezone(UTC)
        except OverflowError:  # 0001-01-01T00:00+14:00 is before year 1 in UTC
            self.fail(f"{text!r} is out of range (years 1-9999 in UTC)", param, ctx)


DATE = DateParam()


class TextParam(click.ParamType):
    """Text a database can compare: valid UTF-8 (argv bytes that are not decode to
    surrogates) and no NUL character."""

    name = "TEXT"

    def convert(self, value: Any, param: click.Parameter | None,
                ctx: click.Context | None) -> str:
        text = str(value)
        try:
            text.encode("utf-8")
        except UnicodeEncodeError:
            self.fail(f"{text!r} is not valid UTF-8 text", param, ctx)
        if "\x00" in text:
            self.fail(f"{text!r} contains a NUL character", param, ctx)
        return text


TEXT = TextParam()


def db_option(fn: Callable[..., Any]) -> Callable[..., Any]:
    return click.option("--db", metavar="URL", envvar="NEWSMON_DB", show_envvar=True,
                        help="SQLAlchemy URL (default sqlite:///newsmon.db).")(fn)


def outlets_option(fn: Callable[..., Any]) -> Callable[..., Any]:
    return click.option("--outlets", "outlets_file", metavar="FILE",
                        help="Outlets file (default seeds/outlets.toml).")(fn)


def format_option(fn: Callable[..., Any]) -> Callable[..., Any]:
    return click.option("--format", "fmt", type=click.Choice(FORMATS), default="table",
                        show_default=True)(fn)
