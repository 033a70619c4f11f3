"""Before- and after-images of the rows a write touches, so it can be undone.

Inside the write's REPEATABLE READ transaction: the rows the statement will update or delete
are selected FOR UPDATE with the statement's own FROM/USING and WHERE; for a DELETE, the
rows FK cascades will delete or set to NULL are found by walking the foreign-key graph.
After the statement, every row it wrote carries this transaction's id in xmin.
"""

from dataclasses import dataclass, field
from typing import Any

from pglast import ast, parse_sql
from psycopg import AsyncConnection, sql
from psycopg.types.json import Jsonb

Row = dict[str, Any]

KEY_SQL = """
SELECT a.attname FROM pg_index i
JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY(i.indkey)
WHERE i.indrelid = %s::regclass AND i.indisprimary
ORDER BY array_position(i.indkey, a.attnum)
"""
CHILDREN_SQL = """
SELECT cn.nspname, c.relname, con.confdeltype,
       array(SELECT a.attname FROM unnest(con.conkey) WITH ORDINALITY k(num, ord)
             JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.num
             ORDER BY k.ord) AS child_columns,
       array(SELECT a.attname FROM unnest(con.confkey) WITH ORDINALITY k(num, ord)
             JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.num
             ORDER BY k.ord) AS parent_columns
FROM pg_constraint con
JOIN pg_class c ON c.oid = con.conrelid JOIN pg_namespace cn ON cn.oid = c.relnamespace
WHERE con.contype = 'f' AND con.confrelid = %s::regclass
"""
MAX_DEPTH = 10


@dataclass(slots=True)
class TableImages:
    """Rows of one table before and after the write, keyed by its primary key."""

    schema: str
    name: str
    key: list[str]
    depth: int = 0
    before: list[Row] = field(default_factory=list)
    after: list[Row] = field(default_factory=list)

    @property
    def qualified(self) -> str:
        """schema.table."""
        return f"{self.schema}.{self.name}"

    @property
    def ident(self) -> sql.Identifier:
        """The table as an SQL identifier."""
        return sql.Identifier(self.schema, self.name)

    def key_of(self, row: Row) -> tuple[Any, ...]:
        """The primary-key value of a row image."""
        return tuple(row.get(column) for column in self.key)

    def to_dict(self) -> dict[str, Any]:
        """JSON form, stored in the audit event."""
        return {
            "schema": self.schema,
            "name": self.name,
            "key": self.key,
            "depth": self.depth,
            "before": self.before,
            "after": self.after,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "TableImages":
        """Read back from an audit event."""
        return cls(**data)


@dataclass(frozen=True, slots=True)
class Target:
    """What a DML statement changes, as the parser sees it."""

    statement: str
    schema: str | None
    name: str
    preselect: str | None


def dml_target(text: str) -> Target | None:
    """The top-level DML's table and a SELECT … FOR UPDATE of the rows it will change."""
    node = parse_sql(text)[0].stmt
    if not isinstance(node, ast.InsertStmt | ast.UpdateStmt | ast.DeleteStmt | ast.MergeStmt):
        return None
    relation = node.relation
    assert relation is not None
    name, schema = str(relation.relname), relation.schemaname
    alias = str(relation.alias.aliasname) if relation.alias else name
    statement = type(node).__name__.removesuffix("Stmt").upper()
    if isinstance(node, ast.InsertStmt):
        return Target(statement, schema, name, None)
    sources = [stream(relation)]
    where = None
    if isinstance(node, ast.DeleteStmt):
        sources += [stream(item) for item in node.usingClause or ()]
        where = node.whereClause
    elif isinstance(node, ast.UpdateStmt):
        sources += [stream(item) for item in node.fromClause or ()]
        where = node.whereClause
    else:
        source, condition = node.sourceRelation, node.joinCondition
        assert source is not None
        assert condition is not None
        sources = [f"{stream(relation)} JOIN {stream(source)} ON {stream(condition)}"]
    text_with = ""
    if node.withClause is not None:
        recursive = "RECURSIVE " if node.withClause.recursive else ""
        text_with = f"WITH {recursive}{stream(node.withClause)} "
    query = f"{text_with}SELECT to_jsonb({_quote(alias)}.*) FROM {', '.join(sources)}"
    if where is not None:
        query += f" WHERE {stream(where)}"
    query += f" FOR UPDATE OF {_quote(alias)}"
    return Target(statement, schema, name, query)


def stream(node: ast.Node) -> str:
    """SQL text of one node (a fresh printer each time: they keep state)."""
    # Only a write needs the printers; importing them on every start cost faces 0.03-0.07 s.
    from pglast.stream import RawStream

    return str(RawStream()(node))


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


async def resolve_table(conn: AsyncConnection, schema: str | None, name: str) -> tuple[str, str]:
    """The real schema and name of a table as the statement would find it."""
    ident = sql.Identifier(schema, name) if schema else sql.Identifier(name)
    query = sql.SQL(
        "SELECT n.nspname, c.relname FROM pg_class c "
        "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.oid = {}::regclass"
    ).format(sql.Literal(ident.as_string(conn)))
    row = await (await conn.execute(query)).fetchone()
    if row is None:  # pragma: no cover - regclass raises first
        raise LookupError(name)
    return str(row[0]), str(row[1])


async def primary_key(conn: AsyncConnection, schema: str, name: str) -> list[str]:
    """Primary-key columns of a table, in key order; empty when it has none."""
    regclass = sql.Identifier(schema, name).as_string(conn)
    rows = await (await conn.execute(KEY_SQL, (regclass,))).fetchall()
    return [str(column) for (column,) in rows]


async def capture_before(
    conn: AsyncConnection, target: Target, schema: str, name: str
) -> list[TableImages]:
    """Rows the statement may update or delete, and for DELETE the rows cascades reach."""
    images = [TableImages(schema, name, await primary_key(conn, schema, name))]
    if target.preselect is None:
        return images
    rows = await (await conn.execute(target.preselect)).fetchall()
    images[0].before = _unique([row[0] for row in rows], images[0])
    if target.statement == "DELETE":
        await _capture_cascades(conn, images[0], images, depth=1)
    return images


def _unique(rows: list[Row], table: TableImages) -> list[Row]:
    seen: dict[tuple[Any, ...], Row] = {}
    for row in rows:
        seen.setdefault(table.key_of(row) if table.key else (len(seen),), row)
    return list(seen.values())


async def _capture_cascades(
    conn: AsyncConnection, parent: TableImages, images: list[TableImages], *, depth: int
) -> None:
    if not parent.before or depth > MAX_DEPTH:
        return
    regclass = parent.ident.as_string(conn)
    children = await (await conn.execute(CHILDREN_SQL, (regclass,))).fetchall()
    for schema, name, action, child_columns, parent_columns in children:
        if action not in ("c", "n", "d"):
            continue  # RESTRICT / NO ACTION: the delete fails if children exist
        query = sql.SQL(
            "SELECT to_jsonb(c.*) FROM {child} c WHERE ({cols}) IN "
            "(SELECT {pcols} FROM jsonb_populate_recordset(NULL::{parent}, %s) p) FOR UPDATE"
        ).format(
            child=sql.Identifier(schema, name),
            cols=sql.SQL(", ").join(sql.Identifier("c", col) for col in child_columns),
            pcols=sql.SQL(", ").join(sql.Identifier("p", col) for col in parent_columns),
            parent=parent.ident,
        )
        rows = await (await conn.execute(query, (Jsonb(parent.before),))).fetchall()
        if not rows:
            continue
        child = _images_for(images, schema, name, depth)
        if not child.key:
            child.key = await primary_key(conn, schema, name)
        child.before = _unique(child.before + [row[0] for row in rows], child)
        if action == "c":
            await _capture_cascades(conn, child, images, depth=depth + 1)


def _images_for(images: list[TableImages], schema: str, name: str, depth: int) -> TableImages:
    for table in images:
        if (table.schema, table.name) == (schema, name):
            return table
    table = TableImages(schema, name, [], depth=depth)
    images.append(table)
    return table


async def capture_after(
    conn: AsyncConnection, images: list[TableImages], written: list[tuple[str, str]]
) -> None:
    """Rows this transaction wrote (xmin is ours) in each table that gained or changed rows."""
    for schema, name in written:
        table = _images_for(images, schema, name, depth=len(images))
        if not table.key:
            table.key = await primary_key(conn, schema, name)
        query = sql.SQL(
            "SELECT to_jsonb(t.*) FROM {} t WHERE t.xmin = pg_current_xact_id()::xid"
        ).format(table.ident)
        table.after = [row[0] for row in await (await conn.execute(query)).fetchall()]


async def keep_changed(conn: AsyncConnection, images: list[TableImages]) -> None:
    """Drop before-images of rows the statement did not in fact update or delete."""
    for table in images:
        if not table.before or not table.key:
            continue
        written = {table.key_of(row) for row in table.after}
        candidates = [row for row in table.before if table.key_of(row) not in written]
        if not candidates:
            continue
        query = sql.SQL(
            "SELECT to_jsonb(t.*) FROM {t} t JOIN jsonb_populate_recordset(NULL::{t}, %s) r "
            "USING ({key})"
        ).format(t=table.ident, key=sql.SQL(", ").join(map(sql.Identifier, table.key)))
        still = await (await conn.execute(query, (Jsonb(candidates),))).fetchall()
        untouched = {table.key_of(row[0]) for row in still}
        table.before = [row for row in table.before if table.key_of(row) not in untouched]
