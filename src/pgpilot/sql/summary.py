"""One plain-language sentence for an impact: what a write does, directly and by cascade."""

from collections.abc import Iterable, Mapping

VERBS = (("deleted", "deletes"), ("updated", "updates"), ("inserted", "inserts"))


def describe(tables: Mapping[str, Mapping[str, int]], named: Iterable[str] = ()) -> str:
    """E.g. "Deletes 3 customers and, through foreign keys or triggers, 9 orders."."""
    if not tables:
        return "Changes no rows."
    direct_names = {_bare(name) for name in named}
    direct = {n: c for n, c in tables.items() if not direct_names or _bare(n) in direct_names}
    indirect = {n: c for n, c in tables.items() if n not in direct}
    sentence = _changes(direct or indirect)
    if direct and indirect:
        sentence += ", and through foreign keys or triggers " + _changes(indirect).lower()
    return sentence[0].upper() + sentence[1:] + "."


def _changes(tables: Mapping[str, Mapping[str, int]]) -> str:
    parts = []
    for column, verb in VERBS:
        counted = [
            _rows(int(change.get(column, 0)), name)
            for name, change in sorted(tables.items())
            if change.get(column, 0)
        ]
        if counted:
            parts.append(f"{verb} {_listing(counted)}")
    return "; ".join(parts) or "changes no rows"


def _rows(count: int, table: str) -> str:
    noun = _bare(table).replace("_", " ")
    if count == 1:
        noun = noun[:-3] + "y" if noun.endswith("ies") else noun.removesuffix("s")
    return f"{count:,} {noun}"


def _listing(items: list[str]) -> str:
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} and {items[-1]}"


def _bare(name: str) -> str:
    return name.rsplit(".", 1)[-1].strip('"')
