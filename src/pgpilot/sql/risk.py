"""Risk of a write, and the policy that says whether it may run at once."""

from dataclasses import dataclass
from enum import IntEnum

from pgpilot.sql.verdict import Verdict


class Risk(IntEnum):
    """How much a write could hurt; ordered, so `max` raises it."""

    LOW = 1
    MEDIUM = 2
    HIGH = 3
    CRITICAL = 4


# Upper bounds of rows for each level; above the last is CRITICAL.
ROW_BOUNDS = ((10, Risk.LOW), (100, Risk.MEDIUM), (1000, Risk.HIGH))


def risk_for_rows(rows: int) -> Risk:
    """LOW ≤ 10 rows, MEDIUM ≤ 100, HIGH ≤ 1000, CRITICAL above."""
    for bound, level in ROW_BOUNDS:
        if rows <= bound:
            return level
    return Risk.CRITICAL


def assess(
    rows: int,
    *,
    verdict: Verdict,
    tables: list[str],
    critical_tables: list[str],
    estimate_only: bool,
) -> tuple[Risk, list[str]]:
    """The risk level and the sentences that explain it."""
    risk = risk_for_rows(rows)
    reasons = [f"{rows} row{'s' if rows != 1 else ''} affected: {risk.name} by size"]
    if verdict.statement_type in ("UPDATE", "DELETE") and not verdict.has_where:
        risk = max(risk, Risk.HIGH)
        reasons.append(f"{verdict.statement_type} without WHERE touches every row: at least HIGH")
    if verdict.kind == "ddl":
        risk = max(risk, Risk.HIGH)
        reasons.append("DDL changes the schema and cannot be undone: at least HIGH")
    if estimate_only:
        risk = max(risk, Risk.HIGH)
        reasons.append("only an estimate was possible: at least HIGH")
    critical = sorted(_matches(tables, critical_tables))
    if critical:
        risk = max(risk, Risk.HIGH)
        reasons.append(f"touches critical table {', '.join(critical)}: at least HIGH")
    return risk, reasons


def _matches(tables: list[str], critical: list[str]) -> set[str]:
    wanted = {name.lower() for name in critical}
    found = set()
    for table in tables:
        bare = table.split(".")[-1].lower()
        if table.lower() in wanted or bare in wanted:
            found.add(table)
    return found


@dataclass(frozen=True, slots=True)
class Allow:
    """Run now."""


@dataclass(frozen=True, slots=True)
class NeedsApproval:
    """Wait for a human; `reason` says why."""

    reason: str


Decision = Allow | NeedsApproval


def decide(risk: Risk, *, auto_max: str, undoable: bool) -> Decision:
    """Policy: writes up to `auto_max` run at once if they can be undone; the rest wait."""
    if not undoable:
        return NeedsApproval("this write cannot be undone, so a human must approve it")
    limit = 0 if auto_max == "NONE" else Risk[auto_max].value
    if risk.value <= limit:
        return Allow()
    return NeedsApproval(f"{risk.name} risk is above PGPILOT_AUTO_EXECUTE_MAX_RISK={auto_max}")
