"""Held-out questions for the offline planner on a winery schema it has never seen.

Vineyards split into blocks of one grape each, harvests of those blocks, the wines made (colour,
vintage, price, bottles in stock), customers who may be wine club members of a tier, their orders
and order lines, and tasting room bookings. The 55 questions and their gold SQL were written blind
on 2026-11-30, by a helper not allowed to read the planner, its tests or its docs. Per kind:
counts 6, filters 6, joins 7, superlatives 7, groups 6, dates 6, comparisons 6, never 5, named 6.
Groups by another table's row select its key, label and aggregate (the bank set's form; the
writer was told otherwise by mistake, and aa9b032 rewrote those golds without the planner).
First sight, with the planner of 5ab67a8 (before any work that could see this set): 38/55.
The lead saw those misses (a tool printed them), so this set is no longer blind to him; the
planner helpers of that session never saw it. With 944e13a (words between named things left
out, drafted before this set was scored, refined against older sets and the refusal tests):
42/55. Tuned on by the same session's second wave (dates, people in text columns,
related rows) and answered 54/55 at the session's end; MISSES holds that planner's answers.
"""

import pytest

from tests.llm.gold import (
    GoldDatabase,
    Grounded,
    assert_answered,
    case,
    with_misses,
)
from tests.llm.winery import WINERY

COUNTS = [
    case(
        "how many gold club members do we have?",
        "SELECT count(*) FROM customers WHERE club_tier = 'gold'",
    ),
    case("how many rosé wines are there?", "SELECT count(*) FROM wines WHERE colour = 'rose'"),
    case("number of cancelled orders", "SELECT count(*) FROM orders WHERE status = 'cancelled'"),
    case(
        "How many tasting bookings were no-shows?",
        "SELECT count(*) FROM tasting_bookings WHERE status = 'no_show'",
    ),
    case(
        "how many vineyards do we have in Kent?",
        "SELECT count(*) FROM vineyards WHERE region = 'Kent'",
    ),
    case(
        "how many harvests were picked by hand?",
        "SELECT count(*) FROM harvests WHERE method = 'hand'",
    ),
]
FILTERS = [
    case("show me the organic vineyards", "SELECT * FROM vineyards WHERE is_organic"),
    case("which wines are club exclusives?", "SELECT * FROM wines WHERE is_club_exclusive"),
    case("list the sparkling wines", "SELECT * FROM wines WHERE colour = 'sparkling'"),
    case("which orders were sent as gifts?", "SELECT * FROM orders WHERE is_gift"),
    case(
        "vineyard tour bookings",
        "SELECT * FROM tasting_bookings WHERE experience = 'vineyard_tour'",
    ),
    case("Which blocks are planted with Bacchus?", "SELECT * FROM blocks WHERE grape = 'Bacchus'"),
]
JOINS = [
    case(
        "which wines has Eleanor Hughes ordered?",
        "SELECT DISTINCT w.* FROM wines w JOIN order_lines l ON l.wine_id = w.wine_id"
        " JOIN orders o ON o.order_id = l.order_id"
        " JOIN customers c ON c.customer_id = o.customer_id"
        " WHERE c.full_name = 'Eleanor Hughes'",
    ),
    case(
        "list the blocks at the Chalk Ridge vineyard",
        "SELECT b.* FROM blocks b JOIN vineyards v ON v.vineyard_id = b.vineyard_id"
        " WHERE v.name = 'Chalk Ridge'",
    ),
    case(
        "harvests from our Sussex vineyards",
        "SELECT h.* FROM harvests h JOIN blocks b ON b.block_id = h.block_id"
        " JOIN vineyards v ON v.vineyard_id = b.vineyard_id WHERE v.region = 'Sussex'",
    ),
    case(
        "show the orders placed by gold members",
        "SELECT o.* FROM orders o JOIN customers c ON c.customer_id = o.customer_id"
        " WHERE c.club_tier = 'gold'",
    ),
    case(
        "Which customers have booked a premium tasting?",
        "SELECT * FROM customers WHERE customer_id IN"
        " (SELECT customer_id FROM tasting_bookings WHERE experience = 'premium')",
    ),
    case(
        "order lines for sparkling wines",
        "SELECT l.* FROM order_lines l JOIN wines w ON w.wine_id = l.wine_id"
        " WHERE w.colour = 'sparkling'",
    ),
    case(
        "which wines come from organic vineyards?",
        "SELECT w.* FROM wines w JOIN vineyards v ON v.vineyard_id = w.vineyard_id"
        " WHERE v.is_organic",
    ),
]
SUPERLATIVES = [
    case("what's our most expensive wine?", "SELECT * FROM wines ORDER BY price_gbp DESC LIMIT 1"),
    case(
        "which wine are we lowest on stock of?",
        "SELECT * FROM wines ORDER BY stock_bottles LIMIT 1",
    ),
    case("the biggest harvest on record", "SELECT * FROM harvests ORDER BY tonnes DESC LIMIT 1"),
    case(
        "our three largest vineyards",
        "SELECT * FROM vineyards ORDER BY area_hectares DESC LIMIT 3",
    ),
    case(
        "which wine has the oldest vintage?",
        "SELECT * FROM wines ORDER BY vintage_year LIMIT 1",
    ),
    case(
        "Which customer has placed the most orders?",
        "SELECT c.customer_id, c.full_name, count(*) FROM orders o JOIN customers c"
        " ON c.customer_id = o.customer_id GROUP BY 1, 2 ORDER BY 3 DESC LIMIT 1",
    ),
    case(
        "which wine has sold the most bottles?",
        "SELECT w.wine_id, w.name, sum(l.bottles) FROM order_lines l JOIN wines w"
        " ON w.wine_id = l.wine_id GROUP BY 1, 2 ORDER BY 3 DESC LIMIT 1",
    ),
]
GROUPS = [
    case("how many wines of each colour?", "SELECT colour, count(*) FROM wines GROUP BY 1"),
    case(
        "total tonnes picked per grape variety",
        "SELECT b.grape, sum(h.tonnes) FROM harvests h JOIN blocks b ON b.block_id = h.block_id"
        " GROUP BY 1",
    ),
    case(
        "club members by tier",
        "SELECT club_tier, count(*) FROM customers WHERE club_tier IS NOT NULL GROUP BY 1",
    ),
    case(
        "what's the average bottle price for each grape?",
        "SELECT grape, avg(price_gbp) FROM wines GROUP BY 1",
    ),
    case("number of orders per channel", "SELECT channel, count(*) FROM orders GROUP BY 1"),
    case(
        "how many blocks does each vineyard have?",
        "SELECT v.vineyard_id, v.name, count(*) FROM blocks b JOIN vineyards v"
        " ON v.vineyard_id = b.vineyard_id GROUP BY 1, 2",
    ),
]
DATES = [
    case(
        "orders placed this month",
        "SELECT * FROM orders WHERE placed_at >= date_trunc('month', current_date)"
        " AND placed_at < date_trunc('month', current_date) + interval '1 month'",
    ),
    case(
        "Which tastings are booked for tomorrow?",
        "SELECT * FROM tasting_bookings"
        " WHERE booked_for >= current_date + 1 AND booked_for < current_date + 2",
    ),
    case(
        "how many harvests were there in 2022?",
        "SELECT count(*) FROM harvests"
        " WHERE harvested_on >= '2022-01-01' AND harvested_on < '2023-01-01'",
    ),
    case(
        "customers who joined the wine club last year",
        "SELECT * FROM customers"
        " WHERE club_joined_on >= date_trunc('year', current_date) - interval '1 year'"
        " AND club_joined_on < date_trunc('year', current_date)",
    ),
    case("wines released before 2020", "SELECT * FROM wines WHERE released_on < '2020-01-01'"),
    case(
        "tasting bookings in August 2024",
        "SELECT * FROM tasting_bookings"
        " WHERE booked_for >= '2024-08-01' AND booked_for < '2024-09-01'",
    ),
]
COMPARISONS = [
    case("wines over £40", "SELECT * FROM wines WHERE price_gbp > 40"),
    case(
        "wines with fewer than 100 bottles in stock",
        "SELECT * FROM wines WHERE stock_bottles < 100",
    ),
    case("harvests of more than 12 tonnes", "SELECT * FROM harvests WHERE tonnes > 12"),
    case(
        "tastings for groups of more than 6 people",
        "SELECT * FROM tasting_bookings WHERE party_size > 6",
    ),
    case("wines stronger than 12.5% alcohol", "SELECT * FROM wines WHERE alcohol_pct > 12.5"),
    case(
        "tastings lasting over 2 hours",
        "SELECT * FROM tasting_bookings WHERE duration_minutes > 120",
    ),
]
NEVER = [
    case(
        "which customers don't have an email address on file?",
        "SELECT * FROM customers WHERE email IS NULL",
    ),
    case(
        "wines that have never been ordered",
        "SELECT * FROM wines w WHERE NOT EXISTS"
        " (SELECT 1 FROM order_lines l WHERE l.wine_id = w.wine_id)",
    ),
    case(
        "customers who have never booked a tasting",
        "SELECT * FROM customers c WHERE NOT EXISTS"
        " (SELECT 1 FROM tasting_bookings t WHERE t.customer_id = c.customer_id)",
    ),
    case("vineyards with no manager", "SELECT * FROM vineyards WHERE manager_name IS NULL"),
    case(
        "Which blocks have never been harvested?",
        "SELECT * FROM blocks b WHERE NOT EXISTS"
        " (SELECT 1 FROM harvests h WHERE h.block_id = b.block_id)",
    ),
]
NAMED = [
    case(
        "how much is the Chalk Ridge Bacchus?",
        "SELECT price_gbp FROM wines WHERE name = 'Chalk Ridge Bacchus'",
    ),
    case(
        "how many bottles of Old Barn Pinot Noir do we have left?",
        "SELECT stock_bottles FROM wines WHERE name = 'Old Barn Pinot Noir'",
    ),
    case(
        "who manages the Hollow Lane vineyard?",
        "SELECT manager_name FROM vineyards WHERE name = 'Hollow Lane'",
    ),
    case(
        "when did Stephen Pearce join the wine club?",
        "SELECT club_joined_on FROM customers WHERE full_name = 'Stephen Pearce'",
    ),
    case(
        "what vintage is the Kestrel Hill Chardonnay?",
        "SELECT vintage_year FROM wines WHERE name = 'Kestrel Hill Chardonnay'",
    ),
    case(
        "which region is Brambletye in?",
        "SELECT region FROM vineyards WHERE name = 'Brambletye'",
    ),
]

MISSES: dict[str, str] = {
    "wines stronger than 12.5% alcohol": (
        "refused: CANNOT: I could not place 'stronger' in the schema or its data. "
        "Closest I understand: 'how many wines' or 'show wines where colour is red' or "
        "'average vintage_year of wines'. For other questions set P"
    ),
}

QUESTIONS = with_misses(
    [*COUNTS, *FILTERS, *JOINS, *SUPERLATIVES, *GROUPS, *DATES, *COMPARISONS, *NEVER, *NAMED],
    MISSES,
)


SCHEMA = WINERY  # the module's database, made by the fixtures of tests/llm/conftest.py


@pytest.mark.parametrize(("question", "gold"), QUESTIONS)
def test_winery_questions_return_the_rows_of_the_gold_sql(
    question: str, gold: str, gold_db: GoldDatabase, grounded: Grounded
) -> None:
    assert_answered(question, gold, gold_db, grounded)
