"""The guard with the target's catalog: code reached without a call node is never a read."""

from pathlib import Path

import psycopg
import pytest

from pgpilot.errors import ValidationError
from pgpilot.sql import door
from pgpilot.sql.context import SqlContext
from pgpilot.sql.guard import resolve_verdict
from pgpilot.sql.targets import Targets
from tests.actors import OPERATOR
from tests.sql.conftest import traces

P = pytest.param


def written(probe: Path) -> bool:
    return probe.exists()


HIDDEN = [
    P("SELECT c.badge FROM customers c", "badge()", id="attribute-notation"),
    P("SELECT customers.badge FROM customers", "badge()", id="attribute-table-name"),
    P("SELECT (c).badge FROM customers c", "badge()", id="attribute-parenthesised"),
    P("SELECT upper(c) FROM customers c", "upper()", id="shadows-a-safe-builtin"),
    P("SELECT 1 === 2", "operator ===", id="operator"),
    P("SELECT id FROM customers WHERE id === 1", "operator ===", id="operator-in-where"),
    P("SELECT 1 OPERATOR(public.===) 2", "operator ===", id="operator-qualified"),
    P("SELECT 1 === ANY (ARRAY[1, 2])", "operator ===", id="operator-any"),
    P("SELECT * FROM customers ORDER BY id === 1", "operator ===", id="operator-in-order-by"),
    P("SELECT 1::traced_int", "traced_check()", id="domain-cast"),
    P("SELECT CAST(1 AS traced_int)", "traced_check()", id="domain-cast-syntax"),
    P("SELECT traced_int '1'", "traced_check()", id="domain-typed-literal"),
    P("SELECT 1::traced_small", "traced_small", id="domain-over-domain"),
    P("SELECT ARRAY[1]::traced_int[]", "traced_check()", id="array-of-domain"),
    P("SELECT 1::mood", "int_to_mood()", id="user-cast"),
    P("SELECT CAST(2 AS public.mood)", "int_to_mood()", id="user-cast-qualified"),
    P("SELECT lying()", "lying", id="stable-label-on-a-superuser-target"),
    P("SELECT * FROM badged", "badge()", id="view-calling-a-volatile-function"),
    P("SELECT count(*) FROM public.gold", "badge()", id="view-over-such-a-view"),
    P("UPDATE products SET stock = 0 WHERE id === 1", "operator ===", id="write-with-operator"),
]
READS = [
    P("SELECT c.name FROM customers c", id="real-column"),
    P("SELECT 1 = 1, 2 < 3, 'a' || 'b'", id="builtin-operators"),
    P("SELECT 1::int, '2'::numeric, CAST(3 AS text)", id="builtin-casts"),
    P("SELECT random(), clock_timestamp()", id="harmless-volatile"),
    P("SELECT count(*) FROM customers WHERE id < 3 ORDER BY 1", id="plain"),
]


@pytest.mark.parametrize(("sql", "named"), HIDDEN)
async def test_hidden_code_is_not_a_read(
    demo_ctx: SqlContext, demo_url: str, traced: Path, sql: str, named: str
) -> None:
    before = traces(demo_url)
    verdict, impact = await door.analyze(demo_ctx, OPERATOR, sql=sql, target=None)
    assert verdict.kind == "write", verdict.reasons
    assert any(named in reason for reason in verdict.reasons), verdict.reasons
    assert impact is not None
    assert impact.method == "estimate", "code that runs without a call is never dry-run"
    assert traces(demo_url) == before
    assert not written(traced)
    # The case is live: run directly (then rolled back), it leaves a trace rollback cannot undo.
    with psycopg.connect(demo_url) as conn:
        conn.execute(sql)
        conn.rollback()
    assert traces(demo_url) != before or written(traced)


@pytest.mark.parametrize("sql", READS)
async def test_builtins_stay_reads_beside_hidden_code(
    demo_ctx: SqlContext, traced: Path, sql: str
) -> None:
    verdict, impact = await door.analyze(demo_ctx, OPERATOR, sql=sql, target=None)
    assert (verdict.kind, verdict.reasons, impact) == ("read", (), None)


@pytest.mark.parametrize(
    ("sql", "kind"),
    [
        P("SELECT c.badge FROM customers c", "write", id="volatile-row-function"),
        P("SELECT 1 === 2", "write", id="volatile-operator"),
        P("SELECT lying()", "read", id="stable-label-trusted-without-file-rights"),
        P("SELECT * FROM notes", "write", id="row-level-policy-calling-a-volatile-function"),
    ],
)
async def test_least_privilege_role(reader_url: str, traced: Path, sql: str, kind: str) -> None:
    targets = Targets({"default": reader_url})
    try:
        target = targets.resolve(None)
        assert not (await targets.role(target)).elevated
        assert (await resolve_verdict(targets, target, sql)).kind == kind
    finally:
        await targets.close()


async def test_code_that_runs_anywhere_makes_every_statement_a_write(
    demo_ctx: SqlContext, demo_url: str, traced: Path
) -> None:
    with psycopg.connect(demo_url) as conn:
        conn.execute(
            "CREATE FUNCTION mood_to_int(m mood) RETURNS int VOLATILE LANGUAGE sql "
            "RETURN CASE WHEN traced('implicit') THEN 1 END"
        )
        conn.execute("CREATE CAST (mood AS int) WITH FUNCTION mood_to_int(mood) AS IMPLICIT")
    verdict, _ = await door.analyze(demo_ctx, OPERATOR, sql="SELECT 1", target=None)
    assert verdict.kind == "write"
    assert "implicit cast from mood to integer" in verdict.reasons[0]


async def test_catalog_facts_are_cached_and_cleared(demo_ctx: SqlContext, demo_url: str) -> None:
    targets, target = demo_ctx.targets, demo_ctx.targets.resolve(None)
    pool = await targets.pool(target)
    first = await targets.catalog.hidden_code(target.name, pool, elevated=True)
    assert await targets.catalog.hidden_code(target.name, pool, elevated=True) is first
    targets.catalog.invalidate(target.name)
    assert await targets.catalog.hidden_code(target.name, pool, elevated=True) is not first


async def test_explain_of_hidden_code_is_refused_clearly(
    demo_ctx: SqlContext, traced: Path
) -> None:
    with pytest.raises(ValidationError) as caught:
        await door.analyze(demo_ctx, OPERATOR, sql="EXPLAIN SELECT 1 === 2", target=None)
    assert caught.value.error_code == "EXPLAIN_UNVETTED_CODE"
