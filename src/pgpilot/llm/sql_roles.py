"""Which of two keys to one table a question means: "flights from Vienna" → origin, "assists by X".

A table may point twice at another (a flight's origin and destination airports, a match's home
and away clubs, a goal's scorer and assisting player). The key whose column the question's words
name wins: by the column's own words ("home games" → home_club_id, "scored" → scorer_id,
"assigned" → assignee_id), or by a role's everyday words when its name is not said ("departing",
"from" → origin; "landing", "to" → destination).
"""

import re
from itertools import pairwise
from typing import Final

from pgpilot.llm.sql_names import variants
from pgpilot.llm.sql_stems import names_word, stem, verb_names
from pgpilot.sql.schema import Table

# A key's role, by a part of its column's name, and the words that say it.
ROLES: Final = {
    "origin": ("from", "depart", "departure", "departing", "leave", "leaving", "outbound"),
    "source": ("from",),
    "sender": ("from", "sent", "send"),
    "destination": ("to", "arrive", "arrival", "arriving", "land", "landing", "inbound"),
    "target": ("to",),
    "recipient": ("to", "received", "receive"),
    "author": ("written", "wrote", "write", "writes", "posted", "authored"),
    "creator": ("created", "made"),
    "owner": ("owned", "owns"),
}
# Tables whose rows are people, by their name's word, when no column says so.
PEOPLE: Final = ("user", "person", "people", "member", "employee", "staff", "customer", "player")
# Words too common to say a role by their own spelling ("by" of checked_by is no role said).
_PLAIN: Final = frozenset(
    {"id", "the", "a", "an", "of", "is", "are", "was", "has", "have", "by", "at", "in", "on", "for"}
)


def said_words(text: str) -> frozenset[str]:
    """The question's words, lower case, that may name a key's role."""
    return frozenset(w for w in text.lower().replace("'", " ").split() if w not in _PLAIN)


def names_role(
    columns: tuple[str, ...], said: frozenset[str], common: frozenset[str] = frozenset()
) -> bool:
    """Whether the question's words name the key made of these columns, `common` parts aside.

    The parts every key to a table has ("port" of origin_port_id and destination_port_id)
    tell no key from another, so they are left out.
    """
    if not said:
        return False
    for name in columns:
        parts = name.lower().split("_")
        for part in parts:
            if part == "id" or part in common:
                continue
            if any(w == part or (len(w) > 2 and names_word(part, w, synonyms=False)) for w in said):
                return True
            stems = {stem(w) for w in ROLES.get(part, ())}
            if stems and any(w in ROLES[part] or stem(w) in stems for w in said):
                return True
    return False


def who_counted(what: str, tables: list[Table], said: frozenset[str]) -> tuple[Table, Table] | None:
    """ "who has scored the most goals": the people (players) and the rows counted (goals).

    The rows are the table the words name, or the one whose key they name ("assists" →
    goals.assist_id); the people are the table one of its keys points to, the key the
    question names first ("scored" → scorer_id), else a table of persons.
    """
    by_name = {t.qualified: t for t in tables}
    nouns = [w for w in re.findall(r"[a-z]+", what.lower()) if len(w) > 2]
    pairs = ["_".join(p) for p in pairwise(nouns)]  # "room bookings"
    counted = next(
        (t for w in [*pairs, *nouns] for t in tables if w in variants(t.name.lower())), None
    )
    keyed = [
        (t, fk)
        for t in ([counted] if counted else tables)
        for fk in t.foreign_keys
        if fk.references in by_name and fk.references != t.qualified
    ]
    if counted is None:
        keyed = [(t, fk) for t, fk in keyed if names_role(tuple(fk.columns), frozenset(nouns))]
    named = [(t, fk) for t, fk in keyed if names_role(tuple(fk.columns), said)]
    persons = [(t, fk) for t, fk in keyed if person(by_name[fk.references])]
    chosen = [k for k in named if k in persons] + persons + named
    return (by_name[chosen[0][1].references], chosen[0][0]) if chosen else None


def acted_by(what: str, tables: list[Table], said: frozenset[str]) -> tuple[Table, Table] | None:
    """ "who has guested on the most episodes": the people the verb names, and the link rows.

    The people are guests, the rows counted per person episode_guests: a table pointing at both
    the people and the rows said.
    """
    by_name = {t.qualified: t for t in tables}
    nouns = [w for w in re.findall(r"[a-z]+", what.lower()) if len(w) > 2]
    said_rows = [t for t in tables if nouns and nouns[-1] in variants(t.name.lower())]
    verbs = [w for w in said if w.endswith("ed") and len(w) > 4]
    doers = [t for t in tables for w in verbs if verb_names(t.name, w) and t not in said_rows]
    links = [
        (doer, link)
        for doer in doers
        for link in tables
        if said_rows
        and {doer.qualified, said_rows[0].qualified}
        <= {fk.references for fk in link.foreign_keys if fk.references in by_name}
    ]
    return links[0] if len(links) == 1 else None


def person(table: Table) -> bool:
    """Whether a table's rows are people: named by first and last name, or a person's word."""
    names = {c.name.lower() for c in table.columns}
    if {"first_name", "last_name"} <= names or names & {"full_name", "username", "user_name"}:
        return True
    return any(stem(table.name.lower()).startswith(stem(p)) for p in PEOPLE)
