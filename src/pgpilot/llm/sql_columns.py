"""The column a question means in a table: a number it names, its date, the label of a row.

"stock" → units_in_stock, "calories" → kcal (by comment), "shipped" → shipped_at; a row is read
by its name, title, first and last name or email.
"""

from typing import Final

from pgpilot.llm.sql_dated import dated_by, made_column
from pgpilot.llm.sql_names import PRICE, NotUnderstood, is_numeric, is_temporal, variants
from pgpilot.llm.sql_stems import names_word, synonym_column
from pgpilot.llm.sql_synonyms import commented_column
from pgpilot.llm.sql_units import bare_name, hints_column
from pgpilot.llm.sql_vocab import DATE_WORDS, FILLER, STOP
from pgpilot.sql.schema import Column, Table

# Words a column's name leaves out: "years of experience" → years_experience.
SMALL: Final = frozenset({"of", "the", "a", "an"})
# The last word of a column holding a row's mark when it has no name: a code, a number.
MARKS: Final = frozenset({"code", "no", "number", "ref", "reference", "registration", "serial"})


def phrase_column(phrase: str, tables: list[Table]) -> tuple[Table, Column] | None:
    """The numeric column several words name by its parts in order ("fees charged": fee_charged).

    >>> phrase_column("fees", [])
    """
    said = phrase.lower().split()
    short = [w for w in said if w not in SMALL]
    if len(said) < 2 or not short:
        return None
    joined = variants("_".join(said)) | variants("_".join(short))
    joined |= {"_".join([head, *short[1:]]) for head in variants(short[0])}
    if len(short) == 2:  # "the awarded amount": amount_awarded
        joined |= variants("_".join(reversed(short)))
    for table in tables:
        for column in table.columns:
            named = {column.name.lower(), bare_name(column.name)}
            if is_numeric(column) and named & joined:
                return table, column
    return None


def numeric_column(
    word: str, tables: list[Table], *, direct: bool = False
) -> tuple[Table, Column] | None:
    """A numeric column a word names in one of the tables (stock, price); `direct`: no synonym.

    Several words name a column by its parts in order: "loyalty points", "years of experience".
    """
    if (phrased := phrase_column(word, tables)) is not None:
        return phrased
    wanted = variants(word)
    for table in tables if not direct else ():
        for column in table.columns:
            if (column.name.lower() in wanted or bare_name(column.name) in wanted) and is_numeric(
                column
            ):
                return table, column
    if not direct and (found := synonym_column(word, tables, numeric=True)):
        return found
    if not direct and (said := commented_column(word, tables)) and is_numeric(said[1]):
        return said  # "calories": kcal, commented "energy in calories"
    if word in FILLER or word in STOP:
        return None
    usable = [
        (table, column)
        for table in tables
        for column in table.columns
        if is_numeric(column)
        and column.name not in {c for fk in table.foreign_keys for c in fk.columns}
        and column.name not in table.primary_key
    ]
    whole = variants(word)  # "hours": hours_per_week before hourly_wage
    for table, column in usable:
        if whole & set(column.name.lower().split("_")):
            return table, column
    for table, column in usable:  # "rated" → rating, "costing" → shipping_cost
        if names_word(column.name, word, synonyms=False):
            return table, column
    return None


def price_column(table: Table) -> Column | None:
    """The table's one price-like number (fee, price, cost…), if it has exactly one."""
    found = [
        c
        for c in table.columns
        if is_numeric(c) and any(hints_column(c.name, hint) for hint in PRICE)
    ]
    return found[0] if len(found) == 1 else None


def date_column(table: Table, tokens: list[str]) -> Column:
    """The date column a question means: one its words name (shipped), else the table's first."""
    dated = [c for c in table.columns if is_temporal(c)]
    if not dated:
        raise NotUnderstood(f"{table.name} has no date column")
    named = dated_by(table, tokens, set(STOP) | variants(table.name.lower()))
    if named is not None:  # "born" → birth_date, "taken in" → intake_date
        return named
    if (made := made_column(table, tokens)) is not None:  # "bookings made in 2024": booked_at
        return made
    if set(tokens) & set(DATE_WORDS):
        for column in dated:
            if column.name.lower().startswith(("created", "signed", "joined", "registered")):
                return column
    return dated[0]


def label_columns(table: Table) -> list[Column]:
    """The columns a person reads a row by: name, title, first and last name, email, a code…"""
    by_name = {column.name.lower(): column for column in table.columns}
    for wanted in ("name", "title", "full_name", "label"):
        if wanted in by_name:
            return [by_name[wanted]]
    if table.name.lower() in by_name and not is_numeric(by_name[table.name.lower()]):
        return [by_name[table.name.lower()]]  # city.city, country.country
    if "first_name" in by_name and "last_name" in by_name:
        return [by_name["first_name"], by_name["last_name"]]
    named = [c for n, c in by_name.items() if n.endswith("_name") and not is_numeric(c)]
    if len(named) == 1:  # company_name, brand_name
        return named
    for wanted in (
        "username",
        "handle",
        "login",
        "registration",
        "reference",
        "email",
        "sku",
        "code",
    ):
        if wanted in by_name:
            return [by_name[wanted]]
    keys = {c for fk in table.foreign_keys for c in fk.columns} | set(table.primary_key)
    marked = [  # flight_no, tail_number, booking_ref: the mark a row is known by
        c
        for n, c in by_name.items()
        if n.split("_")[-1] in MARKS and n not in keys and not c.nullable and not is_numeric(c)
    ]
    return marked[:1]


def headed(table: Table, phrase: str) -> Column | None:
    """The one column the phrase's last word names, its first words said of the row's kind.

    "the fundraising goal" of a campaign is its goal_amount: no column names "fundraising goal"
    whole, one names "goal". None when the last word names no column or more than one.
    """
    said = [w for w in phrase.lower().split() if w not in SMALL]
    if len(said) < 2:
        return None
    keys = set(table.primary_key) | {c for fk in table.foreign_keys for c in fk.columns}
    found = [c for c in table.columns if c.name not in keys and names_word(c.name, said[-1])]
    return found[0] if len(found) == 1 else None
