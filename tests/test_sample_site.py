"""Tests for the bundled sample outlet and its loopback server (no network beyond 127.x)."""

from __future__ import annotations

import email.utils
import http.client
import re
import subprocess
import sys
import urllib.error
import urllib.request
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from html import unescape
from html.parser import HTMLParser
from pathlib import Path

import pytest

from newsmon.sample_site import (
    SAMPLE_SITE_ROOT,
    SampleSite,
    load_expected,
    render_page,
    render_template,
)

NOW = datetime(2026, 11, 23, 6, 15, tzinfo=UTC)
EXPECTED = load_expected()
PAGES: dict[str, dict] = EXPECTED["pages"]
STORED = sorted(p for p, e in PAGES.items() if e["expect"] == "stored")
MAIN_HOST_PAGES = sorted(p for p, e in PAGES.items() if e["host"] == "main")
FLAKY = next(p for p, e in PAGES.items() if e.get("fault") == "http_500_on_first_request")
PDF = next(p for p, e in PAGES.items() if e.get("reason") == "non_html")
HUGE = next(p for p, e in PAGES.items() if e.get("reason") == "oversize")
ARTICLE = "/news/2026/11/harbor-district-shooting.html"
ENTRY = EXPECTED["entry_points"]

NS = {
    "atom": "http://www.w3.org/2005/Atom",
    "sm": "http://www.sitemaps.org/schemas/sitemap/0.9",
    "news": "http://www.google.com/schemas/sitemap-news/0.9",
}

# Never route loopback requests through an environment proxy.
_OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({}))


def fetch(
    url: str, headers: dict[str, str] | None = None, method: str = "GET"
) -> tuple[int, dict[str, str], bytes]:
    request = urllib.request.Request(url, headers=headers or {}, method=method)
    try:
        with _OPENER.open(request, timeout=10) as response:
            return response.status, dict(response.headers.items()), response.read()
    except urllib.error.HTTPError as err:
        with err:
            return err.code, dict(err.headers.items()), err.read()


def get_text(site: SampleSite, path: str) -> str:
    status, _, body = fetch(site.url(path))
    assert status == 200, (path, status)
    return body.decode("utf-8")


def render(site: SampleSite, template: str) -> str:
    return render_template(
        template, base=site.base_url, offsite_base=site.offsite_base, now=site.now
    )


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.hrefs: list[str] = []
        self.meta: dict[str, str] = {}
        self.canonical: str | None = None
        self.lang: str | None = None
        self.body_paragraphs: list[str] = []
        self._body_depth = 0
        self._in_p = False
        self._buf: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if tag == "a" and "href" in a:
            self.hrefs.append(a["href"])
        elif tag == "meta":
            key = a.get("property") or a.get("name")
            if key:
                self.meta.setdefault(key, a.get("content", ""))
        elif tag == "link" and a.get("rel") == "canonical":
            self.canonical = a.get("href")
        elif tag == "html":
            self.lang = a.get("lang")
        elif tag == "div" and "story-body" in a.get("class", "").split():
            self._body_depth = 1
        elif tag == "div" and self._body_depth:
            self._body_depth += 1
        elif tag == "p" and self._body_depth:
            self._in_p, self._buf = True, []

    def handle_endtag(self, tag: str) -> None:
        if tag == "div" and self._body_depth:
            self._body_depth -= 1
        elif tag == "p" and self._in_p:
            self.body_paragraphs.append("".join(self._buf))
            self._in_p = False

    def handle_data(self, data: str) -> None:
        if self._in_p:
            self._buf.append(data)


def parse_html(text: str) -> _Links:
    parser = _Links()
    parser.feed(text)
    parser.close()
    return parser


@pytest.fixture
def site() -> Iterator[SampleSite]:
    with SampleSite(now=NOW) as s:
        yield s


# ---------------------------------------------------------------------- construction
@pytest.mark.parametrize(
    "host", ["0.0.0.0", "192.168.1.10", "10.0.0.1", "::1", "localhost", "example.com", ""]
)
def test_refuses_non_loopback_host(host: str) -> None:
    with pytest.raises(ValueError):
        SampleSite(host=host)


def test_base_url_and_lifecycle() -> None:
    s = SampleSite(now=NOW)
    with pytest.raises(RuntimeError):
        _ = s.base_url
    with s:
        assert re.fullmatch(r"http://127\.0\.0\.1:\d+", s.base_url)
        assert s.running
        with pytest.raises(RuntimeError):
            s.start()
        status, _, _ = fetch(s.url("/robots.txt"))
        assert status == 200
    assert not s.running
    s.stop()  # idempotent
    with pytest.raises(OSError):
        fetch(f"http://127.0.0.1:{s.port}/robots.txt")


# ---------------------------------------------------------------------- templating
def test_render_template_placeholders() -> None:
    out = render_template(
        "{{base}}|{{offsite_base}}|{{offsite_port}}|{{year}}|{{date:-3}}|{{day:-60}}|"
        "{{rfc822:-1}}|{{date:0}}|{{unknown}}",
        base="http://127.0.0.1:1234",
        offsite_base="http://127.0.0.2:5678",
        now=NOW,
    )
    assert out.split("|") == [
        "http://127.0.0.1:1234",
        "http://127.0.0.2:5678",
        "5678",
        "2026",
        "2026-11-20T06:15:00+00:00",
        "2026-09-24",
        "Sun, 22 Nov 2026 06:15:00 +0000",
        "2026-11-23T06:15:00+00:00",
        "{{unknown}}",
    ]


def test_every_text_file_is_fully_templated(site: SampleSite) -> None:
    text_files = [
        p for p in SAMPLE_SITE_ROOT.rglob("*")
        if p.is_file() and p.suffix in {".html", ".xml", ".txt"} and p.name != "expected.json"
        and not p.name.startswith("_")  # layouts are not served
    ]
    assert len(text_files) >= 20
    fetch(site.url(FLAKY))  # burn the simulated 500
    for file in text_files:
        rel = "/" + file.relative_to(SAMPLE_SITE_ROOT).as_posix()
        if rel == PDF:
            continue
        if rel.endswith("/index.html"):
            rel = rel.removesuffix("index.html")
        status, _, body = fetch(site.url(rel), method="HEAD" if rel == HUGE else "GET")
        assert status == 200, rel
        if rel == HUGE:
            continue
        text = body.decode("utf-8")
        assert "{{" not in text and "}}" not in text, rel
        assert "<!--@" not in text, rel  # every layout directive was expanded
        assert site.base_url in text, rel


# ---------------------------------------------------------------------- page layouts
def test_page_files_hold_no_site_boilerplate(site: SampleSite) -> None:
    layout = (SAMPLE_SITE_ROOT / "_layout.html").read_text(encoding="utf-8")
    boilerplate = ["cookie-consent", "Most read", "share-facebook", "The Morning Ledger",
                   "Community guidelines", "Do Not Sell", "twitter:card"]
    assert all(b in layout for b in boilerplate)
    pages = [p for p in SAMPLE_SITE_ROOT.rglob("*.html")
             if p.read_bytes().startswith(b"<!-- layout: _layout.html -->\n")]
    assert len(pages) >= 15
    for page in pages:
        text = page.read_text(encoding="utf-8")
        assert not [b for b in boilerplate if b in text], page
    assert fetch(site.url("/_layout.html"))[0] == 404


def test_render_page_directives(tmp_path: Path) -> None:
    (tmp_path / "_l.html").write_text(
        "# defaults\ncolor: red\n<!-- slot:page -->\n<h1>{{@title}}</h1>\n<!--@item*thing-->\n"
        "<p>{{@thing#}} {{@color}}</p>\n<!--@note?flag-->\n<!--@pair x | y-->\n{{@body}}\n"
        "<!--@note_{{@kind}}-->\n"
        "<!-- slot:item -->\n<li id=\"{{@n}}\">{{@1}}={{@2}}</li>\n<!-- slot:note -->\n<p>note</p>\n"
        "<!-- slot:note_b -->\n<p>b</p>\n\n<!-- slot:pair -->\n<b>{{@2}}{{@1}}</b>\n",
        encoding="utf-8",
    )
    page = ("<!-- layout: _l.html -->\ntitle: T\nkind: b\nthing: a | 1\nthing: b | 2\nflag:\n"
            "<!-- slot:body -->\n<main>\n<!--@pair p | q-->\n</main>\n")
    assert render_page(page, tmp_path) == (
        '<h1>T</h1>\n<li id="1">a=1</li>\n<li id="2">b=2</li>\n<p>2 red</p>\n<b>yx</b>\n'
        "<main>\n<b>qp</b>\n</main>\n<p>b</p>\n"
    )
    assert render_page(page.replace("flag:", "flag: yes"), tmp_path).count("<p>note</p>") == 1
    assert render_page("<p>{{@title}}</p>\n", tmp_path) == "<p>{{@title}}</p>\n"  # not a page
    with pytest.raises(ValueError, match="not set"):
        render_page("<!-- layout: _l.html -->\n", tmp_path)
    with pytest.raises(ValueError, match="is a list"):
        render_page(page.replace("title: T", "title: T\ntitle: U"), tmp_path)
    with pytest.raises(ValueError, match="no block"):
        render_page(page.replace("kind: b", "kind: c"), tmp_path)


def test_override_with_a_page_file_is_put_into_the_layout(site: SampleSite) -> None:
    page = (SAMPLE_SITE_ROOT / ARTICLE.lstrip("/")).read_text(encoding="utf-8")
    site.override("/print/copy.html", page)
    copy = get_text(site, "/print/copy.html")
    assert copy == get_text(site, ARTICLE)
    assert f'<link rel="canonical" href="{site.base_url}{ARTICLE}">' in copy


def test_article_dates_follow_now(site: SampleSite) -> None:
    fetch(site.url(FLAKY))  # burn the simulated 500
    for path in STORED:
        meta = parse_html(get_text(site, path)).meta
        published = datetime.fromisoformat(meta["article:published_time"])
        assert published == NOW - timedelta(days=PAGES[path]["published_days_ago"]), path


def test_default_now_is_current_and_stable() -> None:
    with SampleSite() as s:
        assert abs(datetime.now(UTC) - s.now) < timedelta(minutes=2)
        first = fetch(s.url(ARTICLE))
        second = fetch(s.url(ARTICLE))
        assert first[2] == second[2]
        assert first[1]["ETag"] == second[1]["ETag"]


# ---------------------------------------------------------------------- feeds and sitemaps
def test_rss_feed(site: SampleSite) -> None:
    status, headers, body = fetch(site.url(ENTRY["rss"]))
    assert status == 200 and headers["Content-Type"] == "application/xml"
    root = ET.fromstring(body)
    assert root.tag == "rss" and root.get("version") == "2.0"
    items = root.findall("./channel/item")
    assert len(items) == 4
    links = [item.findtext("link", "") for item in items]
    assert any("utm_source=rss&utm_medium=feed" in link for link in links)
    for item in items:
        pub = email.utils.parsedate_to_datetime(item.findtext("pubDate", ""))
        assert NOW - timedelta(days=31) < pub <= NOW


def test_atom_feed(site: SampleSite) -> None:
    root = ET.fromstring(fetch(site.url(ENTRY["atom"]))[2])
    assert root.tag == f"{{{NS['atom']}}}feed"
    entries = root.findall("atom:entry", NS)
    assert len(entries) == 3
    hrefs = [e.find("atom:link", NS).get("href", "") for e in entries]  # type: ignore[union-attr]
    assert any(h.endswith("#comments") for h in hrefs)
    assert any("fbclid=" in h for h in hrefs)
    for entry in entries:
        datetime.fromisoformat(entry.findtext("atom:published", "", NS))


def test_sitemaps(site: SampleSite) -> None:
    index = ET.fromstring(fetch(site.url(ENTRY["sitemap_index"]))[2])
    locs = [e.text for e in index.findall("sm:sitemap/sm:loc", NS)]
    assert locs == [site.url(ENTRY["news_sitemap"]), site.url(ENTRY["sitemap"])]

    news = ET.fromstring(fetch(site.url(ENTRY["news_sitemap"]))[2])
    dates = {
        u.findtext("sm:loc", "", NS): u.findtext("news:news/news:publication_date", "", NS)
        for u in news.findall("sm:url", NS)
    }
    old = next(p for p, e in PAGES.items() if e.get("reason") == "too_old" and "news_sitemap"
               in e["discovered_by"])
    assert datetime.fromisoformat(dates[site.url(old)]) == NOW - timedelta(days=60)
    assert news.find("sm:url/sm:lastmod", NS) is None

    pages = ET.fromstring(fetch(site.url(ENTRY["sitemap"]))[2])
    lastmods = {
        u.findtext("sm:loc", "", NS): u.findtext("sm:lastmod", "", NS)
        for u in pages.findall("sm:url", NS)
    }
    assert lastmods[site.url(old)].startswith((NOW - timedelta(days=60)).date().isoformat())


def _route_links(site: SampleSite, route: str) -> list[str]:
    body = fetch(site.url(ENTRY[route]))[2]
    if route == "rss":
        return [i.findtext("link", "") for i in ET.fromstring(body).findall("./channel/item")]
    if route == "atom":
        return [
            link.get("href", "")
            for link in ET.fromstring(body).findall("atom:entry/atom:link", NS)
        ]
    if route in ("news_sitemap", "sitemap"):
        return [loc.text or "" for loc in ET.fromstring(body).findall("sm:url/sm:loc", NS)]
    return parse_html(body.decode("utf-8")).hrefs


def test_expected_json_matches_discovery_documents(site: SampleSite) -> None:
    """Every listed_as URL appears in its route's document, and vice versa for articles."""
    links = {route: _route_links(site, route) for route in EXPECTED["discovery_routes"]}
    listed: dict[str, set[str]] = {route: set() for route in links}
    for path, entry in PAGES.items():
        assert len(entry["discovered_by"]) == len(entry["listed_as"]), path
        for route, url in zip(entry["discovered_by"], entry["listed_as"], strict=True):
            rendered = render(site, url)
            assert rendered in links[route], (path, route, rendered)
            listed[route].add(rendered)
    for route in ("rss", "atom", "news_sitemap", "sitemap"):
        assert set(links[route]) == listed[route], route
    section_articles = {
        h for h in links["section"]
        if re.search(r"/(news|private)/.+\.html$", h) and "/news/2026/10/" not in h
    }
    assert section_articles == listed["section"]
    for href in EXPECTED["non_article_links_on_section_page"]:
        assert href in links["section"], href


# ---------------------------------------------------------------------- article pages
@pytest.mark.parametrize("path", STORED)
def test_stored_article_page_shape(site: SampleSite, path: str) -> None:
    entry = PAGES[path]
    status, headers, body = fetch(site.url(path))
    assert status == 200 or path == FLAKY
    if path == FLAKY:
        status, headers, body = fetch(site.url(path))
        assert status == 200
    assert headers["Content-Type"] == "text/html; charset=utf-8"
    text = body.decode("utf-8")
    page = parse_html(text)
    assert page.lang == "en"
    assert page.meta["og:title"] == entry["title"]
    assert page.meta["author"] == entry["author"]
    assert page.canonical == site.url(path)
    assert "<article" in text and "id=\"cookie-consent\"" in text and "id=\"comments\"" in text
    assert 4 <= len(page.body_paragraphs) <= 8
    body_text = " ".join(page.body_paragraphs)
    assert len(body_text.split()) >= 250
    for sentence in entry["must_contain"]:
        assert sentence in body_text, sentence
    plain = unescape(re.sub(r"<[^>]+>", " ", text))
    for boiler in entry["must_not_contain"]:
        assert boiler in plain and boiler not in body_text, boiler


def test_exactly_one_casualty_story_in_words() -> None:
    worded = [p for p, e in PAGES.items() if any("as_written" in c and c["as_written"].istitle()
                                                  for c in e.get("casualties", []))]
    assert worded == [ARTICLE]
    categories = {c["category"] for e in PAGES.values() for c in e.get("casualties", [])}
    assert categories == {"killed", "wounded", "missing", "captured"}


def test_cleaned_text_matches_ground_truth(site: SampleSite) -> None:
    trafilatura = pytest.importorskip("trafilatura")
    minimum = EXPECTED["crawl_settings"]["min_text_chars"]
    fetch(site.url(FLAKY))  # burn the simulated 500
    for path in STORED:
        cleaned = trafilatura.extract(get_text(site, path), include_comments=False) or ""
        assert len(cleaned) >= minimum, path
        for sentence in PAGES[path]["must_contain"]:
            assert sentence in cleaned, (path, sentence)
        for boiler in PAGES[path]["must_not_contain"]:
            assert boiler not in cleaned, (path, boiler)
    stub = next(p for p, e in PAGES.items() if e.get("reason") == "too_short")
    cleaned = trafilatura.extract(get_text(site, stub), include_comments=False) or ""
    assert len(cleaned) < minimum


# ---------------------------------------------------------------------- faults
def test_robots_txt(site: SampleSite) -> None:
    status, headers, body = fetch(site.url("/robots.txt"))
    assert status == 200 and headers["Content-Type"].startswith("text/plain")
    text = body.decode()
    assert "User-agent: *" in text and "Disallow: /private/" in text
    assert f"Sitemap: {site.url('/sitemap_index.xml')}" in text
    robots = next(p for p, e in PAGES.items() if e.get("reason") == "robots")
    assert robots.startswith("/private/")


def test_flaky_page_fails_once_per_instance(site: SampleSite) -> None:
    assert [fetch(site.url(FLAKY))[0] for _ in range(3)] == [500, 200, 200]
    site.reset_faults()
    assert [fetch(site.url(FLAKY))[0] for _ in range(2)] == [500, 200]
    assert [r.status for r in site.requests] == [500, 200, 200, 500, 200]
    with SampleSite(now=NOW) as other:
        assert fetch(other.url(FLAKY))[0] == 500


def test_pdf_served_under_html_name(site: SampleSite) -> None:
    status, headers, body = fetch(site.url(PDF))
    assert status == 200
    assert headers["Content-Type"] == "application/pdf"
    assert body.startswith(b"%PDF-") and b"%%EOF" in body[-32:]
    assert 2_000 <= len(body) <= 20_000
    assert int(headers["Content-Length"]) == len(body)


def test_oversize_page(site: SampleSite) -> None:
    status, headers, body = fetch(site.url(HUGE), method="HEAD")
    assert status == 200 and body == b""
    assert headers["Content-Type"] == "text/html; charset=utf-8"
    size = int(headers["Content-Length"])
    assert 3_000_000 <= size < 3_100_000
    status, headers, body = fetch(site.url(HUGE))
    assert len(body) == size and body.rstrip().endswith(b"</html>")


def test_not_found_and_no_listing(site: SampleSite) -> None:
    for path in ("/nope.html", "/news/", "/news/2026/11/", "/feeds/", "/expected.json",
                 "/news/2026/10/selvane-explainer.html", "/world/missing.html"):
        assert fetch(site.url(path))[0] == 404, path
    status, headers, body = fetch(site.url("/world/"))
    assert status == 200 and headers["Content-Type"] == "text/html; charset=utf-8"
    assert b"teaser" in body
    conn = http.client.HTTPConnection(site.host, site.port, timeout=10)
    try:
        for raw in ("/../pyproject.toml", "/news/../../sample_site.py", "/%2e%2e/pyproject.toml"):
            conn.request("GET", raw)
            response = conn.getresponse()
            response.read()
            assert response.status == 404, raw
            conn.close()
        conn.request("GET", "/world?x=1")
        response = conn.getresponse()
        response.read()
        assert response.status == 301 and response.getheader("Location") == "/world/?x=1"
    finally:
        conn.close()


def test_other_methods_rejected(site: SampleSite) -> None:
    status, headers, _ = fetch(site.url(ARTICLE), method="POST")
    assert status == 405 and headers["Allow"] == "GET, HEAD"


# ---------------------------------------------------------------------- conditional requests
def test_conditional_requests(site: SampleSite) -> None:
    status, headers, body = fetch(site.url(ARTICLE))
    assert status == 200 and body
    etag, last_modified = headers["ETag"], headers["Last-Modified"]
    assert re.fullmatch(r'"[0-9a-f]{32}"', etag)

    status, h304, body = fetch(site.url(ARTICLE), {"If-None-Match": etag})
    assert status == 304 and body == b"" and h304["ETag"] == etag
    assert fetch(site.url(ARTICLE), {"If-None-Match": f'"other", W/{etag}'})[0] == 304
    assert fetch(site.url(ARTICLE), {"If-Modified-Since": last_modified})[0] == 304
    assert fetch(site.url(ARTICLE), {"If-None-Match": '"stale"'})[0] == 200
    # If-None-Match wins over If-Modified-Since.
    assert fetch(
        site.url(ARTICLE), {"If-None-Match": '"stale"', "If-Modified-Since": last_modified}
    )[0] == 200
    earlier = email.utils.format_datetime(NOW - timedelta(days=1), usegmt=True)
    assert fetch(site.url(ARTICLE), {"If-Modified-Since": earlier})[0] == 200
    assert fetch(site.url(ARTICLE), {"If-Modified-Since": "garbage"})[0] == 200

    # Feeds carry validators too.
    rss_etag = fetch(site.url(ENTRY["rss"]))[1]["ETag"]
    assert fetch(site.url(ENTRY["rss"]), {"If-None-Match": rss_etag})[0] == 304


def test_override_changes_content_and_validators(site: SampleSite) -> None:
    _, headers, _ = fetch(site.url(ARTICLE))
    old_etag, old_lm = headers["ETag"], headers["Last-Modified"]
    site.override(ARTICLE, "<html lang=\"en\"><body><article><p>{{base}} updated</p>"
                           "</article></body></html>")
    status, headers, body = fetch(site.url(ARTICLE), {"If-None-Match": old_etag})
    assert status == 200 and body.decode() == (
        f'<html lang="en"><body><article><p>{site.base_url} updated</p></article></body></html>'
    )
    assert headers["ETag"] != old_etag
    new_lm = email.utils.parsedate_to_datetime(headers["Last-Modified"])
    assert new_lm > email.utils.parsedate_to_datetime(old_lm)
    assert fetch(site.url(ARTICLE), {"If-Modified-Since": old_lm})[0] == 200
    assert fetch(site.url(ARTICLE), {"If-None-Match": headers["ETag"]})[0] == 304

    site.override("/news/2026/11/brand-new.html", "<html><body>new</body></html>")
    assert fetch(site.url("/news/2026/11/brand-new.html"))[0] == 200
    site.clear_overrides()
    assert fetch(site.url("/news/2026/11/brand-new.html"))[0] == 404
    status, headers, body = fetch(site.url(ARTICLE), {"If-None-Match": old_etag})
    assert status == 304  # original content is back, with its original ETag
    with pytest.raises(ValueError):
        site.override("relative.html", "x")


# ---------------------------------------------------------------------- request log
def test_request_log(site: SampleSite) -> None:
    fetch(site.url("/feeds/rss.xml?utm_source=test"), {"X-Probe": "1"})
    fetch(site.url("/missing.html"), method="HEAD")
    records = site.requests
    assert [(r.method, r.path, r.status) for r in records] == [
        ("GET", "/feeds/rss.xml?utm_source=test", 200),
        ("HEAD", "/missing.html", 404),
    ]
    assert records[0].headers["X-Probe"] == "1"
    assert site.paths_requested() == ["/feeds/rss.xml?utm_source=test", "/missing.html"]
    assert site.hits("/feeds/rss.xml") == 1
    site.clear_requests()
    assert site.requests == []


def test_offsite_instance_on_second_loopback_address() -> None:
    try:
        offsite = SampleSite(host="127.0.0.2", now=NOW).start()
    except OSError as exc:  # e.g. macOS without a 127.0.0.2 alias
        pytest.skip(f"cannot bind 127.0.0.2: {exc}")
    try:
        with SampleSite(offsite_base=offsite.base_url, now=NOW) as main:
            section = get_text(main, "/world/")
            offsite_path = next(p for p, e in PAGES.items() if e["host"] == "offsite")
            assert f'href="{offsite.base_url}{offsite_path}"' in section
            assert offsite.requests == []
            assert fetch(offsite.url(offsite_path))[0] == 200
            assert offsite.paths_requested() == [offsite_path]
            assert main.hits(offsite_path) == 0
    finally:
        offsite.stop()


def test_default_offsite_base_points_at_127_0_0_2(site: SampleSite) -> None:
    assert site.offsite_base == f"http://127.0.0.2:{site.port}"


# ---------------------------------------------------------------------- command line
def test_command_line_entry_point() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "newsmon.sample_site", "--seconds", "0.5"],
        capture_output=True,
        text=True,
        timeout=30,
        cwd=Path(__file__).resolve().parents[1],
    )
    assert proc.returncode == 0, proc.stderr
    assert re.fullmatch(r"http://127\.0\.0\.1:\d+", proc.stdout.splitlines()[0])
    assert proc.stderr == ""
