"""Questions of numbers, units and ids on a zoo schema the planner was not built on.

The column is chosen from a unit said ("heavier than 200 kg", "taller than 2 metres"), an
adjective ("the largest enclosure", "the lightest animal"), a number word ("at least three")
or a row named by its id ("animal 7"). Written on 2026-11-30 before the rules of that day for
numbers and units: 14/20 on first sight; 20/20 after them, so no longer a held-out measure.
"""

import pytest

from tests.llm.gold import (
    GoldDatabase,
    Grounded,
    assert_answered,
    case,
    with_misses,
)
from tests.llm.units_world import ZOO

COMPARED = [
    case("animals heavier than 200 kg", "SELECT * FROM animals WHERE weight_kg > 200"),
    case("which animals are taller than 2 metres?", "SELECT * FROM animals WHERE height_cm > 200"),
    case("animals shorter than 1.5 m", "SELECT * FROM animals WHERE height_cm < 150"),
    case("animals under 50 kilos", "SELECT * FROM animals WHERE weight_kg < 50"),
    case(
        "enclosures bigger than 500 square metres",
        "SELECT * FROM enclosures WHERE area_sqm > 500",
    ),
    case(
        "feedings that lasted longer than 20 minutes",
        "SELECT * FROM feedings WHERE duration_minutes > 20",
    ),
    case("feedings of more than 10 kg", "SELECT * FROM feedings WHERE quantity_kg > 10"),
    case(
        "vet visits that cost over 1,000 pounds",
        "SELECT * FROM vet_visits WHERE cost_gbp > 1000",
    ),
    case(
        "keepers paid more than 15 pounds an hour",
        "SELECT * FROM keepers WHERE hourly_rate_gbp > 15",
    ),
]
RANKED = [
    case(
        "which enclosure is the largest?",
        "SELECT * FROM enclosures ORDER BY area_sqm DESC LIMIT 1",
    ),
    case("the lightest animal", "SELECT * FROM animals ORDER BY weight_kg LIMIT 1"),
    case(
        "the 5 longest feedings",
        "SELECT * FROM feedings ORDER BY duration_minutes DESC LIMIT 5",
    ),
    case(
        "which three keepers earn the most per hour?",
        "SELECT * FROM keepers ORDER BY hourly_rate_gbp DESC LIMIT 3",
    ),
    case("the tallest animal", "SELECT * FROM animals ORDER BY height_cm DESC LIMIT 1"),
]
COUNTED = [
    case(
        "which animals had more than two vet visits?",
        "SELECT * FROM animals a WHERE (SELECT count(*) FROM vet_visits v"
        " WHERE v.animal_id = a.animal_id) > 2",
    ),
    case(
        "enclosures with at least three animals",
        "SELECT * FROM enclosures e WHERE (SELECT count(*) FROM animals a"
        " WHERE a.enclosure_id = e.enclosure_id) >= 3",
    ),
]
BY_ID = [
    case("what's the weight of animal 7?", "SELECT weight_kg FROM animals WHERE animal_id = 7"),
    case("show vet visit 12", "SELECT * FROM vet_visits WHERE visit_id = 12"),
    case(
        "which feedings were for animal 3?",
        "SELECT * FROM feedings WHERE animal_id = 3",
    ),
    case("how much did vet visit 7 cost?", "SELECT cost_gbp FROM vet_visits WHERE visit_id = 7"),
]

MISSES: dict[str, str] = {}

QUESTIONS = with_misses([*COMPARED, *RANKED, *COUNTED, *BY_ID], MISSES)


SCHEMA = ZOO  # the module's database, made by the fixtures of tests/llm/conftest.py


@pytest.mark.parametrize(("question", "gold"), QUESTIONS)
def test_zoo_questions_return_the_rows_of_the_gold_sql(
    question: str, gold: str, gold_db: GoldDatabase, grounded: Grounded
) -> None:
    assert_answered(question, gold, gold_db, grounded)
