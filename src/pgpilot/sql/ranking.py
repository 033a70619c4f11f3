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


def weights(table: Table) -> dict[str, float]:
    """Each stem of the table's name, columns and comments, with what naming it is worth."""
    found: dict[str, float] = {}
    parts = [(table.name.replace("_", " "), NAME_WEIGHT), (table.comment, COMMENT_WEIGHT)]
    for column in table.columns:
        parts += [(column.name.replace("_", " "), COLUMN_WEIGHT), (column.comment, COMMENT_WEIGHT)]
    for text, weight in parts:
        for stem in stems(text) if text else ():
            found[stem] = found.get(stem, 0.0) + weight
    return found


def score(table: Table, words: frozenset[str]) -> float:
    """How much a question's words name this table, its columns and its comments."""
    found = weights(table)
    return sum(found.get(word, 0.0) for word in words)


class SchemaIndex:
    """A schema's stems by word, made once per load of the schema (sql/cache.py): a question
    then costs a look-up per word of it, not a pass over every column."""

    def __init__(self, tables: Iterable[Table]) -> None:
        by_name = {table.qualified: table for table in tables}
        self.tables = list(by_name.values())
        position = {name: index for index, name in enumerate(by_name)}
        self._order = [position[name] for name in sorted(by_name)]
        self._by_stem: dict[str, list[tuple[int, float]]] = {}
        for index, table in enumerate(self.tables):
            for stem, weight in weights(table).items():
                self._by_stem.setdefault(stem, []).append((index, weight))
        self._links = [
            (index, position[fk.references])
            for index, table in enumerate(self.tables)
            for fk in table.foreign_keys
            if fk.references in position
        ]
        self._costs: dict[Callable[[Table], str], list[int]] = {}

    def rank(self, question: str) -> list[tuple[Table, float]]:
        """Tables by relevance; foreign-key neighbours of relevant tables share some of it."""
        return [(self.tables[index], total) for index, total in self._ranked(question)]

    def fit(self, question: str, *, budget_tokens: int, render: Callable[[Table], str]) -> Ranked:
        """The most relevant tables whose rendering fits the token budget (at least one)."""
        costs = self._costs.get(render)
        if costs is None:
            costs = [len(render(table)) // CHARS_PER_TOKEN + 1 for table in self.tables]
            self._costs[render] = costs
        chosen: list[Table] = []
        used = 0
        for index, _ in self._ranked(question):
            if chosen and used + costs[index] > budget_tokens:
                continue
            chosen.append(self.tables[index])
            used += costs[index]
        return Ranked(
            chosen=chosen, considered=[table.qualified for table in chosen], total=len(self.tables)
        )

    def _ranked(self, question: str) -> list[tuple[int, float]]:
        scores = [0.0] * len(self.tables)
        for word in stems(question):
            for index, weight in self._by_stem.get(word, ()):
                scores[index] += weight
        bonus = [0.0] * len(self.tables)
        for child, parent in self._links:  # in the tables' order, as sums must add up alike
            if scores[child] or scores[parent]:
                bonus[parent] += NEIGHBOUR_SHARE * scores[child]
                bonus[child] += NEIGHBOUR_SHARE * scores[parent]
        totals = [score + extra for score, extra in zip(scores, bonus, strict=True)]
        # Best first, ties by name; tables nothing names keep their name order after them all.
        named = sorted((i for i in self._order if totals[i]), key=lambda i: -totals[i])
        return [(i, totals[i]) for i in (*named, *(i for i in self._order if not totals[i]))]


def rank(tables: Iterable[Table], question: str) -> list[tuple[Table, float]]:
    """Tables by relevance (an index made for this one question)."""
    return SchemaIndex(tables).rank(question)


def fit(
    tables: Iterable[Table], question: str, *, budget_tokens: int, render: Callable[[Table], str]
) -> Ranked:
    """The most relevant tables whose rendering fits the token budget (at least one)."""
    return SchemaIndex(tables).fit(question, budget_tokens=budget_tokens, render=render)
