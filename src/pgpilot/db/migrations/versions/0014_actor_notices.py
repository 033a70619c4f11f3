"""Actor notices: a change to a user or their grants says so on NOTIFY pgpilot_actors.

Each process caches actors (auth/actor_cache.py) and drops a user's entry when the payload
(the user's id) arrives; TRUNCATE, which fires no row trigger, sends '*': drop every entry.
NOTIFY is sent at commit, so a rolled-back change says nothing.

Revision ID: 0014
Revises: 0013
Create Date: 2026-11-30
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0014"
down_revision: str | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

CHANNEL = "pgpilot_actors"
TABLES = {"users": "id", "target_grants": "user_id"}


def upgrade() -> None:
    for table, column in TABLES.items():
        # An UPDATE that moves a grant to another user changes both users' actors.
        op.execute(f"""
            CREATE FUNCTION pgpilot_{table}_notice() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF TG_OP <> 'INSERT' THEN
                    PERFORM pg_notify('{CHANNEL}', OLD.{column}::text);
                END IF;
                IF TG_OP <> 'DELETE' THEN
                    PERFORM pg_notify('{CHANNEL}', NEW.{column}::text);
                END IF;
                RETURN NULL;
            END $$
        """)
        op.execute(f"""
            CREATE TRIGGER pgpilot_{table}_notice
            AFTER INSERT OR UPDATE OR DELETE ON {table}
            FOR EACH ROW EXECUTE FUNCTION pgpilot_{table}_notice()
        """)
    op.execute(f"""
        CREATE FUNCTION pgpilot_actors_truncated() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            PERFORM pg_notify('{CHANNEL}', '*');
            RETURN NULL;
        END $$
    """)
    for table in TABLES:
        op.execute(f"""
            CREATE TRIGGER pgpilot_{table}_truncated AFTER TRUNCATE ON {table}
            FOR EACH STATEMENT EXECUTE FUNCTION pgpilot_actors_truncated()
        """)


def downgrade() -> None:
    for table in TABLES:
        op.execute(f"DROP TRIGGER pgpilot_{table}_truncated ON {table}")
        op.execute(f"DROP TRIGGER pgpilot_{table}_notice ON {table}")
        op.execute(f"DROP FUNCTION pgpilot_{table}_notice()")
    op.execute("DROP FUNCTION pgpilot_actors_truncated()")
