"""Held-out questions for the offline planner on a ski resort schema it has never seen.

Lifts, the slopes each lift serves, pass holders and the passes they bought, lift scans of
passes at the lift gates, ski school instructors (with the instructor who mentors them) and
their lessons booked by pass holders at a meeting slope, and equipment rentals. The 55
questions and their gold SQL were written blind on 2026-11-30, by a helper not allowed to read
the planner, its tests or its docs. Per kind: counts 6, filters 6, joins 7, superlatives 7,
groups 6, dates 6, comparisons 6, never 5, named 6.
First sight, with the planner of 6cb7161: 43/55. A dev set: its misses were read and worked on
since, so it is no longer a held-out measure; MISSES holds the planner's answers as it stands.
"""

import pytest

from tests.llm.gold import (
    GoldDatabase,
    Grounded,
    assert_answered,
    case,
    with_misses,
)
from tests.llm.skiresort import SKIRESORT

COUNTS = [
    case("how many gondolas do we have?", "SELECT count(*) FROM lifts WHERE lift_type = 'gondola'"),
    case(
        "How many black runs are there?", "SELECT count(*) FROM slopes WHERE difficulty = 'black'"
    ),
    case("number of season passes sold", "SELECT count(*) FROM passes WHERE pass_type = 'season'"),
    case(
        "how many lessons got cancelled",
        "SELECT count(*) FROM lessons WHERE status = 'cancelled'",
    ),
    case(
        "How many snowboard rentals have we had?",
        "SELECT count(*) FROM equipment_rentals WHERE equipment = 'snowboard'",
    ),
    case(
        "how many pass holders are from Germany",
        "SELECT count(*) FROM pass_holders WHERE country = 'Germany'",
    ),
]
FILTERS = [
    case("show me the lifts that are not running", "SELECT * FROM lifts WHERE NOT is_operating"),
    case("slopes with snowmaking", "SELECT * FROM slopes WHERE has_snowmaking"),
    case("list the refunded passes", "SELECT * FROM passes WHERE is_refunded"),
    case(
        "Which instructors teach snowboarding?",
        "SELECT * FROM instructors WHERE discipline = 'snowboard'",
    ),
    case("private lessons", "SELECT * FROM lessons WHERE lesson_type = 'private'"),
    case(
        "which scans were denied at the gate?", "SELECT * FROM lift_scans WHERE NOT access_granted"
    ),
]
JOINS = [
    case(
        "which slopes are served by the Eagle Chair?",
        "SELECT s.* FROM slopes s JOIN lifts l ON l.lift_id = s.lift_id"
        " WHERE l.lift_name = 'Eagle Chair'",
    ),
    case(
        "lessons taught by Anna Berger",
        "SELECT le.* FROM lessons le JOIN instructors i ON i.instructor_id = le.instructor_id"
        " WHERE i.full_name = 'Anna Berger'",
    ),
    case(
        "What passes does Lukas Meier have?",
        "SELECT p.* FROM passes p JOIN pass_holders h ON h.holder_id = p.holder_id"
        " WHERE h.full_name = 'Lukas Meier'",
    ),
    case(
        "equipment rented by guests from the Netherlands",
        "SELECT r.* FROM equipment_rentals r JOIN pass_holders h ON h.holder_id = r.holder_id"
        " WHERE h.country = 'Netherlands'",
    ),
    case(
        "show all scans at the Summit Express",
        "SELECT s.* FROM lift_scans s JOIN lifts l ON l.lift_id = s.lift_id"
        " WHERE l.lift_name = 'Summit Express'",
    ),
    case(
        "Which instructors are mentored by Sepp Huber?",
        "SELECT i.* FROM instructors i JOIN instructors m ON m.instructor_id = i.mentor_id"
        " WHERE m.full_name = 'Sepp Huber'",
    ),
    case(
        "which pass holders have booked a private lesson?",
        "SELECT * FROM pass_holders WHERE holder_id IN"
        " (SELECT holder_id FROM lessons WHERE lesson_type = 'private')",
    ),
]
SUPERLATIVES = [
    case("what's the longest run?", "SELECT * FROM slopes ORDER BY length_m DESC LIMIT 1"),
    case("the steepest slope", "SELECT * FROM slopes ORDER BY max_gradient_pct DESC LIMIT 1"),
    case(
        "Which lift has the highest hourly capacity?",
        "SELECT * FROM lifts ORDER BY capacity_per_hour DESC LIMIT 1",
    ),
    case(
        "most expensive pass ever sold",
        "SELECT * FROM passes ORDER BY price_eur DESC LIMIT 1",
    ),
    case(
        "top 3 best paid instructors",
        "SELECT * FROM instructors ORDER BY hourly_rate_eur DESC LIMIT 3",
    ),
    case(
        "which lift gets the most scans?",
        "SELECT l.lift_id, l.lift_name, count(*) FROM lift_scans s JOIN lifts l"
        " ON l.lift_id = s.lift_id GROUP BY 1, 2 ORDER BY 3 DESC LIMIT 1",
    ),
    case(
        "Which instructor has the most lessons?",
        "SELECT i.instructor_id, i.full_name, count(*) FROM lessons le JOIN instructors i"
        " ON i.instructor_id = le.instructor_id GROUP BY 1, 2 ORDER BY 3 DESC LIMIT 1",
    ),
]
GROUPS = [
    case(
        "how many slopes of each difficulty",
        "SELECT difficulty, count(*) FROM slopes GROUP BY 1",
    ),
    case(
        "average pass price by pass type",
        "SELECT pass_type, avg(price_eur) FROM passes GROUP BY 1",
    ),
    case(
        "number of rentals for each kind of equipment",
        "SELECT equipment, count(*) FROM equipment_rentals GROUP BY 1",
    ),
    case("pass holders by country", "SELECT country, count(*) FROM pass_holders GROUP BY 1"),
    case(
        "How many scans per lift?",
        "SELECT l.lift_id, l.lift_name, count(*) FROM lift_scans s JOIN lifts l"
        " ON l.lift_id = s.lift_id GROUP BY 1, 2",
    ),
    case(
        "number of lessons per instructor",
        "SELECT i.instructor_id, i.full_name, count(*) FROM lessons le JOIN instructors i"
        " ON i.instructor_id = le.instructor_id GROUP BY 1, 2",
    ),
]
DATES = [
    case(
        "how many passes were bought in December 2024?",
        "SELECT count(*) FROM passes"
        " WHERE purchased_at >= '2024-12-01' AND purchased_at < '2025-01-01'",
    ),
    case(
        "lessons in January 2025",
        "SELECT * FROM lessons WHERE starts_at >= '2025-01-01' AND starts_at < '2025-02-01'",
    ),
    case("lifts built before 2000", "SELECT * FROM lifts WHERE commissioned_on < '2000-01-01'"),
    case(
        "Which instructors were hired in 2023?",
        "SELECT * FROM instructors WHERE hired_on >= '2023-01-01' AND hired_on < '2024-01-01'",
    ),
    case(
        "rentals picked up in january 2025",
        "SELECT * FROM equipment_rentals"
        " WHERE picked_up_at >= '2025-01-01' AND picked_up_at < '2025-02-01'",
    ),
    case(
        "show the lift scans from 31 December 2024",
        "SELECT * FROM lift_scans WHERE scanned_at >= '2024-12-31' AND scanned_at < '2025-01-01'",
    ),
]
COMPARISONS = [
    case("runs longer than 2000 m", "SELECT * FROM slopes WHERE length_m > 2000"),
    case("passes over €500", "SELECT * FROM passes WHERE price_eur > 500"),
    case(
        "instructors charging more than 80 an hour",
        "SELECT * FROM instructors WHERE hourly_rate_eur > 80",
    ),
    case(
        "lifts with a vertical rise of at least 500 metres",
        "SELECT * FROM lifts WHERE vertical_rise_m >= 500",
    ),
    case(
        "rentals with a deposit under 100 euros",
        "SELECT * FROM equipment_rentals WHERE deposit_eur < 100",
    ),
    case(
        "lessons lasting more than 120 minutes",
        "SELECT * FROM lessons WHERE duration_minutes > 120",
    ),
]
NEVER = [
    case("pass holders without an email", "SELECT * FROM pass_holders WHERE email IS NULL"),
    case(
        "which lifts have never been scanned?",
        "SELECT * FROM lifts l WHERE NOT EXISTS"
        " (SELECT 1 FROM lift_scans s WHERE s.lift_id = l.lift_id)",
    ),
    case(
        "rentals that haven't been returned yet",
        "SELECT * FROM equipment_rentals WHERE returned_at IS NULL",
    ),
    case(
        "Instructors who have never given a lesson",
        "SELECT * FROM instructors i WHERE NOT EXISTS"
        " (SELECT 1 FROM lessons le WHERE le.instructor_id = i.instructor_id)",
    ),
    case("slopes that were never groomed", "SELECT * FROM slopes WHERE last_groomed_at IS NULL"),
]
NAMED = [
    case(
        "when did the Nordwand Six open?",
        "SELECT commissioned_on FROM lifts WHERE lift_name = 'Nordwand Six'",
    ),
    case(
        "how long is Valley Home Run",
        "SELECT length_m FROM slopes WHERE slope_name = 'Valley Home Run'",
    ),
    case(
        "what's Anna Berger's hourly rate?",
        "SELECT hourly_rate_eur FROM instructors WHERE full_name = 'Anna Berger'",
    ),
    case(
        "What is the vertical rise of the Summit Express?",
        "SELECT vertical_rise_m FROM lifts WHERE lift_name = 'Summit Express'",
    ),
    case(
        "when was Lukas Meier born",
        "SELECT birth_date FROM pass_holders WHERE full_name = 'Lukas Meier'",
    ),
    case(
        "what difficulty is Fox Trail?",
        "SELECT difficulty FROM slopes WHERE slope_name = 'Fox Trail'",
    ),
]

MISSES: dict[str, str] = {}

QUESTIONS = with_misses(
    [*COUNTS, *FILTERS, *JOINS, *SUPERLATIVES, *GROUPS, *DATES, *COMPARISONS, *NEVER, *NAMED],
    MISSES,
)


SCHEMA = SKIRESORT  # the module's database, made by the fixtures of tests/llm/conftest.py


@pytest.mark.parametrize(("question", "gold"), QUESTIONS)
def test_skiresort_questions_return_the_rows_of_the_gold_sql(
    question: str, gold: str, gold_db: GoldDatabase, grounded: Grounded
) -> None:
    assert_answered(question, gold, gold_db, grounded)
