"""Question shapes on a schema of the planner's own: a ferry line with two keys to one table.

Issue 17's general rules, each asked on tables nothing under src/ names: of two keys to one
table, the one the question's words name, by the column's own word (sent → sender_id, reviewed
→ reviewer_id) or a role's everyday word (from, departing → origin; to, arriving →
destination); "never", "no" and "not … any" over a child table as NOT EXISTS, its only link
the key the words name ("ports that no crossing departs from"); counts of children compared
through that key; "who has <verb> the most <rows>" counted per person over that key; and
"the <column> of <named row>", "when did <row> join", "where is <row> from", "what <column>
does <row> have": that column alone, the row named by one value or several (first and last name).
"""

from collections.abc import Iterator

import pytest

from tests.llm.ferry import FERRY
from tests.llm.gold import GoldDatabase, Grounded, case, database_of, ground, planned, rows

ROLES = [
    case(
        "crossings from Dover",
        "SELECT c.* FROM crossings c JOIN ports p ON p.port_id = c.origin_port_id"
        " WHERE p.name = 'Dover'",
    ),
    case(
        "crossings to Dover",
        "SELECT c.* FROM crossings c JOIN ports p ON p.port_id = c.destination_port_id"
        " WHERE p.name = 'Dover'",
    ),
    case(
        "crossings departing from Calais",
        "SELECT c.* FROM crossings c JOIN ports p ON p.port_id = c.origin_port_id"
        " WHERE p.name = 'Calais'",
    ),
    case(
        "crossings arriving at Calais",
        "SELECT c.* FROM crossings c JOIN ports p ON p.port_id = c.destination_port_id"
        " WHERE p.name = 'Calais'",
    ),
    case(
        "how many crossings from Dover",
        "SELECT count(*) FROM crossings c JOIN ports p ON p.port_id = c.origin_port_id"
        " WHERE p.name = 'Dover'",
    ),
    case(
        "how many crossings to Dover",
        "SELECT count(*) FROM crossings c JOIN ports p ON p.port_id = c.destination_port_id"
        " WHERE p.name = 'Dover'",
    ),
    case(
        "notes sent by Ada Lane",
        "SELECT n.* FROM notes n JOIN sailors s ON s.sailor_id = n.sender_id"
        " WHERE s.first_name = 'Ada' AND s.last_name = 'Lane'",
    ),
    case(
        "notes received by Ada Lane",
        "SELECT n.* FROM notes n JOIN sailors s ON s.sailor_id = n.recipient_id"
        " WHERE s.first_name = 'Ada' AND s.last_name = 'Lane'",
    ),
    case(
        "inspections reviewed by Cleo Park",
        "SELECT i.* FROM inspections i JOIN sailors s ON s.sailor_id = i.reviewer_id"
        " WHERE s.first_name = 'Cleo' AND s.last_name = 'Park'",
    ),
]

NEVER = [
    case(
        "ports that no crossing departs from",
        "SELECT * FROM ports p"
        " WHERE NOT EXISTS (SELECT 1 FROM crossings c WHERE c.origin_port_id = p.port_id)",
    ),
    case(
        "ports that no crossing arrives at",
        "SELECT * FROM ports p"
        " WHERE NOT EXISTS (SELECT 1 FROM crossings c WHERE c.destination_port_id = p.port_id)",
    ),
    case(
        "vessels that have never been inspected",
        "SELECT * FROM vessels v"
        " WHERE NOT EXISTS (SELECT 1 FROM inspections i WHERE i.vessel_id = v.vessel_id)",
    ),
    case(
        "sailors who have never sent a note",
        "SELECT * FROM sailors s"
        " WHERE NOT EXISTS (SELECT 1 FROM notes n WHERE n.sender_id = s.sailor_id)",
    ),
    case(
        "sailors who have never received a note",
        "SELECT * FROM sailors s"
        " WHERE NOT EXISTS (SELECT 1 FROM notes n WHERE n.recipient_id = s.sailor_id)",
    ),
    case(
        "sailors who haven't reviewed any inspection",
        "SELECT * FROM sailors s"
        " WHERE NOT EXISTS (SELECT 1 FROM inspections i WHERE i.reviewer_id = s.sailor_id)",
    ),
    case(
        "which sailors have never inspected a vessel?",
        "SELECT * FROM sailors s"
        " WHERE NOT EXISTS (SELECT 1 FROM inspections i WHERE i.inspector_id = s.sailor_id)",
    ),
    case(
        "vessels with no crossings",
        "SELECT * FROM vessels v"
        " WHERE NOT EXISTS (SELECT 1 FROM crossings c WHERE c.vessel_id = v.vessel_id)",
    ),
    case(
        "how many sailors have never sent a note?",
        "SELECT count(*) FROM sailors s"
        " WHERE NOT EXISTS (SELECT 1 FROM notes n WHERE n.sender_id = s.sailor_id)",
    ),
    case(
        "sailors who have sent more than 2 notes",
        "SELECT * FROM sailors s"
        " WHERE (SELECT count(*) FROM notes n WHERE n.sender_id = s.sailor_id) > 2",
    ),
    case(
        "sailors who have received at least 2 notes",
        "SELECT * FROM sailors s"
        " WHERE (SELECT count(*) FROM notes n WHERE n.recipient_id = s.sailor_id) >= 2",
    ),
]

MOST = [
    case(
        "who has sent the most notes?",
        "SELECT s.sailor_id, s.first_name, s.last_name, count(*) FROM sailors s"
        " JOIN notes n ON n.sender_id = s.sailor_id GROUP BY 1, 2, 3 ORDER BY 4 DESC LIMIT 1",
    ),
    case(
        "who has received the most notes?",
        "SELECT s.sailor_id, s.first_name, s.last_name, count(*) FROM sailors s"
        " JOIN notes n ON n.recipient_id = s.sailor_id GROUP BY 1, 2, 3 ORDER BY 4 DESC LIMIT 1",
    ),
    case(
        "who has reviewed the most inspections?",
        "SELECT s.sailor_id, s.first_name, s.last_name, count(*) FROM sailors s"
        " JOIN inspections i ON i.reviewer_id = s.sailor_id GROUP BY 1, 2, 3"
        " ORDER BY 4 DESC LIMIT 1",
    ),
    case(
        "which port has the most crossings arriving?",
        "SELECT p.port_id, p.name, count(*) FROM ports p"
        " JOIN crossings c ON c.destination_port_id = p.port_id GROUP BY 1, 2"
        " ORDER BY 3 DESC, 1 LIMIT 1",
    ),
    case(
        "which port has the most departures?",
        "SELECT p.port_id, p.name, count(*) FROM ports p"
        " JOIN crossings c ON c.origin_port_id = p.port_id GROUP BY 1, 2 ORDER BY 3 DESC LIMIT 1",
    ),
    case(
        "which port has the most arrivals?",
        "SELECT p.port_id, p.name, count(*) FROM ports p"
        " JOIN crossings c ON c.destination_port_id = p.port_id GROUP BY 1, 2"
        " ORDER BY 3 DESC, 1 LIMIT 1",
    ),
    case(
        "which vessel has the most crossings?",
        "SELECT v.vessel_id, v.name, count(*) FROM vessels v"
        " JOIN crossings c ON c.vessel_id = v.vessel_id GROUP BY 1, 2 ORDER BY 3 DESC LIMIT 1",
    ),
    case(
        "who has sent the fewest notes?",
        "SELECT s.sailor_id, s.first_name, s.last_name, count(*) FROM sailors s"
        " JOIN notes n ON n.sender_id = s.sailor_id GROUP BY 1, 2, 3 ORDER BY 4, 1 LIMIT 1",
    ),
]

# Groups said with "at each", "on each", "has each <row> <verb>ed".
EACH = [
    case(
        "how many vessels are based at each port?",
        "SELECT p.port_id, p.name, count(*) FROM ports p"
        " JOIN vessels v ON v.home_port_id = p.port_id GROUP BY 1, 2",
    ),
    case(
        "number of crossings on each vessel",
        "SELECT v.vessel_id, v.name, count(*) FROM vessels v"
        " JOIN crossings c ON c.vessel_id = v.vessel_id GROUP BY 1, 2",
    ),
    case(
        "how many inspections has each sailor reviewed?",
        "SELECT s.sailor_id, s.first_name, s.last_name, count(*) FROM sailors s"
        " JOIN inspections i ON i.reviewer_id = s.sailor_id GROUP BY 1, 2, 3",
    ),
]

# "The <column> of <named row>": that column alone, as issue 17 decided.
NAMED = [
    case("what is the country of Ostend?", "SELECT country FROM ports WHERE name = 'Ostend'"),
    case(
        "what are the seats of Channel Pride",
        "SELECT seats FROM vessels WHERE name = 'Channel Pride'",
    ),
    case(
        "the first name and last name of sailors",
        "SELECT first_name, last_name FROM sailors",
    ),
    case("Where is Cleo Park from?", "SELECT hometown FROM sailors WHERE sailor_id = 3"),
    case("When did Dev Rao join?", "SELECT joined_on FROM sailors WHERE sailor_id = 4"),
    case("What year was Channel Pride built?", "SELECT built_year FROM vessels WHERE seats = 750"),
    case("what country is Ostend in?", "SELECT country FROM ports WHERE name = 'Ostend'"),
    case("what hometown does Eve Stone have?", "SELECT hometown FROM sailors WHERE sailor_id = 5"),
]

QUESTIONS = [*ROLES, *NEVER, *MOST, *EACH, *NAMED]


@pytest.fixture(scope="module")
def ferry(pg_server: str) -> Iterator[GoldDatabase]:
    """The ferry line, in a database of this module's own."""
    with database_of(pg_server, FERRY) as db:
        yield db


@pytest.fixture(scope="module")
async def grounded(ferry: GoldDatabase) -> Grounded:
    """Every table of the ferry line, and the values found in its data."""
    return await ground(ferry.url)


@pytest.mark.parametrize(("question", "gold"), QUESTIONS)
def test_shape_questions_return_the_rows_of_the_gold_sql(
    question: str, gold: str, ferry: GoldDatabase, grounded: Grounded
) -> None:
    sql = planned(question, grounded)
    assert rows(ferry, sql) == rows(ferry, gold), sql
