"""Adjectives of degree: their inflected forms, and the dates and years that age a row.

"costliest" is "costly", "biggest" is "big", "younger" is "young": English forms the
comparative and superlative by -er/-est (doubling a last consonant, y → i), so one base form in
`ADJECTIVES` serves all three. "Old" and "young" measure a row's age (a birth date, a year
built, an age); "new" and "recent" its start (hired, opened, created), else its first date.
"""

import re
from collections.abc import Mapping
from typing import Final

from pgpilot.sql.schema import Column, Table

# Parts of a column's name that date a row's beginning, by what its age means.
BIRTH: Final = ("birth", "born", "dob", "built", "founded", "established", "constructed")
START: Final = (
    *("built", "founded", "established", "opened", "created", "started", "joined"),
    *("hired", "published", "released", "registered", "signed", "made", "launched"),
)
AGE_WORDS: Final = frozenset(
    {"old", "older", "oldest", "elder", "eldest", "young", "younger", "youngest"}
)
INTEGER: Final = ("smallint", "integer", "bigint", "numeric")
# Verbs that measure what an adjective of degree sorts by: what costs the most is the costliest.
MEASURING: Final = {
    ("cost", "most"): "costliest",
    ("cost", "least"): "cheapest",
    ("weigh", "most"): "heaviest",
    ("weigh", "least"): "lightest",
    ("last", "most"): "longest",
    ("last", "least"): "shortest",
    ("last", "longest"): "longest",
    ("last", "shortest"): "shortest",
    ("charge", "most"): "costliest",
    ("charge", "least"): "cheapest",
}
VERB_DEGREE: Final = re.compile(
    r"(?i)^(?:which|what) (?P<n>(?:\d+|two|three|four|five|six|seven|eight|nine|ten) )?"
    r"(?P<who>[\w ]+?) (?P<verb>cost|costs|weigh|weighs|last|lasts|charge|charges) "
    r"(?:the )?(?P<deg>most|least|longest|shortest)(?P<rest> [\w ]+)?$"
)
# "which class lasts the longest", "which airport sits highest": a verb of measure, then the
# superlative that measures it; as "the longest class".
VERB_SUPERLATIVE: Final = re.compile(
    r"(?i)^(?:which|what) (?P<who>[\w ]+?) (?:lasts?|runs?|weighs?|costs?|measures?|stands?|"
    r"sits?|takes?|goes|travels?) (?:the )?(?P<deg>\w+est)(?P<rest> [\w ]+)?$"
)

# "which artwork is insured for the most", "which house sold for the least": the participle
# measures, as "the most insured artwork" does; "used for the most flights" counts (elsewhere).
PARTICIPLE_DEGREE: Final = re.compile(
    r"(?i)^(?:which|what) (?P<who>[\w ]+?) (?:(?:is|are|was|were|got|get|gets) )?"
    r"(?P<part>[a-z]+ed) (?:for|at) (?:the )?(?P<deg>most|least)$"
)

Meaning = tuple[tuple[str, ...], bool]


def inflected(adjectives: Mapping[str, Meaning]) -> dict[str, Meaning]:
    """Comparative and superlative forms of the short base adjectives not already listed."""
    forms: dict[str, Meaning] = {}
    for word, meaning in adjectives.items():
        for form in _forms(word):
            if form not in adjectives:
                forms[form] = meaning
    return forms


def _forms(word: str) -> tuple[str, ...]:
    # Only short adjectives inflect: one syllable (a silent e aside), or two ending in y.
    syllables = len(re.findall(r"[aeiouy]+", word.removesuffix("e")))
    short = syllables == 1 or (syllables == 2 and word.endswith("y"))
    if word.endswith(("st", "er")) or len(word) < 3 or not short:
        return ()  # already a degree: best, worst, latest
    if word.endswith("ey"):
        return word[:-2] + "ier", word[:-2] + "iest"  # pricey → pricier, priciest
    if word.endswith("e"):
        return word + "r", word + "st"  # large → larger, largest
    if word.endswith("y") and word[-2] not in "aeiou":
        return word[:-1] + "ier", word[:-1] + "iest"  # costly → costlier, costliest
    if word[-1] not in "aeiouwxy" and word[-2] in "aeiou" and word[-3] not in "aeiou":
        double = word + word[-1]
        return double + "er", double + "est"  # big → bigger, biggest
    return word + "er", word + "est"


def measured_by_verb(text: str) -> str:
    """ "which book costs the most to replace" said as "the costliest book to replace"; "which
    artwork is insured for the most" as "the most insured artwork"."""
    if (said := PARTICIPLE_DEGREE.match(text)) is not None:
        return f"the {said['deg']} {said['part']} {said['who']}"
    if (said := VERB_SUPERLATIVE.match(text)) is not None:
        return f"the {said['deg']} {said['who']}{said['rest'] or ''}"
    found = VERB_DEGREE.match(text)
    if found is None:
        return text
    verb = found["verb"].lower().removesuffix("s")
    adjective = MEASURING.get((verb, found["deg"].lower()))
    if adjective is None:
        return text  # "costs the longest": no degree that verb measures
    return f"the {found['n'] or ''}{adjective} {found['who']}{found['rest'] or ''}"


# "the first attendee to sign up", "the last order to ship": the earliest or latest by the date
# the verb names; "the members who joined first" likewise. A number or a period after "first"
# or "last" ("the first 5", "last month") is no rank.
FIRST_TO: Final = re.compile(
    r"(?i)\bthe (?P<which>first|last) (?!(?:day|week|month|quarter|year)s?\b)(?P<who>[a-z]\w*) "
    r"(?P<rest>(?:to|who|that) \w+.*)$"
)
WHO_FIRST: Final = re.compile(
    r"(?i)^(?P<head>.*?)\b(?:the )?(?P<who>[a-z]\w*) (?P<rest>(?:who|that) \w+(?: \w+)?) "
    r"(?P<which>first|last)$"
)
WHICH_FIRST: Final = re.compile(
    r"(?i)^(?:which|what|the)(?P<of> of (?:our|the|your|these|those))? (?P<who>[a-z]\w*) "
    r"(?P<verb>(?:was |were |is )?\w+(?: up| in| out| on)?) "
    r"(?P<which>first|last)$"
)
RANK: Final = {"first": "earliest", "last": "latest"}


def ranked_by_date(text: str) -> str:
    """ "the first attendee to sign up" said as "the earliest attendee to sign up"."""
    if found := FIRST_TO.search(text):
        rank = RANK[found["which"].lower()]
        return f"{text[: found.start()]}the {rank} {found['who']} {found['rest']}"
    if found := WHO_FIRST.match(text):
        rank = RANK[found["which"].lower()]
        return f"{found['head']}the {rank} {found['who']} {found['rest']}"
    if found := WHICH_FIRST.match(text):
        rank = RANK[found["which"].lower()]
        # "which of our films was released first": one film, though "films" is plural.
        one = "1 " if found["of"] and found["verb"].lower().startswith(("was ", "is ")) else ""
        return f"the {one}{rank} {found['who']} who {found['verb']}"
    return text


def aged(table: Table, adjective: str, descending: bool) -> tuple[Column, bool] | None:
    """The column (and direction) that makes a row old, young, new or recent."""
    if adjective.lower() in AGE_WORDS:
        for column in table.columns:
            if _parts(column) & set(BIRTH) and _dated(column):
                return column, descending  # the oldest: the earliest birth
        for column in table.columns:
            if "age" in _parts(column) and column.type.lower().startswith(INTEGER):
                return column, not descending  # the oldest: the highest age
    for column in table.columns:
        if _parts(column) & set(START) and _dated(column):
            return column, descending
    dated = [c for c in table.columns if _dated(c) and not _parts(c) & set(BIRTH)]
    dated = dated or [c for c in table.columns if _dated(c)]
    return (dated[0], descending) if dated else None


def _parts(column: Column) -> set[str]:
    return set(column.name.lower().split("_"))


def _dated(column: Column) -> bool:
    """A date or time, or a year held as a number (built_year)."""
    kind = column.type.lower()
    if kind.startswith(("timestamp", "date")):
        return True
    return column.name.lower().split("_")[-1] == "year" and kind.startswith(INTEGER)
