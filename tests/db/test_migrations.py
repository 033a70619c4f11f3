"""The app schema: upgrade creates every table and index, downgrade removes exactly those."""

import psycopg
import pytest

from pgpilot.db import migrate

TABLES = {
    "users",
    "tasks",
    "task_counts",
    "task_tag_counts",
    "reminders",
    "conversations",
    "messages",
    "message_tool_calls",
    "audit_log",
    "approval_requests",
    "target_grants",
    "notifications",
    "checkpoints",
    "checkpoint_blobs",
    "checkpoint_writes",
    "checkpoint_migrations",
}
INDEXES = {
    "idx_conversations_user_updated": "(user_id, updated_at DESC)",
    "idx_messages_conversation": "(conversation_id, created_at)",
    "idx_tool_calls_message": "(message_id)",
    "idx_tasks_user_status_due": "(user_id, completed, due_date, id) INCLUDE (priority, tags)",
    "idx_tasks_user_due": "(user_id, due_date, id)",
    "idx_tasks_user_rank": (
        "(user_id, ( CASE priority WHEN 'high'::text THEN 0 WHEN 'medium'::text THEN 1 "
        "ELSE 2 END), due_date, id)"
    ),
    "idx_tasks_user_created": "(user_id, created_at DESC, id DESC)",
    "idx_reminders_task": "(task_id)",
    "idx_audit_log_actor": "(actor_id, id DESC)",
    "idx_notifications_user": "(user_id, id)",
    "idx_reminders_due": "(remind_at) WHERE ((status)::text = 'pending'::text)",
    "idx_audit_log_task_deletions": (
        "(action, (((details -> 'task'::text) ->> 'user_id'::text)), id DESC) "
        "WHERE ((resource_type)::text = 'task'::text)"
    ),
    "idx_audit_log_task_restores": (
        "(((details ->> 'restored_from'::text))) WHERE (((resource_type)::text = 'task'::text) "
        "AND ((action)::text = 'RESTORE_TASK'::text))"
    ),
}


def _tables(url: str) -> set[str]:
    with psycopg.connect(url) as conn:
        rows = conn.execute(
            "SELECT tablename FROM pg_tables WHERE schemaname = 'public'"
        ).fetchall()
    return {name for (name,) in rows} - {"alembic_version"}


def _indexes(url: str) -> dict[str, str]:
    with psycopg.connect(url) as conn:
        rows = conn.execute(
            "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'public'"
        ).fetchall()
    # pg_indexes spreads a CASE over lines; one space each, to compare definitions.
    return {name: " ".join(definition.split()) for name, definition in rows}


def test_upgrade_creates_every_table_and_index(blank_db_url: str) -> None:
    migrate.upgrade(blank_db_url)
    assert _tables(blank_db_url) == TABLES
    indexes = _indexes(blank_db_url)
    for name, columns in INDEXES.items():
        assert name in indexes
        assert indexes[name].endswith(columns), indexes[name]
    assert migrate.current_revision(blank_db_url) == migrate.head_revision()


def test_downgrade_to_base_removes_everything_upgrade_added(blank_db_url: str) -> None:
    migrate.upgrade(blank_db_url)
    migrate.downgrade(blank_db_url, "base")
    assert _tables(blank_db_url) == set()
    assert set(_indexes(blank_db_url)) <= {"alembic_version_pkc"}
    assert migrate.current_revision(blank_db_url) is None
    migrate.upgrade(blank_db_url)  # and back up again, cleanly
    assert _tables(blank_db_url) == TABLES


def test_upgrade_twice_is_a_no_op(app_db_url: str) -> None:
    migrate.upgrade(app_db_url)
    assert _tables(app_db_url) == TABLES


@pytest.mark.parametrize(
    ("statement", "error"),
    [
        pytest.param(
            "INSERT INTO tasks (user_id, title, priority) VALUES ({user}, 'x', 'urgent')",
            psycopg.errors.CheckViolation,
            id="priority-check",
        ),
        pytest.param(
            "INSERT INTO tasks (user_id, title) VALUES ({user}, repeat('x', 201))",
            psycopg.errors.StringDataRightTruncation,
            id="title-200",
        ),
        pytest.param(
            "INSERT INTO tasks (user_id, title) VALUES (-1, 'orphan')",
            psycopg.errors.ForeignKeyViolation,
            id="task-needs-user",
        ),
        pytest.param(
            "INSERT INTO users (email, password_hash) VALUES ('a@example.com', 'h')",
            psycopg.errors.UniqueViolation,
            id="email-unique",
        ),
        pytest.param(
            "INSERT INTO target_grants (user_id, target, access, granted_by)"
            " VALUES ({user}, 'default', 'admin', 'op')",
            psycopg.errors.CheckViolation,
            id="grant-access-check",
        ),
        pytest.param(
            "INSERT INTO target_grants (user_id, target, access, granted_by)"
            " VALUES (-1, 'default', 'read', 'op')",
            psycopg.errors.ForeignKeyViolation,
            id="grant-needs-user",
        ),
    ],
)
def test_constraints(app_db_url: str, statement: str, error: type[Exception]) -> None:
    with psycopg.connect(app_db_url) as conn:
        (user,) = conn.execute(
            "INSERT INTO users (email, password_hash) VALUES ('a@example.com', 'h') RETURNING id"
        ).fetchone() or (None,)
        with pytest.raises(error):
            conn.execute(statement.format(user=user))


def test_defaults_and_cascades(app_db_url: str) -> None:
    with psycopg.connect(app_db_url) as conn:
        row = conn.execute(
            "INSERT INTO users (email, password_hash) VALUES ('b@example.com', 'h') "
            "RETURNING id, timezone"
        ).fetchone()
        assert row is not None
        user, timezone = row
        assert timezone == "UTC"
        task = conn.execute(
            "INSERT INTO tasks (user_id, title) VALUES (%s, 'Buy milk') "
            "RETURNING id, priority, tags, completed",
            (user,),
        ).fetchone()
        assert task is not None
        assert task[1:] == ("low", [], False)
        conn.execute("INSERT INTO reminders (task_id, remind_at) VALUES (%s, now())", (task[0],))
        conv = conn.execute(
            "INSERT INTO conversations (user_id) VALUES (%s) RETURNING id", (user,)
        ).fetchone()
        assert conv is not None
        conn.execute(
            "INSERT INTO messages (conversation_id, role, content) VALUES (%s, 'user', 'hi')",
            (conv[0],),
        )
        conn.execute("DELETE FROM tasks WHERE id = %s", (task[0],))
        conn.execute("DELETE FROM conversations WHERE id = %s", (conv[0],))
        counts = conn.execute(
            "SELECT (SELECT count(*) FROM reminders), (SELECT count(*) FROM messages)"
        ).fetchone()
    assert counts == (0, 0)


def test_accounts_are_active_non_admins_and_grants_go_with_them(app_db_url: str) -> None:
    with psycopg.connect(app_db_url) as conn:
        row = conn.execute(
            "INSERT INTO users (email, password_hash) VALUES ('c@example.com', 'h') "
            "RETURNING id, is_admin, is_active, can_approve"
        ).fetchone()
        assert row is not None
        user = row[0]
        assert row[1:] == (False, True, False), "no right is given by default"
        conn.execute(
            "INSERT INTO target_grants (user_id, target, access, granted_by)"
            " VALUES (%s, 'default', 'write', 'op')",
            (user,),
        )
        conn.execute("DELETE FROM users WHERE id = %s", (user,))
        grants = conn.execute("SELECT count(*) FROM target_grants").fetchone()
    assert grants == (0,)


def test_the_cheap_head_check_agrees_with_alembic(app_db_url: str, blank_db_url: str) -> None:
    from pgpilot.db import heads

    assert heads.head_revision() == migrate.head_revision()
    assert heads.at_head(app_db_url)
    assert heads.current_revision(app_db_url) == migrate.current_revision(app_db_url)
    assert not heads.at_head(blank_db_url)
    assert heads.current_revision(blank_db_url) is None


def test_tasks_are_vacuumed_after_two_percent_change(app_db_url: str) -> None:
    with psycopg.connect(app_db_url) as conn:
        row = conn.execute("SELECT reloptions FROM pg_class WHERE relname = 'tasks'").fetchone()
    assert row is not None
    assert "autovacuum_vacuum_scale_factor=0.02" in row[0]
    assert "autovacuum_vacuum_insert_scale_factor=0.02" in row[0]
