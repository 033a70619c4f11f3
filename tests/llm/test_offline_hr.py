"""Held-out questions for the offline planner on an HR and payroll schema it has never seen.

The schema (tests/llm/hr.py: departments, job_positions, employees with a manager, salary_history,
leave_requests, projects and the project_assignments link) and the 55 questions with their gold
SQL were written blind on 2026-11-30, by a helper not allowed to read the planner, its tests or
its docs. Per kind: counts 6, row filters 6, joins 7, superlatives 7, per-group aggregates 6,
dates 6, comparisons 6, "never" (IS NULL) 5, values of a named row 6.
"""

import pytest

from tests.llm.gold import (
    GoldDatabase,
    Grounded,
    assert_answered,
    case,
    with_misses,
)
from tests.llm.hr import HR

COUNTS = [
    case(
        "how many leave requests were cancelled?",
        "SELECT count(*) FROM leave_requests WHERE status = 'cancelled'",
    ),
    case(
        "number of departments in Spain", "SELECT count(*) FROM departments WHERE country = 'Spain'"
    ),
    case(
        "How many contractors do we have?",
        "SELECT count(*) FROM employees WHERE contract_type = 'contractor'",
    ),
    case(
        "count the sick leave requests",
        "SELECT count(*) FROM leave_requests WHERE leave_type = 'sick'",
    ),
    case(
        "how many projects are on hold right now",
        "SELECT count(*) FROM projects WHERE status = 'on hold'",
    ),
    case(
        "how many of our employees work remotely?", "SELECT count(*) FROM employees WHERE is_remote"
    ),
]

FILTERS = [
    case("show me all the interns", "SELECT * FROM employees WHERE contract_type = 'intern'"),
    case(
        "list the pending leave requests", "SELECT * FROM leave_requests WHERE status = 'pending'"
    ),
    case("which employees are part-time?", "SELECT * FROM employees WHERE NOT is_full_time"),
    case(
        "approved vacation requests",
        "SELECT * FROM leave_requests WHERE leave_type = 'vacation' AND status = 'approved'",
    ),
    case(
        "billable projects that are still active",
        "SELECT * FROM projects WHERE is_billable AND status = 'active'",
    ),
    case(
        "fixed-term staff who work remotely",
        "SELECT * FROM employees WHERE contract_type = 'fixed-term' AND is_remote",
    ),
]

JOINS = [
    case(
        "list the employees who work in Spain",
        "SELECT e.* FROM employees e JOIN departments d ON d.department_id = e.department_id"
        " WHERE d.country = 'Spain'",
    ),
    case(
        "leave requests from people in the Legal department",
        "SELECT lr.* FROM leave_requests lr JOIN employees e ON e.employee_id = lr.employee_id"
        " JOIN departments d ON d.department_id = e.department_id WHERE d.name = 'Legal'",
    ),
    case(
        "which projects is Sofia Garcia on?",
        "SELECT p.* FROM projects p JOIN project_assignments pa ON pa.project_id = p.project_id"
        " JOIN employees e ON e.employee_id = pa.employee_id WHERE e.full_name = 'Sofia Garcia'",
    ),
    case(
        "who is working on the Acme Data Platform project?",
        "SELECT e.* FROM employees e JOIN project_assignments pa ON pa.employee_id = e.employee_id"
        " JOIN projects p ON p.project_id = pa.project_id WHERE p.name = 'Acme Data Platform'",
    ),
    case(
        "projects run by the Engineering department",
        "SELECT p.* FROM projects p JOIN departments d ON d.department_id = p.department_id"
        " WHERE d.name = 'Engineering'",
    ),
    case(
        "salary history for the Finance team",
        "SELECT sh.* FROM salary_history sh JOIN employees e ON e.employee_id = sh.employee_id"
        " JOIN departments d ON d.department_id = e.department_id WHERE d.name = 'Finance'",
    ),
    case(
        "who reports to Chloe Pereira?",
        "SELECT e.* FROM employees e JOIN employees m ON m.employee_id = e.manager_id"
        " WHERE m.full_name = 'Chloe Pereira'",
    ),
]

SUPERLATIVES = [
    case(
        "who is our highest paid employee?",
        "SELECT * FROM employees ORDER BY base_salary_eur DESC LIMIT 1",
    ),
    case("oldest employee", "SELECT * FROM employees ORDER BY birth_date LIMIT 1"),
    case(
        "which project has the biggest budget",
        "SELECT * FROM projects ORDER BY budget_eur DESC LIMIT 1",
    ),
    case(
        "which department has the most employees?",
        "SELECT d.department_id, d.name, count(*) FROM employees e"
        " JOIN departments d ON d.department_id = e.department_id GROUP BY 1, 2"
        " ORDER BY 3 DESC LIMIT 1",
    ),
    case(
        "top 3 projects by number of people assigned",
        "SELECT p.project_id, p.name, count(*) FROM project_assignments pa"
        " JOIN projects p ON p.project_id = pa.project_id GROUP BY 1, 2 ORDER BY 3 DESC LIMIT 3",
    ),
    case(
        "top 5 employees by total weekly hours across their projects",
        "SELECT e.employee_id, e.full_name, sum(pa.hours_per_week) FROM project_assignments pa"
        " JOIN employees e ON e.employee_id = pa.employee_id GROUP BY 1, 2"
        " ORDER BY 3 DESC LIMIT 5",
    ),
    case(
        "who has the most direct reports?",
        "SELECT m.employee_id, m.full_name, count(*) FROM employees e"
        " JOIN employees m ON m.employee_id = e.manager_id GROUP BY 1, 2"
        " ORDER BY 3 DESC LIMIT 1",
    ),
]

GROUPS = [
    case(
        "how many employees does each department have?",
        "SELECT d.department_id, d.name, count(*) FROM employees e"
        " JOIN departments d ON d.department_id = e.department_id GROUP BY 1, 2",
    ),
    case(
        "number of leave requests by status",
        "SELECT status, count(*) FROM leave_requests GROUP BY 1",
    ),
    case(
        "average salary per department",
        "SELECT d.department_id, d.name, avg(e.base_salary_eur) FROM employees e"
        " JOIN departments d ON d.department_id = e.department_id GROUP BY 1, 2",
    ),
    case(
        "total project budget for each priority",
        "SELECT priority, sum(budget_eur) FROM projects GROUP BY 1",
    ),
    case(
        "average weekly hours per project role",
        "SELECT role, avg(hours_per_week) FROM project_assignments GROUP BY 1",
    ),
    case("headcount by contract type", "SELECT contract_type, count(*) FROM employees GROUP BY 1"),
]

DATES = [
    case(
        "employees hired in 2024",
        "SELECT * FROM employees WHERE hired_on >= '2024-01-01' AND hired_on < '2025-01-01'",
    ),
    case(
        "who joined the company before 2015?",
        "SELECT * FROM employees WHERE hired_on < '2015-01-01'",
    ),
    case(
        "leave requests starting last month",
        "SELECT * FROM leave_requests"
        " WHERE starts_on >= date_trunc('month', current_date) - interval '1 month'"
        " AND starts_on < date_trunc('month', current_date)",
    ),
    case(
        "which projects started this year?",
        "SELECT * FROM projects WHERE started_on >= date_trunc('year', current_date)"
        " AND started_on < date_trunc('year', current_date) + interval '1 year'",
    ),
    case(
        "how many leave requests start in March?",
        "SELECT count(*) FROM leave_requests WHERE extract(month FROM starts_on) = 3",
    ),
    case(
        "salary changes that took effect in 2023",
        "SELECT * FROM salary_history"
        " WHERE effective_from >= '2023-01-01' AND effective_from < '2024-01-01'",
    ),
]

COMPARISONS = [
    case(
        "job positions with a minimum salary above 50000",
        "SELECT * FROM job_positions WHERE min_salary_eur > 50000",
    ),
    case(
        "employees earning less than 30000 a year",
        "SELECT * FROM employees WHERE base_salary_eur < 30000",
    ),
    case(
        "leave requests longer than 10 days", "SELECT * FROM leave_requests WHERE days_count > 10"
    ),
    case(
        "projects with a budget of at least 300000",
        "SELECT * FROM projects WHERE budget_eur >= 300000",
    ),
    case(
        "people assigned to more than one project",
        "SELECT e.employee_id, e.full_name, count(*) FROM project_assignments pa"
        " JOIN employees e ON e.employee_id = pa.employee_id GROUP BY 1, 2 HAVING count(*) > 1",
    ),
    case(
        "departments with a budget below 500,000 euros",
        "SELECT * FROM departments WHERE budget_eur < 500000",
    ),
]

NEVER = [
    case(
        "employees who have never had a performance review",
        "SELECT * FROM employees WHERE last_review_on IS NULL",
    ),
    case(
        "which employees don't have a manager?",
        "SELECT * FROM employees WHERE manager_id IS NULL",
    ),
    case(
        "leave requests that were never decided",
        "SELECT * FROM leave_requests WHERE decided_at IS NULL",
    ),
    case(
        "projects that were never completed",
        "SELECT * FROM projects WHERE completed_on IS NULL",
    ),
    case("projects without a client", "SELECT * FROM projects WHERE client_name IS NULL"),
]

NAMED = [
    case(
        "what is the budget of the Marketing department?",
        "SELECT budget_eur FROM departments WHERE name = 'Marketing'",
    ),
    case(
        "what's Julia Kelly's email?",
        "SELECT email FROM employees WHERE full_name = 'Julia Kelly'",
    ),
    case(
        "when was Clara Moreno hired?",
        "SELECT hired_on FROM employees WHERE full_name = 'Clara Moreno'",
    ),
    case(
        "which city is the Legal department based in?",
        "SELECT city FROM departments WHERE name = 'Legal'",
    ),
    case(
        "what's the maximum salary for the Recruiter position?",
        "SELECT max_salary_eur FROM job_positions WHERE title = 'Recruiter'",
    ),
    case(
        "how much budget does Atlas Migration have?",
        "SELECT budget_eur FROM projects WHERE name = 'Atlas Migration'",
    ),
]

# First sight (planner of d4fc854): 25/55; 19 refused, 11 wrong rows. With the planner before that
# session's general work (a0712e0): 24/55. Known misses, each with the planner's answer:
# Tuned on since 2026-11-30 (vocabulary and adjective work): 47/55, no longer a held-out measure;
# the held-out sets are airline, league and restaurants.
MISSES: dict[str, str] = {
    "people assigned to more than one project": (
        "refused: CANNOT: which number of projects is more than?. Closest I "
        "understand: 'how many projects' or 'show projects where client_name is Acme "
        "Corp' or 'average budget_eur of projects'. For other questions set"
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
        *NAMED,
    ],
    MISSES,
)


SCHEMA = HR  # the module's database, made by the fixtures of tests/llm/conftest.py


@pytest.mark.parametrize(("question", "gold"), QUESTIONS)
def test_hr_questions_return_the_rows_of_the_gold_sql(
    question: str, gold: str, gold_db: GoldDatabase, grounded: Grounded
) -> None:
    assert_answered(question, gold, gold_db, grounded)
