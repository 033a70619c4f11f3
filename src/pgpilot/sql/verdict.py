"""The guard's decision about one SQL statement."""

from dataclasses import dataclass
from typing import Any, Literal

Kind = Literal["read", "write", "ddl", "forbidden"]


@dataclass(frozen=True, slots=True)
class Lookup:
    """A read of one table whose WHERE sets `columns` equal to constants."""

    table: str
    columns: frozenset[str]


@dataclass(frozen=True, slots=True)
class Verdict:
    """What one SQL statement would do, and why the guard thinks so."""

    kind: Kind
    reasons: tuple[str, ...]
    statement_type: str | None
    tables: tuple[str, ...]
    functions: tuple[str, ...]
    unknown_functions: tuple[str, ...]
    has_where: bool
    # Code the statement runs without a call node (operators, casts, attribute notation).
    hidden_code: tuple[str, ...] = ()
    # Hints for the read executor, not part of the decision (so not in to_dict): the text
    # alone returns at most one row, or it does when `lookup`'s columns hold a unique key.
    single_row: bool = False
    lookup: Lookup | None = None

    def to_dict(self) -> dict[str, object]:
        """Plain JSON-ready form, tuples as lists."""
        return {
            "kind": self.kind,
            "reasons": list(self.reasons),
            "statement_type": self.statement_type,
            "tables": list(self.tables),
            "functions": list(self.functions),
            "unknown_functions": list(self.unknown_functions),
            "has_where": self.has_where,
            "hidden_code": list(self.hidden_code),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Verdict":
        """The verdict `to_dict` made (kept in tickets and agent state)."""
        return cls(
            kind=data["kind"],
            reasons=tuple(data["reasons"]),
            statement_type=data["statement_type"],
            tables=tuple(data["tables"]),
            functions=tuple(data["functions"]),
            unknown_functions=tuple(data.get("unknown_functions", ())),
            has_where=bool(data.get("has_where")),
            hidden_code=tuple(data.get("hidden_code", ())),
        )
