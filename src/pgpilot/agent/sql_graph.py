"""The SQL agent's graph (LangGraph): question → SQL → the guard's verdict decides the path.

extract_intent → fetch_schema_context → build_sql_query → validate_query, then by the verdict
of the generated SQL: read → execute_select_query; write → analyze_query_impact →
check_approval_required → (policy runs it, or) create_approval_request, which interrupts until
the ticket is decided → execute_approved_query; forbidden → respond. A refusal or a database
error goes back to build_sql_query with the error, at most `retries` times.
"""

from dataclasses import dataclass
from typing import Any, Final, TypedDict

from langchain_core.language_models import BaseChatModel
from langchain_core.messages import AIMessage, BaseMessage, HumanMessage, SystemMessage
from langgraph.graph import END, START, StateGraph
from langgraph.runtime import Runtime
from langgraph.types import interrupt

from pgpilot.agent.sql_answers import answer_for, cleaned_sql, decided, failed
from pgpilot.agent.sql_intent import intent_of
from pgpilot.approvals import tickets
from pgpilot.auth.actors import Actor
from pgpilot.errors import PgpilotError
from pgpilot.llm.deadline import answer_by
from pgpilot.llm.offline_sql import Grounding, OfflineSqlModel
from pgpilot.llm.sql_prompt import CANNOT, render, system_prompt
from pgpilot.sql import door
from pgpilot.sql.context import SqlContext
from pgpilot.sql.impact import Impact
from pgpilot.sql.schema import Table
from pgpilot.sql.service import question_values, ranking_of, schema_of
from pgpilot.sql.targets import Target
from pgpilot.sql.values import Values
from pgpilot.sql.verdict import Verdict

RETRY: Final = "That statement failed: {error}\nWrite one corrected statement."


@dataclass(frozen=True, slots=True)
class SqlRun:
    """What every run needs besides its state (never checkpointed: the target's URL stays out)."""

    sql: SqlContext
    model: BaseChatModel
    retries: int
    prompt_tokens: int
    actor: Actor
    target: Target
    deadline: float | None = None  # loop time by which the model must have answered
    force_approval: bool = False  # every write waits for a human (an agent asking over MCP)


class SqlState(TypedDict, total=False):
    """One question's state, checkpointed between nodes."""

    question: str
    target: str
    owner_id: int | None
    owner: str
    intent: dict[str, Any]
    considered: list[str]
    prompt: str
    sql: str | None
    kind: str | None
    verdict: dict[str, Any] | None
    error: str | None
    attempts: int
    tried: list[dict[str, str]]
    impact: dict[str, Any] | None
    ticket_id: str | None
    decision: str | None
    answer: dict[str, Any] | None


async def extract_intent(state: SqlState, runtime: Runtime[SqlRun]) -> dict[str, Any]:
    """What the question seems to ask, and which table it names."""
    tables = await schema_of(runtime.context.sql, runtime.context.target)
    return {"intent": intent_of(state["question"], list(tables)), "attempts": 0, "tried": []}


async def fetch_schema_context(state: SqlState, runtime: Runtime[SqlRun]) -> dict[str, Any]:
    """The most relevant tables that fit the prompt budget."""
    index = await ranking_of(runtime.context.sql, runtime.context.target)
    ranked = index.fit(
        state["question"], budget_tokens=runtime.context.prompt_tokens, render=render
    )
    return {"prompt": system_prompt(ranked.chosen), "considered": ranked.considered}


async def build_sql_query(state: SqlState, runtime: Runtime[SqlRun]) -> dict[str, Any]:
    """Ask the model for one statement (with the errors of earlier attempts)."""
    messages: list[BaseMessage] = [
        SystemMessage(state["prompt"]),
        HumanMessage(state["question"]),
    ]
    for attempt in state.get("tried", []):
        messages += [AIMessage(attempt["sql"]), HumanMessage(RETRY.format(error=attempt["error"]))]
    model = runtime.context.model
    if isinstance(model, OfflineSqlModel):  # only our planner reads values; LLMs get the prompt
        model = model.grounded(_grounding(runtime.context))
    try:
        reply = await answer_by(runtime.context.deadline, model.ainvoke(messages))
    # Providers raise their own exception trees; to the user every one means the same.
    except Exception as exc:
        return {"answer": failed(f"the model could not answer: {exc}", code="LLM_ERROR")}
    text = cleaned_sql(reply)
    if not text or text.upper().startswith(CANNOT):
        why = text[len(CANNOT) :].strip() if text else "the model gave no SQL"
        return {"answer": failed(why, code="NOT_UNDERSTOOD")}
    return {"sql": text, "attempts": state.get("attempts", 0) + 1, "error": None, "kind": None}


def _grounding(run: SqlRun) -> Grounding:
    async def values(question: str, tables: list[Table]) -> Values:
        named = [table.qualified for table in tables]
        return await question_values(run.sql, run.target, question=question, tables=named)

    return values


async def validate_query(state: SqlState, runtime: Runtime[SqlRun]) -> dict[str, Any]:
    """The door's check of the generated SQL, once; a guard's refusal is an error to correct."""
    run = runtime.context
    try:
        checked = await door.check(run.sql, run.actor, sql=state["sql"] or "", target=run.target)
    except PgpilotError as exc:
        if exc.error_code == "FORBIDDEN_SQL":
            return _failure(state, f"refused by the guard: {exc.message}", kind="forbidden")
        return {"answer": failed(exc.message, code=exc.error_code)}
    return {"kind": checked.verdict.kind, "verdict": checked.verdict.to_dict()}


def _checked(state: SqlState, run: SqlRun) -> door.Checked:
    """What validate_query let through, carried in the state rather than classified again."""
    return door.Checked(run.target, Verdict.from_dict(state["verdict"] or {}))


async def execute_select_query(state: SqlState, runtime: Runtime[SqlRun]) -> dict[str, Any]:
    """Run the read under every database-side guard."""
    run = runtime.context
    try:
        result = await door.read(
            run.sql, run.actor, sql=state["sql"] or "", checked=_checked(state, run)
        )
    except PgpilotError as exc:
        return _failure(state, exc.message)
    return {"answer": answer_for(result)}


async def analyze_query_impact(state: SqlState, runtime: Runtime[SqlRun]) -> dict[str, Any]:
    """What the write would change: dry run inside a rolled-back transaction, or estimate."""
    run = runtime.context
    try:
        _, impact = await door.analyze(
            run.sql, run.actor, sql=state["sql"] or "", checked=_checked(state, run)
        )
    except PgpilotError as exc:
        return _failure(state, exc.message)
    return {"impact": None if impact is None else impact.to_dict()}


async def check_approval_required(state: SqlState, runtime: Runtime[SqlRun]) -> dict[str, Any]:
    """Policy: run a low-risk write at once, or open a ticket."""
    run = runtime.context
    try:
        result = await door.submit(
            run.sql,
            run.actor,
            sql=state["sql"] or "",
            checked=_checked(state, run),
            impact=Impact.from_dict(state["impact"] or {}),
            force_approval=run.force_approval,
        )
    except PgpilotError as exc:
        return {"answer": failed(exc.message, code=exc.error_code)}
    answer = _decorated(state, answer_for(result))
    return {"answer": answer, "ticket_id": answer.get("ticket_id")}


async def create_approval_request(state: SqlState, runtime: Runtime[SqlRun]) -> dict[str, Any]:
    """Pause (durably) until a human decides the ticket."""
    pool = runtime.context.sql.app_db
    ticket_id = state["ticket_id"] or ""
    ticket = await tickets.get_ticket(pool, ticket_id)
    while ticket.status == "PENDING_APPROVAL":
        interrupt(state["answer"])  # resumed by whoever sees the ticket change
        ticket = await tickets.get_ticket(pool, ticket_id)
    if ticket.status == "APPROVED":
        return {"decision": "approved"}
    return {"decision": ticket.status.lower(), "answer": decided(ticket)}


async def execute_approved_query(state: SqlState, runtime: Runtime[SqlRun]) -> dict[str, Any]:
    """Run the approved ticket's exact SQL, once."""
    run = runtime.context
    try:
        done = await door.execute_ticket(run.sql, run.actor, state["ticket_id"] or "")
    except PgpilotError as exc:
        return {"answer": failed(exc.message, code=exc.error_code)}
    return {"answer": answer_for(done)}


async def respond(state: SqlState) -> dict[str, Any]:
    """The answer every face renders."""
    return {"answer": _decorated(state, state.get("answer") or failed(state.get("error") or ""))}


def _decorated(state: SqlState, answer: dict[str, Any]) -> dict[str, Any]:
    return {
        **answer,
        "intent": state.get("intent"),
        "sql": state.get("sql"),
        "kind": state.get("kind"),
        "tables_considered": state.get("considered", []),
    }


def _failure(state: SqlState, error: str, *, kind: str | None = None) -> dict[str, Any]:
    tried = [*state.get("tried", []), {"sql": state.get("sql") or "", "error": error}]
    update: dict[str, Any] = {"error": error, "tried": tried}
    if kind is not None:
        update["kind"] = kind
    return update


def _after_build(state: SqlState) -> str:
    return "respond" if state.get("answer") else "validate_query"


def _after_validate(state: SqlState, runtime: Runtime[SqlRun]) -> str:
    if state.get("answer"):
        return "respond"
    if state.get("error"):
        return _retry_or_respond(state, runtime)
    return "execute_select_query" if state.get("kind") == "read" else "analyze_query_impact"


def _retry_or_respond(state: SqlState, runtime: Runtime[SqlRun]) -> str:
    if state.get("answer") or not state.get("error"):
        return "respond"
    return "build_sql_query" if state.get("attempts", 0) <= runtime.context.retries else "respond"


def _after_impact(state: SqlState, runtime: Runtime[SqlRun]) -> str:
    return _retry_or_respond(state, runtime) if state.get("error") else "check_approval_required"


def _after_policy(state: SqlState) -> str:
    answer = state.get("answer") or {}
    return "create_approval_request" if answer.get("status") == "pending_approval" else "respond"


def _after_decision(state: SqlState) -> str:
    return "execute_approved_query" if state.get("decision") == "approved" else "respond"


def build_graph(checkpointer: Any) -> Any:
    """The compiled graph; `checkpointer` keeps paused runs (Postgres, or memory in tests)."""
    graph = StateGraph(SqlState, context_schema=SqlRun)
    for node in (
        extract_intent,
        fetch_schema_context,
        build_sql_query,
        validate_query,
        execute_select_query,
        analyze_query_impact,
        check_approval_required,
        create_approval_request,
        execute_approved_query,
        respond,
    ):
        graph.add_node(node.__name__, node)
    graph.add_edge(START, "extract_intent")
    graph.add_edge("extract_intent", "fetch_schema_context")
    graph.add_edge("fetch_schema_context", "build_sql_query")
    graph.add_conditional_edges("build_sql_query", _after_build, ["validate_query", "respond"])
    graph.add_conditional_edges(
        "validate_query",
        _after_validate,
        ["execute_select_query", "analyze_query_impact", "build_sql_query", "respond"],
    )
    graph.add_conditional_edges(
        "execute_select_query", _retry_or_respond, ["build_sql_query", "respond"]
    )
    graph.add_conditional_edges(
        "analyze_query_impact",
        _after_impact,
        ["check_approval_required", "build_sql_query", "respond"],
    )
    graph.add_conditional_edges(
        "check_approval_required", _after_policy, ["create_approval_request", "respond"]
    )
    graph.add_conditional_edges(
        "create_approval_request", _after_decision, ["execute_approved_query", "respond"]
    )
    graph.add_edge("execute_approved_query", "respond")
    graph.add_edge("respond", END)
    return graph.compile(checkpointer=checkpointer)
