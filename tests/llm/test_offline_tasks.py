"""The offline planner as a chat model: lookups, "it", questions and answers, no database."""

import json
from datetime import date
from typing import Any

import pytest
from langchain_core.messages import AIMessage, BaseMessage, HumanMessage, SystemMessage, ToolMessage

from pgpilot.agent.tool_specs import TOOL_SPECS
from pgpilot.llm import answers
from pgpilot.llm.offline_tasks import KEPT, LOOKUP, WHICH_ONE, OfflineTaskModel, plan

SYSTEM = SystemMessage("… Today is Wednesday 2026-03-04 in the user's time zone (UTC).")
TODAY = date(2026, 3, 4)


def task(task_id: int, title: str, *, completed: bool = False, **more: Any) -> dict[str, Any]:
    return {"id": task_id, "title": title, "completed": completed, "priority": "low"} | more


def ran(name: str, args: dict[str, Any], result: dict[str, Any], n: int) -> list[BaseMessage]:
    """A tool call and its result, as the graph adds them."""
    call_id = f"call_{n}"
    return [
        AIMessage("", tool_calls=[{"name": name, "args": args, "id": call_id}]),
        ToolMessage(json.dumps(result), tool_call_id=call_id, name=name),
    ]


def ok(**data: Any) -> dict[str, Any]:
    return {"status": "success", "message": "", "data": data, "timestamp": "t"}


def listed(*tasks: dict[str, Any]) -> dict[str, Any]:
    return ok(tasks=list(tasks), total_count=len(tasks), pending_count=len(tasks))


def only_call(message: AIMessage) -> tuple[str, dict[str, Any]]:
    assert len(message.tool_calls) == 1, message
    return message.tool_calls[0]["name"], message.tool_calls[0]["args"]


def test_a_title_is_looked_up_then_the_task_is_called_by_id() -> None:
    asked = [SYSTEM, HumanMessage("mark buy milk as done")]
    assert only_call(plan(asked)) == ("list_tasks", LOOKUP)
    found = listed(task(3, "Buy milk"), task(4, "Call mom"))
    assert only_call(plan([*asked, *ran("list_tasks", LOOKUP, found, 1)])) == (
        "complete_task",
        {"task_id": 3},
    )


@pytest.mark.parametrize(
    ("words", "titles", "expected"),
    [
        pytest.param("milk", ["Buy milk", "Call mom"], 1, id="one-word"),
        pytest.param("buying milk", ["Buy milk", "Walk dog"], 1, id="inflected"),
        pytest.param("by milk", ["Buy milk", "Walk dog"], 1, id="misspelt"),
        pytest.param("the dentist", ["Dentist at 9", "Call mom"], 1, id="article"),
        pytest.param("call mum", ["Buy milk", "Call mom"], 2, id="close-spelling"),
    ],
)
def test_fuzzy_titles(words: str, titles: list[str], expected: int) -> None:
    asked = [SYSTEM, HumanMessage(f"delete {words}")]
    found = listed(*(task(i, t) for i, t in enumerate(titles, start=1)))
    step = plan([*asked, *ran("list_tasks", LOOKUP, found, 1)])
    assert only_call(step) == ("delete_task", {"task_id": expected, "confirmed": False})


def test_several_matches_ask_which_one_and_the_answer_is_used() -> None:
    asked = [SYSTEM, HumanMessage("complete milk")]
    found = listed(task(3, "Buy milk"), task(7, "Buy milk and eggs"))
    question = plan([*asked, *ran("list_tasks", LOOKUP, found, 1)])
    assert not question.tool_calls
    assert isinstance(question.content, str)
    assert question.content.startswith(WHICH_ONE)
    assert "task 3 'Buy milk'" in question.content
    answered = [*asked, *ran("list_tasks", LOOKUP, found, 1), question, HumanMessage("task 7")]
    assert only_call(plan(answered)) == ("complete_task", {"task_id": 7})


@pytest.mark.parametrize(
    ("request_text", "answer", "expected"),
    [
        pytest.param(
            "tag milk #home",
            "task 109",
            ("update_task", {"task_id": 109, "add_tags": ["home"]}),
            id="tag",
        ),
        pytest.param(
            "make milk repeat every friday",
            "109",
            ("update_task", {"task_id": 109, "recurrence": "FREQ=WEEKLY;BYDAY=FR"}),
            id="repeat",
        ),
        pytest.param(
            "delete milk",
            "#109",
            ("delete_task", {"task_id": 109, "confirmed": False}),
            id="delete",
        ),
    ],
)
def test_the_answer_to_which_one_keeps_the_questions_action(
    request_text: str, answer: str, expected: tuple[str, dict[str, Any]]
) -> None:
    asked = [SYSTEM, HumanMessage(request_text)]
    found = listed(task(3, "Buy milk"), task(109, "Buy milk and eggs"))
    question = plan([*asked, *ran("list_tasks", LOOKUP, found, 1)])
    assert isinstance(question.content, str)
    assert question.content.startswith(WHICH_ONE)
    answered = [*asked, *ran("list_tasks", LOOKUP, found, 1), question, HumanMessage(answer)]
    assert only_call(plan(answered)) == expected


def test_completing_prefers_the_one_pending_match() -> None:
    asked = [SYSTEM, HumanMessage("finish the report")]
    found = listed(task(1, "Report", completed=True), task(2, "Report draft"))
    assert only_call(plan([*asked, *ran("list_tasks", LOOKUP, found, 1)])) == (
        "complete_task",
        {"task_id": 2},
    )


def test_no_match_is_said() -> None:
    asked = [SYSTEM, HumanMessage("delete the piano lesson")]
    step = plan([*asked, *ran("list_tasks", LOOKUP, listed(task(1, "Buy milk")), 1)])
    assert not step.tool_calls
    assert "couldn't find a task matching 'piano lesson'" in str(step.content)


def test_it_is_the_last_task_touched() -> None:
    added = ok(**task(5, "Buy milk", due_date="2026-03-05"))
    history = [SYSTEM, HumanMessage("add buy milk"), *ran("add_task", {}, added, 1)]
    history.append(AIMessage("Added."))
    step = plan([*history, HumanMessage("Change priority to high")])
    assert only_call(step) == ("update_task", {"task_id": 5, "priority": "high"})


def test_it_after_a_long_list_asks_which() -> None:
    history = [SYSTEM, HumanMessage("show tasks")]
    history += ran("list_tasks", {}, listed(task(1, "A"), task(2, "B")), 1)
    step = plan([*history, AIMessage("…"), HumanMessage("mark as done")])
    assert not step.tool_calls
    assert str(step.content).startswith("Which task should I mark as done?")


def test_it_after_a_one_task_list_is_that_task() -> None:
    history = [SYSTEM, HumanMessage("show tasks")]
    history += ran("list_tasks", {}, listed(task(9, "Only one")), 1)
    step = plan([*history, AIMessage("…"), HumanMessage("delete it")])
    assert only_call(step) == ("delete_task", {"task_id": 9, "confirmed": False})


def refused(task_id: int) -> list[BaseMessage]:
    result = {
        "status": "error",
        "error_code": "NOT_CONFIRMED",
        "message": "Not deleted. Ask the user exactly: Delete 'Buy milk'? (yes/no) Call …",
    }
    args = {"task_id": task_id, "confirmed": False}
    return [SYSTEM, HumanMessage("delete task 3"), *ran("delete_task", args, result, 1)]


def test_the_question_is_asked_in_the_servers_words() -> None:
    step = plan(refused(3))
    assert step.content == "Delete 'Buy milk'? (yes/no)"


@pytest.mark.parametrize("yes", ["yes", "Yes please", "go ahead", "y", "sure, delete it"])
def test_yes_confirms_that_task(yes: str) -> None:
    history = [*refused(3), AIMessage("Delete 'Buy milk'? (yes/no)"), HumanMessage(yes)]
    assert only_call(plan(history)) == ("delete_task", {"task_id": 3, "confirmed": True})


@pytest.mark.parametrize("no", ["no", "nope", "cancel", "no thanks"])
def test_no_keeps_it(no: str) -> None:
    history = [*refused(3), AIMessage("Delete 'Buy milk'? (yes/no)"), HumanMessage(no)]
    step = plan(history)
    assert (step.tool_calls, step.content) == ([], KEPT)


def test_anything_else_after_the_question_is_a_new_request() -> None:
    history = [*refused(3), AIMessage("Delete 'Buy milk'? (yes/no)"), HumanMessage("show tasks")]
    assert only_call(plan(history)) == ("list_tasks", {"status": "all"})


@pytest.mark.parametrize(
    ("tool", "args", "result", "answer"),
    [
        pytest.param(
            "add_task",
            {},
            ok(**task(4, "Buy milk", due_date="2026-03-05", priority="high", tags=["shop"])),
            "Added 'Buy milk' (task 4, due Thu 5 Mar, high priority, #shop).",
            id="add",
        ),
        pytest.param(
            "complete_task",
            {},
            ok(**task(4, "Buy milk"), tasks_remaining=1),
            "Marked 'Buy milk' as done; 1 task left.",
            id="complete",
        ),
        pytest.param(
            "update_task",
            {},
            ok(
                **task(4, "Buy milk"),
                changes={"due_date": {"old": None, "new": "2027-01-08"}},
            ),
            "Updated 'Buy milk' (task 4): due date no date → Fri 8 Jan 2027.",
            id="update-date-next-year",
        ),
        pytest.param(
            "delete_task",
            {},
            ok(deleted_task_id=4, deleted_task_title="Buy milk", tasks_remaining=0),
            "Deleted 'Buy milk'; 0 tasks left.",
            id="delete",
        ),
        pytest.param(
            "list_tasks",
            {"status": "pending"},
            listed(),
            "You have no pending tasks.",
            id="list-empty",
        ),
        pytest.param(
            "list_tasks",
            {"status": "all", "priority": "high", "due": "this_week"},
            listed(),
            "You have no high priority tasks due this week.",
            id="list-due-empty",
        ),
        pytest.param(
            "list_tasks",
            {"status": "all", "due": "overdue"},
            ok(tasks=[task(2, "Pay rent", due_date="2026-03-01")], matching_count=1),
            "You have 1 task overdue:\n• 2. Pay rent (due Sun 1 Mar)",
            id="list-overdue",
        ),
        pytest.param(
            "complete_task",
            {"task_id": 3},
            ok(
                id=3,
                title="Water plants",
                tasks_remaining=4,
                next_task=task(9, "Water plants", due_date="2026-03-08", repeats="every Sunday"),
            ),
            "Marked 'Water plants' as done; it repeats every Sunday, so the next one (task 9) "
            "is due Sun 8 Mar; 4 tasks left.",
            id="complete-repeating",
        ),
        pytest.param(
            "update_task",
            {"task_id": 2, "recurrence": "FREQ=WEEKLY;BYDAY=FR"},
            ok(
                id=2,
                title="Gym",
                changes={"recurrence": {"old": None, "new": "FREQ=WEEKLY;BYDAY=FR"}},
            ),
            "Updated 'Gym' (task 2): recurrence no repeat → every Friday.",
            id="update-recurrence",
        ),
        pytest.param(
            "restore_task",
            {"title": "milk"},
            ok(id=4, title="Buy milk"),
            "Restored 'Buy milk' (task 4).",
            id="restore-by-words",
        ),
        pytest.param(
            "complete_task",
            {},
            {"status": "error", "error_code": "TASK_NOT_FOUND", "message": "No task 9."},
            'No task 9. Say "show my tasks" to see their numbers.',
            id="not-found",
        ),
    ],
)
def test_answers(tool: str, args: dict[str, Any], result: dict[str, Any], answer: str) -> None:
    assert answers.answer(tool, args, result, today=TODAY) == answer
    step = plan([SYSTEM, HumanMessage("…"), *ran(tool, args, result, 1)])
    assert step.content == answer


def test_list_answer_spells_dates_and_marks_done_tasks() -> None:
    data = listed(task(1, "Buy milk", due_date="2026-03-05"), task(2, "Walk", completed=True))
    text = answers.answer("list_tasks", {"status": "all"}, data, today=TODAY)
    assert text.splitlines() == [
        "You have 2 tasks (2 pending, 0 done):",
        "• 1. Buy milk (due Thu 5 Mar)",
        "✓ 2. Walk",
    ]


async def test_it_is_a_chat_model_with_tools() -> None:
    model = OfflineTaskModel().bind_tools(TOOL_SPECS)
    reply = await model.ainvoke([SYSTEM, HumanMessage("add buy milk tomorrow")])
    assert isinstance(reply, AIMessage)
    assert only_call(reply) == ("add_task", {"title": "Buy milk", "due_date": "2026-03-05"})
    greeting = OfflineTaskModel().invoke([SYSTEM, HumanMessage("hi")])
    assert str(greeting.content).startswith("Hello")
