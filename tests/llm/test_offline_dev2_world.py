"""Words a schema does not use, on three small schemas of unrelated domains.

A museum, a sailing club and a ferry line in one database. Written on 2026-11-30 before the
rules they check, to show each works beyond the question sets that asked for it: "ever" as
filler, "where was X held" (a venue), a goal said as a target and the other way round, "who is
organising X" (the doer's column), "when did X open" (commissioned, inaugurated), "become a
member" (the date of joining), verbs of buying (a purchase date), states said in other words
("not running": NOT is_operating, "denied": NOT entry_granted), a flag's words with one more
between them, pence ("650p"), a short scale inside a name ("Friends 12M Saver") and an adverb of
period that is a value ("quarterly patrons"), a value derived from a word in the table named
("sailors who do cruising", not their boats' purpose), a table named by the last word of its
rows' names ("trails" where walks are 'Cliff Trail') and "have booked a session" (the act that
made the row, not a status of 'booked').
"""

import pytest

from tests.llm.dev2_world import DEV2_WORLD
from tests.llm.gold import (
    GoldDatabase,
    Grounded,
    assert_answered,
    case,
    with_misses,
)

FILLER = [
    case(
        "the most expensive acquisition ever",
        "SELECT * FROM acquisitions ORDER BY price_gbp DESC LIMIT 1",
    ),
    case("the longest boat ever", "SELECT * FROM boats ORDER BY length_m DESC LIMIT 1"),
]
NAMED = [
    case("where was the Autumn Cup held?", "SELECT venue FROM regattas WHERE title = 'Autumn Cup'"),
    case(
        "where was The Glass Lecture held?",
        "SELECT venue FROM talks WHERE title = 'The Glass Lecture'",
    ),
    case(
        "what is the sponsorship target for the Autumn Cup?",
        "SELECT target_gbp FROM regattas WHERE title = 'Autumn Cup'",
    ),
    case(
        "what's the footfall target for the East Wing?",
        "SELECT visitor_goal FROM galleries WHERE gallery_name = 'East Wing'",
    ),
    case(
        "which regatta has the biggest goal?",
        "SELECT * FROM regattas ORDER BY target_gbp DESC LIMIT 1",
    ),
    case(
        "who is organising the Spring Open?",
        "SELECT organiser FROM regattas WHERE title = 'Spring Open'",
    ),
    case(
        "who is curating the Glass Hall?",
        "SELECT curator FROM galleries WHERE gallery_name = 'Glass Hall'",
    ),
    case(
        "when did the Print Room open?",
        "SELECT inaugurated_on FROM galleries WHERE gallery_name = 'Print Room'",
    ),
    case(
        "when did Pier Head open?",
        "SELECT commissioned_on FROM terminals WHERE terminal_name = 'Pier Head'",
    ),
    case(
        "when did Ken Adeyemi become a patron?",
        "SELECT registered_on FROM patrons WHERE full_name = 'Ken Adeyemi'",
    ),
    case(
        "when did Iris Quay become a club member?",
        "SELECT enrolled_on FROM sailors WHERE full_name = 'Iris Quay'",
    ),
    case(
        "What is the monthly fee on Friends 12M Saver?",
        "SELECT monthly_fee_pence FROM plans WHERE plan_name = 'Friends 12M Saver'",
    ),
    case(
        "what is the term of Family 6M Flex?",
        "SELECT term_months FROM plans WHERE plan_name = 'Family 6M Flex'",
    ),
]
BOUGHT = [
    case(
        "boats bought in 2021",
        "SELECT * FROM boats WHERE purchase_date >= '2021-01-01' AND purchase_date < '2022-01-01'",
    ),
    case(
        "how many acquisitions were bought in 2022?",
        "SELECT count(*) FROM acquisitions"
        " WHERE purchased_on >= '2022-01-01' AND purchased_on < '2023-01-01'",
    ),
]
STATES = [
    case("ferries that are not running", "SELECT * FROM ferries WHERE NOT is_operating"),
    case("which ferries are running?", "SELECT * FROM ferries WHERE is_operating"),
    case("which gate swipes were denied?", "SELECT * FROM gate_swipes WHERE NOT entry_granted"),
    case("swipes that were refused", "SELECT * FROM gate_swipes WHERE NOT entry_granted"),
    case("sailors on the safety duty rota", "SELECT * FROM sailors WHERE on_safety_rota"),
    case(
        "ferries with wheelchair ramp access",
        "SELECT * FROM ferries WHERE has_wheelchair_access",
    ),
]
AMOUNTS = [
    case(
        "plans with a monthly fee under 700p", "SELECT * FROM plans WHERE monthly_fee_pence < 700"
    ),
    case(
        "regattas with an entry fee above 2000p",
        "SELECT * FROM regattas WHERE entry_fee_pence > 2000",
    ),
    case("quarterly patrons", "SELECT * FROM patrons WHERE billing = 'quarterly'"),
    case("how many monthly patrons", "SELECT count(*) FROM patrons WHERE billing = 'monthly'"),
]

KINDS = [
    case("which sailors do cruising?", "SELECT * FROM sailors WHERE discipline = 'cruise'"),
    case("cruising sailors", "SELECT * FROM sailors WHERE discipline = 'cruise'"),
    case("trails longer than 5 km", "SELECT * FROM walks WHERE length_km > 5"),
    case("the longest trail", "SELECT * FROM walks ORDER BY length_km DESC LIMIT 1"),
    case(
        "which sailors have booked a training session?",
        "SELECT * FROM sailors s WHERE EXISTS (SELECT 1 FROM sessions x"
        " WHERE x.sailor_id = s.sailor_id AND x.session_type = 'training')",
    ),
    case(
        "which sailors have booked a session?",
        "SELECT * FROM sailors s WHERE EXISTS"
        " (SELECT 1 FROM sessions x WHERE x.sailor_id = s.sailor_id)",
    ),
    case(
        "which sailors have cancelled a session?",
        "SELECT * FROM sailors s WHERE EXISTS (SELECT 1 FROM sessions x"
        " WHERE x.sailor_id = s.sailor_id AND x.status = 'cancelled')",
    ),
]

MISSES: dict[str, str] = {}

QUESTIONS = with_misses([*FILLER, *NAMED, *BOUGHT, *STATES, *AMOUNTS, *KINDS], MISSES)


SCHEMA = DEV2_WORLD  # the module's database, made by the fixtures of tests/llm/conftest.py


@pytest.mark.parametrize(("question", "gold"), QUESTIONS)
def test_dev2_world_questions_return_the_rows_of_the_gold_sql(
    question: str, gold: str, gold_db: GoldDatabase, grounded: Grounded
) -> None:
    assert_answered(question, gold, gold_db, grounded)
