"""The structured intent of a question: what it seems to ask, before any SQL is written."""

import re
from typing import Any, Final

from pgpilot.sql.ranking import stems

VERBS: Final = (
    ("DELETE", ("delete", "remove", "drop", "erase", "purge")),
    ("UPDATE", ("update", "change", "set", "modify", "rename", "mark")),
    ("INSERT", ("insert", "add", "create", "new")),
    ("SELECT", ("select", "show", "list", "how", "count", "what", "which", "describe", "find")),
    ("SELECT", ("get", "display", "average", "total", "sum", "max", "min", "top", "number")),
)
OPERATIONS: Final = {"SELECT": "read", "UPDATE": "write", "DELETE": "write", "INSERT": "write"}
STOP: Final = frozenset({"the", "a", "an", "of", "all", "me", "is", "are", "where", "with", "and"})


def intent_of(question: str, table_names: list[str] | None = None) -> dict[str, Any]:
    """`{"intent","confidence","keywords","table_mentioned","operation_type"}` by keywords."""
    words = re.findall(r"[a-z0-9_]+", question.lower())
    intent, confidence = "UNKNOWN", 0.2
    if words:
        for name, verbs in VERBS:
            if words[0] in verbs:
                intent, confidence = name, 0.9
                break
        else:
            for name, verbs in VERBS:
                if any(word in verbs for word in words):
                    intent, confidence = name, 0.6
                    break
    mentioned = None
    if table_names:
        asked = stems(question.replace("_", " ")) | set(words)
        for table in table_names:
            bare = table.rsplit(".", 1)[-1].lower()
            if bare in asked or stems(bare.replace("_", " ")) <= asked:
                mentioned = bare
                break
    return {
        "intent": intent,
        "confidence": confidence,
        "keywords": [word for word in words if word not in STOP][:12],
        "table_mentioned": mentioned,
        "operation_type": OPERATIONS.get(intent, "unknown"),
    }
