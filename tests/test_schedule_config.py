"""The [schedule] table, per-outlet `schedule`, and how config + flags become scheduler jobs."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

import scheduler
from config.model import ConfigError, cron_fields, load_config

OUTLETS = """
[[outlet]]
name = "one"
feeds = ["https://a.example/feed.xml"]

[[outlet]]
name = "two"
feeds = ["https://b.example/feed.xml"]
schedule = "30 */4 * * *"
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "outlets.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_defaults_are_daily_at_six_utc(tmp_path: Path) -> None:
    config = load_config(write(tmp_path, OUTLETS))
    s = config.schedule
    assert (s.cron, s.timezone, s.silent_after_days, s.log_file) == (
        "0 6 * * *", "UTC", 3, "logs/newsmon.log")
    assert s.timeout_minutes > 0 and s.misfire_grace_minutes >= 60 * 24
    assert config.outlet[0].schedule is None and config.outlet[1].schedule == "30 */4 * * *"


def test_schedule_table_is_read(tmp_path: Path) -> None:
    text = ('[schedule]\ncron = "15 5 * * 1-5"\ntimezone = "Europe/Kyiv"\ntimeout_minutes = 45\n'
            'misfire_grace_minutes = 90\nsilent_after_days = 5\nlog_file = "/var/log/n.log"\n'
            + OUTLETS)
    s = load_config(write(tmp_path, text)).schedule
    assert (s.cron, s.timezone, s.timeout_minutes, s.misfire_grace_minutes,
            s.silent_after_days, s.log_file) == ("15 5 * * 1-5", "Europe/Kyiv", 45, 90, 5,
                                                 "/var/log/n.log")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('[schedule]\ncron = "0 6 * *"\n' + OUTLETS, "schedule.cron: not a cron expression"),
        ('[schedule]\ncron = "0 25 * * *"\n' + OUTLETS, "schedule.cron: not a cron expression"),
        ('[schedule]\ntimezone = "Mars/Olympus"\n' + OUTLETS,
         "schedule.timezone: unknown time zone: 'Mars/Olympus'"),
        ("[schedule]\ntimeout_minutes = 0\n" + OUTLETS, "schedule.timeout_minutes:"),
        ("[schedule]\nsilent_after_days = 0\n" + OUTLETS, "schedule.silent_after_days:"),
        ('[schedule]\nevery = "day"\n' + OUTLETS, "schedule.every: unknown key"),
        (OUTLETS.replace('"30 */4 * * *"', '"whenever"'),
         "outlet 'two': schedule: not a cron expression"),
        (OUTLETS.replace('"30 */4 * * *"', '"0 6 * * 9"'),
         "outlet 'two': schedule: not a cron expression: '0 6 * * 9': day of week '9'"),
    ],
)
def test_errors_are_one_line_naming_file_outlet_and_field(tmp_path: Path, text: str,
                                                          expected: str) -> None:
    path = write(tmp_path, text)
    with pytest.raises(ConfigError) as err:
        load_config(path)
    message = str(err.value)
    assert "\n" not in message and message.startswith(f"{path}: ") and expected in message


@pytest.mark.parametrize(
    ("expr", "fields"),
    [
        ("0 6 * * *", {"second": "0", "minute": "0", "hour": "6", "day_of_week": "*"}),
        ("*/5 * * * * *", {"second": "*/5", "minute": "*"}),
        ("0 6 * * 1-5", {"day_of_week": "mon,tue,wed,thu,fri"}),   # cron: 1 = Monday
        ("0 6 * * 0", {"day_of_week": "sun"}),                     # cron: 0 and 7 = Sunday
        ("0 6 * * 7", {"day_of_week": "sun"}),
        ("0 6 * * mon-fri", {"day_of_week": "mon-fri"}),
        ("0 6 * * */2", {"day_of_week": "sun,tue,thu,sat"}),
    ],
)
def test_cron_fields(expr: str, fields: dict[str, str]) -> None:
    assert cron_fields(expr).items() >= fields.items()


def test_cron_sunday_fires_on_sunday() -> None:
    trigger = scheduler.build_trigger("0 6 * * 0", "UTC")
    fire = trigger.get_next_fire_time(None, datetime(2026, 11, 23, tzinfo=UTC))  # a Monday
    assert fire == datetime(2026, 11, 29, 6, 0, tzinfo=UTC) and fire.weekday() == 6


@pytest.mark.parametrize(("at", "cron"), [("06:00", "0 6 * * *"), ("6:30", "30 6 * * *"),
                                           ("23:59", "59 23 * * *")])
def test_at_becomes_a_daily_cron(at: str, cron: str) -> None:
    assert scheduler.at_to_cron(at) == cron


@pytest.mark.parametrize("at", ["24:00", "6", "06:60", "noon"])
def test_bad_at_is_refused(at: str) -> None:
    with pytest.raises(ValueError, match="HH:MM"):
        scheduler.at_to_cron(at)


def test_plan_has_a_default_job_and_one_per_outlet_schedule(tmp_path: Path) -> None:
    path = write(tmp_path, '[schedule]\ntimeout_minutes = 30\n' + OUTLETS)
    plan = scheduler.plan_schedule(load_config(path), "sqlite:///x.db", str(path))
    jobs = {j.id: j for j in plan.jobs}
    assert jobs["crawl:default"].outlets == ("one",)
    assert jobs["crawl:default"].cron == "0 6 * * *" and jobs["crawl:default"].timezone == "UTC"
    assert jobs["crawl:outlet:two"].outlets == ("two",)
    assert jobs["crawl:outlet:two"].cron == "30 */4 * * *"
    assert plan.options.timeout_s == 30 * 60 and plan.misfire_grace_s == 1440 * 60
    assert plan.outlets_file == str(path.resolve())


def test_flags_override_the_config(tmp_path: Path) -> None:
    path = write(tmp_path, '[schedule]\ncron = "0 7 * * *"\n' + OUTLETS)
    plan = scheduler.plan_schedule(load_config(path), None, str(path), cron="45 5 * * *",
                                   timezone="America/New_York", timeout_minutes=10,
                                   misfire_grace_minutes=0)
    default = plan.jobs[0]
    assert (default.cron, default.timezone) == ("45 5 * * *", "America/New_York")
    assert plan.options.timeout_s == 600 and plan.misfire_grace_s == 0
    trigger = scheduler.build_trigger(default.cron, default.timezone)
    fire = trigger.get_next_fire_time(None, datetime(2026, 6, 1, tzinfo=UTC))
    assert fire is not None and (fire.hour, fire.minute) == (5, 45)
    assert str(fire.tzinfo) == "America/New_York"


def test_bad_flag_is_a_value_error(tmp_path: Path) -> None:
    config = load_config(write(tmp_path, OUTLETS))
    with pytest.raises(ValueError, match="not a cron expression"):
        scheduler.plan_schedule(config, None, None, cron="every day")


def test_bad_timezone_flag_is_a_value_error(tmp_path: Path) -> None:
    config = load_config(write(tmp_path, OUTLETS))
    with pytest.raises(ValueError, match="unknown time zone: 'Mars/Olympus'"):
        scheduler.plan_schedule(config, None, None, timezone="Mars/Olympus")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--cron", "every day"], "not a cron expression"),
        (["--at", "25:00"], "not a time of day (HH:MM): '25:00'"),
        (["--timezone", "Mars/Olympus"], "unknown time zone: 'Mars/Olympus'"),
        (["--cron", "0 6 * * *", "--at", "06:00"], "give --cron or --at, not both"),
    ],
)
def test_schedule_flag_errors_are_one_line(tmp_path: Path, args: list[str], message: str) -> None:
    from tests.sitecrawl import newsmon

    result = newsmon("schedule", "--db", f"sqlite:///{tmp_path / 'e.db'}", *args, timeout=60)
    lines = result.stderr.strip().splitlines()
    assert result.returncode == 2
    assert len(lines) == 1 and lines[0].startswith("newsmon: error:") and message in lines[0]
