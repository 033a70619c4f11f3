"""Who-questions whose answer is rows of a table, found by a key, a flag or a start date.

"who wrote The Salt Bridge", "who conducted the Autumn Serenade": the rows a key of the named
row points to (directly or through a link table), the key (author_id, conductor_id) or the
table (composers) the verb names. "who joined most recently", "who has been working for us the
longest": the table of people ranked by the date they started (joined_on, hired_on). "who has
the most direct reports", "who mentors the most musicians": people counted by the key that
points back at their own table (manager_id, mentor_id). "Who are the club captains": the people
a flag names (is_captain), not the table a word before it names. "who earns the most": people
by the number the verb means (a salary). "who owns property in Porto" (no row named): the table
the verb's key points to, as "owners with property in Porto".
"""

import re
from collections.abc import Callable
from typing import Final

from psycopg import sql as pgsql

from pgpilot.llm.sql_columns import label_columns
from pgpilot.llm.sql_degrees import START
from pgpilot.llm.sql_facts import PAID
from pgpilot.llm.sql_joins import Step, column, ident, path, rows_reached
from pgpilot.llm.sql_named_rows import named_row
from pgpilot.llm.sql_names import NotUnderstood, is_numeric, is_temporal, variants
from pgpilot.llm.sql_roles import ROLES, names_role, person
from pgpilot.llm.sql_stems import doer, names_word
from pgpilot.llm.sql_units import hints_column
from pgpilot.llm.sql_words import words
from pgpilot.sql.schema import Column, Table
from pgpilot.sql.values import Values

WHO_DID: Final = re.compile(r"(?i)^who (?P<verb>[a-z]+) (?P<row>.+)$")
# Verbs that say no deed: "who is in Leeds", "who has a car".
PLAIN_VERBS: Final = frozenset({"is", "are", "was", "were", "has", "have", "had", "do", "does"})
# Two joins reach the doer through a link table (books → book_authors → authors).
REACH: Final = 2
LONGEST: Final = re.compile(r"(?i)^who (?:has|have|'s) been (?P<how>[\w ]+? )?(?:the )?longest$")
LATEST: Final = re.compile(
    r"(?i)^who (?:was |were )?(?P<verb>[a-z]+)(?: up)?(?P<rest>(?: [\w']+)*?) "
    r"(?P<when>most recently|last|latest|(?:the )?most recent)$"
)
# What an employment is said with: "working for us", "employed here".
WORKING: Final = ("work", "working", "employ", "employed", "serve", "serving", "here")
WORK_DATES: Final = ("hired", "hire", "started", "start", "employed", "joined")
MOST: Final = re.compile(
    r"(?i)^who (?:has|have) the (?:most|highest number of) (?P<what>[a-z][\w ]*)$"
    r"|^who (?:has |have )?(?P<verb>[a-z]+?)(?:e?s|ed|d)? the most (?P<what2>[a-z][\w ]*)$"
)
# Words for the people of the table itself: "who has mentored the most people".
OTHERS: Final = frozenset({"people", "persons", "others", "colleagues"})
# "who has the highest salary": people by the number the words name.
HIGHEST: Final = re.compile(
    r"(?i)^who (?:has|have|gets|is on) the (?P<rank>highest|lowest|biggest|largest|smallest) "
    r"(?P<what>[a-z][\w ]*)$"
)
# Verbs of making: "who wrote X" is whoever its one key to people points to (composer_id).
MAKING: Final = frozenset({*ROLES["author"], *ROLES["creator"]})
# "who earns the most", "who is paid the least": people by the number the verb names or means.
RANKS: Final = re.compile(
    r"(?i)^who (?:is |gets )?(?P<verb>[a-z]+) the (?P<rank>most|least|highest|lowest)$"
)
ARE: Final = re.compile(r"(?i)^who (?:are|is) (?:the |our )?(?P<what>[a-z][\w ]*)$")


def who(text: str, tables: list[Table], values: Values | None) -> str | None:
    """SELECT of the people a who-question asks for, or None when it is not of these shapes."""
    if found := LONGEST.match(text):
        said = words(found["how"] or "")
        return _ranked(tables, said, descending=False)
    if found := LATEST.match(text):
        return _ranked(tables, [found["verb"].lower()], descending=True)
    if found := RANKS.match(text):
        verb = found["verb"].lower()
        verb = verb if verb in PAID else verb.removesuffix("s")
        hints = PAID.get(verb, ())
        return _top(
            tables,
            lambda c: (
                names_word(c.name, verb, synonyms=False)
                or any(hints_column(c.name, p) for p in hints)
            ),
            found["rank"],
        )
    if found := HIGHEST.match(text):
        said = words(found["what"])
        return _top(tables, lambda c: all(names_word(c.name, w) for w in said), found["rank"])
    if found := MOST.match(text):
        return _most_pointed(tables, found["what"] or found["what2"], found["verb"])
    if found := ARE.match(text):
        return _flagged(tables, words(found["what"]))
    if values is not None and (found := WHO_DID.match(text)):
        return _doers(found["verb"].lower(), found["row"], tables, values)
    return None


def doers_with(text: str, tables: list[Table], values: Values | None) -> str:
    """ "who owns property in Porto" said as "owners with property in Porto": the one table a
    key the verb names points to (buildings.owner_id → owners), when no row is named."""
    found = WHO_DID.match(text)
    if found is None or values is None or found["verb"].lower() in PLAIN_VERBS:
        return text
    if named_row(found["row"], tables, values) is not None:
        return text
    said = frozenset({found["verb"].lower()})
    pointed = {
        fk.references
        for t in tables
        for fk in t.foreign_keys
        if fk.references != t.qualified and names_role(tuple(fk.columns), said)
    }
    doers = [t for t in tables if t.qualified in pointed]
    return f"{doers[0].name} with {found['row']}" if len(doers) == 1 else text


def _doers(verb: str, phrase: str, tables: list[Table], values: Values) -> str | None:
    """The rows the verb's key of the named row points to: wrote → author_id → authors."""
    row = named_row(phrase, tables, values)
    if row is None:
        return None
    named, said = row
    near: list[tuple[int, Table, list[Step]]] = []
    for table in tables:
        try:
            steps = path(named, table, tables, frozenset({verb}))
        except NotUnderstood:
            continue
        last = steps[-1] if steps else None
        keyed = (  # a key the verb names, held on the named row's side: conductor_id
            last is not None
            and not last.fans_out
            and names_role(last.source_columns, frozenset({verb}))
        )
        if 0 < len(steps) <= REACH and (keyed or doer(table.name) == doer(verb)):
            near.append((len(steps), table, steps))
    if not near and verb in MAKING:  # "who wrote X": the people its own key points to
        near = [(n, t, s) for n, t, s in _reached(named, tables) if person(t)]
    near.sort(key=lambda found: found[0])
    if not near or (len(near) > 1 and near[0][0] == near[1][0]):
        return None
    _, doers, steps = near[0]
    back = [
        Step(s.target, s.source, s.target_columns, s.source_columns, not s.fans_out)
        for s in reversed(steps)
    ]
    return rows_reached(doers, back, named, said)


def _reached(named: Table, tables: list[Table]) -> list[tuple[int, Table, list[Step]]]:
    """The tables a key held on the named row's side reaches, within REACH joins."""
    found = []
    for table in tables:
        try:
            steps = path(named, table, tables)
        except NotUnderstood:
            continue
        if 0 < len(steps) <= REACH and not steps[-1].fans_out:
            found.append((len(steps), table, steps))
    return found


def _ranked(tables: list[Table], said: list[str], *, descending: bool) -> str | None:
    """The person who started first (or last): ordered by the one start date of people."""
    working = any(w in WORKING for w in said)
    found: list[tuple[Table, Column]] = []
    for table in (t for t in tables if person(t)):
        dated = [c for c in table.columns if is_temporal(c)]
        started = [c for c in dated if set(c.name.lower().split("_")) & set(START)]
        if working:
            started = [c for c in started if set(c.name.lower().split("_")) & set(WORK_DATES)]
        verbed = [c for c in started if any(names_word(c.name, w) for w in said)]
        if len(verbed or started) == 1:
            found.append((table, (verbed or started)[0]))
    if len(found) != 1:
        return None  # no people with a start, or two kinds: which the question means is unknown
    table, col = found[0]
    order = pgsql.SQL("DESC" if descending else "ASC")
    keys = pgsql.SQL(", ").join(column(table, k) for k in table.primary_key)
    return (
        pgsql.SQL("SELECT {}.* FROM {} ORDER BY {} {} NULLS LAST, {} LIMIT 1")
        .format(ident(table), ident(table), column(table, col.name), order, keys)
        .as_string()
    )


def _most_pointed(tables: list[Table], what: str, verb: str | None) -> str | None:
    """People counted by the rows whose key points back at them: manager_id, mentor_id."""
    said = words(what)
    if verb is None and any(set(said) & variants(t.name.lower()) for t in tables):
        return None  # "who has the most goals": rows of another table, counted elsewhere
    tabled = {w for w in said if any(w in variants(t.name.lower()) for t in tables)}
    plain = [w for w in said if w not in tabled | OTHERS]
    if any(names_word(c.name, w, synonyms=False) for t in tables for c in t.columns for w in plain):
        return None  # "who has the most experience": a column, ranked elsewhere
    found = [
        (t, fk)
        for t in tables
        if person(t)
        for fk in t.foreign_keys
        if fk.references == t.qualified
        and (verb is None or names_role(tuple(fk.columns), frozenset({verb})))
        and (verb is None or set(said) & variants(t.name.lower()) or set(said) <= OTHERS)
    ]
    if len(found) != 1 or len(found[0][0].primary_key) != 1:
        return None
    table, fk = found[0]
    shown = [table.primary_key[0], *(c.name for c in label_columns(table))]
    boss, staff = pgsql.Identifier("boss"), pgsql.Identifier("staff")
    cols = pgsql.SQL(", ").join(pgsql.SQL("{}.{}").format(boss, pgsql.Identifier(c)) for c in shown)
    on = pgsql.SQL(" AND ").join(
        pgsql.SQL("{}.{} = {}.{}").format(boss, pgsql.Identifier(r), staff, pgsql.Identifier(c))
        for c, r in zip(fk.columns, fk.referenced_columns, strict=True)
    )
    return (
        pgsql.SQL(
            'SELECT {}, count(*) AS "count" FROM {} AS {} JOIN {} AS {} ON {}'
            ' GROUP BY {} ORDER BY "count" DESC, {}.{} LIMIT 1'
        )
        .format(
            cols,
            ident(table),
            staff,
            ident(table),
            boss,
            on,
            cols,
            boss,
            pgsql.Identifier(table.primary_key[0]),
        )
        .as_string()
    )


def _top(tables: list[Table], named: Callable[[Column], bool], rank: str) -> str | None:
    """The person first by the one number of people named so (earn → salary), or None."""
    found = [
        (t, c)
        for t in tables
        if person(t)
        for c in t.columns
        if is_numeric(c) and c.name not in t.primary_key and named(c)
    ]
    if len(found) != 1:
        return None
    table, col = found[0]
    order = pgsql.SQL("ASC" if rank.lower() in ("least", "lowest", "smallest") else "DESC")
    keys = pgsql.SQL("").join(pgsql.SQL(", {}").format(column(table, k)) for k in table.primary_key)
    return (
        pgsql.SQL("SELECT {}.* FROM {} ORDER BY {} {} NULLS LAST{} LIMIT 1")
        .format(ident(table), ident(table), column(table, col.name), order, keys)
        .as_string()
    )


def _flagged(tables: list[Table], said: list[str]) -> str | None:
    """ "who are the club captains": the people whose flag the last word names."""
    if not said:
        return None
    *before, last = said
    found = [
        (t, c)
        for t in tables
        if person(t)
        for c in t.columns
        if c.type.lower().startswith("bool") and names_word(c.name, last, synonyms=False)
    ]
    placed = all(any(w in variants(t.name.lower()) for t in tables) for w in before)
    if len(found) != 1 or not placed:
        return None
    table, flag = found[0]
    return (
        pgsql.SQL("SELECT {}.* FROM {} WHERE {}")
        .format(ident(table), ident(table), column(table, flag.name))
        .as_string()
    )
