"""Rows judged by their children: "authors with no books", "customers with more than 3 orders".

A noun after "without", "with no", "never <verb>" or a count ("more than 3 orders") that names
a table holding rows of the subject (a foreign key to it, perhaps through a link table) is a
correlated subquery over that table: NOT EXISTS, or a count compared. "Products that were
never ordered": a verb whose stem names such a table stands for it.
"""

import re
from typing import Final

from psycopg import sql as pgsql

from pgpilot.llm.sql_acts import table_meant
from pgpilot.llm.sql_columns import numeric_column
from pgpilot.llm.sql_joins import Step, column, ident, path
from pgpilot.llm.sql_names import NotUnderstood, variants
from pgpilot.llm.sql_question import Ask
from pgpilot.llm.sql_stems import names_word, verb_names
from pgpilot.llm.sql_vocab import OPS as COMPARISONS
from pgpilot.sql.schema import Table

NUMBERS: Final = {
    **{"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7},
    **{"eight": 8, "nine": 9, "ten": 10, "once": 1, "twice": 2},
}
NUMBER_WORDS: Final = "one|two|three|four|five|six|seven|eight|nine|ten"
ARTICLE: Final = r"(?:any |a |an |the |one |single )?"
ABSENT: Final = re.compile(
    r"(?i)\b(?:(?:who|that|which) )?(?:(?:have|has|had|having|with|without) (?:no|zero|not)"
    r"(?: got| \w+ed)? |without |with no |(?:(?:were|was|have|has|had|are|is)(?: been)? )?"
    r"(?:never|not yet)(?: been)? (?P<verb>\w+)\b ?)" + ARTICLE + r"(?P<noun>\w+)?"
)
MANY: Final = re.compile(
    r"(?i)\b(?:(?:who|that|which) (?:(?!more|fewer|less|at|over|under|exactly)\w+ )?)?"
    r"(?:with |having |has |have |had )?(?P<op>more than|fewer than|less than|at least|at most|"
    r"over|under|exactly) (?P<n>\d+|" + NUMBER_WORDS + r") (?P<noun>[^\W\d]\w*)"
)
TIMES: Final = re.compile(
    r"(?i)\b(?P<verb>[^\W\d]\w*) (?P<op>more than|fewer than|less than|at least|at most|over|"
    r"under|exactly) (?:(?P<n>\d+|" + NUMBER_WORDS + r") times?|(?P<once>once|twice))\b"
)
HAVE: Final = re.compile(r"(?i)\b(?:with|have|has|having|had) (?:a|an) (?P<noun>\w+)\b")
OPS: Final = {**COMPARISONS, "exactly": "="}  # "borrowed exactly 3 times"


def table_named(word: str, tables: list[Table]) -> Table | None:
    """The table a noun names: by its name, else by its own columns' first word (contracts)."""
    word = word.lower()
    forms = variants(word)
    for table in tables:
        if table.name.lower() in forms:
            return table
    return table_meant(word, tables)


def subject_of(text: str, tables: list[Table]) -> Table | None:
    """The first table the words name."""
    for word in re.findall(r"\w+", text):
        if (table := table_named(word, tables)) is not None:
            return table
    return None


def child_path(subject: Table, child: Table, tables: list[Table]) -> list[Step] | None:
    """The path to a table of the subject's rows: its first step fans out, no step returns."""
    if child is subject:
        return None
    try:
        steps = path(subject, child, tables)
    except NotUnderstood:
        return None
    if not steps or not steps[0].fans_out or any(s.target is subject for s in steps):
        return None
    return steps


def _child(noun: str | None, verb: str | None, subject: Table, tables: list[Table]) -> Table | None:
    candidates = [noun] if noun else []
    if verb and any(c.nullable and names_word(c.name, verb.lower()) for c in subject.columns):
        return None  # "never shipped": shipped_at IS NULL
    if verb:  # "never ordered": the table the verb's stem names
        candidates += [t.name for t in tables if verb_names(t.name, verb.lower())]
    for word in candidates:
        table = table_named(word, tables) if word else None
        if table is not None and child_path(subject, table, tables) is not None:
            return table
    return None


def take_children(ask: Ask, tables: list[Table]) -> None:
    """Moves "without Y", "never <verb> Y", "more than N Y", "with a <column>" into filters."""
    for found in HAVE.finditer(ask.text):
        subject = subject_of(ask.text[: found.start()], tables)
        if subject is None or table_named(found["noun"], tables) is not None:
            continue
        for col in subject.columns:
            usable = col.nullable and col.name not in subject.primary_key
            if usable and names_word(col.name, found["noun"].lower(), synonyms=False):
                ask.filters.append(("present", f"{subject.qualified}|{col.name}", ""))
                ask.text = f"{ask.text[: found.start()]} {ask.text[found.end() :]}".strip()
                return
    for pattern in (ABSENT, MANY, TIMES):
        for found in list(pattern.finditer(ask.text)):
            subject = subject_of(ask.text[: found.start()], tables)
            if subject is None:
                continue
            noun = found["noun"] if pattern is not TIMES else None
            if noun and pattern is MANY and numeric_column(noun, [subject]) is not None:
                continue  # "more than 4 credits": the subject's own number
            verb = found["verb"] if pattern is not MANY else None
            child = _child(noun, verb, subject, tables)
            end = found.end()
            if child is None and verb and noun:
                child = _child(None, verb, subject, tables)  # "never sold a copy"
            if child is None:
                continue
            if pattern is ABSENT:
                ask.filters.append(("absent", f"{subject.qualified}|{child.qualified}", ""))
            else:
                said = f"{OPS[found['op'].lower()]}|{_number(found)}"
                ask.filters.append(("children", f"{subject.qualified}|{child.qualified}", said))
            ask.text = f"{ask.text[: found.start()]} {ask.text[end:]}".strip()
            return


def _number(found: re.Match[str]) -> int:
    said = (found["n"] or found.groupdict().get("once") or "").lower()
    return int(said) if said.isdigit() else NUMBERS[said]


def child_condition(kind: str, word: str, value: str, tables: list[Table]) -> pgsql.Composable:
    """NOT EXISTS, or a count compared, over the subject's rows in a child table."""
    by_name = {t.qualified: t for t in tables}
    if kind == "present":  # "with a mentor": mentor_id IS NOT NULL
        name, col = word.split("|")
        return pgsql.SQL("{} IS NOT NULL").format(column(by_name[name], col))
    subject, child = (by_name[name] for name in word.split("|"))
    steps = child_path(subject, child, tables)
    if steps is None:
        raise NotUnderstood(f"no table holds rows of {subject.name} in {child.name}")
    first = steps[0]
    source: pgsql.Composable = pgsql.SQL(" FROM {}").format(ident(first.target))
    for step in steps[1:]:
        on = pgsql.SQL(" AND ").join(
            pgsql.SQL("{} = {}").format(column(step.source, a), column(step.target, b))
            for a, b in zip(step.source_columns, step.target_columns, strict=True)
        )
        source += pgsql.SQL(" JOIN {} ON {}").format(ident(step.target), on)
    link = pgsql.SQL(" AND ").join(
        pgsql.SQL("{} = {}").format(column(first.target, b), column(subject, a))
        for a, b in zip(first.source_columns, first.target_columns, strict=True)
    )
    if kind == "absent":
        return pgsql.SQL("NOT EXISTS (SELECT 1{} WHERE {})").format(source, link)
    op, number = value.split("|")
    return pgsql.SQL("(SELECT count(*){} WHERE {}) " + op + " {}").format(
        source, link, pgsql.Literal(int(number))
    )
