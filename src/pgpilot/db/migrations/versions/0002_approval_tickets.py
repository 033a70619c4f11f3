"""Approval tickets: what a human approves, bound to the SQL's hash, target and requester.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql as pg

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

STATUSES = "'PENDING_APPROVAL', 'APPROVED', 'REJECTED', 'EXPIRED', 'EXECUTED', 'FAILED'"
COLUMNS = (
    "target",
    "sql",
    "sql_hash",
    "verdict",
    "impact",
    "reason",
    "requester",
    "status",
    "approver",
    "comment",
    "history",
    "operation_id",
    "updated_at",
    "expires_at",
)


def upgrade() -> None:
    op.add_column("approval_requests", sa.Column("target", sa.String(100), nullable=False))
    op.add_column("approval_requests", sa.Column("sql", sa.Text, nullable=False))
    op.add_column("approval_requests", sa.Column("sql_hash", sa.String(64), nullable=False))
    op.add_column("approval_requests", sa.Column("verdict", pg.JSONB, nullable=False))
    op.add_column("approval_requests", sa.Column("impact", pg.JSONB, nullable=False))
    op.add_column("approval_requests", sa.Column("reason", sa.Text))
    op.add_column("approval_requests", sa.Column("requester", sa.String(255), nullable=False))
    op.add_column(
        "approval_requests",
        sa.Column("status", sa.String(20), nullable=False, server_default="PENDING_APPROVAL"),
    )
    op.add_column("approval_requests", sa.Column("approver", sa.String(255)))
    op.add_column("approval_requests", sa.Column("comment", sa.Text))
    op.add_column(
        "approval_requests",
        sa.Column("history", pg.JSONB, nullable=False, server_default=sa.text("'[]'::jsonb")),
    )
    op.add_column("approval_requests", sa.Column("operation_id", sa.BigInteger))
    op.add_column(
        "approval_requests",
        sa.Column(
            "updated_at",
            sa.DateTime(timezone=True),
            nullable=False,
            server_default=sa.text("now()"),
        ),
    )
    op.add_column(
        "approval_requests", sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False)
    )
    op.create_check_constraint(
        "approval_requests_status_check", "approval_requests", f"status IN ({STATUSES})"
    )
    op.create_index("idx_approvals_status_created", "approval_requests", ["status", "created_at"])
    op.create_index("idx_audit_log_created", "audit_log", [sa.text("created_at DESC")])
    op.create_index("idx_audit_log_resource", "audit_log", ["resource_type", "resource_id"])


def downgrade() -> None:
    op.drop_index("idx_audit_log_resource", "audit_log")
    op.drop_index("idx_audit_log_created", "audit_log")
    op.drop_index("idx_approvals_status_created", "approval_requests")
    op.drop_constraint("approval_requests_status_check", "approval_requests")
    for column in reversed(COLUMNS):
        op.drop_column("approval_requests", column)
