"""The planner's vocabulary on a schema of its own: rows equal a gold SQL.

A bakery chain (tests/llm/bakery.py) whose names are not the words people use: synonyms from a
thesaurus (staff → workers, clients → customers, goods → products, stores → shops) and from
COMMENT ON (deliveries → runs, calories → kcal, position → post); units said in words (euros,
€, dollars, kilometres, minutes, square metres, an hour, a week); filler and contractions
("right now", "on file", "don't", "who've", "can you tell me", "organised by", "a valid
email"); and one column of a row named by a value ("when did X open", "which town is X in",
"X's phone number", "where is X").
Nothing under src/ names a word of this schema.
"""

from collections.abc import Iterator

import pytest

from tests.llm.bakery import BAKERY
from tests.llm.gold import GoldDatabase, Grounded, case, database_of, ground, planned, rows

FILLER = [
    case("how many shops are there right now", "SELECT count(*) FROM shops"),
    case("can you tell me how many customers we have", "SELECT count(*) FROM customers"),
    case(
        "which workers don't have a supervisor?",
        "SELECT * FROM workers WHERE supervisor_id IS NULL",
    ),
    case("workers who do not have an email", "SELECT * FROM workers WHERE email IS NULL"),
    case("customers with no email on file", "SELECT * FROM customers WHERE email IS NULL"),
    case("please list the shops in Leeds", "SELECT * FROM shops WHERE town = 'Leeds'"),
    case(
        "customers who've never given us an email",
        "SELECT * FROM customers WHERE email IS NULL",
    ),
    case(
        "workers with no supervisor on record",
        "SELECT * FROM workers WHERE supervisor_id IS NULL",
    ),
    case("workers without a valid email", "SELECT * FROM workers WHERE email IS NULL"),
    case(
        "workers who have never been supervised",
        "SELECT * FROM workers WHERE supervisor_id IS NULL",
    ),
    case("customers with no email address", "SELECT * FROM customers WHERE email IS NULL"),
    case(
        "runs organised by the Corn Exchange shop",
        "SELECT r.* FROM runs r JOIN shops s ON s.shop_id = r.shop_id"
        " WHERE s.shop_name = 'Corn Exchange'",
    ),
    case(
        "who joined the company in 2024?",
        "SELECT * FROM workers WHERE started_on >= '2024-01-01' AND started_on < '2025-01-01'",
    ),
]
UNITS = [
    case("products cheaper than 3 euros", "SELECT * FROM products WHERE price_eur < 3"),
    case("products that cost more than €4", "SELECT * FROM products WHERE price_eur > 4"),
    case("runs with a fee over $10", "SELECT * FROM runs WHERE fee_usd > 10"),
    case("runs longer than 5 kilometres", "SELECT * FROM runs WHERE distance_km > 5"),
    case("runs that took more than 30 minutes", "SELECT * FROM runs WHERE duration_min > 30"),
    case("shops bigger than 100 square metres", "SELECT * FROM shops WHERE floor_area_m2 > 100"),
    case(
        "workers earning more than 15 euros an hour",
        "SELECT * FROM workers WHERE hourly_wage_eur > 15",
    ),
    case("workers on more than 30 hours a week", "SELECT * FROM workers WHERE hours_per_week > 30"),
    case(
        "total weekly hours per shop",
        "SELECT s.shop_id, s.shop_name, sum(w.hours_per_week) FROM workers w"
        " JOIN shops s ON s.shop_id = w.shop_id GROUP BY 1, 2",
    ),
    case("products heavier than 1,000 g", "SELECT * FROM products WHERE weight_g > 1000"),
    case(
        "products with a price of at least 4 euros",
        "SELECT * FROM products WHERE price_eur >= 4",
    ),
    case(
        "shops with a floor area of more than 1,000 square metres",
        "SELECT * FROM shops WHERE floor_area_m2 > 1000",
    ),
]
SYNONYMS = [
    case("how many staff are there", "SELECT count(*) FROM workers"),
    case("list all clients in York", "SELECT * FROM customers WHERE town = 'York'"),
    case("goods cheaper than 3 euros", "SELECT * FROM products WHERE price_eur < 3"),
    case(
        "number of personnel per store",
        "SELECT s.shop_id, s.shop_name, count(*) FROM workers w"
        " JOIN shops s ON s.shop_id = w.shop_id GROUP BY 1, 2",
    ),
    case(
        "headcount per shop",
        "SELECT s.shop_id, s.shop_name, count(*) FROM workers w"
        " JOIN shops s ON s.shop_id = w.shop_id GROUP BY 1, 2",
    ),
    case("which items weigh more than 500 g", "SELECT * FROM products WHERE weight_g > 500"),
    case("stores with seating", "SELECT * FROM shops WHERE has_seating"),
    case("the 3 most expensive goods", "SELECT * FROM products ORDER BY price_eur DESC LIMIT 3"),
]
COMMENTS = [
    case(
        "how many deliveries were made to Leeds customers",
        "SELECT count(*) FROM runs r JOIN customers c ON c.customer_id = r.customer_id"
        " WHERE c.town = 'Leeds'",
    ),
    case("products with more than 300 calories", "SELECT * FROM products WHERE kcal > 300"),
    case("average calories of products", "SELECT avg(kcal) FROM products"),
    case("what is Ana Ruiz's position", "SELECT post FROM workers WHERE full_name = 'Ana Ruiz'"),
]
LOOKUPS = [
    case(
        "when did the Harbour Street shop open?",
        "SELECT opened_on FROM shops WHERE shop_name = 'Harbour Street'",
    ),
    case("when did Ana Ruiz start?", "SELECT started_on FROM workers WHERE full_name = 'Ana Ruiz'"),
    case(
        "which town is Corn Exchange in?",
        "SELECT town FROM shops WHERE shop_name = 'Corn Exchange'",
    ),
    case(
        "what's Ben Ward's email address?",
        "SELECT email FROM customers WHERE full_name = 'Ben Ward'",
    ),
    case("Ana Ruiz's phone number", "SELECT phone FROM workers WHERE full_name = 'Ana Ruiz'"),
    case(
        "where is the Corn Exchange shop?",
        "SELECT street_address FROM shops WHERE shop_name = 'Corn Exchange'",
    ),
    case(
        "when did Ben Ward sign up?",
        "SELECT signed_up_on FROM customers WHERE full_name = 'Ben Ward'",
    ),
    case(
        "which town does Ben Ward live in?",
        "SELECT town FROM customers WHERE full_name = 'Ben Ward'",
    ),
]


@pytest.fixture(scope="module")
def bakery(pg_server: str) -> Iterator[GoldDatabase]:
    with database_of(pg_server, BAKERY) as db:
        yield db


@pytest.fixture(scope="module")
async def grounded(bakery: GoldDatabase) -> Grounded:
    return await ground(bakery.url)


@pytest.mark.parametrize(("question", "gold"), [*FILLER, *UNITS, *SYNONYMS, *COMMENTS, *LOOKUPS])
def test_words_the_schema_does_not_use_return_the_rows_of_the_gold_sql(
    question: str, gold: str, bakery: GoldDatabase, grounded: Grounded
) -> None:
    sql = planned(question, grounded)
    assert rows(bakery, sql) == rows(bakery, gold), sql
