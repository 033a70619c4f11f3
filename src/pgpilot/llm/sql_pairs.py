"""Two columns of one row compared: "delivered late", "returned after the due date", "over budget".

"after|before|over|under|above|below … <words>" whose words name a date or number column of
the subject compares it with another column of the same kind: the one the question's verb
names (returned → returned_at), else one sharing a word with it (planned_cost ↔ actual_cost),
else one whose name says it is the actual figure, else the only other one. "late", "early" and
"overdue" compare the column a verb names with the date column that says what was planned
(due, promised, expected…).
"""

import re
from typing import Final

from psycopg import sql as pgsql

from pgpilot.llm.sql_exists import subject_of
from pgpilot.llm.sql_joins import column
from pgpilot.llm.sql_names import is_numeric, is_temporal
from pgpilot.llm.sql_question import Ask
from pgpilot.llm.sql_stems import names_word, stem
from pgpilot.llm.sql_words import words
from pgpilot.sql.schema import Column, Table
from pgpilot.sql.values import Values

# Name parts of a column holding what was planned, and of one holding what happened.
_PLANNED = """due promised expected planned scheduled deadline target estimated estimate budget
    budgeted quota limit goal forecast"""
PLANNED: Final = frozenset(_PLANNED.split())
_ACTUAL = "actual spent spend real used final"
ACTUAL: Final = frozenset(_ACTUAL.split())
STATE: Final = re.compile(r"(?i)\b(?:(?P<verb>\w+) )?(?P<op>late|overdue|early|on time|in time)\b")
AGAINST: Final = re.compile(
    r"(?i)\b(?:(?P<verb>\w+) )?(?P<op>after|before|past|later than|earlier than|over|under|above|"
    r"below|within|beyond|exceeding|exceeded|exceeds|more than|less than|higher than|lower than|"
    r"missed|short of|failed to (?:meet|reach)|met|reached|hit)"
    r" (?:the |its |their |his |her |they were |it was |they are |it is )?"
    r"(?P<rest>[^\W\d][\w ]*)"
)
OPS: Final = {
    **dict.fromkeys(("after", "past", "later than", "over", "above", "beyond"), ">"),
    **dict.fromkeys(("exceeding", "exceeded", "exceeds", "more than", "higher than"), ">"),
    **dict.fromkeys(("before", "earlier than", "under", "below", "less than", "lower than"), "<"),
    **dict.fromkeys(("missed", "short of", "failed to meet", "failed to reach"), "<"),
    **dict.fromkeys(("met", "reached", "hit"), ">="),
    **{"within": "<=", "late": ">", "early": "<", "on time": "<=", "in time": "<="},
    "overdue": "overdue",
}


def _kind(col: Column) -> str:
    return "date" if is_temporal(col) else "number" if is_numeric(col) else ""


def _own(table: Table, kind: str) -> list[Column]:
    keys = set(table.primary_key) | {c for fk in table.foreign_keys for c in fk.columns}
    return [c for c in table.columns if c.name not in keys and _kind(c) == kind]


def _named(table: Table, phrase: str) -> Column | None:
    """The date or number column every word of the phrase names (expected harvest)."""
    said = [w for w in words(phrase) if w not in ("date", "day", "time")] or words(phrase)
    for col in [*_own(table, "date"), *_own(table, "number")]:
        if all(names_word(col.name, w, synonyms=False) for w in said):
            return col
    return None


def _actual(table: Table, planned: Column, tokens: list[str]) -> Column | None:
    """The column compared with `planned`: named by the words, sharing a word, or the actual."""
    others = [c for c in _own(table, _kind(planned)) if c is not planned]
    for token in tokens:
        named = [c for c in others if names_word(c.name, token, synonyms=False)]
        if named:
            return named[0]
    parts = {stem(p) for p in planned.name.lower().split("_")} - {"dat", "at", "on"}
    sharing = [c for c in others if parts & {stem(p) for p in c.name.lower().split("_")}]
    actual = [c for c in others if ACTUAL & set(c.name.lower().split("_"))]
    nullable = [c for c in others if c.nullable]
    for found in (sharing, actual, others, nullable):
        if len(found) == 1:
            return found[0]
    return None


def take_pairs(ask: Ask, tables: list[Table], values: Values | None) -> None:
    """Moves a comparison of two columns of the subject's rows into `ask.filters`."""
    subject = subject_of(ask.text, tables)
    if subject is None:
        return
    for found in AGAINST.finditer(ask.text):
        said = found["rest"].split()
        for size in range(min(3, len(said)), 0, -1):
            planned = _named(subject, " ".join(said[:size]))
            if planned is None:
                continue
            rest = [w for w in words(ask.text) if w not in words(" ".join(said[:size]))]
            actual = _actual(subject, planned, rest)
            if actual is not None:
                _take(ask, subject, actual, planned, found, OPS[found["op"].lower()], size)
                return
    for found in STATE.finditer(ask.text):
        if values is not None and values.find(found["op"], fuzzy=False):
            continue  # "late" is a status in the data
        if any(found["op"].lower() in c.name.lower().split("_") for c in subject.columns):
            continue  # "late fees": a column's word
        dates = [c for c in _own(subject, "date") if PLANNED & set(c.name.lower().split("_"))]
        if not dates:
            continue
        tokens = [found["verb"].lower()] if found["verb"] else []
        actual = _actual(subject, dates[0], [*tokens, *words(ask.text)])
        if actual is not None:
            op = OPS[found["op"].lower()]
            if op == "overdue" and (tokens and names_word(actual.name, tokens[0])):
                op = ">"  # "returned overdue": returned after the due date
            _take(ask, subject, actual, dates[0], found, op, 0)
            return


def _take(
    ask: Ask,
    table: Table,
    actual: Column,
    planned: Column,
    found: re.Match[str],
    op: str,
    size: int,
) -> None:
    verb = found["verb"] or ""
    start = found.start() if verb and names_word(actual.name, verb.lower()) else found.start("op")
    end = found.start("rest") + len(" ".join(found["rest"].split()[:size])) if size else found.end()
    ask.filters.append(("pair", f"{table.qualified}|{actual.name}|{planned.name}", op))
    ask.text = f"{ask.text[:start]} {ask.text[end:]}".strip()


def pair_condition(word: str, op: str, tables: list[Table]) -> pgsql.Composable:
    """`actual > planned` (dates of different types compared as dates), or overdue."""
    name, first, second = word.split("|")
    table = next(t for t in tables if t.qualified == name)
    by_name = {c.name: c for c in table.columns}
    left = _as_compared(table, by_name[first], by_name[second])
    right = _as_compared(table, by_name[second], by_name[first])
    if op == "overdue":
        return pgsql.SQL("{} IS NULL AND {} < current_date").format(left, right)
    return pgsql.SQL("{} " + op + " {}").format(left, right)


def _as_compared(table: Table, col: Column, other: Column) -> pgsql.Composable:
    if col.type.lower().startswith("timestamp") and other.type.lower() == "date":
        return pgsql.SQL("{}::date").format(column(table, col.name))
    return column(table, col.name)
