"""Columns, values and tables named by everyday words, on a vet practice and a language school.

Practices, their pets and the pets' vaccinations; courses and their learners; a window
cleaner's accounts (its customers) and their jobs. Written on
2026-11-30 before the rules for verbs that name a column of one row ("when does X expire" →
good_until, "who runs X" → head_vet, "how much does it cost to join X" → its one money column),
to check they generalise beyond the sets they were found on.
"""

import pytest

from tests.llm.gold import (
    GoldDatabase,
    Grounded,
    assert_answered,
    case,
    with_misses,
)
from tests.llm.words_world import WORDS_WORLD

ENDING = [
    case(
        "when does vaccination VC-1003 expire?",
        "SELECT good_until FROM vaccinations WHERE certificate_no = 'VC-1003'",
    ),
    case(
        "which vaccinations expire in the next 30 days?",
        "SELECT * FROM vaccinations WHERE good_until >= current_date "
        "AND good_until < current_date + 30",
    ),
    case(
        "how many vaccinations expired last year?",
        "SELECT count(*) FROM vaccinations WHERE good_until >= "
        "date_trunc('year', current_date) - interval '1 year' "
        "AND good_until < date_trunc('year', current_date)",
    ),
]

RUNS = [
    case("who runs Coastline Pet Care?", "SELECT head_vet FROM practices WHERE practice_id = 3"),
    case(
        "who manages Hilltop Animal Clinic?", "SELECT head_vet FROM practices WHERE practice_id = 2"
    ),
    case("who runs Business German?", "SELECT lead_tutor FROM courses WHERE course_id = 2"),
]

COSTS = [
    case(
        "how much does it cost to visit Riverside Vets?",
        "SELECT consultation_fee_gbp FROM practices WHERE practice_id = 1",
    ),
    case(
        "how much does it cost per week to attend Japanese Basics?",
        "SELECT weekly_rate_eur FROM courses WHERE course_id = 4",
    ),
    case(
        "how much does it cost to join Spanish for Travellers?",
        "SELECT weekly_rate_eur FROM courses WHERE course_id = 1",
    ),
]

BIRTH = [
    case("what is Juniper's date of birth?", "SELECT dob FROM pets WHERE pet_id = 4"),
    case(
        "what is Priya Nair's date of birth?",
        "SELECT date_of_birth FROM learners WHERE learner_id = 3",
    ),
    case("when was Mittens born?", "SELECT dob FROM pets WHERE pet_id = 2"),
]

UPCOMING = [
    case("upcoming courses", "SELECT * FROM courses WHERE starts_on > current_date"),
    case("what is the next course?", "SELECT * FROM courses WHERE course_id = 2"),
]

SIZES = [
    case(
        "how many people are in Riverside Vets?",
        "SELECT team_size FROM practices WHERE practice_id = 1",
    ),
    case(
        "how many lessons come with Business German?",
        "SELECT lessons_included FROM courses WHERE course_id = 2",
    ),
    case(
        "how many learners are in Business German?",
        "SELECT count(*) FROM learners WHERE course_id = 2",
    ),
]

ADVERBS = [
    case(
        "how many learners are invoiced annually?",
        "SELECT count(*) FROM learners WHERE invoice_cycle = 'annual'",
    ),
    case(
        "which learners are invoiced monthly?",
        "SELECT * FROM learners WHERE invoice_cycle = 'monthly'",
    ),
]

CLIENTS = [
    case("who is our newest client?", "SELECT * FROM accounts WHERE account_id = 5"),
    case(
        "customers who have never had a cleaning job",
        "SELECT * FROM accounts a WHERE NOT EXISTS "
        "(SELECT 1 FROM cleaning_jobs j WHERE j.account_id = a.account_id)",
    ),
    case(
        "how many customers are in Hexham?", "SELECT count(*) FROM accounts WHERE town = 'Hexham'"
    ),
]

ALIKE = [
    case(
        "how many corporate accounts do we have?",
        "SELECT count(*) FROM accounts WHERE account_kind = 'company'",
    ),
    case("list private accounts", "SELECT * FROM accounts WHERE account_kind = 'individual'"),
    case("free cleaning jobs", "SELECT * FROM cleaning_jobs WHERE was_complimentary"),
    case(
        "how many cleaning jobs did we do for free?",
        "SELECT count(*) FROM cleaning_jobs WHERE was_complimentary",
    ),
]

NUMBERS = [
    case("pets heavier than ten kilos", "SELECT * FROM pets WHERE weight_kg > 10"),
    case("pets lighter than five kg", "SELECT * FROM pets WHERE weight_kg < 5"),
    case(
        "practices with more than 1,000 SMS reminders",
        "SELECT * FROM practices WHERE sms_reminders > 1000",
    ),
    case(
        "practices with fewer than 900 SMS reminders",
        "SELECT * FROM practices WHERE sms_reminders < 900",
    ),
]

MONTHS = [
    case("pets born before March 2019", "SELECT * FROM pets WHERE dob < '2019-03-01'"),
    case("pets born after March 2021", "SELECT * FROM pets WHERE dob >= '2021-04-01'"),
    case(
        "how many learners were born since May 1994?",
        "SELECT count(*) FROM learners WHERE date_of_birth >= '1994-05-01'",
    ),
]

PLAYERS = [
    case("which learners are pianists?", "SELECT * FROM learners WHERE plays = 'piano'"),
    case("how many guitarists are there?", "SELECT count(*) FROM learners WHERE plays = 'guitar'"),
    case("list the flautists", "SELECT * FROM learners WHERE plays = 'flute'"),
]

PURPOSES = [
    case(
        "how many courses are for credit?",
        "SELECT count(*) FROM courses WHERE taken_for = 'credit'",
    ),
    case("which courses are for credit?", "SELECT * FROM courses WHERE taken_for = 'credit'"),
]

FLAGS = [
    case("which practices are exotic-friendly?", "SELECT * FROM practices WHERE accepts_exotics"),
    case("how many courses are pet-friendly?", "SELECT count(*) FROM courses WHERE pets_allowed"),
    case(
        "how many cleaning jobs were affected by a rain delay?",
        "SELECT count(*) FROM cleaning_jobs WHERE had_rain_delay",
    ),
    case(
        "which cleaning jobs were hit by a rain delay?",
        "SELECT * FROM cleaning_jobs WHERE had_rain_delay",
    ),
    case(
        "which learners are on a scholarship?",
        "SELECT * FROM learners WHERE is_scholarship_learner",
    ),
    case("how many pets are insured?", "SELECT count(*) FROM pets WHERE is_insured_pet"),
]

TURNED = [
    case(
        "how many cleaning jobs were turned down?",
        "SELECT count(*) FROM cleaning_jobs WHERE outcome = 'rejected'",
    ),
    case("declined cleaning jobs", "SELECT * FROM cleaning_jobs WHERE outcome = 'rejected'"),
]

KEPT = [
    case("the oldest pet we look after", "SELECT * FROM pets WHERE pet_id = 4"),
    case("how many dogs do we look after?", "SELECT count(*) FROM pets WHERE species = 'dog'"),
]

IDIOMS = [
    case(
        "which courses got the green light in 2025?",
        "SELECT * FROM courses WHERE approved_on >= '2025-01-01' AND approved_on < '2026-01-01'",
    ),
    case(
        "how many courses were given the green light before 2025?",
        "SELECT count(*) FROM courses WHERE approved_on < '2025-01-01'",
    ),
]

MISSES: dict[str, str] = {
    "list the flautists": (
        "refused: CANNOT: I could not place 'flautists' in the schema or its data. "
        "Name a table (accounts, cleaning_jobs, courses, learners, pets, practices), "
        "e.g. 'how many accounts'. For other questions set PGPILOT_M"
    ),
}

QUESTIONS = with_misses(
    [
        *ENDING,
        *RUNS,
        *COSTS,
        *BIRTH,
        *UPCOMING,
        *SIZES,
        *ADVERBS,
        *CLIENTS,
        *ALIKE,
        *NUMBERS,
        *MONTHS,
        *FLAGS,
        *PURPOSES,
        *PLAYERS,
        *TURNED,
        *KEPT,
        *IDIOMS,
    ],
    MISSES,
)


SCHEMA = WORDS_WORLD  # the module's database, made by the fixtures of tests/llm/conftest.py


@pytest.mark.parametrize(("question", "gold"), QUESTIONS)
def test_words_world_questions_return_the_rows_of_the_gold_sql(
    question: str, gold: str, gold_db: GoldDatabase, grounded: Grounded
) -> None:
    assert_answered(question, gold, gold_db, grounded)
