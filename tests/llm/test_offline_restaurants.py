"""Held-out questions for the offline planner on a restaurant chain schema it has never seen.

Eight restaurants of one chain, their staff (with managers), suppliers, menu items, orders and
order lines, shifts and table reservations. The 52 questions and their gold SQL were written
blind on 2026-11-30, by a helper not allowed to read the planner, its tests or its docs. Per
kind: counts 6, filters 6, joins 6, superlatives 6, groups 6, dates 6, comparisons 6, never 5,
named 5.
First sight with the planner of 2026-11-30 morning: 35/52. Tuned on since (2026-11-30
afternoon): 50/52, so no longer a held-out measure.
"""

import pytest

from tests.llm.gold import (
    GoldDatabase,
    Grounded,
    assert_answered,
    case,
    with_misses,
)
from tests.llm.restaurants import RESTAURANTS

COUNTS = [
    case(
        "how many orders were cancelled?", "SELECT count(*) FROM orders WHERE status = 'cancelled'"
    ),
    case(
        "How many menu items are vegetarian?",
        "SELECT count(*) FROM menu_items WHERE is_vegetarian",
    ),
    case("number of waiters?", "SELECT count(*) FROM staff WHERE role = 'waiter'"),
    case(
        "How many restaurants do we have in Berlin?",
        "SELECT count(*) FROM restaurants WHERE city = 'Berlin'",
    ),
    case(
        "how many reservations were no-shows?",
        "SELECT count(*) FROM reservations WHERE status = 'no_show'",
    ),
    case(
        "Can you tell me how many delivery orders we've had?",
        "SELECT count(*) FROM orders WHERE channel = 'delivery'",
    ),
]

FILTERS = [
    case("show the desserts", "SELECT * FROM menu_items WHERE category = 'dessert'"),
    case(
        "Which menu items are currently unavailable?",
        "SELECT * FROM menu_items WHERE NOT is_available",
    ),
    case("list the part-time staff", "SELECT * FROM staff WHERE NOT is_full_time"),
    case("restaurants with a terrace", "SELECT * FROM restaurants WHERE has_terrace"),
    case("Which of our suppliers are organic?", "SELECT * FROM suppliers WHERE is_organic"),
    case("bartenders?", "SELECT * FROM staff WHERE role = 'bartender'"),
]

JOINS = [
    case(
        "Who works at Bella Vista Altona?",
        "SELECT s.* FROM staff s JOIN restaurants r ON r.restaurant_id = s.restaurant_id"
        " WHERE r.name = 'Bella Vista Altona'",
    ),
    case(
        "Which menu items does Nordsee Fisch GmbH supply?",
        "SELECT m.* FROM menu_items m JOIN suppliers s ON s.supplier_id = m.supplier_id"
        " WHERE s.name = 'Nordsee Fisch GmbH'",
    ),
    case(
        "who reports to Franz Huber?",
        "SELECT s.* FROM staff s JOIN staff m ON m.staff_id = s.manager_id"
        " WHERE m.first_name = 'Franz' AND m.last_name = 'Huber'",
    ),
    case(
        "Which orders included the Bistecca alla Fiorentina?",
        "SELECT o.* FROM orders o JOIN order_lines l ON l.order_id = o.order_id"
        " JOIN menu_items m ON m.item_id = l.item_id WHERE m.name = 'Bistecca alla Fiorentina'",
    ),
    case(
        "list the reservations at our restaurants in Hamburg",
        "SELECT v.* FROM reservations v JOIN restaurants r ON r.restaurant_id = v.restaurant_id"
        " WHERE r.city = 'Hamburg'",
    ),
    case(
        "which suppliers supply desserts?",
        "SELECT DISTINCT s.* FROM suppliers s JOIN menu_items m ON m.supplier_id = s.supplier_id"
        " WHERE m.category = 'dessert'",
    ),
]

SUPERLATIVES = [
    case(
        "What is the most expensive item on the menu?",
        "SELECT * FROM menu_items ORDER BY price_eur DESC LIMIT 1",
    ),
    case(
        "cheapest drink?",
        "SELECT * FROM menu_items WHERE category = 'drink' ORDER BY price_eur LIMIT 1",
    ),
    case(
        "Who has been working for us the longest?",
        "SELECT * FROM staff ORDER BY hired_on LIMIT 1",
    ),
    case(
        "which restaurant has the most seats",
        "SELECT * FROM restaurants ORDER BY seats DESC LIMIT 1",
    ),
    case(
        "Which restaurant has taken the most orders?",
        "SELECT r.restaurant_id, r.name, count(*) FROM restaurants r"
        " JOIN orders o ON o.restaurant_id = r.restaurant_id GROUP BY 1, 2"
        " ORDER BY 3 DESC LIMIT 1",
    ),
    case(
        "what's our best-selling menu item by quantity?",
        "SELECT m.item_id, m.name, sum(l.quantity) FROM menu_items m"
        " JOIN order_lines l ON l.item_id = m.item_id GROUP BY 1, 2 ORDER BY 3 DESC LIMIT 1",
    ),
]

GROUPS = [
    case("How many staff per role?", "SELECT role, count(*) FROM staff GROUP BY 1"),
    case(
        "average menu price by category",
        "SELECT category, avg(price_eur) FROM menu_items GROUP BY 1",
    ),
    case("number of orders per channel", "SELECT channel, count(*) FROM orders GROUP BY 1"),
    case(
        "What's the average party size for each restaurant?",
        "SELECT r.restaurant_id, r.name, avg(v.party_size) FROM restaurants r"
        " JOIN reservations v ON v.restaurant_id = r.restaurant_id GROUP BY 1, 2",
    ),
    case(
        "how many reservations are there in each status?",
        "SELECT status, count(*) FROM reservations GROUP BY 1",
    ),
    case(
        "How many employees does each restaurant have?",
        "SELECT r.restaurant_id, r.name, count(*) FROM restaurants r"
        " JOIN staff s ON s.restaurant_id = r.restaurant_id GROUP BY 1, 2",
    ),
]

DATES = [
    case(
        "Which staff were hired before 2020?",
        "SELECT * FROM staff WHERE hired_on < '2020-01-01'",
    ),
    case(
        "restaurants opened since 2021",
        "SELECT * FROM restaurants WHERE opened_on >= '2021-01-01'",
    ),
    case(
        "How many orders were placed last month?",
        "SELECT count(*) FROM orders"
        " WHERE ordered_at >= date_trunc('month', current_date) - interval '1 month'"
        " AND ordered_at < date_trunc('month', current_date)",
    ),
    case(
        "show me this year's cancelled orders",
        "SELECT * FROM orders WHERE status = 'cancelled'"
        " AND ordered_at >= date_trunc('year', current_date)"
        " AND ordered_at < date_trunc('year', current_date) + interval '1 year'",
    ),
    case(
        "Which menu items were added in 2016?",
        "SELECT * FROM menu_items WHERE added_on >= '2016-01-01' AND added_on < '2017-01-01'",
    ),
    case(
        "reservations this month",
        "SELECT * FROM reservations WHERE reserved_for >= date_trunc('month', current_date)"
        " AND reserved_for < date_trunc('month', current_date) + interval '1 month'",
    ),
]

COMPARISONS = [
    case("menu items cheaper than 7 euros", "SELECT * FROM menu_items WHERE price_eur < 7"),
    case(
        "Which reservations are for at least 8 people?",
        "SELECT * FROM reservations WHERE party_size >= 8",
    ),
    case("dishes with more than 900 calories", "SELECT * FROM menu_items WHERE calories > 900"),
    case(
        "staff earning over 25 an hour",
        "SELECT * FROM staff WHERE hourly_wage_eur > 25",
    ),
    case("restaurants with fewer than 60 seats", "SELECT * FROM restaurants WHERE seats < 60"),
    case(
        "orders where the tip was 5 euros or more",
        "SELECT * FROM orders WHERE tip_eur >= 5",
    ),
]

NEVER = [
    case(
        "Which menu items have never been ordered?",
        "SELECT * FROM menu_items m"
        " WHERE NOT EXISTS (SELECT 1 FROM order_lines l WHERE l.item_id = m.item_id)",
    ),
    case(
        "suppliers with no contact email",
        "SELECT * FROM suppliers WHERE contact_email IS NULL",
    ),
    case("staff without a manager", "SELECT * FROM staff WHERE manager_id IS NULL"),
    case(
        "Are there suppliers that don't supply any of our menu items?",
        "SELECT * FROM suppliers s"
        " WHERE NOT EXISTS (SELECT 1 FROM menu_items m WHERE m.supplier_id = s.supplier_id)",
    ),
    case(
        "employees who have no shifts",
        "SELECT * FROM staff s"
        " WHERE NOT EXISTS (SELECT 1 FROM shifts h WHERE h.staff_id = s.staff_id)",
    ),
]

NAMED = [
    case(
        "When did Bella Vista Kreuzberg open?",
        "SELECT opened_on FROM restaurants WHERE name = 'Bella Vista Kreuzberg'",
    ),
    case("How much is the Tiramisù?", "SELECT price_eur FROM menu_items WHERE name = 'Tiramisù'"),
    case(
        "what's Giulia Bianchi's hourly wage?",
        "SELECT hourly_wage_eur FROM staff WHERE first_name = 'Giulia' AND last_name = 'Bianchi'",
    ),
    case(
        "Which city is Cantina Bellini in?",
        "SELECT city FROM suppliers WHERE name = 'Cantina Bellini'",
    ),
    case(
        "How many seats does Bella Vista Neustadt have?",
        "SELECT seats FROM restaurants WHERE name = 'Bella Vista Neustadt'",
    ),
]

# First sight (planner of ab97950, before that session's vocabulary and adjective work): 27/52.
# With that work (the merge that wrote these misses): 35/52.
# Known misses, each with the planner's answer:
MISSES: dict[str, str] = {}

QUESTIONS = with_misses(
    [*COUNTS, *FILTERS, *JOINS, *SUPERLATIVES, *GROUPS, *DATES, *COMPARISONS, *NEVER, *NAMED],
    MISSES,
)


SCHEMA = RESTAURANTS  # the module's database, made by the fixtures of tests/llm/conftest.py


@pytest.mark.parametrize(("question", "gold"), QUESTIONS)
def test_restaurants_questions_return_the_rows_of_the_gold_sql(
    question: str, gold: str, gold_db: GoldDatabase, grounded: Grounded
) -> None:
    assert_answered(question, gold, gold_db, grounded)
