"""People and groups held only as a name in a text column: "vet" → vet_name, "donor" → donor_name.

A schema often keeps who did something as text beside the row ("treatments.vet_name",
"donations.donor_name", "sales.cashier_name") instead of a table of its own. The person word is
the first part of such a column's name, so "which vet has performed the most surgeries", "total
treatment cost for each vet" and "top 3 donors by total given" group by that column. A table of
that name is always taken first; this only places a word nothing else has. "which groomers have
done a nail trim" lists the distinct names; "club members" are the rows whose club_tier is set.
"""

from typing import TYPE_CHECKING, Final

from pgpilot.llm.sql_names import NotUnderstood, variants
from pgpilot.llm.sql_placed import Placed
from pgpilot.sql.schema import Column, Table

if TYPE_CHECKING:
    from pgpilot.llm.sql_question import Ask

_NAMES: Final = ("name", "full_name")  # the text a person or group is held as
_TEXT: Final = ("text", "character varying", "varchar", "character", "citext")
# Parts of one person's name, not a person: "first class" is no first_name.
_NAME_PARTS: Final = frozenset(
    {"first", "last", "middle", "given", "family", "full", "nick", "display", "legal"}
    | {"preferred", "short", "long", "maiden", "sur", "second", "other", "alt", "user"}
)


def person_word(column: Column) -> str | None:
    """The person or group a text column names (vet_name → "vet"); None for other columns."""
    if not column.type.lower().startswith(_TEXT):
        return None
    head, _, rest = column.name.lower().partition("_")
    return head if rest in _NAMES and head and head not in _NAME_PARTS else None


def person_column(wanted: set[str], tables: list[Table], placed: Placed) -> bool:
    """Whether a person word names a text column of the tables, placed first ("vet": vet_name)."""
    for table in tables:
        if person := next((c for c in table.columns if person_word(c) in wanted), None):
            placed.columns.append((table, person))
            return True
    return False


def member_column(before: str, word: str, tables: list[Table]) -> tuple[Table, Column] | None:
    """ "club members": the rows with a club_tier (a nullable column whose first word is "club").

    Being a member of something is having its value: a loyalty_tier, a club_level, a union_id.
    """
    if word not in ("member", "members") or not before:
        return None
    for table in tables:
        for column in table.columns:
            head, _, rest = column.name.lower().partition("_")
            if head == before and rest and column.nullable and column.type.lower() != "boolean":
                return table, column
    return None


def person_listed(ask: "Ask", tables: list[Table], negated: bool) -> None:
    """ "which groomers have done a nail trim": their distinct names, not the rows holding them.

    A negated one ("which groomers have never …") is refused: the names are no table of their
    own whose rows could be kept when nothing matches.
    """
    first = ask.text.lower().split()[:2]
    if ask.kind != "list" or ask.columns or not first:
        return
    said = variants(first[0])
    nouns = [variants(w) for w in first]  # "vet treatments": the treatments, named after
    if any(t.name.lower() in named for t in tables for named in nouns):
        return
    for table in tables:
        for column in table.columns:
            if person_word(column) in said:
                if negated:
                    raise NotUnderstood(f"I could not place {first[0]!r} in the schema or its data")
                ask.columns, ask.alone, ask.distinct = [column.name], True, True
                return
