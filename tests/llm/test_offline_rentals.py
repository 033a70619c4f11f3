"""A held-out exam for the offline planner: a property-management schema it has never seen.

The schema (tests/llm/rentals.py) holds owners, buildings in cities, units with rent and size,
tenants, leases (and lease_tenants, the link between them), rent payments and maintenance
requests. The schema, its data, the questions and their gold SQL were written blind on
2026-11-30 by a helper not allowed to read the planner, its tests or its docs, and without
running the planner. Each planned query is compared with its gold by rows.

55 questions: 6 counts with a value, 6 row filters, 6 joins, 7 superlatives (4 over rows,
3 over groups), 6 per-group aggregates, 6 on dates, 6 comparisons in words, 6 "never" (IS NULL)
and 6 look-ups of a named row's value.
"""

import pytest

from tests.llm.gold import (
    GoldDatabase,
    Grounded,
    assert_answered,
    case,
    with_misses,
)
from tests.llm.rentals import RENTALS

COUNTS = [
    case(
        "how many leases were cancelled?", "SELECT count(*) FROM leases WHERE status = 'cancelled'"
    ),
    case("number of buildings in Spain", "SELECT count(*) FROM buildings WHERE country = 'Spain'"),
    case(
        "How many maintenance requests are in progress at the moment?",
        "SELECT count(*) FROM maintenance_requests WHERE status = 'in progress'",
    ),
    case(
        "how many rent payments were made in cash",
        "SELECT count(*) FROM rent_payments WHERE method = 'cash'",
    ),
    case(
        "How many of our tenants are from Portugal?",
        "SELECT count(*) FROM tenants WHERE nationality = 'Portugal'",
    ),
    case(
        "count of urgent maintenance requests",
        "SELECT count(*) FROM maintenance_requests WHERE priority = 'urgent'",
    ),
]

FILTERS = [
    case("show me the furnished units", "SELECT * FROM units WHERE is_furnished"),
    case("buildings without an elevator", "SELECT * FROM buildings WHERE NOT has_elevator"),
    case("list the pending leases", "SELECT * FROM leases WHERE status = 'pending'"),
    case(
        "high priority plumbing requests",
        "SELECT * FROM maintenance_requests WHERE priority = 'high' AND category = 'plumbing'",
    ),
    case(
        "owners that are companies based in France",
        "SELECT * FROM owners WHERE is_company AND country = 'France'",
    ),
    case("which buildings are in Berlin?", "SELECT * FROM buildings WHERE city = 'Berlin'"),
]

JOINS = [
    case(
        "apartments in Madrid",
        "SELECT u.* FROM units u JOIN buildings b ON b.building_id = u.building_id"
        " WHERE b.city = 'Madrid'",
    ),
    case(
        "buildings owned by Harbor Estates Ltd",
        "SELECT b.* FROM buildings b JOIN owners o ON o.owner_id = b.owner_id"
        " WHERE o.name = 'Harbor Estates Ltd'",
    ),
    case(
        "maintenance requests for units in Riverside Court",
        "SELECT m.* FROM maintenance_requests m JOIN units u ON u.unit_id = m.unit_id"
        " JOIN buildings b ON b.building_id = u.building_id WHERE b.name = 'Riverside Court'",
    ),
    case(
        "which leases is Maria Lopez on?",
        "SELECT l.* FROM leases l JOIN lease_tenants lt ON lt.lease_id = l.lease_id"
        " JOIN tenants t ON t.tenant_id = lt.tenant_id WHERE t.full_name = 'Maria Lopez'",
    ),
    case(
        "who owns property in Porto?",
        "SELECT o.* FROM owners o JOIN buildings b ON b.owner_id = o.owner_id"
        " WHERE b.city = 'Porto'",
    ),
    case(
        "rent payments on leases at Tejo Point",
        "SELECT p.* FROM rent_payments p JOIN leases l ON l.lease_id = p.lease_id"
        " JOIN units u ON u.unit_id = l.unit_id JOIN buildings b ON b.building_id = u.building_id"
        " WHERE b.name = 'Tejo Point'",
    ),
]

SUPERLATIVES = [
    case(
        "what's the most expensive unit?",
        "SELECT * FROM units ORDER BY monthly_rent_eur DESC LIMIT 1",
    ),
    case("oldest building", "SELECT * FROM buildings ORDER BY built_year LIMIT 1"),
    case("who is our youngest tenant", "SELECT * FROM tenants ORDER BY born_on DESC LIMIT 1"),
    case(
        "the costliest maintenance request",
        "SELECT * FROM maintenance_requests ORDER BY cost_eur DESC NULLS LAST LIMIT 1",
    ),
    case(
        "Which owner has the most buildings?",
        "SELECT o.owner_id, o.name, count(*) FROM buildings b"
        " JOIN owners o ON o.owner_id = b.owner_id GROUP BY 1, 2 ORDER BY 3 DESC LIMIT 1",
    ),
    case(
        "top 5 buildings by number of maintenance requests",
        "SELECT b.building_id, b.name, count(*) FROM maintenance_requests m"
        " JOIN units u ON u.unit_id = m.unit_id JOIN buildings b ON b.building_id = u.building_id"
        " GROUP BY 1, 2 ORDER BY 3 DESC LIMIT 5",
    ),
    case(
        "top 3 cities by total monthly rent",
        "SELECT b.city, sum(u.monthly_rent_eur) FROM units u"
        " JOIN buildings b ON b.building_id = u.building_id GROUP BY 1 ORDER BY 2 DESC LIMIT 3",
    ),
]

GROUPS = [
    case(
        "how many units does each building have?",
        "SELECT b.building_id, b.name, count(*) FROM units u"
        " JOIN buildings b ON b.building_id = u.building_id GROUP BY 1, 2",
    ),
    case(
        "average rent per city",
        "SELECT b.city, avg(u.monthly_rent_eur) FROM units u"
        " JOIN buildings b ON b.building_id = u.building_id GROUP BY 1",
    ),
    case("number of leases by status", "SELECT status, count(*) FROM leases GROUP BY 1"),
    case(
        "total maintenance cost per category",
        "SELECT category, sum(cost_eur) FROM maintenance_requests GROUP BY 1",
    ),
    case(
        "How many buildings do we have in each country?",
        "SELECT country, count(*) FROM buildings GROUP BY 1",
    ),
    case(
        "how many leases has each tenant signed",
        "SELECT t.tenant_id, t.full_name, count(*) FROM lease_tenants lt"
        " JOIN tenants t ON t.tenant_id = lt.tenant_id GROUP BY 1, 2",
    ),
]

DATES = [
    case(
        "owners onboarded in 2024",
        "SELECT * FROM owners WHERE onboarded_on >= '2024-01-01' AND onboarded_on < '2025-01-01'",
    ),
    case("tenants born before 1970", "SELECT * FROM tenants WHERE born_on < '1970-01-01'"),
    case(
        "maintenance requests opened this year",
        "SELECT * FROM maintenance_requests WHERE opened_on >= date_trunc('year', current_date)"
        " AND opened_on < date_trunc('year', current_date) + interval '1 year'",
    ),
    case(
        "which rent payments were due last month?",
        "SELECT * FROM rent_payments"
        " WHERE due_on >= date_trunc('month', current_date) - interval '1 month'"
        " AND due_on < date_trunc('month', current_date)",
    ),
    case("leases starting in March", "SELECT * FROM leases WHERE extract(month FROM start_on) = 3"),
    case(
        "buildings acquired in 2019",
        "SELECT * FROM buildings WHERE acquired_on >= '2019-01-01' AND acquired_on < '2020-01-01'",
    ),
]

COMPARISONS = [
    case("units cheaper than 900 a month", "SELECT * FROM units WHERE monthly_rent_eur < 900"),
    case("buildings with more than 10 floors", "SELECT * FROM buildings WHERE floor_count > 10"),
    case("apartments of at least 80 m2", "SELECT * FROM units WHERE size_m2 >= 80"),
    case(
        "maintenance requests that cost more than 500 euros",
        "SELECT * FROM maintenance_requests WHERE cost_eur > 500",
    ),
    case("leases with a deposit over 4000", "SELECT * FROM leases WHERE deposit_eur > 4000"),
    case(
        "which buildings have more than 5 units?",
        "SELECT b.building_id, b.name, count(*) FROM units u"
        " JOIN buildings b ON b.building_id = u.building_id GROUP BY 1, 2 HAVING count(*) > 5",
    ),
]

NEVER = [
    case("rent payments that were never paid", "SELECT * FROM rent_payments WHERE paid_on IS NULL"),
    case(
        "how many maintenance requests were never resolved?",
        "SELECT count(*) FROM maintenance_requests WHERE resolved_on IS NULL",
    ),
    case("leases that have no end date", "SELECT * FROM leases WHERE end_on IS NULL"),
    case("tenants who never gave us a phone number", "SELECT * FROM tenants WHERE phone IS NULL"),
    case("owners with no email on file", "SELECT * FROM owners WHERE email IS NULL"),
    case(
        "maintenance requests not reported by any tenant",
        "SELECT * FROM maintenance_requests WHERE reported_by IS NULL",
    ),
]

LOOKUPS = [
    case(
        "what is the monthly rent of unit RIV-01?",
        "SELECT monthly_rent_eur FROM units WHERE unit_code = 'RIV-01'",
    ),
    case(
        "how many floors does Maas Tower have",
        "SELECT floor_count FROM buildings WHERE name = 'Maas Tower'",
    ),
    case(
        "what's Maria Lopez's email address?",
        "SELECT email FROM tenants WHERE full_name = 'Maria Lopez'",
    ),
    case(
        "when was Spree Quarter built?",
        "SELECT built_year FROM buildings WHERE name = 'Spree Quarter'",
    ),
    case(
        "which country is Vesta Immobiliare based in?",
        "SELECT country FROM owners WHERE name = 'Vesta Immobiliare'",
    ),
    case("how big is TEJ-02?", "SELECT size_m2 FROM units WHERE unit_code = 'TEJ-02'"),
]

# First sight (planner of d4fc854): 29/55; 16 refused, 10 wrong rows. With the planner before that
# session's general work (a0712e0): 29/55. Known misses, each with the planner's answer:
# Tuned on since 2026-11-30 (vocabulary and adjective work): 49/55, no longer a held-out measure;
# the held-out sets are airline, league and restaurants.
MISSES: dict[str, str] = {
    "which buildings have more than 5 units?": (
        'wrong rows: SELECT "public"."buildings".* FROM "public"."buildings" WHERE '
        '(SELECT count(*) FROM "public"."units" WHERE "public"."units"."building_id" = '
        '"public"."buildings"."building_id") > 5'
    ),
}

QUESTIONS = with_misses(
    [
        *COUNTS,
        *FILTERS,
        *JOINS,
        *SUPERLATIVES,
        *GROUPS,
        *DATES,
        *COMPARISONS,
        *NEVER,
        *LOOKUPS,
    ],
    MISSES,
)


SCHEMA = RENTALS  # the module's database, made by the fixtures of tests/llm/conftest.py


@pytest.mark.parametrize(("question", "gold"), QUESTIONS)
def test_rentals_questions_return_the_rows_of_the_gold_sql(
    question: str, gold: str, gold_db: GoldDatabase, grounded: Grounded
) -> None:
    assert_answered(question, gold, gold_db, grounded)
