"""Word search over articles' title and text: SQLite FTS5, PostgreSQL `tsvector` with GIN.

What a search means, the same on both backends:
- the search text is split into words: runs of letters and digits. Everything else (spaces,
  punctuation, quotes, `*`, `-`, `%`, NUL) only separates words and is never query syntax,
  so no input can make a query fail; `NEAR`, `AND`, `OR`, `NOT` are plain words;
- an article matches when every word is a word of its title or text, case-insensitively;
  the last word also matches as a prefix (`pyong` finds "Pyongyang"); accents count
  (`kyiv` does not find "Kyïv"). It is not a substring search: `yang` does not find
  "Pyongyang";
- text without any word (`***`) matches no article; blank text is no filter.

The indexes (migration 0008_search_indexes):
- SQLite: `articles_fts`, an external-content FTS5 table over articles(title, text) with the
  unicode61 tokenizer, kept in step by triggers on `articles`. A batch migration that copies
  `articles` to a new table drops those triggers: create them again after it (their SQL is
  in migration 0008_search_indexes; tests/test_search.py checks that they exist at head).
- PostgreSQL: `articles.search_vector`, a stored generated column,
  to_tsvector('simple', left(coalesce(title, '') || ' ' || coalesce(text, ''), 100000)),
  with a GIN index (the 'simple' configuration: lower-cased words, no stemming or stop
  words, like unicode61). A stored column rather than an index on that expression: a
  first page in date order walks the date index and tests each row, and reading a stored
  vector costs ~10 us where parsing the text again costs ~200 us (measured at 100k
  articles: 9.7 ms against 179 ms for a word in 10% of the articles). Its price: the
  migration rewrites `articles` once. PostgreSQL computes the column, so it is not in
  storage.models (nor compared by `alembic check`, storage/migrations/env.py). A `tsvector`
  holds at most 1 MB, so only the first DOCUMENT_CHARS characters are indexed there.
- Other databases: every word as a case-insensitive substring (LIKE), without an index.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from math import inf
from typing import Any

from sqlalchemy import (
    Boolean,
    ColumnElement,
    Select,
    and_,
    case,
    false,
    func,
    literal_column,
    or_,
)
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session
from sqlalchemy.sql import column, select, table
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.visitors import InternalTraversal

WORD = re.compile(r"[^\W_]+")
MAX_WORDS = 32          # words beyond these are ignored (a query stays small)
DOCUMENT_CHARS = 100_000  # PostgreSQL indexes this much of title + text (tsvector <= 1 MB)
TS_CONFIG = "'simple'"    # the text search configuration of the column (migration 0008)
SEARCH_COLUMN = "search_vector"
FTS_TABLE = "articles_fts"
VOCAB_TABLE = "articles_fts_vocab"  # its terms (fts5vocab, migration 0011)
# SQLite: a search with more matches than this walks the date index with the matches as a
# set; one with fewer fetches its matches and sorts them. Measured at 100k articles: a set
# costs ~0.6 us per match plus ~0.3 us per article walked (100 / density of them), a fetch
# ~5 us per match, so the two cost the same near 2,000-3,000 matches at 1M articles.
DENSE_MATCHES = 2000
# ... and a set of every match grows with the database (0.25 us a match: 32 ms for a word in
# 13% of 1M articles), so a page in date order takes only the matches from the lowest id among
# the articles it should walk (SearchPlan.WINDOW): WALK_MARGIN times limit / density of them,
# plus WALK_EXTRA, the density estimated from the newest DENSITY_IDS ids. Only if the page walks
# past them is the set of every match built too (never more than SET costs, and a window).
# A prefix of many terms reads its whole doclist even for a window, so it is read as a set.
DENSITY_IDS = 4096       # the newest ids whose matches estimate a search's density
WALK_MARGIN, WALK_EXTRA = 1.25, 256
MAX_WALK = 100_000     # a search expected to walk more articles reads every match as a set
# Finding that lowest id walks those articles once more: measured at 100k articles, ~0.15 us
# an article against ~0.25 us a match for the set, so a window is chosen only where it is the
# cheaper (a first page of 50 always; the facets' 1,000 newest matches of a word in 13% of the
# articles from ~60k articles on).
WALK_US, SET_US = 0.15, 0.25
MAX_PREFIX_TERMS = 64  # a last word that begins more terms stays an FTS5 prefix query


def search_words(text: str) -> list[str]:
    """The words of a search text, lower-cased, in order (at most MAX_WORDS)."""
    return WORD.findall(unicodedata.normalize("NFC", text).lower())[:MAX_WORDS]


def fts5_query(words: list[str]) -> str:
    """An FTS5 query requiring every word, the last also as a prefix: '"a" "b"*'.
    Each word is a quoted string, so FTS5 reads no operator in it."""
    quoted = [_quoted(w) for w in words]
    quoted[-1] += "*"
    return " ".join(quoted)


def tsquery(words: list[str]) -> str:
    """A `to_tsquery` text requiring every word, the last also as a prefix: "'a' & 'b':*".
    Each word is a quoted lexeme, so no operator is read in it."""
    quoted = ["'" + w.replace("'", "''").replace("\\", "\\\\") + "'" for w in words]
    quoted[-1] += ":*"
    return " & ".join(quoted)


def _search_vector(article_id: Any) -> Any:
    """The stored `search_vector` column of the articles table `article_id` belongs to
    (PostgreSQL only, so not in storage.models: see the module's docstring)."""
    return literal_column(f"{article_id.table.name}.{SEARCH_COLUMN}")


class PerBackend(ColumnElement[bool]):
    """A condition spelled per backend, compiled as the one for the backend at hand: the
    word search (FTS5 MATCH on SQLite, `@@ to_tsquery` on PostgreSQL, LIKE per word
    elsewhere), a membership SQLite should check while walking an index (walked_in)."""

    __visit_name__ = "per_backend"
    inherit_cache = True
    type = Boolean()
    _is_implicitly_boolean = True  # a condition: no "= 1" after it (SQLite would not use it)
    _traverse_internals = [
        ("sqlite", InternalTraversal.dp_clauseelement),
        ("postgresql", InternalTraversal.dp_clauseelement),
        ("fallback", InternalTraversal.dp_clauseelement),
    ]

    def __init__(self, sqlite: Any, postgresql: Any, fallback: Any) -> None:
        self.sqlite = sqlite
        self.postgresql = postgresql
        self.fallback = fallback


@compiles(PerBackend)
def _compile_fallback(element: PerBackend, compiler: SQLCompiler, **kw: Any) -> str:
    return compiler.process(element.fallback, **kw)


@compiles(PerBackend, "sqlite")
def _compile_sqlite(element: PerBackend, compiler: SQLCompiler, **kw: Any) -> str:
    return compiler.process(element.sqlite, **kw)


@compiles(PerBackend, "postgresql")
def _compile_postgresql(element: PerBackend, compiler: SQLCompiler, **kw: Any) -> str:
    return compiler.process(element.postgresql, **kw)


FTS = table(FTS_TABLE, column("rowid"))
VOCAB = table(VOCAB_TABLE, column("term"))


def _fts_matches(query: str) -> Any:
    """SELECT rowid FROM articles_fts WHERE articles_fts MATCH `query`."""
    return select(FTS.c.rowid).where(literal_column(FTS_TABLE).op("MATCH")(query))


@dataclass(frozen=True, slots=True)
class SearchPlan:
    """How SQLite reads a search's page (storage.queries.filter_articles), chosen by
    `plan_search`:
    - FETCH: few matches; fetch them all and sort them;
    - SET: many; walk the page's order, each article checked against the set of matches;
    - WINDOW: many, and the page walks the date index: each article from `lo` up is checked
      against the set of the matches from `lo` up (the lowest id among the articles the page
      is expected to walk); one below it, if the page walks that far, against the set of
      every match (SQLite builds a subquery's set when first asked, so only then). The answer
      is the same as SET's whatever `lo` is; its cost no longer grows with the matches of
      the whole database.
    `fts`: the FTS5 query, its last word's prefix expanded to its terms where they are few
    (`expanded_query`): FTS5 reads a prefix's whole doclist, even for a window of ids, so
    WINDOW needs exact terms."""

    how: str
    fts: str
    lo: int | None = None


FETCH, SET, WINDOW = "fetch", "set", "window"


def plan_search(session: Session, search: str | None, limit: int | None,
                walk: Select[Any] | None = None) -> SearchPlan | None:
    """SQLite: the plan of a page of `limit` articles matching `search` (None when the search
    has no word, and on other backends, whose statistics decide). FETCH when at most
    DENSE_MATCHES match (counted no further). Else WINDOW when `walk` is given (the page's
    article ids in its order from its cursor, without the search: the date order) and the
    matches' density, estimated from the newest DENSITY_IDS ids, makes the page walk at most
    MAX_WALK articles, and walking them costs less than a set of every match (WALK_US,
    SET_US); else SET."""
    words = search_words(search or "")
    if not words or session.get_bind().dialect.name != "sqlite":
        return None
    query, exact = expanded_query(session, words)
    first = _fts_matches(query).limit(DENSE_MATCHES + 1).subquery()
    if (session.scalar(select(func.count()).select_from(first)) or 0) <= DENSE_MATCHES:
        return SearchPlan(FETCH, query)
    if not exact or walk is None:
        return SearchPlan(SET, query)
    top = int(session.scalar(select(func.max(literal_column("id")))
                             .select_from(table("articles"))) or 0)
    window = min(DENSITY_IDS, top) or 1
    recent = _fts_matches(query).where(FTS.c.rowid > top - window).subquery()
    density = (session.scalar(select(func.count()).select_from(recent)) or 0) / window
    walked = WALK_MARGIN * ((limit or 50) + 1) / density + WALK_EXTRA if density else inf
    if walked > MAX_WALK or walked * WALK_US > density * top * SET_US:
        return SearchPlan(SET, query)
    # its ids only: a sort key among the columns would be computed from each article's row
    walked_ids = walk.with_only_columns(walk.selected_columns[0]).limit(int(walked)).subquery()
    lo = session.scalar(select(func.min(walked_ids.c[0])))
    return SearchPlan(WINDOW, query, int(lo)) if lo is not None else SearchPlan(SET, query)


def expanded_query(session: Session, words: list[str]) -> tuple[str, bool]:
    """The FTS5 query of `words`, and whether it names exact terms only: the last word's
    prefix is replaced by the terms of the index that begin with it (from the fts5vocab
    table, migration 0011) when there are at most MAX_PREFIX_TERMS of them; it means the same
    as `fts5_query(words)`."""
    last = words[-1]
    end = last + "\U0010ffff"   # above every term that begins with `last` (UTF-8 order)
    rows = session.scalars(select(VOCAB.c.term).where(VOCAB.c.term >= last, VOCAB.c.term < end)
                           .limit(MAX_PREFIX_TERMS + 1))
    terms = [t for t in rows if t.startswith(last)]
    if not terms or len(terms) > MAX_PREFIX_TERMS:
        return fts5_query(words), False
    quoted = [_quoted(w) for w in words[:-1]]
    quoted.append("(" + " OR ".join(_quoted(t) for t in terms) + ")")
    return " AND ".join(quoted), True


def _quoted(word: str) -> str:
    return '"' + word.replace('"', '""') + '"'


def word_search(article_id: Any, title: Any, text: Any, search: str,
                plan: SearchPlan | None = None) -> ColumnElement[bool]:
    """The condition "the article's title and text hold every word of `search`" (see the
    module's docstring); `false()` when `search` has no word. `plan` (SQLite, see
    SearchPlan): SET checks `id + 0` against the matches (`+ 0` keeps SQLite from looking
    the matches up one by one and sorting them all); WINDOW, in a CASE (so no index is read
    for it), checks `id + 0` from `lo` up against the matches from `lo` up, and below `lo`
    against every match."""
    words = search_words(search)
    if not words:
        return false()
    matching = _fts_matches(plan.fts if plan else fts5_query(words))
    walked_id = article_id + literal_column("0")
    if plan and plan.how == WINDOW and plan.lo is not None:
        sqlite: Any = case(
            (walked_id >= plan.lo, walked_id.in_(matching.where(FTS.c.rowid >= plan.lo))),
            else_=walked_id.in_(matching))
    elif plan and plan.how == SET:
        sqlite = walked_id.in_(matching)
    else:
        sqlite = article_id.in_(matching)
    postgresql = _search_vector(article_id).op("@@")(
        func.to_tsquery(literal_column(TS_CONFIG), tsquery(words)))
    fallback = and_(*(or_(title.ilike(f"%{w}%"), text.ilike(f"%{w}%")) for w in words))
    return PerBackend(sqlite, postgresql, fallback)


# -- SQLite: the FTS5 table and its triggers (created by migration 0008_search_indexes) -----------
SQLITE_FTS_TRIGGERS = tuple(f"{FTS_TABLE}_{event}" for event in ("insert", "delete", "update"))


DATABASE_ONLY = {SEARCH_COLUMN, "ix_articles_search"}  # PostgreSQL: the column, its index


def walked_in(article_id: Any, ids: Any) -> ColumnElement[bool]:
    """`article_id IN (ids)`, for a filter that many articles pass (a topic): SQLite checks
    it while walking the query's order (`+ 0`, see word_search) instead of fetching every
    member and sorting them all (measured at 100k articles, a topic of 38%: 5 ms against
    410 ms); PostgreSQL's statistics choose by themselves."""
    return PerBackend((article_id + literal_column("0")).in_(ids), article_id.in_(ids),
                      article_id.in_(ids))


def is_search_table(name: str | None) -> bool:
    """The FTS5 table and its shadow tables (articles_fts_data, ...): not in the models."""
    return bool(name) and (name == FTS_TABLE or str(name).startswith(FTS_TABLE + "_"))
