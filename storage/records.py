"""Plain data crossing the storage boundary (no ORM objects leave storage)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

MAX_INT = 2**63 - 1  # the largest integer a database column (BIGINT) holds


@dataclass(slots=True)
class MentionRecord:
    category: str
    low: int | None
    high: int | None
    qualifier: str
    group: str | None
    attribution: str | None
    start: int
    end: int
    sentence: str
    derived: bool = False
    in_title: bool = False   # from the article's title: start/end are offsets into the title


@dataclass(slots=True)
class ArticleRecord:
    url: str
    outlet: str
    text: str
    raw_html: bytes
    extractor_version: str
    raw_encoding: str = "zlib"   # how raw_html is compressed: "zstd" or "zlib"
    title: str | None = None
    author: str | None = None
    published_at: datetime | None = None
    language: str | None = None
    sitename: str | None = None
    discovered_via: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    fetched_at: datetime | None = None
    topics: list[str] = field(default_factory=list)
    mentions: list[MentionRecord] = field(default_factory=list)
    mentions_version: str = ""
    content_hash: str | None = None
    minhash: bytes | None = None
    bands: list[int] = field(default_factory=list)    # LSH band hashes of `minhash`
    aliases: list[str] = field(default_factory=list)  # other URLs the story was fetched under


@dataclass(slots=True)
class StoredPage:
    """A stored story's page and fetch facts, as `newsmon reprocess` reads it back (the
    names are the `articles` columns')."""

    article_id: int
    url: str
    outlet: str
    raw_html: bytes   # compressed, as stored (see ArticleRecord.raw_encoding)
    text: str
    title: str | None = None
    language: str | None = None
    discovered_via: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    fetched_at: datetime | None = None


@dataclass(slots=True)
class Recleaned:
    """What cleaning the stored page again gave (`newsmon reprocess`); None fields keep the
    stored value."""

    text: str
    extractor_version: str
    title: str | None = None
    author: str | None = None
    published_at: datetime | None = None
    language: str | None = None
    sitename: str | None = None
    content_hash: str | None = None


# Estimated Jaccard similarity of 5-word shingles from which a story is a copy: reprints
# with other boilerplate and a few edited words score 0.5-0.9, different stories on the
# same topic below 0.3 (bench/bench_dedup.py)
DEFAULT_DUPLICATE_THRESHOLD = 0.5


@dataclass(frozen=True, slots=True)
class IngestOptions:
    """How stories are matched: near-duplicate threshold and the claim window."""

    duplicate_threshold: float = DEFAULT_DUPLICATE_THRESHOLD
    claim_window_days: int = 30


@dataclass(frozen=True, slots=True)
class IngestResult:
    article_id: int
    created: bool
    new_version: bool = False
    duplicate_of: int | None = None
    figure_changes: int = 0
    adopted_copies: bool = False    # a new story published before the stored one it copies:
                                    # that one and its copies are now its copies


@dataclass(frozen=True, slots=True)
class ArticleFilter:
    since: datetime | None = None
    until: datetime | None = None
    outlets: tuple[str, ...] = ()
    topic: str | None = None
    search: str | None = None
    limit: int | None = 100


@dataclass(frozen=True, slots=True)
class MentionFilter:
    since: datetime | None = None
    until: datetime | None = None
    category: str | None = None
    group: str | None = None
    attribution: str | None = None
    outlets: tuple[str, ...] = ()
    topic: str | None = None
    min_count: int | None = None
    limit: int | None = None


@dataclass(frozen=True, slots=True)
class ClaimFilter:
    since: datetime | None = None       # first_seen on/after
    until: datetime | None = None       # first_seen before
    category: str | None = None
    group: str | None = None
    topic: str | None = None
    min_count: int | None = None
    limit: int | None = None
    outlets: tuple[str, ...] = ()      # cited by an article of one of these outlets


@dataclass(frozen=True, slots=True)
class RunFilter:
    since: datetime | None = None       # started on/after
    until: datetime | None = None
    status: str | None = None
    trigger: str | None = None


@dataclass(frozen=True, slots=True)
class ChangeFilter:
    since: datetime | None = None       # detected on/after
    until: datetime | None = None
    outlets: tuple[str, ...] = ()
    category: str | None = None
    limit: int | None = None
    topic: str | None = None            # of the changed story


@dataclass(frozen=True, slots=True)
class EstimateFilter:
    """Which estimates (storage.estimates) to reconcile, and the configured name tables."""

    group: str | None = None            # case-insensitive substring of the group's name or key
    category: str | None = None
    topic: str | None = None            # only figures from articles with this topic
    until: datetime | None = None       # as things stood before this time (published)
    window_days: float = 30             # the latest window (see storage.estimates)
    groups: tuple[tuple[str, tuple[str, ...]], ...] = ()    # [[group]] name, aliases
    sources: tuple[tuple[str, tuple[str, ...]], ...] = ()   # [[source]] name, aliases
