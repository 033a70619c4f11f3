"""`pgpilot check` and `pgpilot sql`: the guard's verdict, and SQL under guard."""

import json
import sys
from typing import Annotated

import typer
from rich.table import Table

from pgpilot import links
from pgpilot.cli.context import operator, run_service
from pgpilot.cli.output import errors_as_json, out, print_json
from pgpilot.errors import ValidationError
from pgpilot.services import Services
from pgpilot.settings import load_settings
from pgpilot.sql import door
from pgpilot.sql.classify import classify
from pgpilot.sql.execute import ReadResult
from pgpilot.sql.operations import Executed, Pending
from pgpilot.sql.verdict import Verdict

TargetOption = Annotated[
    str | None,
    typer.Option("--target", "-t", help="Target name (PGPILOT_TARGETS) or postgresql:// URL."),
]
JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON instead of text.")]
ByOption = Annotated[
    str | None, typer.Option("--by", help="Your name in the log (default: cli:<login>).")
]
UrlTargetOption = Annotated[
    str | None,
    typer.Option(
        "--target",
        "-t",
        help="The postgresql:// URL of a target given by URL when it was recorded.",
    ),
]


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
    by: ByOption = None,
) -> None:
    """Run one statement under the guard: reads at once, writes after impact and policy."""

    async def call(services: Services) -> door.SqlResult:
        return await door.run(services.sql, operator(by), sql=statement, target=target)

    with errors_as_json(as_json):
        result = run_service(call)
    if as_json:
        print_json(links.absolute(result.to_dict(), links.web_base(load_settings())))
    elif isinstance(result, ReadResult):
        _print_table(result)
    else:
        print_write(result)


def _print_table(result: ReadResult) -> None:
    table = Table(*result.columns, show_lines=False)
    for row in result.rows:
        table.add_row(*("NULL" if value is None else str(value) for value in row))
    out.print(table)
    more = " (truncated: more rows exist; raise PGPILOT_MAX_ROWS)" if result.truncated else ""
    out.print(f"{result.row_count} rows in {result.duration_ms:.1f} ms{more}", markup=False)


def print_write(result: Executed | Pending) -> None:
    """A write's outcome for a person."""
    impact = result.impact
    tables = ", ".join(f"{name} {change.total}" for name, change in sorted(impact.tables.items()))
    out.print(
        f"impact: {impact.rows} rows ({tables or 'none'}), {impact.risk.name} risk, "
        f"by {impact.method.replace('_', ' ')}",
        markup=False,
    )
    if isinstance(result, Executed):
        out.print(
            f"executed: {result.rows_affected} rows changed; operation {result.operation_id}"
            + ("" if result.undoable else f" (cannot be undone: {result.undo_note})"),
            markup=False,
        )
        if result.undoable:
            out.print(f"undo with: pgpilot undo {result.operation_id}", markup=False)
    else:
        out.print(f"waiting for approval: {result.reason}", markup=False)
        out.print(f"ticket {result.ticket.id}", markup=False)
        out.print(f"approve with: pgpilot approvals approve {result.ticket.id}", markup=False)
        public_url = load_settings().public_url
        if public_url:
            out.print(f"or on the web: {links.approval_url(public_url, result.ticket.id)}")
