"""kept estimates: reconciled estimate rows kept for the configured aliases,
refreshed from marks written at ingest

Revision ID: 0010_kept_estimates
Revises: 0009_estimate_points
Create Date: 2026-12-04 16:41:35

The tables start empty: the first refresh (`newsmon db refresh-estimates`, or the end of
the next crawl) builds the kept rows from the estimate points; until then estimates are
reconciled from the points as before (storage.kept_estimates).
"""
from collections.abc import Sequence

from alembic import op
import sqlalchemy as sa
import storage.models


revision: str = '0010_kept_estimates'
down_revision: str | None = '0009_estimate_points'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('estimate_marks',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('group_key', sa.String(length=200), nullable=False),
    sa.Column('category', sa.String(length=20), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_estimate_marks'))
    )
    op.create_table('kept_estimate_configs',
    sa.Column('config_key', sa.String(length=64), nullable=False),
    sa.Column('built_at', storage.models.UTCDateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('config_key', name=op.f('pk_kept_estimate_configs'))
    )
    op.create_table('kept_estimates',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('config_key', sa.String(length=64), nullable=False),
    sa.Column('group_key', sa.String(length=200), nullable=False),
    sa.Column('category', sa.String(length=20), nullable=False),
    sa.Column('group_name', sa.Text(), nullable=False),
    sa.Column('group_sort', sa.Text(), nullable=False),
    sa.Column('low', sa.BigInteger(), nullable=False),
    sa.Column('best', sa.Double(), nullable=False),
    sa.Column('high', sa.BigInteger(), nullable=False),
    sa.Column('sources', sa.Integer(), nullable=False),
    sa.Column('as_of', storage.models.UTCDateTime(timezone=True), nullable=False),
    sa.Column('conflicting', sa.Boolean(), nullable=False),
    sa.Column('members', sa.JSON(), nullable=False),
    sa.Column('summary', sa.JSON(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_kept_estimates')),
    sa.UniqueConstraint('config_key', 'group_key', 'category', name=op.f('uq_kept_estimates_config_key'))
    )
    with op.batch_alter_table('kept_estimates', schema=None) as batch_op:
        batch_op.create_index('ix_kept_estimates_config_key_as_of', ['config_key', 'as_of'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('kept_estimates', schema=None) as batch_op:
        batch_op.drop_index('ix_kept_estimates_config_key_as_of')

    op.drop_table('kept_estimates')
    op.drop_table('kept_estimate_configs')
    op.drop_table('estimate_marks')
