"""Test harness: one PostgreSQL per session, one fresh database per test.

The server is the embedded PostgreSQL 18, or the one PGPILOT_TEST_DATABASE_URL names
(CI also runs the `db` tests against the machine's PostgreSQL 15). Each test that asks
for `app_db_url` gets a database of its own: a clone of a migrated template, or one a
previous test used, emptied and checked to be what a fresh clone is (tests/recycle.py).
"""

import os
import uuid
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import psycopg
import pytest
from psycopg import sql
from psycopg_pool import AsyncConnectionPool

from pgpilot.db import migrate
from pgpilot.db.embedded import EmbeddedPostgres
from pgpilot.db.urls import database_name, with_database
from tests import recycle, servercpu
from tests.appdb import app_pool, make_user

TEST_URL_VARIABLE = "PGPILOT_TEST_DATABASE_URL"


def pytest_configure(config: pytest.Config) -> None:
    config.pluginmanager.register(servercpu, "servercpu")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark every test that touches the server as `db`, so CI can rerun them on PG 15."""
    for item in items:
        if "pg_server" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.db)


@pytest.fixture(scope="session")
def pg_server(
    tmp_path_factory: pytest.TempPathFactory, pytestconfig: pytest.Config
) -> Iterator[str]:
    """URL of the server's maintenance database.

    Under `pytest -n`, each worker is a session of its own, so each starts its own server in
    its own temporary directory: workers share no database, role or setting.
    """
    external = os.environ.get(TEST_URL_VARIABLE)
    if external:
        yield external
        return
    embedded = EmbeddedPostgres(tmp_path_factory.mktemp("pgpilot-home"))
    with embedded:
        throwaway(embedded.url("postgres"))
        _record_cpu(pytestconfig, embedded)
    with embedded:  # restarted: wal_level is read only when the server starts
        yield embedded.url("postgres")
        _record_cpu(pytestconfig, embedded)


def _record_cpu(config: pytest.Config, embedded: EmbeddedPostgres) -> None:
    if embedded.pid is not None:
        servercpu.record(config, servercpu.server_cpu_seconds(embedded.pid))


# The session's own server lives in a temporary directory and dies with the session, so it
# need not survive a crash: without fsync, creating a database per test (CREATE DATABASE
# writes and syncs a whole copy) and every commit stop waiting on the disk. What a query
# sees is the same; an external server (PG 15 on CI) is left as it is configured. With no
# replica to feed, the WAL need only carry what crash recovery would (wal_level minimal):
# tables created or truncated in a transaction are then not written to it row by row.
THROWAWAY_SETTINGS = {
    "fsync": "off",
    "synchronous_commit": "off",
    "full_page_writes": "off",
    "wal_level": "minimal",
    "max_wal_senders": "0",
}


def throwaway(server_url: str) -> None:
    """Turn off durability on the session's own embedded server (some at its next start)."""
    with psycopg.connect(server_url, autocommit=True) as conn:
        for name, value in THROWAWAY_SETTINGS.items():
            conn.execute(
                sql.SQL("ALTER SYSTEM SET {} = {}").format(sql.Identifier(name), sql.Literal(value))
            )
        conn.execute("SELECT pg_reload_conf()")


def create_database(server_url: str, *, template: str | None = None) -> str:
    """Create a uniquely named database and return its URL."""
    name = f"pgpilot_test_{uuid.uuid4().hex[:12]}"
    # FILE_COPY (PostgreSQL 15+) copies the template's files; the default, WAL_LOG, also writes
    # every block to the WAL and leaves the copy dirty in shared buffers: on the embedded
    # PostgreSQL 18 (fsync off) a clone and its drop then cost the server about twice the CPU.
    statement = sql.SQL("CREATE DATABASE {} TEMPLATE {} STRATEGY = FILE_COPY").format(
        sql.Identifier(name), sql.Identifier(template or "template1")
    )
    with psycopg.connect(server_url, autocommit=True) as conn:
        conn.execute(statement)
    return with_database(server_url, name)


def drop_database(server_url: str, url: str) -> None:
    """Drop a test database, closing any connection left to it."""
    name = database_name(url)
    with psycopg.connect(server_url, autocommit=True) as conn:
        conn.execute(
            sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
        )


@pytest.fixture(scope="session")
def app_template(pg_server: str) -> Iterator[str]:
    """Name of a migrated database that test databases are cloned from."""
    url = create_database(pg_server)
    migrate.upgrade(url)
    yield database_name(url)
    drop_database(pg_server, url)


@pytest.fixture(scope="session")
def spare_app_dbs(pg_server: str, app_template: str) -> Iterator[list[recycle.Clone]]:
    """Emptied app databases, each as a fresh clone of the template is (tests/recycle.py)."""
    spare: list[recycle.Clone] = []
    yield spare
    for clone in spare:
        drop_database(pg_server, clone.url)


@pytest.fixture
def app_db_url(
    pg_server: str, app_template: str, spare_app_dbs: list[recycle.Clone]
) -> Iterator[str]:
    """A migrated app database of this test's own: an emptied one, or a fresh clone."""
    clone = None
    while spare_app_dbs and clone is None:
        clone = spare_app_dbs.pop()
        if not recycle.untouched(clone):
            drop_database(pg_server, clone.url)
            clone = None
    if clone is None:
        clone = recycle.describe(create_database(pg_server, template=app_template))
    yield clone.url
    if recycle.reset(clone):
        spare_app_dbs.append(clone)
    else:
        drop_database(pg_server, clone.url)


@pytest.fixture
def blank_db_url(pg_server: str) -> Iterator[str]:
    """An empty database of this test's own."""
    url = create_database(pg_server)
    yield url
    drop_database(pg_server, url)


@pytest.fixture
def home(tmp_path: Path) -> Path:
    """An empty PGPILOT_HOME."""
    path = tmp_path / "home"
    path.mkdir()
    return path


@pytest.fixture(autouse=True)
def _no_ambient_settings(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Tests see only the settings they set: no developer .env or exported variables."""
    from pgpilot.settings import Settings, env_name

    for field in Settings.model_fields:
        monkeypatch.delenv(env_name(field), raising=False)
    # Never the developer's ~/.local/share/pgpilot: an embedded server starts here if needed.
    monkeypatch.setenv("PGPILOT_HOME", str(tmp_path / "pgpilot-home"))
    # Password hashes of the least cost the settings allow: the production cost is the
    # default, tested in tests/auth/test_passwords.py, and each hash of it takes 0.1-0.2 s.
    monkeypatch.setenv("PGPILOT_PASSWORD_HASH_MEMORY_KIB", "1024")
    monkeypatch.setenv("PGPILOT_PASSWORD_HASH_TIME_COST", "1")
    monkeypatch.chdir(tmp_path)


@pytest.fixture(scope="session")
def demo_template(pg_server: str) -> Iterator[str]:
    """Name of a database holding the demo shop, to clone targets from."""
    from pgpilot.db.demo import ensure_demo

    url = create_database(pg_server)
    ensure_demo(url)
    yield database_name(url)
    drop_database(pg_server, url)


@pytest.fixture(scope="session")
def spare_demo_dbs(pg_server: str, demo_template: str) -> Iterator[list[recycle.Clone]]:
    """Demo shops a test used and handed back; each is checked again before it is reused."""
    spare: list[recycle.Clone] = []
    yield spare
    for clone in spare:
        drop_database(pg_server, clone.url)


@pytest.fixture
def demo_url(
    pg_server: str, demo_template: str, spare_demo_dbs: list[recycle.Clone]
) -> Iterator[str]:
    """A demo shop database of this test's own: one a test left as cloned, or a fresh clone.

    Most tests only read the shop, so their clone is handed on whole, never emptied: it is
    checked when taken (its sessions ended, its fingerprint, rows included, that of a fresh
    clone), which also catches a write made after the last test ended.
    """
    clone = None
    while spare_demo_dbs and clone is None:
        clone = spare_demo_dbs.pop()
        if not recycle.unchanged(clone):
            drop_database(pg_server, clone.url)
            clone = None
    if clone is None:
        clone = recycle.describe(create_database(pg_server, template=demo_template))
    yield clone.url
    spare_demo_dbs.append(clone)


@pytest.fixture
async def pool(app_db_url: str) -> AsyncIterator[AsyncConnectionPool]:
    """A pool over this test's app database."""
    async with app_pool(app_db_url) as opened:
        yield opened


@pytest.fixture
async def alice(pool: AsyncConnectionPool) -> int:
    """A user in UTC."""
    return await make_user(pool, email="alice@example.com")


@pytest.fixture
async def bob(pool: AsyncConnectionPool) -> int:
    """Another user, who must never see or change alice's tasks."""
    return await make_user(pool, email="bob@example.com")
