"""Every page of `newsmon serve` on the demo database, in real headless Chromium.

The demo database is what `make run` builds (`newsmon demo`: the bundled sample site
crawled from 127.0.0.1). Each page is loaded in Chromium (driven over the DevTools pipe,
tests/browser.py), screenshotted to tests/artifacts/screens/ (kept by CI as artifacts) and
measured where it lands: nothing wider than the window, the sentence column at least 40%
of its table, figures marked in the sentences, no two chart labels overlapping.
"""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Iterator
from typing import Any

import pytest

from tests.browser import Browser
from tests.test_report import REPO, chromium_or_skip, newsmon
from tests.test_web import Server, _wait_for_address, fetch

ARTIFACTS = REPO / "tests" / "artifacts" / "screens"
WIDTH = 1280
MIN_SENTENCE_SHARE = 0.40

# Boxes of the chart's texts (tick labels, axis titles, legend entries, point labels):
# matplotlib draws each text as a <g id="text_N"> of glyph paths; point labels carry
# their own id. Returns every pair that overlaps by more than half a pixel.
CHART_OVERLAPS = """(() => {
  const out = [];
  for (const svg of document.querySelectorAll('figure.chart svg')) {
    const boxes = [...svg.querySelectorAll('g[id^="text_"], g[id*="label-"]')]
      .map(g => [g.id, g.getBoundingClientRect()]).filter(([, r]) => r.width > 0);
    for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) {
      const [a, ra] = boxes[i], [b, rb] = boxes[j];
      if (ra.left < rb.right - .5 && rb.left < ra.right - .5 &&
          ra.top < rb.bottom - .5 && rb.top < ra.bottom - .5) out.push([svg.id, a, b]);
    }
  }
  return out;
})()"""
CHART_LABELS = "document.querySelectorAll('figure.chart svg g[id*=\"label-\"]').length"
SENTENCE_SHARE = """(() => {
  const table = document.querySelector('table.rows');
  const th = table && table.querySelector('th.sentence');
  return th ? th.getBoundingClientRect().width / table.getBoundingClientRect().width : null;
})()"""
PAGE_WIDTH = "document.scrollingElement.scrollWidth"
MARKS = "[...document.querySelectorAll('td.sentence mark')].map(m => m.textContent)"


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """`newsmon serve` over a fresh demo database."""
    chromium_or_skip()
    tmp = tmp_path_factory.mktemp("screens")
    db_url = f"sqlite:///{tmp / 'demo.db'}"
    done = newsmon("demo", "--db", db_url, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    log = tmp / "serve.log"
    config = tmp / "newsmon-demo.toml"          # the demo's outlets and alias tables
    aliases = ["--outlets", str(config)] if config.exists() else []
    with log.open("w") as err:
        proc = subprocess.Popen([sys.executable, "-m", "newsmon", "serve", "--port", "0",
                                 "--db", db_url, *aliases], cwd=REPO,
                                stdout=subprocess.DEVNULL, stderr=err)
    try:
        yield Server(_wait_for_address(proc, log), None, log)  # type: ignore[arg-type]
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Browser]:
    chromium_or_skip()
    with Browser(tmp_path_factory.mktemp("chromium")) as b:
        yield b


def look(browser: Browser, demo: Server, path: str, name: str) -> dict[str, Any]:
    """Load `path`, keep its screenshot as `name`.png, and measure the page."""
    browser.goto(demo.base + path, width=WIDTH)
    shot = browser.screenshot(ARTIFACTS / f"{name}.png")
    assert shot.stat().st_size > 10_000, f"{name}: blank screenshot"
    return {"width": browser.evaluate(PAGE_WIDTH), "share": browser.evaluate(SENTENCE_SHARE),
            "marks": browser.evaluate(MARKS), "overlaps": browser.evaluate(CHART_OVERLAPS),
            "labels": browser.evaluate(CHART_LABELS), "title": browser.evaluate("document.title")}


def first_article_id(demo: Server) -> int:
    rows = fetch(demo, "/api/mentions?limit=1").json()
    return int(rows[0]["article_id"])


@pytest.mark.parametrize(("name", "path"), [
    ("home", "/"), ("articles", "/articles"), ("mentions", "/mentions"), ("claims", "/claims"),
    ("runs", "/runs"), ("mentions-by-figure", "/mentions?sort=-figure&limit=5"),
])
def test_table_pages_fit_and_read(browser: Browser, demo: Server, name: str, path: str) -> None:
    seen = look(browser, demo, path, name)
    assert seen["width"] <= WIDTH, f"{name}: page {seen['width']}px wide in a {WIDTH}px window"
    if name in ("home", "mentions", "claims", "mentions-by-figure"):
        assert seen["share"] is not None and seen["share"] >= MIN_SENTENCE_SHARE, seen["share"]
        assert seen["marks"], f"{name}: no figure marked in the sentences"
        marks = seen["marks"]                       # number phrases: "48", "roughly 310", "a man"
        assert all(0 < len(m) <= 40 for m in marks), marks
        assert any(re.search(r"\d", m) for m in marks), marks


def test_article_page(browser: Browser, demo: Server) -> None:
    seen = look(browser, demo, f"/articles/{first_article_id(demo)}", "article")
    assert seen["width"] <= WIDTH and seen["share"] >= MIN_SENTENCE_SHARE
    font, measure = browser.evaluate(
        "(() => { const p = document.querySelector('article.prose p');"
        " const s = getComputedStyle(p);"
        " return [s.fontFamily, p.getBoundingClientRect().width / parseFloat(s.fontSize)]; })()")
    assert "serif" in font.lower() and 25 <= measure <= 40, (font, measure)  # ~65-75 chars
    assert browser.evaluate("document.querySelectorAll('article.prose mark').length") >= 1


def test_report_chart_labels_do_not_collide(browser: Browser, demo: Server) -> None:
    seen = look(browser, demo, "/report", "report")
    assert seen["overlaps"] == [], seen["overlaps"]
    assert seen["labels"] >= 5, "the demo's claims should be labelled on the chart"
    assert seen["width"] <= WIDTH


def test_error_page_is_html(browser: Browser, demo: Server) -> None:
    seen = look(browser, demo, "/no-such-page", "not-found")
    assert seen["title"] == "404 Not Found"
    reply = fetch(demo, "/no-such-page")
    assert reply.status == 404 and reply.headers["Content-Type"].startswith("text/html")
    assert "default-src 'none'" in reply.headers["Content-Security-Policy"]


def test_estimates_page(browser: Browser, demo: Server) -> None:
    look(browser, demo, "/estimates?group=drovnian&category=killed", "estimates-killed")
    browser.screenshot(ARTIFACTS / "estimates-top.png", full_page=False)  # docs/estimates.png
    sources = browser.evaluate("[...document.querySelectorAll('table.sources td.outlet')]"
                               ".map(td => td.textContent)")
    assert len(sources) >= 3, sources           # the demo's three sources, side by side
    seen = look(browser, demo, "/estimates", "estimates")
    assert seen["width"] <= WIDTH and seen["overlaps"] == [], seen["overlaps"]
    assert seen["share"] is not None and seen["share"] >= MIN_SENTENCE_SHARE, seen["share"]
    charts = browser.evaluate("document.querySelectorAll('figure.band svg').length")
    cards = browser.evaluate("document.querySelectorAll('section.estimate').length")
    tips = browser.evaluate("[...document.querySelectorAll('figure.band g.source-point title')]"
                            ".map(t => t.textContent)")
    assert charts == cards >= 3, (charts, cards)
    assert any("Drovnian" in t or "Veskaria" in t for t in tips), tips[:3]
    best = browser.evaluate("[...document.querySelectorAll('p.figures b')]"
                            ".map(b => b.textContent)")
    assert len(best) == 3 * cards and all(re.fullmatch(r"[\d,.]+", b) for b in best), best
