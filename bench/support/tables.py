"""A big schema for the benchmarks: a thousand tables of twenty columns, each referencing the
one before it, with a comment each."""

import psycopg

TABLES = 1000
COLUMNS = 20


def create_tables(url: str, *, tables: int = TABLES, columns: int = COLUMNS) -> None:
    """Create t0 … t{tables-1} in the database at `url`."""
    fields = ", ".join(f"c{i} {'text' if i % 2 else 'integer'}" for i in range(columns - 1))
    with psycopg.connect(url, autocommit=True) as conn:
        for t in range(tables):
            parent = f", parent_id integer REFERENCES t{t - 1} (id)" if t else ""
            conn.execute(f"CREATE TABLE t{t} (id integer PRIMARY KEY, {fields}{parent})")
            conn.execute(f"COMMENT ON TABLE t{t} IS 'table number {t}'")
