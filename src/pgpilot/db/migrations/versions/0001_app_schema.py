"""App schema: users, tasks, reminders, conversations, messages, tool calls, audit, approvals.

Revision ID: 0001
Revises:
Create Date: 2026-11-22
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql as pg

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

NOW = sa.text("now()")
UUID_DEFAULT = sa.text("gen_random_uuid()")


def _created() -> sa.Column[object]:
    return sa.Column("created_at", sa.DateTime(timezone=True), nullable=False, server_default=NOW)


def _updated() -> sa.Column[object]:
    return sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False, server_default=NOW)


def _uuid_pk() -> sa.Column[object]:
    return sa.Column("id", pg.UUID(as_uuid=True), primary_key=True, server_default=UUID_DEFAULT)


def upgrade() -> None:
    op.create_table(
        "users",
        sa.Column("id", sa.Integer, sa.Identity(), primary_key=True),
        sa.Column("email", sa.String(255), nullable=False, unique=True),
        sa.Column("password_hash", sa.Text, nullable=False),
        sa.Column("timezone", sa.String(64), nullable=False, server_default="UTC"),
        _created(),
    )
    op.create_table(
        "tasks",
        sa.Column("id", sa.Integer, sa.Identity(), primary_key=True),
        sa.Column(
            "user_id", sa.Integer, sa.ForeignKey("users.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column("title", sa.String(200), nullable=False),
        sa.Column("description", sa.Text),
        sa.Column("priority", sa.String(20), nullable=False, server_default="low"),
        sa.Column("due_date", sa.Date),
        sa.Column(
            "tags", pg.ARRAY(sa.Text), nullable=False, server_default=sa.text("'{}'::text[]")
        ),
        sa.Column("completed", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.Column("completed_date", sa.DateTime(timezone=True)),
        _created(),
        _updated(),
        sa.CheckConstraint("priority IN ('low', 'medium', 'high')", name="tasks_priority_check"),
    )
    op.create_table(
        "reminders",
        sa.Column("id", sa.Integer, sa.Identity(), primary_key=True),
        sa.Column(
            "task_id", sa.Integer, sa.ForeignKey("tasks.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column("remind_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("status", sa.String(20), nullable=False, server_default="pending"),
        _created(),
        sa.CheckConstraint(
            "status IN ('pending', 'sent', 'cancelled')", name="reminders_status_check"
        ),
    )
    op.create_table(
        "conversations",
        _uuid_pk(),
        sa.Column(
            "user_id", sa.Integer, sa.ForeignKey("users.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column("title", sa.String(255)),
        _created(),
        _updated(),
    )
    op.create_table(
        "messages",
        _uuid_pk(),
        sa.Column(
            "conversation_id",
            pg.UUID(as_uuid=True),
            sa.ForeignKey("conversations.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("role", sa.String(20), nullable=False),
        sa.Column("content", sa.Text, nullable=False),
        _created(),
        sa.CheckConstraint("role IN ('user', 'assistant')", name="messages_role_check"),
    )
    op.create_table(
        "message_tool_calls",
        _uuid_pk(),
        sa.Column(
            "message_id",
            pg.UUID(as_uuid=True),
            sa.ForeignKey("messages.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("tool_name", sa.String(50), nullable=False),
        sa.Column("arguments", pg.JSONB, nullable=False, server_default=sa.text("'{}'::jsonb")),
        sa.Column("result", pg.JSONB),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("duration_ms", sa.Integer),
        _created(),
    )
    op.create_table(
        "audit_log",
        sa.Column("id", sa.BigInteger, sa.Identity(), primary_key=True),
        sa.Column("actor", sa.String(255), nullable=False),
        sa.Column("action", sa.String(50), nullable=False),
        sa.Column("resource_type", sa.String(50), nullable=False),
        sa.Column("resource_id", sa.String(255)),
        sa.Column("resource_title", sa.String(255)),
        sa.Column("details", pg.JSONB, nullable=False, server_default=sa.text("'{}'::jsonb")),
        _created(),
    )
    op.create_table("approval_requests", _uuid_pk(), _created())

    op.create_index(
        "idx_conversations_user_updated",
        "conversations",
        ["user_id", sa.text("updated_at DESC")],
    )
    op.create_index("idx_messages_conversation", "messages", ["conversation_id", "created_at"])
    op.create_index("idx_tool_calls_message", "message_tool_calls", ["message_id"])
    op.create_index("idx_tasks_user_status_due", "tasks", ["user_id", "completed", "due_date"])
    op.create_index("idx_tasks_user_created", "tasks", ["user_id", sa.text("created_at DESC")])


def downgrade() -> None:
    # Dropping a table drops its indexes; children go before parents.
    for table in (
        "approval_requests",
        "audit_log",
        "message_tool_calls",
        "messages",
        "conversations",
        "reminders",
        "tasks",
        "users",
    ):
        op.drop_table(table)
