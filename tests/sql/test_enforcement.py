"""Defence in depth: every non-read, sent straight to the read executor, changes nothing.

The classifier is bypassed here on purpose. Each statement goes through both executor paths
(DECLARE cursor and direct), and a snapshot of rows, sequences, schema objects, roles, locks,
listeners and a probe file must be identical before and after.
"""

import json
import tempfile
import uuid
from contextlib import suppress
from pathlib import Path

import psycopg
import pytest

from pgpilot.errors import PgpilotError
from pgpilot.sql import door
from pgpilot.sql.classify import classify
from pgpilot.sql.context import SqlContext
from pgpilot.sql.execute import Limits, execute_read
from pgpilot.sql.operations import Pending
from pgpilot.sql.targets import Targets
from tests.actors import OPERATOR
from tests.sql.conftest import traces
from tests.sql.test_guard import HIDDEN, written

# The database server writes it, so it lives in the shared temp dir, not in tmp_path.
PROBE = Path(tempfile.gettempdir()) / f"pgpilot-enforcement-probe-{uuid.uuid4().hex}"

ATTACKS = [
    pytest.param("SELECT 1; COMMIT; DROP SCHEMA public CASCADE", id="stacked-commit-drop"),
    pytest.param("SELECT 1; DELETE FROM payments", id="stacked-delete"),
    pytest.param("COMMIT; DELETE FROM payments", id="commit-first"),
    pytest.param("SET TRANSACTION READ WRITE", id="set-read-write"),
    pytest.param("SET SESSION CHARACTERISTICS AS TRANSACTION READ WRITE", id="session-rw"),
    pytest.param(
        "SELECT set_config('default_transaction_read_only', 'off', false)", id="set-config"
    ),
    pytest.param("DELETE FROM payments", id="delete"),
    pytest.param("UPDATE products SET price = 0", id="update"),
    pytest.param(
        "INSERT INTO customers (name, email, country, city) VALUES ('x', 'x@x', 'x', 'x')",
        id="insert",
    ),
    pytest.param(
        "MERGE INTO products p USING (SELECT 1 AS id) s ON p.id = s.id WHEN MATCHED THEN DELETE",
        id="merge",
    ),
    pytest.param(
        "WITH d AS (DELETE FROM payments RETURNING *) SELECT count(*) FROM d", id="writable-cte"
    ),
    pytest.param("SELECT * INTO stolen FROM customers", id="select-into"),
    pytest.param("CREATE TABLE stolen AS SELECT * FROM customers", id="create-table-as"),
    pytest.param("SELECT * FROM products FOR UPDATE", id="for-update"),
    pytest.param("EXPLAIN ANALYZE DELETE FROM payments", id="explain-analyze-delete"),
    pytest.param(
        "EXPLAIN (ANALYZE, FORMAT JSON) UPDATE products SET stock = 0", id="explain-analyze-update"
    ),
    pytest.param("SELECT nextval('customers_id_seq')", id="nextval"),
    pytest.param("SELECT setval('orders_id_seq', 1)", id="setval"),
    pytest.param("SELECT * FROM pg_read_file('/etc/hostname')", id="read-file-from"),
    pytest.param(f"COPY (SELECT 1) TO '{PROBE}'", id="copy-to-file"),
    pytest.param(f"COPY customers TO PROGRAM 'touch {PROBE}'", id="copy-program"),
    pytest.param("SELECT lo_import('/etc/hostname')", id="lo-import"),
    pytest.param(f"SELECT lo_export(lo_from_bytea(0, 'x'), '{PROBE}')", id="lo-export"),
    pytest.param(
        "SELECT query_to_xml('DELETE FROM payments RETURNING 1', true, true, '')", id="query-to-xml"
    ),
    pytest.param(
        "SELECT * FROM ts_stat('DELETE FROM payments RETURNING ''a''::tsvector')", id="ts-stat"
    ),
    pytest.param("DO $$ BEGIN DELETE FROM payments; END $$", id="do-block"),
    pytest.param("CREATE FUNCTION f() RETURNS int LANGUAGE sql AS 'SELECT 1'", id="create-fn"),
    pytest.param("DROP TABLE payments", id="drop-table"),
    pytest.param("TRUNCATE payments", id="truncate"),
    pytest.param("ALTER TABLE products ADD COLUMN x int", id="alter-table"),
    pytest.param("CREATE INDEX ON products (name)", id="create-index"),
    pytest.param("COMMENT ON TABLE products IS 'pwned'", id="comment"),
    pytest.param("CREATE ROLE intruder SUPERUSER LOGIN", id="create-role"),
    pytest.param("GRANT ALL ON customers TO PUBLIC", id="grant"),
    pytest.param("CREATE TEMP TABLE t AS SELECT 1", id="temp-table"),
    pytest.param("PREPARE p AS DELETE FROM payments", id="prepare"),
    pytest.param("LISTEN pgpilot_attack", id="listen"),
    pytest.param("NOTIFY pgpilot_attack", id="notify"),
    pytest.param("LOCK TABLE products IN ACCESS EXCLUSIVE MODE", id="lock"),
    pytest.param("VACUUM products", id="vacuum"),
    pytest.param("ALTER SYSTEM SET work_mem = '1GB'", id="alter-system"),
    pytest.param("CREATE EXTENSION IF NOT EXISTS pg_trgm", id="create-extension"),
    pytest.param("SELECT pg_advisory_lock(7)", id="advisory-lock"),
    pytest.param("SELECT pg_terminate_backend(pg_backend_pid())", id="terminate-self"),
    pytest.param("DECLARE c CURSOR WITH HOLD FOR SELECT 1", id="cursor-with-hold"),
    pytest.param("SELECT txid_current()", id="txid-current"),
    pytest.param("SELECT U&\"pg_read_file\"('/etc/hostname')", id="unicode-escaped-fn"),
    pytest.param("SELECT * FROM pg_file_settings", id="file-settings-view"),
    pytest.param("SELECT * FROM pg_catalog.pg_hba_file_rules", id="hba-file-rules-view"),
    pytest.param("SELECT * FROM pg_ident_file_mappings", id="ident-file-mappings-view"),
    pytest.param("SELECT loid, data FROM pg_largeobject", id="largeobject-data"),
    pytest.param("SELECT rolname, rolpassword FROM pg_authid", id="password-hashes"),
    pytest.param("TABLE pg_catalog.pg_shadow", id="shadow"),
    pytest.param(
        "UPDATE pg_catalog.pg_authid SET rolcanlogin = NOT rolcanlogin, rolsuper = true",
        id="catalog-update-roles",
    ),
    pytest.param("DELETE FROM pg_description", id="catalog-delete-comments"),
    pytest.param("SELECT " + " + ".join(["1"] * 600), id="deep-expression"),
]

SNAPSHOT = """
SELECT json_build_object(
  'rows', (SELECT json_object_agg(t, n) FROM (VALUES
      ('customers', (SELECT md5(string_agg(c::text, ',' ORDER BY c.id)) FROM customers c)),
      ('products', (SELECT md5(string_agg(p::text, ',' ORDER BY p.id)) FROM products p)),
      ('orders', (SELECT md5(string_agg(o::text, ',' ORDER BY o.id)) FROM orders o)),
      ('payments', (SELECT md5(string_agg(p::text, ',' ORDER BY p.id)) FROM payments p)),
      ('order_items', (SELECT md5(string_agg(i::text, ',' ORDER BY i.order_id, i.line_no))
                       FROM order_items i))) AS v(t, n)),
  'sequences', (SELECT json_agg(json_build_array(sequencename, last_value) ORDER BY 1)
                FROM pg_sequences),
  'relations', (SELECT json_agg(c.relname || ':' || c.relkind::text ORDER BY 1) FROM pg_class c
                JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast')),
  'comments', (SELECT count(*) FROM pg_description),
  'functions', (SELECT count(*) FROM pg_proc),
  'roles', (SELECT json_agg(json_build_array(rolname, rolsuper, rolcanlogin) ORDER BY rolname)
            FROM pg_roles),
  'extensions', (SELECT json_agg(extname ORDER BY 1) FROM pg_extension),
  'large_objects', (SELECT count(*) FROM pg_largeobject_metadata),
  'prepared_xacts', (SELECT count(*) FROM pg_prepared_xacts),
  'advisory_locks', (SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'),
  'auto_conf', (SELECT count(*) FROM pg_file_settings WHERE sourcefile LIKE '%auto.conf')
)::text
"""

SESSION = (
    "SELECT json_build_object('listening', (SELECT count(*) FROM pg_listening_channels()),"
    " 'prepared', (SELECT count(*) FROM pg_prepared_statements),"
    " 'held_cursors', (SELECT count(*) FROM pg_cursors WHERE is_holdable),"
    " 'read_only', current_setting('default_transaction_read_only'),"
    " 'temp', (SELECT count(*) FROM pg_class WHERE relpersistence = 't'))::text AS s"
)


def probe_written() -> bool:
    return PROBE.exists()


def snapshot(url: str) -> str:
    with psycopg.connect(url, autocommit=True) as conn:
        return taken(conn)


def taken(conn: psycopg.Connection) -> str:
    """SNAPSHOT through an open session (autocommit: it holds no lock an attack could wait on)."""
    row = conn.execute(SNAPSHOT).fetchone()
    assert row is not None
    return str(row[0])


# Labels a buggy classifier might give: each executor path must hold on its own.
@pytest.mark.parametrize(
    "statement_type", ["SELECT", "EXPLAIN", "SHOW", None], ids=["cursor", "explain", "show", "none"]
)
@pytest.mark.parametrize("sql", ATTACKS)
async def test_non_reads_change_nothing(
    targets: Targets, demo_url: str, sql: str, statement_type: str | None
) -> None:
    assert classify(sql).kind != "read", "the classifier must not call this a read"
    # One session takes both snapshots; a statement's effect is visible to it once committed.
    with psycopg.connect(demo_url, autocommit=True) as watcher:
        before = taken(watcher)
        limits = Limits(max_rows=10, statement_timeout_ms=2000)
        pool = await targets.pool(targets.resolve(None))
        with suppress(PgpilotError):  # a refusal is what we hope for; the snapshot decides
            await execute_read(pool, sql, statement_type=statement_type, limits=limits)
        assert taken(watcher) == before
    assert not probe_written()
    session = await execute_read(pool, SESSION, statement_type="SELECT", limits=limits)
    assert json.loads(str(session.rows[0][0])) == {
        "listening": 0,
        "prepared": 0,
        "held_cursors": 0,
        "read_only": "off",
        "temp": 0,
    }


# Code reached without a call node (tests/sql/test_guard.py proves each case is live).
HIDDEN_ATTACKS = [pytest.param(p.values[0], id=p.id) for p in HIDDEN]


@pytest.mark.parametrize("sql", HIDDEN_ATTACKS)
async def test_hidden_code_changes_nothing_through_the_service(
    demo_ctx: SqlContext, demo_url: str, traced: Path, sql: str
) -> None:
    """The guard, on a superuser target: hidden code is never run as a read, nor dry-run."""
    before = snapshot(demo_url), traces(demo_url)
    with suppress(PgpilotError):
        result = await door.run(demo_ctx, OPERATOR, sql=sql, target=None)
        assert isinstance(result, Pending), result
    assert (snapshot(demo_url), traces(demo_url)) == before
    assert not written(traced)


@pytest.mark.parametrize("sql", HIDDEN_ATTACKS)
async def test_hidden_code_changes_nothing_through_the_executor(
    reader_url: str, demo_url: str, traced: Path, sql: str
) -> None:
    """The executor and a least-privilege role, with the guard bypassed."""
    before = snapshot(demo_url), traces(demo_url)
    targets = Targets({"default": reader_url})
    try:
        pool = await targets.pool(targets.resolve(None))
        with suppress(PgpilotError):
            await execute_read(pool, sql, statement_type="SELECT", limits=Limits(max_rows=10))
    finally:
        await targets.close()
    assert (snapshot(demo_url), traces(demo_url)) == before
    assert not written(traced)
