"""The offline planner's grammar: a table of messages and the tool calls they become.

Every date is seen from Wednesday 4 March 2026.
"""

from datetime import date
from typing import Any

import pytest

from pgpilot.llm import grammar
from pgpilot.llm.grammar import read

TODAY = date(2026, 3, 4)


@pytest.mark.parametrize(
    ("message", "tool", "arguments", "task"),
    [
        # add
        pytest.param(
            "Add a task to buy milk tomorrow",
            "add_task",
            {"title": "Buy milk", "due_date": "2026-03-05"},
            None,
            id="add-seed",
        ),
        pytest.param("add buy milk", "add_task", {"title": "Buy milk"}, None, id="add-plain"),
        pytest.param(
            'Add "Call mom" for friday priority high #family',
            "add_task",
            {"title": "Call mom", "due_date": "2026-03-06", "priority": "high", "tags": ["family"]},
            None,
            id="add-quoted-all",
        ),
        pytest.param(
            "remind me to pay rent by the end of the month",
            "add_task",
            {"title": "Pay rent", "due_date": "2026-03-31"},
            None,
            id="add-remind-end-of-month",
        ),
        pytest.param(
            "I need to book flights next week, urgent",
            "add_task",
            {"title": "Book flights", "due_date": "2026-03-11", "priority": "high"},
            None,
            id="add-need-urgent",
        ),
        pytest.param(
            "create a new task called water plants #home #garden",
            "add_task",
            {"title": "Water plants", "tags": ["home", "garden"]},
            None,
            id="add-create-called-tags",
        ),
        pytest.param(
            "new task: renew passport on 10 march",
            "add_task",
            {"title": "Renew passport", "due_date": "2026-03-10"},
            None,
            id="add-new-task-colon",
        ),
        pytest.param(
            "put eggs on my list", "add_task", {"title": "Eggs"}, None, id="add-put-on-list"
        ),
        pytest.param(
            "add task to prepare tomorrow's talk",
            "add_task",
            {"title": "Prepare tomorrow's talk"},
            None,
            id="add-possessive-date-kept",
        ),
        pytest.param(
            'Could you add "Pay the gas bill" due 2026-03-20 with priority medium?',
            "add_task",
            {"title": "Pay the gas bill", "due_date": "2026-03-20", "priority": "medium"},
            None,
            id="add-polite-iso",
        ),
        pytest.param(
            "hey, add a task to call the bank on monday",
            "add_task",
            {"title": "Call the bank", "due_date": "2026-03-09"},
            None,
            id="add-hey-monday",
        ),
        pytest.param(
            "add meeting prep #work high priority",
            "add_task",
            {"title": "Meeting prep", "priority": "high", "tags": ["work"]},
            None,
            id="add-high-priority-suffix",
        ),
        pytest.param(
            "Add a high priority task to finish taxes by friday",
            "add_task",
            {"title": "Finish taxes", "due_date": "2026-03-06", "priority": "high"},
            None,
            id="add-priority-before-noun",
        ),
        pytest.param(
            "add an urgent task: fix the roof",
            "add_task",
            {"title": "Fix the roof", "priority": "high"},
            None,
            id="add-urgent-noun",
        ),
        pytest.param(
            "add a task to buy milk tomorrow please",
            "add_task",
            {"title": "Buy milk", "due_date": "2026-03-05"},
            None,
            id="add-please-suffix",
        ),
        pytest.param(
            "add water the plants in 3 days",
            "add_task",
            {"title": "Water the plants", "due_date": "2026-03-07"},
            None,
            id="add-in-days",
        ),
        pytest.param(
            "add dentist appointment on march 12th",
            "add_task",
            {"title": "Dentist appointment", "due_date": "2026-03-12"},
            None,
            id="add-month-ordinal",
        ),
        pytest.param(
            "add 'send invoice' due the day after tomorrow",
            "add_task",
            {"title": "send invoice", "due_date": "2026-03-06"},
            None,
            id="add-single-quotes",
        ),
        pytest.param(
            "add call the plumber next tuesday, important",
            "add_task",
            {"title": "Call the plumber", "due_date": "2026-03-10", "priority": "high"},
            None,
            id="add-important",
        ),
        pytest.param(
            "add gym session this weekend #health",
            "add_task",
            {"title": "Gym session", "due_date": "2026-03-07", "tags": ["health"]},
            None,
            id="add-weekend",
        ),
        pytest.param(
            "schedule a task to review the budget in two weeks",
            "add_task",
            {"title": "Review the budget", "due_date": "2026-03-18"},
            None,
            id="add-schedule",
        ),
        pytest.param(
            "don't let me forget to feed the cat tonight",
            "add_task",
            {"title": "Feed the cat", "due_date": "2026-03-04"},
            None,
            id="add-dont-forget",
        ),
        pytest.param(
            "i have to renew my car insurance by 31 march low priority",
            "add_task",
            {"title": "Renew my car insurance", "due_date": "2026-03-31", "priority": "low"},
            None,
            id="add-have-to-low",
        ),
        pytest.param(
            "todo: clean the garage",
            "add_task",
            {"title": "Clean the garage"},
            None,
            id="add-todo-colon",
        ),
        pytest.param(
            "jot down buy a birthday gift for Sam",
            "add_task",
            {"title": "Buy a birthday gift for Sam"},
            None,
            id="add-jot-down",
        ),
        pytest.param(
            "make a task to buy bread",
            "add_task",
            {"title": "Buy bread"},
            None,
            id="add-make-a-task",
        ),
        pytest.param(
            'add a new todo named "Quarterly report" priority: high #work #q1',
            "add_task",
            {"title": "Quarterly report", "priority": "high", "tags": ["work", "q1"]},
            None,
            id="add-named-priority-colon",
        ),
        pytest.param(
            "add fix bike with priority medium on friday of next week",
            "add_task",
            {"title": "Fix bike", "due_date": "2026-03-13", "priority": "medium"},
            None,
            id="add-next-week-friday",
        ),
        pytest.param(
            "add email Anna today",
            "add_task",
            {"title": "Email Anna", "due_date": "2026-03-04"},
            None,
            id="add-today",
        ),
        pytest.param(
            "please add pick up dry cleaning",
            "add_task",
            {"title": "Pick up dry cleaning"},
            None,
            id="add-please-prefix",
        ),
        # list
        pytest.param("Show me my tasks", "list_tasks", {"status": "all"}, None, id="list-seed"),
        pytest.param(
            "list pending tasks", "list_tasks", {"status": "pending"}, None, id="list-pending"
        ),
        pytest.param(
            "what's left", "list_tasks", {"status": "pending"}, None, id="list-whats-left"
        ),
        pytest.param(
            "what have I completed?",
            "list_tasks",
            {"status": "completed"},
            None,
            id="list-completed-question",
        ),
        pytest.param(
            "show high priority tasks sorted by due date",
            "list_tasks",
            {"status": "all", "priority": "high", "sort_by": "due_date"},
            None,
            id="list-priority-sorted-due",
        ),
        pytest.param(
            "list my tasks by creation date",
            "list_tasks",
            {"status": "all", "sort_by": "created_at"},
            None,
            id="list-by-creation-date",
        ),
        pytest.param(
            "show completed tasks newest first",
            "list_tasks",
            {"status": "completed", "sort_by": "created_at"},
            None,
            id="list-completed-newest",
        ),
        pytest.param("my tasks", "list_tasks", {"status": "all"}, None, id="list-my-tasks"),
        pytest.param(
            "show my to-do list", "list_tasks", {"status": "all"}, None, id="list-todo-list"
        ),
        pytest.param(
            "how many tasks do I have left?",
            "list_tasks",
            {"status": "pending"},
            None,
            id="list-how-many-left",
        ),
        pytest.param(
            "what tasks are not done", "list_tasks", {"status": "pending"}, None, id="list-not-done"
        ),
        pytest.param(
            "list tasks with low priority",
            "list_tasks",
            {"status": "all", "priority": "low"},
            None,
            id="list-low",
        ),
        pytest.param(
            "show me everything sorted by priority",
            "list_tasks",
            {"status": "all", "sort_by": "priority"},
            None,
            id="list-everything-by-priority",
        ),
        pytest.param(
            "Which tasks did I finish",
            "list_tasks",
            {"status": "completed"},
            None,
            id="list-finished",
        ),
        pytest.param(
            "show urgent tasks",
            "list_tasks",
            {"status": "all", "priority": "high"},
            None,
            id="list-urgent",
        ),
        pytest.param(
            "list open tasks ordered by priority",
            "list_tasks",
            {"status": "pending", "sort_by": "priority"},
            None,
            id="list-open-ordered",
        ),
        pytest.param(
            "show my finished tasks",
            "list_tasks",
            {"status": "completed"},
            None,
            id="list-finished-tasks",
        ),
        pytest.param(
            "what do I have left to do",
            "list_tasks",
            {"status": "pending"},
            None,
            id="list-left-to-do",
        ),
        pytest.param(
            "display outstanding items",
            "list_tasks",
            {"status": "pending"},
            None,
            id="list-outstanding",
        ),
        pytest.param(
            "show the most recent tasks",
            "list_tasks",
            {"status": "all", "sort_by": "created_at"},
            None,
            id="list-most-recent",
        ),
        pytest.param(
            "list medium priority pending tasks",
            "list_tasks",
            {"status": "pending", "priority": "medium"},
            None,
            id="list-medium-pending",
        ),
        pytest.param("tasks", "list_tasks", {"status": "all"}, None, id="list-one-word"),
        # complete
        pytest.param("complete task 3", "complete_task", {"task_id": 3}, None, id="complete-id"),
        pytest.param(
            "mark task 3 as done", "complete_task", {"task_id": 3}, None, id="complete-mark-id"
        ),
        pytest.param("Mark as done", "complete_task", {}, "it", id="complete-mark-as-done-it"),
        pytest.param("mark it done", "complete_task", {}, "it", id="complete-mark-it"),
        pytest.param(
            "check off #4", "complete_task", {"task_id": 4}, None, id="complete-check-off-hash"
        ),
        pytest.param(
            "done with buy milk", "complete_task", {}, "buy milk", id="complete-done-with-title"
        ),
        pytest.param(
            "buy milk is done", "complete_task", {}, "buy milk", id="complete-title-is-done"
        ),
        pytest.param(
            "finish the report", "complete_task", {}, "report", id="complete-finish-title"
        ),
        pytest.param("I finished it", "complete_task", {}, "it", id="complete-finished-it"),
        pytest.param(
            "tick off task 7", "complete_task", {"task_id": 7}, None, id="complete-tick-off"
        ),
        pytest.param("done", "complete_task", {}, "it", id="complete-done-alone"),
        pytest.param(
            "task 3 is finished",
            "complete_task",
            {"task_id": 3},
            None,
            id="complete-id-is-finished",
        ),
        pytest.param(
            "mark 'buy milk' as complete", "complete_task", {}, "buy milk", id="complete-quoted"
        ),
        pytest.param(
            "check task 2 off", "complete_task", {"task_id": 2}, None, id="complete-check-x-off"
        ),
        pytest.param("complete the milk one", "complete_task", {}, "milk", id="complete-the-one"),
        pytest.param(
            "finish #12", "complete_task", {"task_id": 12}, None, id="complete-finish-hash"
        ),
        pytest.param(
            "the report is done", "complete_task", {}, "report", id="complete-the-title-done"
        ),
        pytest.param(
            "I have completed task 8",
            "complete_task",
            {"task_id": 8},
            None,
            id="complete-i-have-completed",
        ),
        pytest.param(
            "mark this task as finished", "complete_task", {}, "it", id="complete-this-task"
        ),
        pytest.param(
            "please complete task number 5",
            "complete_task",
            {"task_id": 5},
            None,
            id="complete-number",
        ),
        # update
        pytest.param(
            "rename task 3 to Buy oat milk",
            "update_task",
            {"task_id": 3, "title": "Buy oat milk"},
            None,
            id="update-rename",
        ),
        pytest.param(
            'change the title of task 2 to "Call dad"',
            "update_task",
            {"task_id": 2, "title": "Call dad"},
            None,
            id="update-title-of",
        ),
        pytest.param(
            "set the description of task 3 to get the organic one",
            "update_task",
            {"task_id": 3, "description": "get the organic one"},
            None,
            id="update-description-of",
        ),
        pytest.param(
            "change priority to high",
            "update_task",
            {"priority": "high"},
            "it",
            id="update-priority-it-seed",
        ),
        pytest.param(
            "make task 5 high priority",
            "update_task",
            {"task_id": 5, "priority": "high"},
            None,
            id="update-make-high",
        ),
        pytest.param(
            "set task 3 priority to low",
            "update_task",
            {"task_id": 3, "priority": "low"},
            None,
            id="update-set-priority",
        ),
        pytest.param(
            "make it urgent", "update_task", {"priority": "high"}, "it", id="update-make-it-urgent"
        ),
        pytest.param(
            "move task 3 to next friday",
            "update_task",
            {"task_id": 3, "due_date": "2026-03-06"},
            None,
            id="update-move-date",
        ),
        pytest.param(
            "postpone it until monday",
            "update_task",
            {"due_date": "2026-03-09"},
            "it",
            id="update-postpone-it",
        ),
        pytest.param(
            "reschedule the dentist to march 20",
            "update_task",
            {"due_date": "2026-03-20"},
            "dentist",
            id="update-reschedule-title",
        ),
        pytest.param(
            "set the due date to tomorrow",
            "update_task",
            {"due_date": "2026-03-05"},
            "it",
            id="update-due-date-it",
        ),
        pytest.param(
            "change the due date of task 4 to in 2 weeks",
            "update_task",
            {"task_id": 4, "due_date": "2026-03-18"},
            None,
            id="update-due-date-of",
        ),
        pytest.param(
            "change task 3 to high priority",
            "update_task",
            {"task_id": 3, "priority": "high"},
            None,
            id="update-change-to-priority",
        ),
        pytest.param(
            "change it to tomorrow",
            "update_task",
            {"due_date": "2026-03-05"},
            "it",
            id="update-change-to-date",
        ),
        pytest.param(
            "rename it to Buy bread",
            "update_task",
            {"title": "Buy bread"},
            "it",
            id="update-rename-it",
        ),
        pytest.param(
            "call it Weekly review",
            "update_task",
            {"title": "Weekly review"},
            "it",
            id="update-call-it",
        ),
        pytest.param(
            "retitle the dentist task as Dentist at 9",
            "update_task",
            {"title": "Dentist at 9"},
            "dentist",
            id="update-retitle-title",
        ),
        pytest.param(
            "describe task 3 as bring the blue folder",
            "update_task",
            {"task_id": 3, "description": "bring the blue folder"},
            None,
            id="update-describe",
        ),
        pytest.param(
            "add a note to task 3: call before noon",
            "update_task",
            {"task_id": 3, "description": "call before noon"},
            None,
            id="update-add-note",
        ),
        pytest.param(
            "change the description to pick up at 5",
            "update_task",
            {"description": "pick up at 5"},
            "it",
            id="update-description-it",
        ),
        pytest.param(
            "prioritize task 4",
            "update_task",
            {"task_id": 4, "priority": "high"},
            None,
            id="update-prioritize",
        ),
        pytest.param(
            "make the taxes task low priority",
            "update_task",
            {"priority": "low"},
            "taxes",
            id="update-make-title-low",
        ),
        pytest.param(
            "set priority high for task 6",
            "update_task",
            {"task_id": 6, "priority": "high"},
            None,
            id="update-priority-for",
        ),
        pytest.param(
            "push task 2 back to next month",
            "update_task",
            {"task_id": 2, "due_date": "2026-04-04"},
            None,
            id="update-push-back",
        ),
        pytest.param(
            "delay the report until the 15th of march",
            "update_task",
            {"due_date": "2026-03-15"},
            "report",
            id="update-delay-ordinal",
        ),
        pytest.param(
            "postpone the meeting to this weekend",
            "update_task",
            {"due_date": "2026-03-07"},
            "meeting",
            id="update-postpone-weekend",
        ),
        pytest.param(
            "task 3 is due tomorrow",
            "update_task",
            {"task_id": 3, "due_date": "2026-03-05"},
            None,
            id="update-is-due",
        ),
        pytest.param(
            "move it to 2026-04-01",
            "update_task",
            {"due_date": "2026-04-01"},
            "it",
            id="update-move-iso",
        ),
        pytest.param(
            'change task 9 to "Groceries"',
            "update_task",
            {"task_id": 9, "title": "Groceries"},
            None,
            id="update-change-to-title",
        ),
        pytest.param(
            "update task 3 to next monday",
            "update_task",
            {"task_id": 3, "due_date": "2026-03-09"},
            None,
            id="update-update-to-date",
        ),
        pytest.param(
            "tag task 3 with #work #urgent",
            "update_task",
            {"task_id": 3, "add_tags": ["work", "urgent"]},
            None,
            id="update-tag",
        ),
        pytest.param(
            "change its priority to low",
            "update_task",
            {"priority": "low"},
            "it",
            id="update-its-priority",
        ),
        pytest.param(
            "set the priority of buy milk to medium",
            "update_task",
            {"priority": "medium"},
            "buy milk",
            id="update-priority-of-title",
        ),
        # delete
        pytest.param(
            "delete task 3", "delete_task", {"task_id": 3, "confirmed": False}, None, id="delete-id"
        ),
        pytest.param(
            "Delete this task",
            "delete_task",
            {"confirmed": False},
            "it",
            id="delete-this-task-seed",
        ),
        pytest.param(
            "remove buy milk",
            "delete_task",
            {"confirmed": False},
            "buy milk",
            id="delete-remove-title",
        ),
        pytest.param(
            "get rid of the dentist task",
            "delete_task",
            {"confirmed": False},
            "dentist",
            id="delete-get-rid-of",
        ),
        pytest.param(
            "erase #9",
            "delete_task",
            {"task_id": 9, "confirmed": False},
            None,
            id="delete-erase-hash",
        ),
        pytest.param(
            "remove task #5 from my list",
            "delete_task",
            {"task_id": 5, "confirmed": False},
            None,
            id="delete-from-list",
        ),
        pytest.param("delete that", "delete_task", {"confirmed": False}, "it", id="delete-that"),
        pytest.param("get rid of it", "delete_task", {"confirmed": False}, "it", id="delete-it"),
        pytest.param(
            "please delete task 12, thanks",
            "delete_task",
            {"task_id": 12, "confirmed": False},
            None,
            id="delete-polite",
        ),
        pytest.param(
            "trash the old report",
            "delete_task",
            {"confirmed": False},
            "old report",
            id="delete-trash",
        ),
    ],
)
def test_message_becomes_a_tool_call(
    message: str, tool: str, arguments: dict[str, Any], task: str | None
) -> None:
    reading = read(message, today=TODAY)
    assert (reading.tool, dict(reading.arguments), reading.task) == (tool, arguments, task)
    assert reading.reply is None


@pytest.mark.parametrize(
    ("message", "reply"),
    [
        pytest.param("hello", grammar.GREETING, id="hello"),
        pytest.param("Hi there!", grammar.GREETING, id="hi-there"),
        pytest.param("good morning", grammar.GREETING, id="good-morning"),
        pytest.param("thanks!", grammar.THANKS, id="thanks"),
        pytest.param("ok thank you so much", grammar.THANKS, id="thank-you"),
        pytest.param("what can you do?", grammar.HELP, id="what-can-you-do"),
        pytest.param("help", grammar.HELP, id="help"),
        pytest.param("   ", grammar.HELP, id="blank"),
        pytest.param("add a task", grammar.ASK_TITLE, id="add-without-title"),
        pytest.param("add tomorrow", grammar.ASK_TITLE, id="add-only-a-date"),
        pytest.param("delete", grammar.ASK_WHICH.format(verb="delete"), id="delete-what"),
        pytest.param("postpone it", grammar.ASK_DATE, id="postpone-without-date"),
        pytest.param("yes", grammar.NOTHING_PENDING, id="yes-to-nothing"),
        pytest.param("no", grammar.NOTHING_PENDING, id="no-to-nothing"),
        pytest.param("asdfgh qwerty", grammar.NOT_UNDERSTOOD, id="gibberish"),
        pytest.param("the weather is nice", grammar.NOT_UNDERSTOOD, id="off-topic"),
    ],
)
def test_message_gets_a_reply_and_no_tool_call(message: str, reply: str) -> None:
    reading = read(message, today=TODAY)
    assert (reading.tool, dict(reading.arguments), reading.reply) == (None, {}, reply)


def test_a_bare_task_number_asks_what_to_do() -> None:
    reading = read("task 3", today=TODAY)
    assert reading.tool is None
    assert reading.reply is not None
    assert reading.reply.startswith("What should I do with task 3?")


def test_an_unreadable_date_is_said_not_guessed() -> None:
    reading = read("move task 3 to someday", today=TODAY)
    assert reading.tool is None
    assert reading.reply is not None
    assert "'someday'" in reading.reply


def test_to_dict_is_what_tasks_parse_prints() -> None:
    assert read("remove buy milk", today=TODAY).to_dict() == {
        "tool": "delete_task",
        "arguments": {"confirmed": False},
        "reply": None,
        "task": "buy milk",
    }
