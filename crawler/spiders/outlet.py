"""One generic spider, driven by an outlet record from seeds/outlets.toml.

    scrapy crawl outlet -a outlet=NAME [-a outlets=FILE]

Feeds and sitemaps list articles with dates, so stories older than the
outlet's `max_age_days` are skipped before they are fetched; section pages
give links that look like articles. Links outside the outlet's scope (host, port,
scheme: `pipelines.urls.SiteScope`) are never requested; `crawler.boundary` holds every
request and redirect hop to the same rule.
Every skip and failure is a counter in the crawl's stats (`newsmon/...`).
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterator, Iterable, Iterator
from datetime import UTC, datetime, timedelta
from functools import cached_property
from typing import Any

from scrapy import Request, Spider
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Response, TextResponse
from scrapy.linkextractors import LinkExtractor
from scrapy.spidermiddlewares.httperror import HttpError
from scrapy.utils.gz import gunzip
from twisted.python.failure import Failure

from config.model import Outlet, load_config
from crawler.discovery import (
    Listing,
    NotAFeed,
    NotASitemap,
    looks_like_article,
    parse_feed,
    parse_sitemap,
)
from crawler.errors import failure_reason
from pipelines.items import FetchedPage, NotModified, Rejected
from pipelines.urls import DEFAULT_TRACKING_PARAMS, SiteScope, canonical_url

ArticleOutput = FetchedPage | NotModified | Rejected
HTML_TYPES = ("text/html", "application/xhtml+xml")
# failures that another attempt within the recheck window would only repeat
REMEMBERED_FAILURES = {"oversize", "http_404", "http_410", "http_403", "http_401"}
MAX_SITEMAP_DEPTH = 3


class OutletSpider(Spider):
    name = "outlet"

    def __init__(self, outlet: Outlet | str | None = None, outlets: str | None = None,
                 **kwargs: Any) -> None:
        if outlet is None:
            raise ValueError("outlet spider needs -a outlet=NAME")
        record = outlet if isinstance(outlet, Outlet) else load_config(outlets).outlet_named(outlet)
        super().__init__(name=self.name, **kwargs)
        self.outlet = record
        self.allowed_domains = record.domains()
        self.scope = SiteScope.of(self.allowed_domains,
                                  record.feeds + record.sitemaps + record.start_urls)
        self._include = _compile(record.article_url_pattern)
        self._exclude = _compile(record.exclude_url_pattern)
        self._cutoff = datetime.now(UTC) - timedelta(days=record.max_age_days)
        self._seen: set[str] = set()

    @cached_property
    def tracking_params(self) -> tuple[str, ...]:
        configured = self.settings.getlist("NEWSMON_TRACKING_PARAMS")
        return tuple(configured) if configured else DEFAULT_TRACKING_PARAMS

    async def start(self) -> AsyncIterator[Request]:
        for url in self.outlet.feeds:
            yield self._listing_request(url, self.parse_feed, "feed")
        for url in self.outlet.sitemaps:
            yield self._listing_request(url, self.parse_sitemap, "sitemap", depth=0)
        for url in self.outlet.start_urls:
            yield self._listing_request(url, self.parse_section, "section")

    def _listing_request(self, url: str, callback: Any, kind: str, depth: int = 0) -> Request:
        self._count(f"listings/{kind}")
        return Request(url, callback=callback, errback=self.on_error, dont_filter=True,
                       meta={"newsmon_kind": kind, "sitemap_depth": depth})

    # -- listings ---------------------------------------------------------
    def parse_feed(self, response: Response) -> Iterator[Request]:
        try:
            listings = parse_feed(response.body)
        except NotAFeed as exc:
            self._listing_error("feed_not_xml", response.url, str(exc))
            return
        via = "atom" if b"<feed" in response.body[:2000] else "rss"
        yield from self._article_requests(listings, via)

    def parse_sitemap(self, response: Response) -> Iterator[Request]:
        body = _maybe_gunzip(response)
        try:
            sitemap = parse_sitemap(body)
        except NotASitemap as exc:
            self._listing_error("sitemap_not_xml", response.url, str(exc))
            return
        depth = response.meta.get("sitemap_depth", 0)
        for child in sitemap.children:
            if depth >= MAX_SITEMAP_DEPTH or self._too_old(child):
                self._count("skipped/sitemap_too_deep_or_old")
                continue
            reason = self.scope.refusal(child.url)
            if reason:
                self._count(f"skipped/{reason}")
                continue
            yield self._listing_request(child.url, self.parse_sitemap, "sitemap", depth + 1)
        yield from self._article_requests(sitemap.articles,
                                          "news_sitemap" if sitemap.is_news else "sitemap")

    def parse_section(self, response: Response) -> Iterator[Request]:
        if not isinstance(response, TextResponse):
            self._listing_error("section_not_html", response.url, "not an HTML page")
            return
        links = LinkExtractor(unique=True).extract_links(response)
        candidates = [Listing(link.url, None, link.text or None) for link in links
                      if self._include or looks_like_article(link.url)]
        yield from self._article_requests(candidates, "section")

    # -- articles ---------------------------------------------------------
    def _article_requests(self, listings: Iterable[Listing], via: str) -> Iterator[Request]:
        for listing in listings:
            request = self._article_request(listing, via)
            if request is not None:
                yield request

    def _article_request(self, listing: Listing, via: str) -> Request | None:
        url, reason = self._article_url(listing)
        reason = reason or self._skip_reason(url, listing)
        if reason:
            self._count(f"skipped/{reason}")
            return None
        self._seen.add(url)
        self._count("discovered")
        self._count(f"discovered/{via}")
        return Request(url, callback=self.parse_article, errback=self.on_error,
                       meta={"newsmon_kind": "article", "via": via, "listing": listing})

    def _article_url(self, listing: Listing) -> tuple[str, str | None]:
        """The listed URL's canonical form, or why it is out of scope; a malformed link
        (a port out of range, a broken IPv6 host) costs that link, not the listing."""
        reason = self.scope.refusal(listing.url)
        if reason:
            return "", reason
        try:
            return canonical_url(listing.url, self.tracking_params), None
        except ValueError:
            return "", "bad_url"

    def _skip_reason(self, url: str, listing: Listing) -> str | None:
        if url in self._seen:
            return "listed_twice"
        if self._exclude and self._exclude.search(url):
            return "excluded_pattern"
        if self._include and not self._include.search(url):
            return "not_article_pattern"
        if self._too_old(listing):
            return "too_old"
        return None

    def _too_old(self, listing: Listing) -> bool:
        return listing.published_at is not None and listing.published_at < self._cutoff

    def parse_article(self, response: Response) -> Iterator[ArticleOutput]:
        if response.status == 304:
            self._count("not_modified")
            yield NotModified(canonical_url(response.url, self.tracking_params), self.outlet.name)
            return
        content_type = (_header(response, b"Content-Type") or "").lower()
        if not isinstance(response, TextResponse) or not any(t in content_type for t in HTML_TYPES):
            self._count("skipped/non_html")
            self.logger.info("skipped non-HTML %s (%s)", response.url, content_type or "no type")
            yield Rejected(response.meta.get("article_url", response.url), self.outlet.name,
                           "non_html")
            return
        self._count("fetched")
        listing: Listing = response.meta["listing"]
        yield FetchedPage(
            url=canonical_url(response.request.url if response.request else response.url,
                              self.tracking_params),
            fetched_url=response.url,
            outlet=self.outlet.name,
            body=response.body,
            encoding=response.encoding,
            status=response.status,
            discovered_via=response.meta["via"],
            listed_at=listing.published_at,
            listed_title=listing.title,
            etag=_header(response, b"ETag"),
            last_modified=_header(response, b"Last-Modified"),
            language_hint=self.outlet.language,
            fetched_at=datetime.now(UTC),
        )

    # -- faults -----------------------------------------------------------
    def on_error(self, failure: Failure) -> list[Rejected]:
        request = getattr(failure, "request", None)
        if failure.check(IgnoreRequest) and not failure.check(HttpError):
            return []  # robots.txt or offsite: counted by their own middlewares
        reason = failure_reason(failure)
        self._count(f"errors/{reason}")
        self.logger.warning("%s failed: %s", request.url if request else "?", reason)
        if request is not None and request.meta.get("newsmon_kind") == "article" \
                and reason in REMEMBERED_FAILURES:
            return [Rejected(request.url, self.outlet.name, reason)]
        return []

    def _listing_error(self, reason: str, url: str, detail: str) -> None:
        self._count(f"errors/{reason}")
        self.logger.warning("%s: %s: %s", reason, url, detail)

    def _count(self, key: str) -> None:
        assert self.crawler.stats is not None
        self.crawler.stats.inc_value(f"newsmon/{key}")


def _compile(pattern: str | None) -> re.Pattern[str] | None:
    return re.compile(pattern) if pattern else None


def _header(response: Response, name: bytes) -> str | None:
    value = response.headers.get(name)
    return value.decode("latin-1") if value else None


def _maybe_gunzip(response: Response) -> bytes:
    body = response.body
    if body[:2] == b"\x1f\x8b":
        try:
            return gunzip(body, max_size=50_000_000)
        except OSError:
            return body
    return body
