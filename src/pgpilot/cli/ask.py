"""`pgpilot ask`: a question in words, answered by the SQL agent under the guard."""

from typing import Annotated, Any

import typer
from rich.markup import escape
from rich.table import Table

from pgpilot import links
from pgpilot.agent.sql_answers import PUBLIC
from pgpilot.cli.context import operator, run_service
from pgpilot.cli.output import errors_as_json, out, print_json
from pgpilot.cli.sql import ByOption, JsonOption
from pgpilot.services import Services
from pgpilot.settings import load_settings

TargetOption = Annotated[
    str | None,
    typer.Option(
        "--target",
        "-t",
        help="Target name (PGPILOT_TARGETS) or postgresql:// URL; the default when absent.",
    ),
]


def ask(
    question: Annotated[str, typer.Argument(help="A question or request, in words or SQL.")],
    target: TargetOption = None,
    as_json: JsonOption = False,
    wait: Annotated[
        bool, typer.Option("--wait", help="Wait for a ticket's decision and show the outcome.")
    ] = False,
    by: ByOption = None,
) -> None:
    """Ask the SQL agent: reads answer at once; writes show their impact and any ticket."""

    async def call(services: Services) -> dict[str, Any]:
        agent = await services.sql_agent()
        if wait and not as_json:
            out.print("waiting for a decision when approval is needed…", markup=False)
        return await agent.ask(
            services.sql, operator(by), question=question, target=target, wait=wait
        )

    with errors_as_json(as_json):
        event = run_service(call)
    answer = links.absolute(
        {key: event.get(key) for key in PUBLIC}, links.web_base(load_settings())
    )
    if as_json:
        print_json(answer)
    else:
        show(answer)
    if answer["status"] == "error":
        raise typer.Exit(1)


def show(answer: dict[str, Any]) -> None:
    """An answer for a person: the SQL, then rows, or the impact and how to approve."""
    if answer["sql"]:
        out.print(f"SQL: {answer['sql']}", markup=False)
    if answer["columns"] is not None:
        table = Table(*answer["columns"])
        for row in answer["rows"] or []:
            table.add_row(*("NULL" if value is None else str(value) for value in row))
        out.print(table)
    impact = answer["impact"]
    if impact:
        tables = ", ".join(
            f"{name} {sum(change.values())}" for name, change in sorted(impact["tables"].items())
        )
        out.print(
            f"impact: {impact['rows']} rows ({tables or 'none'}), {impact['risk']} risk",
            markup=False,
        )
    style = {"error": "red", "pending_approval": "yellow"}.get(answer["status"] or "", "green")
    out.print(f"[{style}]{escape(str(answer['message']))}[/]", markup=True, emoji=False)
