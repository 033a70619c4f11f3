"""`pgpilot approvals …`: a human's side of approval tickets."""

from typing import Annotated

import typer
from rich.table import Table

from pgpilot.approvals import tickets
from pgpilot.cli.context import operator, run_service
from pgpilot.cli.output import errors_as_json, out, print_json
from pgpilot.cli.sql import ByOption, JsonOption, UrlTargetOption
from pgpilot.services import Services
from pgpilot.sql import door
from pgpilot.sql.operations import Executed
from pgpilot.sql.settle import Settled

app = typer.Typer(help="List, inspect, approve, reject, execute and settle write tickets.")

TicketArg = Annotated[str, typer.Argument(metavar="TICKET_ID", help="The ticket's id.")]
CommentOption = Annotated[str | None, typer.Option("--comment", help="Why.")]


@app.command(name="list")
def list_(
    status: Annotated[
        str | None, typer.Option(help="Only this status, e.g. PENDING_APPROVAL.")
    ] = None,
    limit: Annotated[int, typer.Option(min=1, max=500)] = 50,
    as_json: JsonOption = False,
) -> None:
    """Tickets, newest first."""

    async def call(services: Services) -> list[tickets.Ticket]:
        return await tickets.list_tickets(services.app_db, status=status, limit=limit)

    with errors_as_json(as_json):
        found = run_service(call)
    if as_json:
        print_json([ticket.to_dict() for ticket in found])
        return
    table = Table("ticket", "status", "risk", "rows", "target", "requester", "sql")
    for ticket in found:
        table.add_row(
            ticket.id,
            ticket.status,
            str(ticket.impact.get("risk")),
            str(ticket.impact.get("rows")),
            ticket.target,
            ticket.requester,
            ticket.sql if len(ticket.sql) <= 60 else ticket.sql[:57] + "…",
        )
    out.print(table)


@app.command()
def show(ticket_id: TicketArg, as_json: JsonOption = False) -> None:
    """One ticket with its SQL, impact and history."""

    async def call(services: Services) -> tickets.Ticket:
        return await tickets.get_ticket(services.app_db, ticket_id)

    with errors_as_json(as_json):
        ticket = run_service(call)
    if as_json:
        print_json(ticket.to_dict())
        return
    _print_ticket(ticket)


@app.command()
def approve(
    ticket_id: TicketArg,
    by: ByOption = None,
    comment: CommentOption = None,
    as_json: JsonOption = False,
) -> None:
    """Approve a pending ticket (a human act: there is no agent tool for it)."""
    _decide(ticket_id, approve=True, by=by, comment=comment, as_json=as_json)


@app.command()
def reject(
    ticket_id: TicketArg,
    by: ByOption = None,
    comment: CommentOption = None,
    as_json: JsonOption = False,
) -> None:
    """Reject a pending ticket; it will never run."""
    _decide(ticket_id, approve=False, by=by, comment=comment, as_json=as_json)


def _decide(
    ticket_id: str, *, approve: bool, by: str | None, comment: str | None, as_json: bool
) -> None:
    async def call(services: Services) -> tickets.Ticket:
        return await door.decide(
            services.sql, operator(by), ticket_id, approve=approve, comment=comment
        )

    with errors_as_json(as_json):
        ticket = run_service(call)
    if as_json:
        print_json(ticket.to_dict())
    else:
        out.print(f"ticket {ticket.id} is {ticket.status}", markup=False)


@app.command()
def execute(
    ticket_id: TicketArg,
    by: ByOption = None,
    target: UrlTargetOption = None,
    as_json: JsonOption = False,
) -> None:
    """Run an approved ticket's SQL, once."""

    async def call(services: Services) -> Executed:
        return await door.execute_ticket(services.sql, operator(by), ticket_id, url=target)

    with errors_as_json(as_json):
        done = run_service(call)
    if as_json:
        print_json(done.to_dict())
    else:
        out.print(
            f"executed: {done.rows_affected} rows changed; operation {done.operation_id}",
            markup=False,
        )


@app.command()
def settle(
    ticket_id: TicketArg,
    by: ByOption = None,
    target: UrlTargetOption = None,
    as_json: JsonOption = False,
) -> None:
    """Settle a ticket left EXECUTING by a run that died: asks the target whether it committed.

    Committed: EXECUTED, with its operation. Rolled back, or it never reached COMMIT: FAILED
    (submit it anew). Refused while the write may still be running.
    """

    async def call(services: Services) -> Settled:
        return await door.settle(services.sql, operator(by), ticket_id, url=target)

    with errors_as_json(as_json):
        settled = run_service(call)
    if as_json:
        print_json(settled.ticket.to_dict() | {"why": settled.why})
    else:
        out.print(
            f"ticket {settled.ticket.id} is {settled.ticket.status}: {settled.why}", markup=False
        )


def _print_ticket(ticket: tickets.Ticket) -> None:
    out.print(f"ticket {ticket.id}: {ticket.status}", markup=False)
    out.print(f"target {ticket.target}, requested by {ticket.requester}", markup=False)
    out.print(f"expires {ticket.expires_at.isoformat()}", markup=False)
    out.print(f"sql: {ticket.sql}", markup=False)
    impact = ticket.impact
    out.print(f"impact: {impact['rows']} rows, {impact['risk']} ({impact['method']})", markup=False)
    for name, change in impact["tables"].items():
        out.print(f"  {name}: {change}", markup=False)
    for reason in impact.get("reasons", []):
        out.print(f"  - {reason}", markup=False)
    for entry in ticket.history:
        out.print(f"{entry['at']} {entry['status']} by {entry['by']}", markup=False)
