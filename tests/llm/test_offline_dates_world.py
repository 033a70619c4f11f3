"""Dates named by verbs, and durations, on a dive club schema (tests/llm/dates_world.py).

Written on 2026-11-30 before the rules for dates named by verbs were built, the way a user would
word them, to check that those rules hold on a schema they were not fitted to: a date column
named by the question's verb ("joined", "certified", "depart", "serviced", "cancelled"), by a
noun phrase ("due for service", "medical expires"), a child table's date reached through a key
("who is diving tomorrow"), "when did <named row> <verb>" returning that date alone, and the
length of time between two timestamps of one row ("rentals that lasted more than 3 days").
First sight, with the planner of 1688869: 13/18. After the rules of sql_dated, sql_busy and the
spans' verbs (built looking at these too, so no longer held out): 18/18. AFTER, two
questions written after the rules: 1/2 at first sight ("get back" named no date), 2/2 after.
CHILD, two more written with the rule for a child table's latest date: 2/2.
"""

import pytest

from tests.llm.dates_world import DATES_WORLD
from tests.llm.gold import GoldDatabase, Grounded, assert_answered, case, with_misses

VERBS = [
    case(
        "which members joined in the last 90 days?",
        "SELECT * FROM members WHERE joined_on >= current_date - 90",
    ),
    case(
        "how many members joined this year?",
        "SELECT count(*) FROM members"
        " WHERE joined_on >= date_trunc('year', current_date)"
        " AND joined_on < date_trunc('year', current_date) + interval '1 year'",
    ),
    case(
        "members who got certified in the last 60 days",
        "SELECT * FROM members WHERE certified_on >= current_date - 60",
    ),
    case(
        "members whose medical expires in the next 60 days",
        "SELECT * FROM members"
        " WHERE medical_expires_on >= current_date AND medical_expires_on < current_date + 60",
    ),
    case(
        "which trips depart tomorrow?",
        "SELECT * FROM dive_trips WHERE departs_at >= current_date + 1"
        " AND departs_at < current_date + 2",
    ),
    case(
        "bookings made in the last 7 days",
        "SELECT * FROM trip_bookings WHERE booked_at >= current_date - 7",
    ),
    case(
        "which bookings were cancelled in the last 30 days?",
        "SELECT * FROM trip_bookings WHERE cancelled_at >= current_date - 30",
    ),
    case(
        "which equipment is due for service in the next 30 days?",
        "SELECT * FROM equipment"
        " WHERE next_service_due >= current_date AND next_service_due < current_date + 30",
    ),
    case(
        "equipment serviced in the last 3 months",
        "SELECT * FROM equipment WHERE serviced_on >= current_date - interval '3 months'",
    ),
]
WHEN = [
    case(
        "when did Maria Lopes join the club?",
        "SELECT joined_on FROM members WHERE full_name = 'Maria Lopes'",
    ),
    case(
        "when did Tom Becker get certified?",
        "SELECT certified_on FROM members WHERE full_name = 'Tom Becker'",
    ),
    case(
        "when does the Wreck Weekend depart?",
        "SELECT departs_at FROM dive_trips WHERE name = 'Wreck Weekend'",
    ),
    case(
        "when was R-12 last serviced?",
        "SELECT serviced_on FROM equipment WHERE tag = 'R-12'",
    ),
]
THROUGH = [
    case(
        "who is diving tomorrow?",
        "SELECT DISTINCT m.* FROM members m JOIN trip_bookings b ON b.member_id = m.member_id"
        " JOIN dive_trips t ON t.trip_id = b.trip_id"
        " WHERE t.departs_at >= current_date + 1 AND t.departs_at < current_date + 2",
    ),
    case(
        "what trips are on tomorrow?",
        "SELECT * FROM dive_trips WHERE departs_at >= current_date + 1"
        " AND departs_at < current_date + 2",
    ),
]
DURATIONS = [
    case(
        "rentals that lasted more than 3 days",
        "SELECT * FROM gear_rentals WHERE returned_at - checked_out_at > interval '3 days'",
    ),
    case(
        "which trips take longer than 8 hours?",
        "SELECT * FROM dive_trips WHERE returns_at - departs_at > interval '8 hours'",
    ),
    case(
        "gear rentals that were returned within 2 days",
        "SELECT * FROM gear_rentals WHERE returned_at - checked_out_at <= interval '2 days'",
    ),
]
# Written after the rules, before running them on these.
AFTER = [
    case(
        "when does the Farne Islands trip get back?",
        "SELECT returns_at FROM dive_trips WHERE name = 'Farne Islands'",
    ),
    case(
        "which trips leave in the next 2 weeks?",
        "SELECT * FROM dive_trips"
        " WHERE departs_at >= current_date AND departs_at < current_date + 14",
    ),
]
# Written with the rule for a child table's date (sql_dated.child_date), so not held out.
CHILD = [
    case(
        "when did Maria Lopes last rent gear?",
        "SELECT max(r.checked_out_at) FROM gear_rentals r"
        " JOIN members m ON m.member_id = r.member_id WHERE m.full_name = 'Maria Lopes'",
    ),
    case(
        "when did Sean Doyle first book a trip?",
        "SELECT min(b.booked_at) FROM trip_bookings b"
        " JOIN members m ON m.member_id = b.member_id WHERE m.full_name = 'Sean Doyle'",
    ),
]

MISSES: dict[str, str] = {}

QUESTIONS = with_misses([*VERBS, *WHEN, *THROUGH, *DURATIONS, *AFTER, *CHILD], MISSES)

SCHEMA = DATES_WORLD  # the module's database, made by the fixtures of tests/llm/conftest.py


@pytest.mark.parametrize(("question", "gold"), QUESTIONS)
def test_dates_world_questions_return_the_rows_of_the_gold_sql(
    question: str, gold: str, gold_db: GoldDatabase, grounded: Grounded
) -> None:
    assert_answered(question, gold, gold_db, grounded)
