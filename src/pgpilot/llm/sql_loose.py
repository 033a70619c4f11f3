"""Words a plain question can do without: verbs and fillers between the things it names.

"sessions Sofia Marino teaches", "payments received last month", "customers who drive a Tesla":
the foreign key, the date column or the value already says what the verb does. Such words are
left out only when what remains still asks for something besides whole tables (a value, a
column, a number, a date, a ranking or a group), so "how many orders were frobnicated" is still
refused, never answered as the count of every order. A negated question keeps every word (a
dropped "needed" in "never needed a repair" would turn it around), and so do names (a word
capitalised inside the question), numbers, comparatives ("stronger than": without it the
comparison would become an equality) and the question words that ask for a date or a person
("when", "who's"). The SQL says which words it did without.
"""

import re
from typing import Final

from pgpilot.llm.sql_placed import Placed
from pgpilot.llm.sql_question import Ask

# Lower-case words, none of them a negation nor a question word ("when did X join": a date is
# asked for; without "when" the rows of X would come back).
LOOSE: Final = re.compile(
    r"(?!(?:not|no|never|non|without|nobody|none|nothing|neither|nor|nowhere)$)"
    r"(?!(?:who|whom|whose|when)(?:['\u2019][a-z]+)?$)"
    r"[a-z]+(?:['\u2019][a-z]+)?"
)
NEGATED: Final = re.compile(r"(?i)\b(?:not|no|never|without|nobody|none|nothing|neither)\b|n't\b")


def loose_words(unplaced: list[str], said: str) -> list[str]:
    """The unplaced words, when every one may be left out of the question `said`; else none."""
    if not unplaced or NEGATED.search(said):
        return []
    for word in unplaced:
        if not LOOSE.fullmatch(word) or _capitalised(word, said) or _compares(word, said):
            return []
    return unplaced


def without(text: str, dropped: list[str]) -> str:
    """The text without the dropped words."""
    pattern = r"(?i)(?<![\w'\u2019-])(?:" + "|".join(map(re.escape, dropped)) + r")(?![\w'\u2019-])"
    return " ".join(re.sub(pattern, " ", text).split())


def still_asks(ask: Ask, placed: Placed) -> bool:
    """Whether the question, words left out, asks for more than whole tables."""
    named = placed.columns or placed.values or placed.equals or placed.excluded or placed.tests()
    shaped = ask.kind in ("most", "agg") or ask.group or ask.period or ask.filters
    return bool(named or shaped or ask.order or ask.adjective or ask.limit or ask.columns)


def noted(sql: str, dropped: list[str]) -> str:
    """The SQL, opened by a comment naming the words it did without."""
    quoted = ", ".join(repr(w) for w in dropped)
    return f"-- words left out: {quoted}\n{sql}"


def _capitalised(word: str, said: str) -> bool:
    """Whether the word is written with a capital inside the question (a name, not a verb)."""
    for found in re.finditer(rf"(?i)(?<![\w'\u2019-]){re.escape(word)}(?![\w'\u2019-])", said):
        if found.start() > 0 and found.group(0)[0].isupper():
            return True
    return False


def _compares(word: str, said: str) -> bool:
    """Whether the word is a comparative ("stronger than 12.5%"): without it, "= 12.5" is left."""
    return re.search(rf"(?i)(?<![\w'\u2019-]){re.escape(word)}\s+than\b", said) is not None
