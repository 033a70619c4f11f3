"""The date a row was made on (llm/sql_dated.made_column) and a subject's own event dates."""

import pytest

from pgpilot.llm.sql_dated import event_dated, made_column
from pgpilot.sql.schema import Column, Table


def _table(name: str, *dates: str) -> Table:
    columns = [Column("id", "integer", False), *(Column(d, "date", False) for d in dates)]
    return Table("public", name, "table", None, None, columns, ["id"])


BOOKINGS = _table("bookings", "wedding_date", "booked_at")
REPORTS = _table("court_reports", "inspect_by", "created_at")
PROJECTS = _table("projects", "start_date", "planned_completion")


@pytest.mark.parametrize(
    ("table", "tokens", "expected"),
    [
        pytest.param(BOOKINGS, ["bookings", "made"], "booked_at", id="the-tables-own-act"),
        pytest.param(REPORTS, ["reports", "made"], "created_at", id="a-created-date"),
        pytest.param(BOOKINGS, ["bookings"], None, id="no-verb-of-making"),
        pytest.param(PROJECTS, ["projects", "created"], None, id="no-date-of-making"),
    ],
)
def test_made_column_is_the_date_a_row_was_made(
    table: Table, tokens: list[str], expected: str | None
) -> None:
    found = made_column(table, tokens)
    assert (found.name if found else None) == expected


def test_event_dated_reads_a_verb_of_the_same_event() -> None:
    assert event_dated(PROJECTS, ["scheduled", "finish"])
    assert not event_dated(PROJECTS, ["scheduled", "cost"])
