"""estimate points: estimates pre-aggregated at ingest (storage.points), backfilled

Revision ID: 0009_estimate_points
Revises: 0008_search_indexes
Create Date: 2026-12-03 18:30:00

The backfill folds every current sighting into points with the same code ingest uses
(storage.points.backfill_points): a source's key comes from Python's loose matching of
attributions (storage.figures.group_key), which SQL cannot reproduce exactly, so it streams
the sightings once in figure order and inserts the points in batches.
"""
from collections.abc import Sequence

from alembic import op
import sqlalchemy as sa

import storage.models
from storage.points import backfill_points


revision: str = '0009_estimate_points'
down_revision: str | None = '0008_search_indexes'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        'estimate_points',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('group_key', sa.String(length=200), nullable=False),
        sa.Column('category', sa.String(length=20), nullable=False),
        sa.Column('low', sa.BigInteger(), nullable=False),
        sa.Column('high', sa.BigInteger(), nullable=False),
        sa.Column('source_key', sa.String(length=300), nullable=False),
        sa.Column('published_at', storage.models.UTCDateTime(timezone=True), nullable=False),
        sa.Column('copy', sa.Boolean(), nullable=False),
        sa.Column('article_id', sa.Integer(), nullable=False),
        sa.Column('mention_id', sa.Integer(), nullable=False),
        sa.Column('qualifier', sa.String(length=20), nullable=False),
        sa.Column('title', sa.Text(), nullable=True),
        sa.Column('url', sa.String(length=2048), nullable=False),
        sa.Column('outlet', sa.String(length=100), nullable=False),
        sa.Column('sentence', sa.Text(), nullable=False),
        sa.Column('attribution', sa.Text(), nullable=True),
        sa.Column('outlets', sa.JSON(), nullable=False),
        sa.Column('article_ids', sa.JSON(), nullable=False),
        sa.Column('name_mention_id', sa.Integer(), nullable=False),
        sa.Column('group_name', sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_estimate_points')),
        sa.UniqueConstraint('group_key', 'category', 'low', 'high', 'source_key',
                            name=op.f('uq_estimate_points_group_key')),
    )
    backfill_points(op.get_bind())
    with op.batch_alter_table('estimate_points', schema=None) as batch_op:
        batch_op.create_index('ix_estimate_points_category_group_key',
                              ['category', 'group_key'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('estimate_points', schema=None) as batch_op:
        batch_op.drop_index('ix_estimate_points_category_group_key')
    op.drop_table('estimate_points')
