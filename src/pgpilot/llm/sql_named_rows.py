"""The row a phrase names: "Maas Tower", "the Marketing department", "repair order 44".

`named_row` finds a value in the data, with or without its table's word after or before it
("the Day Pass", "the X workshop": its name and its kind), else a row said by its key
(`sql_numbered`). A `Row` is the table and the columns and values that name it.
"""

from pgpilot.llm.sql_names import variants
from pgpilot.llm.sql_numbered import numbered
from pgpilot.llm.sql_words import words
from pgpilot.sql.schema import Table
from pgpilot.sql.values import Hit, Values

Row = tuple[Table, tuple[tuple[str, str], ...]]  # the table, the columns and values naming it


def named_row(phrase: str, tables: list[Table], values: Values) -> Row | None:
    """The row a phrase names by a value, with or without its table's word ("X department")."""
    said = words(phrase)
    by_name = {t.qualified: t for t in tables}
    tries: list[tuple[list[str], str | None]] = [(said, None)]
    if said[:1] in (["the"], ["a"], ["an"]):  # "the Marketing department", "a Pilates class"
        said = said[1:]
        tries.append((said, None))
    if len(said) > 1:
        tries += [(said[:-1], said[-1]), (said[1:], said[0])]
    # Exact values first: "the Day Pass" is 'Day Pass', not 'Three Day Pass' by close spelling.
    for fuzzy, (kept, noun) in ((f, t) for f in (False, True) for t in tries):
        for hit in values.find(" ".join(kept), fuzzy=fuzzy and len(kept) > 1):
            table = by_name.get(hit.table)
            if table is not None and (noun is None or _calls(table, noun)):
                return table, ((hit.column, hit.value),)
            kind = _kind(noun, hit, values) if table is not None and noun else None
            if table is not None and kind is not None:  # "the X workshop": its kind, too
                return table, ((hit.column, hit.value), kind)
    return numbered(phrase, tables)  # "repair order 44": by its key


def _calls(table: Table, noun: str) -> bool:
    """Whether a noun is the table's name or a word of it: "the Recruiter position", "a X class"."""
    name = table.name.lower()
    return noun in variants(name) or any(noun in variants(part) for part in name.split("_"))


def _kind(noun: str, named: Hit, values: Values) -> tuple[str, str] | None:
    """Another column's value of the named row's table that a word after its name says."""
    for hit in values.find(noun, fuzzy=False):
        if hit.table == named.table and hit.column != named.column:
            return hit.column, hit.value
    return None
