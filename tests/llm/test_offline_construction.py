"""Held-out questions for the offline planner on a construction schema it has never seen.

Clients, sites, projects (each for a client on a site), subcontractors by trade, work packages
of a project let to a subcontractor (each may follow a predecessor package), inspections of a
site or package, invoices to clients per project, and change orders. The 55 questions and their
gold SQL were written blind on 2026-11-30, by a helper not allowed to read the planner, its
tests or its docs. Per kind: counts 6, filters 6, joins 7, superlatives 7, groups 6, dates 6,
comparisons 6, never 5, named 6.
First sight, with the planner of c14cf91: 47/55. A dev set: its misses were read and worked on
since, so it is no longer a held-out measure; MISSES holds the planner's answers as it stands.
"""

import pytest

from tests.llm.construction import CONSTRUCTION
from tests.llm.gold import (
    GoldDatabase,
    Grounded,
    assert_answered,
    case,
    with_misses,
)

COUNTS = [
    case(
        "how many projects are active right now?",
        "SELECT count(*) FROM projects WHERE status = 'active'",
    ),
    case(
        "How many of our subcontractors are accredited?",
        "SELECT count(*) FROM subcontractors WHERE is_accredited",
    ),
    case(
        "number of failed inspections",
        "SELECT count(*) FROM inspections WHERE result = 'failed'",
    ),
    case(
        "how many change orders got rejected",
        "SELECT count(*) FROM change_orders WHERE status = 'rejected'",
    ),
    case(
        "how many public sector clients do we have?",
        "SELECT count(*) FROM clients WHERE sector = 'public'",
    ),
    case(
        "How many sites have a tower crane on them?",
        "SELECT count(*) FROM sites WHERE has_tower_crane",
    ),
]
FILTERS = [
    case("show me the projects on hold", "SELECT * FROM projects WHERE status = 'on_hold'"),
    case("list the disputed invoices", "SELECT * FROM invoices WHERE is_disputed"),
    case("blocked work packages", "SELECT * FROM work_packages WHERE status = 'blocked'"),
    case("roofing subcontractors", "SELECT * FROM subcontractors WHERE trade = 'roofing'"),
    case(
        "Which clients are on a framework agreement?",
        "SELECT * FROM clients WHERE is_framework_client",
    ),
    case(
        "change orders still pending",
        "SELECT * FROM change_orders WHERE status = 'pending'",
    ),
]
JOINS = [
    case(
        "which projects do we have with Ashworth Homes?",
        "SELECT p.* FROM projects p JOIN clients c ON c.client_id = p.client_id"
        " WHERE c.name = 'Ashworth Homes'",
    ),
    case(
        "list the work packages on the Pennine Distribution Hub",
        "SELECT w.* FROM work_packages w JOIN projects p ON p.project_id = w.project_id"
        " WHERE p.title = 'Pennine Distribution Hub'",
    ),
    case(
        "work packages let to Oakline Joinery",
        "SELECT w.* FROM work_packages w"
        " JOIN subcontractors s ON s.subcontractor_id = w.subcontractor_id"
        " WHERE s.company_name = 'Oakline Joinery'",
    ),
    case(
        "Show invoices for projects managed by Priya Nandra",
        "SELECT i.* FROM invoices i JOIN projects p ON p.project_id = i.project_id"
        " WHERE p.project_manager = 'Priya Nandra'",
    ),
    case(
        "inspections carried out at the Moorland Works site",
        "SELECT i.* FROM inspections i JOIN sites s ON s.site_id = i.site_id"
        " WHERE s.site_name = 'Moorland Works'",
    ),
    case(
        "projects for clients based in Manchester",
        "SELECT p.* FROM projects p JOIN clients c ON c.client_id = p.client_id"
        " WHERE c.city = 'Manchester'",
    ),
    case(
        "which change orders were raised on public sector clients' projects?",
        "SELECT co.* FROM change_orders co JOIN projects p ON p.project_id = co.project_id"
        " JOIN clients c ON c.client_id = p.client_id WHERE c.sector = 'public'",
    ),
]
SUPERLATIVES = [
    case(
        "what's our biggest project by contract value?",
        "SELECT * FROM projects ORDER BY contract_value DESC LIMIT 1",
    ),
    case(
        "which subcontractor has the highest day rate",
        "SELECT * FROM subcontractors ORDER BY day_rate DESC LIMIT 1",
    ),
    case("the largest site", "SELECT * FROM sites ORDER BY area_sqm DESC LIMIT 1"),
    case(
        "top 3 invoices by net amount",
        "SELECT * FROM invoices ORDER BY net_amount DESC LIMIT 3",
    ),
    case(
        "Which inspection found the most defects?",
        "SELECT * FROM inspections ORDER BY defects_found DESC LIMIT 1",
    ),
    case(
        "which subcontractor has been given the most work packages?",
        "SELECT s.subcontractor_id, s.company_name, count(*) FROM work_packages w"
        " JOIN subcontractors s ON s.subcontractor_id = w.subcontractor_id"
        " GROUP BY 1, 2 ORDER BY 3 DESC LIMIT 1",
    ),
    case(
        "Which project has been invoiced the most in total?",
        "SELECT p.project_id, p.title, sum(i.net_amount) FROM invoices i"
        " JOIN projects p ON p.project_id = i.project_id GROUP BY 1, 2 ORDER BY 3 DESC LIMIT 1",
    ),
]
GROUPS = [
    case("how many projects in each status?", "SELECT status, count(*) FROM projects GROUP BY 1"),
    case("subcontractors per trade", "SELECT trade, count(*) FROM subcontractors GROUP BY 1"),
    case(
        "average day rate by trade",
        "SELECT trade, avg(day_rate) FROM subcontractors GROUP BY 1",
    ),
    case(
        "number of inspections done by each inspector",
        "SELECT inspector_name, count(*) FROM inspections GROUP BY 1",
    ),
    case(
        "total invoiced per project",
        "SELECT p.project_id, p.title, sum(i.net_amount) FROM invoices i"
        " JOIN projects p ON p.project_id = i.project_id GROUP BY 1, 2",
    ),
    case(
        "What's the total cost of change orders for each project?",
        "SELECT p.project_id, p.title, sum(co.cost_impact) FROM change_orders co"
        " JOIN projects p ON p.project_id = co.project_id GROUP BY 1, 2",
    ),
]
DATES = [
    case(
        "projects started in 2024",
        "SELECT * FROM projects WHERE start_date >= '2024-01-01' AND start_date < '2025-01-01'",
    ),
    case(
        "how many invoices were issued before March 2024?",
        "SELECT count(*) FROM invoices WHERE issued_on < '2024-03-01'",
    ),
    case(
        "inspections during summer 2025",
        "SELECT * FROM inspections"
        " WHERE inspected_at >= '2025-06-01' AND inspected_at < '2025-09-01'",
    ),
    case(
        "Which change orders were raised between January and March 2025?",
        "SELECT * FROM change_orders WHERE raised_on >= '2025-01-01' AND raised_on < '2025-04-01'",
    ),
    case(
        "work packages completed in 2024",
        "SELECT * FROM work_packages"
        " WHERE completed_on >= '2024-01-01' AND completed_on < '2025-01-01'",
    ),
    case(
        "which projects are scheduled to finish in 2026",
        "SELECT * FROM projects"
        " WHERE planned_completion >= '2026-01-01' AND planned_completion < '2027-01-01'",
    ),
]
COMPARISONS = [
    case(
        "projects worth more than £10 million",
        "SELECT * FROM projects WHERE contract_value > 10000000",
    ),
    case(
        "subcontractors charging under 350 a day",
        "SELECT * FROM subcontractors WHERE day_rate < 350",
    ),
    case("invoices above £600,000", "SELECT * FROM invoices WHERE net_amount > 600000"),
    case(
        "sites smaller than 3000 square metres",
        "SELECT * FROM sites WHERE area_sqm < 3000",
    ),
    case(
        "change orders that added more than 15 days",
        "SELECT * FROM change_orders WHERE extension_days > 15",
    ),
    case(
        "work packages with a budget of at least 300k",
        "SELECT * FROM work_packages WHERE budget >= 300000",
    ),
]
NEVER = [
    case(
        "projects without a project manager",
        "SELECT * FROM projects WHERE project_manager IS NULL",
    ),
    case(
        "which sites have never been inspected?",
        "SELECT * FROM sites s WHERE NOT EXISTS"
        " (SELECT 1 FROM inspections i WHERE i.site_id = s.site_id)",
    ),
    case(
        "subcontractors we have never given a work package to",
        "SELECT * FROM subcontractors s WHERE NOT EXISTS"
        " (SELECT 1 FROM work_packages w WHERE w.subcontractor_id = s.subcontractor_id)",
    ),
    case("invoices not yet paid", "SELECT * FROM invoices WHERE paid_on IS NULL"),
    case(
        "Which clients have never had a project with us?",
        "SELECT * FROM clients c WHERE NOT EXISTS"
        " (SELECT 1 FROM projects p WHERE p.client_id = c.client_id)",
    ),
]
NAMED = [
    case(
        "what's the contract value of the Kestrel Hotel Extension?",
        "SELECT contract_value FROM projects WHERE title = 'Kestrel Hotel Extension'",
    ),
    case(
        "who is the project manager on Northgate Bus Interchange",
        "SELECT project_manager FROM projects WHERE title = 'Northgate Bus Interchange'",
    ),
    case(
        "What is Deepcut Groundworks' day rate?",
        "SELECT day_rate FROM subcontractors WHERE company_name = 'Deepcut Groundworks'",
    ),
    case(
        "when does Aqua Flow Plumbing's insurance expire?",
        "SELECT insurance_expires_on FROM subcontractors WHERE company_name = 'Aqua Flow Plumbing'",
    ),
    case(
        "postcode of the Calder Retail Park site",
        "SELECT postcode FROM sites WHERE site_name = 'Calder Retail Park'",
    ),
    case(
        "when was invoice INV-24042 due?",
        "SELECT due_on FROM invoices WHERE invoice_number = 'INV-24042'",
    ),
]

MISSES: dict[str, str] = {}

QUESTIONS = with_misses(
    [*COUNTS, *FILTERS, *JOINS, *SUPERLATIVES, *GROUPS, *DATES, *COMPARISONS, *NEVER, *NAMED],
    MISSES,
)


SCHEMA = CONSTRUCTION  # the module's database, made by the fixtures of tests/llm/conftest.py


@pytest.mark.parametrize(("question", "gold"), QUESTIONS)
def test_construction_questions_return_the_rows_of_the_gold_sql(
    question: str, gold: str, gold_db: GoldDatabase, grounded: Grounded
) -> None:
    assert_answered(question, gold, gold_db, grounded)
