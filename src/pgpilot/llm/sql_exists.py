"""Rows judged by their children: "authors with no books", "customers with more than 3 orders".

A noun after "without", "with no", "never <verb>" or a count ("more than 3 orders") that names
a table holding rows of the subject (a foreign key to it, perhaps through a link table) is a
correlated subquery over that table: NOT EXISTS, or a count compared. "Products that were
never ordered": a verb whose stem names such a table stands for it.
"""

import re
from typing import Final

from pgpilot.llm.sql_acts import ending_table, table_meant
from pgpilot.llm.sql_columns import numeric_column
from pgpilot.llm.sql_flag_leads import says_flag
from pgpilot.llm.sql_joins import Step, neighbours, path
from pgpilot.llm.sql_name_parts import compound
from pgpilot.llm.sql_names import NotUnderstood, variants
from pgpilot.llm.sql_question import Ask
from pgpilot.llm.sql_roles import names_role
from pgpilot.llm.sql_stems import names_word, stem, verb_names
from pgpilot.llm.sql_used import used_child
from pgpilot.llm.sql_vocab import OPS as COMPARISONS
from pgpilot.llm.sql_words import place
from pgpilot.sql.schema import Table

NUMBERS: Final = {
    **{"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7},
    **{"eight": 8, "nine": 9, "ten": 10, "once": 1, "twice": 2},
}
NUMBER_WORDS: Final = "one|two|three|four|five|six|seven|eight|nine|ten"
ARTICLE: Final = (
    r"(?:(?:any|one) of (?:our |the |their |its |your )?|any |a |an |the |one |single )?"
)
PARTICLE: Final = r"(?: (?:up|out|off|down|back|away))?"  # "signed up for", "checked out"
PREPOSITION: Final = PARTICLE + r"(?: (?:to|in|on|for|with|at|from|by|into|of)\b)?"
AUX: Final = r"(?:were|was|have|has|had|are|is|did|do|does)"
NOT: Final = r"(?:" + AUX + r" not|not(?= \w+ed\b))"  # "requests not reported by anyone"
ABSENT: Final = re.compile(
    r"(?i)\b(?:(?:who|that|which) )?(?:(?:have|has|had|having|with|without) (?:no|zero)"
    r"(?: got| \w+ed)? |without |with no |(?:" + NOT + r" (?:yet )?|(?:" + AUX + r" )?"
    r"(?:been )?(?:never|not yet) )(?:been )?(?P<verb>\w+)\b" + PREPOSITION + r" ?"
    r"|(?:that|which|where) (?:no|not one) (?P<doer>\w+) (?:(?:has|have|had|ever) )*(?P<act>\w+)\b"
    + PREPOSITION
    + r" ?)"
    + ARTICLE
    + r"(?P<noun>\w+)?(?: (?P<noun2>\w+))?"
)
# Words that stand for "any row at all": "never commented on anything".
ANY: Final = frozenset({"anything", "anyone", "anybody", "something", "them", "it"})
MANY: Final = re.compile(
    r"(?i)\b(?:(?:who|that|which) (?:(?!more|fewer|less|at|over|under|exactly)\w+ )?)?"
    r"(?:with |having |has |have |had )?(?P<op>more than|fewer than|less than|at least|at most|"
    r"over|under|exactly) (?P<n>\d+|" + NUMBER_WORDS + r") (?P<noun>[^\W\d]\w*)"
    r"(?: (?P<noun2>[^\W\d]\w*))?"  # "more than 2 vet visits": vet_visits
)
TIMES: Final = re.compile(
    r"(?i)\b(?P<verb>[^\W\d]\w*) (?P<op>more than|fewer than|less than|at least|at most|over|"
    r"under|exactly) (?:(?P<n>\d+|" + NUMBER_WORDS + r") times?|(?P<once>once|twice))\b"
)
# "that can hold more than 10 animals": what a row allows (max_animals), not its rows counted.
ABLE: Final = re.compile(r"(?i)\b(?:can|could|may|is able to|are able to) \w+ $")
# "with a mentor": a column that is set; "with a limit below 2000" is a comparison instead.
HAVE: Final = re.compile(
    r"(?i)\b(?:with|have|has|having|had) (?:a|an) (?P<noun>\w+)\b(?! (?:\w+ )?(?:of )?"
    r"(?:below|above|under|over|more|less|fewer|greater|higher|lower|at least|at most|exceeding"
    r"|between|\d))"
)
OPS: Final = {**COMPARISONS, "exactly": "="}  # "borrowed exactly 3 times"
# "empty playlists": rows of a table that holds others, holding none.
EMPTY: Final = re.compile(r"(?i)\bempty (?=\w)")


def table_named(word: str, tables: list[Table]) -> Table | None:
    """The table a noun names: by its name, its columns' first word (contracts) or its end."""
    word = word.lower()
    forms = variants(word)
    for table in tables:
        if table.name.lower() in forms:
            return table
    return table_meant(word, tables) or ending_table(word, tables)  # contracts, rentals


def subject_of(text: str, tables: list[Table]) -> Table | None:
    """The first table the words name, one word or two ("menu items"), else by the thesaurus."""
    said = re.findall(r"\w+", text)
    for i, word in enumerate(said):
        if i + 1 < len(said) and (pair := table_named(f"{word}_{said[i + 1]}", tables)):
            return pair
        if (table := table_named(word, tables)) is not None:
            return table
    placed = place(text, tables, None).tables if said else []  # "employees": staff
    return placed[0] if placed else None


# Verbs that say a row was taken up without naming by what: "labels never used" means the
# table's only child table. Any other verb may be a value ("trips never cancelled": a status).
USED: Final = frozenset({"used", "touched", "referenced", "chosen", "picked", "selected"})


def child_path(
    subject: Table, child: Table, tables: list[Table], said: frozenset[str] = frozenset()
) -> list[Step] | None:
    """The path to a table of the subject's rows: its first step fans out, no step returns."""
    if child is subject:
        return None
    try:
        steps = path(subject, child, tables, said)
    except NotUnderstood:
        return None
    if not steps or not steps[0].fans_out or any(s.target is subject for s in steps):
        return None
    return steps


def _child(noun: str | None, verb: str | None, subject: Table, tables: list[Table]) -> Table | None:
    candidates = [noun] if noun and noun.lower() not in ANY else []
    if verb and any(c.nullable and names_word(c.name, verb.lower()) for c in subject.columns):
        return None  # "never shipped": shipped_at IS NULL
    if verb:  # "never ordered": the table the verb's stem names, its very stem first
        verb = verb.lower()
        named = [t for t in tables if verb_names(t.name, verb)]
        named.sort(key=lambda t: stem(verb) not in {stem(p) for p in t.name.lower().split("_")})
        roles = [t for t in tables if _keyed_by(t, subject, verb)]  # "never scored": scorer_id
        candidates += [t.name for t in [*named, *roles]]
    for word in candidates:
        table = table_named(word, tables) if word else None
        if table is not None and child_path(subject, table, tables) is not None:
            return table
    if verb in USED and not candidates and not _names_any(verb, tables):
        children = [s.target for s in neighbours(subject, tables) if s.fans_out]
        return children[0] if len(children) == 1 else None  # "labels never used"
    if verb in USED and noun:  # "never used the API": the child whose api_calls say it
        return used_child(noun, subject, tables)
    return None


def _names_any(verb: str, tables: list[Table]) -> bool:
    """Whether a verb names a table or any column ("tenured" → is_tenured): not any act."""
    return bool(place(verb, tables, None).tables) or any(
        names_word(c.name, verb) for t in tables for c in t.columns
    )


def _keyed_by(table: Table, subject: Table, verb: str) -> bool:
    """Whether a key of the table to the subject is named by the verb (scored → scorer_id)."""
    said = frozenset({verb})
    return any(
        fk.references == subject.qualified and names_role(tuple(fk.columns), said)
        for fk in table.foreign_keys
    )


def take_children(ask: Ask, tables: list[Table], asked: frozenset[str]) -> None:
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
    said = " ".join(sorted(asked))
    if (empty := EMPTY.search(ask.text)) and (only := _only_child(ask.text[empty.end() :], tables)):
        ask.filters.append(("absent", f"{only[0].qualified}|{only[1].qualified}|{said}", ""))
        ask.text = f"{ask.text[: empty.start()]}{ask.text[empty.end() :]}".strip()
        return
    for pattern in (ABSENT, MANY, TIMES):
        for found in list(pattern.finditer(ask.text)):
            subject = subject_of(ask.text[: found.start()], tables)
            if subject is None or (pattern is ABSENT and says_flag(found.group(), subject)):
                continue  # "not accepting new students": the flag accepting_new_students
            if pattern is ABSENT and (own := _own_key(found, subject, tables)) is not None:
                key, end = own  # "requests not reported by any tenant": reported_by IS NULL
                ask.filters.append(("missing", f"{subject.qualified}|{key}", ""))
                ask.text = f"{ask.text[: found.start()]} {ask.text[end:]}".strip()
                return
            if (taken := _taken(pattern, found, subject, tables)) is None:
                continue
            child, end = taken
            if pattern is ABSENT:
                ask.filters.append(("absent", f"{subject.qualified}|{child.qualified}|{said}", ""))
            else:
                count = f"{OPS[found['op'].lower()]}|{_number(found)}"
                ask.filters.append(
                    ("children", f"{subject.qualified}|{child.qualified}|{said}", count)
                )
            ask.text = f"{ask.text[: found.start()]} {ask.text[end:]}".strip()
            return


def _only_child(text: str, tables: list[Table]) -> tuple[Table, Table] | None:
    """The table said and its only child table, unless a column of its own says "empty"."""
    subject = subject_of(text, tables)
    if subject is None or any(names_word(c.name, "empty") for c in subject.columns):
        return None
    children = {s.target.qualified: s.target for s in neighbours(subject, tables) if s.fans_out}
    return (subject, next(iter(children.values()))) if len(children) == 1 else None


def _own_key(found: re.Match[str], subject: Table, tables: list[Table]) -> tuple[str, int] | None:
    """A nullable key of the subject itself that the verb, else the noun, names; where they end.

    "tickets without an assignee", "requests not reported by any tenant": the row points to
    no one, rather than no row of another table pointing to it. A verb that names a column
    of its own ("never decided": decided_at) or none of its keys leaves it to the other readings.
    """
    verb, noun = (found.group(g) for g in ("verb", "noun"))
    verb = verb.lower() if verb else None
    noun = None if noun is None or noun.lower() in ANY else noun.lower()
    empty = [c.name for c in subject.columns if c.nullable]
    keys = {
        fk.columns[0]: fk.references
        for fk in subject.foreign_keys
        if len(fk.columns) == 1 and fk.columns[0] in empty
    }
    if verb and any(name not in keys and names_word(name, verb) for name in empty):
        return None
    target = table_named(noun, tables) if noun else None
    for key, references in keys.items():
        said = noun is None or verb_names(key, noun) or (target and target.qualified == references)
        if verb is not None and verb_names(key, verb):
            return key, found.end() if said else found.start("noun")
        if verb is None and noun is not None and said:
            return key, found.end()
    return None


def _taken(
    pattern: re.Pattern[str], found: re.Match[str], subject: Table, tables: list[Table]
) -> tuple[Table, int] | None:
    """The child table a match names, and where the words that named it end."""
    groups = found.groupdict()
    noun = groups.get("noun") if pattern is not TIMES else None
    own = numeric_column(noun, [subject]) if noun and pattern is MANY else None
    counted = _bound(own[1].name) and table_named(noun or "", tables) if own else False
    if own is not None and (not counted or ABLE.search(found.string[: found.start()])):
        return None  # "more than 4 credits", "can hold more than 10 animals": its own number
    verb = groups.get("verb") or groups.get("act") if pattern is not MANY else None
    if groups.get("doer"):  # "airports that no flight departs from"
        noun, verb = groups["doer"], groups["act"]
    tail = found.end("noun") if found.groupdict().get("noun2") else found.end()
    pair = f"{noun}_{groups['noun2']}" if noun and groups.get("noun2") else None
    if pair and (child := _child(pair, verb, subject, tables)) is not None:
        return child, found.end()  # "any menu items": menu_items
    if (child := _child(noun, verb, subject, tables)) is not None:
        return child, tail
    if groups.get("noun2") and (child := _child(groups["noun2"], None, subject, tables)):
        return child, found.end()  # "no home club": the noun after its adjective
    if verb and noun and (child := _child(None, verb, subject, tables)) is not None:
        passed = noun.lower() in ANY or _beyond(noun, subject, child, tables)
        return child, found.end() if passed else found.start("noun")
    return None


def _bound(name: str) -> bool:
    """Whether a column holds a limit (max_animals, capacity), not how many rows there are."""
    return bool(set(name.lower().split("_")) & {"max", "min", "maximum", "minimum", "limit"})


def _beyond(noun: str, subject: Table, child: Table, tables: list[Table]) -> bool:
    """Whether the noun names a table reached through the child: "never used on a repair"."""
    for table in compound(noun, tables):
        steps = child_path(subject, table, tables) or []
        if any(step.target is child for step in steps[:-1]):
            return True
    return False


def _number(found: re.Match[str]) -> int:
    said = (found["n"] or found.groupdict().get("once") or "").lower()
    return int(said) if said.isdigit() else NUMBERS[said]
