"""The SQL operations every face calls: classify, resolve, enforce, then read or write."""

from pgpilot.errors import Forbidden
from pgpilot.sql.catalog import stable_functions
from pgpilot.sql.classify import classify
from pgpilot.sql.context import SqlContext
from pgpilot.sql.execute import ReadResult, execute_read
from pgpilot.sql.impact import Impact
from pgpilot.sql.operations import Executed, Pending, impact_of, submit_write
from pgpilot.sql.targets import Target, Targets
from pgpilot.sql.verdict import Verdict

SqlResult = ReadResult | Executed | Pending


async def verdict_for(targets: Targets, target: Target, sql: str) -> Verdict:
    """The guard's verdict, with unknown functions looked up in the target's catalog."""
    verdict = classify(sql)
    if verdict.unknown_functions and verdict.kind != "forbidden":
        stable = await stable_functions(await targets.pool(target), verdict.unknown_functions)
        if stable:
            verdict = classify(sql, stable_functions=stable)
    return verdict


def _refuse(verdict: Verdict) -> Forbidden:
    return Forbidden("; ".join(verdict.reasons) or "not allowed", error_code="FORBIDDEN_SQL")


async def run_sql(
    ctx: SqlContext,
    *,
    sql: str,
    target: str | None,
    requester: str,
    allow_url: bool = False,
) -> SqlResult:
    """Reads run read-only; writes and DDL go through impact, policy and approval."""
    chosen = ctx.targets.resolve(target, allow_url=allow_url)
    verdict = await verdict_for(ctx.targets, chosen, sql)
    if verdict.kind == "forbidden":
        raise _refuse(verdict)
    if verdict.kind == "read":
        return await execute_read(
            await ctx.targets.pool(chosen),
            sql,
            statement_type=verdict.statement_type,
            limits=ctx.limits,
        )
    return await submit_write(ctx, target=chosen, sql=sql, verdict=verdict, requester=requester)


async def analyze_sql(
    ctx: SqlContext, *, sql: str, target: str | None
) -> tuple[Verdict, Impact | None]:
    """The verdict and, for writes and DDL, the impact; nothing is executed or kept."""
    chosen = ctx.targets.resolve(target)
    verdict = await verdict_for(ctx.targets, chosen, sql)
    if verdict.kind == "forbidden":
        raise _refuse(verdict)
    if verdict.kind == "read":
        return verdict, None
    return verdict, await impact_of(ctx, chosen, sql, verdict)
