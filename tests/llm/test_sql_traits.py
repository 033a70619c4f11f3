"""A person's name column said by what they do (`sql_traits.agent_column`)."""

import pytest

from pgpilot.llm.sql_traits import agent_column
from pgpilot.sql.schema import Column, Table


def table(*names: str) -> Table:
    """A table of text columns with an id key."""
    columns = [Column("farm_id", "integer", False), *(Column(n, "text", True) for n in names)]
    return Table("public", "farms", "table", None, None, columns, ["farm_id"])


@pytest.mark.parametrize(
    ("names", "expected"),
    [
        pytest.param(("name", "farmer_name"), "farmer_name", id="farmer"),
        pytest.param(("name", "owner_name", "county"), "owner_name", id="owner"),
        pytest.param(("name", "florist_name"), "florist_name", id="florist"),
        pytest.param(("name", "county"), None, id="none"),
        pytest.param(("name", "farmer_name", "owner_name"), None, id="two-are-unknown"),
        pytest.param(("name", "brand_name"), None, id="a-thing-not-a-doer"),
        pytest.param(("name", "trading_name"), None, id="not-a-doer-either"),
    ],
)
def test_agent_column_is_the_one_name_of_a_doer(
    names: tuple[str, ...], expected: str | None
) -> None:
    found = agent_column(table(*names), {"name"})
    assert (found.name if found else None) == expected


def test_agent_column_is_not_the_column_naming_the_row() -> None:
    assert agent_column(table("farmer_name"), {"farmer_name"}) is None
