"""The planner's words for dates, verbs and nouns on a schema of its own: rows equal a gold SQL.

A bike courier cooperative (tests/llm/courier.py). Dates said relative to today ("tomorrow",
"this year's", "in the last 30 days", "more than 2 years ago", "since March"); verbs that name
a table by its doer ("distributors distribute", "supervisors": "reports to") or only link two
tables ("included", "offer"); nouns a thesaurus knows (fleet, journeys, rides), plurals of
stored values ("tandems", "cargo bikes") and adjectives of state and degree ("decommissioned",
"tallest"); phrases that say a comparison, a flag or a size in other words ("20 km or more",
"switched off", "marked as", "hold 2 people", "of each type", "nobody has checked", "the three
longest"). Nothing under src/ names a word of this schema.
"""

from collections.abc import Iterator

import pytest

from tests.llm.courier import COURIER
from tests.llm.gold import GoldDatabase, Grounded, case, database_of, ground, planned, reply, rows

DATES = [
    case(
        "riders who joined in the last 30 days",
        "SELECT * FROM riders WHERE joined_on > current_date - 31",
    ),
    case(
        "how many riders joined in the last two years",
        "SELECT count(*) FROM riders WHERE joined_on >= (current_date - interval '2 years')::date",
    ),
    case(
        "which trips start tomorrow?",
        "SELECT * FROM trips WHERE starts_at::date = current_date + 1",
    ),
    case("trips yesterday", "SELECT * FROM trips WHERE starts_at::date = current_date - 1"),
    case(
        "how many trips are there today",
        "SELECT count(*) FROM trips WHERE starts_at::date = current_date",
    ),
    case(
        "show this year's trips",
        "SELECT * FROM trips WHERE extract(year FROM starts_at) = extract(year FROM current_date)",
    ),
    case(
        "trips in the past week",
        "SELECT * FROM trips WHERE starts_at::date BETWEEN current_date - 7 AND current_date",
    ),
    case(
        "trips in the next 3 days",
        "SELECT * FROM trips WHERE starts_at::date BETWEEN current_date AND current_date + 2",
    ),
    case(
        "vehicles bought more than 2 years ago",
        "SELECT * FROM vehicles WHERE bought_on < (current_date - interval '2 years')::date",
    ),
    case(
        "vehicles older than 5 years",
        "SELECT * FROM vehicles WHERE bought_on < (current_date - interval '5 years')::date",
    ),
    case(
        "riders who joined since March",
        "SELECT * FROM riders WHERE joined_on >= make_date(extract(year FROM current_date)::int"
        " - (extract(month FROM current_date) < 3)::int, 3, 1)",
    ),
]
VERBS = [
    case(
        "which distributors distribute brake pads?",
        "SELECT DISTINCT d.* FROM distributors d JOIN parts p USING (distributor_id)"
        " WHERE p.name = 'brake pads'",
    ),
    case(
        "which parts does Velo Supply distribute?",
        "SELECT p.* FROM parts p JOIN distributors d USING (distributor_id)"
        " WHERE d.name = 'Velo Supply'",
    ),
    case(
        "who reports to Ines Sousa?",
        "SELECT r.* FROM riders r JOIN riders s ON s.rider_id = r.supervisor_id"
        " WHERE s.full_name = 'Ines Sousa'",
    ),
    case(
        "who does Lia Gomes report to?",
        "SELECT s.* FROM riders r JOIN riders s ON s.rider_id = r.supervisor_id"
        " WHERE r.full_name = 'Lia Gomes'",
    ),
    case(
        "which trips included parcel P-100?",
        "SELECT t.* FROM trips t JOIN trip_parcels tp USING (trip_id)"
        " JOIN parcels p USING (parcel_id) WHERE p.label = 'P-100'",
    ),
    case(
        "which depots offer tandems?",
        "SELECT * FROM depots d WHERE EXISTS"
        " (SELECT 1 FROM vehicles v WHERE v.depot_id = d.depot_id AND v.kind = 'tandem')",
    ),
]
NOUNS = [
    case(
        "how many journeys were cancelled?",
        "SELECT count(*) FROM trips WHERE status = 'cancelled'",
    ),
    case("rides longer than 20 km", "SELECT * FROM trips WHERE distance_km > 20"),
    case("show the whole fleet", "SELECT * FROM vehicles"),
    case("number of tandems", "SELECT count(*) FROM vehicles WHERE kind = 'tandem'"),
    case("list the cargo bikes", "SELECT * FROM vehicles WHERE kind = 'cargo bike'"),
    case("decommissioned vehicles", "SELECT * FROM vehicles WHERE NOT is_active"),
    case("retired riders", "SELECT * FROM riders WHERE NOT is_active"),
    case(
        "who is the tallest rider?",
        "SELECT * FROM riders WHERE height_cm = (SELECT max(height_cm) FROM riders)",
    ),
]
PHRASES = [
    case(
        "how many vehicles are still in service?", "SELECT count(*) FROM vehicles WHERE is_active"
    ),
    case("vehicles that hold more than 2 people", "SELECT * FROM vehicles WHERE seats > 2"),
    case("vehicles with tracking switched off", "SELECT * FROM vehicles WHERE NOT tracking"),
    case("how many riders are marked as active", "SELECT count(*) FROM riders WHERE is_active"),
    case(
        "how many vehicles are there of each type?",
        "SELECT kind, count(*) FROM vehicles GROUP BY kind",
    ),
    case(
        "how many tandem type vehicles are there?",
        "SELECT count(*) FROM vehicles WHERE kind = 'tandem'",
    ),
    case("trips of 20 km or more", "SELECT * FROM trips WHERE distance_km >= 20"),
    case("parts that cost 12 euros or less", "SELECT * FROM parts WHERE price_eur <= 12"),
    case("trips where the distance was over 30 km", "SELECT * FROM trips WHERE distance_km > 30"),
    case("the three longest trips", "SELECT * FROM trips ORDER BY duration_seconds DESC LIMIT 3"),
    case("vehicles with more than two seats", "SELECT * FROM vehicles WHERE seats > 2"),
    case(
        "distributors with credit over 1000 pounds",
        "SELECT * FROM distributors WHERE credit_gbp > 1000",
    ),
    case("parcels nobody has checked", "SELECT * FROM parcels WHERE checked_by IS NULL"),
    case(
        "which trips took place yesterday?",
        "SELECT * FROM trips WHERE starts_at::date = current_date - 1",
    ),
]
UNITS = [
    case("trips delayed by more than 10 minutes", "SELECT * FROM trips WHERE delay_minutes > 10"),
    case("trips longer than 30 minutes", "SELECT * FROM trips WHERE duration_seconds > 1800"),
    case("which distributors work in euros?", "SELECT * FROM distributors WHERE currency = 'EUR'"),
]
# "not" before a flag or a value: the flag denied, the value excluded (`sql_negation`).
NEGATIONS = [
    case("riders who are not active", "SELECT * FROM riders WHERE NOT is_active"),
    case("vehicles not in service", "SELECT * FROM vehicles WHERE NOT is_active"),
    case("which riders aren't active?", "SELECT * FROM riders WHERE NOT is_active"),
    case("trips that were not cancelled", "SELECT * FROM trips WHERE status <> 'cancelled'"),
]
QUESTIONS = [*DATES, *VERBS, *NOUNS, *PHRASES, *UNITS, *NEGATIONS]


@pytest.fixture(scope="module")
def courier(pg_server: str) -> Iterator[GoldDatabase]:
    with database_of(pg_server, COURIER) as db:
        yield db


@pytest.fixture(scope="module")
async def grounded(courier: GoldDatabase) -> Grounded:
    return await ground(courier.url)


@pytest.mark.parametrize(("question", "gold"), QUESTIONS)
def test_dates_verbs_and_nouns_return_the_rows_of_the_gold_sql(
    question: str, gold: str, courier: GoldDatabase, grounded: Grounded
) -> None:
    sql = planned(question, grounded)
    assert rows(courier, sql) == rows(courier, gold), sql


@pytest.mark.parametrize(
    "question",
    [
        "parcels that are not heavy",  # no column says heavy
        "riders not working for depots",  # a relation negated, not a value or a flag
    ],
)
def test_a_negation_the_sql_would_drop_is_refused(question: str, grounded: Grounded) -> None:
    # "not" governs nothing the words place: answering would give the opposite rows.
    assert reply(question, grounded).startswith("CANNOT: I could not place 'not'")
