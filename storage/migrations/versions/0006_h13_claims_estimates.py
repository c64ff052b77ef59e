"""claims keep the hedge (qualifier, figure_key); scheduler heartbeats

Revision ID: 0006_h13
Revises: 0005_process_liveness
Create Date: 2026-12-03 13:40:00

Existing claims take the qualifier of their earliest mention and a figure key; claims
that merged several hedges keep the first one's (re-run `newsmon reprocess` to split them).
"""
from collections.abc import Sequence

from alembic import op
import sqlalchemy as sa
import storage.models


revision: str = '0006_h13'
down_revision: str | None = '0005_process_liveness'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

BACKFILL_QUALIFIER = """
UPDATE claims SET qualifier = COALESCE((SELECT m.qualifier FROM mentions m
    WHERE m.claim_id = claims.id ORDER BY m.id LIMIT 1), 'exact')
"""
BACKFILL_KEY = """
UPDATE claims SET figure_key = category || '|' || COALESCE(CAST(low AS VARCHAR(30)), '')
    || '|' || COALESCE(CAST(high AS VARCHAR(30)), '') || '|' || group_key
"""


def upgrade() -> None:
    with op.batch_alter_table('claims', schema=None) as batch_op:
        batch_op.add_column(sa.Column('qualifier', sa.String(length=20), server_default='exact',
                                      nullable=False))
        batch_op.add_column(sa.Column('figure_key', sa.String(length=300), server_default='',
                                      nullable=False))
        batch_op.create_index(batch_op.f('ix_claims_figure_key'), ['figure_key'], unique=False)
    op.execute(BACKFILL_QUALIFIER)
    op.execute(BACKFILL_KEY)
    op.create_table('scheduler_heartbeats',
    sa.Column('holder', sa.String(length=200), nullable=False),
    sa.Column('started_at', storage.models.UTCDateTime(timezone=True), nullable=False),
    sa.Column('beat_at', storage.models.UTCDateTime(timezone=True), nullable=False),
    sa.Column('last_run_at', storage.models.UTCDateTime(timezone=True), nullable=True),
    sa.Column('last_run_status', sa.String(length=20), nullable=True),
    sa.Column('stopped_at', storage.models.UTCDateTime(timezone=True), nullable=True),
    sa.PrimaryKeyConstraint('holder', name=op.f('pk_scheduler_heartbeats'))
    )


def downgrade() -> None:
    op.drop_table('scheduler_heartbeats')
    with op.batch_alter_table('claims', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_claims_figure_key'))
        batch_op.drop_column('figure_key')
        batch_op.drop_column('qualifier')
