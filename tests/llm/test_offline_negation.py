"""Negations on a schema of the planner's own: a plant nursery's customers, plants and orders.

Issue 17's rule for "not", asked on tables nothing under src/ names: "not <value>" excludes the
value (IS DISTINCT FROM where the column may be NULL, so "online" and "not online" split the
rows between them), "not <flag>" denies the flag (IS NOT TRUE where it may be NULL), "not
(yet) <done>" and "haven't <verb>ed yet" find the act's date empty, and "<done>" alone finds it
set; a negation the words cannot place is refused, never dropped.
"""

from collections.abc import Iterator

import pytest

from tests.llm.gold import GoldDatabase, Grounded, case, database_of, ground, planned, reply, rows
from tests.llm.nursery import NURSERY

VALUES = [
    case(
        "orders not placed online", "SELECT * FROM orders WHERE channel IS DISTINCT FROM 'online'"
    ),
    case(
        "orders that were not made by phone",
        "SELECT * FROM orders WHERE channel IS DISTINCT FROM 'phone'",
    ),
    case("orders that aren't cancelled", "SELECT * FROM orders WHERE status <> 'cancelled'"),
    case(
        "how many orders are not cancelled?",
        "SELECT count(*) FROM orders WHERE status <> 'cancelled'",
    ),
    case("orders that have not been delivered", "SELECT * FROM orders WHERE status <> 'delivered'"),
    case("orders never cancelled", "SELECT * FROM orders WHERE status <> 'cancelled'"),
    case("plants that are not trees", "SELECT * FROM plants WHERE kind <> 'tree'"),
    case("customers not from Leeds", "SELECT * FROM customers WHERE city <> 'Leeds'"),
    case("customers who don't live in York", "SELECT * FROM customers WHERE city <> 'York'"),
    case(
        "average total of orders that weren't cancelled",
        "SELECT avg(total) FROM orders WHERE status <> 'cancelled'",
    ),
    case(
        "orders from Leeds customers that are not pending",
        "SELECT o.* FROM orders o JOIN customers c ON c.customer_id = o.customer_id"
        " WHERE c.city = 'Leeds' AND o.status <> 'pending'",
    ),
]
FLAGS = [
    case("customers who are not members", "SELECT * FROM customers WHERE NOT is_member"),
    case("customers who aren't members", "SELECT * FROM customers WHERE NOT is_member"),
    case("plants that are not evergreen", "SELECT * FROM plants WHERE NOT is_evergreen"),
    case("plants that aren't hardy", "SELECT * FROM plants WHERE is_hardy IS NOT TRUE"),
    case(
        "how many plants are not hardy",
        "SELECT count(*) FROM plants WHERE is_hardy IS NOT TRUE",
    ),
]
DATES = [
    case("orders not yet shipped", "SELECT * FROM orders WHERE shipped_on IS NULL"),
    case("orders that haven't shipped yet", "SELECT * FROM orders WHERE shipped_on IS NULL"),
    case("which orders are still not shipped?", "SELECT * FROM orders WHERE shipped_on IS NULL"),
    case("orders that haven't been paid yet", "SELECT * FROM orders WHERE paid_at IS NULL"),
    case("how many orders are not paid", "SELECT count(*) FROM orders WHERE paid_at IS NULL"),
    case(
        "orders not shipped to Leeds customers",
        "SELECT o.* FROM orders o JOIN customers c ON c.customer_id = o.customer_id"
        " WHERE c.city = 'Leeds' AND o.shipped_on IS NULL",
    ),
]
# The positive participle: the act's date is set, looked for only in the tables named.
DONE = [
    case("paid orders", "SELECT * FROM orders WHERE paid_at IS NOT NULL"),
    case("orders that have shipped", "SELECT * FROM orders WHERE shipped_on IS NOT NULL"),
    case("how many orders were paid?", "SELECT count(*) FROM orders WHERE paid_at IS NOT NULL"),
    case("shipped orders", "SELECT * FROM orders WHERE status = 'shipped'"),  # a value first
]
QUESTIONS = [*VALUES, *FLAGS, *DATES, *DONE]


@pytest.fixture(scope="module")
def nursery(pg_server: str) -> Iterator[GoldDatabase]:
    with database_of(pg_server, NURSERY) as db:
        yield db


@pytest.fixture(scope="module")
async def grounded(nursery: GoldDatabase) -> Grounded:
    return await ground(nursery.url)


@pytest.mark.parametrize(("question", "gold"), QUESTIONS)
def test_negations_return_the_rows_of_the_gold_sql(
    question: str, gold: str, nursery: GoldDatabase, grounded: Grounded
) -> None:
    sql = planned(question, grounded)
    assert rows(nursery, sql) == rows(nursery, gold), sql


@pytest.mark.parametrize(
    ("question", "positive"),
    [
        pytest.param("orders not placed online", "orders placed online", id="value"),
        pytest.param("plants that aren't hardy", "hardy plants", id="nullable-flag"),
        pytest.param("orders not shipped", "orders that have shipped", id="date"),
    ],
)
def test_a_question_and_its_negation_split_the_rows(
    question: str, positive: str, nursery: GoldDatabase, grounded: Grounded
) -> None:
    # Every row is in one answer or the other, those whose column is NULL too.
    said, unsaid = (rows(nursery, planned(q, grounded)) for q in (positive, question))
    assert sorted([*said, *unsaid], key=repr) == rows(nursery, "SELECT * FROM " + _table(question))
    assert not set(said) & set(unsaid)


def _table(question: str) -> str:
    return next(t for t in ("orders", "plants") if t in question)


@pytest.mark.parametrize(
    "question",
    [
        pytest.param("plants that are not cheap", id="an-adjective-no-column-says"),
        pytest.param("customers not ordering plants online", id="a-relation"),
    ],
)
def test_a_negation_nothing_places_is_refused(question: str, grounded: Grounded) -> None:
    assert reply(question, grounded).startswith("CANNOT:"), reply(question, grounded)
