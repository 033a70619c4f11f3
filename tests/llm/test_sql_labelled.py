"""Rows named by what their label says they are (`sql_labelled`)."""

import pytest

from pgpilot.llm.sql_labelled import labelled_rows
from pgpilot.sql.schema import Column, Table


def table(name: str, *columns: str) -> Table:
    return Table("public", name, "table", None, None, [Column(c, "text", False) for c in columns])


TABLES = [
    table("accounts", "account_id", "company_name", "country"),
    table("donations", "donation_id", "donor_name", "amount"),
    table("teams", "team_id", "name"),
    table("fixtures", "fixture_id", "venue_name", "home_team"),
    table("bookings", "booking_id", "venue_name"),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("companies in Spain", "accounts in Spain", id="label-noun-is-the-rows"),
        pytest.param("list the company names", "list the company names", id="names-asked"),
        pytest.param("top donors", "top donors", id="people-named-by-what-they-do"),
        pytest.param("teams with a name", "teams with a name", id="a-table-of-its-own"),
        pytest.param("venues in Leeds", "venues in Leeds", id="a-name-two-tables-hold"),
        pytest.param("business accounts", "business accounts", id="no-plural"),
    ],
)
def test_labelled_rows_puts_rows_said_by_their_label_as_their_table(
    text: str, expected: str
) -> None:
    assert labelled_rows(text, TABLES) == expected
