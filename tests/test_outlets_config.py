"""Outlet configuration: the shipped file is valid; bad files give one line naming file, outlet, field."""

from __future__ import annotations

import subprocess
import sys
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
        # values that used to pass validation and then crash the crawl with a traceback
        ('[[outlet]]\nname = "x"\nfeeds = ["http://a.org:99999/feed.xml"]\n',
         "outlet 'x': feeds[0]: not a valid URL (Port out of range"),
        ('[[outlet]]\nname = "x"\nsitemaps = ["http://[::1/s.xml"]\n', "outlet 'x': sitemaps[0]:"),
        ('[[outlet]]\nname = "x"\nstart_urls = ["http://a.org/a b"]\n',
         "outlet 'x': start_urls[0]: URL contains spaces"),
        ("[crawl]\nrecheck_days = inf\n" + GOOD, "crawl.recheck_days: Input should be a finite"),
        ("[crawl]\nrecheck_days = nan\n" + GOOD, "crawl.recheck_days: Input should be a finite"),
        ("[crawl]\nrecheck_days = -1\n" + GOOD, "crawl.recheck_days: Input should be greater"),
        ("[crawl]\nrecheck_days = 1e300\n" + GOOD, "crawl.recheck_days: Input should be less"),
        ("[crawl]\ndownload_delay = inf\n" + GOOD, "crawl.download_delay:"),
        ("[crawl]\nuser_agent = \"a\\nb\"\n" + GOOD, "crawl.user_agent: contains control"),
        ("[dedup]\nduplicate_threshold = nan\n" + GOOD, "dedup.duplicate_threshold:"),
        ("[schedule]\ntimeout_minutes = inf\n" + GOOD, "schedule.timeout_minutes:"),
        (GOOD + "max_age_days = 99999999999\n", "outlet 'one': max_age_days: Input should be less"),
        (GOOD + 'allowed_domains = ["http://example.org/"]\n',
         "outlet 'one': allowed_domains[0]: not a host name: 'http://example.org/'"),
        (GOOD + 'allowed_domains = ["example.org:8080"]\n', "allowed_domains[0]: not a host name"),
        ("", "outlet: no [[outlet]] entries"),
        ('[crawl]\nretry_times = 1\n[[topic]]\nname = "t"\nkeywords = ["k"]\n',
         "outlet: no [[outlet]] entries"),
        ("outlet = []\n", "outlet: no [[outlet]] entries"),
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


def test_host_names_are_normalised(tmp_path: Path) -> None:
    config = load_config(write(tmp_path, GOOD + 'allowed_domains = ["Example.ORG.", "127.0.0.1"]\n'))
    assert config.outlet[0].domains() == ["example.org", "127.0.0.1"]


@pytest.mark.parametrize("command", ["outlets", "crawl"])
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('[[outlet]]\nname = "x"\nfeeds = ["http://127.0.0.1:99999/feed.xml"]\n',
         "outlet 'x': feeds[0]: not a valid URL"),
        ("[crawl]\nrecheck_days = inf\n" + GOOD, "crawl.recheck_days"),
        (GOOD + 'allowed_domains = ["http://127.0.0.1/"]\n', "outlet 'one': allowed_domains[0]"),
        ("", "outlet: no [[outlet]] entries"),
    ],
)
def test_commands_refuse_bad_values_with_one_line(tmp_path: Path, command: str, text: str,
                                                   expected: str,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    from newsmon.cli import cli, run

    path = write(tmp_path, text)
    args = [command, "--outlets", str(path)]
    if command == "crawl":
        args += ["--db", f"sqlite:///{tmp_path / 'never.db'}"]
    assert run(cli.main, args) == 2
    lines = capsys.readouterr().err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"newsmon: error: {path}: "), lines
    assert expected in lines[0]
    assert not (tmp_path / "never.db").exists()


def test_crawl_with_a_bad_port_exits_2_in_its_own_process(tmp_path: Path) -> None:
    path = write(tmp_path, '[[outlet]]\nname = "x"\nfeeds = ["http://127.0.0.1:99999/f.xml"]\n')
    result = subprocess.run([sys.executable, "-m", "newsmon", "crawl", "--outlets", str(path),
                             "--db", f"sqlite:///{tmp_path / 'never.db'}"], capture_output=True,
                            text=True, timeout=60, cwd=Path(__file__).resolve().parents[1])
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        f"newsmon: error: {path}: outlet 'x': feeds[0]: not a valid URL "
        "(Port out of range 0-65535): 'http://127.0.0.1:99999/f.xml'"]


def test_missing_file_is_one_line(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="no such file"):
        load_config(tmp_path / "nope.toml")


def test_unknown_outlet_lists_known_ones(tmp_path: Path) -> None:
    config = load_config(write(tmp_path, GOOD))
    with pytest.raises(ConfigError, match=r"unknown outlet 'two' \(configured: one\)"):
        config.select(["two"])
