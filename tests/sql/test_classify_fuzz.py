"""Properties of the SQL guard's classifier on generated input."""

import pglast
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pgpilot.sql.classify import classify
from pgpilot.sql.functions import FORBIDDEN_FUNCTIONS, SAFE_FUNCTIONS, WRITE_FUNCTIONS

# The suite's autouse settings fixture is harmless to share between generated examples.
FUZZ = settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)

VALID = [
    "SELECT 1",
    "SELECT * FROM t WHERE a = 1",
    "TABLE t",
    "VALUES (1)",
    "SHOW search_path",
    "EXPLAIN SELECT 1",
    "INSERT INTO t VALUES (1)",
    "UPDATE t SET a = 1",
    "DELETE FROM t",
    "CREATE TABLE t (a int)",
    "DROP TABLE t",
    "COMMIT",
    "SELECT pg_sleep(1)",
    "SELECT '; x' AS y",
]
TOKENS = [
    "SELECT",
    "FROM",
    "WHERE",
    "t",
    "u",
    "s.t",
    "a",
    "1",
    "'x'",
    "(",
    ")",
    ",",
    ";",
    "*",
    "=",
    "AND",
    "OR",
    "NOT",
    "INSERT",
    "INTO",
    "VALUES",
    "UPDATE",
    "SET",
    "DELETE",
    "WITH",
    "AS",
    "EXPLAIN",
    "ANALYZE",
    "FOR",
    "UPDATE",
    "UNION",
    "ALL",
    "ORDER",
    "BY",
    "LIMIT",
    "lower",
    "pg_sleep",
    "nextval",
    "my_func",
    "COPY",
    "TO",
    "COMMIT",
    "DROP",
    "TABLE",
    "CREATE",
    "RETURNING",
    "--",
    "/*",
    "*/",
    "$$",
    "::",
    "int",
    "LATERAL",
    "JOIN",
    "ON",
    "TRUE",
]
sql_like = st.lists(st.sampled_from(TOKENS), max_size=25).map(" ".join)


def _parses_to_one_statement(sql: str) -> bool:
    try:
        return len(pglast.parse_sql(sql)) == 1
    except Exception:  # ParseError, or encoding errors on lone surrogates
        return False


@FUZZ
@given(st.text())
def test_never_raises(sql: str) -> None:
    assert classify(sql).kind in ("read", "write", "ddl", "forbidden")


@FUZZ
@given(st.one_of(st.text(), sql_like))
def test_what_does_not_parse_to_one_statement_is_forbidden(sql: str) -> None:
    if not _parses_to_one_statement(sql):
        assert classify(sql).kind == "forbidden"


@FUZZ
@given(sql_like)
def test_reads_call_only_safe_functions(sql: str) -> None:
    verdict = classify(sql)
    if verdict.kind == "read":
        assert verdict.unknown_functions == ()
        assert set(verdict.functions) <= SAFE_FUNCTIONS
        assert verdict.statement_type in ("SELECT", "SHOW", "EXPLAIN")


@FUZZ
@given(st.sampled_from(VALID), st.sampled_from(VALID), st.sampled_from([";", " ; ", ";\n"]))
def test_two_statements_are_forbidden(first: str, second: str, separator: str) -> None:
    assert classify(first + separator + second).kind == "forbidden"


@FUZZ
@given(
    st.sampled_from(VALID),
    # NUL and lone surrogates are refused wherever they are; * and / could end the comment.
    st.text(st.characters(exclude_characters="*/\x00", exclude_categories=["Cs"])),
)
def test_comments_change_nothing(sql: str, comment: str) -> None:
    assert classify(f"/*{comment}*/ {sql}").kind == classify(sql).kind


@FUZZ
@given(st.from_regex(r"[a-z_][a-z0-9_]{0,30}", fullmatch=True))
def test_unknown_functions_never_make_a_read(name: str) -> None:
    known = SAFE_FUNCTIONS | WRITE_FUNCTIONS | FORBIDDEN_FUNCTIONS.keys()
    for sql in (f"SELECT {name}(1)", f"SELECT * FROM t WHERE a = {name}()"):
        verdict = classify(sql)
        if name in verdict.functions and name not in known:  # not COALESCE-like syntax
            assert verdict.kind == "write", verdict
            assert name in verdict.unknown_functions
