"""The one SQL operation every face calls: classify, resolve, enforce, run."""

from pgpilot.errors import Forbidden
from pgpilot.sql.catalog import stable_functions
from pgpilot.sql.classify import classify
from pgpilot.sql.execute import Limits, ReadResult, execute_read
from pgpilot.sql.targets import Target, Targets
from pgpilot.sql.verdict import Verdict


async def verdict_for(targets: Targets, target: Target, sql: str) -> Verdict:
    """The guard's verdict, with unknown functions looked up in the target's catalog."""
    verdict = classify(sql)
    if verdict.unknown_functions and verdict.kind != "forbidden":
        stable = await stable_functions(await targets.pool(target), verdict.unknown_functions)
        if stable:
            verdict = classify(sql, stable_functions=stable)
    return verdict


async def run_sql(
    targets: Targets, *, sql: str, target: str | None, limits: Limits, allow_url: bool = False
) -> ReadResult:
    """Run SQL on a target if the guard calls it a read; refuse everything else clearly."""
    chosen = targets.resolve(target, allow_url=allow_url)
    verdict = await verdict_for(targets, chosen, sql)
    if verdict.kind == "forbidden":
        raise Forbidden(_because(verdict), error_code="FORBIDDEN_SQL")
    if verdict.kind != "read":
        raise Forbidden(
            f"{verdict.statement_type or 'this statement'} is a {verdict.kind}: "
            f"{_because(verdict)}. Writes and DDL need impact analysis and approval, "
            "which this version of pgpilot does not run yet; only reads are executed.",
            error_code="WRITE_NOT_AVAILABLE",
        )
    return await execute_read(
        await targets.pool(chosen), sql, statement_type=verdict.statement_type, limits=limits
    )


def _because(verdict: Verdict) -> str:
    return "; ".join(verdict.reasons) or "not allowed"
