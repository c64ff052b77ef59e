"""Page metadata (title, author, date, site name) from trafilatura's parts, minus its slow passes.

`trafilatura.metadata.extract_metadata` also looks for categories, tags and a
licence, which this project does not keep, and its fallback author search
evaluates EXSLT regular expressions on every element of a deep copy of the page
(one Python callback per element): together ~6.5 of its ~8 ms per page on the
shared corpus. `page_metadata` runs the same steps in the same order (meta tags,
JSON-LD, title, author, date with htmldate, site name) with trafilatura's own
functions, and replaces the fallback author search with `byline_author`: the same
rules, applied to the few elements that can match them, with no copy of the page.
On the corpus both give the same title, author and date on every page, at about a
third of the cost.
"""

from __future__ import annotations

import contextlib
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from htmldate import find_date
from lxml.etree import XPath
from lxml.html import HtmlElement
from trafilatura.metadata import (
    META_URL,
    examine_meta,
    extract_meta_json,
    extract_sitename,
    extract_title,
    extract_url,
    normalize_authors,
)
from trafilatura.settings import Document
from trafilatura.utils import trim

MAX_AUTHOR_CHARS = 120   # trafilatura's limit for an author found in the page body
MIN_AUTHOR_CHARS = 3

# Elements with any attribute trafilatura's AUTHOR_XPATHS look at (one cheap XPath 1.0
# query); `_may_name_author` narrows them with one regex, `_author_tier` applies its rules.
ATTRIBUTED = XPath("//*[@class or @id or @rel or @itemprop or @data-testid or @data-component]"
                   " | //author")
AUTHORISH = re.compile(r"uthor|yline|byl|BBL|username|screenname|writer|channel-name|zuozhe"
                       r"|bianji|xiaobian|submitted-by|posted-by|journalist-name")
TIER1_TAGS = frozenset({"a", "address", "div", "link", "p", "span", "strong"})
TIER2_TAGS = frozenset({"a", "div", "h3", "h4", "p", "span"})
TIER1_CLASS = re.compile(r"author-?name|AuthorName|authorName")
TIER2_ID = re.compile(r"author|zuozhe|bianji|xiaobian")
TIER2_CLASS = re.compile(
    r"author|channel-name|zuozhe|bianji|xiaobian|submitted-by|posted-by|journalist-name")
TIER3_ID = re.compile(r"[Aa]uthor")
TIER3_CLASS = re.compile(r"[Aa]uthor|screenname|writer|[Bb]yline")
# trafilatura's AUTHOR_DISCARD_XPATHS: comment threads, sidebars, dates, figures, quotes
DISCARD_TAGS = frozenset({"a", "div", "section", "span"})
DISCARD_ID = re.compile(r"^comments|comment-?list|ProductReviews")
DISCARD_CLASS = re.compile(
    r"^[Cc]omments|commentlist|comments-list|sidebar|is-hidden|quote|embedly-instagram"
    r"|article-(?:share|support)|print|category|meta-date|meta-reviewer")


# The page's own publication time, in this order: JSON-LD datePublished, the
# article:published_time meta tag (or itemprop=datePublished), a <time datetime>.
JSON_LD = XPath("//script[@type='application/ld+json']/text()")
PUBLISHED_META = XPath("//meta[@property='article:published_time' or @name='article:published_time'"
                       " or @itemprop='datePublished' or @property='og:published_time']/@content"
                       " | //*[@itemprop='datePublished']/@datetime")
TIME_DATETIME = XPath("//time[@datetime]/@datetime")
HAS_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}")


@dataclass(frozen=True, slots=True)
class PageMetadata:
    title: str | None
    author: str | None
    date: str | None
    sitename: str | None
    published: datetime | None = None   # the page's own publication time, when it has one


def page_metadata(tree: HtmlElement, url: str | None,
                  date_params: dict[str, Any]) -> PageMetadata:
    """trafilatura's metadata steps that this project keeps, on an already parsed page."""
    doc = examine_meta(tree)
    if doc.author and " " not in doc.author:
        doc.author = None  # as trafilatura: a single word is rarely a byline
    # trafilatura's JSON-LD reader can fail on odd input; it then goes on without, as here
    with contextlib.suppress(Exception):
        doc = extract_meta_json(tree, doc)
    doc.title = doc.title or extract_title(tree)
    doc.author = doc.author or byline_author(tree)
    doc.url = doc.url or extract_url(tree, url)
    doc.date = find_date(tree, **{**date_params, "url": doc.url})
    doc.sitename = _sitename(doc, tree)
    doc.clean_and_trim()
    return PageMetadata(doc.title or None, doc.author or None, doc.date or None,
                        doc.sitename or None, published_time(tree))


def published_time(tree: HtmlElement) -> datetime | None:
    """The publication time the page states with a time of day (UTC), or None: JSON-LD
    `datePublished` first, then the `article:published_time` meta tag, then the first
    `<time datetime>`. A bare date is not a time: the caller falls back to the listing."""
    for value in (*_json_ld_dates(tree), *PUBLISHED_META(tree), *TIME_DATETIME(tree)):
        when = _timestamp(str(value))
        if when is not None:
            return when
    return None


def _json_ld_dates(tree: HtmlElement) -> Iterator[str]:
    for text in JSON_LD(tree):
        try:
            data = json.loads(str(text))
        except ValueError:
            continue
        yield from _date_published(data)


def _date_published(data: Any, depth: int = 0) -> Iterator[str]:
    """`datePublished` values of a JSON-LD document, its lists and its @graph (bounded)."""
    if depth > 3:
        return
    if isinstance(data, list):
        for item in data:
            yield from _date_published(item, depth + 1)
    elif isinstance(data, dict):
        if isinstance(data.get("datePublished"), str):
            yield data["datePublished"]
        if "@graph" in data:
            yield from _date_published(data["@graph"], depth + 1)


def _timestamp(value: str) -> datetime | None:
    value = value.strip()
    if not HAS_TIME.match(value):
        return None
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed.replace(tzinfo=UTC) if parsed.tzinfo is None else parsed.astimezone(UTC)


def _sitename(doc: Document, tree: HtmlElement) -> str | None:
    name = doc.sitename or extract_sitename(tree)
    if name:
        name = name.lstrip("@")
        if name and "." not in name and not name[0].isupper():
            name = name.title()
        return name or None
    match = META_URL.match(doc.url) if doc.url else None
    return match[1] if match else None


def byline_author(tree: HtmlElement) -> str | None:
    """The author named in the page body: trafilatura's three tiers of rules, in order."""
    candidates = [el for el in ATTRIBUTED(tree) if _may_name_author(el) and not _discarded(el)]
    for tier in (1, 2, 3):
        for element in candidates:
            if _author_tier(element) != tier:
                continue
            text = trim(" ".join(_kept_text(element)))
            if text and MIN_AUTHOR_CHARS <= len(text) < MAX_AUTHOR_CHARS:
                return normalize_authors(None, text)
    return None


def _may_name_author(el: HtmlElement) -> bool:
    attrib = el.attrib
    return (el.tag == "author" or attrib.get("rel") == "author" or "data-testid" in attrib
            or "Byline" in attrib.get("data-component", "")
            or "author" in attrib.get("itemprop", "")
            or bool(AUTHORISH.search(attrib.get("class", "")))
            or bool(AUTHORISH.search(attrib.get("id", ""))))


def _author_tier(el: HtmlElement) -> int:
    tag, cls, ident = el.tag, el.get("class") or "", el.get("id") or ""
    itemprop = el.get("itemprop") or ""
    if tag == "author" or (tag in TIER1_TAGS and (
            el.get("rel") == "author" or ident == "author" or cls == "author"
            or itemprop == "author name" or el.get("data-testid") in ("AuthorCard", "AuthorURL")
            or TIER1_CLASS.search(cls))):
        return 1
    if tag in TIER2_TAGS and (
            cls in ("byline", "username", "byl", "BBL") or "author" in itemprop
            or TIER2_ID.search(ident) or TIER2_CLASS.search(cls)):
        return 2
    if ("Byline" in (el.get("data-component") or "") or "author" in itemprop
            or TIER3_ID.search(ident) or TIER3_CLASS.search(cls)):
        return 3
    return 0


def _is_discard(el: HtmlElement) -> bool:
    tag = el.tag
    if tag in ("time", "figure"):
        return True
    if tag not in DISCARD_TAGS:
        return False
    cls, ident = el.get("class") or "", el.get("id") or ""
    return (ident == "comments" or cls in ("comments", "title", "date")
            or bool(DISCARD_ID.search(ident)) or bool(DISCARD_CLASS.search(cls))
            or "Figure" in (el.get("data-component") or ""))


def _discarded(el: HtmlElement) -> bool:
    """True when trafilatura's pruning would have removed the element (or an ancestor)."""
    return _is_discard(el) or any(_is_discard(a) for a in el.iterancestors())


def _kept_text(el: HtmlElement) -> Iterator[str]:
    """The element's text without the parts pruning removes (tails are kept, as there)."""
    if el.text:
        yield el.text
    for child in el:
        if not isinstance(child.tag, str):
            pass
        elif not _is_discard(child):
            yield from _kept_text(child)
        if child.tail:
            yield child.tail
