"""crawl runs: the Celery worker and job that ran them

Revision ID: 0007_run_worker_job
Revises: 0006_h13
Create Date: 2026-12-03 13:50:00
"""
from collections.abc import Sequence

from alembic import op
import sqlalchemy as sa


revision: str = '0007_run_worker_job'
down_revision: str | None = '0006_h13'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('crawl_runs', schema=None) as batch_op:
        batch_op.add_column(sa.Column('worker', sa.String(length=200), nullable=True))
        batch_op.add_column(sa.Column('job_id', sa.String(length=64), nullable=True))
        batch_op.create_index(batch_op.f('ix_crawl_runs_job_id'), ['job_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('crawl_runs', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_crawl_runs_job_id'))
        batch_op.drop_column('job_id')
        batch_op.drop_column('worker')
