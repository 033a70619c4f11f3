"""Held-out questions for the offline planner on a city parking operator's schema it has never seen.

Car parks and on-street zones with their capacity and hourly tariff, parking sessions with entry
and exit times and how they were paid, residents' and other permits, enforcement officers (with
their supervisors), the fines they issue and the appeals against them. The 55 questions and their
gold SQL were written blind on 2026-11-30, by a helper not allowed to read the planner, its tests
or its docs. Per kind: counts 6, filters 6, joins 7, superlatives 7, groups 6, dates 6,
comparisons 6, never 5, named 6.
Groups by another table's row select its key, label and aggregate (the bank set's form; the
writer was told otherwise by mistake, and aa9b032 rewrote those golds without the planner).
First sight, with the planner of 5ab67a8 (before any work that could see this set): 40/55.
With 944e13a (words between named things left out, written before this set existed): 44/55.
At 0649153, after the session's two waves of planner work (none of which saw it): 46/55;
MISSES holds that planner's answers. Nobody working on the planner has seen this set.
"""

import pytest

from tests.llm.gold import (
    GoldDatabase,
    Grounded,
    assert_answered,
    case,
    with_misses,
)
from tests.llm.parking import PARKING

COUNTS = [
    case("how many car parks do we run?", "SELECT count(*) FROM zones WHERE kind = 'car_park'"),
    case(
        "How many fines are still outstanding?",
        "SELECT count(*) FROM fines WHERE status = 'outstanding'",
    ),
    case("number of visitor permits", "SELECT count(*) FROM permits WHERE permit_type = 'visitor'"),
    case(
        "how many parking sessions were paid in cash?",
        "SELECT count(*) FROM parking_sessions WHERE payment_method = 'cash'",
    ),
    case(
        "how many appeals are still waiting for a decision?",
        "SELECT count(*) FROM appeals WHERE outcome = 'pending'",
    ),
    case(
        "How many of our enforcement officers are currently active?",
        "SELECT count(*) FROM officers WHERE is_active",
    ),
]
FILTERS = [
    case("show me the on-street zones", "SELECT * FROM zones WHERE kind = 'on_street'"),
    case(
        "which car parks have EV charging?",
        "SELECT * FROM zones WHERE kind = 'car_park' AND has_ev_charging",
    ),
    case("list the cancelled fines", "SELECT * FROM fines WHERE status = 'cancelled'"),
    case("business permits", "SELECT * FROM permits WHERE permit_type = 'business'"),
    case("Which appeals were upheld?", "SELECT * FROM appeals WHERE outcome = 'upheld'"),
    case(
        "sessions paid through the app",
        "SELECT * FROM parking_sessions WHERE payment_method = 'app'",
    ),
]
JOINS = [
    case(
        "which fines did Kevin Doyle issue?",
        "SELECT f.* FROM fines f JOIN officers o ON o.officer_id = f.officer_id"
        " WHERE o.full_name = 'Kevin Doyle'",
    ),
    case(
        "show the parking sessions at Riverside Car Park",
        "SELECT s.* FROM parking_sessions s JOIN zones z ON z.zone_id = s.zone_id"
        " WHERE z.name = 'Riverside Car Park'",
    ),
    case(
        "permits for zones in the Old Town",
        "SELECT p.* FROM permits p JOIN zones z ON z.zone_id = p.zone_id"
        " WHERE z.district = 'Old Town'",
    ),
    case(
        "fines handed out in on-street zones",
        "SELECT f.* FROM fines f JOIN zones z ON z.zone_id = f.zone_id WHERE z.kind = 'on_street'",
    ),
    case(
        "appeals against fines written by Aisha Bello",
        "SELECT a.* FROM appeals a JOIN fines f ON f.fine_id = a.fine_id"
        " JOIN officers o ON o.officer_id = f.officer_id WHERE o.full_name = 'Aisha Bello'",
    ),
    case(
        "Which officers have issued a fine at Market Square?",
        "SELECT DISTINCT o.* FROM officers o JOIN fines f ON f.officer_id = o.officer_id"
        " JOIN zones z ON z.zone_id = f.zone_id WHERE z.name = 'Market Square'",
    ),
    case(
        "parking sessions in City Centre car parks",
        "SELECT s.* FROM parking_sessions s JOIN zones z ON z.zone_id = s.zone_id"
        " WHERE z.district = 'City Centre' AND z.kind = 'car_park'",
    ),
]
SUPERLATIVES = [
    case(
        "which car park has the most spaces?",
        "SELECT * FROM zones WHERE kind = 'car_park' ORDER BY capacity_spaces DESC LIMIT 1",
    ),
    case(
        "what's the most expensive zone to park in per hour?",
        "SELECT * FROM zones ORDER BY hourly_tariff_gbp DESC LIMIT 1",
    ),
    case("the most recent fine", "SELECT * FROM fines ORDER BY issued_at DESC LIMIT 1"),
    case(
        "who is our longest-serving officer?",
        "SELECT * FROM officers ORDER BY hired_on LIMIT 1",
    ),
    case(
        "the three biggest car parks by capacity",
        "SELECT * FROM zones WHERE kind = 'car_park' ORDER BY capacity_spaces DESC LIMIT 3",
    ),
    case(
        "Which officer has issued the most fines?",
        "SELECT o.officer_id, o.full_name, count(*) FROM fines f JOIN officers o"
        " ON o.officer_id = f.officer_id GROUP BY 1, 2 ORDER BY 3 DESC LIMIT 1",
    ),
    case(
        "which zone had the most parking sessions?",
        "SELECT z.zone_id, z.name, count(*) FROM parking_sessions s JOIN zones z"
        " ON z.zone_id = s.zone_id GROUP BY 1, 2 ORDER BY 3 DESC LIMIT 1",
    ),
]
GROUPS = [
    case("how many fines of each status?", "SELECT status, count(*) FROM fines GROUP BY 1"),
    case(
        "total parking revenue by payment method",
        "SELECT payment_method, sum(amount_paid_gbp) FROM parking_sessions GROUP BY 1",
    ),
    case("number of permits per type", "SELECT permit_type, count(*) FROM permits GROUP BY 1"),
    case(
        "what's the average fine for each reason?",
        "SELECT reason, avg(amount_gbp) FROM fines GROUP BY 1",
    ),
    case(
        "how many zones are there in each district?",
        "SELECT district, count(*) FROM zones GROUP BY 1",
    ),
    case(
        "how many fines has each officer issued?",
        "SELECT o.officer_id, o.full_name, count(*) FROM fines f JOIN officers o"
        " ON o.officer_id = f.officer_id GROUP BY o.officer_id, o.full_name",
    ),
]
DATES = [
    case(
        "fines issued in the last 7 days",
        "SELECT * FROM fines WHERE issued_at >= current_date - 7",
    ),
    case(
        "which permits expire in the next 30 days?",
        "SELECT * FROM permits WHERE valid_to >= current_date AND valid_to <= current_date + 30",
    ),
    case(
        "Can you show me yesterday's parking sessions?",
        "SELECT * FROM parking_sessions WHERE entered_at >= current_date - 1"
        " AND entered_at < current_date",
    ),
    case(
        "appeals lodged last month",
        "SELECT * FROM appeals WHERE lodged_on >= date_trunc('month', current_date)"
        " - interval '1 month' AND lodged_on < date_trunc('month', current_date)",
    ),
    case(
        "fines written in March 2024",
        "SELECT * FROM fines WHERE issued_at >= '2024-03-01' AND issued_at < '2024-04-01'",
    ),
    case(
        "how many permits expired last year?",
        "SELECT count(*) FROM permits WHERE valid_to >= date_trunc('year', current_date)"
        " - interval '1 year' AND valid_to < date_trunc('year', current_date)",
    ),
]
COMPARISONS = [
    case(
        "zones charging more than £2.50 an hour",
        "SELECT * FROM zones WHERE hourly_tariff_gbp > 2.50",
    ),
    case(
        "car parks with over 300 spaces",
        "SELECT * FROM zones WHERE kind = 'car_park' AND capacity_spaces > 300",
    ),
    case("fines of £70 or more", "SELECT * FROM fines WHERE amount_gbp >= 70"),
    case(
        "parking sessions that lasted longer than 4 hours",
        "SELECT * FROM parking_sessions WHERE exited_at - entered_at > interval '4 hours'",
    ),
    case(
        "sessions where the driver paid more than 10 pounds",
        "SELECT * FROM parking_sessions WHERE amount_paid_gbp > 10",
    ),
    case("permits costing under £50", "SELECT * FROM permits WHERE fee_gbp < 50"),
]
NEVER = [
    case(
        "which officers have never issued a fine?",
        "SELECT * FROM officers o WHERE NOT EXISTS"
        " (SELECT 1 FROM fines f WHERE f.officer_id = o.officer_id)",
    ),
    case(
        "zones where no fines have been issued",
        "SELECT * FROM zones z WHERE NOT EXISTS"
        " (SELECT 1 FROM fines f WHERE f.zone_id = z.zone_id)",
    ),
    case(
        "which parking sessions haven't ended yet?",
        "SELECT * FROM parking_sessions WHERE exited_at IS NULL",
    ),
    case("zones without a maximum stay", "SELECT * FROM zones WHERE max_stay_hours IS NULL"),
    case(
        "fines that were never appealed",
        "SELECT * FROM fines f WHERE NOT EXISTS"
        " (SELECT 1 FROM appeals a WHERE a.fine_id = f.fine_id)",
    ),
]
NAMED = [
    case(
        "how much does it cost per hour to park on Castle Street?",
        "SELECT hourly_tariff_gbp FROM zones WHERE name = 'Castle Street'",
    ),
    case(
        "how many spaces does Riverside Car Park have?",
        "SELECT capacity_spaces FROM zones WHERE name = 'Riverside Car Park'",
    ),
    case(
        "when was Kevin Doyle hired?",
        "SELECT hired_on FROM officers WHERE full_name = 'Kevin Doyle'",
    ),
    case(
        "what's Priya Natarajan's badge number?",
        "SELECT badge_number FROM officers WHERE full_name = 'Priya Natarajan'",
    ),
    case(
        "when does permit RP-0042 expire?",
        "SELECT valid_to FROM permits WHERE permit_number = 'RP-0042'",
    ),
    case(
        "which district is Harbour Quay in?",
        "SELECT district FROM zones WHERE name = 'Harbour Quay'",
    ),
]

MISSES: dict[str, str] = {
    "how many appeals are still waiting for a decision?": (
        "refused: CANNOT: I could not place 'waiting' in the schema or its data. "
        "Closest I understand: 'how many appeals' or 'show appeals where grounds is "
        "Signage was unclear'. For other questions set PGPILOT_MODEL (e"
    ),
}

QUESTIONS = with_misses(
    [*COUNTS, *FILTERS, *JOINS, *SUPERLATIVES, *GROUPS, *DATES, *COMPARISONS, *NEVER, *NAMED],
    MISSES,
)


SCHEMA = PARKING  # the module's database, made by the fixtures of tests/llm/conftest.py


@pytest.mark.parametrize(("question", "gold"), QUESTIONS)
def test_parking_questions_return_the_rows_of_the_gold_sql(
    question: str, gold: str, gold_db: GoldDatabase, grounded: Grounded
) -> None:
    assert_answered(question, gold, gold_db, grounded)
