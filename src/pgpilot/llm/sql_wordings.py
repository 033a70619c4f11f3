"""Words that name a flag or a value in other words: a flag's words, derived words, compounds.

A flag is named by the words after its verb ("which plans include a sauna": includes_sauna,
"trainers who offer personal training": offers_personal_training, "venues with step-free
access": has_step_free_access), with the verb said too or not, and a person by the thing
they are ("first-timers": is_first_time). "left-footed players" are the players whose
preferred_foot is 'left': a value of the column the second half of the word names.
"out of stock" is a number of none (stock_qty = 0).
"fleet customers" are the customers whose flag starts with "fleet" (is_fleet_account), and
"dog-friendly" sites those whose flag lets dogs in (allows_dogs).
"gold members" are the rows of the value 'gold' (guests), whatever the plural after it says.
"housekeepers" are staff whose role is 'housekeeping', a "rental" a listing of kind 'rent' and
"cellists" the musicians of the 'cello' (a value the word derives from), but "internal" is no
misspelt 'intern': a close spelling that only adds or drops an ending is another word.
"""

from typing import Final

from pgpilot.llm.sql_columns import numeric_column
from pgpilot.llm.sql_names import variants
from pgpilot.llm.sql_placed import Placed
from pgpilot.llm.sql_stems import doer, stem
from pgpilot.llm.sql_vocab import FILLER
from pgpilot.sql.schema import Column, Table
from pgpilot.sql.values import Hit, Values, normalized

# Verbs a flag's name may start with, that a question need not say ("with a sauna").
# What a flag's name may start with before the state's own two words: on_priority_register.
LEADS: Final = frozenset({"is", "has", "on", "in"})
FLAG_VERBS: Final = frozenset(
    {"is", "has", "had", "can", "was", "offers", "includes", "allows", "accepts", "supports"}
    | {"provides", "needs", "requires", "uses", "serves", "takes", "wants"}
)


# Name parts of a flag that lets a thing in: what "<thing>-friendly" says.
PERMITS: Final = frozenset(
    {"allows", "allowed", "accepts", "accepted", "welcomes", "welcome", "permits", "permitted"}
    | {"friendly"}
)


def _same(word: str, part: str, *, last: bool) -> bool:
    """Whether a word says a name's part: itself, a plural, a stem, or its doer when last."""
    if word == part or part in variants(word) or stem(word) == stem(part):
        return True
    return last and len(part) >= 3 and word in {part + s for s in ("r", "rs", "er", "ers")}


def _says(said: list[str], parts: list[str]) -> bool:
    if len(said) != len(parts):
        return False
    pairs = enumerate(zip(said, parts, strict=True))
    return all(_same(w, p, last=i == len(parts) - 1) for i, (w, p) in pairs)


def _named(word: str, table: Table) -> bool:
    return any(part in variants(word) for part in table.name.lower().split("_"))


def flag_named(phrase: str, tables: list[Table]) -> tuple[Table, Column] | None:
    """The boolean column whose words (with or without its verb) the phrase says."""
    said = phrase.lower().replace("-", " ").split()
    if not said or len(" ".join(said)) < 4:
        return None
    # A word of a table's name is its rows ("classes": class_types), not includes_classes.
    noun = len(said) == 1 and any(_named(said[0], t) for t in tables)
    for table in tables:
        for column in table.columns:
            if column.type.lower() != "boolean":
                continue
            parts = column.name.lower().split("_")
            verbed = len(parts) > 1 and parts[0] in FLAG_VERBS
            if _says(said, parts) or (verbed and not noun and _says(said, parts[1:])):
                return table, column
            if _between(said, parts[1:] if len(parts) == 3 and parts[0] in LEADS else parts):
                return table, column
            # "crew members in the union": is_union_member, less the words of its own table.
            own = [p for p in parts[1:] if _named(p, table)] if verbed and not noun else []
            if own and _says(said, [p for p in parts[1:] if p not in own]):
                return table, column
    return None


def _between(said: list[str], parts: list[str]) -> bool:
    """A flag's two words with one more between them, in a name's way: "the priority services
    register" is on_priority_register."""
    inner = said[1:-1]
    if len(parts) != 2 or len(inner) != 1 or inner[0] in FILLER:
        return False
    return _says([said[0], said[-1]], parts)


def flag_led(phrase: str, tables: list[Table]) -> tuple[Table, Column] | None:
    """ "fleet customers": the customers whose flag's words start so (is_fleet_account)."""
    said = phrase.lower().replace("-", " ").split()
    if len(said) < 2:
        return None
    lead, noun = said[:-1], said[-1]
    for table in tables:
        if table.name.lower() not in variants(noun):
            continue
        for column in table.columns:
            parts = column.name.lower().split("_")
            rest = parts[1:] if len(parts) > 1 and parts[0] in FLAG_VERBS else parts
            flagged = column.type.lower() == "boolean" and len(rest) > len(lead)
            if flagged and _says(lead, rest[: len(lead)]):
                return table, column
    return None


def friendly_flag(phrase: str, tables: list[Table]) -> tuple[Table, Column] | None:
    """ "dog-friendly": the one flag that lets the thing in (allows_dogs, pets_allowed)."""
    noun, dash, friendly = phrase.lower().partition("-")
    if not dash or friendly != "friendly":
        return None
    found = [
        (t, c)
        for t in tables
        for c in t.columns
        if c.type.lower() == "boolean"
        and (parts := set(c.name.lower().split("_"))) & PERMITS
        and parts & variants(noun)
    ]
    return found[0] if len(found) == 1 else None


def flag_words(phrase: str, tables: list[Table], placed: Placed) -> bool:
    """Whether the phrase names a flag by its words, or leads one of the table it names."""
    if (found := flag_named(phrase, tables) or friendly_flag(phrase, tables)) is not None:
        placed.columns.append(found)
        return True
    if (found := flag_led(phrase, tables)) is not None:
        placed.tables += [] if found[0] in placed.tables else [found[0]]
        placed.columns.append(found)
        return True
    said = phrase.lower().split()
    out = said[:2] == ["out", "of"] and len(said) == 3  # "out of stock": stock_qty = 0
    if out and (counted := numeric_column(said[2], tables, direct=True)) is not None:
        placed.equals.append((*counted, "0"))
        return True
    return False


def hyphen_value(word: str, values: Values, seen: set[str]) -> Hit | None:
    """ "left-footed": the value 'left' of a column named for the foot (preferred_foot)."""
    first, dash, second = word.partition("-")
    if not dash or "-" in second or not second.endswith("ed") or len(second) < 5:
        return None
    root = stem(second.removesuffix("ed"))
    for hit in values.find(first, fuzzy=False):
        parts = hit.column.lower().split("_")
        if hit.table in seen and any(stem(part) == root for part in parts):
            return hit
    return None


def root(word: str) -> str:
    """A word without the endings that make a doer, an act or a thing of it: rental → rent.

    "the cheapest rental" sorts by monthly_rent_eur, the price its noun's root names."""
    for suffix in ("als", "al"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return doer(word)


def derived_value(
    word: str, values: Values, seen: set[str], named: frozenset[str] = frozenset()
) -> Hit | None:
    """A one-word value the word derives from: housekeepers → 'housekeeping', rental → 'rent';
    one of a table already named first ("instructors teach snowboarding": their discipline)."""
    base = root(word)
    if len(word) < 6 or len(base) < 4:
        return None
    player = word.removesuffix("s").removesuffix("ist")  # cellist → 'cello', pianist → 'piano'
    for key, hits in values.by_key.items():
        played = player != word.removesuffix("s") and key in (player, player + "o")
        if not played and (" " in key or key[:4] != base[:4] or root(key) != base):
            continue
        if found := sorted(
            (h for h in hits if h.table in seen), key=lambda h: h.table not in named
        ):
            return found[0]
    return None


def another_word(phrase: str, value: str) -> bool:
    """Whether a close spelling is another word: 'intern' is no misspelt "internal".

    An inflection is the same word ("remotely" is 'remote', "boxes" 'box', "opened" 'open').
    """
    said, stored = normalized(phrase), normalized(value)
    short, long = sorted((said, stored), key=len)
    ending = long[len(short) :]
    inflected = ending in ("ly", "es", "ed")
    return (
        said != stored
        and long.startswith(short)
        and len(ending) >= 2
        and not inflected
        and ending.isalpha()
    )


def valued_rows(word: str, placed: Placed, tables: list[Table]) -> Table | None:
    """ "gold members": a plural that names nothing else, said after a value, is its rows."""
    if len(word) < 4 or not word.endswith("s") or not placed.values:
        return None
    table = next((t for t in tables if t.qualified == placed.values[-1].table), None)
    return table if table is not None and table not in placed.tables else None
