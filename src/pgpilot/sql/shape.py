"""What a SELECT's parse tree says about how many rows it returns, before it runs.

The read executor (sql/execute.py) sends a read and its session reset in one pipeline when it
expects fewer rows than its first batch. A wrong guess costs a second run, never a wrong
answer, so these rules are narrow: any shape they do not know expects many rows.
"""

from typing import Any

from pgpilot.sql.verdict import Lookup

Node = dict[str, Any]

# Aggregates whose call, without OVER and GROUP BY, returns exactly one row.
AGGREGATES = frozenset(
    {
        "array_agg",
        "avg",
        "bit_and",
        "bit_or",
        "bool_and",
        "bool_or",
        "count",
        "every",
        "json_agg",
        "json_object_agg",
        "jsonb_agg",
        "jsonb_object_agg",
        "max",
        "min",
        "stddev",
        "string_agg",
        "sum",
        "variance",
    }
)


def single_row(node_type: str, node: Node) -> bool:
    """Whether the statement returns at most one row, whatever the data."""
    if node_type != "SelectStmt":
        return False
    limit = node.get("limitCount", {}).get("A_Const", {})
    counted = node.get("limitOption") == "LIMIT_OPTION_COUNT"  # not WITH TIES
    # LIMIT 0, LIMIT 1, FETCH FIRST 1 ROW ONLY; an integer 0 is an "ival" with no "ival"
    if counted and "ival" in limit and limit["ival"].get("ival", 0) in (0, 1):
        return True
    if not _plain(node):
        return False
    values = [target.get("ResTarget", {}).get("val", {}) for target in node.get("targetList", ())]
    aggregates = sum(_aggregate(value) for value in values)
    constants = sum("A_Const" in value for value in values)
    if aggregates + constants != len(values) or not values:
        return False
    return aggregates > 0 or "fromClause" not in node  # SELECT 1 FROM t is a row per row of t


def lookup(node_type: str, node: Node) -> Lookup | None:
    """The table and the columns set equal to constants, for a plain read of one table."""
    if node_type != "SelectStmt" or not _plain(node) or "withClause" in node:
        return None  # a CTE may take the table's name
    sources = node.get("fromClause", ())
    if len(sources) != 1 or "RangeVar" not in sources[0]:
        return None
    for target in node.get("targetList", ()):
        value = target.get("ResTarget", {}).get("val", {})
        if "ColumnRef" not in value and "A_Const" not in value:
            return None  # a set-returning function would return more rows than it reads
    columns = frozenset(_equal_to_constants(node.get("whereClause", {})))
    if not columns:
        return None
    relation = sources[0]["RangeVar"]
    parts = (relation.get("catalogname"), relation.get("schemaname"), relation["relname"])
    return Lookup(".".join(part for part in parts if part), columns)


def _plain(node: Node) -> bool:
    """No set operation, grouping or VALUES: one result row per row the query finds."""
    return node.get("op", "SETOP_NONE") == "SETOP_NONE" and not (
        node.keys() & {"groupClause", "valuesLists", "havingClause"}
    )


def _aggregate(value: Node) -> bool:
    call = value.get("FuncCall")
    if call is None or "over" in call:
        return False
    name = call["funcname"][-1].get("String", {}).get("sval", "")
    return len(call["funcname"]) == 1 and name in AGGREGATES


def _equal_to_constants(where: Node) -> list[str]:
    """Columns that each AND-ed `column = constant` names; other conditions only filter more."""
    if where.get("BoolExpr", {}).get("boolop") == "AND_EXPR":
        return [name for arg in where["BoolExpr"]["args"] for name in _equal_to_constants(arg)]
    expr = where.get("A_Expr", {})
    if expr.get("kind") != "AEXPR_OP" or expr.get("name") != [{"String": {"sval": "="}}]:
        return []
    for column, other in (
        (expr.get("lexpr"), expr.get("rexpr")),
        (expr.get("rexpr"), expr.get("lexpr")),
    ):
        if column is None or other is None or "ColumnRef" not in column:
            continue
        if "A_Const" in other or "A_Const" in other.get("TypeCast", {}).get("arg", {}):
            name = column["ColumnRef"]["fields"][-1].get("String", {}).get("sval")
            return [name] if name else []
    return []
