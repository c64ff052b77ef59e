"""Bad input from an operator: one line and a non-zero exit from the CLI, a 4xx with the
security headers from the web view; read-only commands never create a database."""

from __future__ import annotations

import csv
import io
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from newsmon.cli import cli, run
from newsmon.web import SECURITY_HEADERS as SECURITY
from storage.db import Database
from tests.test_report import REPO, _article, seed
from tests.test_web import Server, _wait_for_address, fetch


def newsmon_inline(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """`newsmon ARGV` through the real entry point (`newsmon.cli.run`), in this process."""
    code = run(cli.main, list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def assert_one_line_error(code: int, err: str, *fragments: str) -> None:
    assert code != 0
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("newsmon: error: "), err
    assert "Traceback" not in err
    for fragment in fragments:
        assert fragment in lines[0], err


# -- the CLI --------------------------------------------------------------------------------
@pytest.mark.parametrize("argv", [
    ["query", "articles", "--since", "99999999d"],
    ["query", "mentions", "--until", "99999999w"],
    ["query", "claims", "--since", "9" * 5000 + "d"],
    ["query", "articles", "--since", "0001-01-01T00:00:00+14:00"],
    ["query", "changes", "--until", "9999-12-31T23:59:59-14:00"],
    ["query", "mentions", "--min-count", str(10**23)],
    ["query", "articles", "--limit", str(10**23)],
    ["runs", "--limit", str(10**23)],
    ["query", "articles", "--search", "\udcff"],       # argv bytes that are not UTF-8
    ["query", "mentions", "--group", "a\udcffb"],
    ["query", "claims", "--topic", "\udcff"],
    ["query", "changes", "--outlet", "\udcff"],
    ["query", "articles", "--search", "a\x00b"],
])
def test_out_of_range_values_are_one_line(capsys: pytest.CaptureFixture[str], sqlite_url: str,
                                          argv: list[str]) -> None:
    Database(sqlite_url).dispose()
    code, _, err = newsmon_inline(capsys, *argv, "--db", sqlite_url)
    assert_one_line_error(code, err, "Invalid value for")


def test_report_into_a_missing_folder(capsys: pytest.CaptureFixture[str], sqlite_url: str,
                                      tmp_path: Path) -> None:
    Database(sqlite_url).dispose()
    out = tmp_path / "no" / "such" / "report.html"
    code, _, err = newsmon_inline(capsys, "report", "--out", str(out), "--db", sqlite_url)
    assert_one_line_error(code, err, "cannot write", "no folder")
    assert not out.parent.exists()
    a_file = tmp_path / "a-file"
    a_file.write_text("x")
    code, _, err = newsmon_inline(capsys, "report", "--out", str(a_file / "r.html"),
                                  "--db", sqlite_url)
    assert_one_line_error(code, err, "cannot write")


@pytest.mark.parametrize("argv", [["crawl"], ["alerts"], ["reprocess"]])
def test_sqlite_path_under_proc(capsys: pytest.CaptureFixture[str], argv: list[str],
                                tmp_path: Path) -> None:
    outlets = tmp_path / "o.toml"
    outlets.write_text('[[outlet]]\nname = "x"\nfeeds = ["http://127.0.0.1:9/f.xml"]\n')
    extra = ["--outlets", str(outlets)]
    for db in ("sqlite:////proc/newsmon-nowhere/x.db", "sqlite:////proc/self/x.db"):
        code, _, err = newsmon_inline(capsys, *argv, *extra, "--db", db)
        assert_one_line_error(code, err, "/proc/")


@pytest.mark.parametrize("argv", [
    ["query", "articles"], ["query", "mentions"], ["query", "claims"], ["query", "changes"],
    ["runs"], ["status"], ["serve", "--port", "0"], ["report", "--out", "REPORT"],
])
def test_read_only_commands_refuse_a_missing_database(
        capsys: pytest.CaptureFixture[str], tmp_path: Path, argv: list[str]) -> None:
    folder = tmp_path / "typo"
    argv = [str(tmp_path / "r.html") if a == "REPORT" else a for a in argv]
    for path in (tmp_path / "newsmon-typo.db", folder / "newsmon.db"):
        code, out, err = newsmon_inline(capsys, *argv, "--db", f"sqlite:///{path}")
        assert_one_line_error(code, err, "no database at", str(path))
        assert not path.exists() and not folder.exists()
        assert "(no rows)" not in out
    assert not (tmp_path / "r.html").exists()


def test_read_only_commands_still_read_an_existing_database(
        capsys: pytest.CaptureFixture[str], sqlite_url: str) -> None:
    seed(sqlite_url)
    code, out, err = newsmon_inline(capsys, "query", "articles", "--db", sqlite_url)
    assert code == 0, err
    assert "(4 rows)" in out


# -- the web view ---------------------------------------------------------------------------
@pytest.fixture
def served(db_url: str, tmp_path: Path) -> Iterator[Server]:
    """`newsmon serve` over a seeded database, on SQLite and on PostgreSQL."""
    fixture = seed(db_url)
    db = Database(db_url)
    with db.begin() as session:
        session.add(_article("https://x.example/f", "x", 20, [], "=HYPERLINK(\"http://e\")"))
    db.dispose()
    log = tmp_path / "serve.log"
    with log.open("w") as err:
        proc = subprocess.Popen([sys.executable, "-m", "newsmon", "serve", "--port", "0",
                                 "--db", db_url], cwd=REPO, stdout=subprocess.DEVNULL,
                                stderr=err)
    try:
        yield Server(_wait_for_address(proc, log), fixture, log)
    finally:
        proc.terminate()
        proc.wait(timeout=10)


BAD_WEB_INPUTS = [
    "/api/articles/99999999999999999999",
    "/articles/99999999999999999999",
    "/api/articles?since=99999999d",
    "/api/mentions?until=99999999d",
    "/api/claims?since=0001-01-01T00:00:00%2B14:00",
    "/api/changes?until=9999-12-31T23:59:59-14:00",
    "/report?since=99999999d",
    "/api/mentions?min_count=100000000000000000000000",
    "/api/claims?min_count=100000000000000000000000",
    "/mentions?min_count=100000000000000000000000",
    "/api/articles?search=%00",
    "/articles?search=%00",
    "/api/mentions?group=a%00b",
    "/api/mentions?attribution=%00",
    "/api/articles?topic=%00",
    "/api/articles?outlet=yonhap&outlet=%00",
    "/api/claims?group=%00",
]


def test_bad_web_inputs_are_4xx_with_security_headers(served: Server) -> None:
    for path in BAD_WEB_INPUTS:
        reply = fetch(served, path)
        assert 400 <= reply.status < 500, (path, reply.status, reply.body[:300])
        for name, value in SECURITY.items():
            assert reply.headers.get(name) == value, (path, name)
        if path.startswith("/api/"):
            assert reply.json()["message"], path
    assert "Traceback" not in served.log.read_text()
    good = fetch(served, "/api/articles?search=pentagon")
    assert good.status == 200 and len(good.json()) == 1


def test_web_csv_has_a_header_without_rows_and_no_formulas(served: Server) -> None:
    for kind in ("articles", "mentions", "claims", "changes", "runs"):
        full = fetch(served, f"/api/{kind}?format=csv")
        nothing = "limit=1" if kind == "runs" else "since=2100-01-01"
        empty = fetch(served, f"/api/{kind}?{nothing}&format=csv")
        header = full.body.splitlines()[0]
        assert full.status == 200 and len(full.body.splitlines()) > 1
        if kind != "runs":
            assert empty.status == 200 and empty.body == header + "\n", kind
    rows = list(csv.DictReader(io.StringIO(fetch(served, "/api/articles?format=csv").body)))
    assert "'=HYPERLINK(\"http://e\")" in [r["title"] for r in rows]
    assert not any(r["title"].startswith("=") for r in rows)
