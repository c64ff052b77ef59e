"""word search (SQLite FTS5, PostgreSQL GIN) and indexes for every listed filter and order

Revision ID: 0008_search_indexes
Revises: 0007_run_worker_job
Create Date: 2026-12-03 18:20:00

- Search (storage/search.py): on SQLite an external-content FTS5 table `articles_fts` over
  articles(title, text), filled from the stored articles and kept in step by three triggers;
  on PostgreSQL a stored generated column `search_vector` with a GIN index (adding it
  rewrites `articles` once, holding an exclusive lock meanwhile; why a column rather than
  an expression index: storage/search.py).
- B-tree indexes whose order is each listing's order (key, id), so a first page is an index
  walk. Five single-column indexes they make redundant are dropped.

The expressions are written out here (not imported from storage.models) so that this
migration keeps meaning what it meant; storage.models declares the same indexes for
`alembic check`, and queries must spell them identically to use them.
"""
from collections.abc import Sequence

from alembic import op
import sqlalchemy as sa


revision: str = '0008_search_indexes'
down_revision: str | None = '0007_run_worker_job'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

PUBLISHED = "coalesce(published_at, first_seen_at)"
SEARCH_VECTOR = ("to_tsvector('simple', left(coalesce(title, '') || ' ' || coalesce(text, ''), "
                 "100000))")
ADD_SEARCH_COLUMN = (f"ALTER TABLE articles ADD COLUMN search_vector tsvector "
                     f"GENERATED ALWAYS AS ({SEARCH_VECTOR}) STORED")

# name, table, columns or SQL expressions
INDEXES = (
    ("ix_articles_published_id", "articles", [PUBLISHED, "id"]),
    ("ix_articles_outlet_published_id", "articles", ["outlet", PUBLISHED, "id"]),
    ("ix_articles_title_id", "articles", ["lower(coalesce(title, ''))", "id"]),
    ("ix_article_topics_topic_article_id", "article_topics", ["topic", "article_id"]),
    ("ix_mentions_category_count", "mentions", ["category", "coalesce(high, low)"]),
    ("ix_mentions_figure_id", "mentions", ["coalesce(high, low, 0)", "id"]),
    ("ix_claims_first_seen_id", "claims", ["first_seen", "id"]),
    ("ix_claims_category_first_seen_id", "claims", ["category", "first_seen", "id"]),
    ("ix_claims_figure_id", "claims", ["coalesce(high, low, 0)", "id"]),
    ("ix_figure_changes_detected_at_id", "figure_changes", ["detected_at", "id"]),
    ("ix_crawl_runs_started_at_id", "crawl_runs", ["started_at", "id"]),
)
# single-column indexes that the ones above make redundant (their first column)
REPLACED = (
    ("ix_articles_outlet", "articles", ["outlet"]),
    ("ix_article_topics_topic", "article_topics", ["topic"]),
    ("ix_mentions_category_low", "mentions", ["category", "low"]),
    ("ix_claims_first_seen", "claims", ["first_seen"]),
    ("ix_figure_changes_detected_at", "figure_changes", ["detected_at"]),
)

FTS_TABLE = """
CREATE VIRTUAL TABLE articles_fts USING fts5(
    title, text, content='articles', content_rowid='id',
    tokenize='unicode61 remove_diacritics 0')
"""
FTS_TRIGGERS = (
    """CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
END""",
    """CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, text)
        VALUES ('delete', old.id, old.title, old.text);
END""",
    """CREATE TRIGGER articles_fts_update AFTER UPDATE OF id, title, text ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, text)
        VALUES ('delete', old.id, old.title, old.text);
    INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
END""",
)


def _columns(columns: list[str]) -> list[object]:
    return [c if c.isidentifier() else sa.text(c) for c in columns]


def upgrade() -> None:
    for name, table, columns in REPLACED:
        op.drop_index(name, table_name=table)
    for name, table, columns in INDEXES:
        op.create_index(name, table, _columns(columns), unique=False)
    if op.get_context().dialect.name == "sqlite":
        op.execute(FTS_TABLE)
        op.execute("INSERT INTO articles_fts(articles_fts) VALUES ('rebuild')")
        for trigger in FTS_TRIGGERS:
            op.execute(trigger)
    elif op.get_context().dialect.name == "postgresql":
        op.execute(ADD_SEARCH_COLUMN)
        op.create_index("ix_articles_search", "articles", ["search_vector"],
                        unique=False, postgresql_using="gin")
        # statistics of the new column and expressions now, not at autovacuum's next pass:
        # with them the planner knows a common word or topic from a rare one (walk the date
        # index, or read the matches and sort them)
        op.execute("ANALYZE articles, article_topics, mentions, claims, figure_changes, "
                   "crawl_runs")


def downgrade() -> None:
    if op.get_context().dialect.name == "sqlite":
        for event in ("insert", "delete", "update"):
            op.execute(f"DROP TRIGGER IF EXISTS articles_fts_{event}")
        op.execute("DROP TABLE IF EXISTS articles_fts")
    elif op.get_context().dialect.name == "postgresql":
        op.drop_index("ix_articles_search", table_name="articles")
        op.drop_column("articles", "search_vector")
    for name, table, _columns_ in reversed(INDEXES):
        op.drop_index(name, table_name=table)
    for name, table, columns in REPLACED:
        op.create_index(name, table, columns, unique=False)
