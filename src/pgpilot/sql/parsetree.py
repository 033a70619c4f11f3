"""Read pglast's JSON parse tree: its statements, and the calls, relations and CTEs in it.

Two readers give the same facts. `walk_tree` sees every object of any tree as `json.loads`
builds it. `scan_selects` handles trees of plain SELECTs (most agent SQL) from the JSON text alone,
about twice as fast, and declines anything else. It can, because:
- keys are never escaped, while a quote inside a string always is, so `"relname":` can only
  be a key, never text the user wrote;
- among raw parse nodes, `funcname` is a field of FuncCall only, `relname`/`schemaname`/
  `catalogname` of RangeVar only and `ctename` of CommonTableExpr only, once the DDL that
  also has `funcname` or `schemaname` is ruled out (its statements are not SelectStmt);
- a nested SelectStmt adds to the verdict only through INTO or FOR UPDATE, which decline.
tests/sql/test_parsetree.py checks that both readers agree on the classifier's case table,
generated SQL, arbitrary quoted names and Pagila's views.
"""

import json
import re
from typing import Any

import orjson

Node = dict[str, Any]

_STRING = r'("[^"\\]*(?:\\.[^"\\]*)*")'  # a JSON string, quotes included
_NOT_SELECT = re.compile(r'Stmt":\{(?<!"SelectStmt":\{)')
_INTO_OR_LOCKING = re.compile(r'Clause":(?:(?<="intoClause":)|(?<="lockingClause":))')
# The last part of a function's name; a funcname of another shape matches with no group.
_LAST_NAME = re.compile(
    r'"funcname":(?:\[(?:\{"String":\{"sval":"[^"\\]*(?:\\.[^"\\]*)*"\}\},)*'
    r'\{"String":\{"sval":' + _STRING + r"\}\}\])?"
)
_FIELDS = {
    name: re.compile(f'"{name}":{_STRING}')
    for name in ("catalogname", "schemaname", "relname", "ctename")
}


class Facts:
    """Statements, calls, relations and CTE names found in one parse tree."""

    __slots__ = ("calls", "ctes", "find_statements", "statements", "tables")

    def __init__(self, *, find_statements: bool) -> None:
        self.find_statements = find_statements
        self.calls: set[str] = set()
        self.ctes: set[str] = set()
        self.statements: list[tuple[str, Node]] = []
        self.tables: set[str] = set()

    def hook(self, value: Node) -> Node:
        """json.loads object_hook: sees every object of the tree, innermost first."""
        if len(value) == 1:  # a {"NodeType": {...}} wrapper
            if self.find_statements:
                for key in value:
                    if key[-4:] == "Stmt" and key[0] <= "Z":
                        self.statements.append((key, value[key]))
            return value
        # Typed fields (InsertStmt.relation, CallStmt.funccall) are inlined without a wrapper,
        # so RangeVar, FuncCall and CommonTableExpr are recognised by their own keys.
        if "funcformat" in value:
            self.calls.add(value["funcname"][-1]["String"].get("sval", "").lower())
        elif "relname" in value:
            parts = (value.get("catalogname"), value.get("schemaname"), value["relname"])
            self.tables.add(".".join(p for p in parts if p))
        elif "ctename" in value:
            self.ctes.add(value["ctename"])
        return value


def read_tree(tree: str) -> tuple[list[Node], Facts]:
    """The top-level statements of a JSON parse tree, and the facts found in it."""
    facts = scan_selects(tree)
    if facts is not None:
        return orjson.loads(tree).get("stmts", []), facts
    return walk_tree(tree)


def walk_tree(tree: str) -> tuple[list[Node], Facts]:
    """`read_tree` by visiting every object: works on any tree."""
    # Only node-type keys end in Stmt":{ (quotes inside JSON strings are escaped), so one
    # match means the top statement is the only one and the hook need not look for more.
    facts = Facts(find_statements=tree.count('Stmt":{') > 1)
    return json.loads(tree, object_hook=facts.hook).get("stmts", []), facts


def scan_selects(tree: str) -> Facts | None:
    """The facts of a tree of plain SELECTs, read from its text; None for any other tree."""
    if _NOT_SELECT.search(tree) or _INTO_OR_LOCKING.search(tree):
        return None
    names = _LAST_NAME.findall(tree)
    if "" in names:
        return None
    facts = Facts(find_statements=False)
    facts.calls = {_decode(name).lower() for name in names}
    facts.ctes = {_decode(name) for name in _FIELDS["ctename"].findall(tree)}
    # A RangeVar's fields come in this order, one after another: a qualifier is the start
    # of the name whose field begins right after it and its comma.
    if '"schemaname":' not in tree:
        facts.tables = {_decode(name) for name in _FIELDS["relname"].findall(tree)}
        return facts
    qualifiers: dict[int, tuple[str, ...]] = {}
    for field in ("catalogname", "schemaname", "relname"):
        for match in _FIELDS[field].finditer(tree):
            parts = (*qualifiers.pop(match.start(), ()), _decode(match[1]))
            if field == "relname":
                facts.tables.add(".".join(p for p in parts if p))
            else:
                qualifiers[match.end() + 1] = parts
    return None if qualifiers else facts


def _decode(quoted: str) -> str:
    """The text of a JSON string."""
    return str(orjson.loads(quoted)) if "\\" in quoted else quoted[1:-1]
