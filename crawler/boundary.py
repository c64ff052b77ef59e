"""The network boundary: every request, redirect hop and meta refresh stays within its
outlet's scope, and reaches no private address the configuration did not name.

`NetworkBoundaryMiddleware` runs first among the downloader middlewares, so it sees each
request before robots.txt is fetched for its host, and again for every hop: Scrapy sends
the request of a redirect or meta refresh through the middlewares from the start. It checks,
in order (`pipelines.urls.SiteScope`):

- the scheme is http or https (Scrapy's file, data, s3 and ftp handlers are off besides);
- the host is within the outlet's domains;
- the port is the scheme's default, or one of the outlet's source URLs names it on that host;
- the host's address, after DNS resolution, is global, unless one of the outlet's source
  URLs is on that host itself (the bundled sample site and tests name 127.0.0.1 so).

Scrapy connects to the address its caching resolver returned here. A refused request is
counted as `newsmon/skipped/<reason>` and ignored, whatever its `dont_filter`.
"""

from __future__ import annotations

import ipaddress
import logging
from collections.abc import Awaitable, Callable
from typing import Any
from urllib.parse import urlsplit

from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.exceptions import IgnoreRequest
from scrapy.statscollectors import StatsCollector
from scrapy.utils.defer import maybe_deferred_to_future

from pipelines.urls import SiteScope

logger = logging.getLogger(__name__)
Resolver = Callable[[str], Awaitable[str]]


def address_refusal(address: str) -> str | None:
    """'private_address' unless `address` is a global unicast IP address."""
    ip = ipaddress.ip_address(address)
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        return "private_address"
    if not ip.is_global or ip.is_multicast:
        return "private_address"
    return None


def literal_address(host: str) -> str | None:
    """`host` when it is an IP address literal, else None."""
    try:
        return str(ipaddress.ip_address(host))
    except ValueError:
        return None


async def reactor_resolve(host: str) -> str:
    """The address Scrapy will connect to: its installed (caching) resolver's answer."""
    from twisted.internet import reactor

    # zope declares the interface method without self, so mypy misreads its arguments
    address: str = await maybe_deferred_to_future(reactor.resolve(host))  # type: ignore[arg-type]
    return address


class OutOfBounds(IgnoreRequest):
    """A request outside its outlet's network boundary; the reason is its message."""


class NetworkBoundaryMiddleware:
    """Downloader middleware: refuses requests outside the spider's `scope` (see module)."""

    def __init__(self, stats: StatsCollector, resolve: Resolver = reactor_resolve) -> None:
        self.stats = stats
        self.resolve = resolve
        self.crawler: Crawler | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> NetworkBoundaryMiddleware:
        assert crawler.stats is not None
        middleware = cls(crawler.stats)
        middleware.crawler = crawler
        return middleware

    async def process_request(self, request: Request, spider: Any = None) -> None:
        scope = self._scope(spider)
        if scope is None:
            return
        reason = scope.refusal(request.url)
        if reason is None:
            reason = await self._address_refusal(scope, urlsplit(request.url).hostname or "")
        if reason is not None:
            self.stats.inc_value(f"newsmon/skipped/{reason}")
            logger.info("refused %s: %s", request.url, reason)
            raise OutOfBounds(reason)

    def _scope(self, spider: Any) -> SiteScope | None:
        owner = spider if spider is not None else getattr(self.crawler, "spider", None)
        scope = getattr(owner, "scope", None)
        return scope if isinstance(scope, SiteScope) else None

    async def _address_refusal(self, scope: SiteScope, host: str) -> str | None:
        if scope.names_host(host):
            return None
        address = literal_address(host)
        if address is None:
            try:
                address = await self.resolve(host)
            except Exception:  # noqa: BLE001 - the download fails the same way, counted as dns
                return None
        return address_refusal(address)
