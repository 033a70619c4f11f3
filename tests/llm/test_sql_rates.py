"""Money said per unit (`sql_rates`)."""

import pytest

from pgpilot.llm.sql_rates import per_unit
from pgpilot.sql.schema import Column, Table

SUBSCRIPTIONS = Table(
    "public",
    "subscriptions",
    "table",
    None,
    None,
    columns=[
        Column("subscription_id", "integer", False),
        Column("price_per_box", "numeric(6,2)", False),
        Column("boxes_per_month", "integer", False),
        Column("note_per_box", "text", True),
    ],
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "drivers earning more than 13 pounds an hour",
            "drivers earning more than 13 an hour",
            id="pounds-of-a-rate-are-money",
        ),
        pytest.param(
            "cleaners paid 12 quid per hour", "cleaners paid 12 per hour", id="quid-per-hour"
        ),
        pytest.param("parcels over 13 pounds", "parcels over 13 pounds", id="pounds-alone-kept"),
        pytest.param(
            "subscriptions costing at least 25 a box",
            "subscriptions costing at least 25 price_per_box",
            id="priced-per-box",
        ),
        pytest.param(
            "subscriptions costing at least 25 gbp per boxes",
            "subscriptions costing at least 25 gbp price_per_box",
            id="currency-kept-plural-noun",
        ),
        pytest.param(
            "subscriptions of more than 4 a month",
            "subscriptions of more than 4 boxes_per_month",
            id="any-per-column",
        ),
        pytest.param("subscriptions of 3 a crate", "subscriptions of 3 a crate", id="no-column"),
    ],
)
def test_per_unit_puts_money_said_per_unit_as_the_columns_hold_it(text: str, expected: str) -> None:
    assert per_unit(text, [SUBSCRIPTIONS]) == expected
