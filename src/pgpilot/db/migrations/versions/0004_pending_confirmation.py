"""Conversations remember one pending confirmation (a delete waiting for the user's yes).

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql as pg

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # {"action", "task_id", "title", "expires_at"}: asked in one turn, answered by the next.
    op.add_column("conversations", sa.Column("pending_confirmation", pg.JSONB, nullable=True))


def downgrade() -> None:
    op.drop_column("conversations", "pending_confirmation")
