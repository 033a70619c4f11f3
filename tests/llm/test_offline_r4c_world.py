"""Questions about measures and states named by everyday words, on five small schemas.

Cleaners with an hourly rate, their use of the phone app and their jobs, whose outcome may be
stored with a negation ('no_show', 'not_finished'); magazines with a price per issue and their
issues; campsite pitches taking at most so many people, and stays on them; a shop's
furniture_items and its stockists, "shops" by their shop_name; a vet's animals. Written on
2026-11-30 before the rules for "13 pounds an hour" (pounds of a rate are money), "£25 a box"
(the column priced per that noun, not a count of its rows), "capacity" (a max_ column of
people), "did not start" (a value 'did_not_start', no negation), "produce" (produce_items),
"companies" (accounts, by their company_name), "in recovery" ('recovering') and "never used
the app" (no row of the child whose app_minutes say it), to check they generalise beyond the
farm veg-box, wedding, race and SaaS schemas.
"""

import pytest

from tests.llm.gold import (
    GoldDatabase,
    Grounded,
    assert_answered,
    case,
    with_misses,
)
from tests.llm.r4c_world import R4C_WORLD

PER_UNIT = [
    case(
        "which cleaners earn more than 14 pounds an hour?",
        "SELECT * FROM cleaners WHERE hourly_rate > 14",
    ),
    case(
        "cleaners paid less than 12 quid an hour",
        "SELECT * FROM cleaners WHERE hourly_rate < 12",
    ),
    case(
        "magazines costing more than £4 an issue",
        "SELECT * FROM magazines WHERE price_per_issue > 4",
    ),
    case(
        "magazines that cost at most 3 pounds per issue",
        "SELECT * FROM magazines WHERE price_per_issue <= 3",
    ),
    case("jobs longer than 2 hours", "SELECT * FROM jobs WHERE hours > 2"),
]

CAPACITY = [
    case(
        "which pitch has the biggest capacity?",
        "SELECT * FROM pitches ORDER BY max_people DESC LIMIT 1",
    ),
    case(
        "pitches with a capacity of at least 8",
        "SELECT * FROM pitches WHERE max_people >= 8",
    ),
    case("stays with a party size above 3", "SELECT * FROM stays WHERE party_size > 3"),
]

NEGATED_STATES = [
    case("which jobs were a no show?", "SELECT * FROM jobs WHERE outcome = 'no_show'"),
    case(
        "how many jobs are marked as not finished?",
        "SELECT count(*) FROM jobs WHERE outcome = 'not_finished'",
    ),
    case("jobs that were not finished", "SELECT * FROM jobs WHERE outcome = 'not_finished'"),
]

MASS_NOUNS = [
    case("furniture over £300", "SELECT * FROM furniture_items WHERE price > 300"),
    case("furniture in the bedroom", "SELECT * FROM furniture_items WHERE room = 'bedroom'"),
    case("the cheapest furniture", "SELECT * FROM furniture_items ORDER BY price LIMIT 1"),
]

LABELLED = [
    case("shops with more than 10 staff", "SELECT * FROM stockists WHERE staff_count > 10"),
    case("how many shops are in York?", "SELECT count(*) FROM stockists WHERE city = 'York'"),
    case("list the shop names", "SELECT shop_name FROM stockists"),
    case("shops in Leeds", "SELECT * FROM stockists WHERE city = 'Leeds'"),
]

USED = [
    case(
        "cleaners who have never used the app",
        "SELECT * FROM cleaners c WHERE NOT EXISTS"
        " (SELECT 1 FROM phone_usage u WHERE u.cleaner_id = c.cleaner_id)",
    ),
    case(
        "how many cleaners never used the app?",
        "SELECT count(*) FROM cleaners c WHERE NOT EXISTS"
        " (SELECT 1 FROM phone_usage u WHERE u.cleaner_id = c.cleaner_id)",
    ),
]

IN_STATE = [
    case(
        "which animals are still in recovery?",
        "SELECT * FROM animals WHERE status = 'recovering'",
    ),
    case("animals that are recovering", "SELECT * FROM animals WHERE status = 'recovering'"),
    case(
        "how many animals are in recovery?",
        "SELECT count(*) FROM animals WHERE status = 'recovering'",
    ),
]

MISSES: dict[str, str] = {}

QUESTIONS = with_misses(
    [*PER_UNIT, *CAPACITY, *NEGATED_STATES, *MASS_NOUNS, *LABELLED, *USED, *IN_STATE], MISSES
)


SCHEMA = R4C_WORLD  # the module's database, made by the fixtures of tests/llm/conftest.py


@pytest.mark.parametrize(("question", "gold"), QUESTIONS)
def test_r4c_world_questions_return_the_rows_of_the_gold_sql(
    question: str, gold: str, gold_db: GoldDatabase, grounded: Grounded
) -> None:
    assert_answered(question, gold, gold_db, grounded)
