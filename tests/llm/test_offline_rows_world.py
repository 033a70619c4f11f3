"""Questions about one named row's attribute, and "who" questions, on an orchestra schema.

Written on 2026-11-30 before the rules for named rows and who-questions were built, the way a
user would word them, to check that those rules hold on a schema they were not fitted to. Named
rows' attributes: a column alone ("how long is Seven Bridges?"), a price ("how much is a ticket
for ..."), a column or the row a key points to ("who composed ...", "who conducted ...").
Who-questions: people of a table, flagged, with a value, ranked by a start date, or through a
self-referencing key. First sight: 7/18; after the rules (built looking at these too): 18/18.
HELD_OUT was written after the rules, before running them on it: 3/12 at first sight, 9/12
after rules built for what they missed (so no longer held out).
"""

import pytest

from tests.llm.gold import (
    GoldDatabase,
    Grounded,
    assert_answered,
    case,
    with_misses,
)
from tests.llm.rows_world import ROWS_WORLD

NAMED = [
    case(
        "how long is Seven Bridges?",
        "SELECT duration_min FROM pieces WHERE title = 'Seven Bridges'",
    ),
    case(
        "how long does The Glass River last?",
        "SELECT duration_min FROM pieces WHERE title = 'The Glass River'",
    ),
    case(
        "how much is a ticket for the Spring Gala?",
        "SELECT ticket_price_eur FROM concerts WHERE title = 'Spring Gala'",
    ),
    case(
        "what instrument does Priya Raman play?",
        "SELECT instrument FROM musicians WHERE full_name = 'Priya Raman'",
    ),
    case(
        "when is Festival Finale?",
        "SELECT performed_on FROM concerts WHERE title = 'Festival Finale'",
    ),
    case(
        "who composed Copper Fields?",
        "SELECT c.* FROM composers c JOIN pieces p ON p.composer_id = c.composer_id"
        " WHERE p.title = 'Copper Fields'",
    ),
    case(
        "who conducted the Autumn Serenade?",
        "SELECT m.* FROM musicians m JOIN concerts c ON c.conductor_id = m.musician_id"
        " WHERE c.title = 'Autumn Serenade'",
    ),
    case(
        "how many seats does Harbour Hall have?",
        "SELECT seat_count FROM venues WHERE name = 'Harbour Hall'",
    ),
    case(
        "what does Oskar Brenner earn?",
        "SELECT annual_salary_eur FROM musicians WHERE full_name = 'Oskar Brenner'",
    ),
]
WHO = [
    case("who are the section leaders?", "SELECT * FROM musicians WHERE is_section_leader"),
    case("who plays the cello?", "SELECT * FROM musicians WHERE instrument = 'cello'"),
    case(
        "who joined the orchestra most recently?",
        "SELECT * FROM musicians ORDER BY joined_on DESC LIMIT 1",
    ),
    case(
        "who has been with us the longest?",
        "SELECT * FROM musicians ORDER BY joined_on LIMIT 1",
    ),
    case(
        "who mentors the most musicians?",
        "SELECT m.musician_id, m.full_name, count(*) FROM musicians s"
        " JOIN musicians m ON m.musician_id = s.mentor_id GROUP BY 1, 2 ORDER BY 3 DESC LIMIT 1",
    ),
    case(
        "which pieces did Amara Okafor write?",
        "SELECT p.* FROM pieces p JOIN composers c ON c.composer_id = p.composer_id"
        " WHERE c.full_name = 'Amara Okafor'",
    ),
    case(
        "which concert is coming up next?",
        "SELECT * FROM concerts WHERE performed_on >= current_date ORDER BY performed_on LIMIT 1",
    ),
    case(
        "what was our most recent concert?",
        "SELECT * FROM concerts WHERE performed_on <= current_date"
        " ORDER BY performed_on DESC LIMIT 1",
    ),
    case(
        "who earns the most?",
        "SELECT * FROM musicians ORDER BY annual_salary_eur DESC LIMIT 1",
    ),
]
# Written after the rules, before running them on these: the rules' own held-out check.
HELD_OUT = [
    case(
        "how much does a ticket to New Voices cost?",
        "SELECT ticket_price_eur FROM concerts WHERE title = 'New Voices'",
    ),
    case(
        "who wrote Quiet Harvest?",
        "SELECT c.* FROM composers c JOIN pieces p ON p.composer_id = c.composer_id"
        " WHERE p.title = 'Quiet Harvest'",
    ),
    case(
        "who conducts Harbour Nights?",
        "SELECT m.* FROM musicians m JOIN concerts c ON c.conductor_id = m.musician_id"
        " WHERE c.title = 'Harbour Nights'",
    ),
    case(
        "which venue is Festival Finale at?",
        "SELECT v.* FROM venues v JOIN concerts c ON c.venue_id = v.venue_id"
        " WHERE c.title = 'Festival Finale'",
    ),
    case(
        "who is the newest member of the orchestra?",
        "SELECT * FROM musicians ORDER BY joined_on DESC LIMIT 1",
    ),
    case(
        "who has the highest salary?",
        "SELECT * FROM musicians ORDER BY annual_salary_eur DESC LIMIT 1",
    ),
    case(
        "when was Copper Fields premiered?",
        "SELECT premiered_year FROM pieces WHERE title = 'Copper Fields'",
    ),
    case(
        "how long is the Lagos Overture?",
        "SELECT duration_min FROM pieces WHERE title = 'Lagos Overture'",
    ),
    case(
        "what's the next concert at Harbour Hall?",
        "SELECT c.* FROM concerts c JOIN venues v ON v.venue_id = c.venue_id"
        " WHERE v.name = 'Harbour Hall' AND c.performed_on >= current_date"
        " ORDER BY c.performed_on LIMIT 1",
    ),
    case("who are the cellists?", "SELECT * FROM musicians WHERE instrument = 'cello'"),
    case(
        "who has mentored the most people?",
        "SELECT m.musician_id, m.full_name, count(*) FROM musicians s"
        " JOIN musicians m ON m.musician_id = s.mentor_id GROUP BY 1, 2 ORDER BY 3 DESC LIMIT 1",
    ),
    case(
        "which concert has the most expensive tickets?",
        "SELECT * FROM concerts ORDER BY ticket_price_eur DESC LIMIT 1",
    ),
]

MISSES: dict[str, str] = {
    "who is the newest member of the orchestra?": (
        "refused: CANNOT: I could not place 'orchestra' in the schema or its data. "
        "Name a table (musicians, concerts, composers, pieces, programme_items, "
        "venues), e.g. 'how many musicians'. For other questions set PGPI"
    ),
}

QUESTIONS = with_misses([*NAMED, *WHO, *HELD_OUT], MISSES)


SCHEMA = ROWS_WORLD  # the module's database, made by the fixtures of tests/llm/conftest.py


@pytest.mark.parametrize(("question", "gold"), QUESTIONS)
def test_rows_world_questions_return_the_rows_of_the_gold_sql(
    question: str, gold: str, gold_db: GoldDatabase, grounded: Grounded
) -> None:
    assert_answered(question, gold, gold_db, grounded)
