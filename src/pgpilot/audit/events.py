"""Audit events: what happened, to what, by whom. One frozen dataclass per kind."""

from dataclasses import dataclass, field
from typing import Any, ClassVar


@dataclass(frozen=True, slots=True)
class AuditEvent:
    """Base of every event; `details` is stored as JSON."""

    action: ClassVar[str] = "event"
    resource_type: ClassVar[str] = "none"

    actor: str
    actor_id: int | None = None  # the user's id; None for the operator at the console
    resource_id: str | None = None
    resource_title: str | None = None
    details: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class SqlExecuted(AuditEvent):
    """A write ran on a target; details hold the SQL, impact and row images."""

    action: ClassVar[str] = "sql.execute"
    resource_type: ClassVar[str] = "sql_operation"


@dataclass(frozen=True, slots=True)
class SqlUndone(AuditEvent):
    """An earlier write was undone from its images."""

    action: ClassVar[str] = "sql.undo"
    resource_type: ClassVar[str] = "sql_operation"


@dataclass(frozen=True, slots=True)
class TicketDecided(AuditEvent):
    """A human approved or rejected an approval ticket."""

    action: ClassVar[str] = "approval.decide"
    resource_type: ClassVar[str] = "approval_request"


@dataclass(frozen=True, slots=True)
class TaskDeleted(AuditEvent):
    """A user deleted a task; details hold the whole task, so it can be restored."""

    action: ClassVar[str] = "DELETE_TASK"
    resource_type: ClassVar[str] = "task"


@dataclass(frozen=True, slots=True)
class TaskRestored(AuditEvent):
    """A deleted task came back from its audit row (`restored_from`)."""

    action: ClassVar[str] = "RESTORE_TASK"
    resource_type: ClassVar[str] = "task"
