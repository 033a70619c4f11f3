"""Restoring a task: whether a deletion was already restored, by one index probe.

A restore reinserts the deleted task unless a RESTORE_TASK row of the audit log names the
deletion (`details->>'restored_from'`). Without an index on that, the check read every audit
row of the task's id (idx_audit_log_resource): a task deleted and restored many times made each
restore read all of its history (961 buffers, 3.8 ms in bench/tasks.py's heavy user). The
index holds the restores only; tasks/deletions.py names their action as a literal, so the
planner can prove the index's predicate in a generic plan too.

Revision ID: 0017
Revises: 0016
Create Date: 2026-11-30
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0017"
down_revision: str | None = "0016"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index(
        "idx_audit_log_task_restores",
        "audit_log",
        [sa.text("(details ->> 'restored_from')")],
        postgresql_where=sa.text("resource_type = 'task' AND action = 'RESTORE_TASK'"),
    )


def downgrade() -> None:
    op.drop_index("idx_audit_log_task_restores", "audit_log")
