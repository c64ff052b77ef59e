"""The one output layer (newsmon/output.py): every format of the registry renders the same
rows for the CLI and the web view, and a new format is one `register_format` call."""

from __future__ import annotations

import ast
import csv
import io
import json
import subprocess
import sys
from datetime import UTC, datetime

import pytest

from newsmon.output import FORMATS, VIEWS, render_text
from tests.sitecrawl import REPO

ROWS = [{"id": 1, "figure": "at least 140 killed", "category": "killed", "low": 140,
         "high": 140, "group": "soldiers", "attributions": ["officials"],
         "first_seen": datetime(2026, 11, 20, 8, 11, tzinfo=UTC), "outlets": ["a", "b"],
         "articles": 2, "citations": [{"url": "https://a.org/1", "title": "Story", "outlet": "a",
                                       "published_at": datetime(2026, 11, 20, tzinfo=UTC),
                                       "sentence": "At least 140\nkilled.",
                                       "attribution": "officials"}]}]


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_every_format_renders_claims(fmt: str) -> None:
    text = render_text(ROWS, fmt, VIEWS["claims"])
    if fmt == "json":
        assert json.loads(text)[0]["citations"][0]["published_at"] == "2026-11-20T00:00:00+00:00"
    elif fmt == "jsonl":
        assert json.loads(text.splitlines()[0])["figure"] == "at least 140 killed"
    elif fmt == "csv":
        [row] = list(csv.DictReader(io.StringIO(text)))
        assert (row["citation_titles"], row["citation_sentences"]) == ("Story",
                                                                       "At least 140 killed.")
        assert row["outlets"] == "a;b" and "citations" not in row
    else:
        assert "at least 140 killed" in text and "(1 rows)" in text


NEW_FORMAT = """
import sys
from newsmon.output import register_format

@register_format("tsv", "text/tab-separated-values")
def tsv(rows, out, view):
    for row in rows:
        out.write("\\t".join(str(row.get(c, "")) for c in view.columns or row) + "\\n")

from newsmon.cli import main
from newsmon.web import rows_response
response = rows_response([{"id": 1, "title": "x"}], "tsv", "articles")
print(response.media_type, repr(response.body.decode()), file=sys.stderr)
main(["query", "articles", "--db", sys.argv[1], "--format", "tsv"])
"""


def test_a_new_format_is_one_registration_for_cli_and_web(sqlite_url: str) -> None:
    from storage.db import Database

    Database(sqlite_url).dispose()  # read-only commands refuse a missing database
    done = subprocess.run([sys.executable, "-c", NEW_FORMAT, sqlite_url], cwd=REPO,
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    assert "text/tab-separated-values '1\\tx\\n'" in done.stderr
    assert done.stdout == ""                                           # no articles yet


def test_the_web_view_does_not_import_click() -> None:
    tree = ast.parse((REPO / "newsmon" / "web.py").read_text(encoding="utf-8"))
    imported: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            imported |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            imported.add(node.module.split(".")[0])
    assert "click" not in imported and "fastapi" in imported
