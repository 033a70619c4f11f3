"""Values and flags stored under another everyday word: "corporate donors" → donor_type =
'company', "free passes" → is_complimentary.

`ALIKE` is a small lexicon of everyday English adjectives and nouns that people say for a kind
a database stores in other words (a corporate donor is a 'company', a private client an
'individual'). A word is read so only when it names nothing itself, and only when exactly one
of its alike words is a value found in the data of a table in the prompt.
"""

from typing import Final

from pgpilot.sql.values import Hit, Values

_GROUPS: Final = (
    "company corporate corporation business commercial firm",
    "individual private personal",
    "annual yearly",
    "complimentary free gratis",
    "declined rejected refused",
)
ALIKE: Final = {
    word: tuple(w for w in group.split() if w != word)
    for group in _GROUPS
    for word in group.split()
}


def alike(word: str) -> tuple[str, ...]:
    """The words alike to a word: free → complimentary, gratis."""
    return ALIKE.get(word.lower(), ())


def alike_value(word: str, values: Values, seen: set[str]) -> Hit | None:
    """The one value, in the tables seen, stored under a word alike to the one said.

    >>> ALIKE["corporate"][:2]
    ('company', 'corporation')
    """
    found = [
        hit for other in alike(word) for hit in values.find(other, fuzzy=False) if hit.table in seen
    ]
    return found[0] if len({(h.table, h.column, h.value) for h in found}) == 1 else None
