"""The guard with the target's catalog: classify, then resolve what only the catalog knows."""

from dataclasses import replace

from pgpilot.sql.catalog import stable_functions
from pgpilot.sql.classify import classify
from pgpilot.sql.targets import Target, Targets
from pgpilot.sql.verdict import Verdict


async def resolve_verdict(targets: Targets, target: Target, sql: str) -> Verdict:
    """The guard's verdict for `sql` on `target`: unknown and hidden code looked up."""
    verdict = classify(sql)
    if verdict.kind == "forbidden":
        return verdict
    pool = await targets.pool(target)
    elevated = (await targets.role(target)).elevated
    if verdict.unknown_functions:
        stable = await stable_functions(pool, verdict.unknown_functions, elevated=elevated)
        if stable:
            verdict = classify(sql, stable_functions=stable)
    if verdict.kind == "ddl":  # never dry-run, always approved by a human
        return verdict
    hidden = await targets.catalog.hidden_code(target.name, pool, elevated=elevated)
    if hidden.empty:
        return verdict
    found = tuple(dict.fromkeys(why for _, why in hidden.calls_in(sql, verdict.tables)))
    if not found:
        return verdict
    reasons = found if verdict.kind == "read" else verdict.reasons + found
    return replace(verdict, kind="write", reasons=reasons, hidden_code=found)
