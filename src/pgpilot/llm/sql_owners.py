"""Which table a value means when several store it: the one the question names.

A word is placed as a value as soon as it is read, before the words after it are; "open support
tickets" reads "open" before "tickets". Once every word is placed, a value found in a table the
question names no other way moves to the same spelling stored in a table it does name, or in the
table of another of its values: "number of open support tickets" is the tickets' status, not the
invoices', and "sessions in City Centre car parks" the district of the zones that are car parks,
not the officers'.
"""

from pgpilot.llm.sql_placed import Placed
from pgpilot.sql.values import Hit, Values, normalized


def settle(placed: Placed, values: Values) -> None:
    """Each value moved to the table the question names, when the same spelling is stored there.

    >>> from pgpilot.sql.values import index
    >>> from pgpilot.sql.schema import Table
    >>> found = {("public.invoices", "status"): ["open"], ("public.tickets", "status"): ["open"]}
    >>> placed = Placed(values=[Hit("public.invoices", "status", "open")])
    >>> placed.tables.append(Table("public", "tickets", "table", None, None))
    >>> settle(placed, index(found))
    >>> placed.values
    [Hit(table='public.tickets', column='status', value='open')]
    """
    named = [t.qualified for t in placed.tables]
    for i, hit in enumerate(placed.values):
        others = [h.table for h in placed.values if h is not hit]
        others += [t.qualified for t, _ in placed.columns]
        placed.values[i] = _owned(hit, values, named, others)


def _owned(hit: Hit, values: Values, named: list[str], others: list[str]) -> Hit:
    if hit.table in named or hit.table in others:
        return hit
    same = [h for h in values.by_key.get(normalized(hit.value), ()) if h.value == hit.value]
    for near in (named, others):
        if found := [h for h in same if h.table in near]:
            return found[0]
    return hit
