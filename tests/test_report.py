"""`newsmon report`: one self-contained HTML file, checked as text and in headless Chromium.

Also home to the fixture data and the Chromium helpers that test_web, test_alerts and
test_exports share (claims are written straight through the ORM, as issue 4's grouping
would leave them).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import zlib
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pytest

from newsmon.report import (
    ReportQuery,
    collect_report,
    figure_span,
    flat_claim_row,
    render_report,
    safe_href,
)
from storage.db import Database
from storage.models import Article, ArticleTopic, Claim, CrawlRun, FigureChange, Mention
from storage.points import backfill_points

REPO = Path(__file__).resolve().parents[1]
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu",
                  "--disable-background-networking", "--no-first-run", "--hide-scrollbars"]
HOSTILE = "<script>alert(1)</script>"
T = datetime(2026, 11, 10, 9, 0, tzinfo=UTC)


# -- fixture data ---------------------------------------------------------------------
@dataclass
class Fixture:
    claim_ids: dict[str, int]      # "killed", "wounded", "captured", "hostile" -> id
    article_ids: dict[str, int]    # "a1" .. "a4"
    urls: set[str]                 # every article URL (the only links the report may hold)


def _article(url: str, outlet: str, day: int, topics: list[str], title: str,
             version: int = 1) -> Article:
    published = T.replace(day=day)
    return Article(url=url, outlet=outlet, title=title, published_at=published, language="en",
                   text=f"{title}. Body text.", raw_html=zlib.compress(b"<html></html>"),
                   extractor_version="test-1", first_seen_at=published, fetched_at=published,
                   version=version, topics=[ArticleTopic(topic=t) for t in topics])


def _claim(category: str, low: int, high: int, group: str, day: int, outlet: str) -> Claim:
    seen = T.replace(day=day)
    return Claim(category=category, low=low, high=high, group=group, group_key=group.lower(),
                 first_seen=seen, last_seen=seen, first_outlet=outlet)


def _mention(article: Article, claim: Claim, sentence: str, attribution: str | None) -> Mention:
    return Mention(article_id=article.id, category=claim.category, low=claim.low,
                   high=claim.high, qualifier="exact" if claim.low == claim.high else "range",
                   group=claim.group, attribution=attribution, start=0, end=3,
                   sentence=sentence, extractor_version="test-1", version=article.version,
                   claim_id=claim.id)


def seed(db_url: str) -> Fixture:
    """Four articles (one with a hostile title), four claims, a figure change, a crawl run."""
    db = Database(db_url)
    with db.begin() as s:
        a1 = _article("https://yonhap.example/nk/1", "yonhap", 10, ["nk-troops"],
                      "NIS: 100 North Korean soldiers killed")
        a2 = _article("https://kyiv.example/war/2", "kyiv", 12, ["nk-troops"],
                      "Pentagon on North Korean losses", version=2)
        a3 = _article("https://dw.example/world/3", "dw", 15, ["other"], "Hostages taken")
        a4 = _article("https://evil.example/x", "evil", 16, ["nk-troops"], HOSTILE)
        s.add_all([a1, a2, a3, a4])
        killed = _claim("killed", 100, 100, "North Korean soldiers", 10, "yonhap")
        wounded = _claim("wounded", 300, 500, "North Korean troops", 12, "kyiv")
        captured = _claim("captured", 2, 2, "Ukrainian civilians", 15, "dw")
        hostile = _claim("killed", 7, 7, f"{HOSTILE} fighters", 16, "evil")
        s.add_all([killed, wounded, captured, hostile])
        s.flush()
        s.add_all([
            _mention(a1, killed, "At least 100 North Korean soldiers were killed, the NIS said.",
                     "South Korea's National Intelligence Service"),
            _mention(a2, killed, "The Pentagon said 100 North Korean soldiers had been killed.",
                     "Pentagon"),
            _mention(a2, wounded, "Between 300 and 500 North Korean troops were wounded.",
                     "Pentagon"),
            _mention(a3, captured, "Two Ukrainian civilians were taken hostage.", None),
            _mention(a4, hostile, f"Seven {HOSTILE} fighters were killed.", HOSTILE),
        ])
        s.add(FigureChange(article_id=a2.id, from_version=1, to_version=2, category="killed",
                           group="North Korean soldiers", old_low=40, old_high=40, new_low=100,
                           new_high=100, detected_at=T.replace(day=13)))
        s.add(CrawlRun(trigger="manual", started_at=T.replace(day=16), finished_at=T.replace(day=16),
                       status="completed", outlets={
                           "yonhap": {"discovered": 5, "fetched": 4, "stored": 3, "new": 2,
                                      "mentions": 1, "errors": {}, "finish_reason": "finished"},
                           "kyiv": {"discovered": 3, "fetched": 1, "stored": 1, "new": 0,
                                    "mentions": 2, "errors": {"http_500": 2},
                                    "finish_reason": "finished"}}, errors={}))
        s.flush()
        fixture = Fixture(
            claim_ids={"killed": killed.id, "wounded": wounded.id, "captured": captured.id,
                       "hostile": hostile.id},
            article_ids={"a1": a1.id, "a2": a2.id, "a3": a3.id, "a4": a4.id},
            urls={a.url for a in (a1, a2, a3, a4)})
        # rows written behind ingest's back: fold their estimate points as the migration
        # does for stored rows (storage.points; ingest keeps them otherwise)
        backfill_points(s.connection())
    db.dispose()
    return fixture


def newsmon(*args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    """`python -m newsmon ARGS` in a child process; the result (never raises on exit codes)."""
    return subprocess.run([sys.executable, "-m", "newsmon", *args], cwd=REPO, text=True,
                          capture_output=True, timeout=timeout, check=False)


# -- headless Chromium -------------------------------------------------------------------
def chromium_or_skip() -> str:
    """The Chromium binary; skip with the reason when it is missing and CI is unset."""
    if os.path.exists(CHROMIUM):
        return CHROMIUM
    reason = f"{CHROMIUM} missing (install it with scripts/ensure-chromium.sh)"
    if os.environ.get("CI"):
        pytest.fail(reason + " and CI is set")
    pytest.skip(reason + " and CI is unset")


def chromium(url: str, tmp: Path, *args: str, timeout: float = 90) -> str:
    """Run headless Chromium once on `url` with its own profile under `tmp`; its stdout."""
    binary = chromium_or_skip()
    profile = tmp / f"profile-{len(list(tmp.glob('profile-*')))}"
    command = [binary, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", *args, url]
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=timeout,
                              check=False)
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


def dump_dom(url: str, tmp: Path) -> str:
    return chromium(url, tmp, "--virtual-time-budget=3000", "--dump-dom")


def screenshot(url: str, tmp: Path, name: str) -> Path:
    png = tmp / name
    chromium(url, tmp, f"--screenshot={png}", "--window-size=1280,2000")
    assert png.exists() and png.stat().st_size > 20_000, "screenshot missing or blank"
    return png


def svg_of(dom: str) -> str:
    """The (first) inline <svg> element of a rendered DOM."""
    match = re.search(r"<svg\b.*?</svg>", dom, re.DOTALL)
    assert match, "no <svg> in the rendered page"
    return match.group(0)


# -- the tests -------------------------------------------------------------------------------
EXTERNAL_RESOURCE = re.compile(
    r"<script[^>]*\bsrc=|<link\b|@import|url\(\s*['\"]?https?:|@font-face|<iframe|<img[^>]+src=\"https?:",
    re.IGNORECASE)
XML_NAMESPACES = {"http://www.w3.org/2000/svg", "http://www.w3.org/1999/xlink"}


@pytest.fixture(scope="module")
def report_file(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Fixture]:
    """The report of the fixture data for topic nk-troops, written by `newsmon report`."""
    tmp = tmp_path_factory.mktemp("report")
    sqlite_url = f"sqlite:///{tmp / 'report.db'}"
    fixture = seed(sqlite_url)
    out = tmp / "out" / "report.html"
    out.parent.mkdir()  # `newsmon report` writes into an existing folder only
    done = newsmon("report", "--topic", "nk-troops", "--since", "2026-11-01",
                   "--until", "2026-12-01", "--out", str(out), "--db", sqlite_url)
    assert done.returncode == 0, done.stderr
    assert out.exists()
    return out, fixture


def test_report_is_self_contained(report_file: tuple[Path, Fixture]) -> None:
    out, fixture = report_file
    html = out.read_text(encoding="utf-8")
    assert not EXTERNAL_RESOURCE.search(html)
    urls = set(re.findall(r"https?://[^\s\"'<>)]+", html))
    assert urls - XML_NAMESPACES <= fixture.urls, urls - XML_NAMESPACES - fixture.urls
    hrefs = set(re.findall(r'href="(https?://[^"]+)"', html))
    assert hrefs and hrefs <= fixture.urls
    assert "<script" not in html.replace("&lt;script&gt;", "")   # no script at all, hostile text escaped
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_report_filters_by_topic_and_dates(report_file: tuple[Path, Fixture]) -> None:
    html = report_file[0].read_text(encoding="utf-8")
    assert "North Korean soldiers" in html and "North Korean troops" in html
    assert "Ukrainian civilians" not in html          # topic "other"
    assert "killed 40 → 100" in html                   # the figure change in the edited story
    assert "http_500=2" in html                        # crawl health shows kyiv's errors


def test_report_renders_in_chromium(report_file: tuple[Path, Fixture], tmp_path: Path) -> None:
    out, fixture = report_file
    chromium_or_skip()
    dom = dump_dom(out.as_uri(), tmp_path)
    svg = svg_of(dom)
    assert svg.count("<path") > 10 and "<use" in svg        # axes, ticks and claim markers
    titles = re.findall(r"<title>(.*?)</title>", svg, re.DOTALL)
    assert any("North Korean soldiers" in t and "Pentagon" in t for t in titles)
    assert any("300–500" in t for t in titles)
    for claim in ("killed", "wounded", "hostile"):
        assert f'id="claim-{fixture.claim_ids[claim]}"' in dom
    assert f'id="claim-{fixture.claim_ids["captured"]}"' not in dom
    assert "<script>alert(1)</script>" not in dom
    png = screenshot(out.as_uri(), tmp_path, "report.png")
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_report_data_on_each_database(db_url: str) -> None:
    fixture = seed(db_url)
    db = Database(db_url)
    with db.begin() as session:
        data = collect_report(session, ReportQuery("nk-troops", T, T.replace(day=30)))
    db.dispose()
    assert {c["id"] for c in data.claims} == {fixture.claim_ids[k]
                                              for k in ("killed", "wounded", "hostile")}
    assert [c["sentence"] for c in data.changes] == [
        "The Pentagon said 100 North Korean soldiers had been killed."]
    health = {h["outlet"]: h for h in data.health}
    assert health["kyiv"]["error_count"] == 2 and health["yonhap"]["new"] == 2
    assert health["dw"]["run_id"] is None and health["dw"]["last_new_article_at"]
    html = render_report(data)
    assert html.count('class="claim-point"') == 3


def test_report_with_no_claims_still_renders(tmp_path: Path, sqlite_url: str) -> None:
    Database(sqlite_url).dispose()  # an empty database (a missing one is refused)
    out = tmp_path / "empty.html"
    done = newsmon("report", "--out", str(out), "--db", sqlite_url)
    assert done.returncode == 0, done.stderr
    html = out.read_text(encoding="utf-8")
    assert "No claims with a figure in this range." in html and "No crawl recorded yet." in html


def test_report_bad_date_is_one_line_error(tmp_path: Path, sqlite_url: str) -> None:
    done = newsmon("report", "--since", "yesterday", "--out", str(tmp_path / "x.html"),
                   "--db", sqlite_url)
    assert done.returncode != 0
    assert done.stderr.startswith("newsmon: error:") and len(done.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize(("url", "expected"), [
    ("https://a.example/x", "https://a.example/x"),
    ("http://a.example/x?y=1", "http://a.example/x?y=1"),
    ("javascript:alert(1)", None),
    ("data:text/html,<script>", None),
    ("//a.example/x", None),
    (None, None),
])
def test_only_http_urls_become_links(url: str | None, expected: str | None) -> None:
    assert safe_href(url) == expected


@pytest.mark.parametrize(("low", "high", "text"), [
    (100, 100, "100"), (300, 500, "300–500"), (1500, None, "1,500"), (None, None, "-"),
])
def test_figure_span(low: int | None, high: int | None, text: str) -> None:
    assert figure_span(low, high) == text


def test_flat_claim_row_aligns_citation_columns() -> None:
    row = {"id": 1, "citations": [
        {"url": "https://a/1", "outlet": "a", "published_at": T, "sentence": "One\nline.",
         "attribution": None},
        {"url": "https://b/2", "outlet": "b", "published_at": None, "sentence": "Two.",
         "attribution": "NIS"}]}
    flat = flat_claim_row(row)
    assert "citations" not in flat
    assert flat["citation_urls"] == "https://a/1\nhttps://b/2"
    assert flat["citation_published_at"] == f"{T.isoformat()}\n"
    assert flat["citation_sentences"] == "One line.\nTwo."
    assert flat["citation_attributions"] == "\nNIS"


# -- the chart's layout (issue 13) -----------------------------------------------------------
@pytest.mark.parametrize(("first", "last"), [
    (T, T.replace(hour=15)),                       # within a day: hours, the day dated
    (T.replace(hour=23), T.replace(day=12)),       # across midnight
    (T, T.replace(day=28)),                        # weeks
    (T.replace(month=1, day=30), T.replace(month=11)),
])
def test_every_date_axis_dates_its_first_tick(first: datetime, last: datetime) -> None:
    from matplotlib import dates as mdates
    from matplotlib.figure import Figure

    from newsmon.report import date_axis
    ax = Figure().add_subplot()
    date_axis(ax, [first, last])
    ticks = [mdates.num2date(v) for v in ax.get_xticks()]
    labels = [t.get_text() for t in ax.get_xticklabels()]
    assert re.match(r"\d{4}-\d{2}-\d{2}", labels[0]), labels
    assert ticks[0].date() <= first.date() or labels[0].startswith(f"{ticks[0]:%Y-%m-%d}")
    lo, hi = (mdates.num2date(v) for v in ax.get_xlim())
    assert lo <= first and last <= hi
    for tick, label in zip(ticks, labels, strict=True):     # a date shown is the tick's date
        shown = re.match(r"\d{4}-\d{2}-\d{2}", label)
        assert shown is None or shown.group(0) == f"{tick:%Y-%m-%d}"


def test_point_labels_never_overlap() -> None:
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    from newsmon.report import framed_figure, place_labels
    fig = framed_figure(6, 3)
    ax = fig.add_subplot()
    days = [T.replace(day=10 + n % 3) for n in range(24)]
    ax.plot(days, [100 + n % 4 for n in range(24)], "o")
    placed = place_labels(fig, ax, [(f"group number {n}", days[n], 100 + n % 4, f"label-{n}")
                                    for n in range(24)])
    renderer = FigureCanvasAgg(fig).get_renderer()
    boxes = [t.get_window_extent(renderer) for t in ax.texts]
    assert 3 <= placed == len(boxes) < 24                  # crowded: some are left out
    assert not any(a.overlaps(b) for i, a in enumerate(boxes) for b in boxes[i + 1:])


def test_report_has_a_band_chart_per_estimate(report_file: tuple[Path, Fixture]) -> None:
    html = report_file[0].read_text(encoding="utf-8")
    section = html[html.index('<section id="estimates">'):html.index('<section id="claims">')]
    cards = section.count('<section class="estimate"')
    assert cards >= 2 and section.count('<figure class="chart band">') == cards
    tips = re.findall(r'<g id="estimate-\d+-point-\d+" class="source-point">\s*<title>(.*?)'
                      r'</title>', section, re.DOTALL)
    assert any("Pentagon" in t and "100 killed" in t for t in tips), tips
    assert "&lt;script&gt;" in html and "<script>" not in html


def test_a_large_report_shows_the_latest_and_counts_the_rest(
        sqlite_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Past its limits the report shows the latest claims of each category, estimates and
    changes, says how many there are in all and charts every claim per day."""
    import newsmon.report as report

    seed(sqlite_url)
    db = Database(sqlite_url)
    with db.begin() as session:
        full = collect_report(session, ReportQuery())
        for name in ("MAX_CLAIMS_PER_CATEGORY", "MAX_ESTIMATES", "MAX_CHANGES"):
            monkeypatch.setattr(report, name, 1)
        data = collect_report(session, ReportQuery())
    db.dispose()
    assert data.claims_total == len(full.claims) > len(data.claims)
    assert len(data.claims) == len({c["category"] for c in full.claims})
    assert data.claims == [c for c in full.claims
                           if c is next(d for d in full.claims if d["category"] == c["category"])]
    assert len(data.estimates) == min(1, len(full.estimates))
    assert data.estimates_total == full.estimates_total == len(full.estimates)
    assert len(data.changes) == 1 and data.changes_total == len(full.changes)
    html = render_report(data)
    assert "The latest claims of each category:" in html
    assert "Every claim in the range, counted per day" in html
    assert f"Claims ({len(full.claims)})" in html


def test_a_band_chart_is_drawn_once_per_state(sqlite_url: str,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    """The same estimate in the same state is drawn once (the web view's /estimates draws
    its twelve charts on each request); a moved estimate, or another chart id, is drawn
    anew; the cache keeps the latest CHART_CACHE charts."""
    import newsmon.report as report

    seed(sqlite_url)
    db = Database(sqlite_url)
    with db.begin() as session:
        estimate = next(e for e in collect_report(session, ReportQuery()).estimates
                        if e.get("points"))
    db.dispose()
    drawn: list[str] = []
    real = report._draw_band

    def counted(est: dict[str, object], points: list[dict[str, object]],
                chart_id: str) -> tuple[bytes, dict[str, str]]:
        drawn.append(chart_id)
        return real(est, points, chart_id)   # type: ignore[arg-type]
    monkeypatch.setattr(report, "_draw_band", counted)
    monkeypatch.setattr(report, "_charts", report.OrderedDict())
    first = report.band_svg(estimate, "estimate-0")
    assert first and "<svg" in first and drawn == ["estimate-0"]
    assert report.band_svg(estimate, "estimate-0") == first and drawn == ["estimate-0"]
    assert report.band_svg(estimate, "estimate-1") != first   # its ids differ
    moved = {**estimate, "points": [{**estimate["points"][0], "source": "Another source"}]}
    assert "Another source" in (report.band_svg(moved, "estimate-0") or "")
    assert drawn == ["estimate-0", "estimate-1", "estimate-0"]
    monkeypatch.setattr(report, "CHART_CACHE", 1)
    report.band_svg(estimate, "estimate-2")
    assert len(report._charts) == 1 and len(drawn) == 4
    assert report.band_svg(estimate, "estimate-0") and len(drawn) == 5   # it was evicted
