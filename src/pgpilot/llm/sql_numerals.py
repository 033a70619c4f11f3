"""Numbers said in words: counts spelled out, and ordinals that name a number of a column.

"the five largest" → "the 5 largest", "which three trainers" → "which 3 trainers" ("which
one" stays). "galleries on the second floor" → "galleries on floor 2"; "goals scored after the
85th minute" → "goals scored minute over 85"; "before the 3rd round" → "round under 3". Only
when the noun after the ordinal names a numeric column of the schema (floor, minute, round,
lap) that is no key: "the first order" or "the 2nd of May" keep their words.
"""

import re
from typing import Final

from pgpilot.llm.sql_names import is_numeric
from pgpilot.llm.sql_stems import names_word
from pgpilot.llm.sql_vocab import SPELLED
from pgpilot.sql.schema import Table

ORDINALS: Final = {
    **{"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6},
    **{"seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12},
    **{"thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "twentieth": 20},
}
ORDINAL: Final = re.compile(
    r"(?i)\b(?:(?P<prep>after|past|beyond|later than|before|earlier than|until|up to|from|on|"
    r"in|at|of) )?the (?P<n>\d+(?:st|nd|rd|th)|" + "|".join(ORDINALS) + r") (?P<noun>[a-z]+)\b"
)
# The comparison a preposition makes with the number: after the 85th minute → minute over 85.
COMPARED: Final = {
    "after": "over",
    "past": "over",
    "beyond": "over",
    "later than": "over",
    "before": "under",
    "earlier than": "under",
    "until": "at most",
    "up to": "at most",
    "from": "at least",
}


# A number spelled after a word that counts or compares: "the five largest" → "the 5 largest".
SPELLED_NUMBER: Final = re.compile(
    r"(?i)\b(?P<lead>the|top|first|at least|at most|more than|fewer than|less than|over|under|"
    r"above|below|exactly|which|what) (?P<n>" + "|".join(w for w in SPELLED if len(w) > 2) + r")\b"
)


def in_digits(text: str) -> str:
    """The text with counts in digits: "at least five" → "at least 5"."""
    return SPELLED_NUMBER.sub(_number, text)


def _number(found: re.Match[str]) -> str:
    """ "the five largest" → "the 5 largest"; "which three trainers", not "which one"."""
    number = SPELLED[found["n"].lower()]
    if number == 1 and found["lead"].lower() in ("which", "what"):
        return found[0]
    return f"{found['lead']} {number}"


def ordinals(text: str, tables: list[Table]) -> str:
    """The text with "the Nth <column word>" as the column and its number."""
    return ORDINAL.sub(lambda found: _numbered(found, tables), text)


def _numbered(found: re.Match[str], tables: list[Table]) -> str:
    noun = found["noun"].lower()
    if not _counts(noun, tables):
        return found[0]
    said = found["n"].lower()
    number = ORDINALS.get(said) or int(re.sub(r"\D", "", said))
    prep = (found["prep"] or "").lower()
    if prep in COMPARED:
        return f"{noun} {COMPARED[prep]} {number}"
    return f"{prep} {noun} {number}".lstrip()


def _counts(noun: str, tables: list[Table]) -> bool:
    """Whether a noun names a numeric column that is no key (floor, minute, round)."""
    for table in tables:
        keys = set(table.primary_key) | {c for fk in table.foreign_keys for c in fk.columns}
        for col in table.columns:
            if (
                col.name not in keys
                and is_numeric(col)
                and names_word(col.name, noun, synonyms=False)
            ):
                return True
    return False
