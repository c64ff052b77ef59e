"""Query functions: each takes a Session and returns plain results; the caller owns the session."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from typing import Any, TypeVar

from sqlalchemy import (
    BindParameter,
    Integer,
    Select,
    String,
    bindparam,
    cast,
    func,
    literal,
    literal_column,
    or_,
    select,
    union_all,
)
from sqlalchemy.orm import Session, defer, lazyload

from storage.estimates import (
    EstimateRow,
    Sighting,
    alias_table,
    canonical,
    reconcile,
    reconcile_points,
    trim_points,
)
from storage.figures import figure_text
from storage.ingest import Similarity, ingest_article
from storage.liveness import this_process
from storage.models import (
    PUBLISHED,
    Article,
    ArticleTopic,
    ArticleUrl,
    Claim,
    CrawlRun,
    FigureChange,
    Mention,
    RejectedUrl,
)
from storage.points import SIGHTINGS, newest_points, sighting, stored_points
from storage.records import (
    ArticleFilter,
    ArticleRecord,
    ChangeFilter,
    ClaimFilter,
    EstimateFilter,
    IngestOptions,
    MentionFilter,
    StoredPage,
)
from storage.search import SearchPlan, plan_search, walked_in, word_search


def save_article(session: Session, record: ArticleRecord,
                 options: IngestOptions | None = None,
                 similarity: Similarity | None = None) -> tuple[int, bool]:
    """Insert or update the story keyed by `record.url` (see storage.ingest); (id, created)."""
    result = ingest_article(session, record, options or IngestOptions(),
                            similarity or _never_similar)
    return result.article_id, result.created


def _never_similar(_a: bytes, _b: bytes) -> float:
    return 0.0


def url_exists(session: Session, url: str) -> bool:
    return session.scalar(select(Article.id).where(Article.url == url)) is not None


def _published() -> Any:
    return PUBLISHED  # the expression of index ix_articles_published_id


def find_articles(session: Session, where: ArticleFilter) -> list[Article]:
    newest = (_published().desc(), Article.id.desc())
    walk = (filter_articles(select(Article.id), replace(where, search=None)).order_by(*newest)
            if where.search else None)   # the page's walk without the search (plan_search)
    query = filter_articles(select(Article), where,
                            plan_search(session, where.search, where.limit, walk))
    query = query.order_by(*newest)
    if where.limit:
        query = query.limit(where.limit)
    return list(session.scalars(query))


SelectT = TypeVar("SelectT", bound=Select)


def filter_articles(query: SelectT, where: ArticleFilter | MentionFilter,
                    search: SearchPlan | None = None) -> SelectT:
    """`query` narrowed to the articles matching `where`; `search`: how SQLite should read
    the search for a first page in date order (storage.search.plan_search)."""
    if where.since:
        query = query.where(_published() >= where.since)
    if where.until:
        query = query.where(_published() < where.until)
    if where.outlets:
        query = query.where(Article.outlet.in_(where.outlets))
    if where.topic:
        query = query.where(walked_in(
            Article.id, select(ArticleTopic.article_id).where(ArticleTopic.topic == where.topic)))
    if isinstance(where, ArticleFilter) and where.search and where.search.strip():
        query = query.where(word_search(Article.id, Article.title, Article.text, where.search,
                                        search))
    return query


def filter_mentions(query: SelectT, where: MentionFilter) -> SelectT:
    """`query` (selecting from mentions joined to their articles) narrowed to the current
    mentions that match `where` (no order, no limit)."""
    query = filter_articles(query, where).where(Mention.version == Article.version)
    if where.category:
        query = query.where(Mention.category == where.category)
    if where.group:
        query = query.where(Mention.group.ilike(f"%{where.group}%"))
    if where.attribution:
        query = query.where(Mention.attribution.ilike(f"%{where.attribution}%"))
    if where.min_count is not None:
        query = query.where(func.coalesce(Mention.high, Mention.low) >= where.min_count)
    return query


def find_mentions(session: Session, where: MentionFilter) -> list[tuple[Mention, Article]]:
    query = filter_mentions(select(Mention, Article).join(Article), where)
    query = query.order_by(_published().desc(), Article.id.desc(), Mention.in_title.desc(),
                           Mention.start)
    if where.limit:
        query = query.limit(where.limit)
    return [(row[0], row[1]) for row in session.execute(query)]


def iter_articles_for_reprocess(session: Session, since: datetime | None,
                                batch: int = 200) -> Iterator[int]:
    query = select(Article.id).order_by(Article.id)
    if since:
        query = query.where(_published() >= since)
    yield from session.scalars(query.execution_options(yield_per=batch))


STORED_PAGE = select(Article.url, Article.outlet, Article.raw_html, Article.text,
                     Article.title, Article.language, Article.discovered_via, Article.etag,
                     Article.last_modified, Article.fetched_at)


def stored_page(session: Session, article_id: int) -> StoredPage | None:
    """A stored story's raw page, text and fetch facts (`newsmon reprocess`); None if gone."""
    row = session.execute(STORED_PAGE.where(Article.id == article_id)).first()
    return StoredPage(article_id, **row._asdict()) if row else None


# -- crawl runs -------------------------------------------------------------
def start_run(session: Session, trigger: str, outlets: list[str], *,
              worker: str | None = None, job_id: str | None = None) -> int:
    """Open a `running` run recorded by this process (storage.liveness); a worker's job
    (newsmon.jobs) names its worker and job."""
    run = CrawlRun(trigger=trigger, status="running",
                   outlets={name: {"status": "pending"} for name in outlets}, errors={},
                   worker=worker, job_id=job_id, **this_process().columns())
    session.add(run)
    session.flush()
    return run.id


def adopt_run(session: Session, run_id: int) -> None:
    """Record this process as the one running `run_id` (a scheduled crawl's child), so the
    run is closed if this process dies, not when the one that opened it does."""
    run = session.get(CrawlRun, run_id)
    if run is not None:
        for key, value in this_process().columns().items():
            setattr(run, key, value)


def record_outlet(session: Session, run_id: int, outlet: str, summary: dict[str, Any]) -> None:
    run = session.get(CrawlRun, run_id, with_for_update=True)
    if run is not None:
        run.outlets = {**run.outlets, outlet: summary}


def finish_run(session: Session, run_id: int, status: str,
               errors: dict[str, Any] | None = None, exit_code: int | None = None) -> None:
    """Close the run: status, end time, duration since it started, errors, exit code."""
    run = session.get(CrawlRun, run_id, with_for_update=True)
    if run is not None:
        run.status = status
        run.finished_at = datetime.now(UTC)
        run.duration_s = round((run.finished_at - run.started_at).total_seconds(), 3)
        if exit_code is not None:
            run.exit_code = exit_code
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
        "duplicate_of": article.duplicate_of.url if article.duplicate_of else None,
        "version": article.version,
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
        "in_title": mention.in_title,   # start/end index the title, not the text
        "sentence": mention.sentence,
        "sentence_start": mention_sentence_start(article, mention),
        "article_id": article.id,
        "article_url": article.url,
        "outlet": article.outlet,
        "published_at": article.published_at,
        "title": article.title,
        "figure": figure_text(mention.category, mention.low, mention.high, mention.qualifier),
    }


def mention_sentence_start(article: Article, mention: Mention) -> int | None:
    """`sentence_start` in the text the mention's offsets index: the title for a title
    mention, else the article text."""
    return sentence_start(article.title if mention.in_title else article.text, mention)


def sentence_start(text: str | None, mention: Mention) -> int | None:
    """Where the mention's sentence starts in the article text (the figure is then
    `start - sentence_start` into the sentence), or None when the text no longer holds it
    around the figure (a title mention, an older version)."""
    if not text or not mention.sentence or mention.start is None or mention.end is None:
        return None
    length = len(mention.sentence)
    found = text.find(mention.sentence, max(0, mention.end - length), mention.start + length)
    return found if 0 <= found <= mention.start else None


def article_rows(session: Session, where: ArticleFilter) -> list[dict[str, Any]]:
    return [article_row(a) for a in find_articles(session, where)]


def mention_rows(session: Session, where: MentionFilter) -> list[dict[str, Any]]:
    return [mention_row(m, a) for m, a in find_mentions(session, where)]


# -- estimates (storage.estimates) -------------------------------------------------
def estimate_rows(session: Session, where: EstimateFilter) -> list[EstimateRow]:
    """The reconciled estimates per (group, category): current low, best and high with each
    source's figure and citation, how they moved, and every source's figures.

    Read from the points kept at ingest (storage.points). A `topic` or `until` filter
    changes which sightings a point folds (and whom a copy borrows its source from), so
    those are reconciled from the sightings themselves, as before."""
    if where.topic or where.until:
        rows = reconcile(sightings(session, where), where.groups, where.sources,
                         where.window_days)
    else:
        rows = reconcile_points(stored_points(session, where.category), where.groups,
                                where.sources, where.window_days)
    if where.group:
        needle = where.group.lower()
        rows = [r for r in rows if needle in r.group.lower() or needle in r.group_key]
    return rows


def latest_estimate_rows(session: Session, where: EstimateFilter, limit: int,
                         keep_points: int | None = None) -> tuple[list[EstimateRow], int]:
    """The first `limit` rows of `estimate_rows` (most recent first) and how many there
    are, reconciling only the groups that can be among them: a group's `as_of` is its
    newest point, so the streams whose newest point is at least the `limit`-th newest
    hold every row of the first page (ties included). One group at a time; with
    `keep_points`, each row keeps only its latest `keep_points` and current figures in
    `points` (`storage.estimates.trim_points`), so memory holds one group's points."""
    if where.topic or where.until or where.group:
        rows = estimate_rows(session, where)
        return [trim_points(r, keep_points) for r in rows[:limit]], len(rows)
    rows, total = newest_estimate_rows(session, where, limit, keep_points)
    return rows[:limit], total


def newest_estimate_rows(session: Session, where: EstimateFilter, limit: int,
                         keep_points: int | None = None) -> tuple[list[EstimateRow], int]:
    """Every row of `estimate_rows` whose `as_of` is at least the `limit`-th newest (ties
    included, so any first page of `limit` rows newest first is among them, whatever the
    tie-break), most recent first, and how many rows there are in all. Only for filters the
    points answer (no topic, until or group: see `latest_estimate_rows`)."""
    table = alias_table(where.groups)
    newest: dict[tuple[str, str], datetime] = {}
    members: dict[tuple[str, str], list[tuple[str, str]]] = {}
    for key, category, last in session.execute(newest_points(where.category)):
        stream = (canonical(key, table) or key, category)
        last = last if last.tzinfo else last.replace(tzinfo=UTC)
        newest[stream] = max(last, newest.get(stream, last))
        members.setdefault(stream, []).append((key, category))
    if not newest:
        return [], 0
    cutoff = sorted(newest.values(), reverse=True)[min(limit, len(newest)) - 1]
    found: list[tuple[int, EstimateRow]] = []
    for stream, last in newest.items():
        if last >= cutoff:
            points = stored_points(session, figures=members[stream])
            if not points:                      # its figures were restated since
                continue
            [row] = reconcile_points(points, where.groups, where.sources, where.window_days)
            found.append((min(p.name_mention_id for p in points), trim_points(row, keep_points)))
    found.sort(key=lambda pair: pair[0])         # `reconcile_points`' order among equals
    rows = sorted((row for _, row in found), key=lambda r: (r.as_of, r.high), reverse=True)
    return rows, len(newest)


def sightings(session: Session, where: EstimateFilter) -> list[Sighting]:
    """Current mentions that belong to a claim, with the claim's group and hedge and the
    article's citation; a copy carries its original's outlet."""
    query = SIGHTINGS.order_by(Mention.id)
    if where.category:
        query = query.where(Claim.category == where.category)
    if where.until:
        query = query.where(_published() < where.until)
    if where.topic:
        query = query.where(Article.id.in_(
            select(ArticleTopic.article_id).where(ArticleTopic.topic == where.topic)))
    return [sighting(row) for row in session.execute(query)]


# -- claims and figure changes (read side) ------------------------------------
def claim_rows(session: Session, where: ClaimFilter) -> list[dict[str, Any]]:
    """Claims some story still states (a claim only an edited-away text made is left out),
    with their citations; `outlets` lists independent outlets (copies count once)."""
    query = filter_claims(select(Claim), where).order_by(Claim.first_seen.desc(),
                                                         Claim.id.desc())
    if where.limit:
        query = query.limit(where.limit)
    return claim_rows_of(session, list(session.scalars(query)))


def claim_rows_of(session: Session, claims: list[Claim]) -> list[dict[str, Any]]:
    """The rows of `claims`, in their order, with their citations."""
    citations = _claim_citations(session, [c.id for c in claims])
    return [claim_row(c, citations.get(c.id, [])) for c in claims]


def filter_claims(query: SelectT, where: ClaimFilter) -> SelectT:
    """`query` (selecting from claims) narrowed to the claims matching `where` that some
    story's current text still states. The per-claim conditions are correlated EXISTS, so a
    page in an indexed order stops after its rows instead of collecting every claim id."""
    query = query.where(_stated(Claim.id))
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
        query = query.where(_tagged(Claim.id, where.topic))
    if where.outlets:
        query = query.where(select(Mention.id).join(Article).where(
            Mention.claim_id == Claim.id, Article.outlet.in_(where.outlets)).exists())
    return query


def _stated(claim_id: Any) -> Any:
    """Some story's current version states the claim."""
    return (select(Mention.id).join(Article, Article.id == Mention.article_id)
            .where(Mention.claim_id == claim_id, Mention.version == Article.version)
            .exists())


def _tagged(claim_id: Any, topic: str) -> Any:
    """Some story with `topic` cites the claim."""
    return (select(Mention.id)
            .join(ArticleTopic, ArticleTopic.article_id == Mention.article_id)
            .where(Mention.claim_id == claim_id, ArticleTopic.topic == topic).exists())


# a citing article without what no citation shows: raw page, signature, topics
CITING_ARTICLE = (defer(Article.raw_html), defer(Article.minhash), lazyload(Article.topics))
CLAIM_CITATIONS = (select(Mention, Article).join(Article)
                   .where(Mention.claim_id.in_(bindparam("ids", expanding=True)),
                          Mention.version == Article.version)
                   .options(*CITING_ARTICLE))


def _citation_order(row: Any) -> tuple[Any, ...]:
    """Oldest story first; in a story, its title's mention before its text's, then by place."""
    mention, article = row
    published = article.published_at or article.first_seen_at
    return (published.replace(tzinfo=None), article.id, not mention.in_title,
            mention.start or 0)


def _claim_citations(session: Session, claim_ids: list[int]) -> dict[int, list[dict[str, Any]]]:
    """Per claim, its citations: one per mention, but none for a title mention when its
    article's text states the claim too (a headline repeating the text is not a second
    source)."""
    rows = [row for chunk in _in_chunks(claim_ids)
            for row in session.execute(CLAIM_CITATIONS, {"ids": chunk}).all()]
    rows.sort(key=_citation_order)
    in_text = {(m.claim_id, a.id) for m, a in rows if not m.in_title}
    out: dict[int, list[dict[str, Any]]] = {}
    for mention, article in rows:
        assert mention.claim_id is not None
        if mention.in_title and (mention.claim_id, article.id) in in_text:
            continue
        out.setdefault(mention.claim_id, []).append({
            "article_id": article.id, "url": article.url, "outlet": article.outlet,
            "published_at": article.published_at, "title": article.title,
            "sentence": mention.sentence, "qualifier": mention.qualifier,
            "attribution": mention.attribution, "in_title": mention.in_title,
            "start": mention.start, "end": mention.end,
            "sentence_start": mention_sentence_start(article, mention),
            "duplicate_of_id": article.duplicate_of_id,
        })
    return out


def claim_row(claim: Claim, citations: list[dict[str, Any]]) -> dict[str, Any]:
    independent = [c for c in citations if c["duplicate_of_id"] is None]
    return {
        "id": claim.id,
        "figure": figure_text(claim.category, claim.low, claim.high, claim.qualifier),
        "category": claim.category,
        "low": claim.low,
        "high": claim.high,
        "qualifier": claim.qualifier,
        "figure_key": claim.figure_key,
        "group": claim.group,
        "attributions": sorted({c["attribution"] for c in citations if c["attribution"]}),
        "first_seen": claim.first_seen,
        "first_outlet": claim.first_outlet,
        "outlets": sorted({c["outlet"] for c in independent}),
        "articles": len({c["article_id"] for c in citations}),
        "citations": [{k: v for k, v in c.items() if k != "duplicate_of_id"} for c in citations],
    }


def change_rows(session: Session, where: ChangeFilter) -> list[dict[str, Any]]:
    query = filter_changes(select(FigureChange, Article).join(Article), where)
    query = query.order_by(FigureChange.detected_at.desc(), FigureChange.id.desc())
    if where.limit:
        query = query.limit(where.limit)
    return [change_row(change, article) for change, article in session.execute(query).all()]


def filter_changes(query: SelectT, where: ChangeFilter) -> SelectT:
    """`query` (selecting from figure changes joined to their articles) narrowed to the
    changes matching `where` (no order, no limit)."""
    if where.since:
        query = query.where(FigureChange.detected_at >= where.since)
    if where.until:
        query = query.where(FigureChange.detected_at < where.until)
    if where.outlets:
        query = query.where(Article.outlet.in_(where.outlets))
    if where.category:
        query = query.where(FigureChange.category == where.category)
    if where.topic:
        query = query.where(select(ArticleTopic.article_id).where(
            ArticleTopic.article_id == FigureChange.article_id,
            ArticleTopic.topic == where.topic).exists())
    return query


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


# -- reports and alerts (read side) -------------------------------------------
BLANK_KINDS = ("articles", "mentions", "claims", "changes", "runs")


def blank_row(kind: str) -> dict[str, Any]:
    """A row of `kind` (articles, mentions, claims, changes, runs) with every column and no
    values: the columns of an export that has no rows."""
    if kind == "articles":
        return article_row(Article())
    if kind == "mentions":
        return mention_row(Mention(), Article())
    if kind == "claims":
        return claim_row(Claim(), [])
    if kind == "changes":
        return _cited(change_row(FigureChange(), Article()), Article(), None)
    if kind == "runs":
        return run_row(CrawlRun())
    raise ValueError(f"no rows of kind {kind!r}")


def _cited(row: dict[str, Any], article: Article, sentence: str | None) -> dict[str, Any]:
    return {**row, "published_at": article.published_at, "sentence": sentence}


def cited_change_rows(session: Session, where: ChangeFilter,
                      topic: str | None = None) -> list[dict[str, Any]]:
    """`change_rows` plus each change's citation: `published_at` and the `sentence` stating
    the new figure in the story's current version (None when no mention states it)."""
    if topic:
        where = replace(where, topic=topic)
    query = filter_changes(select(FigureChange, Article).join(Article), where)
    query = query.order_by(FigureChange.detected_at.desc(), FigureChange.id.desc())
    if where.limit:
        query = query.limit(where.limit)
    return cited_changes_of(session, [(c, a) for c, a in session.execute(
        query.options(*CITING_ARTICLE)).all()])


def cited_changes_of(session: Session, changes: list[tuple[FigureChange, Article]]
                     ) -> list[dict[str, Any]]:
    """The cited rows of `changes` (each with its article), in their order."""
    sentences = _current_sentences(session, sorted({a.id for _c, a in changes}))
    return [_cited(change_row(c, a), a,
                   sentences.get((a.id, c.category, c.new_low, c.new_high)))
            for c, a in changes]


CURRENT_MENTIONS = (select(Mention).join(Article)
                    .where(Mention.article_id.in_(bindparam("ids", expanding=True)),
                           Mention.version == Article.version)
                    .order_by(Mention.in_title, Mention.start))  # text before title


def _current_sentences(session: Session, article_ids: list[int]
                       ) -> dict[tuple[int, str, int | None, int | None], str]:
    out: dict[tuple[int, str, int | None, int | None], str] = {}
    for chunk in _in_chunks(article_ids):
        for m in session.scalars(CURRENT_MENTIONS, {"ids": chunk}):
            out.setdefault((m.article_id, m.category, m.low, m.high), m.sentence)
    return out


def last_new_article_at(session: Session) -> dict[str, datetime]:
    """Per outlet, when its most recent new article was first seen: one seek of
    ix_articles_outlet_first_seen_at per outlet, the outlets found by skipping through the
    same index (a GROUP BY would read every article)."""
    outlets = distinct_values(Article.outlet, "outlets")
    newest = (select(func.max(Article.first_seen_at)).where(Article.outlet == outlets.c.value)
              .scalar_subquery())
    query = select(outlets.c.value, newest)
    return {outlet: when for outlet, when in session.execute(query).all() if when is not None}


def distinct_values(column: Any, name: str) -> Any:
    """The distinct non-null values of an indexed `column` (a subquery with one column,
    `value`), found by skipping through the index: one seek per value, where DISTINCT or
    GROUP BY would read every row (a recursive CTE; SQLite and PostgreSQL)."""
    values = select(func.min(column).label("value")).cte(name, recursive=True)
    following = select(func.min(column)).where(column > values.c.value).scalar_subquery()
    values = values.union_all(select(following.label("value"))
                              .where(values.c.value.is_not(None)))
    return select(values.c.value).where(values.c.value.is_not(None)).subquery(f"{name}_found")


def first_run_at(session: Session) -> dict[str, datetime]:
    """Per outlet, when the first recorded crawl run that included it started."""
    out: dict[str, datetime] = {}
    query = select(CrawlRun.started_at, CrawlRun.outlets).order_by(CrawlRun.started_at)
    for started_at, outlets in session.execute(query).all():
        for outlet in outlets or {}:
            out.setdefault(outlet, started_at)
    return out


def outlet_health(session: Session, until: datetime | None = None,
                  scan: int = 500) -> list[dict[str, Any]]:
    """Per outlet: its last crawl run (started before `until`), that run's counts and
    errors, and when its last new article was seen. Looks at the last `scan` runs."""
    latest = last_run_per_outlet(session, until, scan)
    last_new = last_new_article_at(session)
    return [_health_row(name, latest.get(name), last_new.get(name))
            for name in sorted(set(latest) | set(last_new))]


def last_run_per_outlet(session: Session, until: datetime | None = None,
                        scan: int = 500) -> dict[str, tuple[CrawlRun, dict[str, Any]]]:
    """Per outlet, its latest crawl run (started before `until`) and that run's summary of
    it; looks at the last `scan` runs."""
    query = select(CrawlRun).order_by(CrawlRun.started_at.desc(), CrawlRun.id.desc()).limit(scan)
    if until:
        query = query.where(CrawlRun.started_at < until)
    latest: dict[str, tuple[CrawlRun, dict[str, Any]]] = {}
    for run in session.scalars(query):
        for outlet, summary in (run.outlets or {}).items():
            latest.setdefault(outlet, (run, summary if isinstance(summary, dict) else {}))
    return latest


def _health_row(outlet: str, last: tuple[CrawlRun, dict[str, Any]] | None,
                last_new: datetime | None) -> dict[str, Any]:
    run, summary = last if last else (None, {})
    errors = summary.get("errors") or {}
    run_errors = (run.errors or {}).get(outlet) if run else None
    if run_errors:
        errors = {**errors, "run": run_errors}
    return {
        "outlet": outlet,
        "run_id": run.id if run else None,
        "started_at": run.started_at if run else None,
        "run_status": run.status if run else None,
        "status": summary.get("finish_reason") or summary.get("status"),
        **{k: summary.get(k) for k in ("discovered", "fetched", "stored", "new", "mentions")},
        "errors": errors,
        "error_count": sum(v for v in errors.values() if isinstance(v, int)),
        "last_new_article_at": last_new,
    }


@dataclass(frozen=True, slots=True)
class StoredStory:
    article_id: int
    age: timedelta          # since publication (or first sight)
    etag: str | None
    last_modified: str | None


def stored_story(session: Session, url: str) -> StoredStory | None:
    """What incremental crawling needs to know of a stored URL (key or alias), or None."""
    return stored_stories(session, [url]).get(url)


IN_LIST_MAX = 500  # URLs per IN (...) list: one statement's parameters stay bounded
_URLS: BindParameter[list[str]] = bindparam("urls", expanding=True)
_STORY_COLUMNS = (Article.id, _published(), Article.etag, Article.last_modified)
STORED_STORIES = union_all(
    select(Article.url, literal_column("0", Integer), *_STORY_COLUMNS)
    .where(Article.url.in_(_URLS)),
    select(ArticleUrl.url, literal_column("1", Integer), *_STORY_COLUMNS)
    .join(ArticleUrl, ArticleUrl.article_id == Article.id).where(ArticleUrl.url.in_(_URLS)),
)


def stored_stories(session: Session, urls: Iterable[str]) -> dict[str, StoredStory]:
    """`stored_story` for many URLs, one query per IN_LIST_MAX of them; unknown URLs are
    left out. A URL that is one story's key and another's alias is the first one's."""
    now = datetime.now(UTC)
    found: dict[str, StoredStory] = {}
    for chunk in _in_chunks(urls):
        rows = session.execute(STORED_STORIES, {"urls": chunk}).all()
        for url, _by_alias, article_id, published, etag, last_modified in sorted(
                rows, key=lambda row: row[1]):
            published = published if published.tzinfo else published.replace(tzinfo=UTC)
            found.setdefault(url, StoredStory(article_id, now - published, etag, last_modified))
    return found


ValueT = TypeVar("ValueT", str, int)


def _in_chunks(values: Iterable[ValueT]) -> Iterator[list[ValueT]]:
    unique = list(dict.fromkeys(values))
    for start in range(0, len(unique), IN_LIST_MAX):
        yield unique[start:start + IN_LIST_MAX]


def article_detail(session: Session, article_id: int) -> dict[str, Any] | None:
    """One article's row plus its current mentions (`mentions`), or None when unknown."""
    article = session.get(Article, article_id)
    if article is None:
        return None
    mentions = [mention_row(m, article) for m in article.mentions
                if m.version == article.version]
    return {**article_row(article), "mentions": mentions}


# -- scheduled runs (scheduler.py, `newsmon runs`) ------------------------------
def record_run_result(session: Session, run_id: int, *, status: str | None,
                      exit_code: int | None, duration_s: float,
                      errors: dict[str, Any] | None = None) -> str:
    """Store how a crawl child ended; `status` None keeps the one the child recorded (a run
    the child left 'running' becomes 'failed'). Returns the final status."""
    run = session.get(CrawlRun, run_id, with_for_update=True)
    if run is None:
        return status or "failed"
    run.status = status or (run.status if run.status != "running" else "failed")
    run.exit_code = exit_code
    run.duration_s = round(duration_s, 3)
    run.finished_at = run.finished_at or datetime.now(UTC)
    if errors:
        run.errors = {**(run.errors or {}), **errors}
    return run.status


def run_row(run: CrawlRun) -> dict[str, Any]:
    return {
        "id": run.id,
        "trigger": run.trigger,
        "started_at": run.started_at,
        "finished_at": run.finished_at,
        "status": run.status,
        "outlets": run.outlets or {},
        "exit_code": run.exit_code,
        "duration_s": run.duration_s,
        "errors": run.errors or {},
        "worker": run.worker,
        "job_id": run.job_id,
    }


def run_rows(session: Session, limit: int = 20) -> list[dict[str, Any]]:
    """The latest crawl runs, newest first (`newsmon runs`)."""
    return [run_row(r) for r in recent_runs(session, limit)]


def remember_rejection(session: Session, url: str, outlet: str, reason: str) -> None:
    """Note that `url` was fetched and not stored (kept until the recheck window passes).
    One upsert: two crawls rejecting the same URL at once (two outlets on one site) both
    succeed, the later one's reason and time kept."""
    now = datetime.now(UTC)
    dialect = session.get_bind().dialect.name
    if dialect in ("sqlite", "postgresql"):
        from sqlalchemy.dialects import postgresql, sqlite

        module: Any = sqlite if dialect == "sqlite" else postgresql
        stmt = module.insert(RejectedUrl).values(url=url, outlet=outlet, reason=reason,
                                                 seen_at=now)
        session.execute(stmt.on_conflict_do_update(
            index_elements=[RejectedUrl.url],
            set_={"reason": stmt.excluded.reason, "seen_at": stmt.excluded.seen_at}))
        return
    row = session.get(RejectedUrl, url)  # other databases
    if row is None:
        session.add(RejectedUrl(url=url, outlet=outlet, reason=reason, seen_at=now))
    else:
        row.reason, row.seen_at = reason, now


def rejected_since(session: Session, url: str) -> datetime | None:
    """When `url` was last fetched and rejected, if it was."""
    return rejections_since(session, [url]).get(url)


REJECTIONS = select(RejectedUrl.url, RejectedUrl.seen_at).where(
    RejectedUrl.url.in_(bindparam("urls", expanding=True)))


def rejections_since(session: Session, urls: Iterable[str]) -> dict[str, datetime]:
    """`rejected_since` for many URLs, one query per IN_LIST_MAX of them; URLs never
    rejected are left out."""
    found: dict[str, datetime] = {}
    for chunk in _in_chunks(urls):
        found.update((url, seen) for url, seen in session.execute(REJECTIONS, {"urls": chunk}))
    return found


# -- alerts -------------------------------------------------------------------------
ALERT_BATCH = 500   # claims per `undelivered_claim_rows` call


def undelivered_claim_rows(session: Session, alert: str, topic: str | None = None,
                           categories: list[str] | tuple[str, ...] = (),
                           min_figure: int | None = None, *, after_id: int = 0,
                           limit: int = ALERT_BATCH) -> list[dict[str, Any]]:
    """Up to `limit` claims with an id above `after_id`, by id, matching an alert's topic
    (via their articles), categories and minimum figure, that have no `alert_deliveries`
    row ("claim:<id>") for `alert` yet. Call again after the last id for the next batch."""
    from storage.models import AlertDelivery

    delivered = select(AlertDelivery.key).where(AlertDelivery.alert == alert)
    query = (select(Claim)
             .where(Claim.id > after_id,
                    (literal("claim:", String) + cast(Claim.id, String)).not_in(delivered))
             .order_by(Claim.id).limit(limit))
    if categories:
        query = query.where(Claim.category.in_(list(categories)))
    if min_figure is not None:
        query = query.where(func.coalesce(Claim.high, Claim.low) >= min_figure)
    if topic:
        query = query.where(_tagged(Claim.id, topic))
    return claim_rows_of(session, list(session.scalars(query)))


def close_lost_job_runs(session: Session, job_id: str) -> list[int]:
    """A job delivered again after its worker died: the runs it left `running` are failed."""
    lost = list(session.scalars(select(CrawlRun).where(CrawlRun.job_id == job_id,
                                                       CrawlRun.status == "running")))
    for run in lost:
        run.status = "failed"
        run.finished_at = datetime.now(UTC)
        run.errors = {**run.errors, "worker_lost": f"worker {run.worker} died during the job; "
                                                   "the job was delivered again"}
    return [run.id for run in lost]


def run_summary(session: Session, run_id: int, outlet: str) -> tuple[str, dict[str, Any]]:
    """A run's status and its summary of one outlet."""
    run = session.get(CrawlRun, run_id)
    if run is None:
        return "failed", {}
    summary = (run.outlets or {}).get(outlet)
    return run.status, summary if isinstance(summary, dict) else {}


def worker_job_counts(session: Session, since: datetime) -> list[dict[str, Any]]:
    """Per worker, its jobs running now and those done since `since` (by status)."""
    rows = session.execute(
        select(CrawlRun.worker, CrawlRun.status, func.count())
        .where(CrawlRun.worker.is_not(None),
               or_(CrawlRun.status == "running", CrawlRun.started_at >= since))
        .group_by(CrawlRun.worker, CrawlRun.status).order_by(CrawlRun.worker))
    counts: dict[str, dict[str, Any]] = {}
    for worker, status, n in rows:
        entry = counts.setdefault(str(worker), {"worker": worker, "running": 0, "done": 0,
                                           "by_status": {}})
        if status == "running":
            entry["running"] += n
        else:
            entry["done"] += n
            entry["by_status"][status] = n
    return list(counts.values())


def close_abandoned_runs(session: Session, started_before: datetime) -> list[int]:
    """Runs still `running` that started before `started_before` lost their process (it was
    killed, or the machine went down): record them as failed, so history tells the truth."""
    stale = list(session.scalars(select(CrawlRun).where(CrawlRun.status == "running",
                                                        CrawlRun.started_at < started_before)))
    for run in stale:
        run.status = "failed"
        run.finished_at = datetime.now(UTC)
        run.errors = {**run.errors, "abandoned": "the crawl's process ended without recording it"}
    return [run.id for run in stale]
