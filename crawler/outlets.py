"""Outlet configuration: `seeds/outlets.toml` validated into typed records.

The file holds one optional `[crawl]` table (politeness settings), `[[topic]]`
entries (name + keywords that tag matching articles) and `[[outlet]]` entries.
Every error names the file, the outlet (or topic) and the field::

    seeds/outlets.toml: outlet 'yonhap': feeds[0]: not an http(s) URL: 'ftp://x'
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import urlsplit

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    field_validator,
    model_validator,
)

DEFAULT_OUTLETS_FILE = Path(__file__).resolve().parent.parent / "seeds" / "outlets.toml"
NAME_RE = re.compile(r"^[a-z0-9][a-z0-9_-]*$")


class ConfigError(Exception):
    """The outlet configuration is unreadable or invalid; the message is one line."""


def _http_url(value: str) -> str:
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError(f"not an http(s) URL: {value!r}")
    return value


def _regex(value: str | None) -> str | None:
    if value:
        try:
            re.compile(value)
        except re.error as exc:
            raise ValueError(f"not a valid regular expression: {exc}") from None
    return value


HttpUrl = Annotated[str, AfterValidator(_http_url)]
Regex = Annotated[str | None, AfterValidator(_regex)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class CrawlSettings(_Strict):
    """Politeness settings shared by every outlet."""

    user_agent: str = "newsmon/0.1"
    contact_url: HttpUrl = "https://github.com/newsmon/newsmon"
    concurrency_per_domain: int = Field(default=2, ge=1, le=16)
    download_delay: float = Field(default=0.5, ge=0)
    download_timeout: int = Field(default=30, ge=1)
    max_page_bytes: int = Field(default=5_000_000, ge=10_000)
    retry_times: int = Field(default=3, ge=0, le=10)
    obey_robots: bool = True
    autothrottle: bool = True
    min_text_chars: int = Field(default=300, ge=0)
    clean_workers: int = Field(default=2, ge=0, le=32)

    @property
    def full_user_agent(self) -> str:
        return f"{self.user_agent} (+{self.contact_url})"


class Topic(_Strict):
    """A named set of keywords; articles that contain one are tagged with the name."""

    name: str
    keywords: list[str] = Field(min_length=1)

    @field_validator("name")
    @classmethod
    def _name(cls, value: str) -> str:
        return _valid_name(value)

    def pattern(self) -> re.Pattern[str]:
        words = "|".join(re.escape(k) for k in sorted(self.keywords, key=len, reverse=True))
        return re.compile(rf"(?<!\w)(?:{words})(?!\w)", re.IGNORECASE)


class Outlet(_Strict):
    """One news outlet: where its stories are listed and which links are articles."""

    name: str
    feeds: list[HttpUrl] = []
    sitemaps: list[HttpUrl] = []
    start_urls: list[HttpUrl] = []
    allowed_domains: list[str] = []
    article_url_pattern: Regex = None
    exclude_url_pattern: Regex = None
    language: str | None = None
    max_age_days: int = Field(default=7, ge=1)

    @field_validator("name")
    @classmethod
    def _name(cls, value: str) -> str:
        return _valid_name(value)

    @model_validator(mode="after")
    def _has_sources(self) -> Outlet:
        if not (self.feeds or self.sitemaps or self.start_urls):
            raise ValueError("needs at least one of feeds, sitemaps, start_urls")
        return self

    def domains(self) -> list[str]:
        """Allowed domains, defaulting to the hosts of the configured sources."""
        if self.allowed_domains:
            return list(self.allowed_domains)
        hosts = {urlsplit(u).hostname or "" for u in self.feeds + self.sitemaps + self.start_urls}
        return sorted(h for h in hosts if h)


class Config(_Strict):
    crawl: CrawlSettings = CrawlSettings()
    topic: list[Topic] = []
    outlet: list[Outlet] = Field(default=[], min_length=1)

    def outlet_named(self, name: str) -> Outlet:
        for outlet in self.outlet:
            if outlet.name == name:
                return outlet
        known = ", ".join(o.name for o in self.outlet)
        raise ConfigError(f"unknown outlet {name!r} (configured: {known})")

    def select(self, names: list[str] | tuple[str, ...]) -> list[Outlet]:
        return [self.outlet_named(n) for n in names] if names else list(self.outlet)


def _valid_name(value: str) -> str:
    if not NAME_RE.match(value):
        raise ValueError(f"{value!r} must be lower-case letters, digits, '-' or '_'")
    return value


def load_config(path: Path | str | None = None) -> Config:
    """Read and validate an outlets file; raise ConfigError with a one-line message."""
    path = Path(path) if path else DEFAULT_OUTLETS_FILE
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"{path}: no such file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read: {exc}") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from None
    return parse_config(raw, str(path))


def parse_config(raw: dict[str, Any], source: str) -> Config:
    try:
        config = Config.model_validate(raw)
    except ValidationError as exc:
        raise ConfigError(f"{source}: {_describe(exc, raw)}") from None
    _check_unique(source, "outlet", [o.name for o in config.outlet])
    _check_unique(source, "topic", [t.name for t in config.topic])
    return config


def _check_unique(source: str, kind: str, names: list[str]) -> None:
    seen: set[str] = set()
    for name in names:
        if name in seen:
            raise ConfigError(f"{source}: {kind} {name!r}: name: duplicate name")
        seen.add(name)


def _describe(exc: ValidationError, raw: dict[str, Any]) -> str:
    """The first validation error as 'outlet NAME: field: message'."""
    err = exc.errors()[0]
    loc = list(err["loc"])
    where = ""
    if len(loc) >= 2 and loc[0] in ("outlet", "topic") and isinstance(loc[1], int):
        entry = raw.get(str(loc[0]), [])[loc[1]]
        label = entry.get("name") if isinstance(entry, dict) else None
        where = f"{loc[0]} {label!r}: " if label else f"{loc[0]} #{loc[1] + 1} (no name): "
        loc = loc[2:]
    field = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in loc).lstrip(".")
    message = _message(err)
    return f"{where}{field}: {message}" if field else f"{where}{message}"


def _message(err: Any) -> str:
    kind = err["type"]
    if kind == "extra_forbidden":
        return "unknown key"
    if kind == "missing":
        return "required field is missing"
    text = str(err["msg"])
    return text.removeprefix("Value error, ")
