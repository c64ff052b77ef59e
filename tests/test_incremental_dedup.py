"""One story, one record: URL variants, syndicated copies, incremental re-crawls, versions
and cross-outlet claims — crawled from loopback sites through the real engine."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from newsmon.sample_site import SampleSite, load_expected
from storage.db import Database
from storage.models import Article, ArticleUrl, ArticleVersion, CrawlRun
from tests.sitecrawl import newsmon, query_json, sample_outlets_toml

SITE_ROOT = Path(__file__).resolve().parents[1] / "newsmon" / "sample_site"
BRIGADE = "/news/2026/11/drovnian-brigade-reaches-front.html"
LOSSES = "/news/2026/11/veskarian-intelligence-drovnian-losses.html"
EXPECTED = load_expected()["pages"]


def page(path: str) -> str:
    return (SITE_ROOT / path.lstrip("/")).read_text(encoding="utf-8")


def article_body(path: str) -> str:
    html = page(path)
    return html[html.index("<article"):html.index("</article>") + len("</article>")]


def rss(items: list[str]) -> str:
    entries = "".join(f"<item><title>t</title><link>{u}</link>"
                      f"<pubDate>{{{{rfc822:-1}}}}</pubDate></item>" for u in items)
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>f</title>{entries}</channel></rss>'


def wire_page(body: str, title: str, days_ago: int = 0) -> str:
    """Another outlet's template around a story: other header, nav, footer, headline."""
    return f"""<!doctype html><html lang="en"><head><title>{title} | The Valley Courier</title>
<meta property="article:published_time" content="{{{{date:-{days_ago}}}}}"></head><body>
<header><a href="/">The Valley Courier</a><nav><a href="/sports/">Sports</a>
<a href="/weather/">Weather</a><a href="/obits/">Obituaries</a></nav></header>
<div class="promo">Subscribe for $1 a week and get unlimited access to the Valley Courier.</div>
<main><p class="wire">Distributed by the Continental Press wire service.</p>{body}</main>
<footer><p>Copyright The Valley Courier. All rights reserved.</p></footer></body></html>"""


def crawl(outlets_toml: str, tmp: Path, db_url: str, name: str = "outlets.toml") -> dict[str, Any]:
    path = tmp / name
    path.write_text(outlets_toml, encoding="utf-8")
    result = newsmon("crawl", "--outlets", str(path), "--db", db_url)
    assert result.returncode == 0, result.stderr[-3000:]
    db = Database(db_url)
    with db.begin() as session:
        run = session.scalars(select(CrawlRun).order_by(CrawlRun.id.desc())).first()
        assert run is not None
        outlets = dict(run.outlets)
    db.dispose()
    return outlets


def outlet_toml(name: str, site: SampleSite, feed: str, **extra: str) -> str:
    lines = [f'[[outlet]]\nname = "{name}"\nfeeds = ["{site.base_url}{feed}"]',
             f'allowed_domains = ["{site.host}"]\nmax_age_days = 30']
    lines += [f"{k} = {v}" for k, v in extra.items()]
    return "\n".join(lines) + "\n"


HEARING = [
    "Members of the Oradan parliament's defence committee spent most of Tuesday questioning "
    "senior officials about the foreign contingent stationed near the eastern front.",
    "The committee chair opened the session by reading out the directorate's latest estimate. "
    "The directorate said at least 140 Drovnian soldiers had been killed since the brigade "
    "arrived, a figure the chair repeated twice during the hearing.",
    "Opposition members asked how long the brigade would stay, who would pay for its fuel and "
    "ammunition, and whether its officers answered to Oradan commanders or to their own capital.",
    "A deputy minister told the committee that the arrangement was reviewed every ninety days "
    "and that no new units were expected before the spring thaw made the roads passable again.",
    "Outside the building, a small group of protesters held signs calling for the contingent to "
    "be sent home, while police kept traffic moving along the avenue.",
]
CRAWL_HEAD = ('[crawl]\ndownload_delay = 0\nautothrottle = false\nretry_times = 1\n'
              'min_text_chars = 500\nmax_page_bytes = 1048576\nrecheck_days = 2.5\n\n')


@pytest.fixture
def sites() -> Iterator[tuple[SampleSite, SampleSite]]:
    with SampleSite() as one, SampleSite(host="127.0.0.3") as two:
        yield one, two


def test_five_url_variants_are_one_row(sites: tuple[SampleSite, SampleSite], tmp_path: Path,
                                       sqlite_url: str) -> None:
    site, _ = sites
    base = site.base_url
    site.override("/print/drovnian-brigade.html", page(BRIGADE))  # declares the canonical URL
    site.override("/feeds/variants.xml", rss([
        f"{base}{BRIGADE}?utm_source=rss&utm_medium=feed",
        f"{base}{BRIGADE}#comments",
        f"{base}{BRIGADE}?amp=1",
        f"{base}/amp{BRIGADE}",
        f"{base}/print/drovnian-brigade.html?ref=homepage",
    ]))
    crawl(CRAWL_HEAD + outlet_toml("ledger", site, "/feeds/variants.xml"), tmp_path, sqlite_url)
    rows = query_json("articles", sqlite_url)
    assert [r["url"] for r in rows] == [f"{base}{BRIGADE}"]
    assert site.hits("/print/drovnian-brigade.html") == 1
    db = Database(sqlite_url)
    with db.begin() as session:
        aliases = set(session.scalars(select(ArticleUrl.url)))
    assert f"{base}/print/drovnian-brigade.html" in aliases


def test_story_behind_a_meta_refresh_is_fetched_at_its_new_address(
        sites: tuple[SampleSite, SampleSite], tmp_path: Path, sqlite_url: str) -> None:
    site, _ = sites
    moved = "/news/2026/11/brigade-moved.html"
    site.override(moved, '<!doctype html><html><head><meta http-equiv="Refresh" '
                         f'content="0; url={BRIGADE}"><title>Moved</title></head>'
                         '<body><p>This story has moved.</p></body></html>')
    site.override("/feeds/moved.xml", rss([f"{site.base_url}{moved}"]))
    crawl(CRAWL_HEAD + outlet_toml("ledger", site, "/feeds/moved.xml"), tmp_path, sqlite_url)
    assert [r["url"] for r in query_json("articles", sqlite_url)] == [f"{site.base_url}{BRIGADE}"]
    assert site.hits(moved) == 1 and site.hits(BRIGADE) == 1


def test_wire_copy_is_linked_and_claims_count_outlets_once(
        sites: tuple[SampleSite, SampleSite], tmp_path: Path, sqlite_url: str) -> None:
    ledger, courier = sites
    ledger.override("/feeds/one.xml", rss([f"{ledger.base_url}{BRIGADE}"]))
    courier.override("/wire/drovnian-brigade.html",
                     wire_page(article_body(BRIGADE), "Foreign brigade arrives at front"))
    independent = "<article><h1>Lawmakers question the Drovnian deployment</h1>" + "".join(
        f"<p>{p}</p>" for p in HEARING) + "</article>"
    courier.override("/politics/committee-hearing.html", wire_page(independent, "Hearing"))
    courier.override("/feeds/courier.xml", rss([f"{courier.base_url}/wire/drovnian-brigade.html",
                                                f"{courier.base_url}/politics/committee-hearing.html"]))
    config = (CRAWL_HEAD + outlet_toml("ledger", ledger, "/feeds/one.xml")
              + outlet_toml("courier", courier, "/feeds/courier.xml"))
    crawl(config, tmp_path, sqlite_url)

    rows = {r["url"]: r for r in query_json("articles", sqlite_url)}
    assert len(rows) == 3
    original, copy = f"{ledger.base_url}{BRIGADE}", f"{courier.base_url}/wire/drovnian-brigade.html"
    assert rows[original]["duplicate_of"] is None    # published first: the original
    assert rows[copy]["duplicate_of"] == original     # the reprint, published later, links to it
    assert rows[f"{courier.base_url}/politics/committee-hearing.html"]["duplicate_of"] is None

    claims = query_json("claims", sqlite_url, "--category", "killed")
    claim = next(c for c in claims if c["low"] == 140)
    assert claim["articles"] == 3
    assert claim["outlets"] == ["courier", "ledger"]  # the copy adds no outlet, the hearing does
    assert claim["group"] and "Drovnian" in claim["group"]
    assert claim["attributions"]


def test_second_crawl_downloads_no_article_body(sites: tuple[SampleSite, SampleSite],
                                               tmp_path: Path, sqlite_url: str) -> None:
    site, offsite = sites
    config = sample_outlets_toml(site, recheck_days=2.5)
    crawl(config, tmp_path, sqlite_url)
    site.clear_requests()
    outlets = crawl(config, tmp_path, sqlite_url, "again.toml")
    summary = outlets["ledger"]

    article_requests = [r for r in site.requests
                        if re.match(r"^/(news|private)/", r.path) and r.method == "GET"]
    young = {p for p, v in EXPECTED.items()
             if v["expect"] == "stored" and v["published_days_ago"] <= 2}
    assert young, "the fixture needs stories inside the recheck window"
    assert {r.path.split("?")[0] for r in article_requests} == young
    for request in article_requests:
        assert request.status == 304
        assert "If-None-Match" in request.headers or "if-none-match" in {
            k.lower() for k in request.headers}
    assert summary["fetched"] == 0 and summary["stored"] == 0
    assert summary["not_modified"] == len(young)
    assert summary["skipped"]["already_stored"] >= 1
    assert summary["skipped"]["rejected_before"] >= 1  # the PDF, the stub, the oversize page


def test_edited_story_makes_a_version_and_a_figure_change(
        sites: tuple[SampleSite, SampleSite], tmp_path: Path, sqlite_url: str) -> None:
    site, _ = sites
    site.override("/feeds/one.xml", rss([f"{site.base_url}{LOSSES}"]))
    config = CRAWL_HEAD + outlet_toml("ledger", site, "/feeds/one.xml")
    crawl(config, tmp_path, sqlite_url)
    before = query_json("mentions", sqlite_url, "--category", "killed")
    assert 85 in [m["low"] for m in before]

    edited = page(LOSSES).replace("lost 85 soldiers", "lost 120 soldiers").replace("85", "120")
    site.override(LOSSES, edited)
    summary = crawl(config, tmp_path, sqlite_url, "again.toml")["ledger"]
    assert summary["new_versions"] == 1

    after = query_json("mentions", sqlite_url, "--category", "killed")
    lows = [m["low"] for m in after]
    assert 120 in lows and 85 not in lows
    changes = query_json("changes", sqlite_url)
    killed = [c for c in changes if c["category"] == "killed"]
    assert [(c["old_low"], c["new_low"]) for c in killed] == [(85, 120)]
    assert killed[0]["change"] == "killed 85 → 120"
    db = Database(sqlite_url)
    with db.begin() as session:
        versions = list(session.scalars(select(ArticleVersion)))
        article = session.scalars(select(Article)).one()
        assert [v.version for v in versions] == [1] and article.version == 2
        assert "85" in versions[0].text and "120" in article.text
