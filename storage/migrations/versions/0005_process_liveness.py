"""process liveness: the host, pid and process start time of lock holders and runs

Revision ID: 0005_process_liveness
Revises: 0004_in_title
Create Date: 2026-12-03 13:40:00
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005_process_liveness"
down_revision: str | None = "0004_in_title"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = ("crawl_locks", "crawl_runs")


def upgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column("host", sa.String(length=255), nullable=True))
            batch_op.add_column(sa.Column("pid", sa.Integer(), nullable=True))
            batch_op.add_column(sa.Column("pid_started", sa.Double(), nullable=True))


def downgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column("pid_started")
            batch_op.drop_column("pid")
            batch_op.drop_column("host")
