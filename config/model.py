"""Outlet configuration: `seeds/outlets.toml` validated into typed records.

The file holds one optional `[crawl]` table (politeness settings), `[[topic]]`
entries (name + keywords that tag matching articles) and `[[outlet]]` entries.
Every error names the file, the outlet (or topic) and the field::

    seeds/outlets.toml: outlet 'yonhap': feeds[0]: not an http(s) URL: 'ftp://x'
"""

from __future__ import annotations

import ipaddress
import re
import tomllib
from pathlib import Path
from typing import Annotated, Any, Literal
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

from config.defaults import DEFAULT_TRACKING_PARAMS
from storage.records import DEFAULT_DUPLICATE_THRESHOLD

DEFAULT_OUTLETS_FILE = Path(__file__).resolve().parent.parent / "seeds" / "outlets.toml"
NAME_RE = re.compile(r"^[a-z0-9][a-z0-9_-]*$")
HOST_RE = re.compile(r"^(?=.{1,253}$)[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?"
                     r"(?:\.[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?)*$")
CONTROL = re.compile(r"[\x00-\x1f\x7f]")
CONTROL_OR_SPACE = re.compile(r"[\x00-\x20\x7f]")
MAX_DAYS = 36_500  # any age or window in days: more would overflow date arithmetic


class ConfigError(Exception):
    """The outlet configuration is unreadable or invalid; the message is one line."""


def _http_url(value: str) -> str:
    if CONTROL_OR_SPACE.search(value):
        raise ValueError(f"URL contains spaces or control characters: {value!r}")
    try:
        parts = urlsplit(value)
        parts.port  # noqa: B018 - raises ValueError when out of range
    except ValueError as exc:
        raise ValueError(f"not a valid URL ({exc}): {value!r}") from None
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError(f"not an http(s) URL: {value!r}")
    return value


def _host_name(value: str) -> str:
    """A host name or IP address as `allowed_domains` takes it: no scheme, port or path."""
    host = value.strip().lower().rstrip(".")
    if not HOST_RE.match(host) and not _is_ip(host):
        raise ValueError(f"not a host name: {value!r} (write host names such as "
                         "'example.org', without scheme, port or path)")
    return host


def _is_ip(value: str) -> bool:
    try:
        ipaddress.ip_address(value)
    except ValueError:
        return False
    return True


def _no_control(value: str) -> str:
    if CONTROL.search(value):
        raise ValueError(f"contains control characters: {value!r}")
    return value


def _regex(value: str | None) -> str | None:
    if value:
        try:
            re.compile(value)
        except re.error as exc:
            raise ValueError(f"not a valid regular expression: {exc}") from None
    return value


HttpUrl = Annotated[str, AfterValidator(_http_url)]
HostName = Annotated[str, AfterValidator(_host_name)]
HeaderText = Annotated[str, AfterValidator(_no_control)]
Regex = Annotated[str | None, AfterValidator(_regex)]

# -- schedules: cron expressions and time zones (used by scheduler.py) ---------
CRON_FIELDS = ("minute", "hour", "day", "month", "day_of_week")
DAY_NAMES = ("sun", "mon", "tue", "wed", "thu", "fri", "sat")
CRON_DAYS = re.compile(r"^(\*|\d+)(?:-(\d+))?(?:/(\d+))?$")


def cron_fields(expr: str) -> dict[str, str]:
    """A crontab expression (5 fields, or 6 with seconds first) as APScheduler CronTrigger
    fields. Day-of-week numbers follow cron (0 or 7 = Sunday), not APScheduler (0 = Monday)."""
    from apscheduler.triggers.cron import CronTrigger

    parts = expr.split()
    if len(parts) not in (5, 6):
        raise ValueError(f"not a cron expression (5 fields, or 6 with seconds first): {expr!r}")
    seconds = parts.pop(0) if len(parts) == 6 else "0"
    fields = {"second": seconds, **dict(zip(CRON_FIELDS, parts, strict=True))}
    try:
        fields["day_of_week"] = ",".join(_cron_days(p) for p in fields["day_of_week"].split(","))
        CronTrigger(**fields)  # validates every field
    except ValueError as exc:
        raise ValueError(f"not a cron expression: {expr!r}: {exc}") from None
    return fields


def _cron_days(part: str) -> str:
    """One comma-separated day-of-week item with cron numbering, as APScheduler day names."""
    match = CRON_DAYS.match(part)
    if not match or match.group(1) == "*" and not match.group(3):
        return part  # names (mon-fri), or a plain '*'
    first, last, step = match.groups()
    low = 0 if first == "*" else int(first)
    high = int(last) if last else (6 if first == "*" or step else low)
    if high > 7 or low > high:
        raise ValueError(f"day of week {part!r} is out of range 0-7")
    days = range(low, high + 1, int(step or 1))
    return ",".join(dict.fromkeys(DAY_NAMES[d % 7] for d in days))


def _cron(value: str) -> str:
    cron_fields(value)
    return value


def _timezone(value: str) -> str:
    from zoneinfo import ZoneInfo

    try:
        ZoneInfo(value)
    except (ValueError, KeyError):
        raise ValueError(f"unknown time zone: {value!r}") from None
    return value


CronExpr = Annotated[str, AfterValidator(_cron)]
TimeZoneName = Annotated[str, AfterValidator(_timezone)]


class _Strict(BaseModel):
    # inf and nan pass `ge`/`le` checks and then break date arithmetic and timers
    model_config = ConfigDict(extra="forbid", frozen=True, allow_inf_nan=False)


class CrawlSettings(_Strict):
    """Politeness settings shared by every outlet."""

    user_agent: HeaderText = "newsmon/0.1"
    contact_url: HttpUrl = "https://github.com/newsmon/newsmon"
    concurrency_per_domain: int = Field(default=2, ge=1, le=16)
    download_delay: float = Field(default=0.5, ge=0, le=3600)
    download_timeout: int = Field(default=30, ge=1, le=3600)
    max_page_bytes: int = Field(default=5_000_000, ge=10_000, le=2**31 - 1)
    retry_times: int = Field(default=3, ge=0, le=10)
    obey_robots: bool = True
    autothrottle: bool = True
    min_text_chars: int = Field(default=300, ge=0, le=1_000_000)
    clean_workers: int = Field(default=2, ge=0, le=32)
    recheck_days: float = Field(default=2, ge=0, le=MAX_DAYS)
    tracking_params: list[str] = list(DEFAULT_TRACKING_PARAMS)

    @property
    def full_user_agent(self) -> str:
        return f"{self.user_agent} (+{self.contact_url})"


class DedupSettings(_Strict):
    """How copies and claims are recognised."""

    duplicate_threshold: float = Field(default=DEFAULT_DUPLICATE_THRESHOLD, gt=0, le=1)
    claim_window_days: int = Field(default=30, ge=1, le=MAX_DAYS)


class Topic(_Strict):
    """A named set of keywords; articles that contain one are tagged with the name."""

    name: str
    keywords: list[str] = Field(min_length=1)

    @field_validator("name")
    @classmethod
    def _name(cls, value: str) -> str:
        return _valid_name(value)


class Outlet(_Strict):
    """One news outlet: where its stories are listed and which links are articles."""

    name: str
    feeds: list[HttpUrl] = []
    sitemaps: list[HttpUrl] = []
    start_urls: list[HttpUrl] = []
    allowed_domains: list[HostName] = []
    article_url_pattern: Regex = None
    exclude_url_pattern: Regex = None
    language: str | None = None
    max_age_days: int = Field(default=7, ge=1, le=MAX_DAYS)
    schedule: CronExpr | None = None  # own cron schedule for `newsmon schedule`

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


EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
Category = Literal["killed", "wounded", "casualties", "missing", "captured"]


def _email(value: str | None) -> str | None:
    if value is not None and not EMAIL_RE.match(value):
        raise ValueError(f"not an e-mail address: {value!r}")
    return value


class SmtpSettings(_Strict):
    """The mail server that `[[alert]]` entries with `email` send through."""

    host: str
    port: int = Field(default=25, ge=1, le=65535)
    sender: Annotated[str, AfterValidator(_email)]
    username: str | None = None
    password: str | None = None
    starttls: bool = False
    timeout: float = Field(default=10.0, gt=0, le=3600)


class AlertRule(_Strict):
    """Who is told about new claims (and silent outlets), and how (see newsmon/alerts.py)."""

    name: str
    topic: str | None = None
    categories: list[Category] = []
    min_figure: int | None = Field(default=None, ge=0)
    webhook: HttpUrl | None = None
    email: Annotated[str | None, AfterValidator(_email)] = None
    file: str | None = None
    silent_days: int | None = Field(default=None, ge=1, le=MAX_DAYS)
    tries: int = Field(default=3, ge=1, le=10)              # per delivery call, with backoff
    backoff_seconds: float = Field(default=0.2, ge=0, le=60)  # waits backoff * 2**n
    max_attempts: int = Field(default=10, ge=1, le=1_000_000)  # over all calls; then it gives up

    @field_validator("name")
    @classmethod
    def _name(cls, value: str) -> str:
        return _valid_name(value)

    @model_validator(mode="after")
    def _has_target(self) -> AlertRule:
        if not (self.webhook or self.email or self.file):
            raise ValueError("needs at least one of webhook, email, file")
        return self


class ScheduleSettings(_Strict):
    """When and how `newsmon schedule` crawls (see scheduler.py)."""

    cron: CronExpr = "0 6 * * *"
    timezone: TimeZoneName = "UTC"
    timeout_minutes: float = Field(default=120, gt=0, le=MAX_DAYS * 1440)  # longer: killed
    misfire_grace_minutes: float = Field(default=1440, ge=0, le=MAX_DAYS * 1440)  # then skipped
    silent_after_days: int = Field(default=3, ge=1, le=MAX_DAYS)  # `newsmon status` flags it
    log_file: str = "logs/newsmon.log"


class Config(_Strict):
    crawl: CrawlSettings = CrawlSettings()
    schedule: ScheduleSettings = ScheduleSettings()
    dedup: DedupSettings = DedupSettings()
    topic: list[Topic] = []
    outlet: list[Outlet] = []  # at least one: checked in parse_config, with its own message
    alert: list[AlertRule] = []
    smtp: SmtpSettings | None = None

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
    if not config.outlet:
        raise ConfigError(f"{source}: outlet: no [[outlet]] entries (at least one is needed)")
    _check_unique(source, "outlet", [o.name for o in config.outlet])
    _check_unique(source, "topic", [t.name for t in config.topic])
    _check_unique(source, "alert", [a.name for a in config.alert])
    _check_alerts(source, config)
    return config


def _check_unique(source: str, kind: str, names: list[str]) -> None:
    seen: set[str] = set()
    for name in names:
        if name in seen:
            raise ConfigError(f"{source}: {kind} {name!r}: name: duplicate name")
        seen.add(name)


def _check_alerts(source: str, config: Config) -> None:
    topics = [t.name for t in config.topic]
    for rule in config.alert:
        if rule.email and config.smtp is None:
            raise ConfigError(f"{source}: alert {rule.name!r}: email: needs an [smtp] table")
        if rule.topic and rule.topic not in topics:
            raise ConfigError(f"{source}: alert {rule.name!r}: topic: unknown topic "
                              f"{rule.topic!r} (configured: {', '.join(topics) or 'none'})")


def _describe(exc: ValidationError, raw: dict[str, Any]) -> str:
    """The first validation error as 'outlet NAME: field: message'."""
    err = exc.errors()[0]
    loc = list(err["loc"])
    where = ""
    if len(loc) >= 2 and loc[0] in ("outlet", "topic", "alert") and isinstance(loc[1], int):
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
