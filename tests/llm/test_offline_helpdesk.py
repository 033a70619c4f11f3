"""Held-out questions for the offline planner on an internal IT helpdesk schema it has never seen.

Departments and their employees, support teams and their agents, tickets raised by employees and
assigned to agents (priority, status, category, opened and resolved times, SLA breach flag,
satisfaction rating), comments on tickets, hardware assets assigned to employees, software
licences. The 55 questions and their gold SQL were written blind on 2026-11-30, by a helper not
allowed to read the planner, its tests or its docs. Per kind: counts 6, filters 6, joins 7,
superlatives 7, groups 6, dates 6, comparisons 6, never 5, named 6.
Groups by another table's row select its key, label and aggregate (the bank set's form; the
writer was told otherwise by mistake, and aa9b032 rewrote those golds without the planner).
First sight, with the planner of 5ab67a8 (before any work that could see this set): 40/55.
The lead saw those misses (a tool printed them), so this set is no longer blind to him; the
planner helpers of that session never saw it. With 944e13a (words between named things left
out, drafted before this set was scored, refined against older sets and the refusal tests):
44/55. Tuned on by the same session's second wave (dates, people in text columns,
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
from tests.llm.helpdesk import HELPDESK

COUNTS = [
    case(
        "how many critical tickets have we had?",
        "SELECT count(*) FROM tickets WHERE priority = 'critical'",
    ),
    case("How many tickets breached their SLA?", "SELECT count(*) FROM tickets WHERE sla_breached"),
    case("number of laptops we own", "SELECT count(*) FROM assets WHERE kind = 'laptop'"),
    case("how many contractors are there?", "SELECT count(*) FROM employees WHERE is_contractor"),
    case("how many agents are on call?", "SELECT count(*) FROM agents WHERE is_on_call"),
    case(
        "how many printing tickets have come in?",
        "SELECT count(*) FROM tickets WHERE category = 'printing'",
    ),
]
FILTERS = [
    case("show me the tickets that are pending", "SELECT * FROM tickets WHERE status = 'pending'"),
    case("which assets are in repair?", "SELECT * FROM assets WHERE status = 'in_repair'"),
    case("list the senior agents", "SELECT * FROM agents WHERE level = 'senior'"),
    case("which employees work remotely?", "SELECT * FROM employees WHERE office = 'Remote'"),
    case(
        "which support teams provide 24x7 cover?",
        "SELECT * FROM support_teams WHERE covers_24x7",
    ),
    case(
        "which software licences do we buy from Microsoft?",
        "SELECT * FROM software_licences WHERE vendor = 'Microsoft'",
    ),
]
JOINS = [
    case(
        "which tickets has Isla Wood raised?",
        "SELECT t.* FROM tickets t JOIN employees e ON e.employee_id = t.requester_id"
        " WHERE e.full_name = 'Isla Wood'",
    ),
    case(
        "tickets assigned to Chen Wei",
        "SELECT t.* FROM tickets t JOIN agents a ON a.agent_id = t.assigned_agent_id"
        " WHERE a.full_name = 'Chen Wei'",
    ),
    case(
        "list the agents in the Network Operations team",
        "SELECT a.* FROM agents a JOIN support_teams s ON s.team_id = a.team_id"
        " WHERE s.name = 'Network Operations'",
    ),
    case(
        "who works in the Finance department?",
        "SELECT e.* FROM employees e JOIN departments d ON d.department_id = e.department_id"
        " WHERE d.name = 'Finance'",
    ),
    case(
        "laptops assigned to people in Data Science",
        "SELECT a.* FROM assets a JOIN employees e ON e.employee_id = a.assigned_to"
        " JOIN departments d ON d.department_id = e.department_id"
        " WHERE a.kind = 'laptop' AND d.name = 'Data Science'",
    ),
    case(
        "comments on ticket INC-10044",
        "SELECT c.* FROM ticket_comments c JOIN tickets t ON t.ticket_id = c.ticket_id"
        " WHERE t.reference = 'INC-10044'",
    ),
    case(
        "Which employees have had a ticket breach its SLA?",
        "SELECT * FROM employees WHERE employee_id IN"
        " (SELECT requester_id FROM tickets WHERE sla_breached)",
    ),
]
SUPERLATIVES = [
    case(
        "which ticket took the longest to resolve?",
        "SELECT * FROM tickets WHERE resolved_at IS NOT NULL"
        " ORDER BY resolved_at - opened_at DESC LIMIT 1",
    ),
    case(
        "what's our most expensive software licence?",
        "SELECT * FROM software_licences ORDER BY annual_cost_gbp DESC LIMIT 1",
    ),
    case(
        "who is our most recent hire?",
        "SELECT * FROM employees ORDER BY hired_on DESC LIMIT 1",
    ),
    case(
        "the 3 priciest laptops",
        "SELECT * FROM assets WHERE kind = 'laptop' ORDER BY purchase_cost_gbp DESC LIMIT 3",
    ),
    case(
        "Which agent has been assigned the most tickets?",
        "SELECT a.agent_id, a.full_name, count(*) FROM tickets t JOIN agents a"
        " ON a.agent_id = t.assigned_agent_id GROUP BY 1, 2 ORDER BY 3 DESC LIMIT 1",
    ),
    case(
        "which department raises the most tickets?",
        "SELECT d.department_id, d.name, count(*) FROM tickets t JOIN employees e"
        " ON e.employee_id = t.requester_id JOIN departments d"
        " ON d.department_id = e.department_id GROUP BY 1, 2 ORDER BY 3 DESC LIMIT 1",
    ),
    case(
        "who is our longest-serving support agent?",
        "SELECT * FROM agents ORDER BY joined_on LIMIT 1",
    ),
]
GROUPS = [
    case("how many tickets per category?", "SELECT category, count(*) FROM tickets GROUP BY 1"),
    case("tickets by priority", "SELECT priority, count(*) FROM tickets GROUP BY 1"),
    case(
        "average first response time for each priority",
        "SELECT priority, avg(first_response_minutes) FROM tickets GROUP BY 1",
    ),
    case(
        "how many assets of each kind do we have?", "SELECT kind, count(*) FROM assets GROUP BY 1"
    ),
    case(
        "how many agents does each support team have?",
        "SELECT s.team_id, s.name, count(*) FROM agents a JOIN support_teams s"
        " ON s.team_id = a.team_id GROUP BY s.team_id, s.name",
    ),
    case(
        "total licence spend per vendor",
        "SELECT vendor, sum(annual_cost_gbp) FROM software_licences GROUP BY 1",
    ),
]
DATES = [
    case(
        "Show me the tickets opened last month",
        "SELECT * FROM tickets WHERE opened_at >= date_trunc('month', current_date)"
        " - interval '1 month' AND opened_at < date_trunc('month', current_date)",
    ),
    case(
        "how many tickets were raised in 2024?",
        "SELECT count(*) FROM tickets WHERE opened_at >= '2024-01-01' AND opened_at < '2025-01-01'",
    ),
    case(
        "employees who started this year",
        "SELECT * FROM employees WHERE hired_on >= date_trunc('year', current_date)"
        " AND hired_on < date_trunc('year', current_date) + interval '1 year'",
    ),
    case(
        "which licences are up for renewal in the next 30 days?",
        "SELECT * FROM software_licences"
        " WHERE renews_on >= current_date AND renews_on <= current_date + 30",
    ),
    case(
        "assets bought in 2021",
        "SELECT * FROM assets WHERE purchased_on >= '2021-01-01' AND purchased_on < '2022-01-01'",
    ),
    case(
        "tickets logged in the past 7 days",
        "SELECT * FROM tickets WHERE opened_at >= current_date - 7",
    ),
]
COMPARISONS = [
    case(
        "tickets that took more than 3 days to resolve",
        "SELECT * FROM tickets WHERE resolved_at - opened_at > interval '3 days'",
    ),
    case(
        "licences costing over £20,000 a year",
        "SELECT * FROM software_licences WHERE annual_cost_gbp > 20000",
    ),
    case(
        "assets that cost more than 1,500 pounds",
        "SELECT * FROM assets WHERE purchase_cost_gbp > 1500",
    ),
    case(
        "tickets where the first response took over 2 hours",
        "SELECT * FROM tickets WHERE first_response_minutes > 120",
    ),
    case(
        "agents paid less than £25 an hour",
        "SELECT * FROM agents WHERE hourly_rate_gbp < 25",
    ),
    case(
        "tickets with a satisfaction rating of 2 or lower",
        "SELECT * FROM tickets WHERE satisfaction_rating <= 2",
    ),
]
NEVER = [
    case(
        "employees who have never raised a ticket",
        "SELECT * FROM employees e WHERE NOT EXISTS"
        " (SELECT 1 FROM tickets t WHERE t.requester_id = e.employee_id)",
    ),
    case("unassigned tickets", "SELECT * FROM tickets WHERE assigned_agent_id IS NULL"),
    case(
        "which agents haven't been given any tickets?",
        "SELECT * FROM agents a WHERE NOT EXISTS"
        " (SELECT 1 FROM tickets t WHERE t.assigned_agent_id = a.agent_id)",
    ),
    case(
        "tickets with no comments",
        "SELECT * FROM tickets t WHERE NOT EXISTS"
        " (SELECT 1 FROM ticket_comments c WHERE c.ticket_id = t.ticket_id)",
    ),
    case(
        "which employees don't have a laptop?",
        "SELECT * FROM employees e WHERE NOT EXISTS (SELECT 1 FROM assets a"
        " WHERE a.assigned_to = e.employee_id AND a.kind = 'laptop')",
    ),
]
NAMED = [
    case(
        "when was ticket INC-10057 opened?",
        "SELECT opened_at FROM tickets WHERE reference = 'INC-10057'",
    ),
    case(
        "what is Sophia Khan's email address?",
        "SELECT email FROM employees WHERE full_name = 'Sophia Khan'",
    ),
    case(
        "which floor is the Legal department on?",
        "SELECT floor_no FROM departments WHERE name = 'Legal'",
    ),
    case(
        "who leads the Service Desk team?",
        "SELECT lead_name FROM support_teams WHERE name = 'Service Desk'",
    ),
    case(
        "When does Zendesk Suite renew?",
        "SELECT renews_on FROM software_licences WHERE product = 'Zendesk Suite'",
    ),
    case(
        "how much did asset NW-01012 cost?",
        "SELECT purchase_cost_gbp FROM assets WHERE asset_tag = 'NW-01012'",
    ),
]

MISSES: dict[str, str] = {
    "which support teams provide 24x7 cover?": (
        "refused: CANNOT: I could not place 'provide', 'x7' in the schema or its data. "
        "Closest I understand: 'how many support_teams' or 'show support_teams where "
        "lead_name is Ben Ashworth' or 'average tier of support_"
    ),
    "which employees don't have a laptop?": (
        "refused: CANNOT: I could not place 'without' in the schema or its data. "
        "Closest I understand: 'how many employees' or 'show employees where email is "
        "alfie.edwards@northwind-corp.co.uk'. For other questions set"
    ),
}

QUESTIONS = with_misses(
    [*COUNTS, *FILTERS, *JOINS, *SUPERLATIVES, *GROUPS, *DATES, *COMPARISONS, *NEVER, *NAMED],
    MISSES,
)


SCHEMA = HELPDESK  # the module's database, made by the fixtures of tests/llm/conftest.py


@pytest.mark.parametrize(("question", "gold"), QUESTIONS)
def test_helpdesk_questions_return_the_rows_of_the_gold_sql(
    question: str, gold: str, gold_db: GoldDatabase, grounded: Grounded
) -> None:
    assert_answered(question, gold, gold_db, grounded)
