"""SQL tools: schema, guarded reads, plans, impact, approval tickets, approved execution, undo."""

from typing import Annotated, Any, Final

from pydantic import Field

from pgpilot import links
from pgpilot.agent.sql_answers import PUBLIC
from pgpilot.approvals import tickets
from pgpilot.errors import PgpilotError
from pgpilot.mcp.identity import actor_of
from pgpilot.mcp.state import McpContext, ToolSpec, changing, reading, state_of
from pgpilot.sql import door
from pgpilot.sql.operations import Pending

Query = Annotated[str, Field(description="One SQL statement, exactly as it should run.")]
Target = Annotated[
    str | None,
    Field(description="Target database by name (default: the default target); never a URL."),
]
TicketId = Annotated[str, Field(description="The ticket_id create_approval_request returned.")]


Question = Annotated[
    str,
    Field(
        min_length=1,
        max_length=10_000,
        description="A question in words (or one SQL statement), e.g. 'how many orders were "
        "cancelled?'.",
    ),
]
ANSWER: Final = (*PUBLIC, "thread_id")


async def ask_database(
    ctx: McpContext, question: Question, target: Target = None
) -> dict[str, Any]:
    """The SQL agent's answer: SQL and rows, or a write's impact and its ticket."""
    services = state_of(ctx).services
    agent = await services.sql_agent()
    event = await agent.ask(
        services.sql, actor_of(ctx), question=question, target=target, force_approval=True
    )
    if event.get("status") == "error":
        code = event.get("error_code") or "NOT_UNDERSTOOD"
        raise PgpilotError(str(event.get("message") or "no answer"), error_code=code)
    answer = {key: event.get(key) for key in ANSWER}
    if answer.get("ticket_id"):
        answer["next"] = (
            "A human approves or rejects the ticket outside this conversation; check with "
            "check_approval_status, then call execute_approved_query."
        )
    return answer


async def fetch_schema_context(
    ctx: McpContext,
    table_names: Annotated[
        list[str] | None,
        Field(description="Only these tables (bare or schema-qualified); omit for all tables."),
    ] = None,
    include_samples: Annotated[
        bool, Field(description="Add a few distinct sample values per column.")
    ] = False,
    target: Target = None,
) -> dict[str, Any]:
    """Tables, columns, keys, indexes and comments of a target."""
    return await door.schema_context(
        state_of(ctx).services.sql,
        actor_of(ctx),
        target=target,
        table_names=table_names,
        include_samples=include_samples,
    )


async def execute_select_query(
    ctx: McpContext, query: Query, target: Target = None
) -> dict[str, Any]:
    """Run a read under the guard; anything else is refused with what to do instead."""
    sql = state_of(ctx).services.sql
    checked = await door.check(sql, actor_of(ctx), sql=query, target=target)
    result = await door.read(sql, actor_of(ctx), sql=query, checked=checked)
    return {"target": checked.target.name} | result.to_dict()


async def explain_query(ctx: McpContext, query: Query, target: Target = None) -> dict[str, Any]:
    """The planner's plan (EXPLAIN without ANALYZE); the query is not run."""
    result = await door.explain(state_of(ctx).services.sql, actor_of(ctx), sql=query, target=target)
    plan = [str(row[0]) for row in result.rows]
    return {"plan": plan, "truncated": result.truncated}


async def analyze_query_impact(
    ctx: McpContext, query: Query, target: Target = None
) -> dict[str, Any]:
    """What a statement would change and how risky it is; nothing is kept."""
    verdict, impact = await door.analyze(
        state_of(ctx).services.sql, actor_of(ctx), sql=query, target=target
    )
    summary = {key: value for key, value in verdict.to_dict().items() if key != "has_where"}
    if impact is None:
        return summary | {"impact": None, "next": "A read: run it with execute_select_query."}
    nxt = "To run it, call create_approval_request with the same query; a human decides."
    return summary | {"impact": impact.to_dict(), "next": nxt}


async def create_approval_request(
    ctx: McpContext,
    query: Query,
    reason: Annotated[
        str | None, Field(description="Why this change is needed, shown to the approver.")
    ] = None,
    target: Target = None,
) -> dict[str, Any]:
    """Open a ticket for a write or DDL; a human approves it outside this channel."""
    services = state_of(ctx).services
    pending = await door.submit(
        services.sql, actor_of(ctx), sql=query, target=target, reason=reason, force_approval=True
    )
    assert isinstance(pending, Pending)  # force_approval always opens a ticket
    answer = pending.to_dict()
    answer["approve_url"] = links.web_base(services.settings) + answer["approve_url"]
    answer["next"] = (
        "A human approver signs in on the web page, or runs the CLI command, to approve or "
        "reject it; check with check_approval_status, then call execute_approved_query."
    )
    return answer


async def check_approval_status(ctx: McpContext, ticket_id: TicketId) -> dict[str, Any]:
    """A ticket's status and what to do next."""
    services = state_of(ctx).services
    ticket = await door.ticket(services.sql, actor_of(ctx), ticket_id)
    fields = ("status", "target", "sql", "reason", "requester", "approver", "comment")
    answer: dict[str, Any] = {"ticket_id": ticket.id}
    answer |= {name: getattr(ticket, name) for name in fields}
    answer |= {
        "impact": ticket.impact,
        "operation_id": None if ticket.operation_id is None else str(ticket.operation_id),
        "created_at": ticket.created_at.isoformat(),
        "expires_at": ticket.expires_at.isoformat(),
        "history": ticket.history,
        "next": _next_step(ticket, links.web_base(services.settings)),
    }
    return answer


async def execute_approved_query(ctx: McpContext, ticket_id: TicketId) -> dict[str, Any]:
    """Run the exact SQL of an APPROVED ticket once, with before-images for undo."""
    done = await door.execute_ticket(state_of(ctx).services.sql, actor_of(ctx), ticket_id)
    answer = done.to_dict()
    if done.undoable:
        answer["next"] = f"rollback_operation with operation_id {done.operation_id} undoes it."
    return answer


async def rollback_operation(
    ctx: McpContext,
    operation_id: Annotated[
        str, Field(description="The operation_id execute_approved_query returned.")
    ],
) -> dict[str, Any]:
    """Undo an executed write from its before-images, once."""
    restored = await door.undo(state_of(ctx).services.sql, actor_of(ctx), operation_id)
    return {"status": "success", "operation_id": operation_id, "rows_restored": restored}


def _next_step(ticket: tickets.Ticket, web: str) -> str:
    steps = {
        "PENDING_APPROVAL": f"Wait for a human approver: {web}/approval/{ticket.id} or "
        f"`pgpilot approvals approve {ticket.id}`. Check again later.",
        "APPROVED": "Call execute_approved_query with this ticket_id.",
        "REJECTED": "A human rejected it: do not run it; ask the user how to proceed.",
        "EXPIRED": "It expired unapproved; call create_approval_request again if still needed.",
        "EXECUTING": "It is running now; check again in a moment. A ticket runs once.",
        "EXECUTED": f"It ran as operation {ticket.operation_id}; rollback_operation undoes it.",
        "FAILED": "It failed when run (see history); a ticket runs once: request a new one.",
    }
    return steps.get(ticket.status, "")


READ_SQL = "Safe to call any time; it changes nothing."
TOOLS = (
    ToolSpec(
        ask_database,
        title="Ask the database a question",
        description="Turn a question in words into one guarded SQL statement and answer it, "
        "like `pgpilot ask --json`: the SQL, then the rows of a read, or for a write its "
        "impact and an approval ticket (every write waits for a human; nothing changes now). "
        "A question it cannot understand is refused with the words it could not place.",
        annotations=changing("Ask the database a question", destructive=False),
    ),
    ToolSpec(
        fetch_schema_context,
        title="Read the database schema",
        description="Describe the target database: tables and views with their columns "
        "(types, nullability, defaults), primary and foreign keys, indexes, row estimates and "
        "comments. Call it first, before writing SQL; pass table_names to focus, "
        f"include_samples=true to see example values. {READ_SQL}",
        annotations=reading("Read the database schema"),
    ),
    ToolSpec(
        execute_select_query,
        title="Run a read-only query",
        description="Run one read (SELECT, VALUES, TABLE, SHOW, EXPLAIN) in a read-only, "
        "time-limited transaction and return columns and rows (capped; 'truncated' tells when "
        "more exist). Writes and DDL are refused with what to do instead: "
        "analyze_query_impact, then create_approval_request. Forbidden SQL (several "
        f"statements, file or admin functions, transaction control) is always refused. {READ_SQL}",
        annotations=reading("Run a read-only query"),
    ),
    ToolSpec(
        explain_query,
        title="Show a query plan",
        description="Show PostgreSQL's plan for one statement (EXPLAIN without ANALYZE): "
        "estimated costs and rows, scans and joins. The statement is not executed, so "
        "INSERT/UPDATE/DELETE can be explained too. Give the statement without EXPLAIN. "
        f"{READ_SQL}",
        annotations=reading("Show a query plan"),
    ),
    ToolSpec(
        analyze_query_impact,
        title="Estimate a write's impact",
        description="For a write or DDL: the rows each table would gain, change or lose "
        "(by a rolled-back dry run, or the planner's estimate), and the risk level LOW, "
        "MEDIUM, HIGH or CRITICAL. For a read it says so. Nothing is kept. Call it before "
        "create_approval_request and tell the user what would change.",
        annotations=reading("Estimate a write's impact"),
    ),
    ToolSpec(
        create_approval_request,
        title="Ask a human to approve a write",
        description="Open an approval ticket for a write (INSERT, UPDATE, DELETE, MERGE) or "
        "DDL, whatever its risk. Returns ticket_id, status, impact, approve_url and "
        "approve_command. Nothing runs now: a human approves or rejects it outside this "
        "conversation; no tool can approve. Give a reason the approver will read.",
        annotations=changing("Ask a human to approve a write", destructive=False),
    ),
    ToolSpec(
        check_approval_status,
        title="Check an approval ticket",
        description="A ticket's status (PENDING_APPROVAL, APPROVED, REJECTED, EXPIRED, "
        "EXECUTING, EXECUTED, FAILED), its SQL, impact and history, and the next step to take. "
        f"{READ_SQL}",
        annotations=reading("Check an approval ticket"),
    ),
    ToolSpec(
        execute_approved_query,
        title="Run an approved write",
        description="Run the exact SQL of an APPROVED ticket, once. Before-images are kept so "
        "rollback_operation can undo it; if it would touch more rows than approved it is "
        "rolled back and the ticket FAILS. Pending, rejected, expired or used tickets are "
        "refused with the reason.",
        annotations=changing("Run an approved write", destructive=True),
    ),
    ToolSpec(
        rollback_operation,
        title="Undo an executed write",
        description="Put back every row an executed write changed, from its before-images, in "
        "one transaction. Refused if any of those rows changed since, if it was already undone, "
        "or if it cannot be undone (DDL, tables without a primary key).",
        annotations=changing("Undo an executed write", destructive=True),
    ),
)
