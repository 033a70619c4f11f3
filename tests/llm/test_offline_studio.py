"""Held-out questions for the offline planner on a film studio schema it has never seen.

Films (genre, budget, status from development to released), crew members with their day rates,
the crew assigned to each film, locations with permit costs, shooting days at those locations,
expenses, and festival submissions with their results and awards. The 55 questions and their gold
SQL were written blind on 2026-11-30, by a helper not allowed to read the planner, its tests or
its docs. Per kind: counts 6, filters 6, joins 7, superlatives 7, groups 6, dates 6,
comparisons 6, never 5, named 6.
First sight, with the planner of 5ab67a8 (the session's start): 39/55. With 4c1de89 (the
session's first wave of planner work, none of which saw this set): 44/55. At 0649153,
after its second wave (none of which saw it either): 44/55; MISSES holds that planner's
answers. Nobody working on the planner has seen this set.
"""

import pytest

from tests.llm.gold import (
    GoldDatabase,
    Grounded,
    assert_answered,
    case,
    with_misses,
)
from tests.llm.studio import STUDIO

COUNTS = [
    case(
        "how many films are in post-production?",
        "SELECT count(*) FROM films WHERE status = 'post_production'",
    ),
    case("How many horror films do we have?", "SELECT count(*) FROM films WHERE genre = 'horror'"),
    case("number of outdoor locations", "SELECT count(*) FROM locations WHERE setting = 'outdoor'"),
    case(
        "how many festival submissions are still pending?",
        "SELECT count(*) FROM festival_submissions WHERE result = 'pending'",
    ),
    case(
        "how many shooting days were hit by a weather delay?",
        "SELECT count(*) FROM shooting_days WHERE had_weather_delay",
    ),
    case(
        "how many editors do we have on the books?",
        "SELECT count(*) FROM crew_members WHERE role = 'editor'",
    ),
]
FILTERS = [
    case("show me the documentaries", "SELECT * FROM films WHERE genre = 'documentary'"),
    case("which films are currently shooting?", "SELECT * FROM films WHERE status = 'shooting'"),
    case("list the indoor locations", "SELECT * FROM locations WHERE setting = 'indoor'"),
    case("catering expenses", "SELECT * FROM expenses WHERE category = 'catering'"),
    case(
        "Which crew members are in the union?", "SELECT * FROM crew_members WHERE is_union_member"
    ),
    case(
        "festival submissions that got rejected",
        "SELECT * FROM festival_submissions WHERE result = 'rejected'",
    ),
]
JOINS = [
    case(
        "which crew members worked on Copper Sky?",
        "SELECT DISTINCT c.* FROM crew_members c JOIN film_crew fc"
        " ON fc.crew_member_id = c.crew_member_id JOIN films f ON f.film_id = fc.film_id"
        " WHERE f.title = 'Copper Sky'",
    ),
    case(
        "list every shooting day at Griffith Park Trail",
        "SELECT s.* FROM shooting_days s JOIN locations l ON l.location_id = s.location_id"
        " WHERE l.name = 'Griffith Park Trail'",
    ),
    case(
        "which films did we shoot in Tahoe City?",
        "SELECT DISTINCT f.* FROM films f JOIN shooting_days s ON s.film_id = f.film_id"
        " JOIN locations l ON l.location_id = s.location_id WHERE l.city = 'Tahoe City'",
    ),
    case(
        "show the expenses for The Cartographer",
        "SELECT e.* FROM expenses e JOIN films f ON f.film_id = e.film_id"
        " WHERE f.title = 'The Cartographer'",
    ),
    case(
        "Which films were accepted at Sundance?",
        "SELECT DISTINCT f.* FROM films f JOIN festival_submissions s ON s.film_id = f.film_id"
        " WHERE s.festival = 'Sundance' AND s.result = 'accepted'",
    ),
    case(
        "festival submissions for our horror films",
        "SELECT s.* FROM festival_submissions s JOIN films f ON f.film_id = s.film_id"
        " WHERE f.genre = 'horror'",
    ),
    case(
        "who are the cinematographers on Neon Saints?",
        "SELECT DISTINCT c.* FROM crew_members c JOIN film_crew fc"
        " ON fc.crew_member_id = c.crew_member_id JOIN films f ON f.film_id = fc.film_id"
        " WHERE f.title = 'Neon Saints' AND c.role = 'cinematographer'",
    ),
]
SUPERLATIVES = [
    case(
        "which film has the biggest budget?",
        "SELECT * FROM films ORDER BY budget_usd DESC LIMIT 1",
    ),
    case(
        "who is our highest paid crew member?",
        "SELECT * FROM crew_members ORDER BY day_rate_usd DESC LIMIT 1",
    ),
    case(
        "which location has the most expensive permit?",
        "SELECT * FROM locations ORDER BY permit_cost_usd DESC LIMIT 1",
    ),
    case("the three biggest expenses", "SELECT * FROM expenses ORDER BY amount_usd DESC LIMIT 3"),
    case(
        "which of our films was released first?",
        "SELECT * FROM films ORDER BY release_date LIMIT 1",
    ),
    case(
        "Which film has the most crew on it?",
        "SELECT f.film_id, f.title, count(*) FROM film_crew fc JOIN films f"
        " ON f.film_id = fc.film_id GROUP BY 1, 2 ORDER BY 3 DESC LIMIT 1",
    ),
    case(
        "which location have we shot at most often?",
        "SELECT l.location_id, l.name, count(*) FROM shooting_days s JOIN locations l"
        " ON l.location_id = s.location_id GROUP BY 1, 2 ORDER BY 3 DESC LIMIT 1",
    ),
]
GROUPS = [
    case("how many films in each genre?", "SELECT genre, count(*) FROM films GROUP BY 1"),
    case(
        "total spend by expense category",
        "SELECT category, sum(amount_usd) FROM expenses GROUP BY 1",
    ),
    case(
        "average day rate per role",
        "SELECT role, avg(day_rate_usd) FROM crew_members GROUP BY 1",
    ),
    case("films by status", "SELECT status, count(*) FROM films GROUP BY 1"),
    case(
        "number of shooting days in each city",
        "SELECT l.city, count(*) FROM shooting_days s JOIN locations l"
        " ON l.location_id = s.location_id GROUP BY 1",
    ),
    case(
        "how much has been spent on each film?",
        "SELECT f.film_id, f.title, sum(e.amount_usd) FROM expenses e JOIN films f"
        " ON f.film_id = e.film_id GROUP BY 1, 2",
    ),
]
DATES = [
    case(
        "films released in 2023",
        "SELECT * FROM films WHERE release_date >= '2023-01-01' AND release_date < '2024-01-01'",
    ),
    case(
        "how many shooting days did we have last month?",
        "SELECT count(*) FROM shooting_days WHERE shot_on >= date_trunc('month', current_date)"
        " - interval '1 month' AND shot_on < date_trunc('month', current_date)",
    ),
    case(
        "which shooting days are scheduled for tomorrow?",
        "SELECT * FROM shooting_days WHERE shot_on = current_date + 1",
    ),
    case(
        "expenses from the last 30 days",
        "SELECT * FROM expenses WHERE spent_on >= current_date - 30",
    ),
    case(
        "which films come out in the next three months?",
        "SELECT * FROM films WHERE release_date >= current_date"
        " AND release_date < current_date + interval '3 months'",
    ),
    case(
        "which films got the green light in 2022?",
        "SELECT * FROM films WHERE greenlit_on >= '2022-01-01' AND greenlit_on < '2023-01-01'",
    ),
]
COMPARISONS = [
    case(
        "films with a budget over 2 million dollars",
        "SELECT * FROM films WHERE budget_usd > 2000000",
    ),
    case(
        "crew on a day rate above $1,500",
        "SELECT * FROM crew_members WHERE day_rate_usd > 1500",
    ),
    case(
        "shooting days that ran longer than 12 hours",
        "SELECT * FROM shooting_days WHERE hours > 12",
    ),
    case("expenses of more than 10,000", "SELECT * FROM expenses WHERE amount_usd > 10000"),
    case(
        "locations where the permit costs less than 1,000",
        "SELECT * FROM locations WHERE permit_cost_usd < 1000",
    ),
    case("films longer than two hours", "SELECT * FROM films WHERE runtime_minutes > 120"),
]
NEVER = [
    case(
        "crew members who have never been assigned to a film",
        "SELECT * FROM crew_members c WHERE NOT EXISTS"
        " (SELECT 1 FROM film_crew fc WHERE fc.crew_member_id = c.crew_member_id)",
    ),
    case(
        "locations we've never shot at",
        "SELECT * FROM locations l WHERE NOT EXISTS"
        " (SELECT 1 FROM shooting_days s WHERE s.location_id = l.location_id)",
    ),
    case(
        "which films were never submitted to any festival?",
        "SELECT * FROM films f WHERE NOT EXISTS"
        " (SELECT 1 FROM festival_submissions s WHERE s.film_id = f.film_id)",
    ),
    case("crew members with no email on file", "SELECT * FROM crew_members WHERE email IS NULL"),
    case(
        "films that don't have a release date yet",
        "SELECT * FROM films WHERE release_date IS NULL",
    ),
]
NAMED = [
    case(
        "what's the budget for Glass Rivers?",
        "SELECT budget_usd FROM films WHERE title = 'Glass Rivers'",
    ),
    case("when does Red Clay come out?", "SELECT release_date FROM films WHERE title = 'Red Clay'"),
    case(
        "what is Diego Tanaka's day rate?",
        "SELECT day_rate_usd FROM crew_members WHERE full_name = 'Diego Tanaka'",
    ),
    case(
        "how much is the permit for Brooklyn Bridge Park?",
        "SELECT permit_cost_usd FROM locations WHERE name = 'Brooklyn Bridge Park'",
    ),
    case("what genre is Foxglove?", "SELECT genre FROM films WHERE title = 'Foxglove'"),
    case(
        "What's Tom Lindqvist's role?",
        "SELECT role FROM crew_members WHERE full_name = 'Tom Lindqvist'",
    ),
]

MISSES: dict[str, str] = {
    "locations we've never shot at": (
        "refused: CANNOT: I could not place 'never' in the schema or its data. Closest "
        "I understand: 'how many locations' or 'show locations where setting is "
        "indoor' or 'average permit_cost_usd of locations'. For other"
    ),
}

QUESTIONS = with_misses(
    [*COUNTS, *FILTERS, *JOINS, *SUPERLATIVES, *GROUPS, *DATES, *COMPARISONS, *NEVER, *NAMED],
    MISSES,
)


SCHEMA = STUDIO  # the module's database, made by the fixtures of tests/llm/conftest.py


@pytest.mark.parametrize(("question", "gold"), QUESTIONS)
def test_studio_questions_return_the_rows_of_the_gold_sql(
    question: str, gold: str, gold_db: GoldDatabase, grounded: Grounded
) -> None:
    assert_answered(question, gold, gold_db, grounded)
