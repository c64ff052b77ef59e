"""`newsmon demo` end to end on 127.0.0.1: two crawls of the bundled sample outlets (the
second after an edit), then the claims and the estimate the README documents.

This is also the loopback crawl behind issue 13's claim fixes: hedges kept, a groupless
restatement and single victims of a stated total folded into one claim per figure."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from sqlalchemy import func, select

from config.model import load_config
from newsmon.cli import cli
from newsmon.kept import configured_estimates
from storage.db import Database
from storage.kept_estimates import kept_rows, summary
from storage.models import EstimateMark
from storage.queries import estimate_rows
from tests.sitecrawl import newsmon


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path, str]]:
    tmp = tmp_path_factory.mktemp("demo")
    db_url = f"sqlite:///{tmp / 'demo.db'}"
    result = newsmon("demo", "--db", db_url, timeout=400)
    assert result.returncode == 0, result.stderr[-3000:]
    yield db_url, tmp / "newsmon-demo.toml", result.stdout


def query(db_url: str, *args: str) -> list[dict[str, Any]]:
    result = CliRunner().invoke(cli, ["query", *args, "--db", db_url, "--format", "json"],
                                catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return list(json.loads(result.output))


def test_the_documented_estimate_with_citations(demo: tuple[str, Path, str]) -> None:
    db_url, config, _ = demo
    [row] = query(db_url, "estimates", "--outlets", str(config), "--group", "drovnian",
                  "--category", "killed")
    assert (row["group"], row["low"], row["best"], row["high"]) == ("Drovnian troops", 48, 105,
                                                                      140)
    assert row["conflicting"] is True
    assert [(c["source"], c["figure"], c["title"]) for c in row["current"]] == [
        ("Drovnian defense ministry", "48 killed",
         "Drovnia acknowledges 48 soldiers killed in Orada, revising its first official toll"),
        ("Calder Institute for Security Studies", "90–120 killed",
         "Think tank puts Drovnian dead at 90 to 120, above Veskaria's first count"),
        ("Veskarian Defense Intelligence Directorate", "at least 140 killed",
         "Drovnian brigade reaches Orada front as Veskaria puts foreign troop presence at 1,200")]
    calder = row["current"][1]
    assert calder["outlets"] == ["sample-ledger"] and calder["articles"] == 2  # + the wire copy
    assert all(c["url"].startswith("http://127.0.0.1:") for c in row["current"])
    assert [(h["low"], h["best"], h["high"]) for h in row["history"]] == [
        (60, 60, 60), (60, 82.5, 120), (48, 105, 140)]


def test_each_crawl_leaves_the_kept_estimates_fresh(demo: tuple[str, Path, str]) -> None:
    """The crawls' ends refreshed the kept estimates for the demo's configuration: no mark
    is pending and the row lists read is the one reconciled from scratch."""
    db_url, config, _ = demo
    db = Database(db_url)
    where = configured_estimates(load_config(config))
    with db.begin() as session:
        assert session.scalar(select(func.count()).select_from(EstimateMark)) == 0
        kept = kept_rows(session, where)
        assert kept is not None and len(kept) > 3
        fresh = {(r.group_key, r.category): summary(r) for r in estimate_rows(session, where)}
    assert {(r["group_key"], r["category"]): r["best"] for r in kept} == {
        key: r["best"] for key, r in fresh.items()}
    db.dispose()


def test_claims_keep_hedges_and_one_figure_is_one_claim(demo: tuple[str, Path, str]) -> None:
    db_url, _, _ = demo
    killed = query(db_url, "claims", "--category", "killed")
    by_figure = {(c["figure"], c["group"]): c for c in killed}
    hedged = by_figure[("at least 60 killed", "Drovnian soldiers")]
    plain = by_figure[("60 killed", "Drovnian soldiers")]
    assert hedged["figure_key"] == plain["figure_key"] and hedged["id"] != plain["id"]
    # "at least 60 ..." and "Despite the 60 deaths" in one story: one claim, two sentences
    assert len(hedged["citations"]) == 2 and hedged["articles"] == 1
    # "One man was pronounced dead ... a second died later" are the "Two men" killed
    assert [c["figure"] for c in killed if c["low"] in (1, 2)] == ["2 killed"]
    assert ("35 killed", "Drovnian soldiers") not in by_figure   # edited away
    assert by_figure[("90–120 killed", "Drovnian soldiers")]["outlets"] == ["sample-ledger"]
    changes = query(db_url, "changes")
    assert [c["change"] for c in changes] == ["killed 35 → 48"]


def test_demo_prints_the_commands_to_go_on(demo: tuple[str, Path, str]) -> None:
    db_url, config, out = demo
    for command in ("query estimates", "query claims", "serve", "report"):
        assert re.search(rf"^  (\.venv/bin/)?newsmon {command} --db {re.escape(db_url)}", out,
                         re.M), command
    assert f"--outlets {config}" in out and config.exists()
    assert re.search(r"^Drovnian troops +killed +48 +105 +140 ", out, re.M)
