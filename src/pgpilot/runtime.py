"""Bring pgpilot's databases up before a face starts: embedded server, migrations, demo."""

import logging
import sys
from collections.abc import Iterator
from contextlib import contextmanager

import psycopg
import psycopg.sql

from pgpilot.db import demo
from pgpilot.db.embedded import APP_DATABASE, DEMO_DATABASE, EmbeddedPostgres
from pgpilot.db.urls import libpq_url, redact
from pgpilot.errors import ConfigError, DatabaseUnavailable
from pgpilot.settings import Settings, ensure_home, with_jwt_secret

log = logging.getLogger(__name__)


@contextmanager
def databases(
    settings: Settings, *, migrate_app: bool = True, need_app: bool = True
) -> Iterator[Settings]:
    """Yield settings whose URLs point at running, migrated databases.

    Starts the embedded PostgreSQL when DATABASE_URL is unset (or, with `need_app=False`,
    only when no target is configured either) and stops it, or releases this process's hold
    on it, when the block ends, whatever ends it.
    """
    settings = _checked_urls(settings)
    embedded: EmbeddedPostgres | None = None
    targets_only = not need_app and settings.target_database_url is not None
    try:
        if settings.uses_embedded and not targets_only:
            ensure_home(settings)
            embedded = EmbeddedPostgres(settings.home)
            embedded.start()
            updates = {"database_url": embedded.ensure_database(APP_DATABASE)}
            if settings.target_database_url is None:
                demo_url = embedded.ensure_database(DEMO_DATABASE)
                _ensure_demo(demo_url)
                updates["target_database_url"] = _least_privilege(demo_url)
            settings = settings.model_copy(update=updates)
        if settings.app_env == "development" and not targets_only:
            settings = with_jwt_secret(settings)
        if migrate_app and not targets_only and not _current(settings):
            upgrade_app_database(settings)
        yield settings
    finally:
        if embedded is not None:
            embedded.stop()


def _checked_urls(settings: Settings) -> Settings:
    updates: dict[str, str] = {}
    if settings.database_url is not None:
        updates["database_url"] = libpq_url(settings.database_url, setting="DATABASE_URL")
    if settings.target_database_url is not None:
        updates["target_database_url"] = libpq_url(
            settings.target_database_url, setting="TARGET_DATABASE_URL"
        )
    return settings.model_copy(update=updates)


def _current(settings: Settings) -> bool:
    """Whether migrations can be skipped: one query instead of importing Alembic."""
    from pgpilot.db.heads import at_head

    url = app_url(settings)
    with reachable("DATABASE_URL", url):
        return at_head(url)


def app_url(settings: Settings) -> str:
    """The app database URL of prepared settings."""
    if settings.database_url is None:
        raise RuntimeError("databases() has not prepared these settings")
    return settings.database_url


def upgrade_app_database(settings: Settings, revision: str = "head") -> None:
    """Run migrations, turning a connection failure into one clear line."""
    from pgpilot.db import migrate  # Alembic is slow to import; only here when needed

    url = app_url(settings)
    with reachable("DATABASE_URL", url):
        migrate.upgrade(url, revision)


def downgrade_app_database(settings: Settings, revision: str) -> None:
    """Undo migrations down to `revision`."""
    from pgpilot.db import migrate

    url = app_url(settings)
    with reachable("DATABASE_URL", url):
        migrate.downgrade(url, revision)


def app_revision(settings: Settings) -> str | None:
    """The migration revision the app database is at."""
    from pgpilot.db import migrate

    return migrate.current_revision(app_url(settings))


def _ensure_demo(url: str) -> None:
    with reachable("the demo database", url):
        if demo.ensure_demo(url):
            log.info("created the demo database")


DEMO_LOGIN = "pgpilot_demo"


def _least_privilege(url: str) -> str:
    """The demo target as a login of pgpilot_writer, never the server's superuser (made once).

    As a superuser, code in the database could write server files, so the guard would treat
    every user-defined function as a write and `serve` would warn at every start.
    """
    from pgpilot.sql.roles import WRITER, apply_roles

    with reachable("the demo database", url), psycopg.connect(url, autocommit=True) as conn:
        made = conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (DEMO_LOGIN,)).fetchone()
    if made is None:
        apply_roles(url)
        with psycopg.connect(url, autocommit=True) as conn:
            conn.execute(
                psycopg.sql.SQL("CREATE ROLE {} LOGIN IN ROLE {}").format(
                    psycopg.sql.Identifier(DEMO_LOGIN), psycopg.sql.Identifier(WRITER)
                )
            )
    return f"{url}{'&' if '?' in url else '?'}user={DEMO_LOGIN}"


@contextmanager
def reachable(setting: str, url: str) -> Iterator[None]:
    """Turn a failure to connect inside the block into DatabaseUnavailable, one line."""
    try:
        yield
    except Exception as exc:
        # SQLAlchemy (slow to import) is loaded only by migrations; check its error only then.
        alchemy = sys.modules.get("sqlalchemy.exc")
        failures = (psycopg.OperationalError, *((alchemy.OperationalError,) if alchemy else ()))
        if not isinstance(exc, failures):
            raise
        reason = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0]
        raise DatabaseUnavailable(f"cannot connect to {setting} ({redact(url)}): {reason}") from exc


def require_current_schema(settings: Settings) -> None:
    """Refuse to serve a database whose migrations are not exactly this version's."""
    from pgpilot.db import heads

    url = app_url(settings)
    with reachable("DATABASE_URL", url):
        now = heads.current_revision(url)
    head = heads.head_revision()
    if now != head:
        raise ConfigError(
            f"the app database is at revision {now or 'base'}, this pgpilot needs {head}: "
            "run `pgpilot db upgrade` (once, before the workers start)"
        )
