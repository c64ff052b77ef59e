"""The HTML report: claims on a timeline, their citations, figure changes, crawl health.

One self-contained page (no CDN, no external scripts, styles or fonts): the chart is
drawn by matplotlib and inlined as SVG, with an SVG `<title>` tooltip per claim; the
page comes from Jinja2 templates with autoescaping on, so crawled text is always
escaped. `newsmon report` writes it to a file; `newsmon serve` shows it at /report.
"""

from __future__ import annotations

import io
import threading
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from jinja2 import Environment, PackageLoader, StrictUndefined
from sqlalchemy.orm import Session

from storage.db import Database
from storage.queries import cited_change_rows, claim_rows, outlet_health
from storage.records import ChangeFilter, ClaimFilter

CATEGORIES = ("killed", "wounded", "casualties", "missing", "captured")
CATEGORY_COLORS = {"killed": "#b2182b", "wounded": "#ef8a62", "casualties": "#7b3294",
                   "missing": "#2166ac", "captured": "#1b7837"}
SVG_NS = "http://www.w3.org/2000/svg"
XLINK_NS = "http://www.w3.org/1999/xlink"
MAX_POINT_LABELS = 25          # above this many claims the chart shows tooltips only
CITATION_FIELDS = {"url": "citation_urls", "outlet": "citation_outlets",
                   "published_at": "citation_published_at", "sentence": "citation_sentences",
                   "attribution": "citation_attributions", "in_title": "citation_in_title"}
_RENDER_LOCK = threading.Lock()  # matplotlib is not thread-safe; `serve` renders in threads


@dataclass(frozen=True, slots=True)
class ReportQuery:
    topic: str | None = None
    since: datetime | None = None   # claims first seen on/after; changes detected on/after
    until: datetime | None = None   # ... before


@dataclass(slots=True)
class ReportData:
    query: ReportQuery
    claims: list[dict[str, Any]]
    changes: list[dict[str, Any]]
    health: list[dict[str, Any]]
    generated_at: datetime = field(default_factory=lambda: datetime.now(UTC))


# -- data -------------------------------------------------------------------------
def collect_report(session: Session, query: ReportQuery) -> ReportData:
    claims = claim_rows(session, ClaimFilter(since=query.since, until=query.until,
                                             topic=query.topic))
    changes = cited_change_rows(session, ChangeFilter(since=query.since, until=query.until),
                                topic=query.topic)
    return ReportData(query, claims, changes, outlet_health(session, until=query.until))


def write_report(db: Database, query: ReportQuery, out: Path) -> ReportData:
    """Collect, render and write the report to `out`; returns what it shows."""
    with db.begin() as session:
        data = collect_report(session, query)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(render_report(data), encoding="utf-8")
    return data


# -- the chart ----------------------------------------------------------------------
def claim_figure(claim: dict[str, Any]) -> int | None:
    """The figure a claim is plotted at: its upper figure, else its lower one."""
    value = claim.get("high") or claim.get("low")
    return int(value) if value and value > 0 else None


def claim_tooltip(claim: dict[str, Any]) -> str:
    attributions = ", ".join(claim.get("attributions") or []) or "no attribution"
    outlets = ", ".join(claim.get("outlets") or []) or claim.get("first_outlet") or "-"
    return (f"{claim['category']} {figure_span(claim.get('low'), claim.get('high'))}: "
            f"{claim.get('group') or 'group not stated'}; according to {attributions}; "
            f"first seen {format_date(claim.get('first_seen'))} ({claim.get('first_outlet')}); "
            f"outlets: {outlets}")


def timeline_svg(claims: list[dict[str, Any]]) -> str | None:
    """Claims as points (figure, log scale) against first-seen date, one series per category;
    None when no claim has a positive figure."""
    points = [c for c in claims if claim_figure(c) and c.get("first_seen")]
    if not points:
        return None
    with _RENDER_LOCK:
        svg, tooltips = _draw_timeline(points)
    return _with_tooltips(svg, tooltips)


def _draw_timeline(points: list[dict[str, Any]]) -> tuple[bytes, dict[str, str]]:
    from matplotlib import dates as mdates
    from matplotlib.figure import Figure

    fig = Figure(figsize=(11, 4.6), layout="constrained")
    ax = fig.add_subplot()
    tooltips: dict[str, str] = {}
    for category in CATEGORIES:
        series = [c for c in points if c["category"] == category]
        for n, claim in enumerate(series):
            gid = f"claim-{claim['id']}"
            _plot_claim(ax, claim, CATEGORY_COLORS[category],
                        f"{category} ({len(series)})" if n == 0 else None, gid)
            tooltips[gid] = claim_tooltip(claim)
    if len(points) <= MAX_POINT_LABELS:
        for claim in points:
            ax.annotate(_short(claim.get("group") or ""), (claim["first_seen"],
                        claim_figure(claim)), xytext=(5, 4), textcoords="offset points",
                        fontsize=7, color="#333333", parse_math=False)
    ax.set_yscale("log")
    ax.set_ylabel("figure (log scale)")
    ax.set_xlabel("first seen")
    locator = mdates.AutoDateLocator()
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
    ax.grid(True, which="major", alpha=0.3)
    ax.legend(loc="upper left", fontsize=8, title="category", title_fontsize=8)
    buf = io.BytesIO()
    fig.savefig(buf, format="svg", metadata={"Date": None})
    return buf.getvalue(), tooltips


def _plot_claim(ax: Any, claim: dict[str, Any], color: str, label: str | None,
                gid: str) -> None:
    x = claim["first_seen"]
    low, high = claim.get("low"), claim_figure(claim)
    if low and high and 0 < low < high:       # a range: a bar from low to high
        ax.plot([x, x], [low, high], color=color, linewidth=2, alpha=0.5)
    (point,) = ax.plot([x], [high], marker="o", markersize=7, linestyle="none", color=color,
                       markeredgecolor="white", label=label)
    point.set_gid(gid)


def _short(text: str, limit: int = 28) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _with_tooltips(svg: bytes, tooltips: dict[str, str]) -> str:
    """matplotlib's SVG with a `<title>` in each claim's group and no metadata or DOCTYPE,
    ready to inline in HTML (ElementTree escapes the tooltip text)."""
    ET.register_namespace("", SVG_NS)
    ET.register_namespace("xlink", XLINK_NS)
    root = ET.fromstring(svg)
    for parent in list(root.iter()):
        for child in list(parent):
            if child.tag == f"{{{SVG_NS}}}metadata":
                parent.remove(child)
    for group in root.iter(f"{{{SVG_NS}}}g"):
        text = tooltips.get(group.get("id") or "")
        if text:
            title = ET.Element(f"{{{SVG_NS}}}title")
            title.text = text
            group.insert(0, title)
            group.set("class", "claim-point")
    root.set("width", "100%")
    root.attrib.pop("height", None)
    root.set("role", "img")
    root.set("aria-label", "Claims by first-seen date, figure on a log scale")
    return ET.tostring(root, encoding="unicode")


# -- HTML ---------------------------------------------------------------------------
def format_date(value: Any) -> str:
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d")
    return "-" if value is None else str(value)


def format_time(value: Any) -> str:
    if isinstance(value, datetime):
        return value.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")
    return "-" if value is None else str(value)


def figure_span(low: int | None, high: int | None) -> str:
    if low is None:
        return "-"
    return f"{low:,}" if high in (None, low) else f"{low:,}–{high:,}"


def safe_href(url: Any) -> str | None:
    """The URL when it is http(s) (crawled URLs are never turned into javascript: links)."""
    if isinstance(url, str) and urlsplit(url).scheme in ("http", "https"):
        return url
    return None


def compact(value: Any) -> str:
    """A cell's text: times in UTC, dicts as k=v, lists comma-separated, None as '-'."""
    if isinstance(value, datetime):
        return format_time(value)
    if isinstance(value, dict):
        return ", ".join(f"{k}={v}" for k, v in value.items()) or "-"
    if isinstance(value, list):
        return ", ".join(str(v) for v in value) or "-"
    return "-" if value is None else str(value)


def _environment() -> Environment:
    env = Environment(loader=PackageLoader("newsmon", "templates"), autoescape=True,
                      undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    env.filters.update(date=format_date, time=format_time, href=safe_href, compact=compact)
    env.globals.update(figure_span=figure_span, colors=CATEGORY_COLORS)
    return env


TEMPLATES = _environment()


def render_report(data: ReportData, *, web: bool = False,
                  form: dict[str, str] | None = None) -> str:
    """The report page; `web` adds the navigation and filter form (`form`: its values)."""
    return TEMPLATES.get_template("report.html").render(
        title=report_title(data.query), data=data, chart=timeline_svg(data.claims), web=web,
        form=form or {})


def render_page(template: str, **context: Any) -> str:
    return TEMPLATES.get_template(template).render(**context)


def report_title(query: ReportQuery) -> str:
    parts = [f"topic {query.topic}" if query.topic else "all topics"]
    if query.since:
        parts.append(f"from {format_date(query.since)}")
    if query.until:
        parts.append(f"until {format_date(query.until)}")
    return "newsmon report: " + ", ".join(parts)


# -- exports --------------------------------------------------------------------------
def flat_claim_row(row: dict[str, Any]) -> dict[str, Any]:
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
