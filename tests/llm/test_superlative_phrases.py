"""Superlatives in other words (sql_superlative_phrases) and totals of child rows (sql_in_total)."""

import pytest

from pgpilot.llm.sql_in_total import in_total, said_pair
from pgpilot.llm.sql_superlative_phrases import plainly
from pgpilot.sql.schema import Column, ForeignKey, Table


def _table(name: str, *columns: tuple[str, str], parent: str = "") -> Table:
    key = f"{name[:-1]}_id"
    cols = [Column(key, "integer", False), *(Column(n, t, False) for n, t in columns)]
    keys = []
    if parent:
        cols.append(Column(f"{parent[:-1]}_id", "integer", False))
        keys = [ForeignKey("fk", [f"{parent[:-1]}_id"], f"public.{parent}", [key], "NO ACTION")]
    return Table("public", name, "table", None, None, cols, [key], keys)


BOATS = _table("boats", ("name", "text"), ("hull_length_m", "numeric"), ("launched_on", "date"))
SKIPPERS = _table("skippers", ("full_name", "text"), ("joined_on", "date"))
TENANTS = _table("tenants", ("full_name", "text"))
RENTS = _table(
    "rents",
    ("net_amount", "numeric"),
    ("vat_amount", "numeric"),
    ("paid_on", "date"),
    parent="tenants",
)
SITES = _table("sites", ("name", "text"))
VISITS = _table("daily_visits", ("visits", "integer"), ("day", "date"), parent="sites")
TABLES = [BOATS, SKIPPERS, TENANTS, RENTS, SITES, VISITS]


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        pytest.param(
            "the largest boat by hull length",
            "which boat has the highest hull length",
            id="superlative-by-number",
        ),
        pytest.param(
            "the largest boat by skipper", "the largest boat by skipper", id="by-no-number"
        ),
        pytest.param(
            "which is the oldest boat we own", "which is the oldest boat", id="what-we-do-with-it"
        ),
        pytest.param(
            "which boat was launched least recently",
            "which boat was launched first",
            id="least-recently",
        ),
        pytest.param(
            "which skipper has been with the club the longest",
            "show top 1 skipper order by joined_on",
            id="tenure",
        ),
        pytest.param(
            "which boat has been with us the longest",
            "which boat has been with us the longest",
            id="no-start-date",
        ),
    ],
)
def test_a_superlative_in_other_words_is_said_plainly(text: str, plain: str) -> None:
    assert plainly(text, TABLES) == plain


@pytest.mark.parametrize(
    ("text", "said"),
    [
        pytest.param(
            "which tenant has been rented the most in total",
            "top 1 tenant by rents net_amount",
            id="verb-names-the-child-table",
        ),
        pytest.param(
            "total rented per tenant", "total rents net_amount per tenant", id="total-verb-per"
        ),
        pytest.param(
            "which site got the most visits in total",
            "top 1 site by daily_visits visits",
            id="column-named-like-its-table",
        ),
        pytest.param(
            "which tenant has been rented the most",
            "which tenant has been rented the most",
            id="no-total-is-a-count",
        ),
    ],
)
def test_a_total_of_child_rows_is_a_sum_of_their_number(text: str, said: str) -> None:
    assert in_total(text, TABLES) == said


def test_a_table_and_its_column_are_read_back() -> None:
    assert said_pair("rents net_amount", TABLES) == (RENTS, RENTS.columns[1])
    assert said_pair("rents amount", TABLES) is None
