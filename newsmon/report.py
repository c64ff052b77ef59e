"""The HTML report: claims on a timeline, their citations, figure changes, crawl health.

One self-contained page (no CDN, no external scripts, styles or fonts): the chart is
drawn by matplotlib and inlined as SVG, with an SVG `<title>` tooltip per claim; the
page comes from Jinja2 templates with autoescaping on, so crawled text is always
escaped. `newsmon report` writes it to a file; `newsmon serve` shows it at /report.
"""

from __future__ import annotations

import hashlib
import io
import json
import re
import threading
import xml.etree.ElementTree as ET
from collections import Counter, OrderedDict
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup, escape
from sqlalchemy.orm import Session

from newsmon.output import flat_claim_row
from newsmon.views import outlet_counts
from storage.db import Database
from storage.digest import DayCount, change_count, claims_per_day, latest_claims
from storage.figures import figure_text
from storage.kept_estimates import kept_latest
from storage.queries import (
    cited_change_rows,
    claim_rows_of,
    latest_estimate_rows,
    outlet_health,
)
from storage.records import ChangeFilter, ClaimFilter, EstimateFilter

__all__ = ["flat_claim_row"]  # re-exported for callers of the report module
CATEGORIES = ("killed", "wounded", "casualties", "missing", "captured")
CATEGORY_COLORS = {"killed": "#b2182b", "wounded": "#ef8a62", "casualties": "#7b3294",
                   "missing": "#2166ac", "captured": "#1b7837"}
SVG_NS = "http://www.w3.org/2000/svg"
XLINK_NS = "http://www.w3.org/1999/xlink"
MAX_POINT_LABELS = 25          # above this many claims the chart shows tooltips only
NO_ALIASES = EstimateFilter()   # estimates without configured group/source aliases
_RENDER_LOCK = threading.Lock()  # matplotlib is not thread-safe; `serve` renders in threads
# Band charts drawn lately, by what they draw: a chart takes ~250 ms to draw, and the web
# view's /estimates draws twelve, though they change only when a crawl moves an estimate.
CHART_CACHE = 256
_charts: OrderedDict[str, str | None] = OrderedDict()


@dataclass(frozen=True, slots=True)
class ReportQuery:
    topic: str | None = None
    since: datetime | None = None   # claims first seen on/after; changes detected on/after
    until: datetime | None = None   # ... before


@dataclass(slots=True)
class ReportData:
    """What the report shows (`claims`, `changes`, `estimates`: the rows shown) and how many
    there are in all (the counts), so a report over a large database stays bounded."""

    query: ReportQuery
    claims: list[dict[str, Any]]
    changes: list[dict[str, Any]]
    health: list[dict[str, Any]]
    estimates: list[dict[str, Any]] = field(default_factory=list)
    generated_at: datetime = field(default_factory=lambda: datetime.now(UTC))
    daily: list[DayCount] = field(default_factory=list)    # claims per day and category
    estimates_total: int | None = None     # None: as many as shown
    changes_total: int | None = None

    @property
    def claim_counts(self) -> dict[str, int]:
        """Claims per category in the range (all of them, not only those shown)."""
        counts: dict[str, int] = {}
        for day in self.daily:
            counts[day.category] = counts.get(day.category, 0) + day.claims
        return counts or Counter(c["category"] for c in self.claims)

    @property
    def claims_total(self) -> int:
        return sum(self.claim_counts.values())

    @property
    def claims_cut(self) -> dict[str, tuple[int, int]]:
        """Per category whose claims are not all shown: (shown, in all)."""
        shown = Counter(c["category"] for c in self.claims)
        return {category: (shown[category], total)
                for category, total in sorted(self.claim_counts.items())
                if total > shown[category]}


# -- data -------------------------------------------------------------------------
MAX_CLAIMS_PER_CATEGORY = 50   # the latest claims shown (and plotted) per category
MAX_ESTIMATES = 24             # the latest estimates shown
MAX_CHANGES = 200              # the latest figure changes shown


def collect_report(session: Session, query: ReportQuery,
                   estimates: EstimateFilter = NO_ALIASES) -> ReportData:
    """What the report shows; `estimates` carries the configured aliases and window.
    Counts come from SQL; only the rows shown are loaded."""
    where = ClaimFilter(since=query.since, until=query.until, topic=query.topic)
    claims = claim_rows_of(session, latest_claims(session, where, MAX_CLAIMS_PER_CATEGORY))
    changes, changes_total = _changes(session, query)
    shown, estimates_total = _latest_estimates(
        session, replace(estimates, topic=query.topic, until=query.until))
    return ReportData(query, claims, changes, outlet_health(session, until=query.until),
                      shown, daily=claims_per_day(session, where),
                      estimates_total=estimates_total, changes_total=changes_total)


def _latest_estimates(session: Session, where: EstimateFilter
                      ) -> tuple[list[dict[str, Any]], int]:
    """The latest MAX_ESTIMATES estimates and how many there are: from the kept estimates
    when they can answer, else reconciled (only the groups that can be among them)."""
    kept = kept_latest(session, where, MAX_ESTIMATES)
    if kept is not None:
        rows, total = kept
        return [{**row, "figures": row["points_total"]} for row in rows], total
    reconciled, total = latest_estimate_rows(session, where, MAX_ESTIMATES,
                                             keep_points=MAX_CHART_POINTS)
    return [{**r.as_dict(), "figures": r.trimmed_from or len(r.points)}
            for r in reconciled], total


def _changes(session: Session, query: ReportQuery) -> tuple[list[dict[str, Any]], int]:
    """The latest MAX_CHANGES figure changes and how many there are (with a topic, which
    is known only per change's story, all of them)."""
    where = ChangeFilter(since=query.since, until=query.until,
                         limit=None if query.topic else MAX_CHANGES)
    rows = cited_change_rows(session, where, topic=query.topic)
    return rows, len(rows) if query.topic else change_count(session, query.since, query.until)


def write_report(db: Database, query: ReportQuery, out: Path,
                 estimates: EstimateFilter = NO_ALIASES) -> ReportData:
    """Collect, render and write the report to `out`; returns what it shows."""
    with db.begin() as session:
        data = collect_report(session, query, estimates)
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
    return (f"{claim_text(claim)}: "
            f"{claim.get('group') or 'group not stated'}; according to {attributions}; "
            f"first seen {format_date(claim.get('first_seen'))} ({claim.get('first_outlet')}); "
            f"outlets: {outlets}")


def claim_text(claim: dict[str, Any]) -> str:
    """The claim's figure with its hedge ("at least 140 killed")."""
    return claim.get("figure") or figure_text(claim["category"], claim.get("low"),
                                              claim.get("high"), claim.get("qualifier", "exact"))


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

    fig = framed_figure(11, 4.6)
    ax = fig.add_subplot()
    tooltips: dict[str, str] = {}
    for category in CATEGORIES:
        series = [c for c in points if c["category"] == category]
        for n, claim in enumerate(series):
            gid = f"claim-{claim['id']}"
            _plot_claim(ax, claim, CATEGORY_COLORS[category],
                        f"{category} ({len(series)})" if n == 0 else None, gid)
            tooltips[gid] = claim_tooltip(claim)
    log_figure_axis(ax, [claim_figure(c) or 1 for c in points])
    ax.set_xlabel("first seen")
    date_axis(ax, [c["first_seen"] for c in points])
    ax.grid(True, which="major", alpha=0.3)
    ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1.0), fontsize=8, title="category",
              title_fontsize=8, borderaxespad=0)
    if len(points) <= MAX_POINT_LABELS:
        place_labels(fig, ax, [(_short(c.get("group") or ""), c["first_seen"],
                                claim_figure(c), f"label-{c['id']}") for c in points])
    buf = io.BytesIO()
    fig.savefig(buf, format="svg", metadata={"Date": None})
    return buf.getvalue(), tooltips


LOG_SCALE_FROM = 20     # figures spanning this ratio or more get a log axis


def log_figure_axis(ax: Any, figures: list[int]) -> None:
    """A y axis for casualty figures in plain numbers (1, 10, 100, 1,000): logarithmic when
    they span LOG_SCALE_FROM times or more (a handful beside thousands), else linear from
    zero; with room above the highest and below the lowest point for their labels."""
    from matplotlib.ticker import FuncFormatter, MaxNLocator, NullFormatter

    low, high = max(min(figures), 1), max(max(figures), 1)
    plain = FuncFormatter(lambda v, _pos: f"{v:,.0f}" if v >= 1 or v == 0 else f"{v:g}")
    if high / low >= LOG_SCALE_FROM:
        ax.set_yscale("log")
        ax.set_ylim(low / 1.8, high * 2.2)
        ax.yaxis.set_minor_formatter(NullFormatter())
        ax.set_ylabel("figure (log scale)")
    else:
        ax.set_ylim(0, high * 1.3)
        ax.yaxis.set_major_locator(MaxNLocator(nbins=6, integer=True))
        ax.set_ylabel("figure")
    ax.yaxis.set_major_formatter(plain)


def framed_figure(width: float, height: float) -> Any:
    """A figure whose axes sit in fixed margins (inches): room for the figure ticks on the
    left, two-line date ticks below and the legend on the right. Fixed, not a layout
    engine, so label positions measured before saving are the ones drawn (and a chart
    costs one draw, not three)."""
    from matplotlib.figure import Figure

    fig = Figure(figsize=(width, height))
    fig.subplots_adjust(left=0.95 / width, right=1 - 1.65 / width, bottom=0.75 / height,
                        top=1 - 0.15 / height)
    return fig


class CompleteDateFormatter:
    """Tick labels that never leave a date out: the first tick, and every tick on a new
    day, carries its full date (YYYY-MM-DD); ticks within a day carry the time under it.
    (matplotlib's ConciseDateFormatter leaves the first day undated when the first tick
    falls within it, with the date only in an offset at the far end.)"""

    @staticmethod
    def labels(ticks: list[datetime]) -> list[str]:
        out, previous = [], None
        with_time = any((t.hour, t.minute) != (0, 0) for t in ticks)
        for tick in ticks:
            day = tick.strftime("%Y-%m-%d") if tick.date() != previous else ""
            time = tick.strftime("%H:%M") if with_time else ""
            out.append("\n".join(part for part in (day, time) if part) or day)
            previous = tick.date()
        return out


def date_axis(ax: Any, dates: list[datetime]) -> None:
    """Date ticks on `ax`'s x axis: whole days when the dates span two days or more
    (the axis then starts and ends on a day, padded half a day), each labelled completely."""
    from matplotlib import dates as mdates
    from matplotlib.ticker import FixedFormatter, FixedLocator

    first, last = min(dates), max(dates)
    days = (last.date() - first.date()).days
    if days >= 2:
        start = datetime(first.year, first.month, first.day, tzinfo=UTC)
        step = max(1, -(-days // 8))        # at most ~9 ticks
        ticks = [start + timedelta(days=n) for n in range(0, days + step + 1, step)]
        ax.set_xlim(start - timedelta(hours=12), ticks[-1] + timedelta(hours=12))
    else:
        pad = timedelta(hours=max(1.0, (last - first).total_seconds() / 3600 / 8))
        ax.set_xlim(first - pad, last + pad)
        locator = mdates.AutoDateLocator(minticks=3, maxticks=8)
        ticks = [mdates.num2date(v) for v in locator.tick_values(first - pad, last + pad)]
        ticks = [t for t in ticks if first - pad <= t <= last + pad]
    ax.xaxis.set_major_locator(FixedLocator([mdates.date2num(t) for t in ticks]))
    ax.xaxis.set_major_formatter(FixedFormatter(CompleteDateFormatter.labels(ticks)))


# Where a point's label may go, tried in order: offsets in points and the text alignment.
LABEL_SPOTS = ((5, 4, "left", "bottom"), (5, -4, "left", "top"), (-5, 4, "right", "bottom"),
               (-5, -4, "right", "top"), (0, 7, "center", "bottom"), (0, -7, "center", "top"))


def place_labels(fig: Any, ax: Any, labels: list[tuple[str, Any, Any, str]]) -> int:
    """Annotate points with labels that never overlap each other, the legend or the ticks:
    each label takes the first spot around its point that is free and inside the axes, or
    is left out (its point keeps its tooltip). The layout is fixed first, so positions
    measured here are the ones drawn. Returns how many labels were placed."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    renderer = FigureCanvasAgg(fig).get_renderer()   # measures text as the SVG draws it
    inside = ax.get_window_extent(renderer)
    taken = [t.get_window_extent(renderer) for t in _texts(ax)]
    legend = ax.get_legend()
    if legend is not None:
        taken.append(legend.get_window_extent(renderer))
    placed = 0
    for text, x, y, gid in labels:
        if not text:
            continue
        box = _place(ax, renderer, text, (x, y), gid, inside, taken)
        if box is not None:
            taken.append(box)
            placed += 1
    return placed


def _texts(ax: Any) -> list[Any]:
    return [*ax.get_xticklabels(), *ax.get_yticklabels(), ax.xaxis.label, ax.yaxis.label]


def _place(ax: Any, renderer: Any, text: str, xy: tuple[Any, Any], gid: str, inside: Any,
           taken: list[Any]) -> Any:
    for dx, dy, ha, va in LABEL_SPOTS:
        label = ax.annotate(text, xy, xytext=(dx, dy), textcoords="offset points", fontsize=7,
                            color="#333333", ha=ha, va=va, parse_math=False,
                            annotation_clip=False)
        box = label.get_window_extent(renderer).expanded(1.06, 1.15)
        fits = (inside.x0 <= box.x0 and box.x1 <= inside.x1 and inside.y0 <= box.y0
                and box.y1 <= inside.y1)
        if fits and not any(box.overlaps(other) for other in taken):
            label.set_gid(gid)
            return box
        label.remove()
    return None


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


def _with_tooltips(svg: bytes, tooltips: dict[str, str], css: str = "claim-point",
                   label: str = "Claims by first-seen date, figure on a log scale") -> str:
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
            group.set("class", css)
    root.set("width", "100%")
    root.attrib.pop("height", None)
    root.set("role", "img")
    root.set("aria-label", label)
    return ET.tostring(root, encoding="unicode")


def daily_svg(daily: list[DayCount]) -> str | None:
    """Claims first seen per day, one line per category: every claim of the range, when
    the timeline above draws only the latest of each category."""
    if not daily:
        return None
    with _RENDER_LOCK:
        fig = framed_figure(11, 3.2)
        ax = fig.add_subplot()
        for category in sorted({d.category for d in daily}):
            days = [d for d in daily if d.category == category]
            ax.plot([datetime(d.day.year, d.day.month, d.day.day, tzinfo=UTC) for d in days],
                    [d.claims for d in days], drawstyle="steps-mid", linewidth=1.2,
                    color=CATEGORY_COLORS.get(category, "#555555"),
                    label=f"{category} ({sum(d.claims for d in days):,})")
        ax.set_ylabel("claims per day")
        date_axis(ax, [datetime(d.day.year, d.day.month, d.day.day, tzinfo=UTC) for d in daily])
        ax.grid(True, alpha=0.3)
        ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1.0), fontsize=8, borderaxespad=0)
        buf = io.BytesIO()
        fig.savefig(buf, format="svg", metadata={"Date": None})
    return _with_tooltips(buf.getvalue(), {}, label="Claims first seen per day, per category")


# -- the band chart of an estimate ---------------------------------------------------------
MAX_BAND_CHARTS = 12            # estimates charted per page; the rest are tables only
MAX_CHART_POINTS = 60           # figures drawn per band chart (the latest; see charted_points)
SOURCE_COLORS = ("#1b9e77", "#d95f02", "#7570b3", "#e7298a", "#66a61e", "#e6ab02",
                 "#a6761d", "#666666")


def band_svg(estimate: dict[str, Any], chart_id: str) -> str | None:
    """One estimate over time: the low-high band and the best figure as they stood after
    each move, and every source's figures as points (a range as a bar), each with a
    tooltip citing the story; None when it has no dated figure. A chart of the same estimate
    in the same state is drawn once (the latest CHART_CACHE are kept)."""
    key = hashlib.sha256(json.dumps([chart_id, estimate], sort_keys=True, default=str)
                         .encode()).hexdigest()
    with _RENDER_LOCK:
        if key in _charts:
            _charts.move_to_end(key)
            return _charts[key]
    chart = _band_chart(estimate, chart_id)
    with _RENDER_LOCK:
        _charts[key] = chart
        while len(_charts) > CHART_CACHE:
            _charts.popitem(last=False)
    return chart


def _band_chart(estimate: dict[str, Any], chart_id: str) -> str | None:
    points = [p for p in estimate.get("points") or [] if p.get("published_at")]
    if not points:
        return None
    shown = charted_points(points, estimate.get("current") or [])
    with _RENDER_LOCK:
        svg, tooltips = _draw_band(estimate, shown, chart_id)
    total = max(len(points), estimate.get("figures") or 0)   # before trim_points
    which = ("each source's figures" if len(shown) == total else
             f"the latest {len(shown)} of {total} figures")
    return _with_tooltips(svg, tooltips, "source-point",
                          f"Estimate of {estimate['category']} among {estimate['group']} "
                          f"over time: low-high band, best line, {which}")


def charted_points(points: list[dict[str, Any]], current: list[dict[str, Any]]
                   ) -> list[dict[str, Any]]:
    """The points a band chart draws: all of them, or past MAX_CHART_POINTS the latest
    ones and the current figures (a chart of thousands of points is neither readable nor
    quick to draw). `points` are in time order."""
    if len(points) <= MAX_CHART_POINTS:
        return points
    now = {(p["source"], p["low"], p["high"]) for p in current}
    cut = len(points) - MAX_CHART_POINTS
    return [p for n, p in enumerate(points)
            if n >= cut or (p["source"], p["low"], p["high"]) in now]


def _draw_band(estimate: dict[str, Any], points: list[dict[str, Any]],
               chart_id: str) -> tuple[bytes, dict[str, str]]:

    fig = framed_figure(11, 3.4)
    ax = fig.add_subplot()
    dates = [p["published_at"] for p in points]
    first, last = min(dates), max([*dates, estimate["as_of"]])
    end = last + max((last - first) / 12, timedelta(hours=6))   # the current band shows
    _draw_steps(ax, estimate.get("history") or [], end)
    colors = _source_colors(points)
    tooltips: dict[str, str] = {}
    for n, point in enumerate(points):
        gid = f"{chart_id}-point-{n}"
        _plot_point(ax, point, colors[point["source"]], gid)
        tooltips[gid] = point_tooltip(point)
    log_figure_axis(ax, [v for p in points for v in (p["low"] or 1, p["high"] or 1)])
    date_axis(ax, [*dates, end])
    ax.grid(True, which="major", alpha=0.3)
    ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1.0), fontsize=8, borderaxespad=0)
    latest = {p["source"]: p for p in points}       # label each source once, at its latest
    if len(latest) > MAX_POINT_LABELS:               # too many to read: the current ones
        current = [c["source"] for c in estimate.get("current") or []][:MAX_POINT_LABELS]
        latest = {source: latest[source] for source in current if source in latest}
    place_labels(fig, ax, [(_short(source, 24), p["published_at"], p["value"] or 1,
                            f"{chart_id}-label-{n}")
                           for n, (source, p) in enumerate(latest.items())])
    buf = io.BytesIO()
    fig.savefig(buf, format="svg", metadata={"Date": None})
    return buf.getvalue(), tooltips


def _draw_steps(ax: Any, history: list[dict[str, Any]], end: datetime) -> None:
    if not history:
        return
    xs = [s["as_of"] for s in history] + [end]
    lows = [s["low"] for s in history] + [history[-1]["low"]]
    highs = [s["high"] for s in history] + [history[-1]["high"]]
    bests = [s["best"] for s in history] + [history[-1]["best"]]
    ax.fill_between(xs, lows, highs, step="post", color="#9ecae1", alpha=0.45,
                    linewidth=0, label="low–high")
    ax.step(xs, bests, where="post", color="#08519c", linewidth=2, label="best (median)")


def _source_colors(points: list[dict[str, Any]]) -> dict[str, str]:
    sources = list(dict.fromkeys(p["source"] for p in points))
    return {s: SOURCE_COLORS[n % len(SOURCE_COLORS)] for n, s in enumerate(sources)}


def _plot_point(ax: Any, point: dict[str, Any], color: str, gid: str) -> None:
    x, low, high = point["published_at"], point["low"], point["high"]
    if low and high and 0 < low < high:
        ax.plot([x, x], [low, high], color=color, linewidth=3, alpha=0.6)
    (marker,) = ax.plot([x], [point["value"] or low or 1], marker="o", markersize=7,
                        linestyle="none", color=color, markeredgecolor="white")
    marker.set_gid(gid)


def point_tooltip(point: dict[str, Any]) -> str:
    outlets = ", ".join(point.get("outlets") or []) or point.get("outlet") or "-"
    return (f"{point['source']}: {point['figure']}, {format_date(point['published_at'])}; "
            f"\u201c{point.get('title') or point.get('url')}\u201d ({point.get('outlet')}); "
            f"carried by {outlets}")


def band_charts(estimates: list[dict[str, Any]], prefix: str = "estimate"
                ) -> dict[int, str | None]:
    """Band charts of the first MAX_BAND_CHARTS estimates, by their index."""
    return {n: band_svg(row, f"{prefix}-{n}") for n, row in enumerate(estimates)
            if n < MAX_BAND_CHARTS}


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


QUALIFIER_WORDS = {"approximately": "about", "at_least": "at least", "more_than": "more than",
                   "nearly": "nearly", "at_most": "at most"}


def hedged_figure(qualifier: str | None, low: int | None, high: int | None) -> str:
    """The figure as the source hedged it: "at least 140", "about 6,000", "300–500",
    "200–900 (vague)"."""
    span = figure_span(low, high)
    if qualifier in QUALIFIER_WORDS and span != "-":
        return f"{QUALIFIER_WORDS[qualifier]} {span}"
    return f"{span} (vague)" if qualifier == "vague" and span != "-" else span


def marked_sentence(row: dict[str, Any]) -> Markup:
    """The row's sentence, escaped, with its figure (`start`..`end` in the article text,
    the sentence at `sentence_start`) in `<mark>`; unmarked when the offsets do not fall
    inside the sentence."""
    sentence = row.get("sentence") or ""
    offset = row.get("sentence_start")
    if offset is None or row.get("start") is None or row.get("end") is None:
        return escape(sentence)
    begin, end = row["start"] - offset, row["end"] - offset
    if not 0 <= begin < end <= len(sentence):
        return escape(sentence)
    return (escape(sentence[:begin]) + Markup("<mark>") + escape(sentence[begin:end])
            + Markup("</mark>") + escape(sentence[end:]))


def marked_paragraphs(text: str, mentions: list[dict[str, Any]]) -> list[Markup]:
    """The article text as escaped paragraphs (split at blank lines, else at line breaks),
    each mention's figure in `<mark>`."""
    spans = sorted({(m["start"], m["end"]) for m in mentions
                    if m.get("sentence_start") is not None and not m.get("in_title")
                    and 0 <= m["start"] < m["end"]})
    paragraphs, pos = [], 0
    for block in re.split(r"(\n\s*\n|\n)", text):
        if block.strip():
            paragraphs.append(_mark_block(block, pos, spans))
        pos += len(block)
    return paragraphs


def _mark_block(block: str, offset: int, spans: list[tuple[int, int]]) -> Markup:
    out, cursor = Markup(), 0
    for start, end in spans:
        begin, stop = start - offset, end - offset
        if begin < cursor or stop > len(block):
            continue
        out += escape(block[cursor:begin]) + Markup("<mark>") + escape(block[begin:stop])
        out += Markup("</mark>")
        cursor = stop
    return out + escape(block[cursor:])


def safe_href(url: Any) -> str | None:
    """The URL when it is http(s) (crawled URLs are never turned into javascript: links)."""
    if isinstance(url, str) and urlsplit(url).scheme in ("http", "https"):
        return url
    return None


def number(value: Any) -> str:
    """A figure for reading: 6,000; a median between two figures keeps its half (2,850.5)."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.1f}"
    return "-" if value is None else str(value)


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
    env.filters.update(date=format_date, time=format_time, href=safe_href, compact=compact,
                       marked=marked_sentence, num=number)
    env.globals.update(figure_span=figure_span, colors=CATEGORY_COLORS, hedged=hedged_figure,
                       paragraphs=marked_paragraphs, outlet_counts=outlet_counts)
    return env


TEMPLATES = _environment()


def render_report(data: ReportData, *, web: bool = False,
                  form: dict[str, str] | None = None) -> str:
    """The report page; `web` adds the navigation and filter form (`form`: its values)."""
    return TEMPLATES.get_template("report.html").render(
        title=report_title(data.query), data=data, chart=timeline_svg(data.claims), web=web,
        form=form or {}, bands=band_charts(data.estimates),
        daily_chart=daily_svg(data.daily) if data.claims_cut else None)


def render_page(template: str, **context: Any) -> str:
    return TEMPLATES.get_template(template).render(**context)


def report_title(query: ReportQuery) -> str:
    parts = [f"topic {query.topic}" if query.topic else "all topics"]
    if query.since:
        parts.append(f"from {format_date(query.since)}")
    if query.until:
        parts.append(f"until {format_date(query.until)}")
    return "newsmon report: " + ", ".join(parts)
