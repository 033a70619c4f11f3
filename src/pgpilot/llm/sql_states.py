"""States stored with a negation in them, said in words: "did not start" is 'did_not_start'.

A value that holds a negation ('did_not_start', 'no_show') is said with it: the words are the
value, not a question that negates, so they are put as stored, one word.
"""

import re
from typing import Final

from pgpilot.sql.values import Values

# Words that negate, and the few words around them a stored value may hold.
NEGATED: Final = re.compile(
    r"(?i)\b(?:(?P<before>[a-z]+) )?(?P<neg>not|no|never|non)[ -](?P<after>[a-z]+(?: [a-z]+)?)\b"
)


def states_said(text: str, values: Values | None) -> str:
    """The text with states said in words put as stored.

    >>> from pgpilot.sql.values import index
    >>> said = index({("public.runs", "status"): ["finished", "did_not_start"]})
    >>> states_said("runners who did not start", said)
    'runners who did_not_start'
    >>> states_said("runners who did not finish", said)
    'runners who did not finish'
    """
    if values is None:
        return text
    return NEGATED.sub(lambda m: _negated(m, values), text)


def _negated(found: re.Match[str], values: Values) -> str:
    """ "did not start" → "did_not_start" where that is a value written as one word."""
    before = [found["before"]] if found["before"] else []
    after = found["after"].split()
    for lead in (before, []):
        for tail in (after, after[:1]):
            said = " ".join([*lead, found["neg"], *tail])
            stored = [h.value for h in values.find(said, fuzzy=False) if " " not in h.value]
            if stored:
                kept = before[: len(before) - len(lead)]
                return " ".join([*kept, stored[0], *after[len(tail) :]])
    return found[0]
