"""The rows `storage.ingest.ingest_article` writes for new stories, computed in memory and
written in bulk into a fresh database (bench/build_db.py).

Storing one story through `ingest_article` takes about 15 statements (lookups of the story,
its near-duplicate candidates and each figure's claim), so a million of them take hours on
SQLite and longer on PostgreSQL, where each statement is a round trip. This module keeps
what those lookups read in memory instead (the LSH band table, the candidates' signatures,
the claims within their window) and applies the same rules in the same order: near-duplicate
candidates ranked by shared bands (at most MAX_CANDIDATES, compared at the threshold), the
claim rules of `storage.figures.claim_specs`, the earliest claim of a figure seen within
the window, widened to the new article. tests/test_bulk_load.py checks that every table
comes out as the per-article ingest writes it.

Only new stories in publication order are handled (what a benchmark corpus is): a story
whose URL is known, or that was published before the stored copy it matches, is refused
rather than handled differently from `ingest_article`.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import Connection, Table, insert, select, text, update
from sqlalchemy.orm import Session

from pipelines.dedup import similarity
from storage.browse import refresh_counts
from storage.figures import ClaimSpec, claim_specs
from storage.ingest import MAX_CANDIDATES, METADATA_FIELDS, mention_columns
from storage.kept_estimates import refresh_kept
from storage.models import Article, ArticleTopic, ArticleUrl, Base, Claim, Mention, SketchBand
from storage.points import backfill_points
from storage.records import ArticleRecord, EstimateFilter, IngestOptions

ClaimKey = tuple[str, int, int | None, str, str]
SERIAL_TABLES = ("articles", "mentions", "claims")
WALL_CLOCK = {"first_seen_at", "created_at", "replaced_at", "detected_at", "seen_at",
              "built_at", "counted_at"}
UNORDERED = {"estimate_points", "estimate_marks"}


class NotBulkLoadable(ValueError):
    """A record the bulk load cannot store as `ingest_article` would (see the module doc)."""


@dataclass(slots=True)
class OpenClaim:
    """A claim as the window lookup sees it."""

    id: int
    first_seen: datetime
    last_seen: datetime


@dataclass(slots=True)
class Rows:
    """The rows of a run of stories, table by table, in the order they are inserted."""

    articles: list[dict[str, Any]] = field(default_factory=list)
    urls: list[dict[str, Any]] = field(default_factory=list)
    topics: list[dict[str, Any]] = field(default_factory=list)
    bands: list[dict[str, Any]] = field(default_factory=list)
    claims: list[dict[str, Any]] = field(default_factory=list)
    widened: dict[int, dict[str, Any]] = field(default_factory=dict)  # claim id -> new values
    mentions: list[dict[str, Any]] = field(default_factory=list)


class BulkLoad:
    """The state `ingest_article`'s lookups read, for stories stored in publication order."""

    def __init__(self, options: IngestOptions | None = None) -> None:
        self.options = options or IngestOptions()
        self.window = timedelta(days=self.options.claim_window_days)
        self.article_id = self.mention_id = self.claim_id = 0
        self.urls: set[str] = set()
        self.bands: dict[int, int | list[int]] = {}   # _band_key -> article ids
        self.signatures: dict[int, bytes] = {}
        self.originals: dict[int, int] = {}      # article id -> duplicate_of_id
        self.published: dict[int, datetime | None] = {}
        self.claims: dict[ClaimKey, list[OpenClaim]] = {}
        self.pending = Rows()

    def add(self, record: ArticleRecord, specs: list[ClaimSpec | None] | None = None) -> None:
        """The rows of one new story (see `take` for them); `specs`: its mentions'
        `claim_specs`, when they were worked out ahead (in another process)."""
        wanted = [u for u in dict.fromkeys([record.url, *record.aliases]) if u]
        if any(u in self.urls for u in wanted):
            raise NotBulkLoadable(f"{record.url}: a stored story's URL (an update, not new)")
        original = self._near_duplicate(record)
        if original is not None and _before(record.published_at, self.published[original]):
            raise NotBulkLoadable(f"{record.url}: published before the copy it matches")
        self.article_id += 1
        article_id = self.article_id
        self.urls.update(wanted)
        self._article(article_id, record, original)
        self.pending.urls += [{"url": u, "article_id": article_id} for u in wanted]
        self.pending.topics += [{"article_id": article_id, "topic": t}
                                for t in dict.fromkeys(record.topics)]
        self._bands(article_id, record)
        self._mentions(article_id, record,
                       claim_specs(record.mentions) if specs is None else specs)

    def take(self) -> Rows:
        """The rows added since the last call."""
        rows, self.pending = self.pending, Rows()
        return rows

    # -- stories ------------------------------------------------------------------
    def _article(self, article_id: int, record: ArticleRecord, original: int | None) -> None:
        now = datetime.now(UTC)
        values = {name: getattr(record, name) for name in METADATA_FIELDS}
        values.update(id=article_id, url=record.url, outlet=record.outlet, text=record.text,
                      published_at=record.published_at, content_hash=record.content_hash,
                      minhash=record.minhash, duplicate_of_id=original, version=1,
                      first_seen_at=now, fetched_at=record.fetched_at or now,
                      checked_at=record.fetched_at)
        self.pending.articles.append(values)
        self.originals[article_id] = original or 0
        self.published[article_id] = record.published_at
        if record.minhash:
            self.signatures[article_id] = record.minhash

    def _bands(self, article_id: int, record: ArticleRecord) -> None:
        for band, value in enumerate(record.bands):
            self.pending.bands.append({"article_id": article_id, "band": band, "hash": value})
            key = _band_key(band, value)
            held = self.bands.get(key)
            if held is None:
                self.bands[key] = article_id
            elif isinstance(held, int):
                self.bands[key] = [held, article_id]
            else:
                held.append(article_id)

    def _near_duplicate(self, record: ArticleRecord) -> int | None:
        """`storage.ingest._near_duplicate` over the in-memory band table."""
        if not (record.minhash and record.bands):
            return None
        shared: dict[int, int] = {}
        for band, value in enumerate(record.bands):
            held = self.bands.get(_band_key(band, value))
            for other in [held] if isinstance(held, int) else held or ():
                shared[other] = shared.get(other, 0) + 1
        ranked = sorted(shared, key=lambda a: (-shared[a], a))[:MAX_CANDIDATES]
        best: tuple[float, int] | None = None
        for other in sorted(ranked):  # the order the database returns `id IN (...)`
            signature = self.signatures.get(other)
            if signature is None:
                continue
            score = similarity(record.minhash, signature)
            if score >= self.options.duplicate_threshold and (best is None or score > best[0]):
                best = (score, self.originals[other] or other)
        return best[1] if best else None

    # -- mentions and claims ----------------------------------------------------------
    def _mentions(self, article_id: int, record: ArticleRecord,
                  specs: list[ClaimSpec | None]) -> None:
        if not record.mentions:
            return
        seen = record.published_at or self.pending.articles[-1]["first_seen_at"]
        found: dict[ClaimSpec, int] = {}
        for mention, spec in zip(record.mentions, specs, strict=True):
            claim = None
            if spec is not None:
                if spec not in found:
                    found[spec] = self._claim_for(spec, article_id, record.outlet, seen)
                claim = found[spec]
            self.mention_id += 1
            self.pending.mentions.append({
                "id": self.mention_id, **mention_columns(mention), "article_id": article_id,
                "version": 1, "extractor_version": record.mentions_version, "claim_id": claim})

    def _claim_for(self, spec: ClaimSpec, article_id: int, outlet: str,
                   seen: datetime) -> int:
        """`storage.ingest._claim_for`: the earliest claim of the figure within the window."""
        key = (spec.category, spec.low, spec.high, spec.qualifier, spec.group_key)
        held = self.claims.setdefault(key, [])
        earliest, latest = seen - self.window, seen + self.window
        held[:] = [c for c in held if c.last_seen >= earliest]  # stories come in date order
        matching = [c for c in held if c.first_seen <= latest]
        if not matching:
            return self._new_claim(spec, article_id, outlet, seen, held)
        claim = min(matching, key=lambda c: (c.first_seen, c.id))
        self._widen(claim, article_id, outlet, seen)
        return claim.id

    def _new_claim(self, spec: ClaimSpec, article_id: int, outlet: str, seen: datetime,
                   held: list[OpenClaim]) -> int:
        self.claim_id += 1
        held.append(OpenClaim(self.claim_id, seen, seen))
        self.pending.claims.append({
            "id": self.claim_id, "category": spec.category, "low": spec.low,
            "high": spec.high, "qualifier": spec.qualifier, "figure_key": spec.figure_key,
            "group_key": spec.group_key, "group_name": spec.group, "first_seen": seen,
            "last_seen": seen, "first_outlet": outlet, "first_article_id": article_id,
            "created_at": datetime.now(UTC)})
        return self.claim_id

    def _widen(self, claim: OpenClaim, article_id: int, outlet: str, seen: datetime) -> None:
        values: dict[str, Any] = {}
        if seen < claim.first_seen:
            claim.first_seen = seen
            values.update(first_seen=seen, first_outlet=outlet, first_article_id=article_id)
        if seen > claim.last_seen:
            claim.last_seen = seen
            values["last_seen"] = seen
        if values:
            self.pending.widened.setdefault(claim.id, {}).update(values)


def _band_key(band: int, value: int) -> int:
    """(band, hash) as one int (a million stories hold 32 million of them)."""
    return value << 8 | band


def _before(published: datetime | None, other: datetime | None) -> bool:
    return bool(published and other and published < other)


# -- writing ----------------------------------------------------------------------
def write_rows(conn: Connection, rows: Rows) -> None:
    """Insert `rows` (PostgreSQL: COPY) and apply the claims' widenings, in FK order."""
    pending_claims = {row["id"] for row in rows.claims}
    for claim in rows.claims:  # a claim created and widened in this run: insert it widened
        claim.update(rows.widened.get(claim["id"], {}))
    tables: list[tuple[Any, list[dict[str, Any]]]] = [
        (Article.__table__, rows.articles), (ArticleUrl.__table__, rows.urls),
        (ArticleTopic.__table__, rows.topics), (SketchBand.__table__, rows.bands),
        (Claim.__table__, rows.claims), (Mention.__table__, rows.mentions)]
    for table, values in tables:
        if values:
            _insert(conn, table, values)
    widened = [{"claim": claim_id, **v} for claim_id, v in rows.widened.items()
               if claim_id not in pending_claims]
    for names, group in _by_columns(widened).items():
        statement = update(Claim).where(Claim.id == _param("claim"))
        conn.execute(statement.values({n: _param(n) for n in names}), group)


def _param(name: str) -> Any:
    from sqlalchemy import bindparam

    return bindparam(name)


def _by_columns(rows: Iterable[dict[str, Any]]) -> dict[tuple[str, ...], list[dict[str, Any]]]:
    groups: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    for row in rows:
        names = tuple(sorted(k for k in row if k != "claim"))
        groups.setdefault(names, []).append(row)
    return groups


def _insert(conn: Connection, table: Table, values: list[dict[str, Any]]) -> None:
    if conn.dialect.name == "sqlite":
        _insert_sqlite(conn, table, values)
        return
    if conn.dialect.name != "postgresql":
        conn.execute(insert(table), values)
        return
    names = list(values[0])
    columns = ", ".join(f'"{n}"' for n in names)
    raw = conn.connection.dbapi_connection
    assert raw is not None
    with raw.cursor() as cursor, cursor.copy(  # type: ignore[attr-defined]
            f"COPY {table.name} ({columns}) FROM STDIN") as copy:
        for row in values:
            copy.write_row([row[n] for n in names])


def _insert_sqlite(conn: Connection, table: Table, values: list[dict[str, Any]]) -> None:
    """One executemany on the driver, values bound as SQLAlchemy binds them (the column
    types' processors: UTC datetimes as SQLAlchemy's SQLite text), without its per-row cost."""
    names = list(values[0])
    processors = [table.c[n].type.bind_processor(conn.dialect) for n in names]
    columns = ", ".join(f'"{n}"' for n in names)
    marks = ", ".join("?" for _ in names)
    rows = [tuple(v if p is None or v is None else p(v)
                  for p, v in zip(processors, (row[n] for n in names), strict=True))
            for row in values]
    conn.exec_driver_sql(f"INSERT INTO {table.name} ({columns}) VALUES ({marks})", rows)


def table_rows(conn: Connection) -> Iterator[tuple[str, list[dict[str, Any]]]]:
    """Every table's rows by primary key, without the columns that hold the time of writing
    (what a bulk load and `ingest_article` must agree on). Estimate points are compared
    without their ids, in content order: `finish` folds them figure by figure (the
    migration's backfill), ingest as the stories arrive."""
    for table in Base.metadata.sorted_tables:
        skip = WALL_CLOCK | ({"id"} if table.name in UNORDERED else set())
        columns = [c for c in table.columns if c.name not in skip]
        rows = [dict(row._mapping) for row in
                conn.execute(select(*columns).order_by(*table.primary_key.columns))]
        if table.name in UNORDERED:
            rows.sort(key=repr)
        yield table.name, rows


def finish(conn: Connection, estimates: EstimateFilter) -> None:
    """After the last rows: the id sequences continue after the loaded ids, the estimate
    points are folded from the stored sightings (storage.points.backfill_points, as
    migration 0009 does for a database stored before it), and the kept estimates are built
    for `estimates`' configuration (storage.kept_estimates) and the home page's counts kept
    (storage.browse.refresh_counts), as the end of a crawl does."""
    reset_sequences(conn)
    backfill_points(conn)
    refresh_kept(conn, estimates)
    with Session(bind=conn) as session:
        refresh_counts(session)
        session.commit()


def reset_sequences(conn: Connection) -> None:
    """PostgreSQL: the id sequences continue after the ids the bulk load gave."""
    if conn.dialect.name != "postgresql":
        return
    for table in SERIAL_TABLES:
        conn.execute(text(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                          f"COALESCE((SELECT max(id) FROM {table}), 0) + 1, false)"))
