"""Index reminders by task: cancelling a task's reminders and FK cascades stop scanning.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index("idx_reminders_task", "reminders", ["task_id"])


def downgrade() -> None:
    op.drop_index("idx_reminders_task", "reminders")
