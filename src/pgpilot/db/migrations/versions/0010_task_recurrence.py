"""Repeating tasks: tasks.recurrence holds an RFC 5545 RRULE (NULL: the task does not repeat).

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-29
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("tasks", sa.Column("recurrence", sa.String(200), nullable=True))


def downgrade() -> None:
    op.drop_column("tasks", "recurrence")
