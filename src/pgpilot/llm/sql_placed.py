"""What the words of a plain question name: tables, columns, values, and the tests they ask."""

from dataclasses import dataclass, field

from pgpilot.sql.schema import Column, Table
from pgpilot.sql.values import Hit


@dataclass(slots=True)
class Placed:
    """What the words of a question name."""

    tables: list[Table] = field(default_factory=list)
    columns: list[tuple[Table, Column]] = field(default_factory=list)
    values: list[Hit] = field(default_factory=list)
    negated: list[tuple[Table, Column]] = field(default_factory=list)  # inactive → NOT active
    nulls: list[tuple[Table, Column]] = field(default_factory=list)  # not returned → IS NULL
    equals: list[tuple[Table, Column, str]] = field(default_factory=list)  # store 1, rate of 0.99
    excluded: list[Hit] = field(default_factory=list)  # not online → channel <> 'online'
    denied: list[tuple[Table, Column]] = field(default_factory=list)  # not hardy → NOT is_hardy
    present: list[tuple[Table, Column]] = field(default_factory=list)  # cancelled → IS NOT NULL
    unplaced: list[str] = field(default_factory=list)

    def tests(self) -> list[tuple[Table, Column]]:
        """The columns tested by a negation or a NULL, whose tables the question is about."""
        return [*self.negated, *self.denied, *self.nulls, *self.present]

    def empty(self) -> bool:
        """Whether the words named nothing to select or test."""
        named = self.tables or self.columns or self.values or self.equals or self.excluded
        return not (named or self.tests())
