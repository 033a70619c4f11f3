"""The task contract, written once: its limits, its argument models and the schemas every face
derives from them (REST bodies, MCP tool parameters, the model's tool specs).

Checks that need the database or the user's calendar (a due date in the past, a reminder
time, a recurrence rule) are the tools'; everything else a caller may get wrong is here.
"""

from collections.abc import Mapping
from functools import cache
from typing import Annotated, Any, Final, Literal, TypeVar, get_args

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StringConstraints,
    TypeAdapter,
    model_validator,
)
from pydantic import ValidationError as PydanticError
from pydantic_core import ErrorDetails

from pgpilot.errors import ValidationError
from pgpilot.inputs import refuse_nul

MAX_TITLE: Final = 200
MAX_DESCRIPTION: Final = 1000
MAX_TAGS: Final = 5
MAX_TAG: Final = 50
MAX_RULE: Final = 200
MAX_LIMIT: Final = 100
DEFAULT_LIMIT: Final = 50
MAX_ID: Final = 2**63 - 1
KEEP_RULE: Final = ""  # update_task's recurrence when it is not to change

PriorityName = Literal["low", "medium", "high"]
StatusName = Literal["all", "pending", "completed"]
SortName = Literal["due_date", "priority", "created_at"]
DueName = Literal["today", "tomorrow", "this_week", "next_week", "overdue", "week"]
PRIORITIES: Final = get_args(PriorityName)
STATUSES: Final = get_args(StatusName)
SORTS: Final = get_args(SortName)
DUES: Final = get_args(DueName)

M = TypeVar("M", bound=BaseModel)


def _lower(value: object) -> object:
    return value.strip().lower() if isinstance(value, str) else value


def _unique(values: list[str]) -> list[str]:
    return list(dict.fromkeys(values))


def _none_is_empty(value: object) -> object:
    return [] if value is None else value


TaskId = Annotated[
    int, Field(ge=1, le=MAX_ID, description="The task's id, as add_task or list_tasks show it.")
]
Title = Annotated[
    str,
    StringConstraints(strip_whitespace=True, min_length=1, max_length=MAX_TITLE),
    Field(description=f"1 to {MAX_TITLE} characters."),
]
Description = Annotated[
    Annotated[str, StringConstraints(strip_whitespace=True, max_length=MAX_DESCRIPTION)] | None,
    Field(description=f"At most {MAX_DESCRIPTION} characters; empty means none."),
]
DueDate = Annotated[
    str | None, Field(description="YYYY-MM-DD, today or later in the user's time zone.")
]
Priority = Annotated[PriorityName, BeforeValidator(_lower)]
Tag = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=MAX_TAG)]
Tags = Annotated[
    list[Tag],
    BeforeValidator(_none_is_empty),
    Field(max_length=MAX_TAGS, description=f"At most {MAX_TAGS} tags of {MAX_TAG} characters."),
    AfterValidator(_unique),
]
Recurrence = Annotated[
    Annotated[str, StringConstraints(strip_whitespace=True, max_length=MAX_RULE)] | None,
    Field(
        description="An RFC 5545 RRULE: FREQ=WEEKLY;BYDAY=SU (every Sunday), "
        "FREQ=MONTHLY;BYMONTHDAY=1, FREQ=WEEKLY;INTERVAL=2, FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR. "
        "Completing the task creates the next occurrence's task."
    ),
]
RemindAt = Annotated[
    str | None,
    Field(
        description="When to remind the user: 2026-03-05T17:00 in their time zone "
        "(or with an offset); in the future."
    ),
]


class _Arguments(BaseModel):
    """Arguments from any face: unknown names are mistakes, NUL bytes are refused by name."""

    model_config = ConfigDict(extra="forbid")

    @model_validator(mode="before")
    @classmethod
    def _no_nul(cls, data: Any) -> Any:
        if isinstance(data, Mapping):
            refuse_nul(**{str(name): value for name, value in data.items()})
        return data


class TaskCreate(_Arguments):
    """A new task."""

    title: Title
    description: Description = None
    due_date: DueDate = None
    priority: Priority = "low"
    tags: Tags = []
    recurrence: Recurrence = None
    remind_at: RemindAt = None


class TaskUpdate(_Arguments):
    """The fields of a task to change; the others stay as they are."""

    title: Annotated[
        Title | None, Field(description=f"A new title, 1 to {MAX_TITLE} characters.")
    ] = None
    description: Description = None
    due_date: DueDate = None
    priority: Priority | None = None
    tags: Annotated[Tags | None, Field(description="Replaces all tags; [] removes them.")] = None
    add_tags: Annotated[Tags | None, Field(description="Tags added to the task's own.")] = None
    recurrence: Annotated[
        Recurrence, Field(description='A new RRULE; null stops repeating; "" keeps it.')
    ] = KEEP_RULE
    remind_at: Annotated[
        RemindAt, Field(description="A new reminder time (YYYY-MM-DDTHH:MM); replaces the pending.")
    ] = None

    def changes(self) -> dict[str, Any]:
        """The fields given a value (recurrence also when null: it stops repeating)."""
        given = self.model_dump(exclude={"recurrence"}, exclude_none=True)
        if self.recurrence != KEEP_RULE:
            given["recurrence"] = self.recurrence
        return given


class TaskQuery(_Arguments):
    """What list_tasks is asked for: filters, sort and page."""

    status: StatusName = "all"
    priority: Priority | None = None
    sort_by: SortName = "due_date"
    limit: Annotated[int, Field(ge=1, le=MAX_LIMIT)] = DEFAULT_LIMIT
    offset: Annotated[int, Field(ge=0, le=MAX_ID)] = 0
    tag: Annotated[Tag | None, Field(description="Only tasks with this tag.")] = None
    due: Annotated[
        DueName | None,
        Field(
            description="Only tasks due today, tomorrow, this_week or next_week (Monday to "
            "Sunday), overdue (pending, before today) or week (today and the next six days); "
            "in the user's time zone."
        ),
    ] = None


class TaskPublic(BaseModel):
    """A task as every face shows it."""

    id: int
    user_id: int
    title: str
    description: str | None
    priority: PriorityName
    due_date: str | None
    tags: list[str]
    completed: bool
    completed_date: str | None
    created_at: str | None
    updated_at: str | None
    recurrence: str | None
    repeats: str | None = Field(description="The recurrence in words (every Sunday).")


def parsed(model: type[M], values: Mapping[str, Any]) -> M:
    """`values` checked against `model`; a mistake is a ValidationError that names the field."""
    try:
        return model.model_validate(values)
    except PydanticError as exc:
        raise ValidationError("; ".join(_explain(error) for error in exc.errors())) from None


def checked(kind: Any, value: object, *, name: str) -> Any:
    """One value checked against one of the contract's types (Title, TaskId, ...)."""
    try:
        return _adapter(kind).validate_python(value)
    except PydanticError as exc:
        error = exc.errors()[0]
        raise ValidationError(_explain({**error, "loc": (name, *error["loc"])})) from None


@cache
def _adapter(kind: Any) -> TypeAdapter[Any]:
    return TypeAdapter(kind)


def _explain(error: ErrorDetails) -> str:
    """One pydantic error in the words our callers get."""
    where = "".join(f"[{part}]" if isinstance(part, int) else f".{part}" for part in error["loc"])
    limits = error.get("ctx") or {}
    words = {
        "string_type": "must be text",
        "list_type": "must be a list of text",
        "int_type": "must be a whole number",
        "int_parsing": "must be a whole number",
        "literal_error": f"must be one of {limits.get('expected')}",
        "string_too_long": f"must be at most {limits.get('max_length')} characters",
        "too_long": f"must hold at most {limits.get('max_length')} items",
        "extra_forbidden": "is not an argument of this tool",
        "missing": "is required",
    }.get(error["type"])
    if error["type"] == "string_too_short":
        words = "must not be empty"
    return f"{where.lstrip('.')}: {words or error['msg']}, got {_shown(error.get('input'))}"


def _shown(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 60 else f"{text[:57]}..."


def _inline(node: Any, defs: Mapping[str, Any]) -> Any:
    """A JSON schema with its $refs replaced by what they name, and without titles."""
    if isinstance(node, dict):
        if "$ref" in node:
            return _inline(defs[node["$ref"].rsplit("/", 1)[-1]], defs)
        return {
            key: _inline(value, defs)
            for key, value in node.items()
            if not (key == "title" and isinstance(value, str))  # a field named title stays
        }
    if isinstance(node, list):
        return [_inline(item, defs) for item in node]
    return node


def properties(model: type[BaseModel]) -> dict[str, Any]:
    """The JSON schema of each of the model's fields, self-contained."""
    schema = model.model_json_schema()
    return {
        name: _inline(field, schema.get("$defs", {}))
        for name, field in schema["properties"].items()
    }


def parameters(
    model: type[BaseModel] | None = None,
    *,
    leading: Mapping[str, Any] | None = None,
    required: tuple[str, ...] = (),
) -> dict[str, Any]:
    """A tool's parameters as one JSON-schema object: `leading` ones first, then the model's."""
    fields = model.model_fields if model is not None else {}
    needed = [name for name, field in fields.items() if field.is_required()]
    return {
        "type": "object",
        "properties": {**(leading or {}), **(properties(model) if model is not None else {})},
        "required": [*required, *needed],
        "additionalProperties": False,
    }


def schema_of(kind: Any) -> dict[str, Any]:
    """The JSON schema of one contract type (TaskId, Title, ...)."""
    return dict(_inline(_adapter(kind).json_schema(), {}))
