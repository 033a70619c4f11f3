"""Task audit actions spelled as the specification spells them: DELETE_TASK, RESTORE_TASK.

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-29
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

RENAMES = (("task.delete", "DELETE_TASK"), ("task.restore", "RESTORE_TASK"))


def upgrade() -> None:
    for old, new in RENAMES:
        op.execute(f"UPDATE audit_log SET action = '{new}' WHERE action = '{old}'")


def downgrade() -> None:
    for old, new in RENAMES:
        op.execute(f"UPDATE audit_log SET action = '{old}' WHERE action = '{new}'")
