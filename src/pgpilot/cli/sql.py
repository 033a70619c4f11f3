"""`pgpilot check` and `pgpilot sql`: the guard's verdict, and guarded reads."""

import asyncio
import json
import sys
from typing import Annotated

import typer
from rich.table import Table

from pgpilot import runtime
from pgpilot.cli.output import errors_as_json, out, print_json
from pgpilot.errors import ValidationError
from pgpilot.settings import load_settings
from pgpilot.sql.classify import classify
from pgpilot.sql.execute import Limits, ReadResult
from pgpilot.sql.service import run_sql
from pgpilot.sql.targets import Targets
from pgpilot.sql.verdict import Verdict

TargetOption = Annotated[
    str | None,
    typer.Option("--target", "-t", help="Target name (PGPILOT_TARGETS) or postgresql:// URL."),
]
JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON instead of text.")]


def _check_fields(verdict: Verdict) -> dict[str, object]:
    data = verdict.to_dict()
    return {key: data[key] for key in ("kind", "reasons", "statement_type", "tables", "functions")}


def check(
    sql: Annotated[str | None, typer.Argument(help="The SQL to classify.")] = None,
    as_json: JsonOption = False,
    jsonl: Annotated[
        bool, typer.Option("--jsonl", help="Read one SQL per line from stdin; one JSON per line.")
    ] = False,
) -> None:
    """Classify SQL as read, write, ddl or forbidden, without running it."""
    if jsonl:
        for line in sys.stdin:
            if line.strip():
                print(json.dumps(_check_fields(classify(line.rstrip("\n")))), flush=True)
        return
    if sql is None:
        raise ValidationError("give the SQL to check, or --jsonl to read lines from stdin")
    verdict = classify(sql)
    if as_json:
        print_json(_check_fields(verdict))
        return
    style = {"read": "green", "write": "yellow", "ddl": "magenta"}.get(verdict.kind, "red")
    out.print(f"[bold {style}]{verdict.kind}[/] {verdict.statement_type or ''}".rstrip())
    for reason in verdict.reasons:
        out.print(f"  - {reason}", markup=False)
    if verdict.tables:
        out.print(f"  tables: {', '.join(verdict.tables)}", markup=False)
    if verdict.functions:
        out.print(f"  functions: {', '.join(verdict.functions)}", markup=False)


def sql(
    statement: Annotated[str, typer.Argument(metavar="SQL", help="One SQL statement.")],
    target: TargetOption = None,
    as_json: JsonOption = False,
) -> None:
    """Run one statement on a target under the guard (reads only, for now)."""
    with errors_as_json(as_json):
        settings = load_settings()
        with runtime.databases(settings, migrate_app=False, need_app=False) as ready:
            targets, limits = Targets.from_settings(ready), Limits.from_settings(ready)
            result = asyncio.run(_run(targets, statement, target, limits))
    if as_json:
        print_json(result.to_dict())
    else:
        _print_table(result)


async def _run(targets: Targets, statement: str, target: str | None, limits: Limits) -> ReadResult:
    try:
        return await run_sql(targets, sql=statement, target=target, limits=limits, allow_url=True)
    finally:
        await targets.close()


def _print_table(result: ReadResult) -> None:
    table = Table(*result.columns, show_lines=False)
    for row in result.rows:
        table.add_row(*("NULL" if value is None else str(value) for value in row))
    out.print(table)
    more = " (truncated: more rows exist; raise PGPILOT_MAX_ROWS)" if result.truncated else ""
    out.print(f"{result.row_count} rows in {result.duration_ms:.1f} ms{more}", markup=False)
