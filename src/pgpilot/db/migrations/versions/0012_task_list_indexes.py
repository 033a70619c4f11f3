"""Heavy users: indexes in the order list_tasks sorts, counts from the index alone, and a
visibility map autovacuum keeps fresh.

- `idx_tasks_user_status_due` gains `id` and carries priority and tags, so the counts of
  list_tasks, complete, delete and restore are index-only scans, and a status view sorted by
  due date reads its page in index order.
- `idx_tasks_user_due` serves "all, by due date" (the default view) and the due-date windows.
- `idx_tasks_user_rank` serves "by priority" (the ORDER BY's CASE, exactly as repository.py
  writes it).
- `idx_tasks_user_created` gains `id DESC`, the tie-break of "newest first".
- `idx_audit_log_task_deletions` finds a user's deletions for restore-by-title.
- Index-only scans skip the heap only on pages the visibility map marks all-visible; by default
  autovacuum waits for 20% of a table to change (200,000 rows of 1,000,000), so the pages of
  recent changes stay unmarked for long. At 2% it vacuums after about 20,000 changes, and
  each vacuum reads only the pages that are not all-visible.

Revision ID: 0012
Revises: 0011
Create Date: 2026-11-30
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

RANK = "(CASE priority WHEN 'high' THEN 0 WHEN 'medium' THEN 1 ELSE 2 END)"
VACUUM_SOONER = (
    "autovacuum_vacuum_scale_factor = 0.02, autovacuum_vacuum_insert_scale_factor = 0.02, "
    "autovacuum_analyze_scale_factor = 0.02"
)


def upgrade() -> None:
    op.drop_index("idx_tasks_user_status_due", "tasks")
    op.create_index(
        "idx_tasks_user_status_due",
        "tasks",
        ["user_id", "completed", "due_date", "id"],
        postgresql_include=["priority", "tags"],
    )
    op.create_index("idx_tasks_user_due", "tasks", ["user_id", "due_date", "id"])
    op.drop_index("idx_tasks_user_created", "tasks")
    op.create_index(
        "idx_tasks_user_created",
        "tasks",
        ["user_id", sa.text("created_at DESC"), sa.text("id DESC")],
    )
    op.create_index("idx_tasks_user_rank", "tasks", ["user_id", sa.text(RANK), "due_date", "id"])
    op.create_index(
        "idx_audit_log_task_deletions",
        "audit_log",
        ["action", sa.text("(details -> 'task' ->> 'user_id')"), sa.text("id DESC")],
        postgresql_where=sa.text("resource_type = 'task'"),
    )
    op.execute(f"ALTER TABLE tasks SET ({VACUUM_SOONER})")


def downgrade() -> None:
    op.execute(
        "ALTER TABLE tasks RESET (autovacuum_vacuum_scale_factor, "
        "autovacuum_vacuum_insert_scale_factor, autovacuum_analyze_scale_factor)"
    )
    op.drop_index("idx_audit_log_task_deletions", "audit_log")
    op.drop_index("idx_tasks_user_rank", "tasks")
    op.drop_index("idx_tasks_user_created", "tasks")
    op.create_index("idx_tasks_user_created", "tasks", ["user_id", sa.text("created_at DESC")])
    op.drop_index("idx_tasks_user_due", "tasks")
    op.drop_index("idx_tasks_user_status_due", "tasks")
    op.create_index("idx_tasks_user_status_due", "tasks", ["user_id", "completed", "due_date"])
