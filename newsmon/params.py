"""Shared CLI options and parameter types."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

import click

from newsmon.output import format_names
from newsmon.when import parse_when
from storage.records import MAX_INT

__all__ = ["DATE", "MAX_INT", "TEXT", "db_option", "format_option", "outlets_option"]


class DateParam(click.ParamType):
    """YYYY-MM-DD, an ISO 8601 time, or a relative age like 7d / 12h / 2w (newsmon.when)."""

    name = "DATE"

    def convert(self, value: Any, param: click.Parameter | None,
                ctx: click.Context | None) -> datetime:
        if isinstance(value, datetime):
            return value
        try:
            return parse_when(str(value))
        except ValueError as exc:
            self.fail(str(exc), param, ctx)


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
    return click.option("--format", "fmt", type=click.Choice(format_names()), default="table",
                        show_default=True)(fn)
