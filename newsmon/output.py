"""Rendering rows (lists of dicts) as a table, JSON, JSON lines or CSV."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from datetime import datetime
from typing import Any, TextIO

FORMATS = ("table", "json", "jsonl", "csv")
# A cell starting with one of these is a formula to Excel, LibreOffice and Google Sheets
# (OWASP "CSV injection"): such text cells get a leading quote.
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def _plain(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat()
    return value


def _json_default(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat()
    raise TypeError(f"{type(value).__name__} is not JSON serializable")


def write_rows(rows: list[dict[str, Any]], fmt: str, out: TextIO,
               table_columns: Sequence[str] = (), widths: dict[str, int] | None = None,
               fields: Sequence[str] = ()) -> None:
    """`rows` in `fmt`; `fields` are the CSV columns when there is no row to take them from."""
    if fmt == "json":
        json.dump(rows, out, ensure_ascii=False, indent=2, default=_json_default)
        out.write("\n")
    elif fmt == "jsonl":
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False, default=_json_default) + "\n")
    elif fmt == "csv":
        write_csv(rows, out, fields)
    else:
        write_table(rows, table_columns or list(rows[0]) if rows else table_columns, out,
                    widths or {})


def write_csv(rows: list[dict[str, Any]], out: TextIO, fields: Sequence[str] = ()) -> None:
    """A header (from the first row, else `fields`) and the rows, formula cells neutralised."""
    header = list(rows[0]) if rows else list(fields)
    if not header:
        return
    writer = csv.DictWriter(out, fieldnames=header, lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: _csv_value(v) for k, v in row.items()})


def _csv_value(value: Any) -> Any:
    if isinstance(value, list):
        value = ";".join(str(v) for v in value)
    value = _plain(value)
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


def _cell(value: Any, width: int) -> str:
    if isinstance(value, datetime):
        text = value.strftime("%Y-%m-%d %H:%M")
    elif isinstance(value, list):
        text = ",".join(str(v) for v in value)
    elif value is None:
        text = "-"
    else:
        text = " ".join(str(value).split())
    return text if len(text) <= width else text[: width - 1] + "…"


def write_table(rows: list[dict[str, Any]], columns: Sequence[str], out: TextIO,
                widths: dict[str, int]) -> None:
    if not rows:
        out.write("(no rows)\n")
        return
    cells = [[_cell(r.get(c), widths.get(c, 40)) for c in columns] for r in rows]
    sizes = [max(len(c), *(len(row[i]) for row in cells)) for i, c in enumerate(columns)]
    buf = io.StringIO()
    buf.write("  ".join(c.ljust(sizes[i]) for i, c in enumerate(columns)).rstrip() + "\n")
    buf.write("  ".join("-" * s for s in sizes) + "\n")
    for row in cells:
        buf.write("  ".join(v.ljust(sizes[i]) for i, v in enumerate(row)).rstrip() + "\n")
    out.write(buf.getvalue())
    out.write(f"({len(rows)} rows)\n")
