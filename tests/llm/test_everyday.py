"""Thirty everyday messages a new user types, read offline (Wednesday 4 March 2026).

Measured with `pgpilot tasks parse --today 2026-03-04 --jsonl`: 15 of 30 did what was meant
before issue 16 (recurrence, due views, tagging, restoring, "it's important" and bare routines
were not understood); all 30 do now.
"""

from datetime import date
from typing import Any

import pytest

from pgpilot.llm.grammar import read

TODAY = date(2026, 3, 4)

EVERYDAY = [
    pytest.param(
        "add buy milk tomorrow",
        "add_task",
        {"title": "Buy milk", "due_date": "2026-03-05"},
        None,
        id="add-with-date",
    ),
    pytest.param("show my tasks", "list_tasks", {"status": "all"}, None, id="show-all"),
    pytest.param("what's left to do?", "list_tasks", {"status": "pending"}, None, id="whats-left"),
    pytest.param("mark task 3 as done", "complete_task", {"task_id": 3}, None, id="done-by-id"),
    pytest.param(
        "delete task 3", "delete_task", {"task_id": 3, "confirmed": False}, None, id="delete-asks"
    ),
    pytest.param(
        "remind me to call mom on friday",
        "add_task",
        {"title": "Call mom", "due_date": "2026-03-06"},
        None,
        id="remind-me",
    ),
    pytest.param(
        "move the report to next friday",
        "update_task",
        {"due_date": "2026-03-06"},
        "report",
        id="move",
    ),
    pytest.param(
        "make it high priority", "update_task", {"priority": "high"}, "it", id="priority-of-it"
    ),
    pytest.param(
        "water the plants every sunday",
        "add_task",
        {"title": "Water the plants", "recurrence": "FREQ=WEEKLY;BYDAY=SU"},
        None,
        id="routine-every-sunday",
    ),
    pytest.param(
        "which tasks are due this week?",
        "list_tasks",
        {"status": "all", "due": "this_week"},
        None,
        id="due-this-week",
    ),
    pytest.param("tag it #home", "update_task", {"add_tags": ["home"]}, "it", id="tag-it"),
    pytest.param(
        "bring back the milk task I deleted",
        "restore_task",
        {"title": "milk"},
        None,
        id="bring-back-milk",
    ),
    pytest.param(
        "what's due today?",
        "list_tasks",
        {"status": "all", "due": "today"},
        None,
        id="whats-due-today",
    ),
    pytest.param(
        "remind me to call the dentist next friday, it's important",
        "add_task",
        {"title": "Call the dentist", "due_date": "2026-03-06", "priority": "high"},
        None,
        id="its-important",
    ),
    pytest.param(
        "anything for today?",
        "list_tasks",
        {"status": "all", "due": "today"},
        None,
        id="anything-today",
    ),
    pytest.param(
        "what do I have tomorrow?",
        "list_tasks",
        {"status": "all", "due": "tomorrow"},
        None,
        id="what-tomorrow",
    ),
    pytest.param(
        "list overdue tasks", "list_tasks", {"status": "all", "due": "overdue"}, None, id="overdue"
    ),
    pytest.param(
        "which tasks have I completed?", "list_tasks", {"status": "completed"}, None, id="completed"
    ),
    pytest.param(
        "show high priority tasks due this week",
        "list_tasks",
        {"status": "all", "priority": "high", "due": "this_week"},
        None,
        id="high-this-week",
    ),
    pytest.param("I finished the report", "complete_task", {}, "report", id="finished-title"),
    pytest.param(
        "rename task 2 to Buy oat milk",
        "update_task",
        {"task_id": 2, "title": "Buy oat milk"},
        None,
        id="rename",
    ),
    pytest.param(
        "add pay rent on the 1st of april #bills",
        "add_task",
        {"title": "Pay rent", "due_date": "2026-04-01", "tags": ["bills"]},
        None,
        id="add-date-tag",
    ),
    pytest.param(
        "get rid of the gym task", "delete_task", {"confirmed": False}, "gym", id="get-rid-of"
    ),
    pytest.param(
        "label task 3 #work", "update_task", {"task_id": 3, "add_tags": ["work"]}, None, id="label"
    ),
    pytest.param(
        "put the tag shopping on task 6",
        "update_task",
        {"task_id": 6, "add_tags": ["shopping"]},
        None,
        id="put-the-tag",
    ),
    pytest.param(
        "get back the task I just removed", "restore_task", {}, None, id="get-back-latest"
    ),
    pytest.param(
        "task 8 should not repeat any more",
        "update_task",
        {"task_id": 8, "recurrence": None},
        None,
        id="stop-repeating",
    ),
    pytest.param(
        "make task 2 repeat every friday",
        "update_task",
        {"task_id": 2, "recurrence": "FREQ=WEEKLY;BYDAY=FR"},
        None,
        id="make-repeat",
    ),
    pytest.param("thanks!", None, {}, None, id="thanks"),
    pytest.param(
        "postpone the dentist to monday",
        "update_task",
        {"due_date": "2026-03-09"},
        "dentist",
        id="postpone",
    ),
]


@pytest.mark.parametrize(("message", "tool", "arguments", "task"), EVERYDAY)
def test_an_everyday_message_does_what_was_meant(
    message: str, tool: str | None, arguments: dict[str, Any], task: str | None
) -> None:
    reading = read(message, today=TODAY)
    assert (reading.tool, dict(reading.arguments), reading.task) == (tool, arguments, task)


def test_the_table_is_large_enough() -> None:
    assert len(EVERYDAY) >= 25
