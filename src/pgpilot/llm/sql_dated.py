"""The date column a verb or a noun names, when its words are not the column's own.

"animals taken in" → intake_date (a verb and its particle, one word in the name), "up for
renewal" → renews_on and "medical expiry" → expires_on (a noun made of the verb), "arrive at the
shelter" → intake_date and "start volunteering" → joined_on (verbs for one event: arriving is
being taken in, starting is joining), "joined the wine club" → club_joined_on over joined_on
(the column more of the question's words name). Only date and time columns are read so: a verb
names when something happened, and a number column is not a date. "when did Winston arrive at
the shelter": the named row's date those words name, alone; "when did Maria Lopes last rent
gear": the latest date of her rows in the table the verb names. "volunteers with shifts
tomorrow": a relative date falls on the dated table named whose rows are the subject's.
"""

import re
from collections.abc import Collection
from itertools import pairwise
from typing import Final

from psycopg import sql as pgsql

from pgpilot.llm.sql_joins import column, ident, path
from pgpilot.llm.sql_names import NotUnderstood, is_temporal, variants
from pgpilot.llm.sql_stems import names_word, stem, verb_names
from pgpilot.llm.sql_vocab import STOP
from pgpilot.sql.schema import Column, Table

WHEN: Final = re.compile(
    r"(?i)^(?:and )?(?:when|(?:on )?what date|(?:in )?(?:what|which) year) "
    r"(?:was|were|is|are|did|does|do|has|had|will) (?P<rest>.+)$"
)
# Words that ask for a row's latest or first date among many: "when did X last order".
EXTREMES: Final = {"last": "max", "latest": "max", "recently": "max", "first": "min"}
DENIED: Final = re.compile(r"(?i)\b(?:not|never|no)\b|n't\b")
# Particles that make one word of a verb: "taken in" → intake, "signed up" → signup.
PARTICLES: Final = ("in", "up", "out", "on", "off", "over")
# Suffixes that make a noun of a verb: renewal → renew, expiry → expir, departure → depart.
NOUNING: Final = ("ation", "ment", "ion", "ure", "al", "ry", "y")
# Verbs and nouns for one event in a row's life, by stem; a word names a date column with a
# part of its group when nothing names it more plainly. Written from common schema vocabularies.
_EVENTS: Final = (
    "arriv intak admit admission entry",
    "join start enrol enroll regist member sign",
    "start hire began begin commenc",
    "leav depart exit discharg",
    "return back",
    "finish end complet close",
    "expir expiry lapse",
    "resolv solv close fix",
    "buy bought purchas sell sold sale",
)
# Events that end a row's time, and the last name parts of a date that is its end ("valid_to",
# "good_until", "covered_through"): the word of the event is not in such a name.
ENDINGS: Final = frozenset({"expir", "expiry", "lapse", "finish", "end"})
UNTIL: Final = frozenset({"to", "until", "till", "through", "thru"})
# A word in two groups means either: "start" is a hiring or a joining.
EVENTS: Final = {
    word: tuple(w for g in _EVENTS if word in g.split() for w in g.split())
    for group in _EVENTS
    for word in group.split()
}


def names_date(name: str, word: str, after: str = "") -> int:
    """How plainly a word (and the one after it) names a date column: 2 by its own stem or its
    verb's, 1 by a word for the same event, 0 not at all."""
    parts = name.lower().split("_")
    root = stem(word)
    if names_word(name, word, synonyms=False):
        return 2
    if after in PARTICLES and len(root) >= 3 and any(_phrasal(p, root, after) for p in parts):
        return 2  # taken in → intake, checked out → checkout
    for suffix in NOUNING:
        verb = word.removesuffix(suffix)
        if verb != word and len(verb) >= 4 and names_word(name, verb, synonyms=False):
            return 2  # renewal → renews_on
    group = next((EVENTS[k] for k in (word, root, root.removesuffix("e")) if k in EVENTS), ())
    if any(p.startswith(g) for g in group for p in parts) or names_word(name, word):
        return 1
    if len(parts) > 1 and parts[-1] in UNTIL and set(group) & ENDINGS:
        return 1  # expires → valid_to
    return 0


def names_a_date(table: Table, word: str) -> bool:
    """Whether a word names one of the table's date columns, as a verb or a noun ("renewal")."""
    return any(names_date(c.name, word) for c in table.columns if is_temporal(c))


def event_dated(table: Table, tokens: list[str]) -> bool:
    """Whether a verb names one of the table's dates by its event alone: "finish" is
    planned_completion, a completing ("projects scheduled to finish in 2026")."""
    for word in tokens:
        root = stem(word)
        group = next((EVENTS[k] for k in (word, root, root.removesuffix("e")) if k in EVENTS), ())
        for col in (c for c in table.columns if is_temporal(c)):
            if any(p.startswith(g) for g in group for p in col.name.lower().split("_")):
                return True
    return False


# Verbs that say a row was made, not what it is about: "bookings made in 2024" is booked_at.
MADE: Final = frozenset({"made", "created", "placed", "submitted", "logged", "lodged", "filed"})


def made_column(table: Table, tokens: list[str]) -> Column | None:
    """The date a row was made on, when a verb of making is said: the one date named for the
    table's own act (bookings → booked_at, orders → ordered_on), else a created date."""
    if not MADE & set(tokens):
        return None
    act = stem(table.name.lower().split("_")[-1].removesuffix("s"))
    dated = [c for c in table.columns if is_temporal(c)]
    own = [c for c in dated if stem(c.name.lower().split("_")[0]) == act]
    created = [c for c in dated if c.name.lower().startswith("created")]
    found = own or created
    return found[0] if len(found) == 1 else None


def _phrasal(part: str, root: str, particle: str) -> bool:
    """Whether a name part is a verb's root and its particle as one word: intake, checkout."""
    return part.startswith(particle + root) or part in (root + particle, root + "ed" + particle)


def dated_by(table: Table, tokens: list[str], ignored: Collection[str]) -> Column | None:
    """The date column of a table the words name most plainly and by most words, if any; the
    ignored words (stop words, the table's own name) name none but may be a verb's particle."""
    best: tuple[int, int, Column | None] = (0, 0, None)
    for col in (c for c in table.columns if is_temporal(c)):
        scores = [
            names_date(col.name, w, tokens[i + 1] if i + 1 < len(tokens) else "")
            for i, w in enumerate(tokens)
            if w not in ignored
        ]
        key = (max(scores, default=0), sum(1 for s in scores if s))
        if key[0] and key > best[:2]:
            best = (*key, col)
    return best[2]


def when_splits(text: str) -> list[tuple[str, list[str]]]:
    """Each way to read "when did <row> <verb …>" as a row's name and the words after it,
    "when did Winston arrive at the shelter" → ("Winston", ["arrive", "at", "the", "shelter"])."""
    found = WHEN.match(text)
    if found is None or DENIED.search(text):  # "when did X not join": no date to give
        return []
    said = found["rest"].split()
    # The longest name first: "the Farne Islands trip get back" is no trip to 'Farne'.
    return [
        (" ".join(said[:k]), [w.lower() for w in said[k:]]) for k in range(len(said) - 1, 0, -1)
    ]


def dated_child(subject: Table, tables: list[Table], tokens: list[str]) -> Table | None:
    """The one table the words name whose rows are the subject's (a key from it to the subject,
    maybe through a link table) and have a date, when no word names a date: "volunteers with
    shifts tomorrow" is the shifts' date, not when the volunteers joined."""
    said = set(tokens) | {f"{a}_{b}" for a, b in pairwise(tokens)}
    found = [
        t
        for t in tables
        if t is not subject
        and variants(t.name.lower()) & said
        and any(is_temporal(c) for c in t.columns)
        and _owned(subject, t, tables)
    ]
    return found[0] if len(found) == 1 else None


def _owned(subject: Table, table: Table, tables: list[Table]) -> bool:
    """Whether a table's rows belong to the subject's: its first step there fans out, and it
    is one or two steps away."""
    try:
        steps = path(subject, table, tables)
    except NotUnderstood:
        return False
    return 0 < len(steps) <= 2 and steps[0].fans_out


def child_date(
    table: Table, named: tuple[tuple[str, str], ...], rest: list[str], tables: list[Table]
) -> str | None:
    """ "when did Maria Lopes last rent gear": the latest (or first) date of the named row's
    rows in the one table the verb names (gear_rentals, by its key to members), or None."""
    agg = next((EXTREMES[w] for w in rest if w in EXTREMES), None)
    said = [w for w in rest if w not in EXTREMES and w not in STOP]
    found = [
        (child, keys[0])
        for child in tables
        if len(keys := [fk for fk in child.foreign_keys if fk.references == table.qualified]) == 1
        and any(is_temporal(c) for c in child.columns)
        and (any(verb_names(child.name, w) for w in said) or dated_by(child, said, STOP))
    ]
    if agg is None or len(found) != 1:
        return None
    child, key = found[0]
    dated = dated_by(child, said, STOP) or next(c for c in child.columns if is_temporal(c))
    on = pgsql.SQL(" AND ").join(
        pgsql.SQL("{} = {}").format(column(child, c), column(table, r))
        for c, r in zip(key.columns, key.referenced_columns, strict=True)
    )
    where = pgsql.SQL(" AND ").join(
        pgsql.SQL("{} = {}").format(column(table, c), pgsql.Literal(v)) for c, v in named
    )
    return (
        pgsql.SQL("SELECT " + agg + "({}) FROM {} JOIN {} ON {} WHERE {}")
        .format(column(child, dated.name), ident(child), ident(table), on, where)
        .as_string()
    )
