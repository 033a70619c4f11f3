"""Short human answers the offline planner writes from tool results."""

import re
from collections.abc import Mapping
from datetime import date
from typing import Any, Final

from pgpilot.tasks.recurrence import describe

QUESTION: Final = re.compile(r"Delete '.*'\? \(yes/no\)", re.DOTALL)
MAX_LISTED: Final = 20
DUE_WORDS: Final = {
    "today": "due today",
    "tomorrow": "due tomorrow",
    "this_week": "due this week",
    "next_week": "due next week",
    "week": "due in the next seven days",
    "overdue": "overdue",
}


def spell(day: str | None, *, today: date) -> str | None:
    """A YYYY-MM-DD date as "Thu 5 Mar" (with the year when it is not this year's)."""
    if not day:
        return None
    value = date.fromisoformat(day)
    text = f"{value:%a} {value.day} {value:%b}"
    return text if value.year == today.year else f"{text} {value.year}"


def _details(task: Mapping[str, Any], *, today: date, first: str = "") -> str:
    parts = [first] if first else []
    if due := spell(task.get("due_date"), today=today):
        parts.append(f"due {due}")
    if task.get("priority") and task["priority"] != "low":
        parts.append(f"{task['priority']} priority")
    if task.get("tags"):
        parts.append(" ".join(f"#{tag}" for tag in task["tags"]))
    if task.get("repeats"):
        parts.append(f"repeats {task['repeats']}")
    return f" ({', '.join(parts)})" if parts else ""


def _line(task: Mapping[str, Any], *, today: date) -> str:
    box = "✓" if task.get("completed") else "•"
    return f"{box} {task['id']}. {task['title']}{_details(task, today=today)}"


def _left(count: object) -> str:
    return f"{count} task{'' if count == 1 else 's'} left"


def _shown(value: object, field: str, *, today: date) -> str:
    if field == "due_date":
        return spell(value if isinstance(value, str) else None, today=today) or "no date"
    if field == "recurrence":
        return describe(value if isinstance(value, str) else None) or "no repeat"
    if field == "tags":
        return " ".join(f"#{tag}" for tag in value) if isinstance(value, list) and value else "none"
    return f"'{value}'" if value not in (None, "") else "nothing"


def listing(data: Mapping[str, Any], arguments: Mapping[str, Any], *, today: date) -> str:
    """A list_tasks result as lines."""
    tasks = data.get("tasks", [])
    status = arguments.get("status", "all")
    kind = {"pending": "pending ", "completed": "completed "}.get(str(status), "")
    level = f"{arguments['priority']} priority " if arguments.get("priority") else ""
    when = f" {DUE_WORDS[arguments['due']]}" if arguments.get("due") in DUE_WORDS else ""
    if not tasks:
        if level or kind or when:
            return f"You have no {level}{kind}tasks{when}."
        return "Your list is empty."
    total = data.get("matching_count", len(tasks))
    head = f"You have {total} {level}{kind}task{'' if total == 1 else 's'}{when}"
    if not kind and not level and not when:
        head += f" ({data.get('pending_count', 0)} pending, {data.get('completed_count', 0)} done)"
    lines = [_line(task, today=today) for task in tasks[:MAX_LISTED]]
    if len(tasks) > MAX_LISTED:
        lines.append(f"… and {len(tasks) - MAX_LISTED} more.")
    return head + ":\n" + "\n".join(lines)


def success(
    tool: str, arguments: Mapping[str, Any], data: Mapping[str, Any], *, today: date
) -> str:
    """What a successful call did, in a sentence or a list."""
    if tool == "add_task":
        number = f"task {data['id']}"
        return f"Added '{data['title']}'{_details(data, today=today, first=number)}."
    if tool == "list_tasks":
        return listing(data, arguments, today=today)
    if tool == "complete_task":
        if data.get("already_completed"):
            return f"'{data['title']}' was already done; {_left(data['tasks_remaining'])}."
        following = data.get("next_task")
        if following:
            due = spell(following.get("due_date"), today=today) or "soon"
            return (
                f"Marked '{data['title']}' as done; it repeats {following.get('repeats')}, "
                f"so the next one (task {following['id']}) is due {due}; "
                f"{_left(data['tasks_remaining'])}."
            )
        return f"Marked '{data['title']}' as done; {_left(data['tasks_remaining'])}."
    if tool == "update_task":
        changes = data.get("changes", {})
        said = ", ".join(
            f"{name.replace('_', ' ')} {_shown(change['old'], name, today=today)} → "
            f"{_shown(change['new'], name, today=today)}"
            for name, change in changes.items()
        )
        return f"Updated '{data['title']}' (task {data['id']}): {said}."
    if tool == "delete_task":
        return f"Deleted '{data['deleted_task_title']}'; {_left(data['tasks_remaining'])}."
    if tool == "restore_task":
        return f"Restored '{data['title']}' (task {data['id']})."
    return "Done."


def failure(tool: str, result: Mapping[str, Any]) -> str:
    """What went wrong, or the question the server wants asked."""
    code = result.get("error_code")
    message = str(result.get("message", ""))
    if code == "NOT_CONFIRMED":
        question = QUESTION.search(message)
        return question.group(0) if question else "Are you sure you want to delete it? (yes/no)"
    if code == "TASK_NOT_FOUND":
        return f'{message} Say "show my tasks" to see their numbers.'
    if code == "NO_CHANGES":
        return message.replace("No changes: ", "Nothing to change: ", 1)
    if code == "VALIDATION_ERROR":
        return f"I couldn't do that: {message}."
    return f"Sorry, that didn't work ({code}): {message}"


def answer(
    tool: str, arguments: Mapping[str, Any], result: Mapping[str, Any], *, today: date
) -> str:
    """The answer to one tool result."""
    if result.get("status") == "success":
        return success(tool, arguments, result.get("data") or {}, today=today)
    return failure(tool, result)
