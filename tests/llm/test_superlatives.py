"""What a superlative of price, pay or money measures (llm/sql_superlatives.py), on one table."""

import pytest

from pgpilot.llm.sql_question import Ask
from pgpilot.llm.sql_superlatives import paid_ranked, priced, units_counted
from pgpilot.sql.schema import Column, Table

STAFF = Table(
    "public",
    "shop_assistants",
    "table",
    None,
    None,
    columns=[
        Column("assistant_id", "integer", False),
        Column("full_name", "text", False),
        Column("hourly_wage_gbp", "numeric", False),
        Column("locker_fee_gbp", "numeric", False),
    ],
    primary_key=["assistant_id"],
)
TILLS = Table(
    "public",
    "tills",
    "table",
    None,
    None,
    columns=[Column("till_id", "integer", False), Column("drawer_size_cm", "numeric", False)],
    primary_key=["till_id"],
)


@pytest.mark.parametrize(
    ("what", "meant"),
    [
        pytest.param("expensive locker fee", "locker fee", id="a-money-column"),
        pytest.param("costly assistants", "costly assistants", id="no-column-named"),
        pytest.param("locker fee", "locker fee", id="no-adjective"),
    ],
)
def test_a_cost_adjective_goes_when_the_rest_names_a_number(what: str, meant: str) -> None:
    assert priced(what, [STAFF]) == meant


@pytest.mark.parametrize(
    ("text", "limit", "descending"),
    [
        pytest.param("who is our highest paid shop assistant", 1, True, id="first"),
        pytest.param("shop assistant is the lowest paid", 1, False, id="last"),
        pytest.param("our best-paid shop assistants", 10, True, id="plural"),
    ],
)
def test_the_highest_paid_are_sorted_by_their_pay(text: str, limit: int, descending: bool) -> None:
    ask = Ask("list", text)
    paid_ranked(ask, [STAFF])
    assert (ask.order, ask.limit, ask.descending) == ("hourly_wage_gbp", limit, descending)


def test_a_number_asked_for_is_kept() -> None:
    ask = Ask("list", "best-paid shop assistants", limit=3)
    paid_ranked(ask, [STAFF])
    assert (ask.order, ask.limit) == ("hourly_wage_gbp", 3)


def test_rows_without_pay_are_left_as_asked() -> None:
    ask = Ask("list", "the highest paid tills")
    paid_ranked(ask, [STAFF, TILLS])
    assert (ask.kind, ask.order, ask.limit) == ("list", "", None)


SHIFTS = Table(
    "public",
    "rota_days",
    "table",
    None,
    None,
    columns=[
        Column("rota_day_id", "integer", False),
        Column("length_hours", "numeric", False),
        Column("rest_days", "integer", False),
    ],
    primary_key=["rota_day_id"],
)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        pytest.param("volunteer hours", "agg", id="a-unit-summed"),
        pytest.param("rota days", "count", id="a-table-counted"),
        pytest.param("volunteers", "count", id="no-unit"),
    ],
)
def test_a_count_of_a_unit_is_a_sum(text: str, kind: str) -> None:
    ask = Ask("count", text)
    units_counted(ask, [SHIFTS])
    assert ask.kind == kind
