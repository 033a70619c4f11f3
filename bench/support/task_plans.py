"""EXPLAIN (ANALYZE, BUFFERS) of the statements the task tools run for one user, one line each:
the scans and indexes, heap fetches of index-only scans, sorts, time and buffers."""

from collections.abc import Iterator
from typing import Any

import psycopg
from psycopg import sql

from pgpilot.audit.events import TaskDeleted, TaskRestored
from pgpilot.tasks import deletions
from pgpilot.tasks import repository as repo
from pgpilot.tasks.validation import ListQuery


def statements(conn: psycopg.Connection[Any], user: int) -> dict[str, tuple[Any, Any]]:
    """The tools' statements with the user's real ids as parameters."""
    row = conn.execute(
        "SELECT id FROM tasks WHERE user_id = %s AND NOT completed LIMIT 1", (user,)
    ).fetchone()
    audit = conn.execute(
        "SELECT max(id) FROM audit_log WHERE action = %s", (TaskDeleted.action,)
    ).fetchone()
    task = row[0] if row else 0
    audit_id = audit[0] if audit and audit[0] else 0
    # Due views as list_tasks sends them (no `today`: the statement reads the user's zone).
    views = {
        "all, by due date": ListQuery("all", None, "due_date", 50, 0),
        "pending, by priority": ListQuery("pending", None, "priority", 20, 0),
        "completed": ListQuery("completed", None, "due_date", 50, 0),
        "tag work, by created_at": ListQuery("all", None, "created_at", 50, 0, tag="work"),
        "due this_week": ListQuery("all", None, "due_date", 50, 0, due="this_week"),
        "overdue": ListQuery("all", None, "due_date", 50, 0, due="overdue"),
    }
    found: dict[str, tuple[Any, Any]] = {}
    for name, query in views.items():
        found[f"list page ({name})"] = repo.page_query(user, query)
        found[f"list counts ({name})"] = repo.counts_query(user, query)
    found |= {
        "lock task (update/complete/delete)": (repo.LOCK_TASK, (task, user)),
        "user's time zone (add/update/complete)": (repo.USER_TIMEZONE, (user,)),
        "pending count (complete/restore)": (repo.PENDING_COUNT, (user,)),
        "task count (delete)": (repo.TASK_COUNT, (user,)),
        "cancel reminders": (repo.CANCEL_REMINDERS, (task,)),
        "lock deletion (restore)": (deletions.LOCK_DELETION, (audit_id, TaskDeleted.action)),
        "reinsert unless restored (restore)": (
            deletions.RESTORE,
            {
                "audit_id": audit_id,
                "deleted": TaskDeleted.action,
                "user_id": user,
            },
        ),
        "latest deletion by words (restore)": (
            deletions.LATEST_DELETION,
            {
                "deleted": TaskDeleted.action,
                "user": str(user),
                "words": ["%task%"],
                "restored": TaskRestored.action,
            },
        ),
    }
    return found


def explain(url: str, *, user: int, when: str) -> list[str]:
    """One line per statement; changes are rolled back."""
    lines = [f"EXPLAIN (ANALYZE, BUFFERS) for the heavy user, {when}:"]
    with psycopg.connect(url) as conn, psycopg.ClientCursor(conn) as cursor:
        for name, (statement, params) in statements(conn, user).items():
            query = cursor.mogrify(statement, params)
            # As list_tasks sends a window from the user's zone (repository.send_page).
            ordered = name.startswith("list page (due ")
            if ordered:
                cursor.execute(repo.IN_INDEX_ORDER)
            cursor.execute(
                sql.SQL("EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) {}").format(sql.SQL(query))
            )
            found = cursor.fetchone()
            if ordered:
                cursor.execute("RESET enable_bitmapscan")
            assert found is not None
            top = found[0][0]
            plan = top["Plan"]
            buffers = (
                f"hit {plan.get('Shared Hit Blocks', 0)} read {plan.get('Shared Read Blocks', 0)}"
            )
            lines.append(
                f"  {name}: {'; '.join(_nodes(plan))} | {top['Execution Time']:.2f} ms, "
                f"buffers {buffers}"
            )
        conn.rollback()
    return lines


def _nodes(node: dict[str, Any]) -> Iterator[str]:
    kind = node["Node Type"]
    if "Index Name" in node:
        fetches = f" (heap fetches {node['Heap Fetches']})" if "Heap Fetches" in node else ""
        yield f"{kind} {node['Index Name']}{fetches}"
    elif kind in {"Seq Scan", "Bitmap Heap Scan"}:
        yield f"{kind} {node['Relation Name']}"
    elif "Sort" in kind:
        yield f"{kind} {', '.join(node.get('Sort Key', []))}"
    for child in node.get("Plans", []):
        yield from _nodes(child)
