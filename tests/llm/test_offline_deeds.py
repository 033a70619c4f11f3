"""Question shapes on a schema of the planner's own: a theatre (see `theatre.py`).

"who <verb>s <named row>" is the row's column naming the verb's doer (directed → director_name,
designed → set_designer, owns → owner_name), never a key: "who manages Ben Carver" follows
Ben's manager_id to that row. "when did we <verb> <named row>" is the date the verb names.
"""

from collections.abc import Iterator

import pytest

from tests.llm.gold import GoldDatabase, Grounded, case, database_of, ground, planned, rows
from tests.llm.theatre import THEATRE

DOERS = [
    case(
        "who directed Winter Harbour?",
        "SELECT director_name FROM productions WHERE title = 'Winter Harbour'",
    ),
    case(
        "who designed The Glass Orchard",
        "SELECT set_designer FROM productions WHERE title = 'The Glass Orchard'",
    ),
    case(
        "who owns the Little Barn venue?",
        "SELECT owner_name FROM venues WHERE name = 'Little Barn'",
    ),
    case(
        "who manages Ben Carver?",  # a key: the row it points to, not a column
        "SELECT m.* FROM staff s JOIN staff m ON m.staff_id = s.manager_id"
        " WHERE s.full_name = 'Ben Carver'",
    ),
]
WHEN = [
    case(
        "when did we acquire Salt and Ash?",
        "SELECT acquired_on FROM productions WHERE title = 'Salt and Ash'",
    ),
    case(
        "when did they open Winter Harbour",
        "SELECT opened_on FROM productions WHERE title = 'Winter Harbour'",
    ),
]
QUESTIONS = [*DOERS, *WHEN]


@pytest.fixture(scope="module")
def theatre(pg_server: str) -> Iterator[GoldDatabase]:
    with database_of(pg_server, THEATRE) as db:
        yield db


@pytest.fixture(scope="module")
async def grounded(theatre: GoldDatabase) -> Grounded:
    return await ground(theatre.url)


@pytest.mark.parametrize(("question", "gold"), QUESTIONS)
def test_theatre_questions_return_the_rows_of_the_gold_sql(
    question: str, gold: str, theatre: GoldDatabase, grounded: Grounded
) -> None:
    sql = planned(question, grounded)
    assert rows(theatre, sql) == rows(theatre, gold), sql
