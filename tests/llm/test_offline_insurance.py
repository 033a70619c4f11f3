"""Held-out questions for the offline planner on an insurance schema it has never seen.

A property and car insurer: policyholders (with who referred them), the vehicles and properties
they own, policies of three lines (auto, homeowners, renters) each covering one vehicle or one
property, claims on those policies handled by adjusters (who report to a supervising adjuster),
and premium payments. The 55 questions and their gold SQL were written blind on 2026-11-30, by a
helper not allowed to read the planner, its tests or its docs. Per kind: counts 6, filters 6,
joins 7, superlatives 7, groups 6, dates 6, comparisons 6, never 5, named 6.
Round 10, held out: scored once, on 2026-11-30, with the planner of aaf2379: 50/55 (with the
planner of 6cb7161, the session's start: 45/55). MISSES holds aaf2379's answers. Nobody working
on the planner has seen this set.
"""

import pytest

from tests.llm.gold import (
    GoldDatabase,
    Grounded,
    assert_answered,
    case,
    with_misses,
)
from tests.llm.insurance import INSURANCE

COUNTS = [
    case("how many auto policies do we have?", "SELECT count(*) FROM policies WHERE line = 'auto'"),
    case("How many claims are still open?", "SELECT count(*) FROM claims WHERE status = 'open'"),
    case("number of independent adjusters", "SELECT count(*) FROM adjusters WHERE is_independent"),
    case(
        "how many gold tier customers are there",
        "SELECT count(*) FROM policyholders WHERE loyalty_tier = 'gold'",
    ),
    case(
        "how many claims have been flagged for possible fraud?",
        "SELECT count(*) FROM claims WHERE fraud_flag",
    ),
    case(
        "how many policyholders live in Tampa?",
        "SELECT count(*) FROM policyholders WHERE mailing_city = 'Tampa'",
    ),
]
FILTERS = [
    case("show me the cancelled policies", "SELECT * FROM policies WHERE status = 'cancelled'"),
    case("list the denied claims", "SELECT * FROM claims WHERE status = 'denied'"),
    case("which homes are in a flood zone?", "SELECT * FROM properties WHERE in_flood_zone"),
    case("vehicles with a dashcam", "SELECT * FROM vehicles WHERE has_dashcam"),
    case("hail damage claims", "SELECT * FROM claims WHERE cause_of_loss = 'hail'"),
    case(
        "Which adjusters work in the West region?",
        "SELECT * FROM adjusters WHERE region = 'West'",
    ),
]
JOINS = [
    case(
        "which claims has Carla Jimenez handled?",
        "SELECT c.* FROM claims c JOIN adjusters a ON a.adjuster_id = c.adjuster_id"
        " WHERE a.full_name = 'Carla Jimenez'",
    ),
    case(
        "list the policies held by Nora Coleman",
        "SELECT p.* FROM policies p JOIN policyholders h ON h.policyholder_id = p.policyholder_id"
        " WHERE h.full_name = 'Nora Coleman'",
    ),
    case(
        "claims on homeowners policies",
        "SELECT c.* FROM claims c JOIN policies p ON p.policy_id = c.policy_id"
        " WHERE p.line = 'homeowners'",
    ),
    case(
        "Which policyholders have filed a theft claim?",
        "SELECT * FROM policyholders WHERE policyholder_id IN"
        " (SELECT p.policyholder_id FROM policies p JOIN claims c ON c.policy_id = p.policy_id"
        " WHERE c.cause_of_loss = 'theft')",
    ),
    case(
        "payments made on policy AU-241211",
        "SELECT m.* FROM premium_payments m JOIN policies p ON p.policy_id = m.policy_id"
        " WHERE p.policy_number = 'AU-241211'",
    ),
    case(
        "claims for Tesla vehicles",
        "SELECT c.* FROM claims c JOIN policies p ON p.policy_id = c.policy_id"
        " JOIN vehicles v ON v.vehicle_id = p.vehicle_id WHERE v.make = 'Tesla'",
    ),
    case(
        "adjusters supervised by Marcus Bell",
        "SELECT a.* FROM adjusters a JOIN adjusters s ON s.adjuster_id = a.supervisor_id"
        " WHERE s.full_name = 'Marcus Bell'",
    ),
]
SUPERLATIVES = [
    case(
        "which claim had the largest amount claimed?",
        "SELECT * FROM claims ORDER BY amount_claimed DESC LIMIT 1",
    ),
    case(
        "the most expensive policy", "SELECT * FROM policies ORDER BY annual_premium DESC LIMIT 1"
    ),
    case("our newest adjuster", "SELECT * FROM adjusters ORDER BY hired_on DESC LIMIT 1"),
    case(
        "who is the oldest policyholder?",
        "SELECT * FROM policyholders ORDER BY date_of_birth LIMIT 1",
    ),
    case(
        "top 3 properties by rebuild cost",
        "SELECT * FROM properties ORDER BY rebuild_cost_usd DESC LIMIT 3",
    ),
    case(
        "Which adjuster handles the most claims?",
        "SELECT a.adjuster_id, a.full_name, count(*) FROM claims c JOIN adjusters a"
        " ON a.adjuster_id = c.adjuster_id GROUP BY 1, 2 ORDER BY 3 DESC LIMIT 1",
    ),
    case(
        "which customer has the most policies",
        "SELECT h.policyholder_id, h.full_name, count(*) FROM policies p JOIN policyholders h"
        " ON h.policyholder_id = p.policyholder_id GROUP BY 1, 2 ORDER BY 3 DESC LIMIT 1",
    ),
]
GROUPS = [
    case("how many policies in each status?", "SELECT status, count(*) FROM policies GROUP BY 1"),
    case(
        "total claimed amount by cause of loss",
        "SELECT cause_of_loss, sum(amount_claimed) FROM claims GROUP BY 1",
    ),
    case(
        "average annual premium per line of business",
        "SELECT line, avg(annual_premium) FROM policies GROUP BY 1",
    ),
    case(
        "claims per adjuster",
        "SELECT a.adjuster_id, a.full_name, count(*) FROM claims c JOIN adjusters a"
        " ON a.adjuster_id = c.adjuster_id GROUP BY 1, 2",
    ),
    case(
        "customers by loyalty tier",
        "SELECT loyalty_tier, count(*) FROM policyholders GROUP BY 1",
    ),
    case(
        "how much has been paid in premiums by each payment method?",
        "SELECT method, sum(amount_usd) FROM premium_payments GROUP BY 1",
    ),
]
DATES = [
    case(
        "claims reported in 2024",
        "SELECT * FROM claims WHERE reported_at >= '2024-01-01' AND reported_at < '2025-01-01'",
    ),
    case(
        "how many policies took effect before March 2024?",
        "SELECT count(*) FROM policies WHERE effective_date < '2024-03-01'",
    ),
    case(
        "claims for losses during summer 2024",
        "SELECT * FROM claims WHERE loss_date >= '2024-06-01' AND loss_date < '2024-09-01'",
    ),
    case(
        "customers who joined in 2025",
        "SELECT * FROM policyholders"
        " WHERE customer_since >= '2025-01-01' AND customer_since < '2026-01-01'",
    ),
    case(
        "premium payments received in March 2024",
        "SELECT * FROM premium_payments WHERE paid_at >= '2024-03-01' AND paid_at < '2024-04-01'",
    ),
    case(
        "Which policies expire between January and June 2025?",
        "SELECT * FROM policies"
        " WHERE expiration_date >= '2025-01-01' AND expiration_date < '2025-07-01'",
    ),
]
COMPARISONS = [
    case("claims over $25,000", "SELECT * FROM claims WHERE amount_claimed > 25000"),
    case(
        "policies with a deductible of at least 2500",
        "SELECT * FROM policies WHERE deductible >= 2500",
    ),
    case("properties built before 1950", "SELECT * FROM properties WHERE year_built < 1950"),
    case(
        "vehicles driven more than 15,000 miles a year",
        "SELECT * FROM vehicles WHERE annual_mileage > 15000",
    ),
    case(
        "policyholders with a credit score below 620",
        "SELECT * FROM policyholders WHERE credit_score < 620",
    ),
    case(
        "adjusters whose settlement authority is above $50k",
        "SELECT * FROM adjusters WHERE settlement_authority_usd > 50000",
    ),
]
NEVER = [
    case(
        "policyholders without an email on file",
        "SELECT * FROM policyholders WHERE email IS NULL",
    ),
    case(
        "which policies have never had a claim?",
        "SELECT * FROM policies p WHERE NOT EXISTS"
        " (SELECT 1 FROM claims c WHERE c.policy_id = p.policy_id)",
    ),
    case(
        "claims not yet assigned to an adjuster",
        "SELECT * FROM claims WHERE adjuster_id IS NULL",
    ),
    case(
        "adjusters who have never handled a claim",
        "SELECT * FROM adjusters a WHERE NOT EXISTS"
        " (SELECT 1 FROM claims c WHERE c.adjuster_id = a.adjuster_id)",
    ),
    case(
        "customers who don't own a vehicle",
        "SELECT * FROM policyholders h WHERE NOT EXISTS"
        " (SELECT 1 FROM vehicles v WHERE v.owner_id = h.policyholder_id)",
    ),
]
NAMED = [
    case(
        "what is the deductible on policy AU-242768?",
        "SELECT deductible FROM policies WHERE policy_number = 'AU-242768'",
    ),
    case(
        "when was Raj Malhotra hired?",
        "SELECT hired_on FROM adjusters WHERE full_name = 'Raj Malhotra'",
    ),
    case(
        "What's Zoe Hamilton's phone number?",
        "SELECT phone FROM policyholders WHERE full_name = 'Zoe Hamilton'",
    ),
    case(
        "what's the status of claim CLM-2024-01420",
        "SELECT status FROM claims WHERE claim_number = 'CLM-2024-01420'",
    ),
    case(
        "what year was 470 Lakeview Dr built?",
        "SELECT year_built FROM properties WHERE street_address = '470 Lakeview Dr'",
    ),
    case(
        "VIN of the car with plate TX-5878",
        "SELECT vin FROM vehicles WHERE license_plate = 'TX-5878'",
    ),
]

MISSES: dict[str, str] = {
    "the most expensive policy": (
        "refused: CANNOT: which column of policies makes it expensive?. Closest I "
        "understand: 'how many policies' or 'show policies where line is auto' or "
        "'average annual_premium of policies'. For other questions set P"
    ),
    "which customer has the most policies": (
        "refused: CANNOT: cannot group by 'customer'. Closest I understand: 'how many "
        "policies' or 'show policies where line is auto' or 'average annual_premium of "
        "policies'. For other questions set PGPILOT_MODEL (e.g."
    ),
    "how much has been paid in premiums by each payment method?": (
        'wrong rows: SELECT "public"."premium_payments"."method", '
        'sum("public"."policies"."annual_premium") AS "sum_annual_premium" FROM '
        '"public"."policies" JOIN "public"."premium_payments" ON '
        '"public"."policies"."policy_id" = "public"."premium_payments"."policy_id" '
        'JOIN "public"."claims" ON "public"."policies"."policy_id" = '
        '"public"."claims"."policy_id" WHERE "public"."claims"."status" = \'paid\' '
        'GROUP BY "public"."premium_payments"."method" ORDER BY '
        '"public"."premium_payments"."method"'
    ),
    "vehicles driven more than 15,000 miles a year": (
        "refused: CANNOT: which number of vehicles is more than?. Closest I "
        "understand: 'how many vehicles' or 'show vehicles where license_plate is "
        "CO-1607' or 'average model_year of vehicles'. For other questions set"
    ),
    "claims not yet assigned to an adjuster": (
        "refused: CANNOT: I could not place 'assigned' in the schema or its data. "
        "Closest I understand: 'how many claims' or 'show claims where cause_of_loss "
        "is collision' or 'average amount_claimed of claims'. For oth"
    ),
}

QUESTIONS = with_misses(
    [*COUNTS, *FILTERS, *JOINS, *SUPERLATIVES, *GROUPS, *DATES, *COMPARISONS, *NEVER, *NAMED],
    MISSES,
)


SCHEMA = INSURANCE  # the module's database, made by the fixtures of tests/llm/conftest.py


@pytest.mark.parametrize(("question", "gold"), QUESTIONS)
def test_insurance_questions_return_the_rows_of_the_gold_sql(
    question: str, gold: str, gold_db: GoldDatabase, grounded: Grounded
) -> None:
    assert_answered(question, gold, gold_db, grounded)
