"""The SQL agent's LangGraph checkpoints (langgraph-checkpoint-postgres's own tables).

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-23

The statements are the installed library's own migrations, recorded in its
checkpoint_migrations table, so its `setup()` at run time only adds what a newer version
brings. Its indexes are built CONCURRENTLY, which a transaction refuses; on new, empty tables a
plain CREATE INDEX is the same.
"""

from collections.abc import Sequence

from alembic import op
from langgraph.checkpoint.postgres.base import MIGRATIONS

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = ("checkpoint_writes", "checkpoint_blobs", "checkpoints", "checkpoint_migrations")


def upgrade() -> None:
    for version, statement in enumerate(MIGRATIONS):
        op.execute(statement.replace("CONCURRENTLY ", ""))
        op.execute(
            f"INSERT INTO checkpoint_migrations (v) VALUES ({version}) ON CONFLICT DO NOTHING"
        )


def downgrade() -> None:
    for table in TABLES:
        op.execute(f"DROP TABLE IF EXISTS {table}")
