"""Every request has an actor: admin and active flags, target grants, owners by user id.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-29
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column(
        "users", sa.Column("is_admin", sa.Boolean, nullable=False, server_default=sa.false())
    )
    op.add_column(
        "users", sa.Column("is_active", sa.Boolean, nullable=False, server_default=sa.true())
    )
    op.create_table(
        "target_grants",
        sa.Column(
            "user_id",
            sa.BigInteger,
            sa.ForeignKey("users.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("target", sa.String(100), primary_key=True),
        sa.Column("access", sa.String(10), nullable=False),
        sa.Column("granted_by", sa.String(255), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            nullable=False,
            server_default=sa.text("now()"),
        ),
        sa.CheckConstraint("access IN ('read', 'write')", name="target_grants_access_check"),
    )
    # Owners by id, not by a name: ids are never reused, names could be typed by anyone.
    # No foreign key: a ticket or an event outlives the account that made it.
    op.add_column("approval_requests", sa.Column("requester_id", sa.BigInteger))
    op.add_column("approval_requests", sa.Column("approver_id", sa.BigInteger))
    op.alter_column("approval_requests", "target", type_=sa.Text)
    op.add_column("audit_log", sa.Column("actor_id", sa.BigInteger))
    op.create_index("idx_audit_log_actor", "audit_log", ["actor_id", sa.text("id DESC")])


def downgrade() -> None:
    op.drop_index("idx_audit_log_actor", "audit_log")
    op.drop_column("audit_log", "actor_id")
    op.alter_column("approval_requests", "target", type_=sa.String(100))
    op.drop_column("approval_requests", "approver_id")
    op.drop_column("approval_requests", "requester_id")
    op.drop_table("target_grants")
    op.drop_column("users", "is_active")
    op.drop_column("users", "is_admin")
