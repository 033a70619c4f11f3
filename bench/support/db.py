"""A throw-away database for a benchmark: on PGPILOT_BENCH_DATABASE_URL's server, or on an
embedded PostgreSQL in a temporary directory; dropped afterwards."""

import os
import tempfile
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import psycopg
from psycopg import sql

from pgpilot.db.embedded import EmbeddedPostgres
from pgpilot.db.urls import with_database


@contextmanager
def bench_database() -> Iterator[str]:
    """Yield the URL of a fresh, empty database."""
    external = os.environ.get("PGPILOT_BENCH_DATABASE_URL")
    with tempfile.TemporaryDirectory() as home:
        server = None if external else EmbeddedPostgres(Path(home))
        if server is not None:
            server.start()
        admin = external or server.url("postgres")  # type: ignore[union-attr]
        database = f"pgpilot_bench_{uuid.uuid4().hex[:8]}"
        name = sql.Identifier(database)
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(sql.SQL("CREATE DATABASE {}").format(name))
        try:
            yield with_database(admin, database)
        finally:
            with psycopg.connect(admin, autocommit=True) as conn:
                conn.execute(sql.SQL("DROP DATABASE {} WITH (FORCE)").format(name))
            if server is not None:
                server.stop()
