"""Held-out questions for the offline planner on a farm veg-box scheme schema it has never seen.

Farms and the produce items they grow, members (with who referred them), their subscriptions of
four box sizes, the weekly boxes packed for them and what went into each box (with the item an
entry replaced), and deliveries of boxes by drivers. The 55 questions and their gold SQL were
written blind on 2026-11-30, by a helper not allowed to read the planner, its tests or its docs.
Per kind: counts 6, filters 6, joins 7, superlatives 7, groups 6, dates 6, comparisons 6,
never 5, named 6.
First sight, with the planner of f14cbaa: 49/55. A dev set: its misses were read and worked on
since, so it is no longer a held-out measure; MISSES holds the planner's answers as it stands.
"""

import pytest

from tests.llm.farmbox import FARMBOX
from tests.llm.gold import (
    GoldDatabase,
    Grounded,
    assert_answered,
    case,
    with_misses,
)

COUNTS = [
    case("how many organic farms are there?", "SELECT count(*) FROM farms WHERE is_organic"),
    case(
        "How many subscriptions have been cancelled?",
        "SELECT count(*) FROM subscriptions WHERE status = 'cancelled'",
    ),
    case("number of failed deliveries", "SELECT count(*) FROM deliveries WHERE status = 'failed'"),
    case(
        "how many vegan members do we have",
        "SELECT count(*) FROM members WHERE dietary_preference = 'vegan'",
    ),
    case(
        "How many of our farms are in Somerset?",
        "SELECT count(*) FROM farms WHERE county = 'Somerset'",
    ),
    case(
        "count the family size subscriptions",
        "SELECT count(*) FROM subscriptions WHERE size = 'family'",
    ),
]
FILTERS = [
    case("show me the paused subscriptions", "SELECT * FROM subscriptions WHERE status = 'paused'"),
    case("list the herbs we stock", "SELECT * FROM produce_items WHERE category = 'herb'"),
    case("Which drivers have an electric van?", "SELECT * FROM drivers WHERE is_electric_van"),
    case(
        "fortnightly subscriptions",
        "SELECT * FROM subscriptions WHERE frequency = 'fortnightly'",
    ),
    case("members in Frome", "SELECT * FROM members WHERE town = 'Frome'"),
    case(
        "which deliveries were left with a neighbour?",
        "SELECT * FROM deliveries WHERE left_with_neighbour",
    ),
]
JOINS = [
    case(
        "what produce does Ashcombe Orchard supply?",
        "SELECT p.* FROM produce_items p JOIN farms f ON f.farm_id = p.farm_id"
        " WHERE f.name = 'Ashcombe Orchard'",
    ),
    case(
        "list the subscriptions held by Maya Patel",
        "SELECT s.* FROM subscriptions s JOIN members m ON m.member_id = s.member_id"
        " WHERE m.full_name = 'Maya Patel'",
    ),
    case(
        "which deliveries did Dan Kowalski do",
        "SELECT d.* FROM deliveries d JOIN drivers r ON r.driver_id = d.driver_id"
        " WHERE r.full_name = 'Dan Kowalski'",
    ),
    case(
        "boxes with kale in them",
        "SELECT b.* FROM boxes b JOIN box_contents c ON c.box_id = b.box_id"
        " JOIN produce_items p ON p.item_id = c.item_id WHERE p.name = 'Kale'",
    ),
    case(
        "Which members subscribe to a family box?",
        "SELECT * FROM members WHERE member_id IN"
        " (SELECT member_id FROM subscriptions WHERE size = 'family')",
    ),
    case(
        "show produce items grown on organic farms",
        "SELECT p.* FROM produce_items p JOIN farms f ON f.farm_id = p.farm_id WHERE f.is_organic",
    ),
    case(
        "boxes packed for members living in Wells",
        "SELECT b.* FROM boxes b JOIN subscriptions s ON s.subscription_id = b.subscription_id"
        " JOIN members m ON m.member_id = s.member_id WHERE m.town = 'Wells'",
    ),
]
SUPERLATIVES = [
    case(
        "what's the most expensive produce item?",
        "SELECT * FROM produce_items ORDER BY unit_price DESC LIMIT 1",
    ),
    case("which farm is the largest?", "SELECT * FROM farms ORDER BY hectares DESC LIMIT 1"),
    case("our longest serving driver", "SELECT * FROM drivers ORDER BY hired_on LIMIT 1"),
    case("the heaviest box", "SELECT * FROM boxes ORDER BY total_weight_kg DESC LIMIT 1"),
    case(
        "show the three newest members",
        "SELECT * FROM members ORDER BY joined_on DESC LIMIT 3",
    ),
    case(
        "Which farm supplies the most produce items?",
        "SELECT f.farm_id, f.name, count(*) FROM produce_items p JOIN farms f"
        " ON f.farm_id = p.farm_id GROUP BY 1, 2 ORDER BY 3 DESC LIMIT 1",
    ),
    case(
        "which driver has the most deliveries?",
        "SELECT r.driver_id, r.full_name, count(*) FROM deliveries d JOIN drivers r"
        " ON r.driver_id = d.driver_id GROUP BY 1, 2 ORDER BY 3 DESC LIMIT 1",
    ),
]
GROUPS = [
    case(
        "how many subscriptions per box size?",
        "SELECT size, count(*) FROM subscriptions GROUP BY 1",
    ),
    case(
        "members by dietary preference",
        "SELECT dietary_preference, count(*) FROM members GROUP BY 1",
    ),
    case(
        "What's the average price per box for each box size?",
        "SELECT size, avg(price_per_box) FROM subscriptions GROUP BY 1",
    ),
    case(
        "number of produce items in each category",
        "SELECT category, count(*) FROM produce_items GROUP BY 1",
    ),
    case("total hectares by county", "SELECT county, sum(hectares) FROM farms GROUP BY 1"),
    case(
        "deliveries per driver",
        "SELECT r.driver_id, r.full_name, count(*) FROM deliveries d JOIN drivers r"
        " ON r.driver_id = d.driver_id GROUP BY 1, 2",
    ),
]
DATES = [
    case(
        "which members signed up during summer 2024?",
        "SELECT * FROM members WHERE joined_on >= '2024-06-01' AND joined_on < '2024-09-01'",
    ),
    case(
        "how many subscriptions started before March 2024?",
        "SELECT count(*) FROM subscriptions WHERE started_on < '2024-03-01'",
    ),
    case(
        "boxes packed in February 2025",
        "SELECT * FROM boxes WHERE packed_at >= '2025-02-01' AND packed_at < '2025-03-01'",
    ),
    case(
        "Show deliveries scheduled for December 2024",
        "SELECT * FROM deliveries"
        " WHERE scheduled_for >= '2024-12-01' AND scheduled_for < '2025-01-01'",
    ),
    case("drivers hired after 2022", "SELECT * FROM drivers WHERE hired_on >= '2023-01-01'"),
    case(
        "which subscriptions ended in 2025?",
        "SELECT * FROM subscriptions WHERE ended_on >= '2025-01-01' AND ended_on < '2026-01-01'",
    ),
]
COMPARISONS = [
    case("produce over £4", "SELECT * FROM produce_items WHERE unit_price > 4"),
    case("boxes heavier than 8 kg", "SELECT * FROM boxes WHERE total_weight_kg > 8"),
    case("farms smaller than 30 hectares", "SELECT * FROM farms WHERE hectares < 30"),
    case(
        "subscriptions costing at least £25 a box",
        "SELECT * FROM subscriptions WHERE price_per_box >= 25",
    ),
    case(
        "Which drivers earn more than 13 pounds an hour?",
        "SELECT * FROM drivers WHERE hourly_rate > 13",
    ),
    case("deliveries over 30 km", "SELECT * FROM deliveries WHERE distance_km > 30"),
]
NEVER = [
    case("members with no email", "SELECT * FROM members WHERE email IS NULL"),
    case(
        "which members have never had a subscription?",
        "SELECT * FROM members m WHERE NOT EXISTS"
        " (SELECT 1 FROM subscriptions s WHERE s.member_id = m.member_id)",
    ),
    case(
        "produce items that have never gone into a box",
        "SELECT * FROM produce_items p WHERE NOT EXISTS"
        " (SELECT 1 FROM box_contents c WHERE c.item_id = p.item_id)",
    ),
    case(
        "subscriptions without any boxes",
        "SELECT * FROM subscriptions s WHERE NOT EXISTS"
        " (SELECT 1 FROM boxes b WHERE b.subscription_id = s.subscription_id)",
    ),
    case(
        "deliveries that haven't been delivered yet",
        "SELECT * FROM deliveries WHERE delivered_at IS NULL",
    ),
]
NAMED = [
    case(
        "when did Maya Patel join?",
        "SELECT joined_on FROM members WHERE full_name = 'Maya Patel'",
    ),
    case(
        "how much are the strawberries",
        "SELECT unit_price FROM produce_items WHERE name = 'Strawberries'",
    ),
    case(
        "who runs Hollow Oak Farm?",
        "SELECT farmer_name FROM farms WHERE name = 'Hollow Oak Farm'",
    ),
    case(
        "what's the van registration for Dan Kowalski",
        "SELECT van_registration FROM drivers WHERE full_name = 'Dan Kowalski'",
    ),
    case(
        "How many hectares is Stonebridge Farm?",
        "SELECT hectares FROM farms WHERE name = 'Stonebridge Farm'",
    ),
    case(
        "what is Oliver Grant's postcode?",
        "SELECT postcode FROM members WHERE full_name = 'Oliver Grant'",
    ),
]

MISSES: dict[str, str] = {}

QUESTIONS = with_misses(
    [*COUNTS, *FILTERS, *JOINS, *SUPERLATIVES, *GROUPS, *DATES, *COMPARISONS, *NEVER, *NAMED],
    MISSES,
)


SCHEMA = FARMBOX  # the module's database, made by the fixtures of tests/llm/conftest.py


@pytest.mark.parametrize(("question", "gold"), QUESTIONS)
def test_farmbox_questions_return_the_rows_of_the_gold_sql(
    question: str, gold: str, gold_db: GoldDatabase, grounded: Grounded
) -> None:
    assert_answered(question, gold, gold_db, grounded)
