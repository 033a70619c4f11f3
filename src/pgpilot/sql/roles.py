"""Least-privilege roles for a target: what pgpilot should connect as, instead of a superuser."""

import psycopg
from psycopg import sql

from pgpilot.sql.catalog import role_facts_sync

READER = "pgpilot_reader"
WRITER = "pgpilot_writer"
DANGEROUS_ROLES = ("pg_read_server_files", "pg_write_server_files", "pg_execute_server_program")

SCHEMAS_SQL = """
SELECT nspname FROM pg_catalog.pg_namespace
WHERE nspname NOT LIKE 'pg\\_%' AND nspname <> 'information_schema'
ORDER BY nspname
"""


HEADER = """\
-- Least-privilege roles for pgpilot on database {database}.
-- pgpilot_reader may only read; pgpilot_writer may also insert, update and delete rows.
-- Neither may create objects or temporary tables, read or write server files, or run programs.
-- Give each agent a login of its own in one of them, and put that in TARGET_DATABASE_URL:
--   CREATE ROLE agent LOGIN PASSWORD '<a long random password>' IN ROLE pgpilot_reader;
--   ALTER ROLE agent SET default_transaction_read_only = on;  -- settings are per login
-- Both may set temp_file_limit (PostgreSQL 15+), which pgpilot sets on every session to
-- PGPILOT_TEMP_FILE_LIMIT_KB. On an older server only a superuser can set it for a login:
--   ALTER ROLE agent SET temp_file_limit = '{temp_file_limit}';
"""


def roles_sql(
    database: str, schemas: list[str], *, server_version: int = 150000
) -> list[sql.Composed | sql.SQL]:
    """Statements creating pgpilot_reader / pgpilot_writer for one database (idempotent)."""
    db = sql.Identifier(database)
    reader, writer = sql.Identifier(READER), sql.Identifier(WRITER)
    both = sql.SQL("{}, {}").format(reader, writer)
    statements: list[sql.Composed | sql.SQL] = [
        _create_role(READER),
        _create_role(WRITER),
        # Neither may read or write server files or run programs.
        sql.SQL("REVOKE {} FROM {}").format(
            sql.SQL(", ").join(map(sql.Identifier, DANGEROUS_ROLES)), both
        ),
        # No temporary tables, no new objects: a session cannot stash state or code.
        sql.SQL("REVOKE TEMPORARY, CREATE ON DATABASE {} FROM PUBLIC").format(db),
        sql.SQL("GRANT CONNECT ON DATABASE {} TO {}").format(db, both),
        sql.SQL("ALTER ROLE {} SET default_transaction_read_only = on").format(reader),
    ]
    if server_version >= 150000:  # so pgpilot can cap temporary files on their sessions
        statements.append(sql.SQL("GRANT SET ON PARAMETER temp_file_limit TO {}").format(both))
    for name in schemas:
        schema = sql.Identifier(name)
        statements += [
            sql.SQL("REVOKE CREATE ON SCHEMA {} FROM PUBLIC").format(schema),
            sql.SQL("GRANT USAGE ON SCHEMA {} TO {}").format(schema, both),
            sql.SQL("GRANT SELECT ON ALL TABLES IN SCHEMA {} TO {}").format(schema, both),
            sql.SQL("GRANT INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA {} TO {}").format(
                schema, writer
            ),
            sql.SQL("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA {} TO {}").format(
                schema, writer
            ),
            sql.SQL("ALTER DEFAULT PRIVILEGES IN SCHEMA {} GRANT SELECT ON TABLES TO {}").format(
                schema, both
            ),
            sql.SQL(
                "ALTER DEFAULT PRIVILEGES IN SCHEMA {} GRANT INSERT, UPDATE, DELETE ON TABLES TO {}"
            ).format(schema, writer),
        ]
    return statements


def _create_role(name: str) -> sql.Composed:
    # NOLOGIN group roles: give each agent its own login role that is a member, e.g.
    # CREATE ROLE agent LOGIN PASSWORD '…' IN ROLE pgpilot_reader;
    attributes = "NOLOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS"
    return sql.SQL(
        "DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = {name}) THEN "
        "CREATE ROLE {ident} " + attributes + "; END IF; END $$"
    ).format(name=sql.Literal(name), ident=sql.Identifier(name))


def target_roles_sql(url: str, *, temp_file_limit_kb: int = 256 * 1024) -> str:
    """The script for the database at `url`, as text."""
    with psycopg.connect(url) as conn:
        database = str(conn.info.dbname)
        schemas = [str(name) for (name,) in conn.execute(SCHEMAS_SQL).fetchall()]
        statements = roles_sql(database, schemas, server_version=conn.info.server_version)
        body = ";\n".join(stmt.as_string(conn) for stmt in statements)
    limit = f"{temp_file_limit_kb}kB" if temp_file_limit_kb >= 0 else "-1"
    return HEADER.format(database=database, temp_file_limit=limit) + body + ";\n"


def apply_roles(url: str) -> int:
    """Create or refresh the roles on the target; returns the number of statements run."""
    with psycopg.connect(url) as conn:
        database = str(conn.info.dbname)
        schemas = [str(name) for (name,) in conn.execute(SCHEMAS_SQL).fetchall()]
        statements = roles_sql(database, schemas, server_version=conn.info.server_version)
        for statement in statements:
            conn.execute(statement)
    return len(statements)


def role_warning(name: str, url: str) -> str | None:
    """The loud warning for a target whose role can write server files or run programs."""
    with psycopg.connect(url, connect_timeout=5) as conn:
        return role_facts_sync(conn).warning(name)
