"""Held-out questions for the offline planner on a city bus network schema it has never seen.

Routes with their stops in order (a link table), stops by district, vehicles of four fuel types,
drivers (with the driver who mentored them), scheduled trips of a route, a vehicle and a driver,
incidents on trips, and passenger counts of a trip at a stop. The 55 questions and their gold SQL
were written blind on 2026-11-30, by a helper not allowed to read the planner, its tests or its
docs. Per kind: counts 6, filters 6, joins 7, superlatives 7, groups 6, dates 6, comparisons 6,
never 5, named 6.
First sight, with the planner of 759bb83: 49/55. A dev set: its misses were read and worked on
since, so it is no longer a held-out measure; MISSES holds the planner's answers as it stands.
"""

import pytest

from tests.llm.buses import BUSES
from tests.llm.gold import (
    GoldDatabase,
    Grounded,
    assert_answered,
    case,
    with_misses,
)

COUNTS = [
    case(
        "how many electric buses do we have?",
        "SELECT count(*) FROM vehicles WHERE fuel_type = 'electric'",
    ),
    case(
        "How many trips were cancelled?",
        "SELECT count(*) FROM trips WHERE trip_status = 'cancelled'",
    ),
    case("number of express routes", "SELECT count(*) FROM routes WHERE service_type = 'express'"),
    case(
        "how many drivers are on leave right now",
        "SELECT count(*) FROM drivers WHERE employment_status = 'on_leave'",
    ),
    case(
        "How many stops are there in Old Town?",
        "SELECT count(*) FROM stops WHERE district = 'Old Town'",
    ),
    case(
        "how many severe incidents have we had",
        "SELECT count(*) FROM incidents WHERE severity = 'severe'",
    ),
]
FILTERS = [
    case("show me the night routes", "SELECT * FROM routes WHERE service_type = 'night'"),
    case("which stops are step-free?", "SELECT * FROM stops WHERE is_step_free"),
    case("list the hybrid buses", "SELECT * FROM vehicles WHERE fuel_type = 'hybrid'"),
    case("vehicles made by Volvo", "SELECT * FROM vehicles WHERE manufacturer = 'Volvo'"),
    case("vandalism incidents", "SELECT * FROM incidents WHERE category = 'vandalism'"),
    case(
        "Which drivers are qualified for night shifts?",
        "SELECT * FROM drivers WHERE is_night_qualified",
    ),
]
JOINS = [
    case(
        "which stops does the Airport Express call at?",
        "SELECT s.* FROM stops s JOIN route_stops rs ON rs.stop_id = s.stop_id"
        " JOIN routes r ON r.route_id = rs.route_id WHERE r.route_name = 'Airport Express'",
    ),
    case(
        "trips driven by Aisha Rahman",
        "SELECT t.* FROM trips t JOIN drivers d ON d.driver_id = t.driver_id"
        " WHERE d.full_name = 'Aisha Rahman'",
    ),
    case(
        "Which routes stop at Riverside Hospital?",
        "SELECT r.* FROM routes r JOIN route_stops rs ON rs.route_id = r.route_id"
        " JOIN stops s ON s.stop_id = rs.stop_id WHERE s.stop_name = 'Riverside Hospital'",
    ),
    case(
        "show the trips run by bus E201",
        "SELECT t.* FROM trips t JOIN vehicles v ON v.vehicle_id = t.vehicle_id"
        " WHERE v.fleet_number = 'E201'",
    ),
    case(
        "incidents involving electric buses",
        "SELECT i.* FROM incidents i JOIN trips t ON t.trip_id = i.trip_id"
        " JOIN vehicles v ON v.vehicle_id = t.vehicle_id WHERE v.fuel_type = 'electric'",
    ),
    case(
        "which drivers did Marta Kowalski mentor?",
        "SELECT d.* FROM drivers d JOIN drivers m ON m.driver_id = d.mentor_id"
        " WHERE m.full_name = 'Marta Kowalski'",
    ),
    case(
        "passenger counts taken at Harbour Front",
        "SELECT pc.* FROM passenger_counts pc JOIN stops s ON s.stop_id = pc.stop_id"
        " WHERE s.stop_name = 'Harbour Front'",
    ),
]
SUPERLATIVES = [
    case("what's the shortest route?", "SELECT * FROM routes ORDER BY length_km LIMIT 1"),
    case(
        "Which route has the most expensive fare?",
        "SELECT * FROM routes ORDER BY base_fare DESC LIMIT 1",
    ),
    case("our newest bus", "SELECT * FROM vehicles ORDER BY commissioned_on DESC LIMIT 1"),
    case(
        "the 3 buses with the highest mileage",
        "SELECT * FROM vehicles ORDER BY odometer_km DESC LIMIT 3",
    ),
    case(
        "what was the costliest incident?",
        "SELECT * FROM incidents ORDER BY damage_cost DESC NULLS LAST LIMIT 1",
    ),
    case(
        "which driver is assigned to the most trips?",
        "SELECT d.driver_id, d.full_name, count(*) FROM trips t JOIN drivers d"
        " ON d.driver_id = t.driver_id GROUP BY 1, 2 ORDER BY 3 DESC LIMIT 1",
    ),
    case(
        "Which stop is served by the most routes?",
        "SELECT s.stop_id, s.stop_name, count(*) FROM route_stops rs JOIN stops s"
        " ON s.stop_id = rs.stop_id GROUP BY 1, 2 ORDER BY 3 DESC LIMIT 1",
    ),
]
GROUPS = [
    case("how many vehicles per fuel type", "SELECT fuel_type, count(*) FROM vehicles GROUP BY 1"),
    case("trips by status", "SELECT trip_status, count(*) FROM trips GROUP BY 1"),
    case(
        "What's the average damage cost for each incident category?",
        "SELECT category, avg(damage_cost) FROM incidents GROUP BY 1",
    ),
    case(
        "number of stops on each route",
        "SELECT r.route_id, r.route_name, count(*) FROM route_stops rs JOIN routes r"
        " ON r.route_id = rs.route_id GROUP BY 1, 2",
    ),
    case(
        "total boardings per stop",
        "SELECT s.stop_id, s.stop_name, sum(pc.boardings) FROM passenger_counts pc JOIN stops s"
        " ON s.stop_id = pc.stop_id GROUP BY 1, 2",
    ),
    case(
        "incidents broken down by severity", "SELECT severity, count(*) FROM incidents GROUP BY 1"
    ),
]
DATES = [
    case(
        "how many trips were there in March 2025?",
        "SELECT count(*) FROM trips"
        " WHERE scheduled_departure >= '2025-03-01' AND scheduled_departure < '2025-04-01'",
    ),
    case(
        "incidents in 2024",
        "SELECT * FROM incidents WHERE occurred_at >= '2024-01-01' AND occurred_at < '2025-01-01'",
    ),
    case("drivers hired before 2024", "SELECT * FROM drivers WHERE hired_on < '2024-01-01'"),
    case(
        "Which buses were commissioned during 2024?",
        "SELECT * FROM vehicles"
        " WHERE commissioned_on >= '2024-01-01' AND commissioned_on < '2025-01-01'",
    ),
    case(
        "routes launched since July 2023", "SELECT * FROM routes WHERE launched_on >= '2023-07-01'"
    ),
    case(
        "show me trips scheduled during summer 2024",
        "SELECT * FROM trips"
        " WHERE scheduled_departure >= '2024-06-01' AND scheduled_departure < '2024-09-01'",
    ),
]
COMPARISONS = [
    case("routes longer than 20 km", "SELECT * FROM routes WHERE length_km > 20"),
    case("buses with more than 60 seats", "SELECT * FROM vehicles WHERE seats > 60"),
    case("incidents costing over $5,000", "SELECT * FROM incidents WHERE damage_cost > 5000"),
    case(
        "which drivers earn less than $21 an hour?",
        "SELECT * FROM drivers WHERE hourly_rate < 21",
    ),
    case(
        "trips that left more than 10 minutes late",
        "SELECT * FROM trips WHERE delay_minutes > 10",
    ),
    case("Routes with a fare under $2.50", "SELECT * FROM routes WHERE base_fare < 2.50"),
]
NEVER = [
    case("drivers without a phone number", "SELECT * FROM drivers WHERE phone IS NULL"),
    case(
        "stops that no route serves",
        "SELECT * FROM stops s WHERE NOT EXISTS"
        " (SELECT 1 FROM route_stops rs WHERE rs.stop_id = s.stop_id)",
    ),
    case(
        "which buses have never been used on a trip?",
        "SELECT * FROM vehicles v WHERE NOT EXISTS"
        " (SELECT 1 FROM trips t WHERE t.vehicle_id = v.vehicle_id)",
    ),
    case(
        "incidents that haven't been resolved yet",
        "SELECT * FROM incidents WHERE resolved_on IS NULL",
    ),
    case(
        "Which drivers have never driven a trip?",
        "SELECT * FROM drivers d WHERE NOT EXISTS"
        " (SELECT 1 FROM trips t WHERE t.driver_id = d.driver_id)",
    ),
]
NAMED = [
    case(
        "what's the fare on the Westpark Express?",
        "SELECT base_fare FROM routes WHERE route_name = 'Westpark Express'",
    ),
    case(
        "when was Daniel Okafor hired?",
        "SELECT hired_on FROM drivers WHERE full_name = 'Daniel Okafor'",
    ),
    case(
        "how many seats does bus C301 have",
        "SELECT seats FROM vehicles WHERE fleet_number = 'C301'",
    ),
    case(
        "What district is Ferry Terminal in?",
        "SELECT district FROM stops WHERE stop_name = 'Ferry Terminal'",
    ),
    case(
        "what is Grace Mensah's license number",
        "SELECT license_number FROM drivers WHERE full_name = 'Grace Mensah'",
    ),
    case(
        "How long is the Night Owl South route?",
        "SELECT length_km FROM routes WHERE route_name = 'Night Owl South'",
    ),
]

MISSES: dict[str, str] = {}

QUESTIONS = with_misses(
    [*COUNTS, *FILTERS, *JOINS, *SUPERLATIVES, *GROUPS, *DATES, *COMPARISONS, *NEVER, *NAMED],
    MISSES,
)


SCHEMA = BUSES  # the module's database, made by the fixtures of tests/llm/conftest.py


@pytest.mark.parametrize(("question", "gold"), QUESTIONS)
def test_buses_questions_return_the_rows_of_the_gold_sql(
    question: str, gold: str, gold_db: GoldDatabase, grounded: Grounded
) -> None:
    assert_answered(question, gold, gold_db, grounded)
