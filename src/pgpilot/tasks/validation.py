"""Checks of tool arguments, which come from a model: any JSON value may arrive."""

from dataclasses import dataclass, replace
from datetime import date
from typing import Final

from pgpilot.errors import ValidationError
from pgpilot.inputs import refuse_nul

MAX_TITLE: Final = 200
MAX_DESCRIPTION: Final = 1000
MAX_TAGS: Final = 5
MAX_TAG: Final = 50
MAX_LIMIT: Final = 100
MAX_ID: Final = 2**63 - 1
PRIORITIES: Final = ("low", "medium", "high")
STATUSES: Final = ("all", "pending", "completed")
SORTS: Final = ("due_date", "priority", "created_at")
DUES: Final = ("today", "tomorrow", "this_week", "next_week", "overdue", "week")


@dataclass(frozen=True, slots=True)
class ListQuery:
    """What list_tasks was asked for, checked."""

    status: str
    priority: str | None
    sort_by: str
    limit: int
    offset: int
    tag: str | None = None
    due: str | None = None  # one of DUES, in the user's calendar
    today: date | None = None  # the user's today, when `due` needs it


def title(value: object) -> str:
    """1 to 200 characters once trimmed."""
    if not isinstance(value, str):
        raise ValidationError("title must be text")
    refuse_nul(title=value)
    text = value.strip()
    if not text:
        raise ValidationError("title must not be empty")
    if len(text) > MAX_TITLE:
        raise ValidationError(f"title must be at most {MAX_TITLE} characters, got {len(text)}")
    return text


def description(value: object) -> str | None:
    """Optional text of at most 1000 characters; blank means none."""
    if value is None:
        return None
    if not isinstance(value, str):
        raise ValidationError("description must be text")
    refuse_nul(description=value)
    text = value.strip()
    if len(text) > MAX_DESCRIPTION:
        raise ValidationError(f"description must be at most {MAX_DESCRIPTION} characters")
    return text or None


def priority(value: object) -> str:
    """low, medium or high (any case)."""
    if isinstance(value, str) and value.strip().lower() in PRIORITIES:
        return value.strip().lower()
    raise ValidationError(f"priority must be one of low, medium, high; got {value!r}")


def tags(value: object) -> list[str]:
    """At most 5 distinct, non-empty tags of at most 50 characters."""
    if value is None:
        return []
    if isinstance(value, str) or not isinstance(value, list | tuple):
        raise ValidationError("tags must be a list of text")
    refuse_nul(tags=list(value))
    cleaned: list[str] = []
    for tag in value:
        if not isinstance(tag, str) or not tag.strip():
            raise ValidationError("each tag must be non-empty text")
        if len(tag.strip()) > MAX_TAG:
            raise ValidationError(f"each tag must be at most {MAX_TAG} characters")
        if tag.strip() not in cleaned:
            cleaned.append(tag.strip())
    if len(cleaned) > MAX_TAGS:
        raise ValidationError(f"at most {MAX_TAGS} tags are allowed, got {len(cleaned)}")
    return cleaned


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


def list_query(
    *, status: object, only_priority: object, sort_by: object, limit: object, offset: object
) -> ListQuery:
    """Check list_tasks' filters, sort and page."""
    if status not in STATUSES:
        raise ValidationError(f"status must be one of all, pending, completed; got {status!r}")
    if sort_by not in SORTS:
        raise ValidationError(
            f"sort_by must be one of due_date, priority, created_at; got {sort_by!r}"
        )
    if isinstance(limit, bool) or not isinstance(limit, int) or not 1 <= limit <= MAX_LIMIT:
        raise ValidationError(f"limit must be between 1 and {MAX_LIMIT}, got {limit!r}")
    if isinstance(offset, bool) or not isinstance(offset, int) or not 0 <= offset <= MAX_ID:
        raise ValidationError(f"offset must be 0 or more, got {offset!r}")
    return ListQuery(
        status=str(status),
        priority=None if only_priority is None else priority(only_priority),
        sort_by=str(sort_by),
        limit=limit,
        offset=offset,
    )


def narrowed(query: ListQuery, *, tag: object, due: object, today: date) -> ListQuery:
    """The query narrowed to one tag and a due view (today, this_week, overdue, ...)."""
    if tag is not None and (not isinstance(tag, str) or not 1 <= len(tag.strip()) <= MAX_TAG):
        raise ValidationError(f"tag must be 1 to {MAX_TAG} characters, got {tag!r}")
    if due is not None and due not in DUES:
        raise ValidationError(f"due must be one of {', '.join(DUES)}; got {due!r}")
    return replace(
        query,
        tag=None if tag is None else str(tag).strip(),
        due=None if due is None else str(due),
        today=today,
    )
