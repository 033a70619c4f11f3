"""Least-privilege roles: applied to a real target, then tried as that role."""

import tempfile
import uuid
from pathlib import Path

import psycopg
import pytest

from pgpilot.sql.execute import Limits, execute_read
from pgpilot.sql.roles import READER, WRITER, apply_roles, target_roles_sql
from pgpilot.sql.targets import Targets

# The database server writes it, so it lives in the shared temp dir, not in tmp_path.
PROBE = Path(tempfile.gettempdir()) / f"pgpilot-roles-probe-{uuid.uuid4().hex}"


def test_script_names_every_schema_and_both_roles(demo_url: str) -> None:
    script = target_roles_sql(demo_url)
    assert f'CREATE ROLE "{READER}"' in script
    assert f'CREATE ROLE "{WRITER}"' in script
    assert 'GRANT SELECT ON ALL TABLES IN SCHEMA "public"' in script
    assert "pg_write_server_files" in script
    assert "SUPERUSER" not in script.replace("NOSUPERUSER", "")
    assert "GRANT SET ON PARAMETER temp_file_limit" in script


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


async def test_members_of_the_roles_get_temp_file_limit(demo_url: str) -> None:
    apply_roles(demo_url)
    name = f"pgpilot_test_agent_{uuid.uuid4().hex[:8]}"
    role = psycopg.sql.Identifier(name)
    with psycopg.connect(demo_url, autocommit=True) as conn:
        conn.execute(
            psycopg.sql.SQL("CREATE ROLE {} LOGIN IN ROLE {}").format(
                role, psycopg.sql.Identifier(READER)
            )
        )
    targets = Targets(
        {"default": f"{demo_url}{'&' if '?' in demo_url else '?'}user={name}"},
        limits=Limits(temp_file_limit_kb=2048),
    )
    try:
        target = targets.resolve(None)
        facts = await targets.role(target)
        assert (facts.elevated, facts.may_limit_temp_files) == (False, True)
        shown = await execute_read(
            await targets.pool(target),
            "SHOW temp_file_limit",
            statement_type="SHOW",
            limits=Limits(temp_file_limit_kb=2048),
        )
        assert shown.rows == [["2MB"]]
    finally:
        await targets.close()
        with psycopg.connect(demo_url, autocommit=True) as conn:
            conn.execute(psycopg.sql.SQL("DROP ROLE {}").format(role))
