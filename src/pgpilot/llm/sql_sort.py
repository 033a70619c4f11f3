"""What a listing is sorted by: a column named ("ordered by fee"), or the one its adjective means.

"the cheapest product": price ascending; "the earliest film released": release_date; "drew the
biggest crowd": attendance; "the longest stay": its end date less its start; "the highest
salary ceiling": salary_max.
"""

from typing import Final

from psycopg import sql as pgsql

from pgpilot.llm.sql_columns import numeric_column
from pgpilot.llm.sql_dated import dated_by
from pgpilot.llm.sql_degrees import AGE_WORDS, aged
from pgpilot.llm.sql_joins import column
from pgpilot.llm.sql_names import ADJECTIVES, LENGTHS, SIZE, NotUnderstood, is_numeric, variants
from pgpilot.llm.sql_question import Ask
from pgpilot.llm.sql_spans import span_dates
from pgpilot.llm.sql_stems import names_word
from pgpilot.llm.sql_units import PHYSICAL, dimension, hints_column
from pgpilot.llm.sql_vocab import STOP
from pgpilot.llm.sql_wordings import root
from pgpilot.llm.sql_words import words
from pgpilot.sql.schema import Column, Table

# Words for the bounds of a range held in two columns (salary_min, salary_max).
BOUNDS: Final = {
    **{"ceiling": "max", "maximum": "max", "upper": "max"},
    **{"minimum": "min", "lower": "min"},
}


def sort_column(
    ask: Ask, base: Table, adjective: str | None, tokens: list[str]
) -> tuple[pgsql.Composable, bool] | None:
    """What rows are sorted by, and whether descending: a column named, or the adjective's."""
    if ask.order:
        found = numeric_column(ask.order, [base])
        named = [c for c in base.columns if all(names_word(c.name, w) for w in words(ask.order))]
        sort = found[1] if found is not None else named[0] if named else None
        return None if sort is None else (column(base, sort.name), ask.descending)  # by title
    if adjective is None:
        return None
    hints, descending = ADJECTIVES[adjective]
    if (noun := _noun_measured(base, adjective, tokens)) is not None:
        return column(base, noun.name), descending  # "drew the biggest crowd": attendance
    said = [t for t in tokens if t != adjective]  # "the earliest film released": release_date
    if not hints and adjective not in AGE_WORDS and (on := dated_by(base, said, STOP)) is not None:
        return column(base, on.name), descending
    if not hints and (by_age := aged(base, adjective, descending)) is not None:
        return column(base, by_age[0].name), by_age[1]  # old, young, new: a birth, a start
    cols = [c for h in hints for c in base.columns if hints_column(c.name, h)]
    cols.sort(key=lambda c: not any(names_word(c.name, root(t), synonyms=False) for t in tokens))
    ids = set(base.primary_key) | {c for fk in base.foreign_keys for c in fk.columns}
    cols = cols or [
        c
        for c in base.columns
        if is_numeric(c) and c.name not in ids and any(names_word(c.name, t) for t in tokens)
    ]  # "the most expensive film to replace" → replacement_cost
    if not cols and hints == SIZE:  # "the biggest harvest": its one measure in tonnes
        sized = [c for c in base.columns if c.name not in ids and dimension(c) in PHYSICAL]
        cols = sized if len(sized) == 1 else []
    if not cols and hints == LENGTHS and (span := span_dates(base)) is not None:
        start, end = (column(base, c.name) for c in span)  # "the longest stay": its dates
        return pgsql.SQL("({} - {})").format(end, start), descending
    if not cols:
        raise NotUnderstood(f"which column of {base.name} makes it {adjective}?")
    return column(base, cols[0].name), descending


def _noun_measured(base: Table, adjective: str, tokens: list[str]) -> Column | None:
    """The number the noun after a superlative names, when it is no row of the table."""
    at = tokens.index(adjective) + 1 if adjective in tokens else len(tokens)
    noun = tokens[at] if at < len(tokens) else ""
    if not noun or noun in STOP or noun in variants(base.name.lower()):
        return None
    pair = [BOUNDS.get(w, w) for w in tokens[at : at + 2]]  # "salary ceiling": salary_max
    found = numeric_column(noun, [base])
    if len(pair) == 2 and pair[0] not in STOP and pair[1] not in STOP:
        found = numeric_column(" ".join(pair), [base], direct=True) or found
        found = numeric_column(" ".join(pair[::-1]), [base], direct=True) or found
    ids = set(base.primary_key) | {c for fk in base.foreign_keys for c in fk.columns}
    return found[1] if found is not None and found[1].name not in ids else None
