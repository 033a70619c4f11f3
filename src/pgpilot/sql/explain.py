"""Query plans without running the query: EXPLAIN, classified twice, through the read path."""

from pgpilot.errors import Forbidden, ValidationError
from pgpilot.sql.context import SqlContext
from pgpilot.sql.execute import ReadResult, execute_read
from pgpilot.sql.service import verdict_for

EXPLAINABLE = frozenset({"read", "write"})


async def explain_sql(ctx: SqlContext, *, sql: str, target: str | None) -> ReadResult:
    """The planner's plan for one statement (EXPLAIN without ANALYZE); nothing is executed."""
    chosen = ctx.targets.resolve(target)
    verdict = await verdict_for(ctx.targets, chosen, sql)
    if verdict.kind == "forbidden":
        raise Forbidden("; ".join(verdict.reasons) or "not allowed", error_code="FORBIDDEN_SQL")
    if verdict.statement_type == "EXPLAIN":
        raise ValidationError("give the statement itself, without EXPLAIN")
    if verdict.kind not in EXPLAINABLE:
        raise ValidationError(
            f"{verdict.statement_type or 'this statement'} has no query plan; "
            "only SELECT, VALUES, TABLE, INSERT, UPDATE, DELETE and MERGE can be explained"
        )
    statement = f"EXPLAIN {sql}"
    # The wrapped text is classified again: whatever the query's text does to the EXPLAIN
    # around it (options, a second statement), only a plain plan of a read may run.
    wrapped = await verdict_for(ctx.targets, chosen, statement)
    if wrapped.kind != "read" or wrapped.statement_type != "EXPLAIN":
        raise Forbidden(
            "; ".join(wrapped.reasons) or "EXPLAIN of this text is not a plain plan",
            error_code="FORBIDDEN_SQL",
        )
    return await execute_read(
        await ctx.targets.pool(chosen), statement, statement_type="EXPLAIN", limits=ctx.limits
    )
