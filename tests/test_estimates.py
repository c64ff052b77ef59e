"""Estimates (storage.estimates via storage.queries.estimate_rows) on a real SQLite file and
a real PostgreSQL: a sequence of dated figures for one group from several sources, reconciled
into low, best and high with citations, history, aliases and independent sources."""

from __future__ import annotations

import csv
import io
import json
import re
import subprocess
import sys
import time
import urllib.error
import urllib.request
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from click.testing import CliRunner

from config.model import ConfigError, load_config
from newsmon.cli import cli
from pipelines.dedup import band_hashes, content_hash, signature, similarity
from storage.db import Database
from storage.estimates import EstimateRow
from storage.ingest import ingest_article
from storage.queries import estimate_rows
from storage.records import ArticleRecord, EstimateFilter, IngestOptions, MentionRecord
from tests.test_report import REPO

D0 = datetime(2026, 10, 1, 9, 0, tzinfo=UTC)
OPTIONS = IngestOptions()
GROUPS = (("North Korean troops", ("North Korean soldiers", "DPRK troops")),)
SOURCES = (("South Korean intelligence", ("Seoul's intelligence service",
                                          "South Korea's spy agency")),)


def text(n: int) -> str:
    return " ".join(f"w{n}x{i}" for i in range(300))


def m(category: str, low: int, qualifier: str, group: str | None, attribution: str | None,
      high: int | None = None) -> MentionRecord:
    return MentionRecord(category=category, low=low, high=high if high is not None else low,
                         qualifier=qualifier, group=group, attribution=attribution, start=0,
                         end=3, sentence=f"{attribution} said {qualifier} {low} {category}.")


def store(db: Database, n: int, outlet: str, day: int, mentions: list[MentionRecord],
          body: str | None = None) -> None:
    body = body or text(n)
    sig = signature(body)
    rec = ArticleRecord(url=f"https://{outlet}.org/{n}", outlet=outlet, text=body,
                        raw_html=zlib.compress(b"<p>x</p>"), extractor_version="t",
                        published_at=D0 + timedelta(days=day), title=f"Story {n}",
                        content_hash=content_hash(body), minhash=sig,
                        bands=band_hashes(sig, OPTIONS.duplicate_threshold),
                        mentions=mentions, mentions_version="m")
    with db.begin() as session:
        ingest_article(session, rec, OPTIONS, similarity)


def north_korea(db: Database) -> None:
    """Five reports in order, as in issue 13, plus a repeat, a copy and a recap."""
    nis, us, kyiv = "Seoul's intelligence service", "a US official", "Kyiv"
    store(db, 1, "yonhap", 0, [m("killed", 100, "at_least", "North Korean soldiers", nis),
                               m("wounded", 1000, "approximately", "North Korean soldiers", nis)])
    store(db, 2, "reuters", 3, [m("casualties", 300, "vague", "North Korean troops", us, 999)])
    store(db, 3, "kyivindependent", 6, [m("casualties", 3000, "more_than",
                                          "North Korean soldiers", kyiv)])
    store(db, 4, "yonhap", 10, [m("killed", 600, "approximately", "DPRK troops", nis),
                                m("casualties", 4700, "approximately", "DPRK troops", nis)])
    store(db, 5, "koreaherald", 12, [m("casualties", 4700, "approximately",
                                       "North Korean soldiers", "South Korea's spy agency")])
    store(db, 6, "wirecopy", 13, [m("casualties", 4700, "approximately", "DPRK troops", nis)],
          body=text(4) + " Distributed by a wire service.")
    store(db, 7, "yonhap", 20, [m("casualties", 6000, "approximately", "North Korean soldiers",
                                  nis)])
    store(db, 8, "bbc", 25, [m("killed", 100, "at_least", "North Korean troops", nis)])


def only(rows: list[EstimateRow], category: str) -> EstimateRow:
    [row] = [r for r in rows if r.category == category]
    return row


def test_casualties_reconciled_across_independent_sources(db_url: str) -> None:
    db = Database(db_url)
    north_korea(db)
    with db.begin() as session:
        rows = estimate_rows(session, EstimateFilter(groups=GROUPS, sources=SOURCES))
    assert {(r.group, r.category) for r in rows} == {
        ("North Korean troops", c) for c in ("killed", "wounded", "casualties")}
    row = only(rows, "casualties")
    assert (row.low, row.best, row.high) == (300, 3000, 6000)   # median of 649.5, 3000, 6000
    assert row.as_of == D0 + timedelta(days=20)
    assert [(p.source, p.figure) for p in row.current] == [
        ("a US official", "300–999 casualties (vague)"), ("Kyiv", "more than 3,000 casualties"),
        ("South Korean intelligence", "about 6,000 casualties")]
    assert row.conflicting                                       # 6,000 against 300-999
    seoul = row.current[-1]
    assert (seoul.title, seoul.url, seoul.published_at) == (
        "Story 7", "https://yonhap.org/7", D0 + timedelta(days=20))


def test_history_and_repeats_from_one_source(db_url: str) -> None:
    db = Database(db_url)
    north_korea(db)
    with db.begin() as session:
        row = only(estimate_rows(session, EstimateFilter(groups=GROUPS, sources=SOURCES)),
                   "casualties")
    assert [(s.as_of - D0, s.low, s.best, s.high) for s in row.history] == [
        (timedelta(days=3), 300, 649.5, 999), (timedelta(days=6), 300, 1824.8, 3000),
        (timedelta(days=10), 300, 3000, 4700), (timedelta(days=20), 300, 3000, 6000)]
    [repeated] = [p for p in row.points if p.low == 4700]
    # the spy agency's repeat (another outlet) and the wire copy are the same source's figure
    assert repeated.source == "South Korean intelligence"
    assert repeated.outlets == ("koreaherald", "yonhap") and repeated.articles == 3
    assert repeated.published_at == D0 + timedelta(days=10)


def test_a_recap_of_an_older_figure_does_not_move_the_estimate(db_url: str) -> None:
    db = Database(db_url)
    north_korea(db)
    with db.begin() as session:
        row = only(estimate_rows(session, EstimateFilter(groups=GROUPS, sources=SOURCES)),
                   "killed")
    assert (row.low, row.best, row.high) == (600, 600, 600)
    assert [p.figure for p in row.current] == ["about 600 killed"]
    assert [(s.low, s.high) for s in row.history] == [(100, 100), (600, 600)]


def test_window_filters_and_unaliased_groups(db_url: str) -> None:
    db = Database(db_url)
    north_korea(db)
    with db.begin() as session:
        narrow = estimate_rows(session, EstimateFilter(category="casualties", window_days=7,
                                                       groups=GROUPS, sources=SOURCES))
        before = estimate_rows(session, EstimateFilter(category="casualties", groups=GROUPS,
                                                       until=D0 + timedelta(days=7)))
        loose = estimate_rows(session, EstimateFilter(category="casualties"))
        korean = estimate_rows(session, EstimateFilter(category="casualties", group="Korean"))
        nothing = estimate_rows(session, EstimateFilter(group="civilians", groups=GROUPS))
    [row] = narrow
    assert (row.low, row.best, row.high) == (6000, 6000, 6000) and not row.conflicting
    [row] = before
    assert (row.low, row.best, row.high) == (300, 1824.8, 3000)
    # without the alias table "DPRK troops" stays apart; soldiers and troops match loosely
    assert sorted(r.group_key for r in loose) == ["dprk soldiers", "north korean soldiers"]
    assert [r.group_key for r in korean] == ["north korean soldiers"]
    assert nothing == []


# -- surfaces: the CLI, the API, the configuration -------------------------------------------
CONFIG = """
[[outlet]]
name = "one"
feeds = ["http://127.0.0.1:9/feed.xml"]

[estimates]
window_days = 30

[[group]]
name = "North Korean troops"
aliases = ["North Korean soldiers", "DPRK troops"]

[[source]]
name = "South Korean intelligence"
aliases = ["Seoul's intelligence service", "South Korea's spy agency"]
"""


def config_file(tmp_path: Path, text: str = CONFIG) -> Path:
    path = tmp_path / "outlets.toml"
    path.write_text(text, encoding="utf-8")
    return path


def cli_estimates(db_url: str, tmp_path: Path, *args: str) -> str:
    result = CliRunner().invoke(cli, ["query", "estimates", "--db", db_url, "--outlets",
                                      str(config_file(tmp_path)), *args],
                                catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output


def test_query_estimates_in_every_format(db_url: str, tmp_path: Path) -> None:
    north_korea(Database(db_url))
    [row] = json.loads(cli_estimates(db_url, tmp_path, "--category", "casualties",
                                     "--format", "json"))
    assert (row["group"], row["low"], row["best"], row["high"]) == (
        "North Korean troops", 300, 3000, 6000)
    assert [(c["source"], c["figure"], c["title"], c["url"]) for c in row["current"]][-1] == (
        "South Korean intelligence", "about 6,000 casualties", "Story 7", "https://yonhap.org/7")
    assert row["as_of"] == (D0 + timedelta(days=20)).isoformat()
    lines = cli_estimates(db_url, tmp_path, "--group", "north korean", "--format", "jsonl")
    assert sorted(json.loads(x)["category"] for x in lines.splitlines()) == [
        "casualties", "killed", "wounded"]
    [flat] = list(csv.DictReader(io.StringIO(cli_estimates(
        db_url, tmp_path, "--category", "killed", "--format", "csv"))))
    assert (flat["low"], flat["best"], flat["high"]) == ("600", "600", "600")
    assert flat["sources"].startswith("South Korean intelligence: about 600 killed (2026-10-11,"
                                      " Story 4 <https://yonhap.org/4>)")
    table = cli_estimates(db_url, tmp_path, "--window-days", "7", "--category", "casualties")
    assert "North Korean troops" in table and "6000" in table and "(1 rows)" in table


@pytest.mark.parametrize(("text", "expected"), [
    ('[[group]]\nname = "A troops"\naliases = ["B soldiers"]\n[[group]]\nname = "B"\n'
     'aliases = ["the B troops"]\n', "group 'B': aliases: 'the B troops' already names group"
                                     " 'A troops'"),
    ('[[group]]\nname = " "\n', "group ' ': name: must not be blank"),
    ('[[source]]\nname = "X"\naliases = [""]\n', "source 'X': aliases[0]: String should have"),
    ("[estimates]\nwindow_days = 0\n", "estimates.window_days: Input should be greater than 0"),
])
def test_alias_tables_are_validated(tmp_path: Path, text: str, expected: str) -> None:
    base = '[[outlet]]\nname = "one"\nfeeds = ["http://127.0.0.1:9/f"]\n'
    with pytest.raises(ConfigError) as err:
        load_config(config_file(tmp_path, base + text))
    assert expected in str(err.value)


def test_api_estimates_over_http(tmp_path: Path) -> None:
    db_url = f"sqlite:///{tmp_path / 'api.db'}"
    north_korea(Database(db_url))
    with serving(db_url, config_file(tmp_path), tmp_path / "serve.log") as base:
        rows = json.load(urllib.request.urlopen(f"{base}/api/estimates?category=casualties",
                                                timeout=10))
        text = urllib.request.urlopen(f"{base}/api/estimates?format=csv&group=korean",
                                      timeout=10).read().decode()
        page = urllib.request.urlopen(f"{base}/estimates?category=killed",
                                      timeout=10).read().decode()
        claims = urllib.request.urlopen(f"{base}/claims?category=killed",
                                        timeout=10).read().decode()
        report = urllib.request.urlopen(f"{base}/report", timeout=10).read().decode()
        with pytest.raises(urllib.error.HTTPError) as bad:
            urllib.request.urlopen(f"{base}/api/estimates?format=xml", timeout=10)
    [row] = rows
    assert (row["low"], row["best"], row["high"], row["conflicting"]) == (300, 3000, 6000, True)
    assert len(list(csv.DictReader(io.StringIO(text)))) == 3
    assert "North Korean troops" in page and "about 600 killed" in page
    assert "at least 100 killed" in claims and "about 600 killed" in claims
    # the report's table and its chart tooltips keep the hedge too
    assert "<td class=\"num\">at least 100 killed</td>" in report
    assert "at least 100 killed: North Korean soldiers; according to" in report  # tooltip
    assert bad.value.code == 422 and "unknown format 'xml'" in bad.value.read().decode()


@contextmanager
def serving(db_url: str, outlets: Path, log: Path) -> Iterator[str]:
    with log.open("w") as err:
        proc = subprocess.Popen([sys.executable, "-m", "newsmon", "serve", "--port", "0",
                                 "--db", db_url, "--outlets", str(outlets)], cwd=REPO,
                                stdout=subprocess.DEVNULL, stderr=err)
    try:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and proc.poll() is None:
            match = re.search(r"on (http://127\.0\.0\.1:\d+)/", log.read_text())
            if match:
                yield match.group(1)
                return
            time.sleep(0.1)
        raise AssertionError(f"newsmon serve did not start: {log.read_text()[-2000:]}")
    finally:
        proc.terminate()
        proc.wait(timeout=10)
