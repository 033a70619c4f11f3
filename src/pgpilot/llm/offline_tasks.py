"""The offline planner: a chat model of our own that reads the conversation like an LLM would.

It emits the tool calls of `pgpilot.llm.grammar`, looks tasks named by title up with
list_tasks first, resolves "it" to the last task the conversation touched, turns a "yes" to
its delete question into delete_task(confirmed=true), and answers from tool results.
"""

import json
import re
import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from difflib import SequenceMatcher, get_close_matches
from typing import Any, Final

from langchain_core.language_models import LanguageModelInput
from langchain_core.messages import AIMessage, BaseMessage, HumanMessage, SystemMessage, ToolMessage
from langchain_core.runnables import Runnable
from langchain_core.tools import BaseTool
from langchain_core.utils.function_calling import convert_to_openai_tool

from pgpilot.chat.confirmations import is_affirmative, is_negative
from pgpilot.llm import answers, grammar, phrases
from pgpilot.llm.grammar import Reading
from pgpilot.llm.offline import OfflineChatModel
from pgpilot.llm.phrases import IT

TODAY: Final = re.compile(r"Today is \w+ (\d{4}-\d{2}-\d{2})")
LOOKUP: Final = {"status": "all", "limit": 100}
WHICH_ONE: Final = "Which one do you mean"
KEPT: Final = "OK, I won't delete it."
STOP_WORDS: Final = frozenset({"the", "a", "an", "my", "to", "of", "for", "task", "one", "todo"})


@dataclass(frozen=True, slots=True)
class Call:
    """A tool call of the conversation and its result (None until it ran)."""

    name: str
    arguments: Mapping[str, Any]
    result: Mapping[str, Any] | None


def _text(message: BaseMessage) -> str:
    content = message.content
    if isinstance(content, str):
        return content
    return " ".join(
        part if isinstance(part, str) else str(part.get("text", "")) for part in content
    )


def _calls(messages: Sequence[BaseMessage]) -> list[Call]:
    """The tool calls among messages, in order, with their results."""
    results = {m.tool_call_id: m for m in messages if isinstance(m, ToolMessage) and m.tool_call_id}
    found = []
    for message in messages:
        for call in message.tool_calls if isinstance(message, AIMessage) else []:
            answer = results.get(call["id"] or "")
            result = json.loads(_text(answer)) if answer is not None else None
            found.append(Call(call["name"], call["args"], result))
    return found


def today_of(messages: Sequence[BaseMessage]) -> date:
    """The user's today, as the system prompt states it."""
    for message in messages:
        if isinstance(message, SystemMessage) and (found := TODAY.search(_text(message))):
            return date.fromisoformat(found.group(1))
    return date.today()


def last_touched(messages: Sequence[BaseMessage]) -> int | None:
    """The id of the last task the conversation touched ("it"); None if unclear."""
    for call in reversed(_calls(messages)):
        result = call.result or {}
        data = result.get("data") or {}
        if call.name == "list_tasks" and result.get("status") == "success":
            tasks = data.get("tasks", [])
            return int(tasks[0]["id"]) if len(tasks) == 1 else None
        if "deleted_task_id" in data:
            return None
        if isinstance(data.get("id"), int):
            return int(data["id"])
        if isinstance(call.arguments.get("task_id"), int):
            return int(call.arguments["task_id"])
    return None


def _tokens(text: str) -> list[str]:
    return [word for word in re.findall(r"[a-z0-9]+", text.lower()) if word not in STOP_WORDS]


def _alike(a: str, b: str) -> bool:
    if a == b or (min(len(a), len(b)) >= 3 and (a.startswith(b) or b.startswith(a))):
        return True
    return SequenceMatcher(None, a, b).ratio() >= 0.8


def matching(words: str, tasks: Sequence[Mapping[str, Any]], *, tool: str) -> list[Any]:
    """Tasks whose titles the words name: exact, then every word alike, then close spellings."""
    wanted = " ".join(_tokens(words))
    worded = [
        t
        for t in tasks
        if wanted and all(any(_alike(q, w) for w in _tokens(t["title"])) for q in wanted.split())
    ]
    pending = [t for t in worded if not t.get("completed")]
    if tool == "complete_task" and len(pending) == 1:
        return pending
    exact = [t for t in worded if " ".join(_tokens(t["title"])) == wanted]
    if exact or worded:
        return exact or worded
    titles = {" ".join(_tokens(t["title"])): t for t in tasks}
    return [titles[close] for close in get_close_matches(wanted, list(titles), 3, 0.6)]


def _ask_which(hits: Sequence[Mapping[str, Any]]) -> str:
    names = ", ".join(f"task {t['id']} '{t['title']}'" for t in hits[:5])
    return f'{WHICH_ONE}: {names}? Tell me its number, e.g. "task {hits[0]["id"]}".'


def intent(text: str, earlier: Sequence[BaseMessage], today: date) -> Reading:
    """What the latest message asks, read with the question it answers."""
    asked = next((_text(m) for m in reversed(earlier) if isinstance(m, AIMessage) and _text(m)), "")
    reading = grammar.read(text, today=today)
    if "(yes/no)" in asked and (is_affirmative(text) or is_negative(text)):
        pending = next((c for c in reversed(_calls(earlier)) if c.name == "delete_task"), None)
        if pending is None or is_negative(text):
            return grammar.say(KEPT)
        return Reading("delete_task", {"task_id": pending.arguments["task_id"], "confirmed": True})
    if asked.startswith((WHICH_ONE, "Which task should I")) and reading.tool is None:
        ref = phrases.reference(text)
        before = [m for m in earlier if isinstance(m, HumanMessage)]
        if ref is not None and before:
            again = grammar.read(_text(before[-1]), today=today)
            if again.tool is not None and again.tool != "list_tasks":
                arguments = {k: v for k, v in again.arguments.items() if k != "task_id"}
                return grammar.on_task(again.tool, ref, **arguments)
    return reading


def plan(messages: Sequence[BaseMessage]) -> AIMessage:
    """The next step of the conversation: tool calls, or the answer."""
    today = today_of(messages)
    start = max((i for i, m in enumerate(messages) if isinstance(m, HumanMessage)), default=-1)
    if start < 0:
        return AIMessage(content=grammar.HELP)
    earlier, turn = messages[:start], _calls(messages[start + 1 :])
    reading = intent(_text(messages[start]), earlier, today)
    if not turn:
        return _first_step(reading, earlier)
    looked_up = len(turn) == 1 and turn[0].name == "list_tasks" and reading.tool != "list_tasks"
    if looked_up and reading.tool is not None and reading.task not in (None, IT):
        return _resolve(reading, turn[0])
    last = turn[-1]
    return AIMessage(
        content=answers.answer(last.name, last.arguments, last.result or {}, today=today)
    )


def _call(tool: str, arguments: Mapping[str, Any]) -> AIMessage:
    call_id = f"call_{uuid.uuid4().hex[:16]}"
    return AIMessage(
        content="", tool_calls=[{"name": tool, "args": dict(arguments), "id": call_id}]
    )


def _first_step(reading: Reading, earlier: Sequence[BaseMessage]) -> AIMessage:
    if reading.tool is None:
        return AIMessage(content=reading.reply or grammar.HELP)
    if reading.task is None:
        return _call(reading.tool, reading.arguments)
    if reading.task == IT:
        task_id = last_touched(earlier)
        if task_id is None:
            return AIMessage(content=grammar.ASK_WHICH.format(verb=grammar.VERBS[reading.tool]))
        return _call(reading.tool, {"task_id": task_id, **reading.arguments})
    return _call("list_tasks", LOOKUP)


def _resolve(reading: Reading, lookup: Call) -> AIMessage:
    """The call on the task the lookup found, or a question."""
    assert reading.tool is not None
    assert reading.task is not None
    tasks = ((lookup.result or {}).get("data") or {}).get("tasks", [])
    hits = matching(reading.task, tasks, tool=reading.tool)
    if not hits:
        return AIMessage(
            content=f"I couldn't find a task matching '{reading.task}'. "
            'Say "show my tasks" to see them.'
        )
    if len(hits) > 1:
        return AIMessage(content=_ask_which(hits))
    return _call(reading.tool, {"task_id": hits[0]["id"], **reading.arguments})


class OfflineTaskModel(OfflineChatModel):
    """The task assistant's planner without an LLM: deterministic, instant, offline."""

    @property
    def _llm_type(self) -> str:
        return "pgpilot-offline-tasks"

    def reply(self, messages: list[BaseMessage]) -> AIMessage:
        """The planner's next message."""
        return plan(messages)

    def bind_tools(
        self,
        tools: Sequence[dict[str, Any] | type | Callable[..., Any] | BaseTool],
        *,
        tool_choice: str | None = None,
        **kwargs: Any,
    ) -> Runnable[LanguageModelInput, AIMessage]:
        """Accept the tools an LLM would get; the grammar already knows them."""
        return self.bind(tools=[convert_to_openai_tool(tool) for tool in tools], **kwargs)
