"""Schema ranking: which tables a question is about, so a prompt carries only what fits."""

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Final

from pgpilot.sql.schema import Table

WORD: Final = re.compile(r"[a-z0-9]+")
NAME_WEIGHT: Final = 10.0
COLUMN_WEIGHT: Final = 3.0
COMMENT_WEIGHT: Final = 1.0
NEIGHBOUR_SHARE: Final = 0.3
CHARS_PER_TOKEN: Final = 4


@dataclass(frozen=True, slots=True)
class Ranked:
    """The tables chosen for a prompt, best first, and every table that was scored."""

    chosen: list[Table]
    considered: list[str]
    total: int


@lru_cache(maxsize=65_536)  # names and comments recur in every question's ranking
def stems(text: str) -> frozenset[str]:
    """Lower-case words of text with naive singular forms (orders → order, cities → city)."""
    found: set[str] = set()
    for word in WORD.findall(text.lower()):
        found.add(word)
        if word.endswith("ies") and len(word) > 4:
            found.add(word[:-3] + "y")
        elif word.endswith("es") and len(word) > 4:
            found.update({word[:-2], word[:-1]})
        elif word.endswith("s") and len(word) > 3:
            found.add(word[:-1])
    return frozenset(found)


def score(table: Table, words: frozenset[str]) -> float:
    """How much a question's words name this table, its columns and its comments."""
    total = NAME_WEIGHT * len(stems(table.name.replace("_", " ")) & words)
    for column in table.columns:
        total += COLUMN_WEIGHT * len(stems(column.name.replace("_", " ")) & words)
        if column.comment:
            total += COMMENT_WEIGHT * len(stems(column.comment) & words)
    if table.comment:
        total += COMMENT_WEIGHT * len(stems(table.comment) & words)
    return total


def rank(tables: Iterable[Table], question: str) -> list[tuple[Table, float]]:
    """Tables by relevance; foreign-key neighbours of relevant tables share some of it."""
    words = stems(question)
    by_name = {table.qualified: table for table in tables}
    scores = {name: score(table, words) for name, table in by_name.items()}
    bonus = dict.fromkeys(scores, 0.0)
    for name, table in by_name.items():
        for fk in table.foreign_keys:
            if fk.references in bonus:
                bonus[fk.references] += NEIGHBOUR_SHARE * scores[name]
                bonus[name] += NEIGHBOUR_SHARE * scores[fk.references]
    ranked = [(by_name[name], scores[name] + bonus[name]) for name in by_name]
    return sorted(ranked, key=lambda pair: (-pair[1], pair[0].qualified))


def fit(
    tables: Iterable[Table], question: str, *, budget_tokens: int, render: Callable[[Table], str]
) -> Ranked:
    """The most relevant tables whose rendering fits the token budget (at least one)."""
    ranked = rank(tables, question)
    chosen: list[Table] = []
    used = 0
    for table, _ in ranked:
        cost = len(render(table)) // CHARS_PER_TOKEN + 1
        if chosen and used + cost > budget_tokens:
            continue
        chosen.append(table)
        used += cost
    return Ranked(
        chosen=chosen,
        considered=[table.qualified for table in chosen],
        total=len(ranked),
    )
