"""A phrase read as a value found in the data, and the table whose value it is.

"business class": fare_class = 'business'; "bugs": issue_type = 'bug' (a plural of a stored
value); "left-footed": preferred_foot = 'left'. A word of a column's name is no value ("amount
paid": paid_at), and of a value's places the one in a table the question names is taken.
"""

from pgpilot.llm import sql_wordings as nouns
from pgpilot.llm.sql_dated import names_a_date
from pgpilot.llm.sql_names import variants
from pgpilot.llm.sql_placed import Placed
from pgpilot.llm.sql_stems import names_word, verb_names
from pgpilot.llm.sql_vocab import STOP
from pgpilot.sql.schema import Table
from pgpilot.sql.values import Hit, Values


def value_named(
    phrase: str,
    tokens: list[str],
    values: Values,
    placed: Placed,
    seen: set[str],
    mentioned: list[Table],
    purpose: bool = False,
) -> bool:
    if len(tokens) == 1 and (tokens[0] in STOP or tokens[0].isdigit()):
        return False
    named = [*placed.tables, *(t for t, _ in placed.columns)]
    exact = purpose and bool(values.find(phrase, fuzzy=False))  # "for rent": a kind, said so
    if len(tokens) == 1 and not exact and column_token(tokens[0], Placed(), named):
        return False  # "amount paid": a column's word (paid_at) of a named table, not a value
    # A table's word said last ("annual plans") keeps a close spelling ('Annual Plus') out.
    ruled = len(tokens) > 1 and any(tokens[-1] in variants(t.name.lower()) for t in mentioned)
    ruled = ruled or tokens[-1] in STOP  # "shoot in" is no close spelling of 'shooting'
    found = values.find(phrase, fuzzy=not ruled and (len(tokens) > 1 or len(phrase) >= 5))
    # A plural of a stored value names rows of that kind: "bugs" → issue_type = 'bug'.
    for single in () if found else sorted(variants(tokens[-1]) - {tokens[-1]}, key=len):
        if len(single) >= 2 and len(single) < len(tokens[-1]):
            found = found or values.find(" ".join([*tokens[:-1], single]), fuzzy=False)
    found = tuple(hit for hit in found if not nouns.another_word(phrase, hit.value))
    hits = tuple(hit for hit in found if hit.table in seen)
    if not hits and (compound := nouns.hyphen_value(phrase, values, seen)) is not None:
        hits = (compound,)  # "left-footed": preferred_foot = 'left'
    if not hits:
        return False
    placed.values.append(best_hit(hits, placed, mentioned))
    return True


def best_hit(hits: tuple[Hit, ...], placed: Placed, mentioned: list[Table]) -> Hit:
    """Of a value's places, one in a table already named, else one the question names later."""
    for named in (placed.tables, mentioned):
        found = [h for h in hits if h.table in {t.qualified for t in named}]
        if found:
            return found[0]
    return hits[0]


def column_token(word: str, placed: Placed, tables: list[Table], *, direct: bool = False) -> bool:
    """A word that is part of a column's name (rated → rating) is placed, as a hint."""
    for table in [*placed.tables, *tables]:
        names = [table.name, *(c.name for c in table.columns)]
        if any(names_word(name, word, synonyms=not direct) for name in names):
            return True
        # "borrowed": the loans table's act; "renewal": its renews_on
        if not direct and (verb_names(table.name, word) or names_a_date(table, word)):
            return True
    return False
