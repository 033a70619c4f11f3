"""The task assistant's graph (LangGraph): think → act → think … until the model answers.

The same graph runs every chat model, the offline planner included. Tools run through the
turn's `Turn.call`, so identity, dates and delete confirmations are the server's.
"""

import json
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Annotated, Any, Final, TypedDict

from langchain_core.language_models import BaseChatModel
from langchain_core.messages import (
    AIMessage,
    AnyMessage,
    BaseMessage,
    HumanMessage,
    SystemMessage,
    ToolMessage,
)
from langgraph.graph import END, START, StateGraph
from langgraph.graph.message import add_messages
from langgraph.runtime import Runtime

from pgpilot.agent.replay import Replayer
from pgpilot.agent.tool_specs import TOOL_SPECS
from pgpilot.agent.turn import Turn
from pgpilot.errors import PgpilotError
from pgpilot.llm.deadline import answer_by, deadline_in

log = logging.getLogger(__name__)

LLM_ERROR: Final = "LLM_ERROR"
LLM_ERROR_MESSAGE: Final = "I encountered an error. Please try again."
STOPPED: Final = "I stopped after {rounds} rounds of tool calls; tell me what to do next."
SYSTEM: Final = """You are pgpilot's task assistant: you keep the user's to-do list with the \
tools add_task, list_tasks, update_task, complete_task and delete_task.
Rules:
- You only see and change this user's own tasks; the server knows who they are, so never \
ask for or pass a user id, and never talk about other people's tasks.
- Tasks are named by id. When the user names a task by its title, call list_tasks first and \
use the matching id; if several tasks match, ask which one. "It" or "this task" is the last \
task this conversation talked about.
- Due dates: pass the user's own words ("tomorrow", "next friday") or YYYY-MM-DD; the server \
reads them in the user's time zone. Priorities are low, medium or high.
- Deleting: call delete_task without confirmed. The server answers NOT_CONFIRMED with a \
question; ask the user exactly that question and stop. Only when their next message says yes, \
call delete_task with confirmed=true for that same task.
- After the tools ran, answer in one or two short sentences (or a short list), with dates \
written like "Thu 5 Mar". If a request is unclear, ask; for small talk, just answer.
Today is {weekday} {today} in the user's time zone ({timezone}); the time there is {time}."""


class ModelFailed(PgpilotError):
    """The chat model could not answer (provider error, timeout, bad output)."""

    code = LLM_ERROR
    status = 502


class TurnState(TypedDict):
    """The graph's state: the conversation so far and the tool rounds used."""

    messages: Annotated[list[AnyMessage], add_messages]
    rounds: int


@dataclass(frozen=True, slots=True)
class Outcome:
    """The assistant's answer to one turn, or the clean error it gives instead."""

    answer: str
    error_code: str | None = None


def system_prompt(turn: Turn) -> str:
    """The rules, and the user's today."""
    local = turn.now.astimezone(_zone(turn.timezone))
    return SYSTEM.format(
        weekday=f"{turn.today:%A}",
        today=turn.today.isoformat(),
        timezone=turn.timezone,
        time=f"{local:%H:%M}",
    )


def _zone(name: str) -> Any:
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


def _tool_message(call_id: str, name: str, result: dict[str, Any]) -> ToolMessage:
    return ToolMessage(content=json.dumps(result, default=str), tool_call_id=call_id, name=name)


def text_of(message: BaseMessage) -> str:
    """A message's text, whether the provider sent a string or parts."""
    if isinstance(message.content, str):
        return message.content
    return "".join(
        part if isinstance(part, str) else str(part.get("text", "")) for part in message.content
    )


class TaskAgent:
    """The compiled graph around one chat model; built once per process."""

    def __init__(
        self, model: BaseChatModel, *, max_tool_rounds: int, timeout_s: float | None = None
    ) -> None:
        self.max_tool_rounds = max_tool_rounds
        self.timeout_s = timeout_s  # the model's time for one whole turn, retries included
        self.graph = _build(model, max_tool_rounds)
        self.replay = Replayer()  # stored history as messages, built once per process

    async def run(self, turn: Turn, history: Sequence[BaseMessage], message: str) -> Outcome:
        """Answer one user message, calling tools through the turn."""
        messages: list[AnyMessage] = [SystemMessage(system_prompt(turn))]
        messages += [m for m in history if isinstance(m, HumanMessage | AIMessage | ToolMessage)]
        messages.append(HumanMessage(message))
        start: TurnState = {"messages": messages, "rounds": 0}
        turn.deadline = deadline_in(self.timeout_s)
        try:
            state = await self.graph.ainvoke(
                start, context=turn, config={"recursion_limit": 2 * self.max_tool_rounds + 4}
            )
        except ModelFailed:
            return Outcome(LLM_ERROR_MESSAGE, LLM_ERROR)
        last = state["messages"][-1]
        answer = text_of(last).strip()
        if isinstance(last, AIMessage) and last.tool_calls:
            answer = f"{answer}\n{STOPPED.format(rounds=self.max_tool_rounds)}".strip()
        if turn.asked is not None and "(yes/no)" not in answer:
            answer = f"{answer}\n\n{turn.asked.question}".strip()
        return Outcome(answer or "Done.")


def _build(model: BaseChatModel, max_tool_rounds: int) -> Any:
    bound = model.bind_tools(TOOL_SPECS)

    async def think(state: TurnState, runtime: Runtime[Turn]) -> dict[str, Any]:
        try:
            reply = await answer_by(runtime.context.deadline, bound.ainvoke(state["messages"]))
        # Providers raise their own trees (openai, httpx, google, langchain parsing); every
        # one of them means the same to the user, and the log keeps the details.
        except Exception as exc:
            log.warning("chat model failed: %s", exc, exc_info=exc)
            raise ModelFailed(LLM_ERROR_MESSAGE) from exc
        return {"messages": [reply]}

    async def act(state: TurnState, runtime: Runtime[Turn]) -> dict[str, Any]:
        last = state["messages"][-1]
        assert isinstance(last, AIMessage)
        results = []
        for call in last.tool_calls:
            result = await runtime.context.call(call["name"], call["args"])
            results.append(_tool_message(call["id"] or "", call["name"], result))
        return {"messages": results, "rounds": state["rounds"] + 1}

    def route(state: TurnState) -> str:
        last = state["messages"][-1]
        wants_tools = isinstance(last, AIMessage) and bool(last.tool_calls)
        return "act" if wants_tools and state["rounds"] < max_tool_rounds else END

    graph = StateGraph(TurnState, context_schema=Turn)
    graph.add_node("think", think)
    graph.add_node("act", act)
    graph.add_edge(START, "think")
    graph.add_conditional_edges("think", route, ["act", END])
    graph.add_edge("act", "think")
    return graph.compile()
