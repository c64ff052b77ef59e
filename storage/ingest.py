"""Writing stories: one row per canonical URL, versions of edited stories, near-duplicate
links, and claims that group the same figure reported by several articles.

`ingest_article` runs inside the caller's transaction (one per article).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from datetime import UTC, datetime, timedelta
from functools import lru_cache
from typing import Any

from sqlalchemy import TextClause, delete, insert, or_, select, text, union, update
from sqlalchemy.orm import Session

from storage.models import (
    Article,
    ArticleTopic,
    ArticleUrl,
    ArticleVersion,
    Claim,
    FigureChange,
    Mention,
    SketchBand,
)
from storage.records import ArticleRecord, IngestOptions, IngestResult, MentionRecord

Similarity = Callable[[bytes, bytes], float]
MAX_CANDIDATES = 50  # stories sharing the most bands whose signatures are compared
METADATA_FIELDS = ("title", "author", "language", "sitename", "raw_html", "extractor_version",
                   "discovered_via", "etag", "last_modified")
GROUP_STOPWORDS = {"the", "a", "an", "of", "some", "other", "more", "about", "around", "at",
                   "least", "than", "nearly", "almost", "its", "their", "his", "her"}
GROUP_SYNONYMS = {"troops": "soldiers", "troop": "soldiers", "soldier": "soldiers",
                  "servicemen": "soldiers", "people": "people", "persons": "people",
                  "person": "people", "civilian": "civilians"}
WORD = re.compile(r"[a-z0-9]+")


def find_article(session: Session, urls: Iterable[str]) -> Article | None:
    """The stored story known under any of `urls` (its key or an alias)."""
    wanted = [u for u in dict.fromkeys(urls) if u]
    if not wanted:
        return None
    known = union(select(Article.id.label("id")).where(Article.url.in_(wanted)),
                  select(ArticleUrl.article_id).where(ArticleUrl.url.in_(wanted)))
    article_id = session.scalar(select(known.subquery().c.id).limit(1))
    return session.get(Article, article_id) if article_id is not None else None


def ingest_article(session: Session, record: ArticleRecord, options: IngestOptions,
                   similarity: Similarity) -> IngestResult:
    """Insert a new story or update a stored one (a new version when its text changed)."""
    article = find_article(session, [record.url, *record.aliases])
    if article is None:
        return _insert(session, record, options, similarity)
    _add_aliases(session, article.id, [record.url, *record.aliases])
    _refresh_fetch_facts(article, record)
    if record.content_hash and article.content_hash and record.content_hash != article.content_hash:
        return _new_version(session, article, record, options)
    _apply_metadata(article, record)
    article.topics = [ArticleTopic(topic=t) for t in dict.fromkeys(record.topics)]
    article.content_hash = record.content_hash or article.content_hash
    _replace_current_mentions(session, article, record, options)
    return IngestResult(article.id, created=False, duplicate_of=article.duplicate_of_id)


def _insert(session: Session, record: ArticleRecord, options: IngestOptions,
            similarity: Similarity) -> IngestResult:
    original = None
    if record.minhash and record.bands:
        original = find_near_duplicate(session, record.minhash, record.bands,
                                       options.duplicate_threshold, similarity)
    earlier = original is not None and _published_before(session, record, original)
    article = Article(url=record.url, outlet=record.outlet, text=record.text,
                      published_at=record.published_at, content_hash=record.content_hash,
                      minhash=record.minhash, duplicate_of_id=None if earlier else original,
                      version=1, fetched_at=record.fetched_at or _now(),
                      checked_at=record.fetched_at)
    _apply_metadata(article, record)
    article.topics = [ArticleTopic(topic=t) for t in dict.fromkeys(record.topics)]
    session.add(article)
    session.flush()
    if earlier and original is not None:
        _make_original(session, article.id, original)
    _add_aliases(session, article.id, [record.url, *record.aliases])
    _store_bands(session, article.id, record.bands)
    mentions = _add_mentions(session, article, record, version=1)
    assign_claims(session, article, mentions, options.claim_window_days)
    return IngestResult(article.id, created=True, duplicate_of=original)


def _published_before(session: Session, record: ArticleRecord, original_id: int) -> bool:
    """True when the new story was published before the stored one it copies."""
    published = session.scalar(select(Article.published_at).where(Article.id == original_id))
    return bool(record.published_at and published and record.published_at < published)


def _make_original(session: Session, new_id: int, old_original: int) -> None:
    """The earlier-published story becomes the original of the old one and of its copies."""
    session.execute(update(Article).where(or_(Article.id == old_original,
                                              Article.duplicate_of_id == old_original))
                    .values(duplicate_of_id=new_id))


def _apply_metadata(article: Article, record: ArticleRecord) -> None:
    for name in METADATA_FIELDS:
        value = getattr(record, name)
        if value is not None or name in ("etag", "last_modified"):
            setattr(article, name, value)
    article.text = record.text
    article.published_at = article.published_at or record.published_at


def _refresh_fetch_facts(article: Article, record: ArticleRecord) -> None:
    article.fetched_at = record.fetched_at or _now()
    article.checked_at = article.fetched_at


def _now() -> datetime:
    return datetime.now(UTC)


# -- versions ---------------------------------------------------------------
def _new_version(session: Session, article: Article, record: ArticleRecord,
                 options: IngestOptions) -> IngestResult:
    """Keep the old text as a version, store the new one, record changed figures."""
    old_version = article.version
    session.add(ArticleVersion(article_id=article.id, version=old_version, title=article.title,
                               text=article.text, content_hash=article.content_hash,
                               fetched_at=article.fetched_at))
    old_mentions = _current_mentions(session, article)
    article.version = old_version + 1
    _apply_metadata(article, record)
    article.content_hash = record.content_hash
    article.minhash = record.minhash or article.minhash
    article.topics = [ArticleTopic(topic=t) for t in dict.fromkeys(record.topics)]
    session.execute(delete(SketchBand).where(SketchBand.article_id == article.id))
    session.flush()
    _store_bands(session, article.id, record.bands)
    new_mentions = _add_mentions(session, article, record, version=article.version)
    assign_claims(session, article, new_mentions, options.claim_window_days)
    changes = record_figure_changes(session, article.id, old_version, article.version,
                                    old_mentions, new_mentions)
    return IngestResult(article.id, created=False, new_version=True,
                        duplicate_of=article.duplicate_of_id, figure_changes=changes)


def record_figure_changes(session: Session, article_id: int, old: int, new: int,
                          before: list[Mention], after: list[Mention]) -> int:
    """One FigureChange per (category, group) whose largest figure differs between versions."""
    old_figures, new_figures = _figures(before), _figures(after)
    count = 0
    for key in sorted(old_figures.keys() | new_figures.keys()):
        was, now = old_figures.get(key), new_figures.get(key)
        if was == now:
            continue
        category, _ = key
        group = next((m.group for m in after + before
                      if (m.category, group_key(m.group)) == key), None)
        session.add(FigureChange(article_id=article_id, from_version=old, to_version=new,
                                 category=category, group=group,
                                 old_low=was[0] if was else None, old_high=was[1] if was else None,
                                 new_low=now[0] if now else None, new_high=now[1] if now else None))
        count += 1
    return count


def _figures(mentions: list[Mention]) -> dict[tuple[str, str], tuple[int, int]]:
    out: dict[tuple[str, str], tuple[int, int]] = {}
    for m in mentions:
        if m.low is None or m.derived:
            continue
        key = (m.category, group_key(m.group))
        figure = (m.low, m.high if m.high is not None else m.low)
        if key not in out or figure[1] > out[key][1]:
            out[key] = figure
    return out


# -- mentions and claims -----------------------------------------------------
def _current_mentions(session: Session, article: Article) -> list[Mention]:
    query = select(Mention).where(Mention.article_id == article.id,
                                  Mention.version == article.version)
    return list(session.scalars(query))


def _replace_current_mentions(session: Session, article: Article, record: ArticleRecord,
                              options: IngestOptions) -> None:
    session.execute(delete(Mention).where(Mention.article_id == article.id,
                                          Mention.version == article.version))
    mentions = _add_mentions(session, article, record, version=article.version)
    assign_claims(session, article, mentions, options.claim_window_days)


def _add_mentions(session: Session, article: Article, record: ArticleRecord,
                  version: int) -> list[Mention]:
    mentions = [Mention(article_id=article.id, extractor_version=record.mentions_version,
                        version=version, **_mention_fields(m)) for m in record.mentions]
    session.add_all(mentions)
    session.flush()
    return mentions


def _mention_fields(mention: MentionRecord) -> dict[str, Any]:
    return {name: getattr(mention, name) for name in MentionRecord.__slots__}


def replace_mentions(session: Session, article: Article, mentions: list[MentionRecord],
                     extractor_version: str, claim_window_days: int = 30) -> None:
    """Swap the current version's mentions for re-extracted ones (reprocess)."""
    session.execute(delete(Mention).where(Mention.article_id == article.id,
                                          Mention.version == article.version))
    record = ArticleRecord(url=article.url, outlet=article.outlet, text=article.text,
                           raw_html=b"", extractor_version="", mentions=mentions,
                           mentions_version=extractor_version)
    added = _add_mentions(session, article, record, version=article.version)
    assign_claims(session, article, added, claim_window_days)


def group_key(group: str | None) -> str:
    """A loose key for a victims' group: lower-case words, determiners dropped, synonyms merged."""
    if not group:
        return ""
    words = [w for w in WORD.findall(group.lower()) if w not in GROUP_STOPWORDS]
    words = [GROUP_SYNONYMS.get(w, w) for w in words]
    return " ".join(words)[:200]


def assign_claims(session: Session, article: Article, mentions: list[Mention],
                  window_days: int) -> None:
    """Attach each figure to the claim with the same (category, figure, group) seen within the
    window, or open a new claim."""
    seen = article.published_at or article.first_seen_at or _now()
    for mention in mentions:
        if mention.low is None:
            continue
        claim = _matching_claim(session, mention, seen, window_days)
        if claim is None:
            claim = Claim(category=mention.category, low=mention.low, high=mention.high,
                          group_key=group_key(mention.group), group=mention.group,
                          first_seen=seen, last_seen=seen, first_outlet=article.outlet,
                          first_article_id=article.id)
            session.add(claim)
            session.flush()
        else:
            _widen(claim, seen, article)
        mention.claim_id = claim.id


def _matching_claim(session: Session, mention: Mention, seen: datetime,
                    window_days: int) -> Claim | None:
    window = timedelta(days=window_days)
    query = select(Claim).where(
        Claim.category == mention.category, Claim.low == mention.low,
        Claim.high == mention.high, Claim.group_key == group_key(mention.group),
        Claim.last_seen >= seen - window, Claim.first_seen <= seen + window,
    ).order_by(Claim.first_seen).limit(1)
    return session.scalar(query)


def _widen(claim: Claim, seen: datetime, article: Article) -> None:
    if seen < claim.first_seen:
        claim.first_seen = seen
        claim.first_outlet = article.outlet
        claim.first_article_id = article.id
    claim.last_seen = max(claim.last_seen, seen)


# -- URLs and near-duplicates -----------------------------------------------------
def _add_aliases(session: Session, article_id: int, urls: Iterable[str]) -> None:
    for url in dict.fromkeys(urls):
        if url and session.get(ArticleUrl, url) is None:
            session.add(ArticleUrl(url=url, article_id=article_id))


def _store_bands(session: Session, article_id: int, bands: list[int]) -> None:
    if bands:
        session.execute(insert(SketchBand), [{"article_id": article_id, "band": i, "hash": h}
                                             for i, h in enumerate(bands)])


def find_near_duplicate(session: Session, signature: bytes, bands: list[int], threshold: float,
                        similarity: Similarity) -> int | None:
    """The original of the most similar stored story sharing an LSH band, if similar enough.

    Candidates are ranked by how many bands they share (a copy shares many, a chance
    collision one), and only the best MAX_CANDIDATES have their signatures compared.
    """
    params: dict[str, int] = {"limit": MAX_CANDIDATES}
    for i, value in enumerate(bands):
        params[f"b{i}"], params[f"h{i}"] = i, value
    ranked = [row[0] for row in session.execute(_candidates_sql(len(bands)), params)]
    if not ranked:
        return None
    candidates = session.execute(select(Article.id, Article.minhash, Article.duplicate_of_id)
                                 .where(Article.id.in_(ranked))).all()
    best: tuple[float, int] | None = None
    for article_id, other, original in candidates:
        if other is None:
            continue
        score = similarity(signature, other)
        if score >= threshold and (best is None or score > best[0]):
            best = (score, original or article_id)
    return best[1] if best else None


@lru_cache(maxsize=8)
def _candidates_sql(band_count: int) -> TextClause:
    """Stories sharing a band, most shared bands first.

    An OR of (band, hash) pairs, so SQLite and PostgreSQL serve each pair from the
    (band, hash) index (a row-value IN list makes SQLite scan the table); written once
    per band count, as building it through the ORM costs more than running it.
    """
    pairs = " OR ".join(f"(band = :b{i} AND hash = :h{i})" for i in range(band_count))
    return text(f"SELECT article_id, COUNT(*) AS shared FROM sketch_bands WHERE {pairs} "
                "GROUP BY article_id ORDER BY shared DESC, article_id LIMIT :limit")


def mark_checked(session: Session, url: str, when: datetime | None = None) -> bool:
    """A conditional re-check answered 304: the story is unchanged as of `when`."""
    article = find_article(session, [url])
    if article is None:
        return False
    session.execute(update(Article).where(Article.id == article.id)
                    .values(checked_at=when or _now()))
    return True
