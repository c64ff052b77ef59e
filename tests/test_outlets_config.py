"""Outlet configuration: the shipped file is valid; bad files give one line naming file, outlet, field."""

from __future__ import annotations

from pathlib import Path

import pytest

from config.model import DEFAULT_OUTLETS_FILE, ConfigError, load_config

GOOD = """
[[topic]]
name = "t1"
keywords = ["North Korea"]

[[outlet]]
name = "one"
feeds = ["https://example.org/feed.xml"]
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "outlets.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_shipped_configuration_is_valid_and_covers_the_beat() -> None:
    config = load_config(DEFAULT_OUTLETS_FILE)
    names = {o.name for o in config.outlet}
    assert {"yonhap", "korea-herald", "nk-news", "kyiv-independent", "bbc-world"} <= names
    assert all(o.feeds or o.sitemaps or o.start_urls for o in config.outlet)
    troops = next(t for t in config.topic if t.name == "north-korean-troops")
    assert "Pyongyang" in troops.keywords


def test_defaults_and_domains(tmp_path: Path) -> None:
    config = load_config(write(tmp_path, GOOD))
    outlet = config.outlet[0]
    assert outlet.max_age_days == 7
    assert outlet.domains() == ["example.org"]
    assert "+https://" in config.crawl.full_user_agent


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (GOOD + 'colour = "red"\n', "outlet 'one': colour: unknown key"),
        ('[[outlet]]\nfeeds = ["https://a.org/f"]\n', "outlet #1 (no name): name: required"),
        ('[[outlet]]\nname = "x"\nfeeds = ["ftp://a.org/f"]\n', "outlet 'x': feeds[0]: not an http(s) URL"),
        (GOOD + '[[outlet]]\nname = "one"\nfeeds = ["https://b.org/f"]\n', "outlet 'one': name: duplicate"),
        ('[[outlet]]\nname = "x"\n', "outlet 'x': needs at least one of feeds"),
        ('[[outlet]]\nname = "x"\nfeeds = ["https://a.org/"]\narticle_url_pattern = "(("\n',
         "outlet 'x': article_url_pattern: not a valid regular expression"),
        ('[[outlet]]\nname = "Bad Name"\nfeeds = ["https://a.org/"]\n', "outlet 'Bad Name': name:"),
        ("[crawl]\nretry_times = -1\n" + GOOD, "crawl.retry_times:"),
        ("[[outlet]\n", "not valid TOML"),
    ],
)
def test_errors_name_file_outlet_and_field(tmp_path: Path, text: str, expected: str) -> None:
    path = write(tmp_path, text)
    with pytest.raises(ConfigError) as err:
        load_config(path)
    message = str(err.value)
    assert message.startswith(str(path)), message
    assert expected in message, message
    assert "\n" not in message


def test_missing_file_is_one_line(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="no such file"):
        load_config(tmp_path / "nope.toml")


def test_unknown_outlet_lists_known_ones(tmp_path: Path) -> None:
    config = load_config(write(tmp_path, GOOD))
    with pytest.raises(ConfigError, match=r"unknown outlet 'two' \(configured: one\)"):
        config.select(["two"])
