"""The one output layer: rows (lists of dicts) rendered as a table, JSON, JSON lines or CSV.

`FORMATS` is the registry every surface uses: the CLI's `--format` choices, the web
API's `format=` values and media types come from it, so a new format is one
`register_format` call. A `View` says how one kind of row reads in a flat format (the
table's columns and widths; `flatten` for nested rows such as claims with citations),
and is declared once for the CLI and the web (`VIEWS`).
"""

from __future__ import annotations

import csv
import io
import itertools
import json
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from typing import Any, TextIO

Row = dict[str, Any]
# A renderer writes rows as they come: an export of every row (`newsmon query --all`) holds
# one page of them at a time, whatever the format.
Renderer = Callable[[Iterable[Row], TextIO, "View"], None]
TABLE_BATCH = 1000  # a table's column widths are measured over its first this many rows
# A cell starting with one of these is a formula to Excel, LibreOffice and Google Sheets
# (OWASP "CSV injection"): such text cells get a leading quote.
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True, slots=True)
class View:
    """How one kind of row is shown: table columns and widths, and a flattening step for
    formats whose cells are plain values (table, CSV)."""

    columns: Sequence[str] = ()
    widths: dict[str, int] = field(default_factory=dict)
    flatten: Callable[[Row], Row] | None = None
    fields: Sequence[str] = ()  # CSV header when there is no row to take it from


@dataclass(frozen=True, slots=True)
class OutputFormat:
    name: str
    media_type: str
    render: Renderer
    flat: bool = False         # rows go through the view's `flatten` first


FORMATS: dict[str, OutputFormat] = {}
PLAIN = View()


def register_format(name: str, media_type: str, flat: bool = False
                    ) -> Callable[[Renderer], Renderer]:
    """Add a format to the registry (decorator over its renderer)."""
    def add(render: Renderer) -> Renderer:
        FORMATS[name] = OutputFormat(name, media_type, render, flat)
        return render
    return add


def format_names() -> tuple[str, ...]:
    return tuple(FORMATS)


def render(rows: Iterable[Row], fmt: str, out: TextIO, view: View = PLAIN,
           blank: Row | None = None) -> None:
    """Write `rows` in format `fmt` (a name in FORMATS) to `out`, streaming: `rows` may be
    a generator of any length. `blank` is an empty row of the kind shown: with no rows, a
    CSV still gets its header from it."""
    output = FORMATS[fmt]
    if output.flat and view.flatten is not None:
        rows = map(view.flatten, rows)
        blank = view.flatten(blank) if blank is not None else None
    if blank is not None:
        view = replace(view, fields=tuple(blank))
    output.render(rows, out, view)


def render_text(rows: Iterable[Row], fmt: str, view: View = PLAIN, blank: Row | None = None) -> str:
    buf = io.StringIO()
    render(rows, fmt, buf, view, blank)
    return buf.getvalue()


def write_rows(rows: list[Row], fmt: str, out: TextIO, table_columns: Sequence[str] = (),
               widths: dict[str, int] | None = None, fields: Sequence[str] = ()) -> None:
    """`render` with an ad-hoc view (columns, widths, the CSV header without rows)."""
    render(rows, fmt, out, View(tuple(table_columns), widths or {}, fields=tuple(fields)))


# -- plain values ---------------------------------------------------------------------
def plain(value: Any) -> Any:
    """JSON-ready: datetimes as ISO 8601, dataclass-like rows via `as_dict`, recursively."""
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [plain(v) for v in value]
    if hasattr(value, "as_dict"):
        return plain(value.as_dict())
    return value


def _json_default(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if hasattr(value, "as_dict"):
        return value.as_dict()
    raise TypeError(f"{type(value).__name__} is not JSON serializable")


# -- the formats ----------------------------------------------------------------------
@register_format("table", "text/plain; charset=utf-8", flat=True)
def write_table_rows(rows: Iterable[Row], out: TextIO, view: View) -> None:
    """Columns sized to the first TABLE_BATCH rows (all of them, for most outputs); a longer
    output goes on in the same columns, a batch at a time."""
    batches = _batches(rows, TABLE_BATCH)
    first = next(batches, [])
    columns = view.columns or (list(first[0]) if first else [])
    if not first:
        out.write("(no rows)\n")
        return
    sizes = write_table_batch(first, columns, out, view.widths, None)
    count = len(first)
    for batch in batches:
        write_table_batch(batch, columns, out, view.widths, sizes)
        count += len(batch)
    out.write(f"({count} rows)\n")


def _batches(rows: Iterable[Row], size: int) -> Iterator[list[Row]]:
    iterator = iter(rows)
    while batch := list(itertools.islice(iterator, size)):
        yield batch


@register_format("json", "application/json")
def write_json(rows: Iterable[Row], out: TextIO, view: View) -> None:
    """What `json.dump(rows, indent=2)` writes, a row at a time."""
    opened = False
    for row in rows:
        out.write(",\n" if opened else "[\n")
        opened = True
        text = json.dumps(row, ensure_ascii=False, indent=2, default=_json_default)
        out.write("  " + text.replace("\n", "\n  "))
    out.write("\n]\n" if opened else "[]\n")


@register_format("jsonl", "application/x-ndjson; charset=utf-8")
def write_jsonl(rows: Iterable[Row], out: TextIO, view: View) -> None:
    for row in rows:
        out.write(json.dumps(row, ensure_ascii=False, default=_json_default) + "\n")


@register_format("csv", "text/csv; charset=utf-8", flat=True)
def write_csv_rows(rows: Iterable[Row], out: TextIO, view: View) -> None:
    write_csv(rows, out, view.fields)


def write_csv(rows: Iterable[Row], out: TextIO, fields: Sequence[str] = ()) -> None:
    """A header (from the first row, else `fields`) and the rows, formula cells neutralised."""
    iterator = iter(rows)
    first = next(iterator, None)
    header = list(first) if first is not None else list(fields)
    if not header:
        return
    writer = csv.DictWriter(out, fieldnames=header, lineterminator="\n")
    writer.writeheader()
    for row in itertools.chain([first] if first is not None else [], iterator):
        writer.writerow({k: _csv_value(v) for k, v in row.items()})


def _csv_value(value: Any) -> Any:
    if isinstance(value, dict) or (isinstance(value, list) and any(
            isinstance(v, dict | list) for v in value)):
        return json.dumps(plain(value), ensure_ascii=False)
    if isinstance(value, list):
        value = ";".join(str(v) for v in value)
    value = plain(value)
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
    else:  # lines of a multi-line cell (an estimate's sources) are kept apart by " | "
        text = " | ".join(" ".join(line.split()) for line in str(value).splitlines()
                          if line.strip())
    return text if len(text) <= width else text[: width - 1] + "…"


def write_table(rows: list[Row], columns: Sequence[str], out: TextIO,
                widths: dict[str, int]) -> None:
    if not rows:
        out.write("(no rows)\n")
        return
    write_table_batch(rows, columns, out, widths, None)
    out.write(f"({len(rows)} rows)\n")


def write_table_batch(rows: list[Row], columns: Sequence[str], out: TextIO,
                      widths: dict[str, int], sizes: list[int] | None) -> list[int]:
    """Rows of a table; with no `sizes` yet, the header first, sized to these rows.
    Returns the column sizes used."""
    cells = [[_cell(r.get(c), widths.get(c, 40)) for c in columns] for r in rows]
    buf = io.StringIO()
    if sizes is None:
        sizes = [max(len(c), *(len(row[i]) for row in cells)) for i, c in enumerate(columns)]
        buf.write("  ".join(c.ljust(sizes[i]) for i, c in enumerate(columns)).rstrip() + "\n")
        buf.write("  ".join("-" * s for s in sizes) + "\n")
    for row in cells:
        buf.write("  ".join(v.ljust(sizes[i]) for i, v in enumerate(row)).rstrip() + "\n")
    out.write(buf.getvalue())
    return sizes


# -- the views: each kind of row, shown the same way by the CLI and the web ------------
CITATION_FIELDS = {"url": "citation_urls", "title": "citation_titles",
                   "outlet": "citation_outlets", "published_at": "citation_published_at",
                   "sentence": "citation_sentences", "attribution": "citation_attributions",
                   "in_title": "citation_in_title"}


def flat_claim_row(row: Row) -> Row:
    """A claim row for CSV: its citations flattened into aligned `citation_*` columns,
    one value per line (newlines inside a sentence become spaces)."""
    flat = {k: v for k, v in row.items() if k != "citations"}
    citations = row.get("citations") or []
    for key, column in CITATION_FIELDS.items():
        flat[column] = "\n".join(_one_line(c.get(key)) for c in citations)
    return flat


def _one_line(value: Any) -> str:
    if isinstance(value, datetime):
        return value.isoformat()
    return "" if value is None else " ".join(str(value).split())


def flat_estimate_row(row: Row) -> Row:
    """An estimate for a table or CSV: the current figures side by side, one per line, as
    "source: figure (date)" (`figures`) and with their citation, "source: figure (date,
    title <url>)" (`sources`); history as "date low/best/high"."""
    flat = {k: v for k, v in row.items() if k not in ("current", "history", "points")}
    flat["figures"] = "\n".join(f"{p['source']}: {p['figure']} ({_day(p['published_at'])})"
                                for p in row.get("current") or [])
    flat["sources"] = "\n".join(
        f"{p['source']}: {p['figure']} ({_day(p['published_at'])}, {p['title'] or '-'} "
        f"<{p['url']}>)" for p in row.get("current") or [])
    flat["history"] = "\n".join(f"{_day(s['as_of'])} {s['low']}/{s['best']}/{s['high']}"
                                for s in row.get("history") or [])
    return flat


def _day(value: Any) -> str:
    return value.strftime("%Y-%m-%d") if isinstance(value, datetime) else str(value)[:10]


VIEWS: dict[str, View] = {
    "articles": View(("id", "published_at", "outlet", "title", "topics", "url"),
                     {"title": 60, "url": 70}),
    "mentions": View(("published_at", "outlet", "category", "low", "high", "qualifier",
                      "group", "attribution", "in_title", "sentence"),
                     {"group": 30, "attribution": 30, "sentence": 70}),
    "claims": View(("first_seen", "figure", "group", "attributions", "outlets", "articles"),
                   {"figure": 36, "group": 30, "attributions": 40}, flat_claim_row),
    "changes": View(("detected_at", "outlet", "change", "group", "title", "article_url"),
                    {"title": 50, "article_url": 60}),
    "estimates": View(("group", "category", "low", "best", "high", "as_of", "conflicting",
                       "figures"), {"group": 28, "figures": 160}, flat_estimate_row),
}
