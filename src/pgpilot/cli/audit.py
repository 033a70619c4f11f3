"""`pgpilot undo` and `pgpilot audit`: what happened, and taking a write back."""

from typing import Annotated, Any

import typer
from rich.table import Table

from pgpilot.cli.context import operator, run_service
from pgpilot.cli.output import errors_as_json, out, print_json
from pgpilot.cli.sql import ByOption, JsonOption, UrlTargetOption
from pgpilot.services import Services
from pgpilot.sql import door


def undo(
    operation_id: Annotated[str, typer.Argument(help="The operation id a write printed.")],
    by: ByOption = None,
    target: UrlTargetOption = None,
    as_json: JsonOption = False,
) -> None:
    """Undo an executed write from its before-images (once; refuses if rows changed since)."""

    async def call(services: Services) -> int:
        return await door.undo(services.sql, operator(by), operation_id, url=target)

    with errors_as_json(as_json):
        restored = run_service(call)
    if as_json:
        print_json({"status": "success", "operation_id": operation_id, "rows_restored": restored})
    else:
        out.print(f"undone: {restored} rows restored", markup=False)


def audit(
    limit: Annotated[int, typer.Option(min=1, max=1000, help="How many events.")] = 20,
    action: Annotated[str | None, typer.Option(help="Only this action, e.g. sql.execute.")] = None,
    as_json: JsonOption = False,
) -> None:
    """The audit log, newest first."""

    async def call(services: Services) -> list[dict[str, Any]]:
        return await door.audit(services.sql, operator(), limit=limit, action=action)

    with errors_as_json(as_json):
        events = run_service(call)
    if as_json:
        print_json(events)
        return
    table = Table("id", "when", "actor", "action", "resource", "what")
    for event in events:
        table.add_row(
            str(event["id"]),
            event["created_at"][:19],
            event["actor"],
            event["action"],
            event["resource_id"] or "",
            (event["resource_title"] or "")[:60],
        )
    out.print(table)
