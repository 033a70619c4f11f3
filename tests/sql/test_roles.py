"""Least-privilege roles: applied to a real target, then tried as that role."""

import tempfile
import uuid
from pathlib import Path

import psycopg
import pytest

from pgpilot.sql.roles import READER, WRITER, apply_roles, target_roles_sql

# The database server writes it, so it lives in the shared temp dir, not in tmp_path.
PROBE = Path(tempfile.gettempdir()) / f"pgpilot-roles-probe-{uuid.uuid4().hex}"


def test_script_names_every_schema_and_both_roles(demo_url: str) -> None:
    script = target_roles_sql(demo_url)
    assert f'CREATE ROLE "{READER}"' in script
    assert f'CREATE ROLE "{WRITER}"' in script
    assert 'GRANT SELECT ON ALL TABLES IN SCHEMA "public"' in script
    assert "pg_write_server_files" in script
    assert "SUPERUSER" not in script.replace("NOSUPERUSER", "")


@pytest.mark.parametrize(
    ("role", "sql", "allowed"),
    [
        pytest.param(READER, "SELECT count(*) FROM orders", True, id="reader-select"),
        pytest.param(READER, "DELETE FROM payments", False, id="reader-delete"),
        pytest.param(READER, "CREATE TABLE x (a int)", False, id="reader-create"),
        pytest.param(READER, "CREATE TEMP TABLE x (a int)", False, id="reader-temp"),
        pytest.param(READER, f"COPY (SELECT 1) TO '{PROBE}'", False, id="reader-copy-file"),
        pytest.param(READER, "SELECT pg_read_file('/etc/hostname')", False, id="reader-file"),
        pytest.param(
            WRITER, "UPDATE products SET stock = stock WHERE id = 1", True, id="writer-update"
        ),
        pytest.param(
            WRITER,
            "INSERT INTO customers (name, email, country, city) "
            "VALUES ('n', 'n@example.com', 'c', 'c')",
            True,
            id="writer-insert",
        ),
        pytest.param(WRITER, "CREATE TABLE x (a int)", False, id="writer-create"),
        pytest.param(WRITER, "DROP TABLE payments", False, id="writer-drop"),
        pytest.param(WRITER, f"COPY (SELECT 1) TO '{PROBE}'", False, id="writer-copy-file"),
    ],
)
def test_roles_allow_only_their_share(demo_url: str, role: str, sql: str, allowed: bool) -> None:
    apply_roles(demo_url)
    apply_roles(demo_url)  # idempotent: a second run changes nothing and does not fail
    with psycopg.connect(demo_url) as conn:
        conn.execute(psycopg.sql.SQL("SET ROLE {}").format(psycopg.sql.Identifier(role)))
        if allowed:
            conn.execute(sql)
        else:
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(sql)
        conn.rollback()
    assert not PROBE.exists()
