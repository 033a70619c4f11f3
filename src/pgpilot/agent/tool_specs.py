"""The task tools as a model sees them (OpenAI function schemas): no user id, ever."""

from typing import Any, Final

_TASK_ID: Final = {"type": "integer", "description": "The task's id, as list_tasks shows it."}
_DUE: Final = {
    "type": "string",
    "description": "YYYY-MM-DD or the user's words (tomorrow, next friday); today or later.",
}
_RRULE: Final = {
    "type": ["string", "null"],
    "maxLength": 200,
    "description": "An RFC 5545 RRULE: FREQ=WEEKLY;BYDAY=SU (every Sunday), "
    "FREQ=MONTHLY;BYMONTHDAY=1, FREQ=WEEKLY;INTERVAL=2, FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR; "
    "null stops repeating.",
}
_REMIND: Final = {
    "type": "string",
    "description": "When to remind the user: YYYY-MM-DDTHH:MM in their time zone, in the future.",
}
_PRIORITY: Final = {"type": "string", "enum": ["low", "medium", "high"]}
_TAGS: Final = {
    "type": "array",
    "items": {"type": "string", "maxLength": 50},
    "maxItems": 5,
    "description": "Up to 5 tags, without '#'.",
}


def _tool(name: str, description: str, properties: dict[str, Any], *required: str) -> Any:
    return {
        "type": "function",
        "function": {
            "name": name,
            "description": description,
            "parameters": {
                "type": "object",
                "properties": properties,
                "required": list(required),
                "additionalProperties": False,
            },
        },
    }


TOOL_SPECS: Final[list[dict[str, Any]]] = [
    _tool(
        "add_task",
        "Add a task to the user's list.",
        {
            "title": {"type": "string", "minLength": 1, "maxLength": 200},
            "description": {"type": "string", "maxLength": 1000},
            "due_date": _DUE,
            "priority": {**_PRIORITY, "description": "Default low."},
            "tags": _TAGS,
            "recurrence": _RRULE,
            "remind_at": _REMIND,
        },
        "title",
    ),
    _tool(
        "list_tasks",
        "List the user's tasks with counts, filtered and sorted.",
        {
            "status": {"type": "string", "enum": ["all", "pending", "completed"]},
            "priority": _PRIORITY,
            "sort_by": {"type": "string", "enum": ["due_date", "priority", "created_at"]},
            "limit": {"type": "integer", "minimum": 1, "maximum": 100},
            "offset": {"type": "integer", "minimum": 0},
            "due": {
                "type": "string",
                "enum": ["today", "tomorrow", "this_week", "next_week", "overdue"],
                "description": "Only tasks due then, in the user's calendar (weeks Monday-Sunday).",
            },
            "tag": {"type": "string", "maxLength": 50, "description": "Only tasks with this tag."},
        },
    ),
    _tool(
        "update_task",
        "Change some fields of one of the user's tasks; give only the fields to change.",
        {
            "task_id": _TASK_ID,
            "title": {"type": "string", "minLength": 1, "maxLength": 200},
            "description": {"type": "string", "description": "Empty removes it."},
            "due_date": _DUE,
            "priority": _PRIORITY,
            "tags": {**_TAGS, "description": "Replaces all tags; [] removes them."},
            "add_tags": {**_TAGS, "description": "Tags to add to the task's own."},
            "recurrence": _RRULE,
            "remind_at": {**_REMIND, "description": "A new reminder time; replaces the pending."},
        },
        "task_id",
    ),
    _tool(
        "complete_task",
        "Mark one of the user's tasks as done (again is fine).",
        {"task_id": _TASK_ID},
        "task_id",
    ),
    _tool(
        "delete_task",
        "Delete one of the user's tasks. Without confirmed it only asks (NOT_CONFIRMED); "
        "confirmed=true works only after the user answered yes to that question.",
        {"task_id": _TASK_ID, "confirmed": {"type": "boolean"}},
        "task_id",
    ),
    _tool(
        "restore_task",
        "Bring back a task the user deleted: the latest deletion whose title has these words "
        "(or the latest deletion, without title).",
        {"title": {"type": "string", "maxLength": 200}},
    ),
]
