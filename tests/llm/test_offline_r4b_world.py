"""Counts, absences and flags said with verbs, on two small schemas (`r4b_world`).

A speakers' agency and a sports centre, in one database. Written on 2026-11-30 before the rules
they check: "gets hired the most" counts the hires (hiring is booking) even where a hall's
hire fee is a number the verb names; "never gone into a kit" reads the link table after
"into"; "which hall have speakers had the most bookings in" ranks the halls, not the speakers;
"brought in the most revenue" sums the hires' fees; "closed to guests" is a flag's opposite
and "taking on new clients" a flag's verb said another way, negated or not; "courts by
status" groups by the status column of the table named when other tables have one too, and
"average attendee count per ticket status" averages attendee_count, no tally of attendees;
"workshops per host" groups by the speaker host_id points to, though 'host' is also a role;
"courses scheduled to finish in 2026" is their own due_completion (finishing is completing),
not their sessions' planned_finish; "how many courts can members book" is the flag
available_for_booking, the askers no filter; "orders placed in 2025" is when they were made
(ordered_on, else a created date), not the first date of the table.
"""

import pytest

from tests.llm.gold import (
    GoldDatabase,
    Grounded,
    assert_answered,
    case,
    with_misses,
)
from tests.llm.r4b_world import R4B_WORLD

HIRED = [
    case(
        "which speaker gets hired the most",
        "SELECT s.speaker_id, s.full_name, count(*) FROM speaker_bookings b "
        "JOIN speakers s ON s.speaker_id = b.speaker_id GROUP BY 1, 2 ORDER BY 3 DESC LIMIT 1",
    ),
    case(
        "which speaker is booked the most?",
        "SELECT s.speaker_id, s.full_name, count(*) FROM speaker_bookings b "
        "JOIN speakers s ON s.speaker_id = b.speaker_id GROUP BY 1, 2 ORDER BY 3 DESC LIMIT 1",
    ),
    case(
        "speakers that have never been hired",
        "SELECT * FROM speakers s WHERE NOT EXISTS "
        "(SELECT 1 FROM speaker_bookings b WHERE b.speaker_id = s.speaker_id)",
    ),
    case(
        "which hall have speakers had the most bookings in?",
        "SELECT h.hall_id, h.name, count(*) FROM speaker_bookings b JOIN conferences c "
        "ON c.conference_id = b.conference_id JOIN halls h ON h.hall_id = c.hall_id "
        "GROUP BY 1, 2 ORDER BY 3 DESC LIMIT 1",
    ),
    case(
        "which kit have coaches packed the most items into?",
        "SELECT k.kit_id, count(*) FROM kit_items i JOIN kits k ON k.kit_id = i.kit_id "
        "GROUP BY 1 ORDER BY 2 DESC LIMIT 1",
    ),
    case(
        "which speaker brought in the most revenue",
        "SELECT s.speaker_id, s.full_name, sum(b.agreed_fee) FROM speaker_bookings b "
        "JOIN speakers s ON s.speaker_id = b.speaker_id GROUP BY 1, 2 ORDER BY 3 DESC LIMIT 1",
    ),
    case(
        "which speaker has made the most income?",
        "SELECT s.speaker_id, s.full_name, sum(b.agreed_fee) FROM speaker_bookings b "
        "JOIN speakers s ON s.speaker_id = b.speaker_id GROUP BY 1, 2 ORDER BY 3 DESC LIMIT 1",
    ),
    case(
        "which hall has the highest hire fee?",
        "SELECT * FROM halls ORDER BY hire_fee DESC LIMIT 1",
    ),
]
NEVER = [
    case(
        "equipment that has never gone into a kit",
        "SELECT * FROM equipment e WHERE NOT EXISTS "
        "(SELECT 1 FROM kit_items k WHERE k.equipment_id = e.equipment_id)",
    ),
    case(
        "equipment that never went into a kit",
        "SELECT * FROM equipment e WHERE NOT EXISTS "
        "(SELECT 1 FROM kit_items k WHERE k.equipment_id = e.equipment_id)",
    ),
    case(
        "coaches who have never packed a kit",
        "SELECT * FROM coaches c WHERE NOT EXISTS "
        "(SELECT 1 FROM kits k WHERE k.coach_id = c.coach_id)",
    ),
]
FLAGS = [
    case(
        "courts that are closed to guests",
        "SELECT * FROM courts WHERE NOT is_open_to_guests",
    ),
    case("courts open to guests", "SELECT * FROM courts WHERE is_open_to_guests"),
    case(
        "which coaches aren't taking on new clients",
        "SELECT * FROM coaches WHERE NOT accepting_new_clients",
    ),
    case(
        "how many coaches are taking on new clients?",
        "SELECT count(*) FROM coaches WHERE accepting_new_clients",
    ),
    case(
        "How many courts can members book?",
        "SELECT count(*) FROM courts WHERE available_for_booking",
    ),
    case("which courts can be booked", "SELECT * FROM courts WHERE available_for_booking"),
    case(
        "coaches not accepting new clients",
        "SELECT * FROM coaches WHERE NOT accepting_new_clients",
    ),
]

GROUPS = [
    case(
        "conferences by status",
        "SELECT ticket_status, count(*) FROM conferences GROUP BY 1",
    ),
    case(
        "average attendee count per ticket status",
        "SELECT ticket_status, avg(attendee_count) FROM conferences GROUP BY 1",
    ),
    case(
        "total attendee count by ticket status",
        "SELECT ticket_status, sum(attendee_count) FROM conferences GROUP BY 1",
    ),
    case(
        "number of workshops per host",
        "SELECT s.speaker_id, s.full_name, count(*) FROM workshops w "
        "JOIN speakers s ON s.speaker_id = w.host_id GROUP BY 1, 2",
    ),
    case("courts by status", "SELECT maintenance_status, count(*) FROM courts GROUP BY 1"),
    case(
        "number of conferences by status",
        "SELECT ticket_status, count(*) FROM conferences GROUP BY 1",
    ),
]

DATED = [
    case(
        "which courses are scheduled to finish in 2026",
        "SELECT * FROM courses WHERE due_completion >= '2026-01-01'"
        " AND due_completion < '2027-01-01'",
    ),
    case(
        "how many courses finish in 2025?",
        "SELECT count(*) FROM courses WHERE due_completion >= '2025-01-01'"
        " AND due_completion < '2026-01-01'",
    ),
    case(
        "how many equipment orders were placed in 2025?",
        "SELECT count(*) FROM equipment_orders WHERE ordered_on >= '2025-01-01'"
        " AND ordered_on < '2026-01-01'",
    ),
    case(
        "how many court reports were made in 2024?",
        "SELECT count(*) FROM court_reports WHERE created_at >= '2024-01-01'"
        " AND created_at < '2025-01-01'",
    ),
    case(
        "courses that began in 2025",
        "SELECT * FROM courses WHERE began_on >= '2025-01-01' AND began_on < '2026-01-01'",
    ),
]

MISSES: dict[str, str] = {}

QUESTIONS = with_misses([*HIRED, *NEVER, *FLAGS, *GROUPS, *DATED], MISSES)


SCHEMA = R4B_WORLD  # the module's database, made by the fixtures of tests/llm/conftest.py


@pytest.mark.parametrize(("question", "gold"), QUESTIONS)
def test_r4b_world_questions_return_the_rows_of_the_gold_sql(
    question: str, gold: str, gold_db: GoldDatabase, grounded: Grounded
) -> None:
    assert_answered(question, gold, gold_db, grounded)
