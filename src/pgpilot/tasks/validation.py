"""Checks the contract cannot make alone: dates judged in the user's calendar, ids, the query."""

from dataclasses import dataclass
from datetime import date

from pgpilot.errors import ValidationError
from pgpilot.tasks.contract import MAX_ID, TaskQuery


@dataclass(frozen=True, slots=True)
class ListQuery:
    """What list_tasks was asked for, checked."""

    status: str
    priority: str | None
    sort_by: str
    limit: int
    offset: int
    tag: str | None = None
    due: str | None = None  # one of contract.DUES, in the user's calendar
    today: date | None = None  # the user's today, when `due` needs it


def list_query(query: TaskQuery, *, today: date | None) -> ListQuery:
    """The repository's query from the contract's; `today` only when `due` needs it."""
    return ListQuery(
        status=query.status,
        priority=query.priority,
        sort_by=query.sort_by,
        limit=query.limit,
        offset=query.offset,
        tag=query.tag,
        due=query.due,
        today=today,
    )


def due_date(value: object, *, today: date) -> date:
    """A YYYY-MM-DD date that is today or later in the user's time zone."""
    if isinstance(value, date):
        day = value
    elif isinstance(value, str):
        try:
            day = date.fromisoformat(value.strip())
        except ValueError:
            raise ValidationError(
                f"due_date must be a real date written YYYY-MM-DD, got {value!r}"
            ) from None
        if len(value.strip()) != len("YYYY-MM-DD"):
            raise ValidationError(f"due_date must be written YYYY-MM-DD, got {value!r}")
    else:
        raise ValidationError("due_date must be text written YYYY-MM-DD")
    if day < today:
        raise ValidationError(
            f"due_date {day.isoformat()} is in the past; today is {today.isoformat()} "
            "in your time zone"
        )
    return day


def identifier(value: object, *, name: str) -> int:
    """A positive integer id."""
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= MAX_ID:
        raise ValidationError(f"{name} must be a positive whole number, got {value!r}")
    return value
