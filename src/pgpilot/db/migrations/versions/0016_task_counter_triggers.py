"""One counters trigger per event on tasks, where 0013 and 0015 had two (task_counts and
task_tag_counts), and one lock order for every writer.

Each event's function keeps both tables in one call: a write to tasks runs one statement
trigger, not two. An UPDATE that leaves every task's user, completion and tags as they were
(a rename, a new due date) changes no counter, so it returns after one look at its
transition tables. Every statement locks its task_counts rows in user_id order before its
task_tag_counts rows in (user_id, tag) order: upserts insert in that order, deletes lock
first (0013's delete updated in no set order, so two bulk deletes over the same users could
deadlock). The downgrade puts 0013's and 0015's triggers back as they wrote them.

Revision ID: 0016
Revises: 0015
Create Date: 2026-11-30
"""

import importlib.util
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType

from alembic import op

revision: str = "0016"
down_revision: str | None = "0015"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _migration(name: str) -> ModuleType:
    """An earlier migration of this directory, for the SQL it wrote."""
    spec = importlib.util.spec_from_file_location(name, Path(__file__).with_name(f"{name}.py"))
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


COUNTS = _migration("0013_task_counts")
TAGS = _migration("0015_task_tag_counts")

# 0013's upsert, in user_id order.
COUNTS_UPSERT = """
    INSERT INTO task_counts AS c (user_id, total, pending)
    SELECT user_id, total, pending FROM (
        SELECT user_id, sum(total) AS total, sum(pending) AS pending FROM ({rows}) d
        GROUP BY user_id HAVING sum(total) <> 0 OR sum(pending) <> 0) s
    ORDER BY user_id
    ON CONFLICT (user_id) DO UPDATE
    SET total = c.total + excluded.total, pending = c.pending + excluded.pending
"""
COUNTS_DELETED = f"""
    PERFORM FROM task_counts c WHERE c.user_id IN (SELECT user_id FROM old_rows)
    ORDER BY c.user_id FOR UPDATE;
    {COUNTS.FUNCTIONS["task_counts_deleted"]}
"""
BOTH_ADDED = (
    f"{COUNTS_UPSERT.format(rows=COUNTS.ADDED)}; {TAGS.FUNCTIONS['task_tag_counts_inserted']}"
)
BOTH_UPDATED = (
    f"{COUNTS_UPSERT.format(rows=f'{COUNTS.ADDED} UNION ALL {COUNTS.REMOVED}')}; "
    f"{TAGS.FUNCTIONS['task_tag_counts_updated']}"
)
# Old and new rows are as many: no new (user, completion, tags) left over means none changed.
UNCOUNTED = (
    "IF NOT EXISTS (SELECT user_id, completed, tags FROM new_rows "
    "EXCEPT ALL SELECT user_id, completed, tags FROM old_rows) THEN RETURN NULL; END IF"
)
FUNCTIONS = {
    "task_counters_inserted": BOTH_ADDED,
    "task_counters_updated": f"{UNCOUNTED}; {BOTH_UPDATED}",
    "task_counters_deleted": f"{COUNTS_DELETED}; {TAGS.FUNCTIONS['task_tag_counts_deleted']}",
    "task_counters_truncated": "DELETE FROM task_counts; DELETE FROM task_tag_counts",
}
TRIGGERS = {
    "task_counters_inserted": COUNTS.TRIGGERS["task_counts_inserted"],
    "task_counters_updated": COUNTS.TRIGGERS["task_counts_updated"],
    "task_counters_deleted": COUNTS.TRIGGERS["task_counts_deleted"],
    "task_counters_truncated": COUNTS.TRIGGERS["task_counts_truncated"],
}


def _create(functions: dict[str, str], triggers: dict[str, str]) -> None:
    for name, body in functions.items():
        op.execute(
            f"CREATE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $$ "
            f"BEGIN {body}; RETURN NULL; END $$"
        )
        op.execute(
            f"CREATE TRIGGER {name} {triggers[name]} FOR EACH STATEMENT EXECUTE FUNCTION {name}()"
        )


def _drop(triggers: dict[str, str]) -> None:
    for name in triggers:
        op.execute(f"DROP TRIGGER {name} ON tasks")
        op.execute(f"DROP FUNCTION {name}()")


def upgrade() -> None:
    # No task changes while one set of triggers hands over to the other.
    op.execute("LOCK TABLE tasks IN SHARE ROW EXCLUSIVE MODE")
    _drop(COUNTS.TRIGGERS)
    _drop(TAGS.TRIGGERS)
    _create(FUNCTIONS, TRIGGERS)


def downgrade() -> None:
    op.execute("LOCK TABLE tasks IN SHARE ROW EXCLUSIVE MODE")
    _drop(TRIGGERS)
    _create(COUNTS.FUNCTIONS, COUNTS.TRIGGERS)
    _create(TAGS.FUNCTIONS, TAGS.TRIGGERS)
