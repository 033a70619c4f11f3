"""Run the app schema's Alembic migrations from code (CLI and `serve` on start)."""

from importlib.resources import files

import psycopg
from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, pool

from pgpilot.db.urls import sqlalchemy_url

# pg_advisory_lock key ("pgpilot" in ASCII): workers and replicas starting together migrate in turn.
MIGRATION_LOCK = 0x7067_7069_6C6F_74


def _config(url: str) -> Config:
    config = Config()
    config.set_main_option("script_location", str(files("pgpilot.db") / "migrations"))
    config.attributes["url"] = url
    return config


def upgrade(url: str, revision: str = "head") -> None:
    """Bring the app database up to `revision`, one process at a time."""
    with psycopg.connect(url, autocommit=True) as lock:
        lock.execute("SELECT pg_advisory_lock(%s)", (MIGRATION_LOCK,))
        command.upgrade(_config(url), revision)


def downgrade(url: str, revision: str) -> None:
    """Take the app database down to `revision` (`base` removes everything)."""
    command.downgrade(_config(url), revision)


def current_revision(url: str) -> str | None:
    """The revision the database is at, or None before the first migration."""
    engine = create_engine(sqlalchemy_url(url), poolclass=pool.NullPool)
    try:
        with engine.connect() as conn:
            return MigrationContext.configure(conn).get_current_revision()
    finally:
        engine.dispose()


def head_revision() -> str | None:
    """The newest revision shipped with this version of pgpilot."""
    return ScriptDirectory.from_config(_config("")).get_current_head()
