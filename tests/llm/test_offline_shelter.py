"""Held-out questions for the offline planner on an animal shelter schema it has never seen.

Animals (species, breed, intake, status, kennel), adopters, their applications for animals,
adoptions with fees, vet treatments, volunteers and their shifts, donations (some from adopters).
The 55 questions and their gold SQL were written blind on 2026-11-30, by a helper not allowed to
read the planner, its tests or its docs. Per kind: counts 6, filters 6, joins 7, superlatives 7,
groups 6, dates 6, comparisons 6, never 5, named 6.
Groups by another table's row select its key, label and aggregate (the bank set's form; the
writer was told otherwise by mistake, and aa9b032 rewrote those golds without the planner).
First sight, with the planner of 5ab67a8 (before any work that could see this set): 36/55.
The lead saw those misses (a tool printed them), so this set is no longer blind to him; the
planner helpers of that session never saw it. With 944e13a (words between named things left
out, drafted before this set was scored, refined against older sets and the refusal tests):
42/55. Tuned on by the same session's second wave (dates, people in text columns,
related rows) and answered 53/55 at 0649153; MISSES holds that planner's answers.
"""

import pytest

from tests.llm.gold import (
    GoldDatabase,
    Grounded,
    assert_answered,
    case,
    with_misses,
)
from tests.llm.shelter import SHELTER

COUNTS = [
    case(
        "how many cats are available for adoption?",
        "SELECT count(*) FROM animals WHERE species = 'cat' AND status = 'available'",
    ),
    case(
        "How many animals are in foster care right now?",
        "SELECT count(*) FROM animals WHERE status = 'fostered'",
    ),
    case(
        "number of pending applications",
        "SELECT count(*) FROM applications WHERE status = 'pending'",
    ),
    case(
        "how many of our volunteers are active?",
        "SELECT count(*) FROM volunteers WHERE is_active",
    ),
    case(
        "how many strays have we taken in?",
        "SELECT count(*) FROM animals WHERE intake_type = 'stray'",
    ),
    case(
        "how many vaccinations have been given?",
        "SELECT count(*) FROM treatments WHERE procedure = 'vaccination'",
    ),
]
FILTERS = [
    case(
        "show me the animals in medical care",
        "SELECT * FROM animals WHERE status = 'in_medical_care'",
    ),
    case(
        "which applications were withdrawn?",
        "SELECT * FROM applications WHERE status = 'withdrawn'",
    ),
    case("recurring donations", "SELECT * FROM donations WHERE is_recurring"),
    case("list the Siamese cats", "SELECT * FROM animals WHERE breed = 'Siamese'"),
    case("adopters who have a yard", "SELECT * FROM adopters WHERE has_yard"),
    case(
        "which treatments need a follow-up?",
        "SELECT * FROM treatments WHERE needs_follow_up",
    ),
]
JOINS = [
    case(
        "which animals has Noah King adopted?",
        "SELECT an.* FROM animals an JOIN adoptions ad ON ad.animal_id = an.animal_id"
        " JOIN adopters p ON p.adopter_id = ad.adopter_id WHERE p.full_name = 'Noah King'",
    ),
    case(
        "treatments given to cats",
        "SELECT t.* FROM treatments t JOIN animals a ON a.animal_id = t.animal_id"
        " WHERE a.species = 'cat'",
    ),
    case(
        "list the shifts worked by Maya Reyes",
        "SELECT s.* FROM shifts s JOIN volunteers v ON v.volunteer_id = s.volunteer_id"
        " WHERE v.full_name = 'Maya Reyes'",
    ),
    case(
        "who has applied to adopt Luna?",
        "SELECT DISTINCT p.* FROM adopters p JOIN applications ap ON ap.adopter_id = p.adopter_id"
        " JOIN animals a ON a.animal_id = ap.animal_id WHERE a.name = 'Luna'",
    ),
    case(
        "adopters from Hillsboro who adopted a cat",
        "SELECT DISTINCT p.* FROM adopters p JOIN adoptions ad ON ad.adopter_id = p.adopter_id"
        " JOIN animals a ON a.animal_id = ad.animal_id"
        " WHERE p.city = 'Hillsboro' AND a.species = 'cat'",
    ),
    case(
        "applications for rabbits",
        "SELECT ap.* FROM applications ap JOIN animals a ON a.animal_id = ap.animal_id"
        " WHERE a.species = 'rabbit'",
    ),
    case(
        "which volunteers do dog walking?",
        "SELECT DISTINCT v.* FROM volunteers v JOIN shifts s ON s.volunteer_id = v.volunteer_id"
        " WHERE s.duty = 'dog_walking'",
    ),
]
SUPERLATIVES = [
    case(
        "who is our heaviest dog?",
        "SELECT * FROM animals WHERE species = 'dog' ORDER BY weight_kg DESC LIMIT 1",
    ),
    case(
        "what was the most expensive treatment?",
        "SELECT * FROM treatments ORDER BY cost_usd DESC LIMIT 1",
    ),
    case(
        "the biggest donation we've ever received",
        "SELECT * FROM donations ORDER BY amount_usd DESC LIMIT 1",
    ),
    case(
        "the five most recent intakes",
        "SELECT * FROM animals ORDER BY intake_date DESC LIMIT 5",
    ),
    case(
        "top 3 donors by total given",
        "SELECT donor_name, sum(amount_usd) FROM donations GROUP BY 1 ORDER BY 2 DESC LIMIT 3",
    ),
    case(
        "Which vet has performed the most surgeries?",
        "SELECT vet_name, count(*) FROM treatments WHERE procedure = 'surgery'"
        " GROUP BY 1 ORDER BY 2 DESC LIMIT 1",
    ),
    case(
        "which adopter has submitted the most applications?",
        "SELECT p.adopter_id, p.full_name, count(*) FROM applications ap JOIN adopters p"
        " ON p.adopter_id = ap.adopter_id GROUP BY 1, 2 ORDER BY 3 DESC LIMIT 1",
    ),
]
GROUPS = [
    case("how many animals of each species?", "SELECT species, count(*) FROM animals GROUP BY 1"),
    case("animals by status", "SELECT status, count(*) FROM animals GROUP BY 1"),
    case(
        "total donations per campaign",
        "SELECT campaign, sum(amount_usd) FROM donations GROUP BY 1",
    ),
    case(
        "what's the average adoption fee for each species?",
        "SELECT a.species, avg(ad.fee_usd) FROM adoptions ad JOIN animals a"
        " ON a.animal_id = ad.animal_id GROUP BY 1",
    ),
    case(
        "number of adoptions per city",
        "SELECT p.city, count(*) FROM adoptions ad JOIN adopters p"
        " ON p.adopter_id = ad.adopter_id GROUP BY 1",
    ),
    case(
        "total treatment cost for each vet",
        "SELECT vet_name, sum(cost_usd) FROM treatments GROUP BY 1",
    ),
]
DATES = [
    case(
        "animals taken in over the last 30 days",
        "SELECT * FROM animals WHERE intake_date >= current_date - 30",
    ),
    case(
        "how many adoptions were there in 2023?",
        "SELECT count(*) FROM adoptions"
        " WHERE adopted_on >= '2023-01-01' AND adopted_on < '2024-01-01'",
    ),
    case(
        "donations made last year",
        "SELECT * FROM donations WHERE donated_on >= date_trunc('year', current_date)"
        " - interval '1 year' AND donated_on < date_trunc('year', current_date)",
    ),
    case(
        "who's volunteering tomorrow?",
        "SELECT DISTINCT v.* FROM volunteers v JOIN shifts s ON s.volunteer_id = v.volunteer_id"
        " WHERE s.starts_at >= current_date + 1 AND s.starts_at < current_date + 2",
    ),
    case(
        "applications submitted this month",
        "SELECT * FROM applications WHERE submitted_at >= date_trunc('month', current_date)"
        " AND submitted_at < date_trunc('month', current_date) + interval '1 month'",
    ),
    case(
        "vet treatments carried out in June 2024",
        "SELECT * FROM treatments WHERE treated_on >= '2024-06-01' AND treated_on < '2024-07-01'",
    ),
]
COMPARISONS = [
    case(
        "dogs heavier than 30 kg",
        "SELECT * FROM animals WHERE species = 'dog' AND weight_kg > 30",
    ),
    case("adoptions with a fee above $150", "SELECT * FROM adoptions WHERE fee_usd > 150"),
    case(
        "treatments lasting over 3 hours",
        "SELECT * FROM treatments WHERE duration_minutes > 180",
    ),
    case("donations of more than $1,000", "SELECT * FROM donations WHERE amount_usd > 1000"),
    case("shifts longer than 5 hours", "SELECT * FROM shifts WHERE duration_hours > 5"),
    case("treatments that cost less than $50", "SELECT * FROM treatments WHERE cost_usd < 50"),
]
NEVER = [
    case("adopters with no email on file", "SELECT * FROM adopters WHERE email IS NULL"),
    case(
        "which animals have never seen the vet?",
        "SELECT * FROM animals a WHERE NOT EXISTS"
        " (SELECT 1 FROM treatments t WHERE t.animal_id = a.animal_id)",
    ),
    case(
        "volunteers who have never done a shift",
        "SELECT * FROM volunteers v WHERE NOT EXISTS"
        " (SELECT 1 FROM shifts s WHERE s.volunteer_id = v.volunteer_id)",
    ),
    case("animals without a microchip", "SELECT * FROM animals WHERE microchip_number IS NULL"),
    case(
        "adopters who haven't applied for any animal",
        "SELECT * FROM adopters p WHERE NOT EXISTS"
        " (SELECT 1 FROM applications ap WHERE ap.adopter_id = p.adopter_id)",
    ),
]
NAMED = [
    case(
        "when did Winston arrive at the shelter?",
        "SELECT intake_date FROM animals WHERE name = 'Winston'",
    ),
    case("what breed is Juniper?", "SELECT breed FROM animals WHERE name = 'Juniper'"),
    case("how much does Moose weigh?", "SELECT weight_kg FROM animals WHERE name = 'Moose'"),
    case(
        "what's Logan Scott's phone number?",
        "SELECT phone FROM adopters WHERE full_name = 'Logan Scott'",
    ),
    case("which kennel is Pumpkin in?", "SELECT kennel FROM animals WHERE name = 'Pumpkin'"),
    case(
        "when did Naomi Brennan start volunteering?",
        "SELECT joined_on FROM volunteers WHERE full_name = 'Naomi Brennan'",
    ),
]

MISSES: dict[str, str] = {
    "which animals have never seen the vet?": (
        "refused: CANNOT: I could not place 'seen' in the schema or its data. Closest "
        "I understand: 'how many animals' or 'show animals where species is dog' or "
        "'average weight_kg of animals'. For other questions set P"
    ),
    "adopters who haven't applied for any animal": (
        'wrong rows: SELECT "public"."adopters".* FROM "public"."adopters" WHERE NOT '
        'EXISTS (SELECT 1 FROM "public"."adoptions" JOIN "public"."animals" ON '
        '"public"."adoptions"."animal_id" = "public"."animals"."animal_id" WHERE '
        '"public"."adoptions"."adopter_id" = "public"."adopters"."adopter_id")'
    ),
}

QUESTIONS = with_misses(
    [*COUNTS, *FILTERS, *JOINS, *SUPERLATIVES, *GROUPS, *DATES, *COMPARISONS, *NEVER, *NAMED],
    MISSES,
)


SCHEMA = SHELTER  # the module's database, made by the fixtures of tests/llm/conftest.py


@pytest.mark.parametrize(("question", "gold"), QUESTIONS)
def test_shelter_questions_return_the_rows_of_the_gold_sql(
    question: str, gold: str, gold_db: GoldDatabase, grounded: Grounded
) -> None:
    assert_answered(question, gold, gold_db, grounded)
