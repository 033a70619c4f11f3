"""A number of people compared (llm/sql_headcount.py): a size, never a column in a unit."""

import pytest

from pgpilot.llm.sql_headcount import headcount
from pgpilot.sql.schema import Column, Table


def _table(name: str, *columns: str) -> Table:
    numbers = [Column(c, "integer", False) for c in columns]
    return Table("public", name, "table", None, None, numbers)


SITES = _table("sites", "capacity_kg", "size_sqm")
HOMES = _table("households", "household_size")
ROOMS = _table("rooms", "capacity")


@pytest.mark.parametrize(
    ("word", "tables", "found"),
    [
        pytest.param("people", [SITES, HOMES], "household_size", id="a-size-not-kilos"),
        pytest.param("persons", [ROOMS], "capacity", id="a-capacity"),
        pytest.param("people", [SITES], None, id="only-measures"),
        pytest.param("plots", [HOMES], None, id="no-people"),
    ],
)
def test_people_are_counted_by_a_size(word: str, tables: list[Table], found: str | None) -> None:
    counted = headcount(word, tables)
    assert (counted[1].name if counted else None) == found
