"""Names a question gives that the value sample missed, looked up at question time.

The sample of a text column holds at most `grounding_values_per_column` values, so a question
naming the 150th person of a table ("what salary is Sarah Tran expecting?") names a value the
planner does not know. Before it plans, the question's name-like phrases that are not known
values are looked up with one bounded read: only in the short text columns the sample did not
cover completely, of the tables the prompt chose, and only where the look-up cannot scan a big
table (the table's estimate is at most `grounding_sample_rows` rows; -1, never analyzed, counts
as small since autovacuum analyzes a table once it has 50 rows; a partitioned table never
does, its own estimate saying nothing of its partitions; or the column leads a btree
index, then compared as spelled so the index serves it). What it finds is added to this
question's values only, never to the cache.

Name-like phrases: runs of one to four capitalised words, a number after them ("Terminal 5")
(not a question's first word alone, nor months and days), titles with small words between
("Faces of the Century"), quoted strings, and codes mixing letters and digits (HX16E337). The
words of a phrase that is a known value are no names of their own.
"""

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Final

from psycopg import sql as pgsql
from psycopg_pool import AsyncConnectionPool

from pgpilot.sql.execute import Limits, execute_read
from pgpilot.sql.schema import Table
from pgpilot.sql.values import GroundingLimits, Values, normalized, with_found

WORD: Final = re.compile(r"\w[\w'\u2019&-]*")
BREAK: Final = re.compile(r"[,;:?!()\"\u201c\u201d]|\.(?:\s|$)")
QUOTED: Final = re.compile(
    r"\"([^\"]{2,60})\"|\u201c([^\u201d]{2,60})\u201d|(?<!\w)'([^']{2,60})'(?!\w)"
)
# Words of a title between its capitalised ones: "Faces of the Century", "Van der Berg".
TITLE: Final = re.compile(
    r"\b[A-Z][\w'-]*(?:(?:\s+(?:of|the|de|del|da|van|von|der|la|le|du|&))+\s+[A-Z][\w'-]*)+"
)
# Letters and digits mixed (HX16E337, BK-1042), not an ordinal such as 85th.
CODE: Final = re.compile(
    r"\b(?!\d+(?:st|nd|rd|th)\b)(?=[A-Za-z-]*\d)(?=[\d-]*[A-Za-z])[A-Za-z\d][A-Za-z\d-]{3,23}\b"
)
POSSESSIVE: Final = re.compile(r"['\u2019]s?$")
CALENDAR: Final = frozenset(
    {
        *("january", "february", "march", "april", "may", "june", "july", "august"),
        *("september", "october", "november", "december", "monday", "tuesday", "wednesday"),
        *("thursday", "friday", "saturday", "sunday", "i"),
    }
)
MAX_WORDS: Final = 4
MAX_PHRASES: Final = 8
HITS_PER_COLUMN: Final = 5
MAX_COLUMNS: Final = 32
LEADING: Final = re.compile(r"USING btree \((?:lower\(\()?(\"(?:[^\"]|\"\")+\"|\w+)(\)::text\))?")


@dataclass(frozen=True, slots=True)
class Probed:
    """A column to look phrases up in: table (schema.name), column, and how it is compared."""

    table: Table
    column: str
    as_spelled: bool  # a big table's indexed column: equality on the spellings, for the index


def phrases(question: str, values: Values) -> list[str]:
    """The question's name-like phrases that are not known values, longest first."""
    found = [q for groups in QUOTED.findall(question) for q in groups if q]
    found += CODE.findall(question) + TITLE.findall(question) + _capitalised(question)
    known: list[str] = []  # " faces of the century ": its words are no names of their own
    wanted: list[str] = []
    for phrase in sorted(found, key=len, reverse=True):
        key = normalized(phrase)
        if not key or key in CALENDAR or any(f" {key} " in k for k in known):
            continue
        if values.find(phrase, fuzzy=False):
            known.append(f" {key} ")
        elif all(normalized(w) != key for w in wanted):
            wanted.append(phrase.strip())
    return wanted[:MAX_PHRASES]


def _capitalised(question: str) -> list[str]:
    """Runs of one to four capitalised words; a question's first word alone is no name."""
    found: list[str] = []
    for number, part in enumerate(BREAK.split(question)):
        runs: list[tuple[int, list[str]]] = [(-1, [])]
        for position, word in enumerate(POSSESSIVE.sub("", w) for w in WORD.findall(part)):
            going = bool(runs[-1][1])  # a number goes on a name: "Terminal 5", "Route 66"
            named = word[:1].isupper() or (going and word[:1].isdigit())
            if not named or word.lower() in CALENDAR:
                runs.append((-1, []))
            elif going:
                runs[-1][1].append(word)
            else:
                runs.append((position if number == 0 else -1, [word]))
        for start, run in runs:
            if start == 0:  # "Which", "Show": a question's first word is capitalised anyway
                found += [" ".join(run)] if 1 < len(run) <= MAX_WORDS else []
                run = run[1:]
            if 0 < len(run) <= MAX_WORDS:
                found.append(" ".join(run))
    return found


def columns(tables: Iterable[Table], values: Values, bounds: GroundingLimits) -> list[Probed]:
    """The short text columns of these tables the sample did not cover, and cheap to read."""
    chosen: list[Probed] = []
    for table in tables:
        # A partitioned table's own estimate says nothing of its partitions' rows.
        small = table.kind == "table" and (table.row_estimate or 0) <= bounds.sample_rows
        indexed = _leading(table)
        for column in table.columns:
            if (table.qualified, column.name) not in values.partial:
                continue
            if small:
                chosen.append(Probed(table, column.name, as_spelled=False))
            elif column.name in indexed:
                chosen.append(Probed(table, column.name, as_spelled=True))
    return chosen[:MAX_COLUMNS]


def _leading(table: Table) -> set[str]:
    """Columns that lead a btree index of the table (plain ones only: they serve `=`)."""
    leading = set()
    for index in table.indexes:
        if (found := LEADING.search(index.definition)) and not found[2]:
            name = found[1]
            leading.add(name[1:-1].replace('""', '"') if name.startswith('"') else name)
    return leading


def probe_sql(wanted: list[str], probed: list[Probed]) -> str:
    """One read finding the phrases in the columns: equality ignoring case, a LIMIT each."""
    lowered = pgsql.Literal(sorted({p.lower() for p in wanted}))
    spelled = pgsql.Literal(
        sorted({s for p in wanted for s in (p, p.lower(), p.upper(), p.title())})
    )
    parts = []
    for one in probed:
        col = pgsql.Identifier(one.column)
        test = (
            pgsql.SQL("{col} = ANY({spelled}::text[])").format(col=col, spelled=spelled)
            if one.as_spelled
            else pgsql.SQL("lower({col}::text) = ANY({lowered}::text[])").format(
                col=col, lowered=lowered
            )
        )
        parts.append(
            pgsql.SQL(
                "(SELECT DISTINCT {t}, {c}, {col}::text FROM {table} WHERE {test} LIMIT {n})"
            ).format(
                t=pgsql.Literal(one.table.qualified),
                c=pgsql.Literal(one.column),
                col=col,
                table=pgsql.Identifier(one.table.schema, one.table.name),
                test=test,
                n=pgsql.Literal(HITS_PER_COLUMN),
            )
        )
    return pgsql.SQL(" UNION ALL ").join(parts).as_string()


def plan_probe(
    question: str, tables: Iterable[Table], values: Values, bounds: GroundingLimits
) -> str | None:
    """The probe's SQL for this question, or None when no phrase or no column qualifies."""
    wanted = phrases(question, values)
    if not wanted:
        return None
    probed = columns(tables, values, bounds)
    return probe_sql(wanted, probed) if probed else None


def found_in(values: Values, rows: Iterable[Iterable[object]]) -> Values:
    """The values with the probe's rows (table, column, value) added: this question's copy."""
    found: dict[tuple[str, str], list[str]] = {}
    for table, column, value in (list(row) for row in rows):
        found.setdefault((str(table), str(column)), []).append(str(value))
    return with_found(values, found) if found else values


async def probed(
    pool: AsyncConnectionPool,
    question: str,
    tables: Iterable[Table],
    values: Values,
    *,
    limits: Limits,
    bounds: GroundingLimits,
) -> Values:
    """The values this question sees: the cached ones, and the names one probe found."""
    query = plan_probe(question, tables, values, bounds)
    if query is None:
        return values
    result = await execute_read(pool, query, statement_type="SELECT", limits=limits)
    return found_in(values, result.rows)
