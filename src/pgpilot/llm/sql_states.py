"""States said in words rather than as stored: "did not start" is 'did_not_start', "in their
trial" is 'trialing'.

A value that holds a negation ('did_not_start', 'no_show') is said with it: the words are the
value, not a question that negates, so they are put as stored, one word. A row "in its trial",
"in recovery" or "on trial" is in the state whose value is the noun's verb in -ing
('trialing', 'recovering'), when the noun is no value itself.
"""

import re
from typing import Final

from pgpilot.sql.values import Values

# Words that negate, and the few words around them a stored value may hold.
NEGATED: Final = re.compile(
    r"(?i)\b(?:(?P<before>[a-z]+) )?(?P<neg>not|no|never|non)[ -](?P<after>[a-z]+(?: [a-z]+)?)\b"
)

# "in their trial", "on trial", "in recovery": a state said by its noun.
IN_STATE: Final = re.compile(
    r"(?i)\b(?:in|on) (?:their |its |his |her |the |a )?(?P<noun>[a-z]{3,})\b"
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
    text = NEGATED.sub(lambda m: _negated(m, values), text)
    return IN_STATE.sub(lambda m: _in_state(m, values), text)


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


def _in_state(found: re.Match[str], values: Values) -> str:
    """ "in their trial" → "trialing" when that is a value and "trial" is none."""
    noun = found["noun"].lower()
    if values.find(noun, fuzzy=False):
        return found[0]
    for root in dict.fromkeys((noun, noun.removesuffix("e"), noun.removesuffix("y"))):
        if stored := [
            h.value for h in values.find(f"{root}ing", fuzzy=False) if " " not in h.value
        ]:
            return stored[0]
    return found[0]
