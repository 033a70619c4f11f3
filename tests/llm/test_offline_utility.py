"""Held-out questions for the offline planner on an energy utility billing schema it has never seen.

Tariffs for electricity and gas, customers (residential, business, charity), the premises they are
supplied at, meters at those premises on a tariff (a new meter pointing at the one it replaced),
meter readings, quarterly bills per customer and premises, payments against bills, and power
outages at premises.

The 55 questions and their gold SQL were written blind on 2026-11-30, by a helper not allowed to
read the planner, its tests or its docs. Per kind: counts 6, filters 6, joins 7, superlatives 7,
groups 6, dates 6, comparisons 6, never 5, named 6.
First sight, with the planner of 6cb7161: 47/55. A dev set: its misses were read and worked on
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
from tests.llm.utility import UTILITY

COUNTS = [
    case("how many smart meters do we have?", "SELECT count(*) FROM meters WHERE kind = 'smart'"),
    case("How many bills are overdue?", "SELECT count(*) FROM bills WHERE status = 'overdue'"),
    case(
        "number of business customers",
        "SELECT count(*) FROM customers WHERE customer_type = 'business'",
    ),
    case(
        "how many premises are there in Manchester",
        "SELECT count(*) FROM premises WHERE town = 'Manchester'",
    ),
    case(
        "How many outages were caused by storms?",
        "SELECT count(*) FROM outages WHERE cause = 'storm'",
    ),
    case("count of reversed payments", "SELECT count(*) FROM payments WHERE is_reversed"),
]
FILTERS = [
    case("show me all the prepayment meters", "SELECT * FROM meters WHERE kind = 'prepayment'"),
    case("list disputed bills", "SELECT * FROM bills WHERE status = 'disputed'"),
    case(
        "Which customers are on the priority services register?",
        "SELECT * FROM customers WHERE on_priority_register",
    ),
    case("which properties have solar panels", "SELECT * FROM premises WHERE has_solar_panels"),
    case(
        "payments made by direct debit",
        "SELECT * FROM payments WHERE method = 'direct_debit'",
    ),
    case("fixed rate tariffs", "SELECT * FROM tariffs WHERE is_fixed"),
]
JOINS = [
    case(
        "which meters are installed at 14 Larch Grove?",
        "SELECT m.* FROM meters m JOIN premises p ON p.premise_id = m.premise_id"
        " WHERE p.address_line = '14 Larch Grove'",
    ),
    case(
        "show Hartley Bakery Ltd's bills",
        "SELECT b.* FROM bills b JOIN customers c ON c.customer_id = b.customer_id"
        " WHERE c.full_name = 'Hartley Bakery Ltd'",
    ),
    case(
        "meters on the EV Overnight tariff",
        "SELECT m.* FROM meters m JOIN tariffs t ON t.tariff_id = m.tariff_id"
        " WHERE t.tariff_name = 'EV Overnight'",
    ),
    case(
        "list the outages at premises in Bristol",
        "SELECT o.* FROM outages o JOIN premises p ON p.premise_id = o.premise_id"
        " WHERE p.town = 'Bristol'",
    ),
    case(
        "payments against bill INV-242768",
        "SELECT pay.* FROM payments pay JOIN bills b ON b.bill_id = pay.bill_id"
        " WHERE b.bill_number = 'INV-242768'",
    ),
    case(
        "Which customers have an overdue bill?",
        "SELECT * FROM customers WHERE customer_id IN"
        " (SELECT customer_id FROM bills WHERE status = 'overdue')",
    ),
    case(
        "readings for meter E19S0412871",
        "SELECT r.* FROM meter_readings r JOIN meters m ON m.meter_id = r.meter_id"
        " WHERE m.serial_number = 'E19S0412871'",
    ),
]
SUPERLATIVES = [
    case(
        "what's the biggest bill we've ever sent out?",
        "SELECT * FROM bills ORDER BY amount_gbp DESC LIMIT 1",
    ),
    case(
        "Which tariff has the cheapest unit rate?",
        "SELECT * FROM tariffs ORDER BY unit_rate_pence LIMIT 1",
    ),
    case(
        "our longest standing customer",
        "SELECT * FROM customers ORDER BY joined_on LIMIT 1",
    ),
    case(
        "top 3 bills by consumption",
        "SELECT * FROM bills ORDER BY consumption_kwh DESC LIMIT 3",
    ),
    case(
        "which meter was installed most recently",
        "SELECT * FROM meters ORDER BY installed_on DESC LIMIT 1",
    ),
    case(
        "Which tariff has the most meters on it?",
        "SELECT t.tariff_id, t.tariff_name, count(*) FROM meters m JOIN tariffs t"
        " ON t.tariff_id = m.tariff_id GROUP BY 1, 2 ORDER BY 3 DESC LIMIT 1",
    ),
    case(
        "which customer has been billed the most in total?",
        "SELECT c.customer_id, c.full_name, sum(b.amount_gbp) FROM bills b JOIN customers c"
        " ON c.customer_id = b.customer_id GROUP BY 1, 2 ORDER BY 3 DESC LIMIT 1",
    ),
]
GROUPS = [
    case("how many meters of each kind?", "SELECT kind, count(*) FROM meters GROUP BY 1"),
    case(
        "total amount billed per bill status",
        "SELECT status, sum(amount_gbp) FROM bills GROUP BY 1",
    ),
    case("payments by method", "SELECT method, count(*) FROM payments GROUP BY 1"),
    case(
        "customers broken down by type",
        "SELECT customer_type, count(*) FROM customers GROUP BY 1",
    ),
    case(
        "What's the average unit rate for each fuel?",
        "SELECT fuel, avg(unit_rate_pence) FROM tariffs GROUP BY 1",
    ),
    case(
        "how many bills has each customer received",
        "SELECT c.customer_id, c.full_name, count(*) FROM bills b JOIN customers c"
        " ON c.customer_id = b.customer_id GROUP BY 1, 2",
    ),
]
DATES = [
    case(
        "bills issued in 2025",
        "SELECT * FROM bills WHERE issued_on >= '2025-01-01' AND issued_on < '2026-01-01'",
    ),
    case(
        "How many outages were there in 2024?",
        "SELECT count(*) FROM outages"
        " WHERE started_at >= '2024-01-01' AND started_at < '2025-01-01'",
    ),
    case(
        "customers who joined before 2020",
        "SELECT * FROM customers WHERE joined_on < '2020-01-01'",
    ),
    case(
        "payments received in October 2024",
        "SELECT * FROM payments WHERE paid_at >= '2024-10-01' AND paid_at < '2024-11-01'",
    ),
    case(
        "meters fitted between January 2021 and the end of 2022",
        "SELECT * FROM meters WHERE installed_on >= '2021-01-01' AND installed_on < '2023-01-01'",
    ),
    case(
        "meter readings taken during summer 2025",
        "SELECT * FROM meter_readings WHERE read_at >= '2025-06-01' AND read_at < '2025-09-01'",
    ),
]
COMPARISONS = [
    case("bills over £700", "SELECT * FROM bills WHERE amount_gbp > 700"),
    case(
        "tariffs with a standing charge above 55p a day",
        "SELECT * FROM tariffs WHERE standing_charge_pence > 55",
    ),
    case(
        "Which bills had consumption under 600 kWh?",
        "SELECT * FROM bills WHERE consumption_kwh < 600",
    ),
    case("payments of less than 150 pounds", "SELECT * FROM payments WHERE amount_gbp < 150"),
    case(
        "tariffs with an exit fee of at least £150",
        "SELECT * FROM tariffs WHERE exit_fee_gbp >= 150",
    ),
    case(
        "outages where we paid more than 100 in compensation",
        "SELECT * FROM outages WHERE compensation_gbp > 100",
    ),
]
NEVER = [
    case("customers with no email on file", "SELECT * FROM customers WHERE email IS NULL"),
    case(
        "which meters have never been read?",
        "SELECT * FROM meters m WHERE NOT EXISTS"
        " (SELECT 1 FROM meter_readings r WHERE r.meter_id = m.meter_id)",
    ),
    case(
        "bills without any payments",
        "SELECT * FROM bills b WHERE NOT EXISTS"
        " (SELECT 1 FROM payments p WHERE p.bill_id = b.bill_id)",
    ),
    case(
        "Which premises have never had an outage?",
        "SELECT * FROM premises p WHERE NOT EXISTS"
        " (SELECT 1 FROM outages o WHERE o.premise_id = p.premise_id)",
    ),
    case(
        "outages that haven't been restored yet",
        "SELECT * FROM outages WHERE restored_at IS NULL",
    ),
]
NAMED = [
    case(
        "what's the postcode of 7 Mill Lane?",
        "SELECT postcode FROM premises WHERE address_line = '7 Mill Lane'",
    ),
    case(
        "when did Priya Raman become a customer?",
        "SELECT joined_on FROM customers WHERE full_name = 'Priya Raman'",
    ),
    case(
        "What is the unit rate on Green Fix 24M Electricity?",
        "SELECT unit_rate_pence FROM tariffs WHERE tariff_name = 'Green Fix 24M Electricity'",
    ),
    case(
        "when is bill INV-245536 due",
        "SELECT due_on FROM bills WHERE bill_number = 'INV-245536'",
    ),
    case(
        "what's Kenneth Duffy's phone number?",
        "SELECT phone FROM customers WHERE full_name = 'Kenneth Duffy'",
    ),
    case(
        "when was meter G4K00227819 installed?",
        "SELECT installed_on FROM meters WHERE serial_number = 'G4K00227819'",
    ),
]

MISSES: dict[str, str] = {}

QUESTIONS = with_misses(
    [*COUNTS, *FILTERS, *JOINS, *SUPERLATIVES, *GROUPS, *DATES, *COMPARISONS, *NEVER, *NAMED],
    MISSES,
)


SCHEMA = UTILITY  # the module's database, made by the fixtures of tests/llm/conftest.py


@pytest.mark.parametrize(("question", "gold"), QUESTIONS)
def test_utility_questions_return_the_rows_of_the_gold_sql(
    question: str, gold: str, gold_db: GoldDatabase, grounded: Grounded
) -> None:
    assert_answered(question, gold, gold_db, grounded)
