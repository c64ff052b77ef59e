"""Typed data passed from the spider to the item pipelines."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


@dataclass(slots=True)
class FetchedPage:
    """A downloaded article page, before cleaning."""

    url: str                      # canonical URL (storage key)
    fetched_url: str              # the URL actually fetched (after redirects)
    outlet: str
    body: bytes = field(repr=False)
    encoding: str
    status: int
    discovered_via: str           # rss | atom | sitemap | news_sitemap | section
    listed_at: datetime | None = None
    listed_title: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    language_hint: str | None = None
    fetched_at: datetime | None = None
    headers: dict[str, str] = field(default_factory=dict)


@dataclass(slots=True)
class NotModified:
    """A conditional re-check of a stored story answered 304: nothing to clean or store."""

    url: str
    outlet: str


@dataclass(slots=True)
class Rejected:
    """An article URL that was fetched and will not be stored, with the reason."""

    url: str
    outlet: str
    reason: str
