"""Writing stories: one row per canonical URL, versions of edited stories, near-duplicate
links, and claims that group the same figure reported by several articles.

`ingest_article` runs inside the caller's transaction (one per article). It writes with
Core statements built once at import (bulk child rows as one executemany each) on the
session's connection: the ORM unit of work cost more CPU than the database per article.
ORM objects the caller loaded in the same session are expired afterwards, so they reload.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import lru_cache
from typing import Any

from sqlalchemy import (
    BindParameter,
    Connection,
    Select,
    TextClause,
    bindparam,
    delete,
    insert,
    or_,
    select,
    text,
    union,
    update,
)
from sqlalchemy.orm import Session

from storage.figures import ClaimSpec, claim_specs, group_key
from storage.kept_estimates import mark_streams
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
from storage.points import (
    Figure,
    add_story_points,
    copies_of,
    refresh_points,
    stated_figures,
)
from storage.records import ArticleRecord, IngestOptions, IngestResult, MentionRecord, Recleaned

Similarity = Callable[[bytes, bytes], float]
# PostgreSQL: transaction-scoped advisory locks on the keys a story's writes depend on, taken
# in the order of the (Python-sorted) array; unnest yields them in that order.
KEY_LOCKS = text("SELECT count(pg_advisory_xact_lock(k)) "
                 "FROM (SELECT unnest(CAST(:keys AS bigint[])) AS k) AS keys")
MAX_CANDIDATES = 50  # stories sharing the most bands whose signatures are compared
METADATA_FIELDS = ("title", "author", "language", "sitename", "raw_html", "raw_encoding",
                   "extractor_version", "discovered_via", "etag", "last_modified")
ALWAYS_SET = ("etag", "last_modified")  # a re-fetch without them clears the old validators

# -- statements, built once -------------------------------------------------------
_URLS: BindParameter[list[str]] = bindparam("urls", expanding=True)
_KNOWN_IDS = union(select(Article.id.label("id")).where(Article.url.in_(_URLS)),
                   select(ArticleUrl.article_id).where(ArticleUrl.url.in_(_URLS))).subquery()
FIRST_KNOWN_ID = select(_KNOWN_IDS.c.id).limit(1)
STORED_ARTICLE = select(Article.id, Article.version, Article.title, Article.text,
                        Article.content_hash, Article.published_at, Article.first_seen_at,
                        Article.outlet, Article.minhash, Article.duplicate_of_id,
                        Article.fetched_at).where(Article.id == FIRST_KNOWN_ID.scalar_subquery())
KNOWN_ALIASES = select(ArticleUrl.url).where(ArticleUrl.url.in_(_URLS))
PUBLISHED_AT = select(Article.published_at).where(Article.id == bindparam("article_id"))
UPDATE_ARTICLE = update(Article).where(Article.id == bindparam("article_id"))
INSERT_ARTICLE = insert(Article)
INSERT_ALIAS = insert(ArticleUrl)
INSERT_TOPIC = insert(ArticleTopic)
DELETE_TOPICS = delete(ArticleTopic).where(ArticleTopic.article_id == bindparam("article_id"))
INSERT_BAND = insert(SketchBand)
DELETE_BANDS = delete(SketchBand).where(SketchBand.article_id == bindparam("article_id"))
INSERT_VERSION = insert(ArticleVersion)
INSERT_MENTION = insert(Mention)
INSERT_FIGURE_CHANGE = insert(FigureChange)
INSERT_CLAIM = insert(Claim)
UPDATE_CLAIM = update(Claim).where(Claim.id == bindparam("claim_id"))
_VERSION_MENTIONS = (Mention.article_id == bindparam("article_id"),
                     Mention.version == bindparam("version"))
CURRENT_MENTIONS = select(*(getattr(Mention, name) for name in MentionRecord.__slots__)
                          ).where(*_VERSION_MENTIONS).order_by(Mention.id)
DELETE_MENTIONS = delete(Mention).where(*_VERSION_MENTIONS)


def _claim_query(high_is_null: bool) -> Select[int, datetime, datetime]:
    """The earliest claim of a figure seen within the window (`high` NULL matches NULL)."""
    high = Claim.high.is_(None) if high_is_null else Claim.high == bindparam("high")
    return (select(Claim.id, Claim.first_seen, Claim.last_seen)
            .where(Claim.category == bindparam("category"), Claim.low == bindparam("low"), high,
                   Claim.qualifier == bindparam("qualifier"),
                   Claim.group_key == bindparam("group_key"),
                   Claim.last_seen >= bindparam("earliest"),
                   Claim.first_seen <= bindparam("latest"))
            .order_by(Claim.first_seen).limit(1))


MATCHING_CLAIM = {False: _claim_query(False), True: _claim_query(True)}


@dataclass(frozen=True, slots=True)
class StoredArticle:
    """What updating a stored story needs to know of it."""

    id: int
    version: int
    title: str | None
    text: str
    content_hash: str | None
    published_at: datetime | None
    first_seen_at: datetime
    outlet: str
    minhash: bytes | None
    duplicate_of_id: int | None
    fetched_at: datetime           # when the stored text was fetched


@dataclass(frozen=True, slots=True)
class Citing:
    """The article a set of mentions comes from, as claims see it."""

    article_id: int
    outlet: str
    seen: datetime     # publication (or first sight): places the figure in the claim window


# -- stories ------------------------------------------------------------------------
def find_article(session: Session, urls: Iterable[str]) -> Article | None:
    """The stored story known under any of `urls` (its key or an alias)."""
    session.flush()
    article_id = _known_id(session.connection(), urls)
    return session.get(Article, article_id) if article_id is not None else None


def _known_id(conn: Connection, urls: Iterable[str]) -> int | None:
    wanted = _wanted(urls)
    return conn.execute(FIRST_KNOWN_ID, {"urls": wanted}).scalar() if wanted else None


def _wanted(urls: Iterable[str]) -> list[str]:
    return [u for u in dict.fromkeys(urls) if u]


def _stored_article(conn: Connection, urls: Iterable[str]) -> StoredArticle | None:
    wanted = _wanted(urls)
    row = conn.execute(STORED_ARTICLE, {"urls": wanted}).first() if wanted else None
    return StoredArticle(**row._mapping) if row is not None else None


def ingest_article(session: Session, record: ArticleRecord, options: IngestOptions,
                   similarity: Similarity) -> IngestResult:
    """Insert a new story or update a stored one (a new version when its text changed)."""
    session.flush()  # the caller's pending changes go first, as they would with autoflush
    conn = session.connection()
    _serialize_writers(conn, _story_keys(record))
    stored = _stored_article(conn, [record.url, *record.aliases])
    stated = stated_figures(conn, [stored.id]) if stored else set()
    if stored is None:
        result = _insert(conn, record, options, similarity)
    elif record.content_hash and stored.content_hash and record.content_hash != stored.content_hash:
        result = _new_version(conn, stored, record, options)
    else:
        result = _update(conn, stored, record, options)
    _refresh_estimates(conn, result, stated)
    _expire_loaded(session)
    return result


def _refresh_estimates(conn: Connection, result: IngestResult, stated: set[Figure]) -> None:
    """Estimate points (storage.points) of every figure the story stated before this write
    or states now; a new story that became the original of stored ones re-folds theirs too
    (they are copies now). The estimates those points belong to are marked for the next
    refresh of the kept estimates (storage.kept_estimates)."""
    copies = copies_of(conn, result.article_id) if result.adopted_copies else []
    if result.created and not copies:
        touched = add_story_points(conn, result.article_id)   # the common case: folding
    else:
        touched = refresh_points(conn, stated | stated_figures(conn, [result.article_id,
                                                                      *copies]))
    mark_streams(conn, {(key, category) for category, _, _, key in touched})


def _serialize_writers(conn: Connection, keys: Iterable[int]) -> None:
    """Writers whose stories could touch the same rows go one at a time, from their
    lookups to their commit; the others do not wait for each other.

    Without this, two processes storing copies of one story at the same moment both see
    no original and both store theirs as one (measured: 8 of 150 copies missed with two
    concurrent writers). Two copies of a story share a URL or, being near-duplicates, at
    least one MinHash band (that is how they are found), so locking the story's URLs and
    band keys serialises exactly them. PostgreSQL: transaction-scoped advisory locks on
    those keys, in a fixed order (no deadlock); the figures' claims are locked the same way
    when they are assigned (`assign_claims`). SQLite has one writer at a time anyway: the
    transaction takes the database's write lock before its first read (BEGIN IMMEDIATE;
    pysqlite itself would begin only at the first write).
    """
    if conn.dialect.name == "sqlite":
        raw = conn.connection.dbapi_connection
        if raw is not None and not getattr(raw, "in_transaction", True):
            conn.exec_driver_sql("BEGIN IMMEDIATE")
    elif conn.dialect.name == "postgresql":
        conn.execute(KEY_LOCKS, {"keys": sorted(set(keys))})


def _story_keys(record: ArticleRecord) -> list[int]:
    return [lock_key("url", url) for url in _wanted([record.url, *record.aliases])] + \
        [lock_key("band", band) for band in record.bands]


def lock_key(kind: str, value: object) -> int:
    """A signed 64-bit advisory-lock key for one thing a writer depends on."""
    digest = hashlib.blake2b(f"{kind}:{value}".encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big", signed=True)


def _expire_loaded(session: Session) -> None:
    """ORM objects loaded before Core wrote their rows reload on their next access."""
    if session.identity_map:
        session.expire_all()


def _insert(conn: Connection, record: ArticleRecord, options: IngestOptions,
            similarity: Similarity) -> IngestResult:
    original = None
    if record.minhash and record.bands:
        original = _near_duplicate(conn, record.minhash, record.bands,
                                   options.duplicate_threshold, similarity)
    earlier = original is not None and _published_before(conn, record, original)
    first_seen = _now()
    article_id = _insert_article(conn, record, None if earlier else original, first_seen)
    if earlier and original is not None:
        _make_original(conn, article_id, original)
    _insert_aliases(conn, article_id, _wanted([record.url, *record.aliases]))
    _insert_topics(conn, article_id, record.topics)
    _store_bands(conn, article_id, record.bands)
    citing = Citing(article_id, record.outlet, record.published_at or first_seen)
    _store_mentions(conn, citing, record.mentions, record.mentions_version, 1,
                    options.claim_window_days)
    return IngestResult(article_id, created=True, duplicate_of=original,
                        adopted_copies=earlier and original is not None)


def _insert_article(conn: Connection, record: ArticleRecord, duplicate_of: int | None,
                    first_seen: datetime) -> int:
    fetched_at = record.fetched_at or _now()
    values = {name: getattr(record, name) for name in METADATA_FIELDS}
    values.update(url=record.url, outlet=record.outlet, text=record.text,
                  published_at=record.published_at, content_hash=record.content_hash,
                  minhash=record.minhash, duplicate_of_id=duplicate_of, version=1,
                  first_seen_at=first_seen, fetched_at=fetched_at, checked_at=record.fetched_at)
    key = conn.execute(INSERT_ARTICLE, values).inserted_primary_key
    assert key is not None
    return int(key[0])


def _published_before(conn: Connection, record: ArticleRecord, original_id: int) -> bool:
    """True when the new story was published before the stored one it copies."""
    published = conn.execute(PUBLISHED_AT, {"article_id": original_id}).scalar()
    return bool(record.published_at and published and record.published_at < published)


def _make_original(conn: Connection, new_id: int, old_original: int) -> None:
    """The earlier-published story becomes the original of the old one and of its copies."""
    conn.execute(update(Article).where(or_(Article.id == old_original,
                                           Article.duplicate_of_id == old_original))
                 .values(duplicate_of_id=new_id))


def _update(conn: Connection, stored: StoredArticle, record: ArticleRecord,
            options: IngestOptions) -> IngestResult:
    """A re-fetch with unchanged text: fresh metadata, topics and current mentions."""
    _add_aliases(conn, stored.id, [record.url, *record.aliases])
    values = _refreshed_values(stored, record)
    values["content_hash"] = record.content_hash or stored.content_hash
    if record.minhash and record.minhash != stored.minhash:  # a sketch missing or made otherwise
        values["minhash"] = record.minhash
        conn.execute(DELETE_BANDS, {"article_id": stored.id})
        _store_bands(conn, stored.id, record.bands)
    conn.execute(UPDATE_ARTICLE, values)
    _replace_topics(conn, stored.id, record.topics)
    mentions = _with_stored_title(record, _stored_title_mentions(conn, stored, record))
    conn.execute(DELETE_MENTIONS, {"article_id": stored.id, "version": stored.version})
    _store_mentions(conn, _citing(stored, record), mentions, record.mentions_version,
                    stored.version, options.claim_window_days)
    return IngestResult(stored.id, created=False, duplicate_of=stored.duplicate_of_id)


def _stored_title_mentions(conn: Connection, stored: StoredArticle, record: ArticleRecord,
                           current: Sequence[MentionRecord] | None = None
                           ) -> list[MentionRecord]:
    """The stored title's mentions when a re-fetch found no title: the stored title stays
    (METADATA_FIELDS), so its mentions do too. [] when the re-fetch has a title."""
    if record.title is not None or not stored.title:
        return []
    if current is None:
        current = _current_mentions(conn, stored.id, stored.version)
    return [m for m in current if m.in_title]


def _with_stored_title(record: ArticleRecord, kept: list[MentionRecord]
                       ) -> Sequence[MentionRecord]:
    if not kept:
        return record.mentions
    return kept + [m for m in record.mentions if not m.in_title]


def _refreshed_values(stored: StoredArticle, record: ArticleRecord) -> dict[str, Any]:
    """The SET values every re-fetch writes: fetch facts, metadata it has, text, date."""
    fetched_at = record.fetched_at or _now()
    values: dict[str, Any] = {"article_id": stored.id, "fetched_at": fetched_at,
                              "checked_at": fetched_at}
    for name in METADATA_FIELDS:
        value = getattr(record, name)
        if value is not None or name in ALWAYS_SET:
            values[name] = value
    values.update(text=record.text, published_at=stored.published_at or record.published_at)
    return values


def _citing(stored: StoredArticle, record: ArticleRecord) -> Citing:
    seen = stored.published_at or record.published_at or stored.first_seen_at or _now()
    return Citing(stored.id, stored.outlet, seen)


def _now() -> datetime:
    return datetime.now(UTC)


# -- versions ---------------------------------------------------------------
def _new_version(conn: Connection, stored: StoredArticle, record: ArticleRecord,
                 options: IngestOptions) -> IngestResult:
    """Keep the old text as a version, store the new one, record changed figures."""
    _add_aliases(conn, stored.id, [record.url, *record.aliases])
    values = _refreshed_values(stored, record)
    _keep_version(conn, stored)
    old_mentions = _current_mentions(conn, stored.id, stored.version)
    version = stored.version + 1
    values.update(version=version, content_hash=record.content_hash,
                  minhash=record.minhash or stored.minhash)
    conn.execute(UPDATE_ARTICLE, values)
    _replace_topics(conn, stored.id, record.topics)
    conn.execute(DELETE_BANDS, {"article_id": stored.id})
    _store_bands(conn, stored.id, record.bands)
    mentions = _with_stored_title(record,
                                  _stored_title_mentions(conn, stored, record, old_mentions))
    _store_mentions(conn, _citing(stored, record), mentions, record.mentions_version,
                    version, options.claim_window_days)
    changes = record_figure_changes(conn, stored.id, stored.version, version,
                                    old_mentions, mentions)
    return IngestResult(stored.id, created=False, new_version=True,
                        duplicate_of=stored.duplicate_of_id, figure_changes=changes)


def _keep_version(conn: Connection, stored: StoredArticle) -> None:
    """The text being replaced, as an ArticleVersion stamped with when it was fetched."""
    conn.execute(INSERT_VERSION, {"article_id": stored.id, "version": stored.version,
                                  "title": stored.title, "text": stored.text,
                                  "content_hash": stored.content_hash,
                                  "fetched_at": stored.fetched_at})


def record_figure_changes(conn: Connection, article_id: int, old: int, new: int,
                          before: Sequence[MentionRecord], after: Sequence[MentionRecord]
                          ) -> int:
    """One FigureChange per (category, group) whose largest figure differs between versions."""
    old_figures, new_figures = _figures(before), _figures(after)
    rows = []
    for key in sorted(old_figures.keys() | new_figures.keys()):
        was, now = old_figures.get(key), new_figures.get(key)
        if was == now:
            continue
        category, _ = key
        group = next((m.group for m in [*after, *before]
                      if (m.category, group_key(m.group)) == key), None)
        rows.append({"article_id": article_id, "from_version": old, "to_version": new,
                     "category": category, "group_name": group,
                     "old_low": was[0] if was else None, "old_high": was[1] if was else None,
                     "new_low": now[0] if now else None, "new_high": now[1] if now else None})
    if rows:
        conn.execute(INSERT_FIGURE_CHANGE, rows)
    return len(rows)


def _figures(mentions: Sequence[MentionRecord]) -> dict[tuple[str, str], tuple[int, int]]:
    out: dict[tuple[str, str], tuple[int, int]] = {}
    in_text = {(m.category, m.low, m.high) for m in mentions if not m.in_title}
    for m in mentions:
        if m.low is None or m.derived or (m.in_title and (m.category, m.low, m.high) in in_text):
            continue  # a headline figure the text states is the text's (storage.figures)
        key = (m.category, group_key(m.group))
        figure = (m.low, m.high if m.high is not None else m.low)
        if key not in out or figure[1] > out[key][1]:
            out[key] = figure
    return out


# -- mentions and claims -----------------------------------------------------
def _current_mentions(conn: Connection, article_id: int, version: int) -> list[MentionRecord]:
    rows = conn.execute(CURRENT_MENTIONS, {"article_id": article_id, "version": version})
    return [MentionRecord(*row) for row in rows]


def _store_mentions(conn: Connection, citing: Citing, mentions: Sequence[MentionRecord],
                    extractor_version: str, version: int, claim_window_days: int) -> None:
    """Insert `mentions` as the article's `version`, each attached to its claim."""
    if not mentions:
        return
    claims = assign_claims(conn, citing, mentions, claim_window_days)
    conn.execute(INSERT_MENTION, [
        {**mention_columns(m), "article_id": citing.article_id, "version": version,
         "extractor_version": extractor_version, "claim_id": claim}
        for m, claim in zip(mentions, claims, strict=True)])


def mention_columns(mention: MentionRecord) -> dict[str, Any]:
    return {"category": mention.category, "low": mention.low, "high": mention.high,
            "qualifier": mention.qualifier, "group_name": mention.group,
            "attribution": mention.attribution, "start": mention.start, "end": mention.end,
            "sentence": mention.sentence, "derived": mention.derived,
            "in_title": mention.in_title}


def replace_mentions(session: Session, article: Article, mentions: list[MentionRecord],
                     extractor_version: str, claim_window_days: int = 30) -> None:
    """Swap the current version's mentions for re-extracted ones (reprocess)."""
    session.flush()
    conn = session.connection()
    stated = stated_figures(conn, [article.id])
    conn.execute(DELETE_MENTIONS, {"article_id": article.id, "version": article.version})
    seen = article.published_at or article.first_seen_at or _now()
    _store_mentions(conn, Citing(article.id, article.outlet, seen), mentions,
                    extractor_version, article.version, claim_window_days)
    refresh_points(conn, stated | stated_figures(conn, [article.id]))
    _expire_loaded(session)


def store_reprocessed(session: Session, article_id: int, recleaned: Recleaned | None,
                      mentions: list[MentionRecord], mentions_version: str,
                      claim_window_days: int = 30) -> bool:
    """`newsmon reprocess`: the re-cleaned text and metadata (None: the stored text stays)
    and the re-extracted mentions of the current version. False if the article is gone."""
    article = session.get(Article, article_id)
    if article is None:
        return False
    if recleaned is not None:
        article.text = recleaned.text
        article.extractor_version = recleaned.extractor_version
        article.title = recleaned.title or article.title
        article.author = recleaned.author or article.author
        article.published_at = article.published_at or recleaned.published_at
        article.language = recleaned.language or article.language
        article.sitename = recleaned.sitename or article.sitename
        article.content_hash = recleaned.content_hash or article.content_hash
    replace_mentions(session, article, mentions, mentions_version, claim_window_days)
    return True


def assign_claims(conn: Connection, citing: Citing, mentions: Sequence[MentionRecord],
                  window_days: int) -> list[int | None]:
    """The claim of each mention (None without a figure, or for a part of a stated total):
    the claim with the same figure, hedge and group (storage.figures) seen within the
    window, widened to this article, or a new one. A claim is looked up once per article."""
    window = timedelta(days=window_days)
    if conn.dialect.name == "postgresql":  # two writers never both create one claim
        conn.execute(KEY_LOCKS, {"keys": sorted({
            lock_key("figure", (m.category, m.low, m.high)) for m in mentions
            if m.low is not None})})
    found: dict[ClaimSpec, int] = {}
    out: list[int | None] = []
    for spec in claim_specs(mentions):
        if spec is None:
            out.append(None)
            continue
        if spec not in found:
            found[spec] = _claim_for(conn, spec, citing, window)
        out.append(found[spec])
    return out


def _claim_for(conn: Connection, spec: ClaimSpec, citing: Citing, window: timedelta) -> int:
    params = {"category": spec.category, "low": spec.low, "high": spec.high,
              "qualifier": spec.qualifier, "group_key": spec.group_key,
              "earliest": citing.seen - window, "latest": citing.seen + window}
    row = conn.execute(MATCHING_CLAIM[spec.high is None], params).first()
    if row is None:
        return _new_claim(conn, spec, citing)
    claim_id, first_seen, last_seen = row
    _widen(conn, claim_id, first_seen, last_seen, citing)
    return int(claim_id)


def _new_claim(conn: Connection, spec: ClaimSpec, citing: Citing) -> int:
    inserted = conn.execute(INSERT_CLAIM, {
        "category": spec.category, "low": spec.low, "high": spec.high,
        "qualifier": spec.qualifier, "figure_key": spec.figure_key,
        "group_key": spec.group_key, "group_name": spec.group, "first_seen": citing.seen,
        "last_seen": citing.seen, "first_outlet": citing.outlet,
        "first_article_id": citing.article_id,
    }).inserted_primary_key
    assert inserted is not None
    return int(inserted[0])


def _widen(conn: Connection, claim_id: int, first_seen: datetime, last_seen: datetime,
           citing: Citing) -> None:
    """Stretch a claim's first/last sighting to include this article (written only if moved)."""
    values: dict[str, Any] = {}
    if citing.seen < first_seen:
        values.update(first_seen=citing.seen, first_outlet=citing.outlet,
                      first_article_id=citing.article_id)
    if citing.seen > last_seen:
        values["last_seen"] = citing.seen
    if values:
        conn.execute(UPDATE_CLAIM, {"claim_id": claim_id, **values})


# -- URLs and near-duplicates -----------------------------------------------------
def _add_aliases(conn: Connection, article_id: int, urls: Iterable[str]) -> None:
    """Record the URLs of a stored story that are not known yet (under any story)."""
    wanted = _wanted(urls)
    known = set(conn.execute(KNOWN_ALIASES, {"urls": wanted}).scalars())
    _insert_aliases(conn, article_id, [u for u in wanted if u not in known])


def _insert_aliases(conn: Connection, article_id: int, urls: list[str]) -> None:
    if urls:
        conn.execute(INSERT_ALIAS, [{"url": u, "article_id": article_id} for u in urls])


def _insert_topics(conn: Connection, article_id: int, topics: Iterable[str]) -> None:
    rows = [{"article_id": article_id, "topic": t} for t in dict.fromkeys(topics)]
    if rows:
        conn.execute(INSERT_TOPIC, rows)


def _replace_topics(conn: Connection, article_id: int, topics: Iterable[str]) -> None:
    conn.execute(DELETE_TOPICS, {"article_id": article_id})
    _insert_topics(conn, article_id, topics)


def _store_bands(conn: Connection, article_id: int, bands: list[int]) -> None:
    if bands:
        conn.execute(INSERT_BAND, [{"article_id": article_id, "band": i, "hash": h}
                                   for i, h in enumerate(bands)])


def find_near_duplicate(session: Session, signature: bytes, bands: list[int], threshold: float,
                        similarity: Similarity) -> int | None:
    """The original of the most similar stored story sharing an LSH band, if similar enough.

    Candidates are ranked by how many bands they share (a copy shares many, a chance
    collision one), and only the best MAX_CANDIDATES have their signatures compared.
    """
    return _near_duplicate(session.connection(), signature, bands, threshold, similarity)


CANDIDATE_SIGNATURES = select(Article.id, Article.minhash, Article.duplicate_of_id).where(
    Article.id.in_(bindparam("ids", expanding=True)))


def _near_duplicate(conn: Connection, signature: bytes, bands: list[int], threshold: float,
                    similarity: Similarity) -> int | None:
    params: dict[str, int] = {"limit": MAX_CANDIDATES}
    for i, value in enumerate(bands):
        params[f"b{i}"], params[f"h{i}"] = i, value
    ranked = list(conn.execute(_candidates_sql(len(bands)), params).scalars())
    if not ranked:
        return None
    best: tuple[float, int] | None = None
    for article_id, other, original in conn.execute(CANDIDATE_SIGNATURES, {"ids": ranked}):
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
    session.flush()
    conn = session.connection()
    article_id = _known_id(conn, [url])
    if article_id is None:
        return False
    conn.execute(UPDATE_ARTICLE, {"article_id": article_id, "checked_at": when or _now()})
    _expire_loaded(session)
    return True
