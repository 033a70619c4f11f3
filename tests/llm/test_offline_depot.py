"""Question shapes on a schema of the planner's own: rows with no name, keys that may be empty.

Issue 17's general rules, each asked on tables nothing under src/ names: a row with no name
column is read by its mark (a registration, a code, a tracking number); "empty <rows>" is
NOT EXISTS over the only table holding them; "without a <key>", "not <verb>ed by any <row>"
and "nobody <verb>ed" are `<key> IS NULL` when the key is a nullable column of the row itself;
"don't <verb> any of our <rows>", with the table's two-word name, NOT EXISTS over those rows;
"which <row> has spent the most (time) on …" ranked by a sum over its nearest child table.
"""

from collections.abc import Iterator

import pytest

from tests.llm.depot import DEPOT
from tests.llm.gold import GoldDatabase, Grounded, case, database_of, ground, planned, rows

MARKS = [
    case(
        "which van has made the most trips?",
        "SELECT v.van_id, v.registration, count(*) FROM vans v"
        " JOIN trips t ON t.van_id = v.van_id GROUP BY 1, 2 ORDER BY 3 DESC LIMIT 1",
    ),
    case(
        "number of trips per van",
        "SELECT v.van_id, v.registration, count(*) FROM vans v"
        " JOIN trips t ON t.van_id = v.van_id GROUP BY 1, 2",
    ),
    case(
        "which crate holds the most parcels?",
        "SELECT c.crate_id, c.crate_code, count(*) FROM crates c"
        " JOIN parcels p ON p.crate_id = c.crate_id GROUP BY 1, 2 ORDER BY 3 DESC LIMIT 1",
    ),
    case(
        "total weight of parcels per crate",
        "SELECT c.crate_id, c.crate_code, sum(p.weight_kg) FROM crates c"
        " JOIN parcels p ON p.crate_id = c.crate_id GROUP BY 1, 2",
    ),
]
EMPTY = [
    case(
        "empty crates",
        "SELECT * FROM crates c"
        " WHERE NOT EXISTS (SELECT 1 FROM parcels p WHERE p.crate_id = c.crate_id)",
    ),
    case(
        "how many empty crates are there?",
        "SELECT count(*) FROM crates c"
        " WHERE NOT EXISTS (SELECT 1 FROM parcels p WHERE p.crate_id = c.crate_id)",
    ),
    case(
        "crates that don't hold any parcels",
        "SELECT * FROM crates c"
        " WHERE NOT EXISTS (SELECT 1 FROM parcels p WHERE p.crate_id = c.crate_id)",
    ),
    case(
        "drivers who haven't made any trips",
        "SELECT * FROM drivers d"
        " WHERE NOT EXISTS (SELECT 1 FROM trips t WHERE t.driver_id = d.driver_id)",
    ),
    case(
        "drivers who have not checked any parcels",
        "SELECT * FROM drivers d"
        " WHERE NOT EXISTS (SELECT 1 FROM parcels p WHERE p.checked_by = d.driver_id)",
    ),
]
OWN_KEYS = [
    case("vans without a driver", "SELECT * FROM vans WHERE driver_id IS NULL"),
    case("vans with no driver", "SELECT * FROM vans WHERE driver_id IS NULL"),
    case("parcels not checked by any driver", "SELECT * FROM parcels WHERE checked_by IS NULL"),
    case(
        "how many parcels has nobody checked?",
        "SELECT count(*) FROM parcels WHERE checked_by IS NULL",
    ),
]
SPENT = [
    case(
        "which driver has spent the most time driving?",
        "SELECT d.driver_id, d.full_name, sum(t.minutes_driven) FROM drivers d"
        " JOIN trips t ON t.driver_id = d.driver_id GROUP BY 1, 2 ORDER BY 3 DESC LIMIT 1",
    ),
    case(
        "which driver has spent the most on fuel?",
        "SELECT d.driver_id, d.full_name, sum(t.fuel_cost_eur) FROM drivers d"
        " JOIN trips t ON t.driver_id = d.driver_id GROUP BY 1, 2 ORDER BY 3 DESC LIMIT 1",
    ),
    case(
        "which van has spent the most time on the road?",
        "SELECT v.van_id, v.registration, sum(t.minutes_driven) FROM vans v"
        " JOIN trips t ON t.van_id = v.van_id GROUP BY 1, 2 ORDER BY 3 DESC LIMIT 1",
    ),
]
QUESTIONS = [*MARKS, *EMPTY, *OWN_KEYS, *SPENT]


@pytest.fixture(scope="module")
def depot(pg_server: str) -> Iterator[GoldDatabase]:
    """The parcel depot, in a database of this module's own."""
    with database_of(pg_server, DEPOT) as db:
        yield db


@pytest.fixture(scope="module")
async def grounded(depot: GoldDatabase) -> Grounded:
    """Every table of the depot, and the values found in its data."""
    return await ground(depot.url)


@pytest.mark.parametrize(("question", "gold"), QUESTIONS)
def test_depot_questions_return_the_rows_of_the_gold_sql(
    question: str, gold: str, depot: GoldDatabase, grounded: Grounded
) -> None:
    sql = planned(question, grounded)
    assert rows(depot, sql) == rows(depot, gold), sql
