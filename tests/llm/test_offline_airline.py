"""Held-out questions for the offline planner on an airline schema it has never seen.

Airports, the fleet of aircraft (each with a home airport), flights between an origin and a
destination airport, passengers and their bookings, crew members (with mentors and a base
airport) and their assignments to flights. The 52 questions and their gold SQL were written
blind on 2026-11-30, by a helper not allowed to read the planner, its tests or its docs. Per
kind: counts 6, filters 6, joins 6, superlatives 6, groups 6, dates 6, comparisons 6, never 5,
named 5.
First sight with the planner of 2026-11-30 morning: 31/52. Tuned on since (2026-11-30
afternoon): 49/52, so no longer a held-out measure.
"""

import pytest

from tests.llm.airline import AIRLINE
from tests.llm.gold import (
    GoldDatabase,
    Grounded,
    assert_answered,
    case,
    with_misses,
)

COUNTS = [
    case(
        "how many flights were cancelled?",
        "SELECT count(*) FROM flights WHERE status = 'cancelled'",
    ),
    case(
        "How many aircraft are still in service?",
        "SELECT count(*) FROM aircraft WHERE is_active",
    ),
    case("number of captains", "SELECT count(*) FROM crew_members WHERE rank = 'captain'"),
    case(
        "How many passengers have platinum status?",
        "SELECT count(*) FROM passengers WHERE loyalty_tier = 'platinum'",
    ),
    case(
        "how many business class bookings are there?",
        "SELECT count(*) FROM bookings WHERE cabin = 'business'",
    ),
    case("How many of our airports are hubs?", "SELECT count(*) FROM airports WHERE is_hub"),
]

FILTERS = [
    case("list the Airbus aircraft", "SELECT * FROM aircraft WHERE manufacturer = 'Airbus'"),
    case("show diverted flights", "SELECT * FROM flights WHERE status = 'diverted'"),
    case("Which airports are in Germany?", "SELECT * FROM airports WHERE country = 'Germany'"),
    case("gold members", "SELECT * FROM passengers WHERE loyalty_tier = 'gold'"),
    case("first officers?", "SELECT * FROM crew_members WHERE rank = 'first_officer'"),
    case("which planes are retired?", "SELECT * FROM aircraft WHERE NOT is_active"),
]

JOINS = [
    case(
        "Which aircraft are based in Munich?",
        "SELECT a.* FROM aircraft a JOIN airports p ON p.airport_id = a.home_airport_id"
        " WHERE p.city = 'Munich'",
    ),
    case(
        "flights departing from Vienna",
        "SELECT f.* FROM flights f JOIN airports a ON a.airport_id = f.origin_airport_id"
        " WHERE a.city = 'Vienna'",
    ),
    case(
        "Which flights land at JFK?",
        "SELECT f.* FROM flights f JOIN airports a ON a.airport_id = f.destination_airport_id"
        " WHERE a.iata_code = 'JFK'",
    ),
    case(
        "Who does Claudia Engel mentor?",
        "SELECT c.* FROM crew_members c JOIN crew_members m ON m.crew_id = c.mentor_id"
        " WHERE m.first_name = 'Claudia' AND m.last_name = 'Engel'",
    ),
    case(
        "Which flights is Sabine Roth assigned to?",
        "SELECT f.* FROM flights f JOIN crew_assignments ca ON ca.flight_id = f.flight_id"
        " JOIN crew_members c ON c.crew_id = ca.crew_id"
        " WHERE c.first_name = 'Sabine' AND c.last_name = 'Roth'",
    ),
    case(
        "which passengers have booked first class?",
        "SELECT DISTINCT p.* FROM passengers p JOIN bookings b ON b.passenger_id = p.passenger_id"
        " WHERE b.cabin = 'first'",
    ),
]

SUPERLATIVES = [
    case(
        "Which aircraft has the most seats?",
        "SELECT * FROM aircraft ORDER BY seat_count DESC LIMIT 1",
    ),
    case(
        "what's the oldest plane in the fleet?",
        "SELECT * FROM aircraft ORDER BY delivered_on LIMIT 1",
    ),
    case(
        "Which airport sits highest above sea level?",
        "SELECT * FROM airports ORDER BY elevation_m DESC LIMIT 1",
    ),
    case(
        "Which passenger has the most bookings?",
        "SELECT p.passenger_id, p.full_name, count(*) FROM passengers p"
        " JOIN bookings b ON b.passenger_id = p.passenger_id GROUP BY 1, 2"
        " ORDER BY 3 DESC LIMIT 1",
    ),
    case(
        "which airport has the most departures?",
        "SELECT a.airport_id, a.name, count(*) FROM airports a"
        " JOIN flights f ON f.origin_airport_id = a.airport_id GROUP BY 1, 2"
        " ORDER BY 3 DESC LIMIT 1",
    ),
    case(
        "Which aircraft has been used for the most flights?",
        "SELECT a.aircraft_id, a.registration, count(*) FROM aircraft a"
        " JOIN flights f ON f.aircraft_id = a.aircraft_id GROUP BY 1, 2"
        " ORDER BY 3 DESC LIMIT 1",
    ),
]

GROUPS = [
    case("how many flights per status", "SELECT status, count(*) FROM flights GROUP BY 1"),
    case("average fare by cabin class", "SELECT cabin, avg(fare_eur) FROM bookings GROUP BY 1"),
    case(
        "number of aircraft per manufacturer",
        "SELECT manufacturer, count(*) FROM aircraft GROUP BY 1",
    ),
    case(
        "How many crew members are based at each airport?",
        "SELECT a.airport_id, a.name, count(*) FROM airports a"
        " JOIN crew_members c ON c.base_airport_id = a.airport_id GROUP BY 1, 2",
    ),
    case(
        "Can you break down our passengers by loyalty tier?",
        "SELECT loyalty_tier, count(*) FROM passengers GROUP BY 1",
    ),
    case("crew count by rank", "SELECT rank, count(*) FROM crew_members GROUP BY 1"),
]

DATES = [
    case(
        "Which crew members were hired before 2015?",
        "SELECT * FROM crew_members WHERE hired_on < '2015-01-01'",
    ),
    case(
        "aircraft delivered in 2018",
        "SELECT * FROM aircraft WHERE delivered_on >= '2018-01-01' AND delivered_on < '2019-01-01'",
    ),
    case(
        "How many flights were scheduled to depart last month?",
        "SELECT count(*) FROM flights"
        " WHERE scheduled_departure >= date_trunc('month', current_date) - interval '1 month'"
        " AND scheduled_departure < date_trunc('month', current_date)",
    ),
    case(
        "How many bookings were made this month?",
        "SELECT count(*) FROM bookings WHERE booked_at >= date_trunc('month', current_date)"
        " AND booked_at < date_trunc('month', current_date) + interval '1 month'",
    ),
    case(
        "passengers born before 1970",
        "SELECT * FROM passengers WHERE born_on < '1970-01-01'",
    ),
    case(
        "Which flights are scheduled for tomorrow?",
        "SELECT * FROM flights WHERE scheduled_departure >= current_date + 1"
        " AND scheduled_departure < current_date + 2",
    ),
]

COMPARISONS = [
    case(
        "aircraft with a range over 10000 km",
        "SELECT * FROM aircraft WHERE range_km > 10000",
    ),
    case(
        "flights delayed by more than 30 minutes",
        "SELECT * FROM flights WHERE delay_minutes > 30",
    ),
    case("bookings that cost more than 1000 euros", "SELECT * FROM bookings WHERE fare_eur > 1000"),
    case("airports with at least 3 runways", "SELECT * FROM airports WHERE runway_count >= 3"),
    case("planes with fewer than 150 seats", "SELECT * FROM aircraft WHERE seat_count < 150"),
    case("flights shorter than 500 km", "SELECT * FROM flights WHERE distance_km < 500"),
]

NEVER = [
    case(
        "Which aircraft have never been assigned to a flight?",
        "SELECT * FROM aircraft a"
        " WHERE NOT EXISTS (SELECT 1 FROM flights f WHERE f.aircraft_id = a.aircraft_id)",
    ),
    case(
        "passengers without a frequent flyer number",
        "SELECT * FROM passengers WHERE frequent_flyer_no IS NULL",
    ),
    case(
        "Are there airports that no flight departs from?",
        "SELECT * FROM airports a"
        " WHERE NOT EXISTS (SELECT 1 FROM flights f WHERE f.origin_airport_id = a.airport_id)",
    ),
    case(
        "passengers who have never booked a flight",
        "SELECT * FROM passengers p"
        " WHERE NOT EXISTS (SELECT 1 FROM bookings b WHERE b.passenger_id = p.passenger_id)",
    ),
    case(
        "crew members who haven't been assigned to any flight",
        "SELECT * FROM crew_members c"
        " WHERE NOT EXISTS (SELECT 1 FROM crew_assignments ca WHERE ca.crew_id = c.crew_id)",
    ),
]

NAMED = [
    case(
        "What's the name of the airport with code LIS?",
        "SELECT name FROM airports WHERE iata_code = 'LIS'",
    ),
    case(
        "How many seats does D-AIMA have?",
        "SELECT seat_count FROM aircraft WHERE registration = 'D-AIMA'",
    ),
    case(
        "When was Sabine Roth hired?",
        "SELECT hired_on FROM crew_members WHERE first_name = 'Sabine' AND last_name = 'Roth'",
    ),
    case(
        "what is the elevation of Zurich Airport?",
        "SELECT elevation_m FROM airports WHERE name = 'Zurich Airport'",
    ),
    case(
        "What's Daniel Hofer's email address?",
        "SELECT email FROM passengers WHERE full_name = 'Daniel Hofer'",
    ),
]

# First sight (planner of ab97950, before that session's vocabulary and adjective work): 26/52.
# With that work (the merge that wrote these misses): 31/52.
# Known misses, each with the planner's answer:
MISSES: dict[str, str] = {}

QUESTIONS = with_misses(
    [*COUNTS, *FILTERS, *JOINS, *SUPERLATIVES, *GROUPS, *DATES, *COMPARISONS, *NEVER, *NAMED],
    MISSES,
)


SCHEMA = AIRLINE  # the module's database, made by the fixtures of tests/llm/conftest.py


@pytest.mark.parametrize(("question", "gold"), QUESTIONS)
def test_airline_questions_return_the_rows_of_the_gold_sql(
    question: str, gold: str, gold_db: GoldDatabase, grounded: Grounded
) -> None:
    assert_answered(question, gold, gold_db, grounded)
