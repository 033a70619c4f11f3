"""Classify one SQL statement as read, write, ddl or forbidden, without touching a database."""

import re
from functools import lru_cache

import orjson
from pglast.parser import ParseError, parse_sql_json

from pgpilot.sql.functions import READ_FUNCTIONS, WRITE_FUNCTIONS, forbidden_reason
from pgpilot.sql.parsetree import Facts, Node, read_tree
from pgpilot.sql.shape import lookup, single_row
from pgpilot.sql.statements import (
    DDL_EFFECTS,
    FAMILIES,
    FLAGS,
    LANGUAGES,
    OBJECT_WORDS,
    OBJECTS,
    RELATION_DROPS,
    STATEMENTS,
)
from pgpilot.sql.system import secret_relation_reason, system_write_reason
from pgpilot.sql.verdict import Kind, Verdict

Finding = tuple[Kind, str]

_RANK: dict[Kind, int] = {"read": 0, "write": 1, "ddl": 2, "forbidden": 3}

_CACHED_SQL_LENGTH = 8192
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")


def _object_word(objtype: object) -> str:
    word = str(objtype).removeprefix("OBJECT_")
    return OBJECT_WORDS.get(word, word.replace("_", " "))


def _objtype(node: Node) -> object:
    return next(
        (node[k] for k in ("objtype", "removeType", "renameType", "objectType") if k in node), None
    )


def _name(node_type: str, node: Node) -> str:
    """Human name of a statement node, as a DBA would say it."""
    listed = STATEMENTS.get(node_type)
    if listed is not None and listed[1] != "*":
        return listed[1]
    if node_type in FLAGS:
        flag, yes, no = FLAGS[node_type]
        return yes if node.get(flag) else no
    if node_type == "TransactionStmt":
        word = str(node.get("kind")).removeprefix("TRANS_STMT_").replace("_", " ")
        return {"START": "START TRANSACTION", "ROLLBACK TO": "ROLLBACK TO SAVEPOINT"}.get(
            word, word
        )
    if node_type == "VariableSetStmt":
        if str(node.get("kind")).startswith("VAR_RESET"):
            return "RESET"
        return f"SET {node.get('name')}" if node.get("kind") == "VAR_SET_MULTI" else "SET"
    if node_type == "CreateRoleStmt":
        return "CREATE " + str(node.get("stmt_type")).removeprefix("ROLESTMT_")
    if node_type == "CreateTableAsStmt":
        objtype = node.get("objtype")
        return "CREATE MATERIALIZED VIEW" if objtype == "OBJECT_MATVIEW" else "CREATE TABLE AS"
    if node_type == "DefineStmt":
        return "CREATE " + _object_word(node.get("kind"))
    objtype = _objtype(node)
    if objtype is not None:
        verb = {"DropStmt": "DROP", "RenameStmt": "RENAME"}.get(node_type, "ALTER")
        tail = {"AlterObjectSchemaStmt": " SET SCHEMA", "AlterOwnerStmt": " OWNER"}
        return f"{verb} {_object_word(objtype)}{tail.get(node_type, '')}"
    return _CAMEL.sub(" ", node_type.removesuffix("Stmt")).upper()


def _ddl_problem(node_type: str, node: Node) -> str | None:
    """The forbidden family of an otherwise allowed DDL statement, if any."""
    if node_type == "DefineStmt":
        kind = node.get("kind")
        return (
            None
            if kind in ("OBJECT_TYPE", "OBJECT_AGGREGATE")
            else OBJECTS.get(str(kind), "resolve")
        )
    objtype = _objtype(node)
    family = OBJECTS.get(str(objtype), "unlisted") if objtype is not None else "ddl"
    if family == "part" and node_type in ("RenameStmt", "CommentStmt"):
        family = "ddl"
    for cmd in node.get("cmds", ()):
        subtype = cmd.get("AlterTableCmd", {}).get("subtype")
        family = {"AT_ChangeOwner": "admin", "AT_SetTableSpace": "cluster"}.get(subtype, family)
    if node_type == "CreateSchemaStmt" and "authrole" in node:
        family = "admin"
    for option in node.get("options", ()) if node_type == "CreateFunctionStmt" else ():
        elem = option.get("DefElem", {})
        language = elem.get("arg", {}).get("String", {}).get("sval", "")
        if elem.get("defname") == "language" and language.lower() not in LANGUAGES:
            family = "code"
    return None if family == "ddl" else family


def _judge(node_type: str, node: Node) -> list[Finding]:
    """What one statement node, top-level or nested, contributes to the verdict."""
    name = _name(node_type, node)
    kind, _ = STATEMENTS.get(node_type, ("unlisted", ""))
    if node_type == "VariableSetStmt" and node.get("name") == "TRANSACTION":
        kind = "tx"
    if kind == "read":
        found: list[Finding] = []
        if "intoClause" in node:
            found.append(("ddl", "SELECT INTO creates a table"))
        if "lockingClause" in node:
            found.append(("write", "SELECT ... FOR UPDATE/SHARE locks the rows it reads"))
        return found
    if kind == "write":
        system = system_write_reason(node.get("relation", {}))
        if system is not None:
            return [("forbidden", f"{name} is not allowed: {system}")]
        return [("write", f"{name} changes data")]
    if kind == "ddl":
        problem = _ddl_problem(node_type, node)
        if problem is None:
            return [("ddl", f"{name} {DDL_EFFECTS.get(name, 'changes the schema')}")]
        kind = problem
    return [("forbidden", f"{name} is not allowed: {FAMILIES[kind]}")]


def _explain_analyze(node: Node) -> bool:
    """Whether EXPLAIN runs its statement; anything but a clear false counts as ANALYZE."""
    for option in node.get("options", ()):
        elem = option.get("DefElem", {})
        if elem.get("defname") != "analyze":
            continue
        arg = elem.get("arg")
        if arg is None or not (
            arg.get("Integer") == {}
            or str(arg.get("String", {}).get("sval", "")).lower() in ("false", "off")
        ):
            return True
    return False


def _refuse(reason: str) -> Verdict:
    return Verdict("forbidden", (reason,), None, (), (), (), has_where=False)


def _guarded(sql: str, stable_functions: frozenset[str]) -> Verdict:
    try:
        return _classify(sql, stable_functions)
    except ParseError as exc:
        return _refuse(f"the SQL does not parse: {exc}")
    except (orjson.JSONDecodeError, RecursionError):
        return _refuse(
            "the SQL is nested too deeply for the guard to inspect (more than about 300 "
            "operators in one chain); sum long lists with unnest(ARRAY[...]) instead"
        )
    except Exception as exc:  # a guard that crashes must fail closed
        return _refuse(f"the SQL could not be classified ({type(exc).__name__})")


# Verdicts are immutable, so an agent re-sending the same SQL gets the same object back.
_cached = lru_cache(maxsize=1024)(_guarded)


def classify(sql: str, *, stable_functions: frozenset[str] = frozenset()) -> Verdict:
    """Classify one SQL statement; never raises, anything unexpected is forbidden.

    `stable_functions` are names the target's catalog says are IMMUTABLE or STABLE.
    """
    if len(sql) > _CACHED_SQL_LENGTH:
        return _guarded(sql, stable_functions)
    return _cached(sql, stable_functions)


def _classify(sql: str, stable_functions: frozenset[str]) -> Verdict:
    if "\x00" in sql:  # the C parser would stop at the NUL and never see the rest
        return _refuse("the SQL contains a NUL character")
    statements, facts = read_tree(parse_sql_json(sql))
    if not statements:
        return _refuse("the SQL is empty: there is no statement to run")
    if len(statements) > 1:
        return _refuse(f"only one statement is allowed, found {len(statements)}")
    top_type, top = next(iter(statements[0]["stmt"].items()))
    if not facts.find_statements:
        facts.statements.append((top_type, top))
    executes = top_type != "ExplainStmt" or _explain_analyze(top)
    found = [
        finding
        for node_type, node in facts.statements
        # a nested SET is a function's SET clause, which applies only while the function runs
        if node is top or node_type != "VariableSetStmt"
        for finding in _judge(node_type, node)
    ]
    if not executes:  # plain EXPLAIN plans its statement without running it
        found = [f for f in found if f[0] == "forbidden"]
    for relation in sorted(facts.tables - facts.ctes):
        why = secret_relation_reason(relation)
        if why is not None:
            found.append(("forbidden", f"{relation} is not allowed: {why}"))
    unknown: list[str] = []
    for name in sorted(facts.calls - READ_FUNCTIONS):  # READ is disjoint from forbidden names
        reason = forbidden_reason(name)
        if reason is not None:
            found.append(("forbidden", f"{name}() is not allowed: {reason}"))
        elif name in WRITE_FUNCTIONS:
            if executes:
                found.append(("write", f"calls {name}(), which writes even inside a query"))
        elif name not in stable_functions:
            unknown.append(name)
    kind: Kind = max((k for k, _ in found), key=_RANK.__getitem__, default="read")
    reasons = [r for k, r in found if k == kind]
    if kind == "read" and unknown:  # even plain EXPLAIN may pre-evaluate a function
        kind = "write"
        reasons = [
            f"calls unknown function {name}(); it is checked against the database's catalog "
            "before it can run as a read"
            for name in unknown
        ]
    target = next(iter(top["query"].values())) if top_type == "ExplainStmt" else top
    return Verdict(
        kind=kind,
        reasons=tuple(dict.fromkeys(reasons)),
        statement_type=_name(top_type, top),
        tables=_tables(facts, target),
        functions=tuple(sorted(facts.calls)),
        unknown_functions=tuple(unknown),
        has_where="whereClause" in target,
        single_row=kind == "read" and single_row(top_type, top),
        lookup=lookup(top_type, top) if kind == "read" else None,
    )


def _tables(facts: Facts, target: Node) -> tuple[str, ...]:
    """Relations referenced, without CTE names but with a DML target that shares one."""
    tables = facts.tables - facts.ctes
    relation = target.get("relation", {})
    if "relname" in relation and "schemaname" not in relation:
        tables.add(relation["relname"])
    for node_type, node in facts.statements:
        if node_type == "DropStmt" and node.get("removeType") in RELATION_DROPS:
            for item in node.get("objects", ()):
                names = item.get("List", {}).get("items", ())
                tables.add(".".join(n.get("String", {}).get("sval", "") for n in names))
    return tuple(sorted(tables))
