"""Question shapes on a schema of the planner's own: a plant nursery (see `nursery.py`).

Issue 17's general rules, each asked on tables nothing under src/ names: "the <column> for
<named row>" is that column of that row, its words maybe shortened in the name (percentage →
pct) or followed by a word that is no part of it ("stock level"); "through" and "via" link
like "by"; of two join paths of one length, the one that fans out least; a number named by
several words ("reward points", "years of experience").
"""

from collections.abc import Iterator

import pytest

from tests.llm.gold import GoldDatabase, Grounded, case, database_of, ground, planned, rows
from tests.llm.nursery import NURSERY

NAMED = [
    case("what's the price for Lavender", "SELECT price FROM plants WHERE name = 'Lavender'"),
    case(
        "what is the discount percentage for Maya Cole?",
        "SELECT discount_pct FROM customers WHERE full_name = 'Maya Cole'",
    ),
    case(
        "what's the stock level for Silver Birch",
        "SELECT stock FROM plants WHERE name = 'Silver Birch'",
    ),
    case("show the city for Finn Shaw", "SELECT city FROM customers WHERE full_name = 'Finn Shaw'"),
    case(
        "what are the orders for Iris Wong",  # rows of a table, not a column
        "SELECT o.* FROM orders o JOIN customers c ON c.customer_id = o.customer_id"
        " WHERE c.full_name = 'Iris Wong'",
    ),
]
# "through" and "via" link a row to the way it came, like "by": the value after them.
THROUGH = [
    case("orders placed via phone", "SELECT * FROM orders WHERE channel = 'phone'"),
    case(
        "how many orders came in through the phone?",
        "SELECT count(*) FROM orders WHERE channel = 'phone'",
    ),
]
# Of two paths of one length, the one that fans out least: an order line's customer is its
# order's, not one of the customers managed by the employee who packed it.
JOINS = [
    case(
        "order lines of customers from Leeds",
        "SELECT l.* FROM order_lines l JOIN orders o ON o.order_id = l.order_id"
        " JOIN customers c ON c.customer_id = o.customer_id WHERE c.city = 'Leeds'",
    ),
    case(
        "how many order lines are for York customers",
        "SELECT count(*) FROM order_lines l JOIN orders o ON o.order_id = l.order_id"
        " JOIN customers c ON c.customer_id = o.customer_id WHERE c.city = 'York'",
    ),
]
# A number named by several words, in the column's order, "of" said or not.
NUMBERS = [
    case(
        "which customer has the most reward points?",
        "SELECT * FROM customers ORDER BY reward_points DESC LIMIT 1",
    ),
    case(
        "customers with more than 100 reward points",
        "SELECT * FROM customers WHERE reward_points > 100",
    ),
    case(
        "which plant takes the most weeks to bloom",
        "SELECT * FROM plants ORDER BY weeks_to_bloom DESC NULLS LAST LIMIT 1",
    ),
    case("plants with at least 8 weeks to bloom", "SELECT * FROM plants WHERE weeks_to_bloom >= 8"),
    case(
        "plants with more than 2 years of warranty",
        "SELECT * FROM plants WHERE years_of_warranty > 2",
    ),
    case(
        "which plant has the most years of warranty",
        "SELECT * FROM plants ORDER BY years_of_warranty DESC LIMIT 1",
    ),
]
# Phrasings: "longest-serving" is the earliest to start; "nobody has ever <verb>ed" no child row.
PHRASES = [
    case(
        "who is our longest-standing customer?",
        "SELECT * FROM customers ORDER BY joined_on LIMIT 1",
    ),
    case(
        "plants nobody has ever ordered",
        "SELECT * FROM plants p"
        " WHERE NOT EXISTS (SELECT 1 FROM order_lines l WHERE l.plant_id = p.plant_id)",
    ),
]
# A number before its column's word is that column's value: "five-star hotels", "3 bedrooms".
COUNTED = [
    case("5-year warranty plants", "SELECT * FROM plants WHERE years_of_warranty = 5"),
    case("plants with 8 weeks to bloom", "SELECT * FROM plants WHERE weeks_to_bloom = 8"),
    case(
        "how many customers have 0 reward points?",
        "SELECT count(*) FROM customers WHERE reward_points = 0",
    ),
]
# "spend" is money spent: an amount or total.
SPEND = [
    case("total spend by channel", "SELECT channel, sum(total) FROM orders GROUP BY channel"),
    case(
        "average spend per order status",
        "SELECT status, avg(total) FROM orders GROUP BY status",
    ),
]
# What an adjective sorts by, when no price or size is named: a rate is a price, pay a size.
DEGREES = [
    case(
        "what's the most expensive course?",
        "SELECT * FROM courses ORDER BY session_rate DESC LIMIT 1",
    ),
    case("the cheapest course", "SELECT * FROM courses ORDER BY session_rate LIMIT 1"),
    case("the biggest contract", "SELECT * FROM contracts ORDER BY annual_pay DESC LIMIT 1"),
]
QUESTIONS = [*NAMED, *THROUGH, *JOINS, *NUMBERS, *PHRASES, *COUNTED, *SPEND, *DEGREES]


@pytest.fixture(scope="module")
def nursery(pg_server: str) -> Iterator[GoldDatabase]:
    with database_of(pg_server, NURSERY) as db:
        yield db


@pytest.fixture(scope="module")
async def grounded(nursery: GoldDatabase) -> Grounded:
    return await ground(nursery.url)


@pytest.mark.parametrize(("question", "gold"), QUESTIONS)
def test_nursery_questions_return_the_rows_of_the_gold_sql(
    question: str, gold: str, nursery: GoldDatabase, grounded: Grounded
) -> None:
    sql = planned(question, grounded)
    assert rows(nursery, sql) == rows(nursery, gold), sql
