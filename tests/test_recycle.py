"""The harness hands an app database on only when it is what a fresh clone would be."""

from collections.abc import Iterator

import psycopg
import pytest
from psycopg import sql

from pgpilot.db.urls import database_name
from tests import recycle
from tests.appdb import INSERT_USER, PASSWORD_HASH
from tests.conftest import create_database, drop_database


@pytest.fixture
def clone(pg_server: str, app_template: str) -> Iterator[recycle.Clone]:
    """A fresh clone of the migrated template, described."""
    described = recycle.describe(create_database(pg_server, template=app_template))
    yield described
    drop_database(pg_server, described.url)


def rows(url: str, query: str) -> list[tuple[object, ...]]:
    with psycopg.connect(url) as conn:
        return conn.execute(query).fetchall()


def test_rows_and_sequences_go_seed_rows_stay(clone: recycle.Clone) -> None:
    assert clone.seeded == ("alembic_version", "checkpoint_migrations")
    version = rows(clone.url, "SELECT * FROM alembic_version")
    with psycopg.connect(clone.url) as conn:
        conn.execute(INSERT_USER, ("a@example.com", PASSWORD_HASH, "UTC", False))
        conn.execute(INSERT_USER, ("b@example.com", PASSWORD_HASH, "UTC", False))
    left_open = psycopg.connect(clone.url)  # a session the test forgot: ended, not waited on
    assert recycle.reset(clone)
    with pytest.raises(psycopg.OperationalError):
        left_open.execute("SELECT 1")
    left_open.close()
    assert rows(clone.url, "SELECT * FROM users") == []
    assert rows(clone.url, "SELECT * FROM alembic_version") == version
    assert recycle.untouched(clone)
    with psycopg.connect(clone.url) as conn:
        again = conn.execute(INSERT_USER, ("c@example.com", PASSWORD_HASH, "UTC", False))
        assert again.fetchone() == (1,)
    assert not recycle.untouched(clone)


@pytest.mark.parametrize(
    "change",
    [
        pytest.param("CREATE TABLE extra (id int)", id="new-table"),
        pytest.param("ALTER TABLE tasks ADD COLUMN extra int", id="new-column"),
        pytest.param("DROP TABLE reminders CASCADE", id="dropped-table"),
        pytest.param("CREATE INDEX ON tasks (title)", id="new-index"),
        pytest.param("GRANT SELECT ON users TO PUBLIC", id="grant"),
        pytest.param("CREATE FUNCTION f() RETURNS int LANGUAGE sql RETURN 1", id="function"),
        pytest.param("CREATE SEQUENCE loose; SELECT nextval('loose')", id="sequence"),
        pytest.param("DELETE FROM alembic_version", id="seed-row"),
        pytest.param("UPDATE checkpoint_migrations SET v = v + 100", id="seed-value"),
        pytest.param("CREATE SCHEMA side", id="schema"),
        pytest.param("ALTER TABLE users ENABLE ROW LEVEL SECURITY", id="row-security"),
        pytest.param("REVOKE EXECUTE ON FUNCTION now() FROM PUBLIC", id="built-in-privilege"),
        pytest.param("GRANT UPDATE ON pg_class TO PUBLIC", id="catalog-grant"),
    ],
)
def test_a_changed_schema_is_not_handed_on(clone: recycle.Clone, change: str) -> None:
    with psycopg.connect(clone.url) as conn:
        conn.execute(change)
    assert not recycle.reset(clone)


def test_a_database_setting_is_not_handed_on(pg_server: str, clone: recycle.Clone) -> None:
    name = sql.Identifier(database_name(clone.url))
    with psycopg.connect(pg_server, autocommit=True) as conn:
        conn.execute(sql.SQL("ALTER DATABASE {} SET work_mem = '8MB'").format(name))
    assert not recycle.reset(clone)


def test_an_untouched_clone_is_handed_on(clone: recycle.Clone) -> None:
    assert recycle.reset(clone)
    assert recycle.reset(clone)


@pytest.fixture
def demo_clone(pg_server: str, demo_template: str) -> Iterator[recycle.Clone]:
    """A fresh clone of the demo shop, described: every table seeded, nothing to empty."""
    described = recycle.describe(create_database(pg_server, template=demo_template))
    yield described
    drop_database(pg_server, described.url)


@pytest.mark.parametrize(
    "change",
    [
        pytest.param("UPDATE products SET stock = stock + 1 WHERE id = 7", id="row-changed"),
        pytest.param("DELETE FROM payments WHERE id = 3", id="row-deleted"),
        pytest.param(
            "WITH gone AS (DELETE FROM payments WHERE id = 3 RETURNING *)"
            " INSERT INTO payments OVERRIDING SYSTEM VALUE SELECT * FROM gone",
            id="row-replaced-by-its-copy",
        ),
        pytest.param("UPDATE customers SET name = name WHERE id = 5", id="row-rewritten-as-is"),
        pytest.param(
            "UPDATE products SET stock = stock + 1 WHERE id = 7;"
            " UPDATE products SET stock = stock - 1 WHERE id = 7",
            id="row-changed-and-back",
        ),
        pytest.param(
            "INSERT INTO products (sku, name, category, price) VALUES ('X', 'x', 'x', 1)",
            id="row-added",
        ),
        pytest.param("SELECT nextval('customers_id_seq')", id="sequence-called"),
        pytest.param("CREATE TABLE extra (id int)", id="new-table"),
        pytest.param("GRANT SELECT ON orders TO PUBLIC", id="grant"),
        pytest.param("CREATE TEMP TABLE scratch (id int)", id="temp-schema"),
    ],
)
def test_a_demo_shop_written_to_is_not_handed_on(demo_clone: recycle.Clone, change: str) -> None:
    """Rows written back as they were count too: their order in a scan is no longer a clone's."""
    assert demo_clone.emptied == ()
    with psycopg.connect(demo_clone.url) as conn:
        conn.execute(change)
    assert not recycle.unchanged(demo_clone)


def test_a_demo_shop_only_read_is_handed_on(demo_clone: recycle.Clone) -> None:
    with psycopg.connect(demo_clone.url) as conn:
        conn.execute("SELECT count(*) FROM orders JOIN order_items ON id = order_id").fetchone()
        conn.execute("UPDATE products SET stock = 0")
        conn.rollback()
    left_open = psycopg.connect(demo_clone.url)  # a session the test forgot: ended
    assert recycle.unchanged(demo_clone)
    with pytest.raises(psycopg.OperationalError):
        left_open.execute("SELECT 1")
    left_open.close()
    assert recycle.unchanged(demo_clone)
