"""How long a row lasted: the time between its start and end dates, compared to a span said.

"sprints lasting three weeks or more", "stays longer than 5 nights", "loans shorter than a
year": where no column holds the length in that unit, a table's start and end dates do
(ends_on >= starts_on + interval '3 weeks'). The interval keeps calendar months and years whole.
"exhibitions on right now", "ongoing contracts": started by today and not ended before it.
"""

import re
from typing import Final

from psycopg import sql as pgsql

from pgpilot.llm.sql_dated import dated_by
from pgpilot.llm.sql_exists import subject_of
from pgpilot.llm.sql_joins import column
from pgpilot.llm.sql_names import is_numeric, is_temporal
from pgpilot.llm.sql_question import Ask
from pgpilot.llm.sql_units import unit_column
from pgpilot.llm.sql_vocab import SPELLED
from pgpilot.sql.schema import Column, Table

NUMBER: Final = r"\d+(?:\.\d+)?|" + "|".join(SPELLED)
UNIT: Final = r"minute|hour|day|night|week|fortnight|month|year"
LASTING: Final = (
    r"(?:(?:that |which )?(?:lasting|lasted|lasts|last|running|ran|runs|spanning"
    r"|took|take|takes|taking|taken) )?"
)
# "took more than 3 days to resolve": the span ends on the date the verb names (resolved_at).
SPAN: Final = re.compile(
    r"(?i)\b" + LASTING + r"(?:(?P<op>longer than|shorter than|more than|less than|fewer than|"
    r"at least|at most|over|under) (?P<n>" + NUMBER + r") (?P<unit>" + UNIT + r")s?"
    r"|(?P<n2>" + NUMBER + r") (?P<unit2>" + UNIT + r")s? or (?P<more>more|longer|less|shorter))"
    r"(?: to (?P<verb>[a-z]+))?\b"
)
# "returned within 2 days": from the row's start to the date the verb names, at most so long.
WITHIN: Final = re.compile(
    r"(?i)\b(?P<verb>[a-z]+) within (?P<n>" + NUMBER + r") (?P<unit>" + UNIT + r")s?\b"
)
# "right now", "currently", "ongoing": today within a row's start and end, when it has both.
NOW: Final = re.compile(
    r"(?i)\b(?:(?:right |just )?now|currently|at the moment|at present|ongoing|under ?way)\b"
)
OPS: Final = {
    **dict.fromkeys(("longer than", "more than", "over", "more", "longer"), ">"),
    **dict.fromkeys(("shorter than", "less than", "fewer than", "under"), "<"),
    "at least": ">=",
    "at most": "<=",
}
# A number "or more" includes it: "three weeks or more" is at least three weeks.
OR_SO: Final = {"more": ">=", "longer": ">=", "less": "<=", "shorter": "<="}
DAYS: Final = {"night": "day", "fortnight": "week"}  # units an interval does not know
STARTS: Final = frozenset(
    {"start", "starts", "started", "begin", "begins", "began", "from", "opened", "opens", "hired"}
    | {"loaned", "borrowed", "issued", "arrival", "arrives", "arrived", "checkin", "in"}
)
ENDS: Final = frozenset(
    {"end", "ends", "ended", "finish", "finishes", "finished", "until", "closed", "closes", "due"}
    | {"returned", "expires", "departure", "departs", "departed", "checkout", "out", "left"}
)


def ongoing(text: str, tables: list[Table]) -> str:
    """The text with "right now" and the like said "ongoing" where its subject has a span, so
    that the phrasing keeps it (elsewhere it only sets the time of asking)."""
    for found in reversed(list(NOW.finditer(text))):
        if _spanned(text, found, tables) is not None:
            text = f"{text[: found.start()]}ongoing{text[found.end() :]}"
    return text


def _spanned(
    text: str, found: re.Match[str], tables: list[Table]
) -> tuple[Table, tuple[Column, Column]] | None:
    """The table "now" is said of ("exhibitions on now", "ongoing leases") and its span."""
    subject = subject_of(text[: found.start()], tables) or subject_of(text[found.end() :], tables)
    ends = None if subject is None else _named_span(subject)
    return None if subject is None or ends is None else (subject, ends)


def take_spans(ask: Ask, tables: list[Table]) -> None:
    """Moves "lasting three weeks or more" into `ask.filters`, for a table with start and end."""
    for found in reversed(list(NOW.finditer(ask.text))):
        if (spanned := _spanned(ask.text, found, tables)) is not None:
            table, (start, end) = spanned
            ask.filters.append(("span", f"{table.qualified}|{start.name}|{end.name}", ""))
            ask.text = f"{ask.text[: found.start()]} {ask.text[found.end() :]}".strip()
    for found in list(SPAN.finditer(ask.text)):
        subject = subject_of(ask.text[: found.start()], tables)
        unit = (found["unit"] or found["unit2"]).lower()
        ends = None if subject is None else _ending(subject, found["verb"])
        if ends is None and subject is not None and not _held(subject, unit):
            ends = span_dates(subject)
        if subject is None or ends is None:
            continue
        op = OPS[found["op"].lower()] if found["op"] else OR_SO[found["more"].lower()]
        number = str(SPELLED.get((found["n"] or found["n2"]).lower(), found["n"] or found["n2"]))
        if unit == "fortnight":
            number, unit = str(2 * float(number)).removesuffix(".0"), "week"
        said = f"{subject.qualified}|{ends[0].name}|{ends[1].name}"
        ask.filters.append(("span", said, f"{op}|{number} {DAYS.get(unit, unit)}s"))
        ask.text = f"{ask.text[: found.start()]} {ask.text[found.end() :]}"
    for found in list(WITHIN.finditer(ask.text)):
        subject = subject_of(ask.text[: found.start()], tables)
        if subject is None or (ends := _ending(subject, found["verb"])) is None:
            continue
        number = str(SPELLED.get(found["n"].lower(), found["n"]))
        unit = found["unit"].lower()
        said = f"{subject.qualified}|{ends[0].name}|{ends[1].name}"
        ask.filters.append(("span", said, f"<=|{number} {DAYS.get(unit, unit)}s"))
        ask.text = f"{ask.text[: found.start()]} {ask.text[found.end() :]}"


def span_condition(word: str, value: str, tables: list[Table]) -> pgsql.Composable:
    """end <op> start + interval: "at least 3 weeks" → ends_on >= starts_on + '3 weeks'."""
    name, start, end = word.split("|")
    table = next(t for t in tables if t.qualified == name)
    if not value:  # now: begun by today, and not ended before it (an open end has not)
        return pgsql.SQL("{s} <= current_date AND ({e} IS NULL OR {e} >= current_date)").format(
            s=column(table, start), e=column(table, end)
        )
    op, interval = value.split("|")
    return pgsql.SQL("{} " + op + " {} + {}::interval").format(
        column(table, end), column(table, start), pgsql.Literal(interval)
    )


def span_dates(table: Table) -> tuple[Column, Column] | None:
    """A table's start and end dates: named so (starts_on, ends_on), else its only two."""
    dated = [c for c in table.columns if is_temporal(c)]
    named = _named_span(table)
    return named or ((dated[0], dated[1]) if len(dated) == 2 else None)


def _named_span(table: Table) -> tuple[Column, Column] | None:
    """A table's start and end dates named so: starts_on and ends_on, opens_on and closes_on."""
    dated = [c for c in table.columns if is_temporal(c)]
    starts = [c for c in dated if set(_words(c)) & STARTS]
    ends = [c for c in dated if set(_words(c)) & ENDS and c not in starts[:1]]
    if starts and ends and dated.index(starts[0]) < dated.index(ends[0]):
        return starts[0], ends[0]
    return None


def _ending(table: Table, verb: str | None) -> tuple[Column, Column] | None:
    """The span from a row's start to the date a verb names: "took 3 days to resolve" is from
    its start (opened_at, or its first date) to resolved_at."""
    end = None if verb is None else dated_by(table, [verb.lower()], set())
    if end is None:
        return None
    dated = [c for c in table.columns if is_temporal(c) and c is not end]
    starts = [c for c in dated if set(_words(c)) & STARTS] or dated
    return (starts[0], end) if starts else None


def _words(column: Column) -> list[str]:
    return (
        column.name.lower()
        .replace("check_in", "checkin")
        .replace("check_out", "checkout")
        .split("_")
    )


def _held(table: Table, unit: str) -> bool:
    """Whether a number of the table holds the span in that unit (nights, term_months)."""
    said = {unit, f"{unit}s"}
    held = any(is_numeric(c) and said & set(c.name.lower().split("_")) for c in table.columns)
    return held or unit_column(table, f"{unit}s") is not None  # duration_seconds holds hours
