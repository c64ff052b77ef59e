"""The network boundary, through the real Scrapy engine (`newsmon crawl` in a child process)
against loopback servers: a web whose feeds, sitemaps, section pages, redirects and meta
refreshes point at hosts, ports and schemes the configuration never named."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from crawler.boundary import address_refusal
from pipelines.urls import SiteScope
from storage.db import Database
from storage.models import Article, ArticleVersion
from tests.loopweb import (
    LONG,
    XML,
    N,
    RoutedSite,
    article,
    news_sitemap,
    outlet_stats,
    rss,
    section,
    sitemap_index,
)
from tests.sitecrawl import newsmon, query_json

CRAWL = """[crawl]
download_delay = 0
autothrottle = false
retry_times = 0
download_timeout = 5
min_text_chars = 200
contact_url = "https://example.org/newsmon-tests"
"""


def story(title: str, **extra: Any) -> str:
    return article(title, *LONG, **extra)


@dataclass
class Hostile:
    main: RoutedSite
    other_port: RoutedSite   # 127.0.0.1 on a port no source names (also reached as localhost)
    other_host: RoutedSite   # 127.0.0.2, a host no source names
    db_url: str
    code: int
    stderr: str

    def stored_paths(self) -> set[str]:
        rows = query_json("articles", self.db_url, "--limit", "100")
        return {r["url"].removeprefix(self.main.base_url) for r in rows}


def build_hostile_web(main: RoutedSite, port: RoutedSite, host: RoutedSite, tmp: Path) -> None:
    """Fill the three sites: `main` is the outlet's; every link to the other two must die."""
    m, o, far = main.base_url, port.base_url, host.base_url
    local_o = f"http://localhost:{port.port}"
    (tmp / "listing.xml").write_text(news_sitemap(f"{m}{N}from-file-listing.html"))
    file_url = (tmp / "listing.xml").as_uri()
    main.add("/feed.xml", rss(
        f"{m}{N}listed-story-one.html",
        f"{far}{N}far-host-story.html",
        f"{local_o}{N}localhost-story.html",
        f"{o}{N}other-port-story.html",
        file_url,
        f"http://127.0.0.1:99999{N}bad-port-story.html",     # malformed: costs only itself
        f"{m}{N}redirected-story.html",
        f"{m}{N}refreshing-story.html",
        f"http://localhost{N}default-port-story.html",       # allowed host, private address
        f"http://127.0.0.3{N}literal-private-story.html",    # the same, as a literal
        f"{m}{N}listed-story-two.html",
    ), content_type=XML)
    main.redirect("/feed-moved.xml", f"{o}/feed.xml")
    main.redirect("/feed-far.xml", f"{far}/feed.xml")
    main.add("/sitemap_index.xml", sitemap_index(
        f"{o}/sitemap.xml", f"{m}/sitemap-moved.xml", file_url, "http://127.0.0.1:99999/s.xml",
        f"{m}/sitemap-news.xml"), content_type=XML)
    main.redirect("/sitemap-moved.xml", f"{far}/sitemap.xml")
    main.add("/sitemap-news.xml", news_sitemap(f"http://[::1{N}broken-host.html",
                                               f"{m}{N}sitemap-story.html"), content_type=XML)
    main.add("/section/", section(f"{m}{N}section-story-long-one.html", f"{o}{N}section-port.html",
                                  f"{far}{N}section-far-host.html", file_url))
    main.redirect("/section-moved/", f"{local_o}/section/")
    main.add("/section-refresh/", section(refresh_to=f"{far}/section/"))
    main.redirect(f"{N}redirected-story.html", f"{o}{N}landing.html")
    main.add(f"{N}refreshing-story.html", article("Moved", refresh_to=f"{far}{N}landing.html"))
    for path in ("listed-story-one", "listed-story-two", "sitemap-story",
                 "section-story-long-one", "from-file-listing"):
        main.add(f"{N}{path}.html", story(path.replace("-", " ").title()))
    for site in (port, host):  # tempting content, should anything ever get here
        site.add("/feed.xml", rss(f"{m}{N}from-elsewhere.html"), content_type=XML)
        site.add("/sitemap.xml", news_sitemap(f"{m}{N}from-elsewhere.html"), content_type=XML)
        site.add("/section/", section(f"{m}{N}from-elsewhere.html"))
        site.add(f"{N}landing.html", story("Landing"))


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Hostile]:
    tmp = tmp_path_factory.mktemp("hostile")
    with RoutedSite() as main, RoutedSite() as port, RoutedSite("127.0.0.2") as host:
        build_hostile_web(main, port, host, tmp)
        m = main.base_url
        outlets = tmp / "outlets.toml"
        outlets.write_text(CRAWL + f"""
[[outlet]]
name = "guarded"
feeds = ["{m}/feed.xml", "{m}/feed-moved.xml", "{m}/feed-far.xml"]
sitemaps = ["{m}/sitemap_index.xml"]
start_urls = ["{m}/section/", "{m}/section-moved/", "{m}/section-refresh/"]
allowed_domains = ["127.0.0.1", "localhost", "127.0.0.3"]
max_age_days = 30
""", encoding="utf-8")
        db_url = f"sqlite:///{tmp / 'hostile.db'}"
        result = newsmon("crawl", "--outlets", str(outlets), "--db", db_url)
        yield Hostile(main, port, host, db_url, result.returncode, result.stderr)


def test_nothing_outside_the_boundary_is_ever_requested(hostile: Hostile) -> None:
    assert hostile.code == 0, hostile.stderr[-3000:]
    assert hostile.other_port.seen == []
    assert hostile.other_host.seen == []
    assert {host for host, _ in hostile.main.seen} == {f"127.0.0.1:{hostile.main.port}"}
    assert f"{N}from-file-listing.html" not in hostile.main.paths_seen()
    assert f"{N}from-elsewhere.html" not in hostile.main.paths_seen()


def test_in_bounds_stories_are_stored_around_a_malformed_link(hostile: Hostile) -> None:
    assert hostile.stored_paths() == {f"{N}{p}.html" for p in (
        "listed-story-one", "listed-story-two", "sitemap-story", "section-story-long-one")}


def test_refusals_are_counted_with_their_reasons(hostile: Hostile) -> None:
    summary = outlet_stats(hostile.db_url, "guarded")
    skipped = summary["skipped"]
    assert skipped["bad_url"] == 3              # a feed item, a child sitemap, a sitemap entry
    assert skipped["bad_scheme"] == 2           # the file: feed item and child sitemap
    assert skipped["offsite"] >= 4              # 127.0.0.2 links, redirects and refresh
    assert skipped["offsite_port"] >= 5         # the other port, as 127.0.0.1 and localhost
    assert skipped["private_address"] == 2      # localhost:80 and 127.0.0.3:80
    assert "connection" not in summary["errors"]


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("http://news.example/a", None),
        ("https://news.example:443/a", None),
        ("http://www.news.example/a", None),
        ("http://news.example:8080/feed.xml", None),       # named by a source on that host
        ("http://www.news.example:8080/a", "offsite_port"),  # named on another host only
        ("http://news.example:8081/a", "offsite_port"),
        ("http://news.example:443/a", "offsite_port"),     # not http's default
        ("http://evilnews.example/a", "offsite"),
        ("https://feeds.newscdn.example/other.xml", None),   # a source's own host
        ("https://www.newscdn.example/a", "offsite"),        # but not its neighbours
        ("http://feeds.newscdn.example:8080/a", "offsite_port"),
        ("http://news.example.evil.org/a", "offsite"),
        ("file:///etc/passwd", "bad_scheme"),
        ("ftp://news.example/a", "bad_scheme"),
        ("data:text/html,hi", "bad_scheme"),
        ("http://news.example:99999/a", "bad_url"),
        ("http://[::1/a", "bad_url"),
        ("http:///a", "bad_url"),
    ],
)
def test_site_scope(url: str, reason: str | None) -> None:
    scope = SiteScope.of(["news.example"], ["http://news.example:8080/feed.xml",
                                            "https://news.example/sitemap.xml",
                                            "https://feeds.newscdn.example/rss.xml"])
    assert scope.refusal(url) == reason


def test_every_shipped_source_is_within_its_outlets_scope() -> None:
    """A source host outside allowed_domains (BBC's feeds.bbci.co.uk) is still in scope:
    the configuration named it; its neighbours are not."""
    from config.model import load_config

    for outlet in load_config().outlet:
        sources = outlet.feeds + outlet.sitemaps + outlet.start_urls
        scope = SiteScope.of(outlet.domains(), sources)
        assert [u for u in sources if scope.refusal(u)] == [], outlet.name
    bbc = SiteScope.of(["bbc.co.uk"], ["https://feeds.bbci.co.uk/news/world/rss.xml"])
    assert bbc.refusal("https://feeds.bbci.co.uk/news/asia/rss.xml") is None
    assert bbc.refusal("https://www.bbc.co.uk/news/world-1") is None
    assert bbc.refusal("https://evil.bbci.co.uk/x") == "offsite"


@pytest.mark.parametrize(
    ("address", "refused"),
    [("8.8.8.8", False), ("2a00:1450:4001::1", False), ("127.0.0.1", True), ("10.1.2.3", True),
     ("172.16.0.1", True), ("192.168.1.1", True), ("169.254.169.254", True),
     ("100.64.0.1", True), ("0.0.0.0", True), ("::1", True), ("fc00::1", True),
     ("fe80::1", True), ("::ffff:8.8.8.8", True), ("::ffff:127.0.0.1", True),
     ("224.0.0.1", True)],
)
def test_non_global_addresses_are_refused(address: str, refused: bool) -> None:
    assert (address_refusal(address) == "private_address") is refused


def test_only_http_and_https_download_handlers(tmp_path: Path) -> None:
    from config.model import parse_config
    from newsmon.runner import crawl_settings

    config = parse_config({"outlet": [{"name": "x", "feeds": ["http://127.0.0.1/f"]}]}, "t")
    settings = crawl_settings(config, f"sqlite:///{tmp_path / 'x.db'}", None)
    # what Scrapy's DownloadHandlers loads: the base table merged with DOWNLOAD_HANDLERS
    handlers = settings.getwithbase("DOWNLOAD_HANDLERS")
    assert {scheme for scheme, path in handlers.items() if path} == {"http", "https"}


# -- rel=canonical: two outlets on one host, different ports ----------------------------
@dataclass
class Neighbours:
    a: RoutedSite
    b: RoutedSite
    db_url: str


@pytest.fixture(scope="module")
def neighbours(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Neighbours]:
    tmp = tmp_path_factory.mktemp("canonical")
    with RoutedSite() as a, RoutedSite() as b:
        A, B = a.base_url, b.base_url
        www_b = f"http://www.127.0.0.1:{b.port}"
        b.add("/feed.xml", rss(f"{B}{N}b-story.html", f"{B}{N}b-www-story.html"), content_type=XML)
        b.add(f"{N}b-story.html", article("B story", *LONG, canonical=f"{B}{N}b-story.html"))
        b.add(f"{N}b-www-story.html", article("B www story", *LONG[:2],
                                             canonical=f"{www_b}{N}b-www-story.html"))
        a.add("/feed.xml", rss(f"{A}{N}a-copy.html", f"{A}{N}a-www.html", f"{A}{N}a-mobile.html",
                               f"{A}{N}a-own.html"), content_type=XML)
        a.add(f"{N}a-copy.html", article("A takes B", "Text of A, first page.", *LONG[1:],
                                         canonical=f"{B}{N}b-story.html"))
        a.add(f"{N}a-www.html", article("A takes B www", "Text of A, second page.", *LONG[1:],
                                        canonical=f"{www_b}{N}b-www-story.html"))
        a.add(f"{N}a-mobile.html", article("A mobile", "Text of A, third page.", *LONG[1:],
                                           canonical=f"http://m.127.0.0.1:{b.port}{N}b-story.html"))
        a.add(f"{N}a-own.html", article("A own", "Text of A, fourth page.", *LONG[1:],
                                        canonical=f"{A}{N}a-own-canonical.html?utm_source=x"))
        outlets = tmp / "outlets.toml"
        outlets.write_text(CRAWL + f"""
[[outlet]]
name = "b"
feeds = ["{B}/feed.xml"]

[[outlet]]
name = "a"
feeds = ["{A}/feed.xml"]
""", encoding="utf-8")
        db_url = f"sqlite:///{tmp / 'canonical.db'}"
        for name in ("b", "a"):  # b's stories are stored first; a's pages then claim them
            result = newsmon("crawl", "--outlets", str(outlets), "--db", db_url, "--outlet", name)
            assert result.returncode == 0, result.stderr[-3000:]
        yield Neighbours(a, b, db_url)


def test_canonical_never_attaches_a_page_to_another_outlets_story(neighbours: Neighbours) -> None:
    A, B = neighbours.a.base_url, neighbours.b.base_url
    db = Database(neighbours.db_url)
    with db.begin() as session:
        stored = {row.url: (row.outlet, row.text) for row in session.scalars(select(Article))}
        versions = session.scalars(select(ArticleVersion)).all()
    db.dispose()
    assert {url: outlet for url, (outlet, _) in stored.items()} == {
        f"{B}{N}b-story.html": "b", f"{B}{N}b-www-story.html": "b",
        f"{A}{N}a-copy.html": "a", f"{A}{N}a-www.html": "a", f"{A}{N}a-mobile.html": "a",
        f"{A}{N}a-own-canonical.html": "a"}   # its own host and port: followed
    assert "Text of A" not in stored[f"{B}{N}b-story.html"][1]
    assert versions == []
    assert outlet_stats(neighbours.db_url, "a")["stored"] == 4
