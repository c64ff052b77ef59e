"""URL identity: one canonical form per story URL.

Lower-cased scheme and host, default ports dropped, fragment dropped, tracking
parameters removed (exact names, or prefixes ending in `*`), AMP variants mapped
to the regular page (`/amp/...`, `.../amp`, `.amp.html`, `?amp=1`,
`?outputType=amp`, an `amp.` host prefix), query sorted. Percent-encoding and
sorting are w3lib's `canonicalize_url`. A page's own `<link rel="canonical">`
wins when it points to the same site (`preferred_url`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
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
    """The story's key: its declared canonical URL when on the same site, else the fetched URL."""
    declared = declared_canonical(html, fetched_url)
    if declared and urlsplit(declared).scheme in ("http", "https") \
            and site_of(declared) == site_of(fetched_url):
        return canonical_url(declared, tracking_params)
    return canonical_url(fetched_url, tracking_params)
