"""Words for tables and columns their names do not say: the schema's comments, then a thesaurus.

First source: `COMMENT ON` a table or column (the schema's own words: "tenancy agreements" on
leases names it). Second: `NOUNS`, a small curated thesaurus of everyday nouns for the things
business databases store, in groups of words people use for one another ("staff" for employees,
"apartments" for units, "team" for a department). It was written by hand from common schema
vocabularies (HR, retail, property, library, school, clinic, logistics) and English usage, not
fitted to any test schema. To extend it, add a word to the group it can replace in every
database, or a new group; a word that means two things (a "unit" of measure) stays out.
"""

import re
from functools import lru_cache
from typing import Final

from pgpilot.sql.ranking import stems
from pgpilot.sql.schema import Column, Table

_GROUPS: Final = (
    "employee staff worker personnel colleague",
    "department team division",
    # A business keeps its customers as accounts when it has no table named for them.
    "customer client buyer shopper account",
    "product item good article merchandise",
    "apartment flat unit dwelling",
    "building property premise",
    "supplier vendor provider",
    "author writer",
    "film movie",
    "student pupil learner",
    "teacher instructor tutor lecturer",
    "doctor physician",
    "vehicle car",
    "shipment consignment delivery",
    "invoice bill",
    "company firm business organisation organization",
    "store shop outlet",
    "venue site location",
    "event happening",
    # Transport, sport, music, food and work: the things their databases keep.
    "aircraft plane airplane aeroplane jet fleet",
    "vehicle van truck lorry bus coach fleet",
    "publication paper article",
    "patient pet animal",
    "match game fixture",
    "club team side",
    "player athlete",
    "stadium arena ground venue",
    "artist band musician performer singer",
    "track song tune",
    "album record",
    "item dish meal",
    "booking reservation",
    "trip journey ride",
    "passenger traveller traveler flyer",
    "transaction payment",
    "user account",
    "ticket issue case",
)
# A comment that says in which state a column is NULL: "NULL while the artist is alive" (alive →
# IS NULL), "NULL until the interview is held" (held → IS NOT NULL). Only the state after "is"
# counts, and not a noun with an article ("still in the role"): the row's things are no state.
NULL_WHEN: Final = re.compile(
    r"(?i)\bnull (?:(?P<while>while|when|as long as)|(?P<until>until|unless|before)) "
    r"[^.;,]*?\b(?:is|are)(?: still| not| yet)? (?P<state>[^.;,]+?)(?: and |[.;,]|$)"
)
ARTICLES: Final = frozenset({"the", "a", "an", "its", "their", "his", "her", "our"})
# A word in two groups means either ("fleet": aircraft or vans); a schema with both is asked.
NOUNS: Final = {
    word: frozenset(w for g in _GROUPS if word in g.split() for w in g.split())
    for group in _GROUPS
    for word in group.split()
}


@lru_cache(maxsize=4096)
def _singular(word: str) -> str:
    """A noun's singular as the thesaurus keys it: staff, apartments → apartment, cities → city."""
    forms = [word, word.removesuffix("s"), word.removesuffix("es")]
    forms += [word[:-3] + "y"] if word.endswith("ies") else []
    return next((form for form in forms if form in NOUNS), word)


def synonym_table(word: str, tables: list[Table]) -> Table | None:
    """The one table a word names by its comment or by a thesaurus word for its name."""
    commented = [t for t in tables if t.comment and _said(word, t.comment)]
    if len({t.qualified for t in commented}) == 1:
        return commented[0]
    group = NOUNS.get(_singular(word.lower()))
    if not group:
        return None
    found = [t for t in tables if _head(t.name) in group]
    return found[0] if len({t.qualified for t in found}) == 1 else None


def commented_column(word: str, tables: list[Table]) -> tuple[Table, Column] | None:
    """The one column whose comment says the word ("tenure" on hired_on: hired_on)."""
    found = [(t, c) for t in tables for c in t.columns if c.comment and _said(word, c.comment)]
    return found[0] if len({(t.qualified, c.name) for t, c in found}) == 1 else None


def commented_null(word: str, tables: list[Table]) -> tuple[Table, Column, bool] | None:
    """The one nullable column whose comment says it is NULL in the state a word names, and
    whether the word means NULL ("alive": died_year is NULL while alive) or not ("scheduled")."""
    found = [
        (t, c, not said["until"])
        for t in tables
        for c in t.columns
        if c.nullable and c.comment
        for said in NULL_WHEN.finditer(c.comment)
        if _said(word, _state(said["state"]))
    ]
    return found[0] if len({(t.qualified, c.name) for t, c, _ in found}) == 1 else None


def _state(phrase: str) -> str:
    """The words of a state but the nouns an article introduces: "in the role" → "in"."""
    said = phrase.lower().split()
    return " ".join(w for i, w in enumerate(said) if not (i and said[i - 1] in ARTICLES))


def _said(word: str, comment: str) -> bool:
    return bool(stems(word) & stems(comment))


def _head(name: str) -> str:
    """The noun a table's name ends with, singular: job_positions → position."""
    return _singular(name.lower().rsplit("_", 1)[-1])
