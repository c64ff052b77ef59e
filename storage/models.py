"""SQLAlchemy 2.0 models: articles, their topics and casualty mentions, crawl runs."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    DateTime,
    ForeignKey,
    Index,
    LargeBinary,
    MetaData,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
    false,
    func,
    literal_column,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    return datetime.now(UTC)


class UTCDateTime(TypeDecorator[datetime]):
    """Timezone-aware datetimes stored as UTC; SQLite gives them back aware too."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            value = value.replace(tzinfo=UTC)
        return value.astimezone(UTC)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is not None and value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {datetime: UTCDateTime(), dict[str, Any]: JSON}


class Article(Base):
    """One story, keyed by its canonical URL."""

    __tablename__ = "articles"

    id: Mapped[int] = mapped_column(primary_key=True)
    url: Mapped[str] = mapped_column(String(2048), unique=True)
    outlet: Mapped[str] = mapped_column(String(100))
    title: Mapped[str | None] = mapped_column(Text)
    author: Mapped[str | None] = mapped_column(Text)
    published_at: Mapped[datetime | None] = mapped_column(index=True)
    language: Mapped[str | None] = mapped_column(String(20))
    sitename: Mapped[str | None] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text)
    raw_html: Mapped[bytes] = mapped_column(LargeBinary)
    raw_encoding: Mapped[str] = mapped_column(String(20), default="zlib")  # or "zstd"
    extractor_version: Mapped[str] = mapped_column(String(100))
    discovered_via: Mapped[str | None] = mapped_column(String(20))
    etag: Mapped[str | None] = mapped_column(String(500))
    last_modified: Mapped[str | None] = mapped_column(String(100))
    first_seen_at: Mapped[datetime] = mapped_column(default=utcnow)
    fetched_at: Mapped[datetime] = mapped_column(default=utcnow)
    checked_at: Mapped[datetime | None]             # last conditional re-check (200 or 304)
    version: Mapped[int] = mapped_column(default=1, server_default="1")  # current version
    content_hash: Mapped[str | None] = mapped_column(String(64), index=True)
    minhash: Mapped[bytes | None] = mapped_column(LargeBinary)  # near-duplicate signature
    duplicate_of_id: Mapped[int | None] = mapped_column(
        ForeignKey("articles.id", ondelete="SET NULL"), index=True
    )

    topics: Mapped[list[ArticleTopic]] = relationship(
        back_populates="article", cascade="all, delete-orphan", lazy="selectin"
    )
    mentions: Mapped[list[Mention]] = relationship(  # the title's first, as extracted
        back_populates="article", cascade="all, delete-orphan",
        order_by="(Mention.in_title.desc(), Mention.start)"
    )
    duplicate_of: Mapped[Article | None] = relationship(remote_side="Article.id")


class ArticleUrl(Base):
    """Every URL a story was seen under (tracking variants, AMP, rel=canonical), one row each."""

    __tablename__ = "article_urls"

    url: Mapped[str] = mapped_column(String(2048), primary_key=True)
    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), index=True
    )


class RejectedUrl(Base):
    """A URL that was fetched and not stored (not HTML, too large, too short, 404...).

    Remembered so that the next crawls do not download it again before the
    recheck window has passed.
    """

    __tablename__ = "rejected_urls"

    url: Mapped[str] = mapped_column(String(2048), primary_key=True)
    outlet: Mapped[str] = mapped_column(String(100))
    reason: Mapped[str] = mapped_column(String(100))
    seen_at: Mapped[datetime] = mapped_column(default=utcnow)


class ArticleVersion(Base):
    """An earlier text of an edited story, kept when a re-check finds changed text."""

    __tablename__ = "article_versions"
    __table_args__ = (UniqueConstraint("article_id", "version"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"))
    version: Mapped[int]
    title: Mapped[str | None] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text)
    content_hash: Mapped[str | None] = mapped_column(String(64))
    fetched_at: Mapped[datetime]
    replaced_at: Mapped[datetime] = mapped_column(default=utcnow)


class FigureChange(Base):
    """A casualty figure that changed between two versions of a story ("killed 100 → 300")."""

    __tablename__ = "figure_changes"

    id: Mapped[int] = mapped_column(primary_key=True)
    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), index=True
    )
    from_version: Mapped[int]
    to_version: Mapped[int]
    category: Mapped[str] = mapped_column(String(20))
    group: Mapped[str | None] = mapped_column("group_name", Text)
    old_low: Mapped[int | None] = mapped_column(BigInteger)
    old_high: Mapped[int | None] = mapped_column(BigInteger)
    new_low: Mapped[int | None] = mapped_column(BigInteger)
    new_high: Mapped[int | None] = mapped_column(BigInteger)
    detected_at: Mapped[datetime] = mapped_column(default=utcnow)


class SketchBand(Base):
    """One LSH band of an article's MinHash: candidates for near-duplicates share a band."""

    __tablename__ = "sketch_bands"
    __table_args__ = (Index("ix_sketch_bands_band_hash", "band", "hash"),)

    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True
    )
    band: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    hash: Mapped[int] = mapped_column(BigInteger)


class Claim(Base):
    """One reported figure (category, low, high, hedge) for one group, counted once across
    outlets. The same figure with another hedge is another claim with the same `figure_key`."""

    __tablename__ = "claims"
    __table_args__ = (Index("ix_claims_key", "category", "low", "high", "group_key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    category: Mapped[str] = mapped_column(String(20))
    low: Mapped[int | None] = mapped_column(BigInteger)
    high: Mapped[int | None] = mapped_column(BigInteger)
    qualifier: Mapped[str] = mapped_column(String(20), default="exact", server_default="exact")
    figure_key: Mapped[str] = mapped_column(String(300), default="", server_default="",
                                            index=True)  # "killed|140|140|people"
    group_key: Mapped[str] = mapped_column(String(200))
    group: Mapped[str | None] = mapped_column("group_name", Text)
    first_seen: Mapped[datetime]
    last_seen: Mapped[datetime]
    first_outlet: Mapped[str] = mapped_column(String(100))
    first_article_id: Mapped[int | None] = mapped_column(
        ForeignKey("articles.id", ondelete="SET NULL")
    )
    created_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)


class ArticleTopic(Base):
    __tablename__ = "article_topics"

    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True
    )
    topic: Mapped[str] = mapped_column(String(100), primary_key=True)

    article: Mapped[Article] = relationship(back_populates="topics")


class Mention(Base):
    """One casualty figure stated in an article (see ../shared/casualty/GUIDELINES.md)."""

    __tablename__ = "mentions"
    id: Mapped[int] = mapped_column(primary_key=True)
    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), index=True
    )
    category: Mapped[str] = mapped_column(String(20))
    low: Mapped[int | None] = mapped_column(BigInteger)
    high: Mapped[int | None] = mapped_column(BigInteger)
    qualifier: Mapped[str] = mapped_column(String(20))
    group: Mapped[str | None] = mapped_column("group_name", Text)
    attribution: Mapped[str | None] = mapped_column(Text)
    start: Mapped[int]
    end: Mapped[int]
    sentence: Mapped[str] = mapped_column(Text)
    derived: Mapped[bool] = mapped_column(default=False)
    # in the article's title (headline): start/end are then offsets into `Article.title`
    in_title: Mapped[bool] = mapped_column(default=False, server_default=false())
    extractor_version: Mapped[str] = mapped_column(String(100))
    version: Mapped[int] = mapped_column(default=1, server_default="1")  # article version read
    claim_id: Mapped[int | None] = mapped_column(
        ForeignKey("claims.id", ondelete="SET NULL"), index=True
    )

    article: Mapped[Article] = relationship(back_populates="mentions")


class CrawlRun(Base):
    """One crawl: when, how it was started, and what each outlet produced."""

    __tablename__ = "crawl_runs"

    id: Mapped[int] = mapped_column(primary_key=True)
    trigger: Mapped[str] = mapped_column(String(20), default="manual")
    started_at: Mapped[datetime] = mapped_column(default=utcnow)
    finished_at: Mapped[datetime | None]
    status: Mapped[str] = mapped_column(String(20), default="running")
    outlets: Mapped[dict[str, Any]] = mapped_column(default=dict)
    errors: Mapped[dict[str, Any]] = mapped_column(default=dict)
    exit_code: Mapped[int | None]        # the crawl's exit status (crawler.outcome)
    duration_s: Mapped[float | None]
    # the process recording the run (storage.liveness): a run left `running` by a process
    # that is gone from this host is closed as failed the next time the database is opened
    host: Mapped[str | None] = mapped_column(String(255))
    pid: Mapped[int | None]
    pid_started: Mapped[float | None]   # the process's start time (epoch s): pid reuse
    worker: Mapped[str | None] = mapped_column(String(200))  # the Celery worker that ran it
    job_id: Mapped[str | None] = mapped_column(String(64), index=True)  # its job, if any


class CrawlLock(Base):
    """Who is crawling an outlet now. A lock is free once its process is gone from this
    host (host, pid, pid_started), or past `expires_at` (a holder on another host crashed)."""

    __tablename__ = "crawl_locks"

    outlet: Mapped[str] = mapped_column(String(100), primary_key=True)
    holder: Mapped[str] = mapped_column(String(200))
    acquired_at: Mapped[datetime] = mapped_column(default=utcnow)
    expires_at: Mapped[datetime]
    host: Mapped[str | None] = mapped_column(String(255))
    pid: Mapped[int | None]
    pid_started: Mapped[float | None]


class AlertDelivery(Base):
    """One alert (a new claim or a silent source) for one [[alert]] entry: sent once, ever."""

    __tablename__ = "alert_deliveries"
    __table_args__ = (UniqueConstraint("alert", "key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    alert: Mapped[str] = mapped_column(String(100))
    key: Mapped[str] = mapped_column(String(200))  # "claim:42", "silent:yonhap:2026-11-20"
    status: Mapped[str] = mapped_column(String(20), default="pending")  # pending|sent|failed
    attempts: Mapped[int] = mapped_column(default=0)
    last_error: Mapped[str | None] = mapped_column(Text)
    payload: Mapped[dict[str, Any]] = mapped_column(default=dict)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    sent_at: Mapped[datetime | None]


class SchedulerHeartbeat(Base):
    """A running scheduler's sign of life, written every minute (`newsmon status` reads it)."""

    __tablename__ = "scheduler_heartbeats"

    holder: Mapped[str] = mapped_column(String(200), primary_key=True)  # host:pid
    started_at: Mapped[datetime] = mapped_column(default=utcnow)
    beat_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_run_at: Mapped[datetime | None]         # when its last crawl started
    last_run_status: Mapped[str | None] = mapped_column(String(20))
    stopped_at: Mapped[datetime | None]          # set on a clean stop


# -- indexes for the documented filters and orders (migration 0008_search_indexes) --------------
# Each listing's first page is an index walk: its filters are an index prefix or range and its
# order (key, id) the index's order, so LIMIT stops early (tests/test_query_plans.py).
PUBLISHED = func.coalesce(Article.published_at, Article.first_seen_at)  # an article's date
MENTION_COUNT = func.coalesce(Mention.high, Mention.low)    # --min-count compares this


def sort_text(column: Any) -> Any:
    """A text sort key: lower(coalesce(column, '')). The constants are SQL literals, not
    parameters, so that a query spells the indexed expression exactly."""
    return func.lower(func.coalesce(column, literal_column("''", String)))


def sort_figure(model: type[Mention] | type[Claim]) -> Any:
    """The `figure` sort key: coalesce(high, low, 0), with a literal 0 (see sort_text)."""
    return func.coalesce(model.high, model.low, literal_column("0", BigInteger))


# query articles/mentions, /articles, /mentions: newest first, --since/--until
Index("ix_articles_published_id", PUBLISHED, Article.id)
# the same for one --outlet (and the outlet's newest story, `newsmon status`)
Index("ix_articles_outlet_published_id", Article.outlet, PUBLISHED, Article.id)
# each outlet's newest story (report, status: storage.queries.last_new_article_at)
Index("ix_articles_outlet_first_seen_at", Article.outlet, Article.first_seen_at)
# /articles?sort=title
Index("ix_articles_title_id", sort_text(Article.title), Article.id)
# --search: not here; the FTS5 table articles_fts (SQLite) or the column search_vector and
# its GIN index ix_articles_search (PostgreSQL), see storage/search.py
# --topic: the topic's article ids from the index alone
Index("ix_article_topics_topic_article_id", ArticleTopic.topic, ArticleTopic.article_id)
# query mentions --category C --min-count N
Index("ix_mentions_category_count", Mention.category, MENTION_COUNT)
# /mentions?sort=figure
Index("ix_mentions_figure_id", sort_figure(Mention), Mention.id)
# query claims, /claims: newest first, --since/--until; with --category
Index("ix_claims_first_seen_id", Claim.first_seen, Claim.id)
Index("ix_claims_category_first_seen_id", Claim.category, Claim.first_seen, Claim.id)
# /claims?sort=figure
Index("ix_claims_figure_id", sort_figure(Claim), Claim.id)
# query changes: newest first, --since/--until
Index("ix_figure_changes_detected_at_id", FigureChange.detected_at, FigureChange.id)
# newsmon runs, /runs, status: newest first
Index("ix_crawl_runs_started_at_id", CrawlRun.started_at, CrawlRun.id)


class EstimatePointRow(Base):
    """A pre-aggregated estimate point (storage.estimates.SourcePoint): the sightings of one
    figure of one raw group key from one raw source key, kept up to date at ingest
    (storage.points) so that estimates read points, not every mention."""

    __tablename__ = "estimate_points"
    __table_args__ = (UniqueConstraint("group_key", "category", "low", "high", "source_key"),
                      Index("ix_estimate_points_category_group_key", "category", "group_key"))

    id: Mapped[int] = mapped_column(primary_key=True)
    group_key: Mapped[str] = mapped_column(String(200))
    category: Mapped[str] = mapped_column(String(20))
    low: Mapped[int] = mapped_column(BigInteger)
    high: Mapped[int] = mapped_column(BigInteger)
    source_key: Mapped[str] = mapped_column(String(300))
    published_at: Mapped[datetime]
    copy: Mapped[bool]
    article_id: Mapped[int]
    mention_id: Mapped[int]
    qualifier: Mapped[str] = mapped_column(String(20))
    title: Mapped[str | None] = mapped_column(Text)
    url: Mapped[str] = mapped_column(String(2048))
    outlet: Mapped[str] = mapped_column(String(100))
    sentence: Mapped[str] = mapped_column(Text)
    attribution: Mapped[str | None] = mapped_column(Text)
    outlets: Mapped[list[str]] = mapped_column(JSON)
    article_ids: Mapped[list[int]] = mapped_column(JSON)
    name_mention_id: Mapped[int]
    group: Mapped[str | None] = mapped_column("group_name", Text)


class KeptEstimate(Base):
    """One reconciled estimate (storage.estimates.EstimateRow) kept for the configured
    aliases and window (`config_key`), so that estimate lists read a row per estimate
    rather than every point: its sortable figures as columns, and `summary`, the row as the
    API gives it with its latest history steps and figures (storage.kept_estimates)."""

    __tablename__ = "kept_estimates"
    __table_args__ = (UniqueConstraint("config_key", "group_key", "category"),
                      Index("ix_kept_estimates_config_key_as_of", "config_key", "as_of"))

    id: Mapped[int] = mapped_column(primary_key=True)
    config_key: Mapped[str] = mapped_column(String(64))
    group_key: Mapped[str] = mapped_column(String(200))   # the stream (canonical) key
    category: Mapped[str] = mapped_column(String(20))
    group_name: Mapped[str] = mapped_column(Text)
    group_sort: Mapped[str] = mapped_column(Text)         # group_name.lower() (Python's)
    low: Mapped[int] = mapped_column(BigInteger)
    best: Mapped[float]
    high: Mapped[int] = mapped_column(BigInteger)
    sources: Mapped[int]
    as_of: Mapped[datetime]
    conflicting: Mapped[bool]
    members: Mapped[list[str]] = mapped_column(JSON)      # the raw group keys it folds
    summary: Mapped[dict[str, Any]] = mapped_column(JSON)


class KeptEstimateConfig(Base):
    """The configuration (aliases and window) the kept estimates were built for: one row."""

    __tablename__ = "kept_estimate_configs"

    config_key: Mapped[str] = mapped_column(String(64), primary_key=True)
    built_at: Mapped[datetime] = mapped_column(default=utcnow)


class KeptCount(Base):
    """A total the home page shows (articles, current mentions, stated claims, outlets,
    runs), counted at the end of every crawl and reprocess (storage.browse.refresh_counts):
    counting them per request read every row."""

    __tablename__ = "kept_counts"

    name: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[int] = mapped_column(BigInteger)
    counted_at: Mapped[datetime] = mapped_column(default=utcnow)


class EstimateMark(Base):
    """A raw (group key, category) whose points changed since the kept estimates were last
    refreshed: written at ingest, consumed by storage.kept_estimates.refresh_kept."""

    __tablename__ = "estimate_marks"

    id: Mapped[int] = mapped_column(primary_key=True)
    group_key: Mapped[str] = mapped_column(String(200))
    category: Mapped[str] = mapped_column(String(20))
