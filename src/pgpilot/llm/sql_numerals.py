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
from pgpilot.llm.sql_units import UNIT_WORD
from pgpilot.llm.sql_vocab import OPS, SPELLED
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
    r"(?i)\b(?P<lead>the|our|top|first|at least|at most|over|under|above|below|exactly|which|what|"
    + "|".join(k for k in OPS if k.endswith(" than"))  # "longer than two": longer than 2
    + r") (?P<n>"
    + "|".join(w for w in SPELLED if len(w) > 2)
    + r")\b"
)


# "our 3 largest vineyards": a possessive before a count is the count's article.
OWN_COUNT: Final = re.compile(r"(?i)\b(?:our|my) (?=\d+ )")


def in_digits(text: str) -> str:
    """The text with counts in digits: "at least five" → "at least 5", "our three" → "the 3"."""
    return OWN_COUNT.sub("the ", SPELLED_NUMBER.sub(_number, text))


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
    noun, said = found["noun"].lower(), found["n"].lower()
    if not _counts(noun, said, tables):
        return found[0]
    number = ORDINALS.get(said) or int(re.sub(r"\D", "", said))
    prep = (found["prep"] or "").lower()
    if prep in COMPARED:
        return f"{noun} {COMPARED[prep]} {number}"
    return f"{prep} {noun} {number}".lstrip()


def _counts(noun: str, ordinal: str, tables: list[Table]) -> bool:
    """Whether a noun names a numeric column that is no key (floor, minute, round).

    Not when the ordinal is a word of that column's name: "the first response" is
    first_response_minutes, not response number 1.
    """
    for table in tables:
        keys = set(table.primary_key) | {c for fk in table.foreign_keys for c in fk.columns}
        for col in table.columns:
            if (
                col.name not in keys
                and is_numeric(col)
                and names_word(col.name, noun, synonyms=False)
                and ordinal not in col.name.lower().split("_")
            ):
                return True
    return False


# "between 100 and 500 kg": both ends, inclusive; "hired between 2015 and 2019": whole years.
BETWEEN: Final = re.compile(
    r"(?i)\b(?P<lead>\w+ )?between (?P<a>\d+(?:\.\d+)?)(?: (?P<u1>" + UNIT_WORD + r"))? and "
    r"(?P<b>\d+(?:\.\d+)?)(?: (?P<u2>" + UNIT_WORD + r")\b)?(?: (?:tall|long|high|heavy)\b)?"
)
# Words before "between" that date a row: the numbers are years ("born between 1990 and 1999").
DATING: Final = frozenset({"born", "built", "made", "in", "during", "from"})
# "over 2 m tall", "under 5 kg heavy": the adjective after a measure is its comparative.
MEASURE_ADJECTIVE: Final = re.compile(
    r"(?i)\b(?P<op>over|more than|above|under|less than|below) (?P<n>\d+(?:\.\d+)?) "
    r"(?P<unit>" + UNIT_WORD + r") (?P<adj>tall|long|high|heavy)\b"
)
COMPARATIVE: Final = {
    ("tall", ">"): "taller",
    ("tall", "<"): "shorter",
    ("long", ">"): "longer",
    ("long", "<"): "shorter",
    ("high", ">"): "higher",
    ("high", "<"): "lower",
    ("heavy", ">"): "heavier",
    ("heavy", "<"): "lighter",
}
# "heavier than a tonne", "longer than a mile", "at least a day": one of the unit.
ONE_OF_UNIT: Final = re.compile(
    r"(?i)\b(?P<op>than|under|over|above|below|least|most) an? "
    r"(?=(?:tonne|ton|kilo|kilogram|metre|meter|kilometre|kilometer|mile|litre|liter|minute"
    r"|hour|day|week)\b)"
)


def ranges(text: str) -> str:
    """ "between 100 and 500 kg" as two bounds, "2 m tall" as "taller than 2 m", "a tonne" as 1."""
    text = ONE_OF_UNIT.sub(r"\g<op> 1 ", text)
    text = MEASURE_ADJECTIVE.sub(_comparative, text)
    return BETWEEN.sub(_bounds, text)


def _comparative(found: re.Match[str]) -> str:
    op = ">" if found["op"].lower() in ("over", "more than", "above") else "<"
    return f"{COMPARATIVE[(found['adj'].lower(), op)]} than {found['n']} {found['unit']}"


def _bounds(found: re.Match[str]) -> str:
    lead, low, high = found["lead"] or "", found["a"], found["b"]
    unit = found["u2"] or found["u1"] or ""
    dating = lead.strip().lower() in DATING or lead.strip().lower().endswith("ed")
    if not unit and dating and all(re.fullmatch(r"1[89]\d\d|20\d\d", n) for n in (low, high)):
        return f"{lead}since {low} and before {int(high) + 1}"
    said = f" {unit}" if unit else ""
    return f"{lead}at least {low}{said} and at most {high}{said}"


def bound_named(text: str, fn: str, tables: list[Table]) -> str:
    """ "maximum salary" where max_salary_eur is a column: that column, not max() of another.

    `text` is what follows "the maximum" or "the minimum" (fn max or min); its first word is
    replaced by the one numeric column it names whose name holds the bound too, in a table the
    rest names ("for the Recruiter position"): "the maximum salary" alone stays an aggregate.
    """
    first, _, rest = text.partition(" ")
    said = re.findall(r"[a-z]+", rest.lower())
    tables = [t for t in tables if any(names_word(t.name, w, synonyms=False) for w in said)]
    bound = {"max": ("max", "maximum"), "min": ("min", "minimum")}.get(fn, ())
    found = [
        c.name
        for t in tables
        for c in t.columns
        if is_numeric(c)
        and set(c.name.lower().split("_")) & set(bound)
        and names_word(c.name, first.lower(), synonyms=False)
    ]
    return f"{found[0]} {rest}".strip() if len(set(found)) == 1 else text
