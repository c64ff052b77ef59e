"""URL identity: one canonical form per story URL.

Lower-cased scheme and host, default ports dropped, fragment dropped, tracking
parameters removed (exact names, or prefixes ending in `*`), query sorted.
Percent-encoding and sorting are w3lib's `canonicalize_url`.
"""

from __future__ import annotations

from collections.abc import Iterable
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from w3lib.url import canonicalize_url

DEFAULT_TRACKING_PARAMS: tuple[str, ...] = (
    "utm_*",
    "fbclid",
    "gclid",
    "dclid",
    "msclkid",
    "mc_cid",
    "mc_eid",
    "ocid",
    "cmpid",
    "ref",
    "ref_src",
    "igshid",
    "_ga",
    "yclid",
    "smid",
    "at_medium",
    "at_campaign",
)
DEFAULT_PORTS = {"http": 80, "https": 443}


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
    params = tuple(tracking_params)
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    port = parts.port
    netloc = host if port in (None, DEFAULT_PORTS.get(scheme)) else f"{host}:{port}"
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
             if not _is_tracking(k, params)]
    rebuilt = urlunsplit((scheme, netloc, parts.path or "/", urlencode(query), ""))
    return canonicalize_url(rebuilt, keep_fragments=False)
