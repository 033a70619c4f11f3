"""The task tools' errors: each a kind of pgpilot error, so each face renders its status.

PgpilotError
├── ValidationError      VALIDATION_ERROR (422)
├── NotFound
│   ├── UserNotFound     USER_NOT_FOUND (404)
│   └── TaskNotFound     TASK_NOT_FOUND (404)
├── Conflict
│   ├── NoChanges        NO_CHANGES (409)
│   ├── NotConfirmed     NOT_CONFIRMED (409)
│   └── AlreadyRestored  ALREADY_RESTORED (409)
└── TaskDatabaseError    DB_ERROR (500)
"""

from pgpilot.errors import Conflict, NotFound, PgpilotError


class UserNotFound(NotFound):
    """No such user."""

    code = "USER_NOT_FOUND"


class TaskNotFound(NotFound):
    """No such task (or deletion) of the caller's."""

    code = "TASK_NOT_FOUND"


class NoChanges(Conflict):
    """An update that would change nothing."""

    code = "NO_CHANGES"


class NotConfirmed(Conflict):
    """A delete the user has not agreed to yet."""

    code = "NOT_CONFIRMED"


class AlreadyRestored(Conflict):
    """A deletion that was already undone."""

    code = "ALREADY_RESTORED"


class TaskDatabaseError(PgpilotError):
    """The task database failed; the caller may try again."""

    code = "DB_ERROR"
    status = 500
