"""Per-user task counters kept by the database, so the tools read counts from one row.

`task_counts` holds each user's total and pending tasks. STATEMENT-level triggers with
transition tables keep it: one upsert per statement, whatever number of rows it touched, with
the per-user sums of what it added and removed (a task moved between users counts for both).
Inserts and updates upsert (a user's first task creates the row); deletes only update, because
deleting a user cascades to their tasks after their counters row is gone. TRUNCATE empties it.

Two writers of one user serialize on that user's row until they commit; each adds its own
difference to the row it finds, so the counts stay exact in READ COMMITTED.

Revision ID: 0013
Revises: 0012
Create Date: 2026-11-30
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0013"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The per-user difference a statement made, from its transition tables.
ADDED = "SELECT user_id, 1 AS total, (NOT completed)::int AS pending FROM new_rows"
REMOVED = "SELECT user_id, -1 AS total, -(NOT completed)::int AS pending FROM old_rows"
UPSERT = """
    INSERT INTO task_counts AS c (user_id, total, pending)
    SELECT user_id, sum(total), sum(pending) FROM ({rows}) d GROUP BY user_id
    HAVING sum(total) <> 0 OR sum(pending) <> 0
    ON CONFLICT (user_id) DO UPDATE
    SET total = c.total + excluded.total, pending = c.pending + excluded.pending
"""
FUNCTIONS = {
    "task_counts_inserted": UPSERT.format(rows=ADDED),
    "task_counts_updated": UPSERT.format(rows=f"{ADDED} UNION ALL {REMOVED}"),
    "task_counts_deleted": f"""
        UPDATE task_counts c SET total = c.total + d.total, pending = c.pending + d.pending
        FROM (SELECT user_id, sum(total) AS total, sum(pending) AS pending
              FROM ({REMOVED}) r GROUP BY user_id) d
        WHERE c.user_id = d.user_id
    """,
    "task_counts_truncated": "DELETE FROM task_counts",
}
TRIGGERS = {
    "task_counts_inserted": "AFTER INSERT ON tasks REFERENCING NEW TABLE AS new_rows",
    "task_counts_updated": (
        "AFTER UPDATE ON tasks REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows"
    ),
    "task_counts_deleted": "AFTER DELETE ON tasks REFERENCING OLD TABLE AS old_rows",
    "task_counts_truncated": "AFTER TRUNCATE ON tasks",
}


def upgrade() -> None:
    # No task changes between the backfill's count and the triggers taking over.
    op.execute("LOCK TABLE tasks IN SHARE ROW EXCLUSIVE MODE")
    op.create_table(
        "task_counts",
        sa.Column(
            "user_id",
            sa.Integer(),
            sa.ForeignKey("users.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("total", sa.BigInteger(), nullable=False, server_default="0"),
        sa.Column("pending", sa.BigInteger(), nullable=False, server_default="0"),
    )
    for name, body in FUNCTIONS.items():
        op.execute(
            f"CREATE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $$ "
            f"BEGIN {body}; RETURN NULL; END $$"
        )
        op.execute(
            f"CREATE TRIGGER {name} {TRIGGERS[name]} FOR EACH STATEMENT EXECUTE FUNCTION {name}()"
        )
    op.execute(
        "INSERT INTO task_counts (user_id, total, pending) "
        "SELECT user_id, count(*), count(*) FILTER (WHERE NOT completed) FROM tasks "
        "GROUP BY user_id"
    )


def downgrade() -> None:
    for name in TRIGGERS:
        op.execute(f"DROP TRIGGER {name} ON tasks")
        op.execute(f"DROP FUNCTION {name}()")
    op.drop_table("task_counts")
