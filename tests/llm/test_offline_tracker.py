"""Held-out questions for the offline planner on an issue tracker schema it has never seen.

Users with roles and managers, projects with leads, sprints, issues with a reporter, an
assignee, an enum type and priority, labels through a link table, comments and status
changes. The 55 questions and their gold SQL were written blind on 2026-11-30, by a helper
not allowed to read the planner, its tests or its docs. Per kind: counts 6, filters 6,
joins 7, superlatives 7, groups 6, dates 6, comparisons 6, never 5, named values 6.
First sight with the planner of 2026-11-30 morning: 33/55. Tuned on since (2026-11-30
afternoon): 53/55, so no longer a held-out measure.
"""

import pytest

from tests.llm.gold import (
    GoldDatabase,
    Grounded,
    assert_answered,
    case,
    with_misses,
)
from tests.llm.tracker import TRACKER

COUNTS = [
    case("how many issues are closed?", "SELECT count(*) FROM issues WHERE status = 'closed'"),
    case(
        "How many critical issues do we have right now?",
        "SELECT count(*) FROM issues WHERE priority = 'critical'",
    ),
    case("number of bugs", "SELECT count(*) FROM issues WHERE issue_type = 'bug'"),
    case(
        "how many issues are flagged as security issues?",
        "SELECT count(*) FROM issues WHERE is_security",
    ),
    case("How many users are inactive?", "SELECT count(*) FROM users WHERE NOT is_active"),
    case("count the internal comments", "SELECT count(*) FROM comments WHERE is_internal"),
]

FILTERS = [
    case("interns?", "SELECT * FROM users WHERE role = 'intern'"),
    case(
        "show me all open issues with high priority",
        "SELECT * FROM issues WHERE status = 'open' AND priority = 'high'",
    ),
    case("which projects are archived?", "SELECT * FROM projects WHERE is_archived"),
    case(
        "list the testers who are still active",
        "SELECT * FROM users WHERE role = 'tester' AND is_active",
    ),
    case(
        "features that are in review",
        "SELECT * FROM issues WHERE issue_type = 'feature' AND status = 'in_review'",
    ),
    case(
        "Can you show me the critical bugs?",
        "SELECT * FROM issues WHERE issue_type = 'bug' AND priority = 'critical'",
    ),
]

JOINS = [
    case(
        "issues in the Mobile App project",
        "SELECT i.* FROM issues i JOIN projects p ON p.project_id = i.project_id"
        " WHERE p.name = 'Mobile App'",
    ),
    case(
        "Which issues are assigned to Priya Raman?",
        "SELECT i.* FROM issues i JOIN users u ON u.user_id = i.assignee_id"
        " WHERE u.full_name = 'Priya Raman'",
    ),
    case(
        "issues reported by Aisha Bello",
        "SELECT i.* FROM issues i JOIN users u ON u.user_id = i.reporter_id"
        " WHERE u.full_name = 'Aisha Bello'",
    ),
    case(
        "which issues are labelled performance?",
        "SELECT i.* FROM issues i JOIN issue_labels il ON il.issue_id = i.issue_id"
        " JOIN labels l ON l.label_id = il.label_id WHERE l.name = 'performance'",
    ),
    case(
        "what labels does the issue 'Checkout button unresponsive on iOS' have?",
        "SELECT l.* FROM labels l JOIN issue_labels il ON il.label_id = l.label_id"
        " JOIN issues i ON i.issue_id = il.issue_id"
        " WHERE i.title = 'Checkout button unresponsive on iOS'",
    ),
    case(
        "show the comments written by Sofia Marques",
        "SELECT c.* FROM comments c JOIN users u ON u.user_id = c.author_id"
        " WHERE u.full_name = 'Sofia Marques'",
    ),
    case(
        "who is managed by Oliver Grant?",
        "SELECT u.* FROM users u JOIN users m ON m.user_id = u.manager_id"
        " WHERE m.full_name = 'Oliver Grant'",
    ),
]

SUPERLATIVES = [
    case(
        "Which issue has the biggest estimate?",
        "SELECT * FROM issues WHERE estimate_hours IS NOT NULL"
        " ORDER BY estimate_hours DESC LIMIT 1",
    ),
    case("who joined most recently?", "SELECT * FROM users ORDER BY joined_on DESC LIMIT 1"),
    case("the oldest project", "SELECT * FROM projects ORDER BY started_on LIMIT 1"),
    case(
        "which project has the most issues?",
        "SELECT p.project_id, p.name, count(*) FROM projects p"
        " JOIN issues i ON i.project_id = p.project_id GROUP BY 1, 2 ORDER BY 3 DESC LIMIT 1",
    ),
    case(
        "who has the most issues assigned to them?",
        "SELECT u.user_id, u.full_name, count(*) FROM users u"
        " JOIN issues i ON i.assignee_id = u.user_id GROUP BY 1, 2 ORDER BY 3 DESC LIMIT 1",
    ),
    case(
        "what's the most used label?",
        "SELECT l.label_id, l.name, count(*) FROM labels l"
        " JOIN issue_labels il ON il.label_id = l.label_id GROUP BY 1, 2 ORDER BY 3 DESC LIMIT 1",
    ),
    case(
        "Who has written the most comments?",
        "SELECT u.user_id, u.full_name, count(*) FROM users u"
        " JOIN comments c ON c.author_id = u.user_id GROUP BY 1, 2 ORDER BY 3 DESC LIMIT 1",
    ),
]

GROUPS = [
    case("how many issues per status?", "SELECT status, count(*) FROM issues GROUP BY 1"),
    case("number of issues by priority", "SELECT priority, count(*) FROM issues GROUP BY 1"),
    case(
        "average estimate for each issue type",
        "SELECT issue_type, avg(estimate_hours) FROM issues GROUP BY 1",
    ),
    case(
        "total story points per project",
        "SELECT p.project_id, p.name, sum(i.story_points) FROM projects p"
        " JOIN issues i ON i.project_id = p.project_id GROUP BY 1, 2",
    ),
    case("How many users are there in each role?", "SELECT role, count(*) FROM users GROUP BY 1"),
    case(
        "what is the largest estimate in hours for each priority?",
        "SELECT priority, max(estimate_hours) FROM issues GROUP BY 1",
    ),
]

DATES = [
    case(
        "issues created this month",
        "SELECT * FROM issues WHERE created_on >= date_trunc('month', current_date)",
    ),
    case(
        "Which issues were opened last month?",
        "SELECT * FROM issues"
        " WHERE created_on >= date_trunc('month', current_date) - interval '1 month'"
        " AND created_on < date_trunc('month', current_date)",
    ),
    case(
        "issues resolved in the last 30 days",
        "SELECT * FROM issues WHERE resolved_on >= current_date - 30",
    ),
    case("users who joined before 2021", "SELECT * FROM users WHERE joined_on < '2021-01-01'"),
    case(
        "which sprints start in 2026?",
        "SELECT * FROM sprints WHERE starts_on >= '2026-01-01' AND starts_on < '2027-01-01'",
    ),
    case(
        "how many issues have been created this year?",
        "SELECT count(*) FROM issues WHERE created_on >= date_trunc('year', current_date)",
    ),
]

COMPARISONS = [
    case(
        "issues estimated at more than 20 hours",
        "SELECT * FROM issues WHERE estimate_hours > 20",
    ),
    case(
        "Show issues worth at least 8 story points",
        "SELECT * FROM issues WHERE story_points >= 8",
    ),
    case(
        "projects with a budget over 100,000 euros",
        "SELECT * FROM projects WHERE budget_eur > 100000",
    ),
    case(
        "which users have more than 10 issues assigned?",
        "SELECT u.* FROM users u"
        " WHERE (SELECT count(*) FROM issues i WHERE i.assignee_id = u.user_id) > 10",
    ),
    case(
        "issues with fewer than 2 story points",
        "SELECT * FROM issues WHERE story_points < 2",
    ),
    case(
        "sprints lasting three weeks or more",
        "SELECT * FROM sprints WHERE ends_on - starts_on >= 21",
    ),
]

NEVER = [
    case("issues nobody is assigned to", "SELECT * FROM issues WHERE assignee_id IS NULL"),
    case(
        "Which issues have no comments yet?",
        "SELECT * FROM issues i"
        " WHERE NOT EXISTS (SELECT 1 FROM comments c WHERE c.issue_id = i.issue_id)",
    ),
    case(
        "labels that have never been used",
        "SELECT * FROM labels l"
        " WHERE NOT EXISTS (SELECT 1 FROM issue_labels il WHERE il.label_id = l.label_id)",
    ),
    case(
        "users who never commented on anything",
        "SELECT * FROM users u"
        " WHERE NOT EXISTS (SELECT 1 FROM comments c WHERE c.author_id = u.user_id)",
    ),
    case(
        "sprints without any issues",
        "SELECT * FROM sprints s"
        " WHERE NOT EXISTS (SELECT 1 FROM issues i WHERE i.sprint_id = s.sprint_id)",
    ),
]

NAMED = [
    case(
        "when did Kenji Watanabe join?",
        "SELECT joined_on FROM users WHERE full_name = 'Kenji Watanabe'",
    ),
    case(
        "what's Laura Jensen's email address?",
        "SELECT email FROM users WHERE full_name = 'Laura Jensen'",
    ),
    case(
        "What priority is 'Push notifications arrive twice'?",
        "SELECT priority FROM issues WHERE title = 'Push notifications arrive twice'",
    ),
    case(
        "what's the budget of the Public API project?",
        "SELECT budget_eur FROM projects WHERE name = 'Public API'",
    ),
    case(
        "when does Mobile Sprint 3 end?",
        "SELECT ends_on FROM sprints WHERE name = 'Mobile Sprint 3'",
    ),
    case(
        "What role does Ravi Kapoor have?", "SELECT role FROM users WHERE full_name = 'Ravi Kapoor'"
    ),
]

# First sight, by the planner of 2026-11-30 after its vocabulary and adjective work: 33/55
# (the planner of ab97950, before that work: 26/55). Known misses, with the planner's answer:
MISSES: dict[str, str] = {}

QUESTIONS = with_misses(
    [*COUNTS, *FILTERS, *JOINS, *SUPERLATIVES, *GROUPS, *DATES, *COMPARISONS, *NEVER, *NAMED],
    MISSES,
)


SCHEMA = TRACKER  # the module's database, made by the fixtures of tests/llm/conftest.py


@pytest.mark.parametrize(("question", "gold"), QUESTIONS)
def test_tracker_questions_return_the_rows_of_the_gold_sql(
    question: str, gold: str, gold_db: GoldDatabase, grounded: Grounded
) -> None:
    assert_answered(question, gold, gold_db, grounded)
