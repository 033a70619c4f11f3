"""Undo a recorded write from its images, refusing when a row changed since."""

import json
from typing import Any

import psycopg
from psycopg import AsyncConnection, sql
from psycopg.types.json import Jsonb
from psycopg_pool import AsyncConnectionPool

from pgpilot.errors import Conflict
from pgpilot.sql.capture import Row, TableImages
from pgpilot.sql.execute import clean_connection, query_failed

COLUMNS_SQL = """
SELECT attname FROM pg_attribute
WHERE attrelid = %s::regclass AND attnum > 0 AND NOT attisdropped AND attgenerated = ''
ORDER BY attnum
"""


async def restore(pool: AsyncConnectionPool, images: list[TableImages], *, record: Any) -> int:
    """Put every row back as it was, in one transaction; returns the rows restored."""
    async with pool.connection() as conn:
        try:
            await conn.execute("BEGIN ISOLATION LEVEL REPEATABLE READ")
            restored = 0
            for table in sorted(images, key=lambda t: -t.depth):
                restored += await _remove_inserted(conn, table)
            for table in sorted(images, key=lambda t: t.depth):
                restored += await _reinsert_deleted(conn, table)
            for table in images:
                restored += await _restore_updated(conn, table)
            await record(restored)
            await conn.execute("COMMIT")
        except psycopg.Error as exc:
            await clean_connection(conn)
            raise query_failed(exc) from exc
        except BaseException:
            await clean_connection(conn)
            raise
    return restored


def _split(table: TableImages) -> tuple[list[Row], list[Row], list[tuple[Row, Row]]]:
    before = {table.key_of(row): row for row in table.before}
    after = {table.key_of(row): row for row in table.after}
    inserted = [row for key, row in after.items() if key not in before]
    deleted = [row for key, row in before.items() if key not in after]
    updated = [(before[key], after[key]) for key in before.keys() & after.keys()]
    return inserted, deleted, updated


async def _current(conn: AsyncConnection, table: TableImages, rows: list[Row]) -> dict[Any, Row]:
    query = sql.SQL(
        "SELECT to_jsonb(t.*) FROM {t} t JOIN jsonb_populate_recordset(NULL::{t}, %s) r "
        "USING ({key}) FOR UPDATE OF t"
    ).format(t=table.ident, key=sql.SQL(", ").join(map(sql.Identifier, table.key)))
    found = await (await conn.execute(query, (Jsonb(rows),))).fetchall()
    return {table.key_of(row[0]): row[0] for row in found}


def _conflict(table: TableImages, key: Any, what: str) -> Conflict:
    shown = json.dumps(dict(zip(table.key, key, strict=True)), default=str)
    return Conflict(
        f"cannot undo: row {shown} of {table.qualified} {what}; nothing was restored",
        error_code="CONFLICT",
    )


async def _remove_inserted(conn: AsyncConnection, table: TableImages) -> int:
    inserted, _, _ = _split(table)
    if not inserted:
        return 0
    current = await _current(conn, table, inserted)
    for row in inserted:
        if current.get(table.key_of(row)) != row:
            raise _conflict(table, table.key_of(row), "changed or vanished since it was inserted")
    await conn.execute(
        sql.SQL(
            "DELETE FROM {t} t USING jsonb_populate_recordset(NULL::{t}, %s) r WHERE {match}"
        ).format(t=table.ident, match=_match(table)),
        (Jsonb(inserted),),
    )
    return len(inserted)


async def _reinsert_deleted(conn: AsyncConnection, table: TableImages) -> int:
    _, deleted, _ = _split(table)
    if not deleted:
        return 0
    current = await _current(conn, table, deleted)
    if current:
        raise _conflict(table, next(iter(current)), "exists again")
    columns = await _columns(conn, table)
    names = sql.SQL(", ").join(map(sql.Identifier, columns))
    await conn.execute(
        sql.SQL(
            "INSERT INTO {t} ({cols}) OVERRIDING SYSTEM VALUE "
            "SELECT {cols} FROM jsonb_populate_recordset(NULL::{t}, %s)"
        ).format(t=table.ident, cols=names),
        (Jsonb(deleted),),
    )
    return len(deleted)


async def _restore_updated(conn: AsyncConnection, table: TableImages) -> int:
    _, _, updated = _split(table)
    if not updated:
        return 0
    current = await _current(conn, table, [after for _, after in updated])
    for _, after in updated:
        if current.get(table.key_of(after)) != after:
            raise _conflict(table, table.key_of(after), "changed since the write")
    columns = [c for c in await _columns(conn, table) if c not in table.key]
    if columns:
        await conn.execute(
            sql.SQL(
                "UPDATE {t} t SET ({cols}) = ROW({values}) "
                "FROM jsonb_populate_recordset(NULL::{t}, %s) r WHERE {match}"
            ).format(
                t=table.ident,
                cols=sql.SQL(", ").join(map(sql.Identifier, columns)),
                values=sql.SQL(", ").join(sql.Identifier("r", c) for c in columns),
                match=_match(table),
            ),
            (Jsonb([before for before, _ in updated]),),
        )
    return len(updated)


def _match(table: TableImages) -> sql.Composed:
    return sql.SQL(" AND ").join(
        sql.SQL("{} = {}").format(sql.Identifier("t", c), sql.Identifier("r", c)) for c in table.key
    )


async def _columns(conn: AsyncConnection, table: TableImages) -> list[str]:
    rows = await (await conn.execute(COLUMNS_SQL, (table.ident.as_string(conn),))).fetchall()
    return [str(name) for (name,) in rows]
