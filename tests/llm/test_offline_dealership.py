"""Held-out questions for the offline planner on a car dealership schema it has never seen.

Salespeople (with the manager each reports to), customers, vehicles in stock or sold, sales
linking a vehicle to its buyer and seller, trade-ins taken against a sale, test drives of a
vehicle by a customer with a salesperson, and service appointments. The 55 questions and their
gold SQL were written blind on 2026-11-30, by a helper not allowed to read the planner, its tests
or its docs. Per kind: counts 6, filters 6, joins 7, superlatives 7, groups 6, dates 6,
comparisons 6, never 5, named 6.
First sight, with the planner of 759bb83: 53/55. A dev set: its misses were read and worked on
since, so it is no longer a held-out measure; MISSES holds the planner's answers as it stands.
"""

import pytest

from tests.llm.dealership import DEALERSHIP
from tests.llm.gold import (
    GoldDatabase,
    Grounded,
    assert_answered,
    case,
    with_misses,
)

COUNTS = [
    case(
        "how many electric vehicles are there?",
        "SELECT count(*) FROM vehicles WHERE fuel_type = 'electric'",
    ),
    case("How many cars have we sold?", "SELECT count(*) FROM sales"),
    case("number of leases", "SELECT count(*) FROM sales WHERE payment_method = 'lease'"),
    case(
        "how many fleet customers do we have",
        "SELECT count(*) FROM customers WHERE is_fleet_account",
    ),
    case(
        "how many test drives were no-shows?",
        "SELECT count(*) FROM test_drives WHERE outcome = 'no_show'",
    ),
    case(
        "How many service appointments got cancelled?",
        "SELECT count(*) FROM service_appointments WHERE status = 'cancelled'",
    ),
]
FILTERS = [
    case(
        "show me the certified pre-owned cars",
        "SELECT * FROM vehicles WHERE condition = 'certified_preowned'",
    ),
    case("list all the pickups", "SELECT * FROM vehicles WHERE body_style = 'pickup'"),
    case(
        "which sales came with an extended warranty?",
        "SELECT * FROM sales WHERE extended_warranty",
    ),
    case("customers in Dublin", "SELECT * FROM customers WHERE city = 'Dublin'"),
    case("inactive salespeople", "SELECT * FROM salespeople WHERE NOT is_active"),
    case(
        "Which service appointments got a loaner car?",
        "SELECT * FROM service_appointments WHERE loaner_provided",
    ),
]
JOINS = [
    case(
        "which cars did Marcus Bell sell?",
        "SELECT v.* FROM vehicles v JOIN sales s ON s.vehicle_id = v.vehicle_id"
        " JOIN salespeople p ON p.salesperson_id = s.salesperson_id"
        " WHERE p.full_name = 'Marcus Bell'",
    ),
    case(
        "sales to customers from Westerville",
        "SELECT s.* FROM sales s JOIN customers c ON c.customer_id = s.customer_id"
        " WHERE c.city = 'Westerville'",
    ),
    case(
        "test drives of electric vehicles",
        "SELECT t.* FROM test_drives t JOIN vehicles v ON v.vehicle_id = t.vehicle_id"
        " WHERE v.fuel_type = 'electric'",
    ),
    case(
        "Which salespeople report to Denise Okafor?",
        "SELECT s.* FROM salespeople s JOIN salespeople m ON m.salesperson_id = s.manager_id"
        " WHERE m.full_name = 'Denise Okafor'",
    ),
    case(
        "trade-ins taken on financed deals",
        "SELECT t.* FROM trade_ins t JOIN sales s ON s.sale_id = t.sale_id"
        " WHERE s.payment_method = 'finance'",
    ),
    case(
        "which customers have a recall repair appointment?",
        "SELECT * FROM customers WHERE customer_id IN"
        " (SELECT customer_id FROM service_appointments WHERE service_type = 'recall_repair')",
    ),
    case(
        "service appointments for Ford vehicles",
        "SELECT a.* FROM service_appointments a JOIN vehicles v ON v.vehicle_id = a.vehicle_id"
        " WHERE v.make = 'Ford'",
    ),
]
SUPERLATIVES = [
    case(
        "which vehicle has the highest asking price?",
        "SELECT * FROM vehicles ORDER BY asking_price DESC LIMIT 1",
    ),
    case("the biggest sale we've made", "SELECT * FROM sales ORDER BY sale_price DESC LIMIT 1"),
    case(
        "who is our newest salesperson?",
        "SELECT * FROM salespeople ORDER BY hired_on DESC LIMIT 1",
    ),
    case(
        "top 3 trade-ins by appraised value",
        "SELECT * FROM trade_ins ORDER BY appraised_value DESC LIMIT 3",
    ),
    case(
        "the used car with the lowest mileage",
        "SELECT * FROM vehicles WHERE condition = 'used' ORDER BY odometer_miles LIMIT 1",
    ),
    case(
        "Which salesperson has sold the most cars?",
        "SELECT p.salesperson_id, p.full_name, count(*) FROM sales s JOIN salespeople p"
        " ON p.salesperson_id = s.salesperson_id GROUP BY 1, 2 ORDER BY 3 DESC LIMIT 1",
    ),
    case(
        "which salesperson brought in the most revenue",
        "SELECT p.salesperson_id, p.full_name, sum(s.sale_price) FROM sales s JOIN salespeople p"
        " ON p.salesperson_id = s.salesperson_id GROUP BY 1, 2 ORDER BY 3 DESC LIMIT 1",
    ),
]
GROUPS = [
    case(
        "how many vehicles of each body style?",
        "SELECT body_style, count(*) FROM vehicles GROUP BY 1",
    ),
    case("average asking price by make", "SELECT make, avg(asking_price) FROM vehicles GROUP BY 1"),
    case("sales per payment method", "SELECT payment_method, count(*) FROM sales GROUP BY 1"),
    case(
        "how many cars has each salesperson sold?",
        "SELECT p.salesperson_id, p.full_name, count(*) FROM sales s JOIN salespeople p"
        " ON p.salesperson_id = s.salesperson_id GROUP BY 1, 2",
    ),
    case("test drives by outcome", "SELECT outcome, count(*) FROM test_drives GROUP BY 1"),
    case(
        "What's the total invoiced for each service type?",
        "SELECT service_type, sum(invoice_total) FROM service_appointments GROUP BY 1",
    ),
]
DATES = [
    case(
        "sales made in 2024",
        "SELECT * FROM sales WHERE sold_on >= '2024-01-01' AND sold_on < '2025-01-01'",
    ),
    case(
        "how many test drives happened in the second half of 2024?",
        "SELECT count(*) FROM test_drives"
        " WHERE started_at >= '2024-07-01' AND started_at < '2025-01-01'",
    ),
    case(
        "customers who signed up before March 2024",
        "SELECT * FROM customers WHERE created_on < '2024-03-01'",
    ),
    case(
        "Which service appointments were scheduled in 2025?",
        "SELECT * FROM service_appointments"
        " WHERE scheduled_for >= '2025-01-01' AND scheduled_for < '2026-01-01'",
    ),
    case(
        "vehicles we acquired between April and June 2024",
        "SELECT * FROM vehicles WHERE acquired_on >= '2024-04-01' AND acquired_on < '2024-07-01'",
    ),
    case(
        "salespeople hired after 2020",
        "SELECT * FROM salespeople WHERE hired_on >= '2021-01-01'",
    ),
]
COMPARISONS = [
    case("cars priced over $40,000", "SELECT * FROM vehicles WHERE asking_price > 40000"),
    case("sales under 20k", "SELECT * FROM sales WHERE sale_price < 20000"),
    case(
        "vehicles with more than 50,000 miles on the clock",
        "SELECT * FROM vehicles WHERE odometer_miles > 50000",
    ),
    case(
        "trade-ins appraised at less than $8,000",
        "SELECT * FROM trade_ins WHERE appraised_value < 8000",
    ),
    case(
        "test drives longer than 40 minutes",
        "SELECT * FROM test_drives WHERE duration_minutes > 40",
    ),
    case(
        "salespeople on a commission rate of at least 3.5%",
        "SELECT * FROM salespeople WHERE commission_rate_pct >= 3.5",
    ),
]
NEVER = [
    case(
        "customers who never bought a car",
        "SELECT * FROM customers c WHERE NOT EXISTS"
        " (SELECT 1 FROM sales s WHERE s.customer_id = c.customer_id)",
    ),
    case(
        "which salespeople haven't made a single sale?",
        "SELECT * FROM salespeople p WHERE NOT EXISTS"
        " (SELECT 1 FROM sales s WHERE s.salesperson_id = p.salesperson_id)",
    ),
    case(
        "sales that haven't been delivered yet",
        "SELECT * FROM sales WHERE delivered_on IS NULL",
    ),
    case("customers without an email", "SELECT * FROM customers WHERE email IS NULL"),
    case(
        "Which vehicles have never been test driven?",
        "SELECT * FROM vehicles v WHERE NOT EXISTS"
        " (SELECT 1 FROM test_drives t WHERE t.vehicle_id = v.vehicle_id)",
    ),
]
NAMED = [
    case(
        "what's the VIN of stock number NG2491?",
        "SELECT vin FROM vehicles WHERE stock_number = 'NG2491'",
    ),
    case(
        "when was Priya Raman hired?",
        "SELECT hired_on FROM salespeople WHERE full_name = 'Priya Raman'",
    ),
    case(
        "what is Angela Ruiz's commission rate",
        "SELECT commission_rate_pct FROM salespeople WHERE full_name = 'Angela Ruiz'",
    ),
    case(
        "What's Sarah Miller's phone number?",
        "SELECT phone FROM customers WHERE first_name = 'Sarah' AND last_name = 'Miller'",
    ),
    case(
        "how much are we asking for the XC90?",
        "SELECT asking_price FROM vehicles WHERE model = 'XC90'",
    ),
    case(
        "which city does Megan Dixon live in",
        "SELECT city FROM customers WHERE first_name = 'Megan' AND last_name = 'Dixon'",
    ),
]

MISSES: dict[str, str] = {}

QUESTIONS = with_misses(
    [*COUNTS, *FILTERS, *JOINS, *SUPERLATIVES, *GROUPS, *DATES, *COMPARISONS, *NEVER, *NAMED],
    MISSES,
)


SCHEMA = DEALERSHIP  # the module's database, made by the fixtures of tests/llm/conftest.py


@pytest.mark.parametrize(("question", "gold"), QUESTIONS)
def test_dealership_questions_return_the_rows_of_the_gold_sql(
    question: str, gold: str, gold_db: GoldDatabase, grounded: Grounded
) -> None:
    assert_answered(question, gold, gold_db, grounded)
