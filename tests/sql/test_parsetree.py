"""The text scan of plain SELECTs finds exactly what the full walk of the parse tree finds."""

import contextlib
from pathlib import Path

import orjson
import pglast
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pglast.ast import ViewStmt
from pglast.parser import ParseError, parse_sql_json
from pglast.stream import RawStream

from pgpilot.sql.parsetree import Facts, read_tree, scan_selects, walk_tree
from tests.sql.test_classify import DDL, FORBIDDEN, READS, WRITES
from tests.sql.test_classify_fuzz import sql_like

P = pytest.param
PAGILA = Path(__file__).resolve().parents[3] / "shared" / "data" / "pagila" / "pagila-schema.sql"

# Shapes the text scan must read right: qualified, quoted and escaped names, look-alike text.
SCANNED = [
    P("SELECT 1", id="constant"),
    P("SELECT * FROM t WHERE a = 1", id="where"),
    P("SELECT * FROM s.t, c.s.u, v", id="qualified"),
    P("SELECT * FROM s.t JOIN s.u ON true JOIN w ON true", id="joins-share-a-schema"),
    P('SELECT * FROM "S"."T ""x""", "a\\b"."c\\d"', id="quotes-and-backslashes"),
    P('SELECT * FROM U&"d\\0061t\\+000061"', id="unicode-escape-identifier"),
    P('SELECT * FROM "é"."日本", "tab\there"', id="non-ascii-and-tab"),
    P('SELECT \'"relname":"x"\', \'"funcname":[\' FROM t', id="keys-in-literals"),
    P('SELECT \'Stmt":{\', \'"intoClause":\' AS "lockingClause"', id="markers-in-text"),
    P('SELECT "funcname"() FROM "schemaname"."relname"', id="names-like-keys"),
    P("SELECT lower(a), pg_catalog.upper(b), COUNT(*), x.y.z(1) FROM t", id="calls"),
    P('SELECT "Lower"(a), "we\\""ird"(b), "qu""ote"(c)', id="quoted-function-names"),
    P("SELECT f(g(h(1))), coalesce(a, b), a::int, CAST(b AS text)", id="nested-and-syntax"),
    P("SELECT * FROM generate_series(1, 3) g, LATERAL unnest(t.a) u", id="functions-in-from"),
    P("WITH a AS (SELECT * FROM s.t) SELECT * FROM a, b.a", id="cte"),
    P("WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r) SELECT * FROM r", id="rec"),
    P("SELECT * FROM t WHERE id IN (SELECT id FROM s.u WHERE x = f())", id="subquery"),
    P("SELECT a FROM t UNION SELECT b FROM s.u INTERSECT SELECT now()", id="set-operations"),
    P("SELECT (SELECT max(x) FROM u) FROM (SELECT * FROM v) w", id="scalar-and-from-subquery"),
    P("TABLE s.t", id="table"),
    P("VALUES (1, lower('A')), (2, 'b')", id="values"),
    P("SELECT count(*) FILTER (WHERE a) OVER (PARTITION BY b) FROM t", id="window"),
    P("SELECT * FROM t TABLESAMPLE SYSTEM (10)", id="tablesample"),
    P("SELECT * FROM ONLY t, u *", id="only-and-inherit"),
    P("SELECT xmlelement(name a, 'x'), json_object('a': 1)", id="sql-syntax-functions"),
    P("SELECT 1; SELECT 2", id="two-statements"),
    P("", id="empty"),
]
DECLINED = [
    P("SELECT * INTO x FROM t", id="into"),
    P("SELECT * FROM t FOR UPDATE", id="locking"),
    P("SELECT * FROM t WHERE a IN (SELECT a FROM u FOR SHARE)", id="nested-locking"),
    P("EXPLAIN SELECT 1", id="explain"),
    P("WITH d AS (DELETE FROM t RETURNING *) SELECT * FROM d", id="writable-cte"),
    P("INSERT INTO t SELECT * FROM u", id="insert-select"),
    P("CREATE TRIGGER x BEFORE INSERT ON t EXECUTE FUNCTION f()", id="trigger-funcname"),
    P("CREATE SCHEMA s CREATE TABLE t (a int)", id="schema-schemaname"),
    P("SHOW search_path", id="show"),
]


def _facts(facts: Facts) -> tuple[set[str], set[str], set[str]]:
    return facts.calls, facts.tables, facts.ctes


def _assert_same(sql: str) -> bool:
    """Both readers agree on `sql`; whether the text scan took it."""
    tree = parse_sql_json(sql)
    walked_statements, walked = walk_tree(tree)
    assert read_tree(tree)[0] == walked_statements
    scanned = scan_selects(tree)
    if scanned is None:
        return False
    assert _facts(scanned) == _facts(walked)
    return True


@pytest.mark.parametrize("sql", SCANNED)
def test_plain_selects_are_scanned_and_agree_with_the_walk(sql: str) -> None:
    assert _assert_same(sql) is True


def test_scan_reads_escaped_names() -> None:
    facts = scan_selects(parse_sql_json('SELECT "we\\""ird"(1) FROM "a\\b"."c""d"'))
    assert facts is not None
    assert facts.calls == {'we\\"ird'}
    assert facts.tables == {'a\\b.c"d'}


@pytest.mark.parametrize("sql", DECLINED)
def test_other_statements_are_walked(sql: str) -> None:
    assert _assert_same(sql) is False


@pytest.mark.parametrize("sql", [P(*p.values, id=p.id) for p in READS + WRITES + DDL + FORBIDDEN])
def test_readers_agree_on_the_classifier_cases(sql: str) -> None:
    # Unparseable cases never reach a reader; too deep ones are refused by both.
    with contextlib.suppress(ParseError, RecursionError, orjson.JSONDecodeError):
        _assert_same(sql)


FUZZ = settings(
    max_examples=400, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@FUZZ
@given(sql_like)
def test_readers_agree_on_generated_sql(sql: str) -> None:
    with contextlib.suppress(ParseError):
        _assert_same(sql)


# Any text but NUL, as a quoted identifier ("" doubles a quote) or a string literal.
names = st.text(st.characters(exclude_characters="\x00", exclude_categories=["Cs"]), min_size=1)
quoted = names.map(lambda name: '"' + name.replace('"', '""') + '"')
literal = names.map(lambda text: "'" + text.replace("'", "''") + "'")


@FUZZ
@given(quoted, quoted, quoted, quoted, literal)
def test_scan_reads_any_name(schema: str, table: str, function: str, cte: str, text: str) -> None:
    sql = (
        f"WITH {cte} AS (SELECT {text} AS v) "
        f"SELECT {function}(v), {schema}.{function}(1) FROM {cte}, {schema}.{table}, {table} "
        f"WHERE v = {text}"
    )
    try:
        scanned = _assert_same(sql)
    except ParseError:  # names PostgreSQL refuses, such as over-long ones after truncation
        return
    assert scanned, "a plain SELECT is read from its text, whatever its names"


@pytest.mark.skipif(not PAGILA.exists(), reason="../shared is not beside this checkout")
def test_readers_agree_on_pagila_views() -> None:
    views = [raw.stmt for raw in pglast.parse_sql(PAGILA.read_text())]
    queries = [
        RawStream()(view.query) for view in views if isinstance(view, ViewStmt) and view.query
    ]
    assert len(queries) >= 5
    assert all(_assert_same(query) for query in queries)
