"""each outlet's newest story from an index; the home page's kept counts; SQLite: the word
index's vocabulary

Revision ID: 0011_outlet_last_seen_vocab
Revises: 0010_kept_estimates
Create Date: 2026-12-04 20:55:00

- `ix_articles_outlet_first_seen_at` (outlet, first_seen_at): the report's and status'
  "last new article" per outlet is one index seek per outlet (storage.queries
  .last_new_article_at) instead of a scan of every article (at 1M articles on SQLite, whose
  rows hold the raw pages, it read the whole 10 GB file).
- `kept_counts`: the home page's totals, counted at the end of every crawl and reprocess
  (storage.browse.refresh_counts); empty until then, when the page counts them itself.
- SQLite: `articles_fts_vocab`, an fts5vocab table over `articles_fts` (no storage of its
  own): a search's last word, a prefix, is expanded to the terms it stands for, so that a
  search of a common word can probe the word index per article (storage.search).
"""
from collections.abc import Sequence

from alembic import op
import sqlalchemy as sa
import storage.models


revision: str = '0011_outlet_last_seen_vocab'
down_revision: str | None = '0010_kept_estimates'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

VOCAB_TABLE = "CREATE VIRTUAL TABLE articles_fts_vocab USING fts5vocab(articles_fts, 'row')"


def upgrade() -> None:
    op.create_table('kept_counts',
    sa.Column('name', sa.String(length=40), nullable=False),
    sa.Column('value', sa.BigInteger(), nullable=False),
    sa.Column('counted_at', storage.models.UTCDateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('name', name=op.f('pk_kept_counts'))
    )
    op.create_index("ix_articles_outlet_first_seen_at", "articles",
                    ["outlet", "first_seen_at"], unique=False)
    if op.get_context().dialect.name == "sqlite":
        op.execute(VOCAB_TABLE)


def downgrade() -> None:
    if op.get_context().dialect.name == "sqlite":
        op.execute("DROP TABLE IF EXISTS articles_fts_vocab")
    op.drop_index("ix_articles_outlet_first_seen_at", table_name="articles")
    op.drop_table('kept_counts')
