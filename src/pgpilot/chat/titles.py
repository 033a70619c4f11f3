"""A conversation's title, made from its first message."""

import re
from typing import Final

MAX_TITLE: Final = 50
MAX_WORDS: Final = 8
FALLBACK: Final = "New conversation"
# Articles and small conjunctions carry no meaning in a title.
SKIPPED: Final = frozenset(
    {"a", "an", "the", "and", "or", "but", "nor", "so", "yet", "if", "then", "than"}
)
WORD: Final = re.compile(r"\w[\w'\u2019-]*")


def generate_conversation_title(first_message: str) -> str:
    """Up to 8 meaningful words of the message, capitalised, at most 50 characters."""
    words = [w for w in WORD.findall(first_message) if w.lower() not in SKIPPED]
    title = ""
    for word in words[:MAX_WORDS]:
        candidate = f"{title} {_capitalised(word)}".strip()
        if len(candidate) > MAX_TITLE:
            break
        title = candidate
    if not title and words:
        return _capitalised(words[0])[: MAX_TITLE - 1] + "…"
    return title or FALLBACK


def _capitalised(word: str) -> str:
    return word[:1].upper() + word[1:]
