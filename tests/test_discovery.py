"""Listing parsers and the article-likeness test (pure functions)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from crawler.discovery import NotAFeed, NotASitemap, looks_like_article, parse_feed, parse_sitemap

RSS = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>x</title>
<item><title>A</title><link>https://e.org/news/a-story-here</link>
<pubDate>Fri, 20 Nov 2026 08:30:00 +0000</pubDate></item>
<item><title>No date</title><link>https://e.org/news/b</link></item>
</channel></rss>"""
ATOM = b"""<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">
<title>x</title><entry><title>A</title><link rel="alternate" href="https://e.org/a"/>
<published>2026-11-20T08:30:00Z</published></entry></feed>"""
RDF = b"""<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel rdf:about="https://e.org"><title>x</title></channel>
<item rdf:about="https://e.org/r"><title>R</title><link>https://e.org/r</link>
<dc:date>2026-11-20T08:30:00Z</dc:date></item></rdf:RDF>"""
INDEX = b"""<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<sitemap><loc>https://e.org/s1.xml</loc><lastmod>2026-11-20</lastmod></sitemap></sitemapindex>"""
NEWS = b"""<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"><url><loc>https://e.org/n</loc>
<news:news><news:publication_date>2026-11-20T08:30:00+00:00</news:publication_date>
<news:title>N</news:title></news:news></url></urlset>"""
WHEN = datetime(2026, 11, 20, 8, 30, tzinfo=UTC)


@pytest.mark.parametrize("body", [RSS, ATOM, RDF])
def test_feeds_give_links_and_dates(body: bytes) -> None:
    listings = parse_feed(body)
    assert listings[0].url.startswith("https://e.org/")
    assert listings[0].published_at == WHEN


def test_feed_without_date_has_none() -> None:
    assert parse_feed(RSS)[1].published_at is None


@pytest.mark.parametrize("body", [b"<html><body>not a feed</body></html>", b"\x00\x01garbage", b""])
def test_not_a_feed(body: bytes) -> None:
    with pytest.raises(NotAFeed):
        parse_feed(body)


def test_sitemap_index_and_news_sitemap() -> None:
    index = parse_sitemap(INDEX)
    assert [c.url for c in index.children] == ["https://e.org/s1.xml"] and not index.articles
    news = parse_sitemap(NEWS)
    assert news.is_news and news.articles[0].published_at == WHEN
    assert news.articles[0].title == "N"


@pytest.mark.parametrize("body", [b"<html><p>x</p></html>", b"not xml at all"])
def test_not_a_sitemap(body: bytes) -> None:
    with pytest.raises(NotASitemap):
        parse_sitemap(body)


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://e.org/news/2026/11/drovnian-brigade-reaches-front.html", True),
        ("https://e.org/world/north-korea-troops-kursk-losses", True),
        ("https://e.org/view/AEN20261120000351315", True),
        ("https://e.org/news/offsite-story.html", True),
        ("https://e.org/", False),
        ("https://e.org/tags/north-korea/", False),
        ("https://e.org/authors/tomas-reiner/", False),
        ("https://e.org/world/?page=2", False),
        ("https://e.org/privacy-policy", False),
        ("https://e.org/about.html", False),
        ("https://e.org/img/a-big-photo-file.jpg", False),
        ("https://e.org/world/europe/", False),
    ],
)
def test_looks_like_article(url: str, expected: bool) -> None:
    assert looks_like_article(url) is expected
