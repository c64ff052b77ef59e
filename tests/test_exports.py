"""`newsmon query claims|changes|mentions --format csv|json|jsonl`: every row carries its citations."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

import pytest
from click.testing import CliRunner

from newsmon.cli import cli
from tests.test_report import Fixture, seed

CITATION = {"url", "outlet", "published_at", "sentence"}


@pytest.fixture
def fixture_db(db_url: str) -> tuple[str, Fixture]:
    """The fixture data on a real SQLite file and on a real PostgreSQL database."""
    return db_url, seed(db_url)


def query(db_url: str, *args: str) -> str:
    result = CliRunner().invoke(cli, ["query", *args, "--db", db_url], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output


def parse(text: str, fmt: str) -> list[dict[str, Any]]:
    if fmt == "csv":
        return list(csv.DictReader(io.StringIO(text)))
    if fmt == "jsonl":
        return [json.loads(line) for line in text.splitlines()]
    return list(json.loads(text))


@pytest.mark.parametrize("fmt", ["json", "jsonl"])
def test_claims_json_carry_citations(fixture_db: tuple[str, Fixture], fmt: str) -> None:
    db_url, fx = fixture_db
    rows = parse(query(db_url, "claims", "--topic", "nk-troops", "--format", fmt), fmt)
    assert sorted(r["id"] for r in rows) == sorted(fx.claim_ids[k] for k in
                                                   ("killed", "wounded", "hostile"))
    killed = next(r for r in rows if r["id"] == fx.claim_ids["killed"])
    assert {"category", "low", "high", "group", "attributions", "first_seen", "first_outlet",
            "outlets", "articles", "citations"} <= set(killed)
    assert len(killed["citations"]) == 2
    for citation in killed["citations"]:
        assert set(citation) >= CITATION and all(citation[k] for k in CITATION)


def test_claims_csv_flattens_citations(fixture_db: tuple[str, Fixture]) -> None:
    db_url, fx = fixture_db
    rows = parse(query(db_url, "claims", "--category", "killed", "--min-count", "50",
                       "--format", "csv"), "csv")
    (row,) = rows
    assert "citations" not in row
    assert row["citation_urls"].splitlines() == ["https://yonhap.example/nk/1",
                                                 "https://kyiv.example/war/2"]
    assert row["citation_outlets"].splitlines() == ["yonhap", "kyiv"]
    assert [d[:10] for d in row["citation_published_at"].splitlines()] == ["2026-11-10",
                                                                           "2026-11-12"]
    assert len(row["citation_sentences"].splitlines()) == 2
    assert row["citation_attributions"].splitlines()[1] == "Pentagon"
    assert row["outlets"] == "kyiv;yonhap"


def test_claims_filters(fixture_db: tuple[str, Fixture]) -> None:
    db_url, fx = fixture_db
    assert len(parse(query(db_url, "claims", "--format", "json"), "json")) == 4
    rows = parse(query(db_url, "claims", "--group", "troops", "--since", "2026-11-11",
                       "--until", "2026-11-13", "--format", "json"), "json")
    assert [r["id"] for r in rows] == [fx.claim_ids["wounded"]]
    table = query(db_url, "claims")
    assert "North Korean troops" in table and "(4 rows)" in table


@pytest.mark.parametrize("fmt", ["csv", "json", "jsonl"])
def test_changes_carry_citation(fixture_db: tuple[str, Fixture], fmt: str) -> None:
    db_url, _ = fixture_db
    (row,) = parse(query(db_url, "changes", "--since", "2026-11-01", "--outlet", "kyiv",
                         "--category", "killed", "--format", fmt), fmt)
    assert row["article_url"] == "https://kyiv.example/war/2" and row["outlet"] == "kyiv"
    assert str(row["published_at"]).startswith("2026-11-12")
    assert row["sentence"] == "The Pentagon said 100 North Korean soldiers had been killed."
    assert row["change"] == "killed 40 → 100"
    assert not parse(query(db_url, "changes", "--outlet", "yonhap", "--format", "json"), "json")


@pytest.mark.parametrize("fmt", ["csv", "json", "jsonl"])
def test_mentions_carry_citation(fixture_db: tuple[str, Fixture], fmt: str) -> None:
    db_url, _ = fixture_db
    rows = parse(query(db_url, "mentions", "--topic", "nk-troops", "--format", fmt), fmt)
    assert len(rows) == 4
    for row in rows:
        assert row["article_url"].startswith("https://") and row["outlet"]
        assert row["published_at"] and row["sentence"]


def test_query_claims_rejects_bad_values(fixture_db: tuple[str, Fixture]) -> None:
    db_url, _ = fixture_db
    result = CliRunner().invoke(cli, ["query", "claims", "--category", "dead", "--db", db_url])
    assert result.exit_code != 0 and "dead" in result.output


# -- CSV: a header even without rows; formula cells neutralised -----------------------------
NOTHING = {"articles": ["--outlet", "nobody"], "mentions": ["--outlet", "nobody"],
           "claims": ["--group", "nobody"], "changes": ["--outlet", "nobody"]}


@pytest.mark.parametrize("kind", sorted(NOTHING))
def test_empty_csv_still_has_its_header(fixture_db: tuple[str, Fixture], kind: str) -> None:
    db_url, _ = fixture_db
    full = query(db_url, kind, "--format", "csv")
    empty = query(db_url, kind, *NOTHING[kind], "--format", "csv")
    header = full.splitlines()[0]
    assert len(full.splitlines()) > 1 and header.startswith("id,")
    assert empty == header + "\n"


def test_empty_runs_csv_still_has_its_header(sqlite_url: str) -> None:
    from storage.db import Database

    Database(sqlite_url).dispose()
    result = CliRunner().invoke(cli, ["runs", "--format", "csv", "--db", sqlite_url])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines() == [
        "id,trigger,started_at,finished_at,status,outlets,exit_code,duration_s,errors,worker,"
        "job_id"]


FORMULAS = ["=HYPERLINK(\"http://evil.example\",\"x\")", "+1+cmd|' /C calc'!A0",
            "-2+3", "@SUM(A1:A2)"]


def test_csv_neutralises_formula_cells(sqlite_url: str) -> None:
    from storage.db import Database
    from tests.test_report import _article

    db = Database(sqlite_url)
    with db.begin() as session:
        session.add_all([_article(f"https://x.example/{i}", "x", 10 + i, ["t"], title)
                         for i, title in enumerate(FORMULAS)])
    db.dispose()
    rows = parse(query(sqlite_url, "articles", "--format", "csv"), "csv")
    assert sorted(r["title"] for r in rows) == sorted("'" + f for f in FORMULAS)
    assert all(r["id"].isdigit() for r in rows)  # numbers are not text: left alone
    as_json = parse(query(sqlite_url, "articles", "--format", "json"), "json")
    assert sorted(r["title"] for r in as_json) == sorted(FORMULAS)  # only CSV is changed
