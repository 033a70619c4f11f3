"""Everyday phrasings on a schema of the planner's own (the gym of `tests.llm.workout`).

Issue 17's rules, asked on tables nothing under src/ names: "which <rows> are <value>" lists
the rows; a table's word said last keeps a close spelling of a longer value out ("annual plans"
are plans billed annually, not the plan named 'Annual Plus'); a period word inside a value found
in the data is no period ("the Basic Monthly plan"), nor is a unit followed by a word that
makes a column's name with it ("a day rate"); years before 1900 and columns of years named
year_built; "taller than"; "than an hour"; began and finished as a row's start and end; "how
much does <row> cost": the row's name and its one price; "the <column> for <row>": that column
of the row named (by its exact value before a close spelling), the column by its name or its
comment; "in our collection", "in the inventory": all the rows held, no condition; "the first
<row> to <verb>", "which <row> <verb>ed last": the earliest or latest by the date the verb names.
"""

from collections.abc import Iterator

import pytest

from tests.llm.gold import GoldDatabase, Grounded, case, database_of, ground, planned, rows
from tests.llm.workout import WORKOUT

ROWS = [
    case("which lockers are vacant?", "SELECT * FROM lockers WHERE status = 'vacant'"),
    case("which bookings were refunded", "SELECT * FROM bookings WHERE status = 'refunded'"),
]
VALUES = [
    case("how many annual plans are there", "SELECT count(*) FROM plans WHERE billing = 'annual'"),
    case(
        "list the members on the Basic Monthly plan",
        "SELECT m.* FROM members m JOIN plans p USING (plan_id) WHERE p.name = 'Basic Monthly'",
    ),
    case(
        "how many members are on the Annual Plus plan",
        "SELECT count(*) FROM members JOIN plans USING (plan_id) WHERE plans.name = 'Annual Plus'",
    ),
]
PERIODS = [
    case("coaches with a day rate above 400", "SELECT * FROM coaches WHERE day_rate_eur > 400"),
    case(
        "members per month",
        "SELECT date_trunc('month', joined_on), count(*) FROM members GROUP BY 1",
    ),
]
YEARS = [
    case("machines built before 1990", "SELECT * FROM machines WHERE year_built < 1990"),
    case("machines built in 1985", "SELECT * FROM machines WHERE year_built = 1985"),
    case(
        "classes that began in 2025",
        "SELECT * FROM classes WHERE starts_on >= '2025-01-01' AND starts_on < '2026-01-01'",
    ),
    case(
        "classes that finished in 2025",
        "SELECT * FROM classes WHERE ends_on >= '2025-01-01' AND ends_on < '2026-01-01'",
    ),
]
MEASURES = [
    case("machines taller than 180 cm", "SELECT * FROM machines WHERE height_cm > 180"),
    case("machines taller than 2 metres", "SELECT * FROM machines WHERE height_cm > 200"),
    case("classes longer than an hour", "SELECT * FROM classes WHERE length_minutes > 60"),
    case("classes shorter than 1 hour", "SELECT * FROM classes WHERE length_minutes < 60"),
    case("classes longer than 30 minutes", "SELECT * FROM classes WHERE length_minutes > 30"),
]

NAMED = [
    case(
        "how much does the Annual Plus plan cost",
        "SELECT fee_eur FROM plans WHERE name = 'Annual Plus'",
    ),
    case("what does Flex cost?", "SELECT fee_eur FROM plans WHERE name = 'Flex'"),
    case("what's the fee for the Premium plan", "SELECT fee_eur FROM plans WHERE name = 'Premium'"),
    case(
        "the day rate for Chen Li",
        "SELECT day_rate_eur FROM coaches WHERE full_name = 'Chen Li'",
    ),
    case(
        "what are the qualifications of Chen Li?",
        "SELECT certificate_count FROM coaches WHERE full_name = 'Chen Li'",
    ),
    case(
        "which coach has the most certificates?",
        "SELECT * FROM coaches ORDER BY certificate_count DESC LIMIT 1",
    ),
]

HELD = [
    case("how many machines are in our inventory", "SELECT count(*) FROM machines"),
    case(
        "the tallest machine in the inventory",
        "SELECT * FROM machines ORDER BY height_cm DESC LIMIT 1",
    ),
    case(
        "which coach runs the most classes in our catalogue?",
        "SELECT c.coach_id, c.full_name, count(*) FROM classes JOIN coaches c USING (coach_id)"
        " GROUP BY 1, 2 ORDER BY 3 DESC, 1 LIMIT 1",
    ),
]

RANKED = [
    case(
        "who was the first member to join?",
        "SELECT * FROM members ORDER BY joined_on LIMIT 1",
    ),
    case("the last member to join", "SELECT * FROM members ORDER BY joined_on DESC LIMIT 1"),
    case("which member joined first", "SELECT * FROM members ORDER BY joined_on LIMIT 1"),
    case("which machine was built first", "SELECT * FROM machines ORDER BY year_built LIMIT 1"),
    case(
        "the first booking to be refunded",
        "SELECT * FROM bookings WHERE status = 'refunded' ORDER BY booked_on LIMIT 1",
    ),
    case("show the first 3 machines", "SELECT * FROM machines ORDER BY machine_id LIMIT 3"),
]

QUESTIONS = [*ROWS, *VALUES, *PERIODS, *YEARS, *MEASURES, *NAMED, *HELD, *RANKED]


@pytest.fixture(scope="module")
def gym_db(pg_server: str) -> Iterator[GoldDatabase]:
    with database_of(pg_server, WORKOUT) as db:
        yield db


@pytest.fixture(scope="module")
async def grounded(gym_db: GoldDatabase) -> Grounded:
    return await ground(gym_db.url)


@pytest.mark.parametrize(("question", "gold"), QUESTIONS)
def test_everyday_phrasings_return_the_rows_of_the_gold_sql(
    question: str, gold: str, gym_db: GoldDatabase, grounded: Grounded
) -> None:
    sql = planned(question, grounded)
    assert rows(gym_db, sql) == rows(gym_db, gold), sql
