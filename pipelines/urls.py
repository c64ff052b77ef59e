"""URL identity: one canonical form per story URL.

Lower-cased scheme and host, default ports dropped, fragment dropped, tracking
parameters removed (exact names, or prefixes ending in `*`), AMP variants mapped
to the regular page (`/amp/...`, `.../amp`, `.amp.html`, `?amp=1`,
`?outputType=amp`, an `amp.` host prefix), query sorted. Percent-encoding and
sorting are w3lib's `canonicalize_url`. A page's own `<link rel="canonical">`
wins when it points to the same site (`preferred_url`).

`SiteScope` is an outlet's share of the web: http(s) URLs on its hosts and ports.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

from w3lib.url import canonicalize_url

from config.defaults import DEFAULT_TRACKING_PARAMS

DEFAULT_PORTS = {"http": 80, "https": 443}
AMP_PARAMS = {"amp": {"", "1", "true"}, "outputtype": {"amp"}, "_amp": {"", "1", "true"}}
AMP_PATH = re.compile(r"(?:^/amp(?=/)|/amp/?$|\.amp(?=\.html?$))", re.IGNORECASE)
SITE_PREFIXES = ("www.", "amp.", "m.", "mobile.")
CANONICAL_LINK = re.compile(
    rb"<link\b[^>]*?\brel\s*=\s*[\"']?canonical[\"']?[^>]*>", re.IGNORECASE)
HREF = re.compile(rb"\bhref\s*=\s*(?:\"([^\"]*)\"|'([^']*)'|([^\s>]+))", re.IGNORECASE)


def _is_tracking(name: str, params: Iterable[str]) -> bool:
    lowered = name.lower()
    for pattern in params:
        if pattern.endswith("*") and lowered.startswith(pattern[:-1]):
            return True
        if lowered == pattern:
            return True
    return False


def canonical_url(url: str, tracking_params: Iterable[str] = DEFAULT_TRACKING_PARAMS) -> str:
    """The canonical form of `url` (see module docstring)."""
    return _canonical_url(url, tuple(tracking_params))


@lru_cache(maxsize=4096)  # a crawl asks for the same URL's form 3-4 times
def _canonical_url(url: str, params: tuple[str, ...]) -> str:
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    port = parts.port
    netloc = host if port in (None, DEFAULT_PORTS.get(scheme)) else f"{host}:{port}"
    if host.startswith("amp."):
        netloc = netloc[4:]
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
             if not _is_tracking(k, params) and not _is_amp_param(k, v)]
    path = AMP_PATH.sub("", parts.path) or "/"
    rebuilt = urlunsplit((scheme, netloc, path, urlencode(query), ""))
    return canonicalize_url(rebuilt, keep_fragments=False)


def _is_amp_param(name: str, value: str) -> bool:
    return value.lower() in AMP_PARAMS.get(name.lower(), ())


def site_of(url: str) -> str:
    """The host without www./amp./m. prefixes: pages of one site share it."""
    host = (urlsplit(url).hostname or "").lower()
    for prefix in SITE_PREFIXES:
        if host.startswith(prefix):
            return host[len(prefix):]
    return host


def declared_canonical(html: bytes, base_url: str) -> str | None:
    """The href of the page's `<link rel="canonical">` (resolved against `base_url`)."""
    head = html[:200_000]
    tag = CANONICAL_LINK.search(head)
    if not tag:
        return None
    href = HREF.search(tag.group(0))
    if not href:
        return None
    raw = next(g for g in href.groups() if g is not None).decode("utf-8", "replace").strip()
    return urljoin(base_url, raw) if raw else None


def preferred_url(html: bytes, fetched_url: str,
                  tracking_params: Iterable[str] = DEFAULT_TRACKING_PARAMS) -> str:
    """The story's key: its declared canonical URL when on the same site and port, else the
    fetched URL. A canonical link that does not parse is ignored."""
    try:
        declared = declared_canonical(html, fetched_url)
        if declared and _same_site_and_port(declared, fetched_url):
            return canonical_url(declared, tracking_params)
    except ValueError:  # a port out of range, a broken IPv6 host
        pass
    return canonical_url(fetched_url, tracking_params)


def _same_site_and_port(declared: str, fetched_url: str) -> bool:
    return (urlsplit(declared).scheme in DEFAULT_PORTS and site_of(declared) == site_of(fetched_url)
            and _explicit_port(declared) == _explicit_port(fetched_url))


def _explicit_port(url: str) -> int | None:
    """The URL's port unless it is its scheme's default (so http and https pages compare)."""
    parts = urlsplit(url)
    port = parts.port
    return None if port in (None, DEFAULT_PORTS.get(parts.scheme.lower())) else port


@dataclass(frozen=True, slots=True)
class SiteScope:
    """Where one outlet may go: http or https, a host within its domains or the host of one
    of its source URLs (a feed host outside them, such as feeds.bbci.co.uk), and on that host
    the scheme's default port or a port one of its own source URLs names on that host."""

    domains: tuple[str, ...]
    source_ports: frozenset[tuple[str, int]]  # (host, port) a source URL names explicitly
    source_hosts: frozenset[str]

    @classmethod
    def of(cls, domains: Iterable[str], sources: Iterable[str]) -> SiteScope:
        sources = [url.strip() for url in sources]
        named = {_host_port(url) for url in sources if urlsplit(url).port is not None}
        return cls(tuple(d.lower().rstrip(".") for d in domains), frozenset(named),
                   frozenset(_host_port(url)[0] for url in sources))

    def refusal(self, url: str) -> str | None:
        """None when `url` is in scope, else the reason: bad_url, bad_scheme, offsite or
        offsite_port."""
        try:
            host, port = _host_port(url)
        except ValueError:
            return "bad_url"
        scheme = urlsplit(url).scheme.lower()
        if scheme not in DEFAULT_PORTS:
            return "bad_scheme"
        if not host:
            return "bad_url"
        if host not in self.source_hosts and \
                not any(host == d or host.endswith("." + d) for d in self.domains):
            return "offsite"
        if port != DEFAULT_PORTS[scheme] and (host, port) not in self.source_ports:
            return "offsite_port"
        return None

    def names_host(self, host: str) -> bool:
        """True when a configured source URL is on `host` itself."""
        return host.lower().rstrip(".") in self.source_hosts


def _host_port(url: str) -> tuple[str, int]:
    """The URL's lower-cased host and effective port; ValueError when it has none valid."""
    parts = urlsplit(url.strip())
    port = parts.port or DEFAULT_PORTS.get(parts.scheme.lower(), 0)
    return (parts.hostname or "").lower().rstrip("."), port
