"""Tickets claimed for execution: EXECUTING, committed before the write runs, so it runs once.

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-29
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

BEFORE = "'PENDING_APPROVAL', 'APPROVED', 'REJECTED', 'EXPIRED', 'EXECUTED', 'FAILED'"
AFTER = f"{BEFORE}, 'EXECUTING'"
CHECK = "approval_requests_status_check"


def upgrade() -> None:
    op.drop_constraint(CHECK, "approval_requests")
    op.create_check_constraint(CHECK, "approval_requests", f"status IN ({AFTER})")


def downgrade() -> None:
    # A claim whose outcome was never recorded cannot be told apart from a failure.
    op.execute("UPDATE approval_requests SET status = 'FAILED' WHERE status = 'EXECUTING'")
    op.drop_constraint(CHECK, "approval_requests")
    op.create_check_constraint(CHECK, "approval_requests", f"status IN ({BEFORE})")
