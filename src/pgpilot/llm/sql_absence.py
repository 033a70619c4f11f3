"""Rows no other row takes up, said by an act that names no table: "plans nobody signed up for".

sql_exists reads "never <verb>" when the verb names a table ("never ordered": orders). Here it
names none, so the catalog decides: a column of a table along the subject's children that the
verb names ("pieces never performed": concerts.performed_on, through programme_items), else
the subject's only child table ("class types never scheduled": sessions; "which plans does
nobody have": members). "which pieces does no concert include", "films no venue has shown":
the doer is the table. A verb
that is a value of the subject or of that child ("trips never cancelled": a status) or names
a column of the subject ("never shipped": shipped_at) is left to the other readings, so a
negation is never read as its opposite.
"""

import re
from typing import Final

from pgpilot.llm.sql_exists import child_path, subject_of, table_named
from pgpilot.llm.sql_joins import neighbours
from pgpilot.llm.sql_name_parts import commented, compound, said_column
from pgpilot.llm.sql_question import Ask
from pgpilot.llm.sql_stems import names_word
from pgpilot.sql.schema import Table
from pgpilot.sql.values import Values

PARTICLE: Final = r"(?: (?:up|on|in|for|to|with|at|by|into|onto|from))*"
# "never performed", "not yet signed up for", "does nobody have", "does no concert include".
ACT: Final = re.compile(
    r"(?i)\b(?:(?:who|that|which) )?(?:(?:has|have|had|was|were) )?(?:never|not yet) "
    r"(?:been )?(?P<verb>\w+ed)\b" + PARTICLE + r"(?: (?:by )?(?:anyone|anybody|anything)"
    r"| (?:a|an|any) (?P<noun>\w+))?"
    r"|\b(?:(?:who|that|which) )?(?:without|with no|(?:has|have|had|having) no) (?:any |a |an )?"
    r"(?P<thing>\w+)"
    r"|\b(?:do|does|did|has|have|had|will|would) (?:nobody|no one|no-one) "
    r"(?P<holds>have|has|own|owns|hold|holds|use|uses|want|wants|choose|pick|take)\b"
    + PARTICLE
    + r"|\b(?:(?:do|does|did|has|have|had|will|would) )?(?:no|not one) (?P<doer>\w+) "
    r"(?:(?:has|have|had|did|does|do|will|would|ever) )*(?P<act>\w+)\b" + PARTICLE
)
# "no pieces on the programme": the link table said after the child.
WHERE: Final = re.compile(r"(?i) ?(?:on|in|at|from) (?:the|a|an|their|its|any) (?P<noun>\w+)\b")


def take_absent(ask: Ask, tables: list[Table], values: Values | None, said: str) -> None:
    """Moves an act no row of the subject's children has done into an "absent" filter."""
    if any(kind == "absent" for kind, _, _ in ask.filters):
        _trim_along(ask, tables)  # sql_exists read it; "on the programme" may be left
        return
    for found in ACT.finditer(ask.text):
        subject = _subject(ask.text[: found.start()], tables)
        if subject is None:
            continue
        noun = found["noun"] or found["thing"]
        end = found.end()
        if found["doer"]:
            child = _doer(found, subject, tables)
        elif noun:
            start = found.start("noun" if found["noun"] else "thing")
            taken = _noun_child(ask.text[start:], subject, tables)
            child = taken[0] if taken else None
            end = start + len(" ".join(ask.text[start:].split()[: taken[1]])) if taken else end
        else:
            child = _acted(found, subject, tables)
        if child is None and found["thing"] and (empty := said_column(found["thing"], subject)):
            ask.filters.append(("missing", f"{subject.qualified}|{empty.name}", ""))
            ask.text = f"{ask.text[: found.start()]} {ask.text[found.end() :]}".strip()
            return  # "events with no attendance": attendees_count IS NULL
        word = found["verb"] or found["act"]
        if child is None or any(_is_value(w, subject, child, values) for w in (word, noun)):
            continue
        ask.filters.append(("absent", f"{subject.qualified}|{child.qualified}|{said}", ""))
        end += _along(ask.text[end:], subject, child, tables)
        ask.text = f"{ask.text[: found.start()]} {ask.text[end:]}".strip()
        return


def _trim_along(ask: Ask, tables: list[Table]) -> None:
    """The text without an "on the programme" that names a table the absent rows' path passes."""
    by_name = {t.qualified: t for t in tables}
    names = next(word for kind, word, _ in ask.filters if kind == "absent")
    subject, child = (by_name[n] for n in names.split("|")[:2])
    for said in WHERE.finditer(ask.text):
        if _along(ask.text[said.start() :], subject, child, tables):
            ask.text = f"{ask.text[: said.start()]}{ask.text[said.end() :]}"
            return


def _along(rest: str, subject: Table, child: Table, tables: list[Table]) -> int:
    """How long a following "on the programme" is that names a table the path passes."""
    if (said := WHERE.match(rest)) is None:
        return 0
    passed = [s.target for s in child_path(subject, child, tables) or []]
    named = [table_named(said["noun"], tables), *compound(said["noun"], tables)]
    return said.end() if any(t in passed for t in named if t is not None) else 0


def _subject(text: str, tables: list[Table]) -> Table | None:
    """The table the words before the act name: "openings that …" → job_openings."""
    if (table := subject_of(text, tables)) is not None:
        return table
    said = re.findall(r"\w+", text)
    named = compound(said[-1], tables) if said else []
    return named[0] if len(named) == 1 else None


def acts_of(subject: Table, verb: str, tables: list[Table]) -> Table | None:
    """The table whose rows are the acts a verb counts: the dated table, or the last table
    before it whose rows it fans out to ("performed the most": programme_items, one a piece
    played at a concert, not the concerts)."""
    dated = dated_act(subject, verb, tables)
    steps = child_path(subject, dated, tables) if dated is not None else None
    while steps and not steps[-1].fans_out and len(steps) > 1:
        steps = steps[:-1]
    return steps[-1].target if steps else None


def _noun_child(text: str, subject: Table, tables: list[Table]) -> tuple[Table, int] | None:
    """The table along the subject's children that the words name, and how many words did.

    "no pieces": pieces; "any works": artworks, the nearest of the tables named so; "no personal
    training appointments": pt_appointments; "a repair": the one child a comment says it of.
    """
    said = re.findall(r"\w+", text)[:3]
    for n in range(len(said), 0, -1):
        *before, noun = said[:n]
        named = [t for t in [table_named(noun, tables)] if t and not before]
        named = named or compound(noun, tables, before)
        near = {t.name: len(p) for t in named if (p := child_path(subject, t, tables))}
        if near:
            nearest = min(near.values())
            closest = [name for name, steps in near.items() if steps == nearest]
            table = next(t for t in tables if t.name == closest[0])
            return (table, n) if len(closest) == 1 else None
        if named and not before:
            return None
    noted = [
        t for t in commented(said[0], tables) if t is not subject and child_path(subject, t, tables)
    ]
    return (noted[0], 1) if len(noted) == 1 and said else None


def _doer(found: re.Match[str], subject: Table, tables: list[Table]) -> Table | None:
    """ "pieces that no concert includes": the doer's table, or a table between them."""
    doer = table_named(found["doer"], tables)
    return doer if doer is not None and child_path(subject, doer, tables) else None


def _acted(found: re.Match[str], subject: Table, tables: list[Table]) -> Table | None:
    verb = (found["verb"] or "").lower()
    if verb and any(names_word(c.name, verb) for c in subject.columns):
        return None  # "never shipped": the subject's own shipped_at
    if verb and table_named(verb, tables) is not None:
        return None  # "never ordered": sql_exists reads it
    if verb and (dated := dated_act(subject, verb, tables)) is not None:
        return dated
    if verb and any(names_word(c.name, verb) for t in tables for c in t.columns):
        return None  # "trips never completed": completed_at of another table; not an act
    children = {s.target.qualified: s.target for s in neighbours(subject, tables) if s.fans_out}
    return next(iter(children.values())) if len(children) == 1 else None


def dated_act(subject: Table, verb: str, tables: list[Table]) -> Table | None:
    """The one table along the subject's children with a column the verb names: "performed"
    → concerts (performed_on), reached from pieces through programme_items."""
    named = [
        t
        for t in tables
        if t is not subject
        and any(names_word(c.name, verb.lower(), synonyms=False) for c in t.columns)
        and child_path(subject, t, tables)
    ]
    return named[0] if len(named) == 1 else None


def _is_value(verb: str | None, subject: Table, child: Table, values: Values | None) -> bool:
    """Whether the verb is a value stored in the subject or the child ("cancelled")."""
    if not verb or values is None:
        return False
    own = {subject.qualified, child.qualified}
    return any(hit.table in own for hit in values.find(verb.lower(), fuzzy=False))
