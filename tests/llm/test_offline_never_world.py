"""Questions about rows with or without related rows, on a youth orchestra schema.

Composers, their pieces, musicians, concerts, the pieces on each concert's programme and the
musicians who appeared at each (two link tables). Written on 2026-11-30 before the rules for
"nobody", "don't have any" and counts of the rows a verb names, to check they generalise: 18
questions on never/without, "nobody", verbs of child rows counted or ranked, "X count by Y".
"""

import pytest

from tests.llm.gold import (
    GoldDatabase,
    Grounded,
    assert_answered,
    case,
    with_misses,
)
from tests.llm.never_world import NEVER_WORLD

NEVER = [
    case(
        "which pieces have never been performed?",
        "SELECT * FROM pieces p WHERE NOT EXISTS "
        "(SELECT 1 FROM programme_items i WHERE i.piece_id = p.piece_id)",
    ),
    case(
        "composers with no pieces",
        "SELECT * FROM composers c WHERE NOT EXISTS "
        "(SELECT 1 FROM pieces p WHERE p.composer_id = c.composer_id)",
    ),
    case(
        "musicians who have never appeared in a concert",
        "SELECT * FROM musicians m WHERE NOT EXISTS "
        "(SELECT 1 FROM appearances a WHERE a.musician_id = m.musician_id)",
    ),
    case(
        "which concerts has nobody appeared in?",
        "SELECT * FROM concerts c WHERE NOT EXISTS "
        "(SELECT 1 FROM appearances a WHERE a.concert_id = c.concert_id)",
    ),
    case(
        "which musicians don't have any appearances?",
        "SELECT * FROM musicians m WHERE NOT EXISTS "
        "(SELECT 1 FROM appearances a WHERE a.musician_id = m.musician_id)",
    ),
    case(
        "concerts that haven't had any pieces on the programme",
        "SELECT * FROM concerts c WHERE NOT EXISTS "
        "(SELECT 1 FROM programme_items i WHERE i.concert_id = c.concert_id)",
    ),
    case(
        "concerts where the audience was never counted",
        "SELECT * FROM concerts WHERE audience_count IS NULL",
    ),
    case(
        "how many musicians have never appeared?",
        "SELECT count(*) FROM musicians m WHERE NOT EXISTS "
        "(SELECT 1 FROM appearances a WHERE a.musician_id = m.musician_id)",
    ),
    case(
        "which pieces does no concert include?",
        "SELECT * FROM pieces p WHERE NOT EXISTS "
        "(SELECT 1 FROM programme_items i WHERE i.piece_id = p.piece_id)",
    ),
    case(
        "composers nobody has performed",
        "SELECT * FROM composers c WHERE NOT EXISTS (SELECT 1 FROM pieces p "
        "JOIN programme_items i ON i.piece_id = p.piece_id WHERE p.composer_id = c.composer_id)",
    ),
]
COUNTED = [
    case(
        "which musician has appeared the most?",
        "SELECT m.musician_id, m.full_name, count(*) FROM musicians m JOIN appearances a "
        "ON a.musician_id = m.musician_id GROUP BY 1, 2 ORDER BY 3 DESC LIMIT 1",
    ),
    case(
        "musician count by section",
        "SELECT section, count(*) FROM musicians GROUP BY section",
    ),
    case(
        "number of pieces each composer has written",
        "SELECT c.composer_id, c.full_name, count(p.piece_id) FROM composers c "
        "JOIN pieces p ON p.composer_id = c.composer_id GROUP BY 1, 2",
    ),
    case(
        "top 3 concerts by number of musicians",
        "SELECT c.concert_id, c.title, count(*) FROM concerts c JOIN appearances a "
        "ON a.concert_id = c.concert_id GROUP BY 1, 2 ORDER BY 3 DESC LIMIT 3",
    ),
    case(
        "which composer has been performed the most?",
        "SELECT c.composer_id, c.full_name, count(*) FROM composers c JOIN pieces p "
        "ON p.composer_id = c.composer_id JOIN programme_items i ON i.piece_id = p.piece_id "
        "GROUP BY 1, 2 ORDER BY 3 DESC LIMIT 1",
    ),
    case(
        "how many concerts has each musician played in?",
        "SELECT m.musician_id, m.full_name, count(*) FROM musicians m JOIN appearances a "
        "ON a.musician_id = m.musician_id GROUP BY 1, 2",
    ),
    case(
        "concerts with more than 3 pieces",
        "SELECT * FROM concerts c WHERE (SELECT count(*) FROM programme_items i "
        "WHERE i.concert_id = c.concert_id) > 3",
    ),
    case(
        "musicians who appeared in at least 2 concerts",
        "SELECT * FROM musicians m WHERE (SELECT count(*) FROM appearances a "
        "WHERE a.musician_id = m.musician_id) >= 2",
    ),
]

MISSES: dict[str, str] = {}

QUESTIONS = with_misses([*NEVER, *COUNTED], MISSES)


SCHEMA = NEVER_WORLD  # the module's database, made by the fixtures of tests/llm/conftest.py


@pytest.mark.parametrize(("question", "gold"), QUESTIONS)
def test_never_world_questions_return_the_rows_of_the_gold_sql(
    question: str, gold: str, gold_db: GoldDatabase, grounded: Grounded
) -> None:
    assert_answered(question, gold, gold_db, grounded)
