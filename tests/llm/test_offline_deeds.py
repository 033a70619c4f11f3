"""Question shapes on a schema of the planner's own: a theatre (see `theatre.py`).

"who <verb>s <named row>" is the row's column naming the verb's doer (directed → director_name,
designed → set_designer, owns → owner_name), never a key: "who manages Ben Carver" follows
Ben's manager_id to that row. "when did we <verb> <named row>" is the date the verb names.
A date a verb names of a table two joins away is the subject's own date, unless that table is
named. A participle before "for" names the number compared or ranked ("budgeted for"). A
state a column's comment ties to NULL is that test. "right now" of a row with a start and an
end is today between them. "per venue" is the venues a key points to, though a column's
comment says "venue". "who works at <named row>" is the nearest people linked to it. A
row may be named with its kind after its name ("the Salt and Ash play").
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
# A date verb names a far table's column ("signed" → productions.rights_signed_on, two joins
# from staff): the subject's own date, unless that table is named or a neighbour.
DATED = [
    case(
        "staff who signed up in 2024",
        "SELECT * FROM staff WHERE extract(year FROM registered_on) = 2024",
    ),
    case(
        "venues with tickets sold in 2025",
        "SELECT DISTINCT v.* FROM venues v JOIN productions p ON p.venue_id = v.venue_id"
        " JOIN tickets t ON t.production_id = p.production_id"
        " WHERE extract(year FROM t.sold_on) = 2025",
    ),
    case(
        "productions whose rights were signed in 2024",
        "SELECT * FROM productions WHERE extract(year FROM rights_signed_on) = 2024",
    ),
]
# A participle before "for" names the number: "budgeted for more than", "insured for the most".
MEASURED = [
    case(
        "productions budgeted for more than 50,000",
        "SELECT * FROM productions WHERE budget_eur > 50000",
    ),
    case(
        "which production was budgeted for the least?",
        "SELECT * FROM productions ORDER BY budget_eur LIMIT 1",
    ),
    case(
        "which production is budgeted for the most",
        "SELECT * FROM productions ORDER BY budget_eur DESC LIMIT 1",
    ),
]
# A state a column's comment ties to NULL ("NULL while the production is on stage"): IS NULL,
# IS NOT NULL when negated or when the comment says "until".
COMMENTED = [
    case(
        "how many productions are still on stage?",
        "SELECT count(*) FROM productions WHERE closed_on IS NULL",
    ),
    case(
        "productions that are not on stage",
        "SELECT * FROM productions WHERE closed_on IS NOT NULL",
    ),
    case("how many tickets were used", "SELECT count(*) FROM tickets WHERE scanned_at IS NOT NULL"),
]
# "right now", "currently", "ongoing" of a table with a start and an end: today is within them;
# of one without, they only set the time of asking.
NOW = [
    case(
        "which productions are on right now?",
        "SELECT * FROM productions WHERE opened_on <= current_date"
        " AND (closed_on IS NULL OR closed_on >= current_date)",
    ),
    case(
        "ongoing productions",
        "SELECT * FROM productions WHERE opened_on <= current_date"
        " AND (closed_on IS NULL OR closed_on >= current_date)",
    ),
    case("how many tickets do we have at the moment", "SELECT count(*) FROM tickets"),
]
# A word naming the table a key points to is that table, though a column's comment says it.
LINKED = [
    case(
        "number of productions per venue",
        "SELECT v.venue_id, v.name, count(*) FROM productions p"
        " JOIN venues v ON v.venue_id = p.venue_id GROUP BY 1, 2",
    ),
]
# "who works at <named row>": the people (a full name) its keys link it to, within two joins.
PEOPLE = [
    case(
        "who works at Lyric Hall?",
        "SELECT s.* FROM staff s JOIN venues v ON v.manager_id = s.staff_id"
        " WHERE v.name = 'Lyric Hall'",
    ),
    case(
        "who is working on Salt and Ash",
        "SELECT s.* FROM staff s JOIN venues v ON v.manager_id = s.staff_id"
        " JOIN productions p ON p.venue_id = v.venue_id WHERE p.title = 'Salt and Ash'",
    ),
]
# A row named with its kind after its name ("the Winter Harbour musical"): both say the row.
KINDS = [
    case(
        "what is the Winter Harbour musical's budget?",
        "SELECT budget_eur FROM productions WHERE title = 'Winter Harbour'",
    ),
    case(
        "who directed the Salt and Ash play?",
        "SELECT director_name FROM productions WHERE title = 'Salt and Ash'",
    ),
]
QUESTIONS = [*DOERS, *WHEN, *DATED, *MEASURED, *COMMENTED, *NOW, *LINKED, *PEOPLE, *KINDS]


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
