"""The task tools as a model sees them (OpenAI function schemas), derived from the task
contract: the same limits as REST and MCP, and no user id, ever."""

from typing import Any, Final

from pydantic import BaseModel

from pgpilot.tasks.contract import (
    TaskCreate,
    TaskId,
    TaskQuery,
    TaskUpdate,
    Title,
    parameters,
    schema_of,
)

_TASK_ID: Final = schema_of(TaskId)


def tool_spec(name: str, description: str, arguments: dict[str, Any]) -> dict[str, Any]:
    """One tool in the OpenAI function-calling shape."""
    return {
        "type": "function",
        "function": {"name": name, "description": description, "parameters": arguments},
    }


def model_tool(
    name: str, description: str, model: type[BaseModel], *, with_task_id: bool = False
) -> dict[str, Any]:
    """A tool whose parameters are a contract model's fields (after task_id, when given)."""
    if with_task_id:
        arguments = parameters(model, leading={"task_id": _TASK_ID}, required=("task_id",))
    else:
        arguments = parameters(model)
    return tool_spec(name, description, arguments)


TOOL_SPECS: Final[list[dict[str, Any]]] = [
    model_tool("add_task", "Add a task to the user's list.", TaskCreate),
    model_tool("list_tasks", "List the user's tasks with counts, filtered and sorted.", TaskQuery),
    model_tool(
        "update_task",
        "Change some fields of one of the user's tasks; give only the fields to change.",
        TaskUpdate,
        with_task_id=True,
    ),
    tool_spec(
        "complete_task",
        "Mark one of the user's tasks as done (again is fine).",
        parameters(leading={"task_id": _TASK_ID}, required=("task_id",)),
    ),
    tool_spec(
        "delete_task",
        "Delete one of the user's tasks. Without confirmed it only asks (NOT_CONFIRMED); "
        "confirmed=true works only after the user answered yes to that question.",
        parameters(
            leading={"task_id": _TASK_ID, "confirmed": {"type": "boolean"}}, required=("task_id",)
        ),
    ),
    tool_spec(
        "restore_task",
        "Bring back a task the user deleted: the latest deletion whose title has these words "
        "(or the latest deletion, without title).",
        parameters(
            leading={"title": {**schema_of(Title), "description": "Words of the task's title."}}
        ),
    ),
]
