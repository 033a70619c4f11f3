"""Migrated app databases handed from test to test instead of cloned anew for each.

A clone copies a whole database, most of it catalogs, and the server pays for that in every
test that asks for `app_db_url`. Emptying the tables of the last test's database costs a
fraction. A database is handed on only when, with every backend on it gone, it is what a
fresh clone would be: the same schema objects, privileges, settings and seed rows (its
fingerprint, taken when it was cloned), its other tables empty and their sequences restarted.
Anything else a test changed (a downgrade, a new table, a grant, a standalone sequence used)
makes it dropped, and the next test gets a fresh clone. A database whose rows are the point
(the demo shop) is handed on only unchanged: nothing emptied, its rows in the fingerprint.
"""

import time
from dataclasses import dataclass

import psycopg
from psycopg import sql

USER_RELATIONS = """
    SELECT c.oid::regclass::text FROM pg_class c
    WHERE c.relkind IN ('r', 'p') AND c.relnamespace NOT IN (
        SELECT oid FROM pg_namespace
        WHERE nspname IN ('pg_catalog', 'information_schema') OR nspname LIKE 'pg\\_toast%')
    ORDER BY 1
"""
# Catalog rows whose text a truncation leaves as it is; any DDL, GRANT or ALTER changes one.
# Objects the database was created with (oid below 16384) are compared by privileges only;
# of pg_class, only the columns TRUNCATE, VACUUM and ANALYZE leave alone.
USER_OIDS = "oid >= 16384"
CATALOGS = {
    "pg_class": (
        "ROW(oid, relname, relnamespace, reltype, relowner, relam, reltablespace, relkind,"
        " relpersistence, relnatts, relchecks, relhasrules, relhastriggers, relhassubclass,"
        " relrowsecurity, relforcerowsecurity, relreplident, relispartition, relacl, reloptions,"
        " relpartbound)",
        USER_OIDS,
    ),
    "pg_attribute": ("t", "attrelid >= 16384"),
    "pg_attrdef": ("t", USER_OIDS),
    "pg_constraint": ("t", USER_OIDS),
    "pg_index": ("t", "indexrelid >= 16384"),
    "pg_inherits": ("t", "true"),
    "pg_proc": ("t", USER_OIDS),
    "pg_type": ("t", USER_OIDS),
    "pg_namespace": ("t", "true"),
    "pg_trigger": ("t", USER_OIDS),
    "pg_policy": ("t", "true"),
    "pg_rewrite": ("t", USER_OIDS),
    "pg_sequence": ("t", "true"),
    "pg_extension": ("t", "true"),
    "pg_default_acl": ("t", "true"),
    "pg_event_trigger": ("t", "true"),
    "pg_publication": ("t", "true"),
    "pg_largeobject_metadata": ("t", "true"),
    "pg_enum": ("t", USER_OIDS),
    "pg_operator": ("t", USER_OIDS),
    "pg_cast": ("t", USER_OIDS),
    "pg_statistic_ext": ("t", "true"),
    "pg_foreign_server": ("t", "true"),
    "pg_user_mapping": ("t", "true"),
    "pg_init_privs": ("t", "true"),
}
# Privileges on the objects the database was created with (GRANT or REVOKE on a built-in).
BUILT_IN_ACLS = {
    "pg_class": "relacl",
    "pg_proc": "proacl",
    "pg_type": "typacl",
    "pg_attribute": "attacl",
    "pg_language": "lanacl",
    "pg_largeobject_metadata": "lomacl",
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


def _fingerprint_query(seeded: tuple[str, ...]) -> str:
    parts = [
        f"(SELECT string_agg(({row})::text, ',' ORDER BY ({row})::text) FROM {name} t"
        f" WHERE {where})"
        for name, (row, where) in CATALOGS.items()
    ]
    parts += [
        f"(SELECT string_agg({acl}::text, ',' ORDER BY {acl}::text) FROM {name}"
        f" WHERE {acl} IS NOT NULL)"
        for name, acl in BUILT_IN_ACLS.items()
    ]
    parts += [f"({DATABASE})", f"({SEQUENCES})"]
    # Seed rows by their versions, not their text (sorting the demo shop's 12,000 rows as text
    # was most of its check): a row inserted or updated since the clone is a new version
    # stamped with the writing transaction's id (xmin), and a deleted one is missing from the
    # count, so the same count and the same xmins mean the clone's own row versions. A clone
    # copies its template's files, xmins included; a row merely frozen by VACUUM shows a new
    # xmin, which makes a clone go that could have stayed, never the reverse.
    parts += [
        f"(SELECT count(*) || ':' || coalesce(string_agg(DISTINCT t.xmin::text, ' '), '')"
        f" FROM {table} t)"
        for table in seeded
    ]
    return f"SELECT md5(concat_ws(E'\\n', {', '.join(parts)}))"


def fingerprint(conn: psycopg.Connection, seeded: tuple[str, ...]) -> str:
    """What must not differ between a fresh clone and a database handed on, in one statement."""
    return _one(conn, _fingerprint_query(seeded))


def describe(url: str) -> Clone:
    """A fresh clone's seed tables, other tables and fingerprint."""
    with psycopg.connect(url) as conn:
        tables = [str(row[0]) for row in conn.execute(USER_RELATIONS)]
        seeded = tuple(
            t for t in tables if _one(conn, f"SELECT EXISTS (SELECT FROM {t})") == "True"
        )
        emptied = tuple(t for t in tables if t not in seeded)
        return Clone(url, seeded, emptied, fingerprint(conn, seeded))


# The other sessions on the connection's database; asked anew in each statement (autocommit),
# as pg_stat_activity is read once per transaction.
OTHER_SESSIONS = (
    "FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()"
)


def _close_sessions(conn: psycopg.Connection) -> None:
    """End every other session on the connection's database, and wait until they are gone."""
    conn.execute(f"SELECT pg_terminate_backend(pid) {OTHER_SESSIONS}")
    for _ in range(500):
        left = conn.execute(f"SELECT count(*) {OTHER_SESSIONS}").fetchone()
        if left is not None and left[0] == 0:
            return
        time.sleep(0.01)
    raise AssertionError(f"sessions on {conn.info.dbname} outlived pg_terminate_backend")


# Sequences back to where a fresh clone's are: never called (a template's are, by migrations).
RESTART_SEQUENCES = """
    SELECT count(setval(s.seqrelid, s.seqstart, false)) FROM pg_sequence s
    JOIN pg_sequences p ON format('%I.%I', p.schemaname, p.sequencename)::regclass = s.seqrelid
    WHERE p.last_value IS NOT NULL
"""


def reset(clone: Clone) -> bool:
    """Empty a used clone; True when it is then what a fresh one is (else it must go)."""
    # One connection, to the clone itself, both ends the test's sessions and checks the clone.
    try:
        with psycopg.connect(clone.url, autocommit=True) as conn:
            _close_sessions(conn)
            # Only the tables the test wrote to: TRUNCATE writes new files for each table.
            written = [
                table
                for table, has_rows in zip(clone.emptied, _filled(conn, clone), strict=True)
                if has_rows
            ]
            if written:
                tables = sql.SQL(", ").join(sql.SQL(t) for t in written)
                conn.execute(sql.SQL("TRUNCATE {} CASCADE").format(tables))
            conn.execute(RESTART_SEQUENCES)
            return fingerprint(conn, clone.seeded) == clone.fingerprint
    except psycopg.Error:  # a table dropped or referenced anew: not a fresh clone's schema
        return False


def _filled(conn: psycopg.Connection, clone: Clone) -> tuple[bool, ...]:
    """For each of the clone's emptied tables, whether it holds a row."""
    if not clone.emptied:
        return ()
    checks = ", ".join(f"EXISTS (SELECT FROM {table})" for table in clone.emptied)
    row = conn.execute(f"SELECT {checks}").fetchone()
    assert row is not None
    return tuple(bool(value) for value in row)


def unchanged(clone: Clone) -> bool:
    """True when a clone kept whole (nothing emptied) is, sessions ended, what a fresh one is."""
    try:
        with psycopg.connect(clone.url, autocommit=True) as conn:
            _close_sessions(conn)
            if any(_filled(conn, clone)):
                return False
            return fingerprint(conn, clone.seeded) == clone.fingerprint
    except psycopg.Error:  # a seed table dropped or renamed
        return False


def untouched(clone: Clone) -> bool:
    """True when nobody has written to the emptied clone since its reset."""
    with psycopg.connect(clone.url) as conn:
        return not any(_filled(conn, clone))
