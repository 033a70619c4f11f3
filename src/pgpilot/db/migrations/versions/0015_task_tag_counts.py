"""Per-user, per-tag task counters, so list_tasks filtered by a tag counts from one row.

`task_tag_counts` holds, for each user and tag, how many of their tasks carry it and how many
of those are pending: `tags @> ARRAY[tag]`, the list filter, counted. It is kept like
task_counts (0013): STATEMENT-level triggers with transition tables, one upsert per statement
with the per-(user, tag) sums of what it added and removed; a tag repeated in one task's array
counts once, as the filter matches the task once. Rows whose counts reach zero stay (a user's
tags are few), so no writer ever deletes a row another is about to update. Deletes only update
(deleting a user cascades to their tasks after their rows are gone); TRUNCATE empties it.

Each statement locks its counter rows in (user_id, tag) order (upserts in that order, deletes
lock them first), so two statements touching the same tags cannot deadlock on each other.

Revision ID: 0015
Revises: 0014
Create Date: 2026-11-30
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0015"
down_revision: str | None = "0014"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Each task's distinct tags, with +1 (added) or -1 (removed) and whether it is pending.
TAGGED = (
    "SELECT r.user_id, t.tag, {sign} AS total, {sign} * (NOT r.completed)::int AS pending "
    "FROM {rows} r CROSS JOIN LATERAL (SELECT DISTINCT tag FROM unnest(r.tags) tag "
    "WHERE tag IS NOT NULL) t"
)
ADDED = TAGGED.format(sign="1", rows="new_rows")
REMOVED = TAGGED.format(sign="-1", rows="old_rows")
SUMS = (
    "SELECT user_id, tag, sum(total) AS total, sum(pending) AS pending FROM ({rows}) d "
    "GROUP BY user_id, tag HAVING sum(total) <> 0 OR sum(pending) <> 0"
)
UPSERT = f"""
    INSERT INTO task_tag_counts AS c (user_id, tag, total, pending)
    SELECT user_id, tag, total, pending FROM ({SUMS}) s ORDER BY user_id, tag
    ON CONFLICT (user_id, tag) DO UPDATE
    SET total = c.total + excluded.total, pending = c.pending + excluded.pending
"""
FUNCTIONS = {
    "task_tag_counts_inserted": UPSERT.format(rows=ADDED),
    "task_tag_counts_updated": UPSERT.format(rows=f"{ADDED} UNION ALL {REMOVED}"),
    # An UPDATE ... FROM locks in no set order: the rows are locked in order first.
    "task_tag_counts_deleted": f"""
        PERFORM FROM task_tag_counts c JOIN ({SUMS.format(rows=REMOVED)}) d USING (user_id, tag)
        ORDER BY c.user_id, c.tag FOR UPDATE OF c;
        UPDATE task_tag_counts c SET total = c.total + d.total, pending = c.pending + d.pending
        FROM ({SUMS.format(rows=REMOVED)}) d
        WHERE c.user_id = d.user_id AND c.tag = d.tag
    """,
    "task_tag_counts_truncated": "DELETE FROM task_tag_counts",
}
TRIGGERS = {
    "task_tag_counts_inserted": "AFTER INSERT ON tasks REFERENCING NEW TABLE AS new_rows",
    "task_tag_counts_updated": (
        "AFTER UPDATE ON tasks REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows"
    ),
    "task_tag_counts_deleted": "AFTER DELETE ON tasks REFERENCING OLD TABLE AS old_rows",
    "task_tag_counts_truncated": "AFTER TRUNCATE ON tasks",
}


def upgrade() -> None:
    # No task changes between the backfill's count and the triggers taking over.
    op.execute("LOCK TABLE tasks IN SHARE ROW EXCLUSIVE MODE")
    op.create_table(
        "task_tag_counts",
        sa.Column(
            "user_id",
            sa.Integer(),
            sa.ForeignKey("users.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("tag", sa.Text(), primary_key=True),
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
        "INSERT INTO task_tag_counts (user_id, tag, total, pending) "
        + SUMS.format(rows=TAGGED.format(sign="1", rows="tasks"))
    )


def downgrade() -> None:
    for name in TRIGGERS:
        op.execute(f"DROP TRIGGER {name} ON tasks")
        op.execute(f"DROP FUNCTION {name}()")
    op.drop_table("task_tag_counts")
