"""Held-out questions for the offline planner on an IT asset inventory schema it has never seen.

Departments, employees (with their managers), vendors, devices of four kinds, assignments of
devices to employees (each issued by an IT employee), repair tickets (reported by an employee,
sometimes sent to a repair vendor), software licences and a link table of licence seats. The 55
questions and their gold SQL were written blind on 2026-11-30, by a helper not allowed to read the
planner, its tests or its docs. Per kind: counts 6, filters 6, joins 7, superlatives 7, groups 6,
dates 6, comparisons 6, never 5, named 6.
Round 10, held out: scored once, on 2026-11-30, with the planner of aaf2379: 46/55 (with the
planner of 6cb7161, the session's start: 42/55). MISSES holds aaf2379's answers. Nobody working
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
from tests.llm.itassets import ITASSETS

COUNTS = [
    case("how many laptops do we have?", "SELECT count(*) FROM devices WHERE kind = 'laptop'"),
    case(
        "How many devices are currently in repair?",
        "SELECT count(*) FROM devices WHERE status = 'in_repair'",
    ),
    case(
        "number of urgent tickets",
        "SELECT count(*) FROM repair_tickets WHERE priority = 'urgent'",
    ),
    case("how many employees work remotely", "SELECT count(*) FROM employees WHERE is_remote"),
    case(
        "how many of our vendors are based in the US?",
        "SELECT count(*) FROM vendors WHERE country = 'US'",
    ),
    case(
        "How many devices have been reported lost?",
        "SELECT count(*) FROM devices WHERE status = 'lost'",
    ),
]
FILTERS = [
    case("show me all the unencrypted devices", "SELECT * FROM devices WHERE NOT is_encrypted"),
    case(
        "list the cancelled repair tickets",
        "SELECT * FROM repair_tickets WHERE status = 'cancelled'",
    ),
    case(
        "Which vendors are preferred suppliers?",
        "SELECT * FROM vendors WHERE is_preferred_supplier",
    ),
    case(
        "phones sitting in storage",
        "SELECT * FROM devices WHERE kind = 'phone' AND status = 'in_storage'",
    ),
    case(
        "software licences billed monthly",
        "SELECT * FROM software_licences WHERE billing_cycle = 'monthly'",
    ),
    case(
        "show repair tickets that were warranty claims",
        "SELECT * FROM repair_tickets WHERE is_warranty_claim",
    ),
]
JOINS = [
    case(
        "which devices have been assigned to Noah Fischer?",
        "SELECT d.* FROM devices d JOIN assignments a ON a.device_id = d.device_id"
        " JOIN employees e ON e.employee_id = a.employee_id WHERE e.full_name = 'Noah Fischer'",
    ),
    case(
        "list the employees based in the Dublin office",
        "SELECT e.* FROM employees e JOIN departments d ON d.department_id = e.department_id"
        " WHERE d.office_city = 'Dublin'",
    ),
    case(
        "devices we bought from Lenovo",
        "SELECT d.* FROM devices d JOIN vendors v ON v.vendor_id = d.vendor_id"
        " WHERE v.name = 'Lenovo'",
    ),
    case(
        "repair tickets reported by Oliver Hughes",
        "SELECT t.* FROM repair_tickets t JOIN employees e ON e.employee_id = t.reported_by"
        " WHERE e.full_name = 'Oliver Hughes'",
    ),
    case(
        "Which tickets were sent to FixIT Services?",
        "SELECT t.* FROM repair_tickets t JOIN vendors v ON v.vendor_id = t.repair_vendor_id"
        " WHERE v.name = 'FixIT Services'",
    ),
    case(
        "which employees have an Acrobat Pro seat",
        "SELECT e.* FROM employees e JOIN licence_seats s ON s.employee_id = e.employee_id"
        " JOIN software_licences l ON l.licence_id = s.licence_id"
        " WHERE l.product_name = 'Acrobat Pro'",
    ),
    case(
        "who reports to Sofia Garcia?",
        "SELECT e.* FROM employees e JOIN employees m ON m.employee_id = e.manager_id"
        " WHERE m.full_name = 'Sofia Garcia'",
    ),
]
SUPERLATIVES = [
    case(
        "what's the most expensive laptop we've bought?",
        "SELECT * FROM devices WHERE kind = 'laptop' ORDER BY purchase_price_eur DESC LIMIT 1",
    ),
    case(
        "cheapest monitor",
        "SELECT * FROM devices WHERE kind = 'monitor' ORDER BY purchase_price_eur LIMIT 1",
    ),
    case(
        "Which software licence costs us the most per year?",
        "SELECT * FROM software_licences ORDER BY annual_cost_eur DESC LIMIT 1",
    ),
    case(
        "who was hired most recently",
        "SELECT * FROM employees ORDER BY hired_on DESC LIMIT 1",
    ),
    case(
        "top 3 most expensive repairs",
        "SELECT * FROM repair_tickets WHERE repair_cost_eur IS NOT NULL"
        " ORDER BY repair_cost_eur DESC LIMIT 3",
    ),
    case(
        "which vendor have we bought the most devices from?",
        "SELECT v.vendor_id, v.name, count(*) FROM devices d JOIN vendors v"
        " ON v.vendor_id = d.vendor_id GROUP BY 1, 2 ORDER BY 3 DESC LIMIT 1",
    ),
    case(
        "Who has reported the most repair tickets?",
        "SELECT e.employee_id, e.full_name, count(*) FROM repair_tickets t JOIN employees e"
        " ON e.employee_id = t.reported_by GROUP BY 1, 2 ORDER BY 3 DESC LIMIT 1",
    ),
]
GROUPS = [
    case("how many devices of each type", "SELECT kind, count(*) FROM devices GROUP BY 1"),
    case(
        "number of repair tickets per priority",
        "SELECT priority, count(*) FROM repair_tickets GROUP BY 1",
    ),
    case(
        "What's the average purchase price for each device type?",
        "SELECT kind, avg(purchase_price_eur) FROM devices GROUP BY 1",
    ),
    case(
        "headcount by department",
        "SELECT d.department_id, d.name, count(*) FROM employees e JOIN departments d"
        " ON d.department_id = e.department_id GROUP BY 1, 2",
    ),
    case(
        "total repair spend per vendor",
        "SELECT v.vendor_id, v.name, sum(t.repair_cost_eur) FROM repair_tickets t JOIN vendors v"
        " ON v.vendor_id = t.repair_vendor_id GROUP BY 1, 2",
    ),
    case(
        "total annual licence cost by billing cycle",
        "SELECT billing_cycle, sum(annual_cost_eur) FROM software_licences GROUP BY 1",
    ),
]
DATES = [
    case(
        "devices purchased in 2024",
        "SELECT * FROM devices WHERE purchased_on >= '2024-01-01' AND purchased_on < '2025-01-01'",
    ),
    case(
        "How many repair tickets were opened in 2025?",
        "SELECT count(*) FROM repair_tickets"
        " WHERE opened_at >= '2025-01-01' AND opened_at < '2026-01-01'",
    ),
    case(
        "employees hired before March 2024",
        "SELECT * FROM employees WHERE hired_on < '2024-03-01'",
    ),
    case(
        "tickets opened during summer 2025",
        "SELECT * FROM repair_tickets WHERE opened_at >= '2025-06-01' AND opened_at < '2025-09-01'",
    ),
    case(
        "which laptops have a warranty ending in 2026?",
        "SELECT * FROM devices WHERE kind = 'laptop'"
        " AND warranty_expires_on >= '2026-01-01' AND warranty_expires_on < '2027-01-01'",
    ),
    case(
        "licences due for renewal in the first half of 2026",
        "SELECT * FROM software_licences"
        " WHERE renewal_due_on >= '2026-01-01' AND renewal_due_on < '2026-07-01'",
    ),
]
COMPARISONS = [
    case(
        "devices that cost more than €2,000",
        "SELECT * FROM devices WHERE purchase_price_eur > 2000",
    ),
    case(
        "repairs over 400 euros",
        "SELECT * FROM repair_tickets WHERE repair_cost_eur > 400",
    ),
    case("laptops with at least 32GB of RAM", "SELECT * FROM devices WHERE ram_gb >= 32"),
    case(
        "monitors bigger than 27 inches",
        "SELECT * FROM devices WHERE kind = 'monitor' AND screen_size_in > 27",
    ),
    case(
        "Which licences have more than 20 seats?",
        "SELECT * FROM software_licences WHERE seat_count > 20",
    ),
    case(
        "departments with an IT budget under 40k",
        "SELECT * FROM departments WHERE annual_it_budget_eur < 40000",
    ),
]
NEVER = [
    case(
        "employees who have never been given a device",
        "SELECT * FROM employees e WHERE NOT EXISTS"
        " (SELECT 1 FROM assignments a WHERE a.employee_id = e.employee_id)",
    ),
    case(
        "which licences has nobody been given a seat on?",
        "SELECT * FROM software_licences l WHERE NOT EXISTS"
        " (SELECT 1 FROM licence_seats s WHERE s.licence_id = l.licence_id)",
    ),
    case(
        "devices that have never had a repair ticket",
        "SELECT * FROM devices d WHERE NOT EXISTS"
        " (SELECT 1 FROM repair_tickets t WHERE t.device_id = d.device_id)",
    ),
    case(
        "vendors without a support email",
        "SELECT * FROM vendors WHERE support_email IS NULL",
    ),
    case(
        "tickets that haven't been closed yet",
        "SELECT * FROM repair_tickets WHERE closed_at IS NULL",
    ),
]
NAMED = [
    case(
        "what's the serial number of IT-0015?",
        "SELECT serial_number FROM devices WHERE asset_tag = 'IT-0015'",
    ),
    case(
        "when was Niamh Kelly hired?",
        "SELECT hired_on FROM employees WHERE full_name = 'Niamh Kelly'",
    ),
    case(
        "What is Ruby Patel's work email?",
        "SELECT work_email FROM employees WHERE full_name = 'Ruby Patel'",
    ),
    case(
        "what's the cost centre for Marketing",
        "SELECT cost_centre FROM departments WHERE name = 'Marketing'",
    ),
    case(
        "when does the Microsoft 365 E3 licence renew?",
        "SELECT renewal_due_on FROM software_licences WHERE product_name = 'Microsoft 365 E3'",
    ),
    case(
        "who is our account manager at Lenovo",
        "SELECT account_manager FROM vendors WHERE name = 'Lenovo'",
    ),
]

MISSES: dict[str, str] = {
    "phones sitting in storage": (
        "wrong rows: -- words left out: 'sitting'\nSELECT DISTINCT "
        '"public"."employees".* FROM "public"."employees" JOIN "public"."assignments" '
        'ON "public"."employees"."employee_id" = "public"."assignments"."employee_id" '
        'JOIN "public"."devices" ON "public"."assignments"."device_id" = '
        '"public"."devices"."device_id" WHERE "public"."devices"."status" = '
        "'in_storage'"
    ),
    "who reports to Sofia Garcia?": (
        'wrong rows: SELECT "public"."employees".* FROM "public"."employees" WHERE '
        '"public"."employees"."full_name" = \'Sofia Garcia\''
    ),
    "Which software licence costs us the most per year?": (
        "wrong rows: SELECT date_trunc('year', "
        '"public"."software_licences"."renewal_due_on") AS "year", count(*) AS "count" '
        'FROM "public"."software_licences" GROUP BY 1 ORDER BY 1'
    ),
    "total annual licence cost by billing cycle": (
        'wrong rows: SELECT "public"."software_licences"."billing_cycle", '
        'sum("public"."software_licences"."annual_cost_eur") AS "sum_annual_cost_eur" '
        'FROM "public"."software_licences" WHERE '
        '"public"."software_licences"."billing_cycle" = \'annual\' GROUP BY '
        '"public"."software_licences"."billing_cycle" ORDER BY '
        '"public"."software_licences"."billing_cycle"'
    ),
    "which laptops have a warranty ending in 2026?": (
        'wrong rows: SELECT "public"."repair_tickets".* FROM "public"."repair_tickets" '
        'JOIN "public"."devices" ON "public"."repair_tickets"."device_id" = '
        '"public"."devices"."device_id" WHERE "public"."devices"."kind" = \'laptop\' '
        'AND "public"."repair_tickets"."closed_at" >= \'2026-01-01\' AND '
        '"public"."repair_tickets"."closed_at" < \'2027-01-01\''
    ),
    "laptops with at least 32GB of RAM": (
        'wrong rows: SELECT "public"."devices".* FROM "public"."devices" WHERE '
        '"public"."devices"."kind" = \'laptop\' AND '
        '"public"."devices"."purchase_price_eur" >= 32'
    ),
    "monitors bigger than 27 inches": (
        'wrong rows: SELECT "public"."devices".* FROM "public"."devices" WHERE '
        '"public"."devices"."kind" = \'monitor\' AND '
        '"public"."devices"."purchase_price_eur" > 27'
    ),
    "which licences has nobody been given a seat on?": (
        "refused: CANNOT: I could not place 'nobody', 'given' in the schema or its "
        "data. Closest I understand: 'how many software_licences' or 'show "
        "software_licences where billing_cycle is annual' or 'average seat_cou"
    ),
    "who is our account manager at Lenovo": (
        'wrong rows: SELECT "public"."vendors".* FROM "public"."vendors" WHERE '
        '"public"."vendors"."name" = \'Lenovo\''
    ),
}

QUESTIONS = with_misses(
    [*COUNTS, *FILTERS, *JOINS, *SUPERLATIVES, *GROUPS, *DATES, *COMPARISONS, *NEVER, *NAMED],
    MISSES,
)


SCHEMA = ITASSETS  # the module's database, made by the fixtures of tests/llm/conftest.py


@pytest.mark.parametrize(("question", "gold"), QUESTIONS)
def test_itassets_questions_return_the_rows_of_the_gold_sql(
    question: str, gold: str, gold_db: GoldDatabase, grounded: Grounded
) -> None:
    assert_answered(question, gold, gold_db, grounded)
