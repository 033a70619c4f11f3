"""Comparisons on a schema of the planner's own: which table's number a comparison is on.

Issue 17's rule, asked on tables nothing under src/ names: a comparison ("above 20", "that cost
less than 30") is on a number of the rows asked for first, by its name, its unit or, after a
verb of price, their one price; else on a number of a table one key away, joined along that
key; never on a far table's number left out of FROM (such SQL fails to run).
"""

from collections.abc import Iterator

import pytest

from tests.llm.gold import GoldDatabase, Grounded, case, database_of, ground, planned, rows
from tests.llm.workout import WORKOUT

OWN = [
    case("plans that cost less than 30", "SELECT * FROM plans WHERE fee_eur < 30"),
    case("plans costing more than 40", "SELECT * FROM plans WHERE fee_eur > 40"),
    case("plans priced under 50 euros", "SELECT * FROM plans WHERE fee_eur < 50"),
    case("classes with a capacity above 20", "SELECT * FROM classes WHERE capacity > 20"),
    case("classes longer than 40 minutes", "SELECT * FROM classes WHERE length_minutes > 40"),
    case("repairs that cost more than 300", "SELECT * FROM repairs WHERE cost_eur > 300"),
]
JOINED = [
    case(
        "members whose plan costs more than 40",
        "SELECT m.* FROM members m JOIN plans p USING (plan_id) WHERE p.fee_eur > 40",
    ),
    case(
        "classes with a coach on a day rate above 400",
        "SELECT c.* FROM classes c JOIN coaches USING (coach_id) WHERE day_rate_eur > 400",
    ),
]

QUESTIONS = [*OWN, *JOINED]


@pytest.fixture(scope="module")
def gym_db(pg_server: str) -> Iterator[GoldDatabase]:
    with database_of(pg_server, WORKOUT) as db:
        yield db


@pytest.fixture(scope="module")
async def grounded(gym_db: GoldDatabase) -> Grounded:
    return await ground(gym_db.url)


@pytest.mark.parametrize(("question", "gold"), QUESTIONS)
def test_a_comparison_is_on_a_number_of_the_rows_asked_for_or_of_a_table_one_key_away(
    question: str, gold: str, gym_db: GoldDatabase, grounded: Grounded
) -> None:
    sql = planned(question, grounded)
    assert rows(gym_db, sql) == rows(gym_db, gold), sql


def test_a_price_verb_never_compares_a_far_tables_cost(grounded: Grounded) -> None:
    sql = planned("plans that cost less than 30", grounded)
    assert "repairs" not in sql, sql
