"""General mechanisms of the offline planner on a schema of its own: rows equal a gold SQL.

An allotment society (gardeners with mentors, plots, crops, sowings, fairs and the stalls
gardeners keep at them) written for the mechanisms of issue 17, each asked in several
wordings: rows without children (NOT EXISTS), rows with more than N children, two columns of
one row compared (late, below target, over budget), a self-referencing key (mentor), a link
table named by its columns (stalls), top N by a sum over children, per month and per year,
a month with its year, the N most recent, distinct counts. A tool-lending shelf (neighbours,
tools, loans) asks for verbs naming a table's act (borrowed → loans) and loans' states (late,
overdue). Nothing under src/ names a word of these schemas.
"""

from collections.abc import Iterator

import pytest

from tests.llm.allotment import ALLOTMENT, TOOL_SHELF
from tests.llm.gold import GoldDatabase, Grounded, case, database_of, ground, planned, rows

NO_PLOTS = (
    "SELECT * FROM gardeners g WHERE NOT EXISTS "
    "(SELECT 1 FROM plots p WHERE p.gardener_id = g.gardener_id)"
)
NEVER_SOWN = (
    "SELECT * FROM crops c WHERE NOT EXISTS (SELECT 1 FROM sowings s WHERE s.crop_id = c.crop_id)"
)
ABSENT = [
    case("gardeners without any plots", NO_PLOTS),
    case("gardeners with no plots", NO_PLOTS),
    case("gardeners who have not got any plots", NO_PLOTS),
    case("gardeners who have no plot", NO_PLOTS),
    case("which gardeners have no plots", NO_PLOTS),
    case("crops that were never sown", NEVER_SOWN),
    case("crops without sowings", NEVER_SOWN),
    case(
        "how many gardeners have no plots",
        "SELECT count(*) FROM gardeners g WHERE NOT EXISTS "
        "(SELECT 1 FROM plots p WHERE p.gardener_id = g.gardener_id)",
    ),
    case(
        "fairs without any gardeners",
        "SELECT * FROM fairs f WHERE NOT EXISTS "
        "(SELECT 1 FROM fair_gardeners x WHERE x.fair_id = f.fair_id)",
    ),
]
MANY = "SELECT * FROM crops c WHERE (SELECT count(*) FROM sowings s WHERE s.crop_id = c.crop_id)"
CHILDREN = [
    case(
        "gardeners with more than 1 plot",
        "SELECT * FROM gardeners g WHERE "
        "(SELECT count(*) FROM plots p WHERE p.gardener_id = g.gardener_id) > 1",
    ),
    case("crops with more than 2 sowings", MANY + " > 2"),
    case(
        "gardeners who kept more than one plot",
        "SELECT * FROM gardeners g WHERE "
        "(SELECT count(*) FROM plots p WHERE p.gardener_id = g.gardener_id) > 1",
    ),
    case("crops having at least 2 sowings", MANY + " >= 2"),
    case("crops with fewer than 2 sowings", MANY + " < 2"),
    case("how many crops have more than 2 sowings", f"SELECT count(*) FROM ({MANY} > 2) x"),
    case(
        "gardeners who have at least 2 fairs",
        "SELECT * FROM gardeners g WHERE "
        "(SELECT count(*) FROM fair_gardeners x WHERE x.gardener_id = g.gardener_id) >= 2",
    ),
]
LATE = "SELECT * FROM sowings WHERE harvested_at::date > expected_harvest"
BELOW = "SELECT * FROM sowings WHERE harvest_kg < target_kg"
OVER = "SELECT * FROM fairs WHERE spent > budget"
PAIRS = [
    case("sowings harvested late", LATE),
    case("late sowings", LATE),
    case("sowings harvested after the expected harvest", LATE),
    case("how many sowings were harvested late", f"SELECT count(*) FROM ({LATE}) x"),
    case(
        "sowings harvested before the expected harvest",
        "SELECT * FROM sowings WHERE harvested_at::date < expected_harvest",
    ),
    case("sowings below target", BELOW),
    case("sowings under the target", BELOW),
    case("sowings above target", "SELECT * FROM sowings WHERE harvest_kg > target_kg"),
    case("sowings that missed the target", BELOW),
    case("sowings that met their target", "SELECT * FROM sowings WHERE harvest_kg >= target_kg"),
    case("fairs over budget", OVER),
    case("which fairs went over budget", OVER),
    case("how many fairs were over budget", f"SELECT count(*) FROM ({OVER}) x"),
    case("fairs under budget", "SELECT * FROM fairs WHERE spent < budget"),
]
MENTORED_BY_ADA = (
    "SELECT g.* FROM gardeners g JOIN gardeners m ON m.gardener_id = g.mentor_id "
    "WHERE m.full_name = 'Ada Brook'"
)
SELF = [
    case("gardeners whose mentor is Ada Brook", MENTORED_BY_ADA),
    case("gardeners mentored by Ada Brook", MENTORED_BY_ADA),
    case(
        "how many gardeners does Bram Otten mentor",
        "SELECT count(*) FROM gardeners g JOIN gardeners m ON m.gardener_id = g.mentor_id "
        "WHERE m.full_name = 'Bram Otten'",
    ),
    case("gardeners without a mentor", "SELECT * FROM gardeners WHERE mentor_id IS NULL"),
    case("gardeners with a mentor", "SELECT * FROM gardeners WHERE mentor_id IS NOT NULL"),
    case("how many gardeners have a mentor", "SELECT count(mentor_id) FROM gardeners"),
    case(
        "who mentors Dev Patel",
        "SELECT m.* FROM gardeners g JOIN gardeners m ON m.gardener_id = g.mentor_id "
        "WHERE g.full_name = 'Dev Patel'",
    ),
]
STALLS_2025 = (
    "SELECT * FROM fair_gardeners WHERE stall_booked_on >= '2025-01-01' "
    "AND stall_booked_on < '2026-01-01'"
)
LINKS = [
    case("stalls booked in 2025", STALLS_2025),
    case(
        "how many stalls were booked in 2024",
        "SELECT count(*) FROM fair_gardeners WHERE stall_booked_on >= '2024-01-01' "
        "AND stall_booked_on < '2025-01-01'",
    ),
    case("total stall fees", "SELECT sum(stall_fee) FROM fair_gardeners"),
]
AREA = (
    "SELECT g.gardener_id, g.full_name, sum(p.area_m2) FROM gardeners g "
    "JOIN plots p ON p.gardener_id = g.gardener_id GROUP BY g.gardener_id ORDER BY 3 DESC LIMIT 2"
)
HARVEST = (
    "SELECT c.crop_id, c.crop_name, sum(s.harvest_kg) FROM crops c "
    "JOIN sowings s ON s.crop_id = c.crop_id GROUP BY c.crop_id ORDER BY 3 DESC NULLS LAST LIMIT 3"
)
RANKED = [
    case("top 2 gardeners by plot area", AREA),
    case("top 2 gardeners by area", AREA),
    case("top 3 crops by harvest", HARVEST),
    case("top 3 crops by total harvest", HARVEST),
    case(
        "gardeners with the most plots",
        "SELECT g.gardener_id, g.full_name, count(*) FROM gardeners g "
        "JOIN plots p ON p.gardener_id = g.gardener_id GROUP BY g.gardener_id "
        "ORDER BY 3 DESC LIMIT 1",
    ),
]
MONTHLY = "SELECT date_trunc('month', sown_on), count(*) FROM sowings GROUP BY 1"
PERIODS = [
    case("sowings per month", MONTHLY),
    case("number of sowings per month", MONTHLY),
    case("how many sowings per month", MONTHLY),
    case(
        "gardeners joined per year",
        "SELECT date_trunc('year', joined_on), count(*) FROM gardeners GROUP BY 1",
    ),
    case(
        "total spent per year on fairs",
        "SELECT date_trunc('year', held_on), sum(spent) FROM fairs GROUP BY 1",
    ),
    case(
        "sowings sown in March 2024",
        "SELECT * FROM sowings WHERE sown_on >= '2024-03-01' AND sown_on < '2024-04-01'",
    ),
    case(
        "gardeners who joined in September 2022",
        "SELECT * FROM gardeners WHERE joined_on >= '2022-09-01' AND joined_on < '2022-10-01'",
    ),
    case(
        "the 3 most recent sowings",
        "SELECT * FROM sowings ORDER BY sown_on DESC LIMIT 3",
    ),
    case(
        "the 3 most recently joined gardeners",
        "SELECT * FROM gardeners ORDER BY joined_on DESC LIMIT 3",
    ),
    case(
        "the 2 most recent fairs",
        "SELECT * FROM fairs ORDER BY held_on DESC LIMIT 2",
    ),
]
DISTINCT = [
    case("how many distinct families of crops", "SELECT count(DISTINCT family) FROM crops"),
    case(
        "how many different towns do gardeners live in",
        "SELECT count(DISTINCT town) FROM gardeners",
    ),
    case("number of distinct towns", "SELECT count(DISTINCT town) FROM gardeners"),
    case(
        "how many crops of each family",
        "SELECT family, count(*) FROM crops GROUP BY family",
    ),
    case(
        "average harvest of sowings in Deal",
        "SELECT avg(s.harvest_kg) FROM sowings s JOIN plots p ON p.plot_id = s.plot_id "
        "JOIN gardeners g ON g.gardener_id = p.gardener_id WHERE g.town = 'Deal'",
    ),
    case(
        "how many distinct crops were sown",
        "SELECT count(DISTINCT crop_id) FROM sowings",
    ),
    case(
        "crops sown in 2025",
        "SELECT * FROM crops c WHERE EXISTS (SELECT 1 FROM sowings s WHERE s.crop_id = c.crop_id "
        "AND s.sown_on >= '2025-01-01' AND s.sown_on < '2026-01-01')",
    ),
    case(
        "total harvest per town",
        "SELECT g.town, sum(s.harvest_kg) FROM sowings s JOIN plots p ON p.plot_id = s.plot_id "
        "JOIN gardeners g ON g.gardener_id = p.gardener_id GROUP BY g.town",
    ),
]
QUESTIONS = [*ABSENT, *CHILDREN, *PAIRS, *SELF, *LINKS, *RANKED, *PERIODS, *DISTINCT]

TIMES = "SELECT * FROM tools t WHERE (SELECT count(*) FROM loans l WHERE l.tool_id = t.tool_id)"
NEVER_BORROWED = (
    "SELECT * FROM tools t WHERE NOT EXISTS (SELECT 1 FROM loans l WHERE l.tool_id = t.tool_id)"
)
MOST_BORROWED = (
    "SELECT t.tool_id, t.label, count(*) FROM tools t JOIN loans l ON l.tool_id = t.tool_id "
    "GROUP BY t.tool_id ORDER BY 3 DESC LIMIT 1"
)
OVERDUE = "SELECT * FROM loans WHERE returned_on IS NULL AND due_back < current_date"
# A verb for the act a table records (borrowed → loans), and states of a loan in words.
VERBS = [
    case("tools that were never borrowed", NEVER_BORROWED),
    case("tools never borrowed", NEVER_BORROWED),
    case(
        "neighbours who never borrowed anything",
        "SELECT * FROM neighbours n WHERE NOT EXISTS "
        "(SELECT 1 FROM loans l WHERE l.neighbour_id = n.neighbour_id)",
    ),
    case("tools borrowed more than 2 times", TIMES + " > 2"),
    case("tools borrowed at least 2 times", TIMES + " >= 2"),
    case("tools borrowed more than once", TIMES + " > 1"),
    case("tools borrowed at least twice", TIMES + " >= 2"),
    case("which tool was borrowed the most", MOST_BORROWED),
    case("the most borrowed tool", MOST_BORROWED),
    case(
        "tools borrowed by Pip",
        "SELECT DISTINCT t.* FROM tools t JOIN loans l ON l.tool_id = t.tool_id "
        "JOIN neighbours n ON n.neighbour_id = l.neighbour_id WHERE n.nickname = 'Pip'",
    ),
    case("loans returned late", "SELECT * FROM loans WHERE returned_on > due_back"),
    case(
        "loans that were returned after they were due",
        "SELECT * FROM loans WHERE returned_on > due_back",
    ),
    case("overdue loans", OVERDUE),
    case("how many loans are overdue", f"SELECT count(*) FROM ({OVERDUE}) x"),
    case(
        "tools borrowed in February 2025",
        "SELECT * FROM tools t WHERE EXISTS (SELECT 1 FROM loans l WHERE l.tool_id = t.tool_id "
        "AND l.borrowed_on >= '2025-02-01' AND l.borrowed_on < '2025-03-01')",
    ),
    case("the last 2 loans", "SELECT * FROM loans ORDER BY borrowed_on DESC LIMIT 2"),
    case(
        "which month had the most loans",
        "SELECT date_trunc('month', borrowed_on), count(*) FROM loans GROUP BY 1 "
        "ORDER BY 2 DESC LIMIT 1",
    ),
]


@pytest.fixture(scope="module")
def allotment(pg_server: str) -> Iterator[GoldDatabase]:
    """The allotment society, in a database of this module's own."""
    with database_of(pg_server, ALLOTMENT) as db:
        yield db


@pytest.fixture(scope="module")
async def grounded(allotment: GoldDatabase) -> Grounded:
    """Every table of the database, and the values found in its data."""
    return await ground(allotment.url)


@pytest.mark.parametrize(("question", "gold"), QUESTIONS)
def test_general_questions_return_the_rows_of_the_gold_sql(
    question: str, gold: str, allotment: GoldDatabase, grounded: Grounded
) -> None:
    sql = planned(question, grounded)
    assert rows(allotment, sql) == rows(allotment, gold), sql


@pytest.fixture(scope="module")
def shelf(pg_server: str) -> Iterator[GoldDatabase]:
    """The tool-lending shelf, in a database of this module's own."""
    with database_of(pg_server, TOOL_SHELF) as db:
        yield db


@pytest.fixture(scope="module")
async def shelf_grounded(shelf: GoldDatabase) -> Grounded:
    """The shelf's tables and the values found in its data."""
    return await ground(shelf.url)


@pytest.mark.parametrize(("question", "gold"), VERBS)
def test_verbs_and_states_return_the_rows_of_the_gold_sql(
    question: str, gold: str, shelf: GoldDatabase, shelf_grounded: Grounded
) -> None:
    sql = planned(question, shelf_grounded)
    assert rows(shelf, sql) == rows(shelf, gold), sql
