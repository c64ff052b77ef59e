"""Query functions: each takes a Session and returns plain results; the caller owns the session."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any, TypeVar

from sqlalchemy import Select, delete, func, or_, select
from sqlalchemy.orm import Session

from storage.models import Article, ArticleTopic, Claim, CrawlRun, FigureChange, Mention
from storage.records import (
    ArticleFilter,
    ArticleRecord,
    ChangeFilter,
    ClaimFilter,
    MentionFilter,
    MentionRecord,
)

ARTICLE_FIELDS = ("title", "author", "published_at", "language", "sitename", "text", "raw_html",
                  "extractor_version", "discovered_via", "etag", "last_modified")


def save_article(session: Session, record: ArticleRecord) -> tuple[int, bool]:
    """Insert or update the article keyed by `record.url`; returns (id, created)."""
    article = session.scalar(select(Article).where(Article.url == record.url))
    created = article is None
    if article is None:
        article = Article(url=record.url, outlet=record.outlet)
        session.add(article)
    for name in ARTICLE_FIELDS:
        setattr(article, name, getattr(record, name))
    article.fetched_at = record.fetched_at or datetime.now(UTC)
    article.topics = [ArticleTopic(topic=t) for t in dict.fromkeys(record.topics)]
    session.flush()
    replace_mentions(session, article.id, record.mentions, record.mentions_version)
    return article.id, created


def replace_mentions(session: Session, article_id: int, mentions: list[MentionRecord],
                     version: str) -> None:
    session.execute(delete(Mention).where(Mention.article_id == article_id))
    session.add_all(Mention(article_id=article_id, extractor_version=version, **_fields(m))
                    for m in mentions)


def _fields(mention: MentionRecord) -> dict[str, Any]:
    return {name: getattr(mention, name) for name in MentionRecord.__slots__}


def url_exists(session: Session, url: str) -> bool:
    return session.scalar(select(Article.id).where(Article.url == url)) is not None


def _published() -> Any:
    return func.coalesce(Article.published_at, Article.first_seen_at)


def find_articles(session: Session, where: ArticleFilter) -> list[Article]:
    query = _filter_articles(select(Article), where)
    query = query.order_by(_published().desc(), Article.id.desc())
    if where.limit:
        query = query.limit(where.limit)
    return list(session.scalars(query))


SelectT = TypeVar("SelectT", bound=Select)


def _filter_articles(query: SelectT, where: ArticleFilter | MentionFilter) -> SelectT:
    if where.since:
        query = query.where(_published() >= where.since)
    if where.until:
        query = query.where(_published() < where.until)
    if where.outlets:
        query = query.where(Article.outlet.in_(where.outlets))
    if where.topic:
        query = query.where(Article.id.in_(
            select(ArticleTopic.article_id).where(ArticleTopic.topic == where.topic)))
    if isinstance(where, ArticleFilter) and where.search:
        pattern = f"%{where.search}%"
        query = query.where(or_(Article.title.ilike(pattern), Article.text.ilike(pattern)))
    return query


def find_mentions(session: Session, where: MentionFilter) -> list[tuple[Mention, Article]]:
    query = _filter_articles(select(Mention, Article).join(Article), where)
    query = query.where(Mention.version == Article.version)
    if where.category:
        query = query.where(Mention.category == where.category)
    if where.group:
        query = query.where(Mention.group.ilike(f"%{where.group}%"))
    if where.attribution:
        query = query.where(Mention.attribution.ilike(f"%{where.attribution}%"))
    if where.min_count is not None:
        query = query.where(func.coalesce(Mention.high, Mention.low) >= where.min_count)
    query = query.order_by(_published().desc(), Article.id.desc(), Mention.start)
    if where.limit:
        query = query.limit(where.limit)
    return [(row[0], row[1]) for row in session.execute(query)]


def iter_articles_for_reprocess(session: Session, since: datetime | None,
                                batch: int = 200) -> Iterator[int]:
    query = select(Article.id).order_by(Article.id)
    if since:
        query = query.where(_published() >= since)
    yield from session.scalars(query.execution_options(yield_per=batch))


# -- crawl runs -------------------------------------------------------------
def start_run(session: Session, trigger: str, outlets: list[str]) -> int:
    run = CrawlRun(trigger=trigger, status="running",
                   outlets={name: {"status": "pending"} for name in outlets}, errors={})
    session.add(run)
    session.flush()
    return run.id


def record_outlet(session: Session, run_id: int, outlet: str, summary: dict[str, Any]) -> None:
    run = session.get(CrawlRun, run_id, with_for_update=True)
    if run is not None:
        run.outlets = {**run.outlets, outlet: summary}


def finish_run(session: Session, run_id: int, status: str,
               errors: dict[str, Any] | None = None) -> None:
    run = session.get(CrawlRun, run_id)
    if run is not None:
        run.status = status
        run.finished_at = datetime.now(UTC)
        if errors:
            run.errors = {**run.errors, **errors}


def recent_runs(session: Session, limit: int = 20) -> list[CrawlRun]:
    return list(session.scalars(select(CrawlRun).order_by(CrawlRun.id.desc()).limit(limit)))


# -- rows: the stable interface of `newsmon query` and the API ---------------
def article_row(article: Article) -> dict[str, Any]:
    return {
        "id": article.id,
        "url": article.url,
        "outlet": article.outlet,
        "title": article.title,
        "published_at": article.published_at,
        "language": article.language,
        "topics": sorted(t.topic for t in article.topics),
        "author": article.author,
        "sitename": article.sitename,
        "fetched_at": article.fetched_at,
        "text": article.text,
    }


def mention_row(mention: Mention, article: Article) -> dict[str, Any]:
    return {
        "id": mention.id,
        "category": mention.category,
        "low": mention.low,
        "high": mention.high,
        "qualifier": mention.qualifier,
        "group": mention.group,
        "attribution": mention.attribution,
        "start": mention.start,
        "end": mention.end,
        "derived": mention.derived,
        "sentence": mention.sentence,
        "article_id": article.id,
        "article_url": article.url,
        "outlet": article.outlet,
        "published_at": article.published_at,
        "title": article.title,
    }


def article_rows(session: Session, where: ArticleFilter) -> list[dict[str, Any]]:
    return [article_row(a) for a in find_articles(session, where)]


def mention_rows(session: Session, where: MentionFilter) -> list[dict[str, Any]]:
    return [mention_row(m, a) for m, a in find_mentions(session, where)]


# -- claims and figure changes (read side) ------------------------------------
def claim_rows(session: Session, where: ClaimFilter) -> list[dict[str, Any]]:
    """Claims with their citations; `outlets` lists independent outlets (copies count once)."""
    query = select(Claim).order_by(Claim.first_seen.desc(), Claim.id.desc())
    if where.since:
        query = query.where(Claim.first_seen >= where.since)
    if where.until:
        query = query.where(Claim.first_seen < where.until)
    if where.category:
        query = query.where(Claim.category == where.category)
    if where.group:
        query = query.where(Claim.group.ilike(f"%{where.group}%"))
    if where.min_count is not None:
        query = query.where(func.coalesce(Claim.high, Claim.low) >= where.min_count)
    if where.topic:
        tagged = select(Mention.claim_id).join(ArticleTopic,
                                               ArticleTopic.article_id == Mention.article_id)
        query = query.where(Claim.id.in_(tagged.where(ArticleTopic.topic == where.topic)))
    if where.limit:
        query = query.limit(where.limit)
    claims = list(session.scalars(query))
    citations = _claim_citations(session, [c.id for c in claims])
    return [claim_row(c, citations.get(c.id, [])) for c in claims]


def _claim_citations(session: Session, claim_ids: list[int]) -> dict[int, list[dict[str, Any]]]:
    if not claim_ids:
        return {}
    query = (select(Mention, Article).join(Article)
             .where(Mention.claim_id.in_(claim_ids), Mention.version == Article.version)
             .order_by(_published(), Article.id))
    out: dict[int, list[dict[str, Any]]] = {}
    for mention, article in session.execute(query).all():
        assert mention.claim_id is not None
        out.setdefault(mention.claim_id, []).append({
            "article_id": article.id, "url": article.url, "outlet": article.outlet,
            "published_at": article.published_at, "sentence": mention.sentence,
            "attribution": mention.attribution, "duplicate_of_id": article.duplicate_of_id,
        })
    return out


def claim_row(claim: Claim, citations: list[dict[str, Any]]) -> dict[str, Any]:
    independent = [c for c in citations if c["duplicate_of_id"] is None]
    return {
        "id": claim.id,
        "category": claim.category,
        "low": claim.low,
        "high": claim.high,
        "group": claim.group,
        "attributions": sorted({c["attribution"] for c in citations if c["attribution"]}),
        "first_seen": claim.first_seen,
        "first_outlet": claim.first_outlet,
        "outlets": sorted({c["outlet"] for c in independent}),
        "articles": len({c["article_id"] for c in citations}),
        "citations": [{k: v for k, v in c.items() if k != "duplicate_of_id"} for c in citations],
    }


def change_rows(session: Session, where: ChangeFilter) -> list[dict[str, Any]]:
    query = (select(FigureChange, Article).join(Article)
             .order_by(FigureChange.detected_at.desc(), FigureChange.id.desc()))
    if where.since:
        query = query.where(FigureChange.detected_at >= where.since)
    if where.until:
        query = query.where(FigureChange.detected_at < where.until)
    if where.outlets:
        query = query.where(Article.outlet.in_(where.outlets))
    if where.category:
        query = query.where(FigureChange.category == where.category)
    if where.limit:
        query = query.limit(where.limit)
    return [change_row(change, article) for change, article in session.execute(query).all()]


def change_row(change: FigureChange, article: Article) -> dict[str, Any]:
    return {
        "id": change.id,
        "article_url": article.url,
        "outlet": article.outlet,
        "title": article.title,
        "category": change.category,
        "group": change.group,
        "old_low": change.old_low,
        "old_high": change.old_high,
        "new_low": change.new_low,
        "new_high": change.new_high,
        "from_version": change.from_version,
        "to_version": change.to_version,
        "detected_at": change.detected_at,
        "change": f"{change.category} {_span(change.old_low, change.old_high)} → "
                  f"{_span(change.new_low, change.new_high)}",
    }


def _span(low: int | None, high: int | None) -> str:
    if low is None:
        return "none"
    return f"{low:,}" if high in (None, low) else f"{low:,}–{high:,}"
