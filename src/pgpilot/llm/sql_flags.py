"""Adjectives and adverbs that are flags: remote → is_remote, part-time → NOT is_full_time.

A row's state is often a boolean named for it (is_remote, has_cafe, active), said as an
adjective ("remote staff"), an adverb ("work remotely") or a noun it has ("have a cafe"). Its
opposite says the same column negated ("part-time" where the column is is_full_time), and a
life or a service that ends is a nullable date of its end ("alive": died_on IS NULL).
"""

import re
from typing import Final

from pgpilot.llm.sql_stems import stem
from pgpilot.llm.sql_vocab import IRREGULAR, NEGATIONS
from pgpilot.sql.schema import Column, Table
from pgpilot.sql.values import Values

PREFIXES: Final = ("is_", "has_", "can_", "was_")
# Opposites among adjectives of state, both ways: one names the column, the other negates it.
_OPPOSITES: Final = (
    ("part_time", "full_time"),
    ("remote", "on_site"),
    ("remote", "onsite"),
    ("remote", "in_office"),
    ("temporary", "permanent"),
    ("private", "public"),
    ("closed", "open"),
    ("offline", "online"),
    ("internal", "external"),
    ("indoor", "outdoor"),
    ("alive", "dead"),
    ("living", "dead"),
    ("absent", "present"),
    ("optional", "required"),
    ("optional", "mandatory"),
    ("hidden", "visible"),
    ("disabled", "enabled"),
    ("locked", "unlocked"),
    ("draft", "published"),
    ("retired", "active"),
    ("decommissioned", "active"),
    ("denied", "granted"),
    ("refused", "granted"),
    ("rejected", "accepted"),
    ("declined", "accepted"),
    ("failed", "passed"),
)
# States said in other words: a lift "running" or "in service" is operating, and is_active.
_ALIKE: Final = (
    ("running", "operating", "operational", "active"),
    ("granted", "allowed", "approved"),
)
ALIKE: Final = {word: tuple(w for w in group if w != word) for group in _ALIKE for word in group}
OPPOSITES: Final = {
    word: tuple(b if a == word else a for a, b in _OPPOSITES if word in (a, b))
    for pair in _OPPOSITES
    for word in pair
}
# States that last until an event a date records: "alive" until died_on, "open" until closed_on.
UNTIL: Final = {
    "alive": ("died", "death", "deceased"),
    "living": ("died", "death", "deceased"),
    "open": ("closed", "closing"),
    "active": ("ended", "closed", "left", "retired", "deactivated", "archived"),
    "current": ("ended", "left", "end"),
    "employed": ("left", "terminated"),
    "unresolved": ("resolved",),
}
ADVERB: Final = re.compile(r"^(?P<stem>\w{3,}?)(?P<suffix>ically|ily|ly)$")


def adverb_stem(word: str) -> str:
    """The adjective an adverb is made of: remotely → remote, publicly → public, busily → busy."""
    found = ADVERB.match(word)
    if found is None:
        return word
    suffix = found["suffix"]
    return found["stem"] + {"ically": "ic", "ily": "y", "ly": ""}[suffix]


def _name(word: str) -> str:
    return re.sub(r"[\s\-]+", "_", word.lower())


def _flag(name: str, table: Table) -> Column | None:
    """The boolean column named by the word: is_X, has_X, X."""
    for column in table.columns:
        if column.type.lower() != "boolean":
            continue
        bare = column.name.lower()
        for prefix in PREFIXES:
            bare = bare.removeprefix(prefix)
        if bare == name or bare.removesuffix("s") == name:
            return column
        if name.endswith("ed") and bare.endswith(f"_{name}"):  # granted: access_granted
            return column
    return None


def flag(word: str, tables: list[Table]) -> tuple[Table, Column, str] | None:
    """The column a state word tests, and how: "true", "false" (its opposite) or "null"."""
    names = [_name(word)]
    if (stem := adverb_stem(names[0])) != names[0]:
        names.append(stem)
    for name in names:
        for alike in (name, *ALIKE.get(name, ())):
            for table in tables:
                if (column := _flag(alike, table)) is not None:
                    return table, column, "true"
        for opposite in OPPOSITES.get(name, ()):
            for table in tables:
                if (column := _flag(opposite, table)) is not None:
                    return table, column, "false"
        for table in tables:
            if (column := _ended(name, table)) is not None:
                return table, column, "null"
    return None


def participle(word: str) -> bool:
    """Whether a word may be a past participle: cancelled, paid, sent."""
    return word.endswith("ed") or word in IRREGULAR


def done(word: str, tables: list[Table]) -> tuple[Table, Column] | None:
    """A nullable date whose name starts with the act: cancelled → cancelled_at, paid → paid_on.

    "cancelled reservations" are those whose date of cancelling is set; only the tables the
    question names are looked at ("fees paid to carriers" is no invoice's payment).
    """
    for table in tables:
        for column in table.columns:
            first = column.name.lower().split("_")[0]
            dated = column.type.lower().startswith(("date", "timestamp"))
            if dated and column.nullable and stem(first) == stem(word.lower()):
                return table, column
    return None


def _ended(name: str, table: Table) -> Column | None:
    """A nullable date of the event that ends the state ("alive": died_on)."""
    events = UNTIL.get(name, ())
    for column in table.columns:
        parts = column.name.lower().split("_")
        dated = column.type.lower().startswith(("date", "timestamp"))
        if dated and column.nullable and parts[0] in events:
            return column
    return None


# Words before a participle that make it a state said of the rows: "have been published".
STATING: Final = frozenset({"is", "are", "was", "were", "been", "be", "being"})


def stated(tokens: list[str], i: int, values: Values, seen: set[str]) -> bool:
    """Whether the participle at `i` is said as the rows' state and is a value stored so:
    "episodes that have been published" is status = 'published' before published_at."""
    word = tokens[i]
    before = tokens[i - 2 : i - 1] if tokens[i - 1 : i] == ["still"] else tokens[i - 1 : i]
    if not (participle(word) or word.endswith("ing")) or before == [] or before[0] not in STATING:
        return False  # "subscriptions that are still trialing": status = 'trialing' too
    if tokens[i + 1 : i + 2] == ["to"] or set(tokens[max(i - 3, 0) : i]) & NEGATIONS:
        return False  # "scheduled to depart": a plan; "not been delivered": sql_negation's
    hits = values.find(word, fuzzy=False)
    return bool(hits) and all(hit.table in seen for hit in hits)


# Words a flag's name may open with, saying nothing of what it flags: had_adverse_reaction.
FLAG_LEADS: Final = frozenset({"is", "has", "had", "have", "can", "was", "on", "in", "prefers"})


def part_flag(word: str, named: list[Table]) -> tuple[Table, Column] | None:
    """The one flag of the tables named that the word is a part of: "vaccinations with an
    adverse reaction" → had_adverse_reaction, "clients on a framework agreement" →
    is_framework_client. None when another column of theirs shares the word, or two flags do."""
    if len(word) < 4 or word.endswith("ing"):  # "zones charging more than £2.50": a verb
        return None
    found: list[tuple[Table, Column]] = []
    for table in named:
        for column in table.columns:
            parts = column.name.lower().split("_")
            said = word in parts or any(stem(p) == stem(word) for p in parts)
            if not said:
                continue
            if column.type.lower() != "boolean" or parts[0] not in FLAG_LEADS | {word}:
                return None  # "price" of a price column, or a flag that does not lead so
            found.append((table, column))
    return found[0] if len(found) == 1 else None
