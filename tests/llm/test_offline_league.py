"""Held-out questions for the offline planner on a football league schema it has never seen.

Clubs and their stadiums, players with positions (an enum), seasons, matches with a home and
an away club, goals with a scorer and an assist, and transfers from one club to another. The 55
questions and their gold SQL were written blind on 2026-11-30, by a helper not allowed to read
the planner, its tests or its docs. Per kind: counts 6, filters 6, joins 7, superlatives 7,
per-group aggregates 6, dates 6, comparisons 6, never/without 5, values of named rows 6.
First sight with the planner of 2026-11-30 morning: 24/55. Tuned on since (2026-11-30
afternoon): 46/55, so no longer a held-out measure.
"""

import pytest

from tests.llm.gold import (
    GoldDatabase,
    Grounded,
    assert_answered,
    case,
    with_misses,
)
from tests.llm.league import LEAGUE

COUNTS = [
    case(
        "how many goalkeepers are there?",
        "SELECT count(*) FROM players WHERE position = 'goalkeeper'",
    ),
    case(
        "How many matches have been postponed?",
        "SELECT count(*) FROM matches WHERE status = 'postponed'",
    ),
    case("how many penalties have been scored", "SELECT count(*) FROM goals WHERE is_penalty"),
    case(
        "How many left-footed players do we have?",
        "SELECT count(*) FROM players WHERE preferred_foot = 'left'",
    ),
    case("How many stadiums have a roof?", "SELECT count(*) FROM stadiums WHERE has_roof"),
    case("number of loan deals?", "SELECT count(*) FROM transfers WHERE kind = 'loan'"),
]
FILTERS = [
    case("injured players?", "SELECT * FROM players WHERE is_injured"),
    case(
        "Show me the defenders from Brazil",
        "SELECT * FROM players WHERE position = 'defender' AND nationality = 'Brazil'",
    ),
    case(
        "Could you tell me which stadiums have an artificial pitch?",
        "SELECT * FROM stadiums WHERE surface = 'artificial'",
    ),
    case("Who are the club captains?", "SELECT * FROM players WHERE is_captain"),
    case("Show me the free transfers", "SELECT * FROM transfers WHERE kind = 'free'"),
    case("Which clubs play in red?", "SELECT * FROM clubs WHERE kit_colour = 'red'"),
]
JOINS = [
    case(
        "Which players play for Castlebridge Rovers?",
        "SELECT p.* FROM players p JOIN clubs c ON c.club_id = p.club_id"
        " WHERE c.name = 'Castlebridge Rovers'",
    ),
    case(
        "show me the clubs that play their home games at Riverside Park",
        "SELECT c.* FROM clubs c JOIN stadiums s ON s.stadium_id = c.stadium_id"
        " WHERE s.name = 'Riverside Park'",
    ),
    case(
        "List every goal Leon Fischer has scored",
        "SELECT g.* FROM goals g JOIN players p ON p.player_id = g.scorer_id"
        " WHERE p.first_name = 'Leon' AND p.last_name = 'Fischer'",
    ),
    case(
        "Which players has Ashford United signed?",
        "SELECT p.* FROM players p JOIN transfers t ON t.player_id = p.player_id"
        " JOIN clubs c ON c.club_id = t.to_club_id WHERE c.name = 'Ashford United'",
    ),
    case(
        "Grantham Wanderers home matches",
        "SELECT m.* FROM matches m JOIN clubs c ON c.club_id = m.home_club_id"
        " WHERE c.name = 'Grantham Wanderers'",
    ),
    case(
        "Which matches took place at Crown Meadow?",
        "SELECT m.* FROM matches m JOIN stadiums s ON s.stadium_id = m.stadium_id"
        " WHERE s.name = 'Crown Meadow'",
    ),
    case(
        "list the transfers of Ivan Petrov",
        "SELECT t.* FROM transfers t JOIN players p ON p.player_id = t.player_id"
        " WHERE p.first_name = 'Ivan' AND p.last_name = 'Petrov'",
    ),
]
SUPERLATIVES = [
    case("Who is the tallest player?", "SELECT * FROM players ORDER BY height_cm DESC LIMIT 1"),
    case("what's the oldest stadium", "SELECT * FROM stadiums ORDER BY opened_year LIMIT 1"),
    case(
        "Which match drew the biggest crowd?",
        "SELECT * FROM matches ORDER BY attendance DESC NULLS LAST LIMIT 1",
    ),
    case(
        "Which player has the highest market value?",
        "SELECT * FROM players ORDER BY market_value_eur_m DESC LIMIT 1",
    ),
    case(
        "Who has scored the most goals?",
        "SELECT p.player_id, p.first_name, p.last_name, count(*) FROM players p"
        " JOIN goals g ON g.scorer_id = p.player_id"
        " GROUP BY p.player_id ORDER BY count(*) DESC LIMIT 1",
    ),
    case(
        "who has the most assists?",
        "SELECT p.player_id, p.first_name, p.last_name, count(*) FROM players p"
        " JOIN goals g ON g.assist_id = p.player_id"
        " GROUP BY p.player_id ORDER BY count(*) DESC LIMIT 1",
    ),
    case(
        "Which club has spent the most on transfer fees?",
        "SELECT c.club_id, c.name, sum(t.fee_eur_m) FROM clubs c"
        " JOIN transfers t ON t.to_club_id = c.club_id"
        " GROUP BY c.club_id ORDER BY sum(t.fee_eur_m) DESC NULLS LAST LIMIT 1",
    ),
]
GROUPS = [
    case(
        "How many players does each club have?",
        "SELECT c.club_id, c.name, count(*) FROM clubs c"
        " JOIN players p ON p.club_id = c.club_id GROUP BY c.club_id",
    ),
    case("players per position", "SELECT position, count(*) FROM players GROUP BY 1"),
    case(
        "What's the average height for each position?",
        "SELECT position, avg(height_cm) FROM players GROUP BY 1",
    ),
    case(
        "how many goals were scored in each season?",
        "SELECT s.season_id, s.name, count(*) FROM seasons s"
        " JOIN matches m ON m.season_id = s.season_id JOIN goals g ON g.match_id = m.match_id"
        " GROUP BY s.season_id",
    ),
    case(
        "average attendance at each stadium",
        "SELECT s.stadium_id, s.name, avg(m.attendance) FROM stadiums s"
        " JOIN matches m ON m.stadium_id = s.stadium_id GROUP BY s.stadium_id",
    ),
    case(
        "How many transfers were there of each type?",
        "SELECT kind, count(*) FROM transfers GROUP BY 1",
    ),
]
DATES = [
    case(
        "Which players were born before 1995?",
        "SELECT * FROM players WHERE birth_date < '1995-01-01'",
    ),
    case(
        "How many matches were played last month?",
        "SELECT count(*) FROM matches WHERE status = 'played'"
        " AND kickoff_at >= date_trunc('month', current_date) - interval '1 month'"
        " AND kickoff_at < date_trunc('month', current_date)",
    ),
    case(
        "show me this year's transfers",
        "SELECT * FROM transfers WHERE transfer_date >= date_trunc('year', current_date)",
    ),
    case("stadiums opened before 1900", "SELECT * FROM stadiums WHERE opened_year < 1900"),
    case(
        "Which matches were played in the last 30 days?",
        "SELECT * FROM matches WHERE status = 'played'"
        " AND kickoff_at >= current_date - 30 AND kickoff_at < current_date",
    ),
    case(
        "What matches were there in March 2025?",
        "SELECT * FROM matches WHERE kickoff_at >= '2025-03-01' AND kickoff_at < '2025-04-01'",
    ),
]
COMPARISONS = [
    case(
        "Which stadiums hold more than 30,000 people?",
        "SELECT * FROM stadiums WHERE capacity > 30000",
    ),
    case(
        "players worth more than 40 million",
        "SELECT * FROM players WHERE market_value_eur_m > 40",
    ),
    case("Who is shorter than 175 cm?", "SELECT * FROM players WHERE height_cm < 175"),
    case(
        "Which games had at least five goals?",
        "SELECT * FROM matches WHERE home_goals + away_goals >= 5",
    ),
    case(
        "I'd like to see every transfer that cost more than 20 million, please",
        "SELECT * FROM transfers WHERE fee_eur_m > 20",
    ),
    case("goals scored after the 85th minute", "SELECT * FROM goals WHERE minute > 85"),
]
NEVER = [
    case(
        "Which clubs don't have a head coach at the moment?",
        "SELECT * FROM clubs WHERE head_coach IS NULL",
    ),
    case("players without a club", "SELECT * FROM players WHERE club_id IS NULL"),
    case(
        "Which players have never scored?",
        "SELECT * FROM players p"
        " WHERE NOT EXISTS (SELECT 1 FROM goals g WHERE g.scorer_id = p.player_id)",
    ),
    case(
        "Which stadiums have no home club?",
        "SELECT * FROM stadiums s"
        " WHERE NOT EXISTS (SELECT 1 FROM clubs c WHERE c.stadium_id = s.stadium_id)",
    ),
    case("Show me the goals that had no assist", "SELECT * FROM goals WHERE assist_id IS NULL"),
]
NAMED = [
    case(
        "When was Rafael Tavares born?",
        "SELECT birth_date FROM players WHERE first_name = 'Rafael' AND last_name = 'Tavares'",
    ),
    case(
        "what's the capacity of Bridge Lane?",
        "SELECT capacity FROM stadiums WHERE name = 'Bridge Lane'",
    ),
    case(
        "Who coaches Eastwick Albion?",
        "SELECT head_coach FROM clubs WHERE name = 'Eastwick Albion'",
    ),
    case(
        "What year was Grantham Wanderers founded?",
        "SELECT founded_year FROM clubs WHERE name = 'Grantham Wanderers'",
    ),
    case(
        "What shirt number does Daniel Okafor wear?",
        "SELECT shirt_number FROM players WHERE first_name = 'Daniel' AND last_name = 'Okafor'",
    ),
    case("When does the 2025/26 season end?", "SELECT ends_on FROM seasons WHERE name = '2025/26'"),
]

# First sight (planner of ab97950, before that session's vocabulary and adjective work): 20/55.
# With that work (the merge that wrote these misses): 24/55.
# Known misses, each with the planner's answer:
MISSES: dict[str, str] = {
    "Which players has Ashford United signed?": (
        'wrong rows: SELECT "public"."players".* FROM "public"."players" JOIN '
        '"public"."clubs" ON "public"."players"."club_id" = "public"."clubs"."club_id" '
        'WHERE "public"."clubs"."name" = \'Ashford United\''
    ),
    "Which club has spent the most on transfer fees?": (
        'wrong rows: SELECT "public"."clubs"."club_id", "public"."clubs"."name", '
        'sum("public"."transfers"."fee_eur_m") AS "sum_fee_eur_m" FROM '
        '"public"."transfers" JOIN "public"."clubs" ON '
        '"public"."transfers"."from_club_id" = "public"."clubs"."club_id" GROUP BY '
        '"public"."clubs"."club_id", "public"."clubs"."name" ORDER BY "sum_fee_eur_m" '
        'DESC NULLS LAST, "public"."clubs"."club_id" LIMIT 1'
    ),
    "Which games had at least five goals?": (
        'wrong rows: SELECT DISTINCT "public"."matches".* FROM "public"."matches" JOIN '
        '"public"."goals" ON "public"."matches"."match_id" = '
        '"public"."goals"."match_id" WHERE "public"."matches"."home_goals" >= 5'
    ),
}

QUESTIONS = with_misses(
    [*COUNTS, *FILTERS, *JOINS, *SUPERLATIVES, *GROUPS, *DATES, *COMPARISONS, *NEVER, *NAMED],
    MISSES,
)


SCHEMA = LEAGUE  # the module's database, made by the fixtures of tests/llm/conftest.py


@pytest.mark.parametrize(("question", "gold"), QUESTIONS)
def test_league_questions_return_the_rows_of_the_gold_sql(
    question: str, gold: str, gold_db: GoldDatabase, grounded: Grounded
) -> None:
    assert_answered(question, gold, gold_db, grounded)
