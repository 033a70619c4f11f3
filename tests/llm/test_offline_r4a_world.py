"""Questions about a named row's own columns and the people linked to it, on two small worlds.

A sailing club (boats, sailors, regattas and who raced in them, bulletins) and a community garden
(gardens, plots, helpers, workshops and who attended them). Written on 2026-11-30 before the rules
for "how many guests can X take", "who is the coordinator at X", "where is X being held", "what
does X do for a living", "how often does X come out", "how much are we asking for X" and "who
performed at X", to check they generalise beyond the schemas they were written for.
"""

import pytest

from tests.llm.gold import (
    GoldDatabase,
    Grounded,
    assert_answered,
    case,
    with_misses,
)
from tests.llm.r4a_world import R4A_WORLD

AMOUNTS = [
    case(
        "how many berths can Blue Heron sleep",
        "SELECT berths FROM boats WHERE name = 'Blue Heron'",
    ),
    case(
        "how many crew can boat Sea Swift carry?",
        "SELECT max_crew FROM boats WHERE name = 'Sea Swift'",
    ),
    case(
        "How many acres is Riverside Garden?",
        "SELECT acres FROM gardens WHERE name = 'Riverside Garden'",
    ),
    case(
        "how many volunteers can Quarry Garden take",
        "SELECT volunteer_capacity FROM gardens WHERE name = 'Quarry Garden'",
    ),
    case(
        "how many plots does Riverside Garden have",
        "SELECT count(*) FROM plots p JOIN gardens g ON g.garden_id = p.garden_id"
        " WHERE g.name = 'Riverside Garden'",
    ),
]
PEOPLE = [
    case(
        "who is the skipper of Blue Heron?",
        "SELECT skipper_name FROM boats WHERE name = 'Blue Heron'",
    ),
    case(
        "who is the gardener at Quarry Garden?",
        "SELECT gardener_name FROM gardens WHERE name = 'Quarry Garden'",
    ),
    case(
        "who runs Riverside Garden?",
        "SELECT gardener_name FROM gardens WHERE name = 'Riverside Garden'",
    ),
    case(
        "who skippers Sea Swift",
        "SELECT skipper_name FROM boats WHERE name = 'Sea Swift'",
    ),
    case(
        "who raced in the Autumn Cup",
        "SELECT * FROM sailors WHERE sailor_id IN (SELECT r.sailor_id FROM regatta_races r"
        " JOIN regattas g ON g.regatta_id = r.regatta_id WHERE g.title = 'Autumn Cup')",
    ),
    case(
        "who attended the Pruning Fruit Trees workshop?",
        "SELECT * FROM helpers WHERE helper_id IN (SELECT a.helper_id"
        " FROM workshop_attendances a JOIN workshops w ON w.workshop_id = a.workshop_id"
        " WHERE w.title = 'Pruning Fruit Trees')",
    ),
]
TRAITS = [
    case(
        "where is the Autumn Cup being held?",
        "SELECT location FROM regattas WHERE title = 'Autumn Cup'",
    ),
    case(
        "where is the Composting Basics workshop taking place",
        "SELECT room FROM workshops WHERE title = 'Composting Basics'",
    ),
    case(
        "what does Tom Reyes do for a living?",
        "SELECT profession FROM sailors WHERE full_name = 'Tom Reyes'",
    ),
    case(
        "what does Sara Lund do",
        "SELECT job FROM helpers WHERE full_name = 'Sara Lund'",
    ),
    case(
        "how often does Harbour News come out?",
        "SELECT publishing_frequency FROM bulletins WHERE title = 'Harbour News'",
    ),
    case(
        "how often is Tide Tables published",
        "SELECT publishing_frequency FROM bulletins WHERE title = 'Tide Tables'",
    ),
    case(
        "how much are we asking for the Sea Swift?",
        "SELECT asking_price FROM boats WHERE name = 'Sea Swift'",
    ),
    case(
        "how much are we charging for Seed Saving?",
        "SELECT fee FROM workshops WHERE title = 'Seed Saving'",
    ),
]

MISSES: dict[str, str] = {}

QUESTIONS = with_misses([*AMOUNTS, *PEOPLE, *TRAITS], MISSES)


SCHEMA = R4A_WORLD  # the module's database, made by the fixtures of tests/llm/conftest.py


@pytest.mark.parametrize(("question", "gold"), QUESTIONS)
def test_r4a_world_questions_return_the_rows_of_the_gold_sql(
    question: str, gold: str, gold_db: GoldDatabase, grounded: Grounded
) -> None:
    assert_answered(question, gold, gold_db, grounded)
