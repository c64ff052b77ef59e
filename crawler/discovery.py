"""Parsing listing documents into candidate article links (pure; no Scrapy).

Feeds (RSS/Atom via feedparser), sitemaps (index, urlset, Google News) and the
article-likeness test for links found on section pages.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from urllib.parse import urlsplit

import feedparser
from lxml import etree

from pipelines.dates import parse_date

SITEMAP_PARSER = etree.XMLParser(
    resolve_entities=False, no_network=True, recover=True, remove_comments=True, huge_tree=False
)
NOT_ARTICLE_PATH = re.compile(
    r"/(tag|tags|topic|topics|category|categories|author|authors|authors?/|search|page|login|"
    r"subscribe|newsletter|about|contact|privacy|terms|video|videos|live|podcast|podcasts|"
    r"gallery|galleries|feed|rss)(/|$)|\.(jpe?g|png|gif|svg|webp|css|js|mp4|mp3|zip|xml|json)$",
    re.IGNORECASE,
)
SLUG_SEGMENT = re.compile(r"[a-z0-9]+(?:[-_][a-z0-9]+)+", re.IGNORECASE)
MIN_SLUG_CHARS = 12
NOT_ARTICLE_SLUG = re.compile(
    r"^(about|contact|privacy|terms|cookie|cookies|legal|advertis|careers|sitemap|help|faq)",
    re.IGNORECASE,
)
ID_SEGMENT = re.compile(r"\d{5,}|/20\d\d/\d\d?/")


@dataclass(frozen=True, slots=True)
class Listing:
    """A link to a candidate article as a listing document gives it."""

    url: str
    published_at: datetime | None = None
    title: str | None = None


class NotAFeed(ValueError):
    """The document is not an RSS or Atom feed."""


class NotASitemap(ValueError):
    """The document is not a sitemap or sitemap index."""


def parse_feed(body: bytes) -> list[Listing]:
    """Entries of an RSS 2.0/1.0 or Atom feed; NotAFeed if it is none."""
    if not body.strip():
        raise NotAFeed("empty document")
    parsed = feedparser.parse(body, sanitize_html=False, resolve_relative_uris=False)
    if not parsed.entries and (parsed.bozo or not parsed.version):
        reason = str(parsed.get("bozo_exception") or "no feed elements")
        raise NotAFeed(reason.splitlines()[0] if reason else "not a feed")
    listings = []
    for entry in parsed.entries:
        link = entry.get("link") or _alternate_link(entry)
        if link:
            listings.append(Listing(link.strip(), _entry_date(entry), entry.get("title")))
    return listings


def _alternate_link(entry: feedparser.FeedParserDict) -> str | None:
    for link in entry.get("links", []):
        if link.get("rel", "alternate") == "alternate" and link.get("href"):
            return str(link["href"])
    return None


def _entry_date(entry: feedparser.FeedParserDict) -> datetime | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = entry.get(key)
        if value:
            return datetime.fromtimestamp(calendar.timegm(value), tz=UTC)
    return None


@dataclass(frozen=True, slots=True)
class Sitemap:
    """A parsed sitemap: child sitemaps (for an index) or article listings."""

    children: list[Listing]
    articles: list[Listing]
    is_news: bool


def parse_sitemap(body: bytes) -> Sitemap:
    try:
        root = etree.fromstring(body, parser=SITEMAP_PARSER)
    except etree.XMLSyntaxError as exc:
        raise NotASitemap(str(exc)) from None
    if root is None:
        raise NotASitemap("empty document")
    kind = etree.QName(root).localname
    if kind == "sitemapindex":
        return Sitemap(children=[_sitemap_entry(e) for e in _entries(root, "sitemap")],
                       articles=[], is_news=False)
    if kind == "urlset":
        articles = [_sitemap_entry(e) for e in _entries(root, "url")]
        is_news = root.find(".//{*}publication_date") is not None
        return Sitemap(children=[], articles=[a for a in articles if a.url], is_news=is_news)
    raise NotASitemap(f"root element <{kind}> is not urlset or sitemapindex")


def _entries(root: etree._Element, name: str) -> list[etree._Element]:
    return [e for e in root if isinstance(e.tag, str) and etree.QName(e).localname == name]


def _sitemap_entry(element: etree._Element) -> Listing:
    loc = _text(element, "{*}loc") or ""
    date = _text(element, ".//{*}publication_date") or _text(element, "{*}lastmod")
    title = _text(element, ".//{*}title")
    return Listing(loc.strip(), parse_date(date), title)


def _text(element: etree._Element, path: str) -> str | None:
    found = element.find(path)
    return found.text.strip() if found is not None and found.text else None


def looks_like_article(url: str) -> bool:
    """Heuristic for section-page links: a slug or id path, not a tag/author/media page."""
    path = urlsplit(url).path
    if not path or path == "/" or NOT_ARTICLE_PATH.search(path):
        return False
    last = path.rstrip("/").rsplit("/", 1)[-1]
    last = last.rsplit(".", 1)[0] if last.endswith((".html", ".htm", ".php", ".aspx")) else last
    if NOT_ARTICLE_SLUG.match(last):
        return False
    slug = SLUG_SEGMENT.fullmatch(last) is not None and len(last) >= MIN_SLUG_CHARS
    return slug or ID_SEGMENT.search(path) is not None
