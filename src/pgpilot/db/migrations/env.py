"""Alembic environment: runs pgpilot's migrations on the connection it is handed."""

from alembic import context
from sqlalchemy import create_engine, pool, text

from pgpilot.db.urls import sqlalchemy_url

config = context.config


def run_migrations_online() -> None:
    """Migrate the database named by the `url` attribute in one transaction."""
    url = sqlalchemy_url(config.attributes["url"])
    engine = create_engine(url, poolclass=pool.NullPool)
    with engine.connect() as connection:
        context.configure(connection=connection, transaction_per_migration=False)
        with context.begin_transaction():
            # Two processes starting on one database must not migrate it at the same time.
            connection.execute(text("SELECT pg_advisory_xact_lock(hashtext('pgpilot.migrate'))"))
            context.run_migrations()
    engine.dispose()


run_migrations_online()
