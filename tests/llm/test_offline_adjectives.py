"""Adjectives, adverbs, degrees and named rows on a schema of the planner's own: a marina.

Issue 17's general rules, each asked on tables nothing under src/ names: a state said as an
adjective, an adverb or a thing had (professionally → is_professional, an engine → has_engine),
its opposite (private → NOT is_public) or its end (active → retired_on IS NULL); degrees in
every form (heaviest, priciest, costliest, youngest) and what ages a row (a birth date, a year
built); a value before a table in a count ("hull repair jobs"); one named row's column ("how
many cabins does Sea Breeze have", "how long is Sea Breeze", "the home port of Wind Dancer":
the column alone, as issue 17 decided); and joins that take
the key named for a table over a role (skipper_id, not checked_by) and a link table over a
shared parent.
"""

from collections.abc import Iterator

import pytest

from tests.llm.gold import GoldDatabase, Grounded, case, database_of, ground, planned, rows
from tests.llm.marina import MARINA

FLAGS = [
    case(
        "list the skippers working professionally",
        "SELECT * FROM skippers WHERE is_professional",
    ),
    case(
        "how many skippers work professionally",
        "SELECT count(*) FROM skippers WHERE is_professional",
    ),
    case("how many boats have an engine", "SELECT count(*) FROM boats WHERE has_engine"),
    case("boats without an engine", "SELECT * FROM boats WHERE NOT has_engine"),
    case("private clubs", "SELECT * FROM clubs WHERE NOT is_public"),
    case("list the public clubs", "SELECT * FROM clubs WHERE is_public"),
    case("active skippers", "SELECT * FROM skippers WHERE retired_on IS NULL"),
    case("covered berths", "SELECT * FROM berths WHERE is_covered"),
    case("long-term berths", "SELECT * FROM berths WHERE term = 'long_term'"),
    case("count the short-term berths", "SELECT count(*) FROM berths WHERE term = 'short_term'"),
]

DEGREES = [
    case("the longest boat", "SELECT * FROM boats ORDER BY length_m DESC LIMIT 1"),
    case("which is the heaviest boat?", "SELECT * FROM boats ORDER BY weight_kg DESC LIMIT 1"),
    case("the lightest boat", "SELECT * FROM boats ORDER BY weight_kg LIMIT 1"),
    case("the newest boat", "SELECT * FROM boats ORDER BY built_year DESC LIMIT 1"),
    case("our oldest boat", "SELECT * FROM boats ORDER BY built_year LIMIT 1"),
    case("who is the youngest skipper?", "SELECT * FROM skippers ORDER BY birth_date DESC LIMIT 1"),
    case("the oldest skipper", "SELECT * FROM skippers ORDER BY birth_date LIMIT 1"),
    case("the cheapest berth", "SELECT * FROM berths ORDER BY daily_fee LIMIT 1"),
    case("the priciest berth", "SELECT * FROM berths ORDER BY daily_fee DESC LIMIT 1"),
    case("the 3 costliest berths", "SELECT * FROM berths ORDER BY daily_fee DESC LIMIT 3"),
    case("the biggest berth", "SELECT * FROM berths ORDER BY area_m2 DESC LIMIT 1"),
    case(
        "the costliest repair job",
        "SELECT * FROM repair_jobs ORDER BY cost_eur DESC NULLS LAST LIMIT 1",
    ),
    case("the most recent trip", "SELECT * FROM trips ORDER BY departed_on DESC LIMIT 1"),
    case("which boat weighs the most?", "SELECT * FROM boats ORDER BY weight_kg DESC LIMIT 1"),
    case("which berth costs the least", "SELECT * FROM berths ORDER BY daily_fee LIMIT 1"),
]

COUNTED_VALUES = [
    case("count the hull repair jobs", "SELECT count(*) FROM repair_jobs WHERE kind = 'hull'"),
    case("how many engine repair jobs", "SELECT count(*) FROM repair_jobs WHERE kind = 'engine'"),
    case("how many sailing boats", "SELECT count(*) FROM boats WHERE kind = 'sailing'"),
]

NAMED = [
    case(
        "how many cabins does Sea Breeze have",
        "SELECT cabin_count FROM boats WHERE name = 'Sea Breeze'",
    ),
    case("how long is Sea Breeze?", "SELECT length_m FROM boats WHERE name = 'Sea Breeze'"),
    case("how heavy is the Blue Heron", "SELECT weight_kg FROM boats WHERE name = 'Blue Heron'"),
    case("how old is Old Salt", "SELECT built_year FROM boats WHERE name = 'Old Salt'"),
    case(
        "what is the home port of Wind Dancer?",
        "SELECT home_port FROM boats WHERE name = 'Wind Dancer'",
    ),
    case(
        "what's Ines Duarte's email", "SELECT email FROM skippers WHERE full_name = 'Ines Duarte'"
    ),
    case("how big is berth C-07", "SELECT area_m2 FROM berths WHERE code = 'C-07'"),
    case(
        "what is the daily fee of berth A-01",
        "SELECT daily_fee FROM berths WHERE code = 'A-01'",
    ),
    case("which port is Gannet based in?", "SELECT home_port FROM boats WHERE name = 'Gannet'"),
    case(
        "how many boats does the Tagus Club have",
        "SELECT count(*) FROM boats b JOIN clubs c ON c.club_id = b.club_id"
        " WHERE c.name = 'Tagus Club'",
    ),
]

JOINS = [
    case(
        "trips by skippers from Norway",
        "SELECT t.* FROM trips t JOIN skippers s ON s.skipper_id = t.skipper_id"
        " WHERE s.nationality = 'Norway'",
    ),
    case(
        "how many trips were made by skippers from Portugal",
        "SELECT count(*) FROM trips t JOIN skippers s ON s.skipper_id = t.skipper_id"
        " WHERE s.nationality = 'Portugal'",
    ),
    case(
        "which boats is Ines Duarte on?",
        "SELECT b.* FROM boats b JOIN crew c ON c.boat_id = b.boat_id"
        " JOIN skippers s ON s.skipper_id = c.skipper_id WHERE s.full_name = 'Ines Duarte'",
    ),
    case(
        "which skippers are on Wind Dancer?",
        "SELECT s.* FROM skippers s JOIN crew c ON c.skipper_id = s.skipper_id"
        " JOIN boats b ON b.boat_id = c.boat_id WHERE b.name = 'Wind Dancer'",
    ),
]

QUESTIONS = [*FLAGS, *DEGREES, *COUNTED_VALUES, *NAMED, *JOINS]


@pytest.fixture(scope="module")
def marina(pg_server: str) -> Iterator[GoldDatabase]:
    """The marina, in a database of this module's own."""
    with database_of(pg_server, MARINA) as db:
        yield db


@pytest.fixture(scope="module")
async def grounded(marina: GoldDatabase) -> Grounded:
    """Every table of the marina, and the values found in its data."""
    return await ground(marina.url)


@pytest.mark.parametrize(("question", "gold"), QUESTIONS)
def test_adjective_questions_return_the_rows_of_the_gold_sql(
    question: str, gold: str, marina: GoldDatabase, grounded: Grounded
) -> None:
    sql = planned(question, grounded)
    assert rows(marina, sql) == rows(marina, gold), sql
