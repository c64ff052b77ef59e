"""Rendering rows (lists of dicts) as a table, JSON, JSON lines or CSV."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from datetime import datetime
from typing import Any, TextIO

FORMATS = ("table", "json", "jsonl", "csv")


def _plain(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat()
    return value


def _json_default(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat()
    raise TypeError(f"{type(value).__name__} is not JSON serializable")


def write_rows(rows: list[dict[str, Any]], fmt: str, out: TextIO,
               table_columns: Sequence[str] = (), widths: dict[str, int] | None = None) -> None:
    if fmt == "json":
        json.dump(rows, out, ensure_ascii=False, indent=2, default=_json_default)
        out.write("\n")
    elif fmt == "jsonl":
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False, default=_json_default) + "\n")
    elif fmt == "csv":
        write_csv(rows, out)
    else:
        write_table(rows, table_columns or list(rows[0]) if rows else table_columns, out,
                    widths or {})


def write_csv(rows: list[dict[str, Any]], out: TextIO) -> None:
    if not rows:
        return
    writer = csv.DictWriter(out, fieldnames=list(rows[0]), lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: _csv_value(v) for k, v in row.items()})


def _csv_value(value: Any) -> Any:
    if isinstance(value, list):
        return ";".join(str(v) for v in value)
    return _plain(value)


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
