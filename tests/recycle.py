"""Migrated app databases handed from test to test instead of cloned anew for each.

A clone copies a whole database, most of it catalogs, and the server pays for that in every
test that asks for `app_db_url`. Emptying the tables of the last test's database costs a
fraction. A database is handed on only when, with every backend on it gone, it is what a
fresh clone would be: the same schema objects, privileges, settings and seed rows (its
fingerprint, taken when it was cloned), its other tables empty and their sequences restarted.
Anything else a test changed (a downgrade, a new table, a grant, a standalone sequence used)
makes it dropped, and the next test gets a fresh clone.
"""

import time
from dataclasses import dataclass

import psycopg
from psycopg import sql

from pgpilot.db.urls import database_name

USER_RELATIONS = """
    SELECT c.oid::regclass::text FROM pg_class c
    WHERE c.relkind IN ('r', 'p') AND c.relnamespace NOT IN (
        SELECT oid FROM pg_namespace
        WHERE nspname IN ('pg_catalog', 'information_schema') OR nspname LIKE 'pg\\_toast%')
    ORDER BY 1
"""
# Catalog rows whose text a truncation leaves as it is; any DDL, GRANT or ALTER changes one.
# pg_class loses the columns TRUNCATE, VACUUM and ANALYZE rewrite.
CATALOGS = {
    "pg_class": "to_jsonb(t) - ARRAY['relfilenode', 'relpages', 'reltuples', 'relallvisible',"
    " 'relallfrozen', 'relfrozenxid', 'relminmxid']",
    "pg_attribute": "to_jsonb(t)",
    "pg_attrdef": "to_jsonb(t)",
    "pg_constraint": "to_jsonb(t)",
    "pg_index": "to_jsonb(t)",
    "pg_inherits": "to_jsonb(t)",
    "pg_proc": "to_jsonb(t)",
    "pg_type": "to_jsonb(t)",
    "pg_namespace": "to_jsonb(t)",
    "pg_trigger": "to_jsonb(t)",
    "pg_policy": "to_jsonb(t)",
    "pg_rewrite": "to_jsonb(t)",
    "pg_sequence": "to_jsonb(t)",
    "pg_extension": "to_jsonb(t)",
    "pg_default_acl": "to_jsonb(t)",
    "pg_event_trigger": "to_jsonb(t)",
    "pg_publication": "to_jsonb(t)",
    "pg_largeobject_metadata": "to_jsonb(t)",
    "pg_enum": "to_jsonb(t)",
    "pg_operator": "to_jsonb(t)",
    "pg_cast": "to_jsonb(t)",
    "pg_statistic_ext": "to_jsonb(t)",
    "pg_foreign_server": "to_jsonb(t)",
    "pg_user_mapping": "to_jsonb(t)",
}
DATABASE = """
    SELECT concat_ws('|', d.datacl, d.datconnlimit, d.datallowconn, d.datistemplate,
        (SELECT string_agg(s.setconfig::text, ',' ORDER BY s.setrole)
         FROM pg_db_role_setting s WHERE s.setdatabase = d.oid))
    FROM pg_database d WHERE d.datname = current_database()
"""
SEQUENCES = (
    "SELECT string_agg(format('%s.%s=%s', schemaname, sequencename, last_value), ','"
    " ORDER BY schemaname, sequencename) FROM pg_sequences"
)


@dataclass(frozen=True, slots=True)
class Clone:
    """A migrated database: its tables with rows from the migrations, and its fingerprint."""

    url: str
    seeded: tuple[str, ...]
    emptied: tuple[str, ...]
    fingerprint: str


def _one(conn: psycopg.Connection, query: str) -> str:
    row = conn.execute(query).fetchone()
    return "" if row is None else str(row[0])


def fingerprint(conn: psycopg.Connection, seeded: tuple[str, ...]) -> str:
    """What must not differ between a fresh clone and a database handed on."""
    parts = [
        _one(conn, f"SELECT string_agg(({row})::text, ',' ORDER BY ({row})::text) FROM {name} t")
        for name, row in CATALOGS.items()
    ]
    parts += [_one(conn, DATABASE), _one(conn, SEQUENCES)]
    parts += [
        _one(conn, f"SELECT string_agg(t::text, ',' ORDER BY t::text) FROM {table} t")
        for table in seeded
    ]
    return "\n".join(parts)


def describe(url: str) -> Clone:
    """A fresh clone's seed tables, other tables and fingerprint."""
    with psycopg.connect(url) as conn:
        tables = [str(row[0]) for row in conn.execute(USER_RELATIONS)]
        seeded = tuple(
            t for t in tables if _one(conn, f"SELECT EXISTS (SELECT FROM {t})") == "True"
        )
        emptied = tuple(t for t in tables if t not in seeded)
        return Clone(url, seeded, emptied, fingerprint(conn, seeded))


def _close_sessions(server_url: str, url: str) -> None:
    """End every session on the database, and wait until they are gone."""
    name = database_name(url)
    with psycopg.connect(server_url, autocommit=True) as conn:
        conn.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
            " WHERE datname = %s AND pid <> pg_backend_pid()",
            (name,),
        )
        for _ in range(500):
            left = conn.execute(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = %s", (name,)
            ).fetchone()
            if left is not None and left[0] == 0:
                return
            time.sleep(0.01)
    raise AssertionError(f"sessions on {name} outlived pg_terminate_backend")


def reset(server_url: str, clone: Clone) -> bool:
    """Empty a used clone; True when it is then what a fresh one is (else it must go)."""
    _close_sessions(server_url, clone.url)
    tables = sql.SQL(", ").join(sql.SQL(t) for t in clone.emptied)
    try:
        with psycopg.connect(clone.url) as conn:
            conn.execute(sql.SQL("TRUNCATE {} RESTART IDENTITY").format(tables))
            return fingerprint(conn, clone.seeded) == clone.fingerprint
    except psycopg.Error:  # a table dropped or referenced anew: not a fresh clone's schema
        return False


def untouched(clone: Clone) -> bool:
    """True when nobody has written to the emptied clone since its reset."""
    checks = " AND ".join(f"NOT EXISTS (SELECT FROM {t})" for t in clone.emptied) or "true"
    with psycopg.connect(clone.url) as conn:
        return _one(conn, f"SELECT {checks}") == "True"
