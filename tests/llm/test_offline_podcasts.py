"""Held-out questions for the offline planner on a podcast network schema it has never seen.

Hosts, shows (each with a host and an optional co-host, two keys to hosts), episodes, guests
linked to the episodes they appeared on through a table of appearances, sponsors, ad reads (an
episode, a sponsor and the host who read it) and daily downloads per episode. The 55 questions
and their gold SQL were written blind on 2026-11-30, by a helper not allowed to read the planner,
its tests or its docs. Per kind: counts 6, filters 6, joins 7, superlatives 7, groups 6, dates 6,
comparisons 6, never 5, named 6.
First sight, with the planner of c14cf91: 49/55. A dev set: its misses were read and worked on
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
from tests.llm.podcasts import PODCASTS

COUNTS = [
    case(
        "how many episodes have been published?",
        "SELECT count(*) FROM episodes WHERE status = 'published'",
    ),
    case(
        "How many true crime shows do we have?",
        "SELECT count(*) FROM shows WHERE genre = 'true_crime'",
    ),
    case(
        "number of mid-roll ad reads",
        "SELECT count(*) FROM ad_reads WHERE placement = 'mid_roll'",
    ),
    case("how many sponsors are active", "SELECT count(*) FROM sponsors WHERE is_active"),
    case("How many of our hosts are freelancers?", "SELECT count(*) FROM hosts WHERE is_freelance"),
    case("how many guests are from Toronto", "SELECT count(*) FROM guests WHERE city = 'Toronto'"),
]
FILTERS = [
    case("show me the explicit shows", "SELECT * FROM shows WHERE is_explicit"),
    case("list the bonus episodes", "SELECT * FROM episodes WHERE is_bonus"),
    case("which episodes were pulled?", "SELECT * FROM episodes WHERE status = 'pulled'"),
    case("post-roll ads", "SELECT * FROM ad_reads WHERE placement = 'post_roll'"),
    case(
        "Which sponsors are software companies?",
        "SELECT * FROM sponsors WHERE industry = 'software'",
    ),
    case(
        "which shows are released biweekly",
        "SELECT * FROM shows WHERE release_cadence = 'biweekly'",
    ),
]
JOINS = [
    case(
        "list the episodes of Midnight Ledger",
        "SELECT e.* FROM episodes e JOIN shows s ON s.show_id = e.show_id"
        " WHERE s.title = 'Midnight Ledger'",
    ),
    case(
        "which guests have been on Founders Table?",
        "SELECT * FROM guests WHERE guest_id IN (SELECT eg.guest_id FROM episode_guests eg"
        " JOIN episodes e ON e.episode_id = eg.episode_id JOIN shows s ON s.show_id = e.show_id"
        " WHERE s.title = 'Founders Table')",
    ),
    case(
        "shows hosted by Maya Okafor",
        "SELECT s.* FROM shows s JOIN hosts h ON h.host_id = s.host_id"
        " WHERE h.full_name = 'Maya Okafor'",
    ),
    case(
        "ad reads for Northwind Bank",
        "SELECT a.* FROM ad_reads a JOIN sponsors sp ON sp.sponsor_id = a.sponsor_id"
        " WHERE sp.company_name = 'Northwind Bank'",
    ),
    case(
        "Which sponsors have advertised on Laugh Track?",
        "SELECT * FROM sponsors WHERE sponsor_id IN (SELECT a.sponsor_id FROM ad_reads a"
        " JOIN episodes e ON e.episode_id = a.episode_id JOIN shows s ON s.show_id = e.show_id"
        " WHERE s.title = 'Laugh Track')",
    ),
    case(
        "episodes featuring Helen Park",
        "SELECT * FROM episodes WHERE episode_id IN (SELECT eg.episode_id FROM episode_guests eg"
        " JOIN guests g ON g.guest_id = eg.guest_id WHERE g.full_name = 'Helen Park')",
    ),
    case(
        "ad reads done by Daniel Reyes",
        "SELECT a.* FROM ad_reads a JOIN hosts h ON h.host_id = a.read_by_host_id"
        " WHERE h.full_name = 'Daniel Reyes'",
    ),
]
SUPERLATIVES = [
    case(
        "what's our longest episode?",
        "SELECT * FROM episodes ORDER BY duration_minutes DESC LIMIT 1",
    ),
    case("the most expensive ad read", "SELECT * FROM ad_reads ORDER BY fee_usd DESC LIMIT 1"),
    case("Which is our newest show?", "SELECT * FROM shows ORDER BY launched_on DESC LIMIT 1"),
    case(
        "top 3 sponsors by monthly budget",
        "SELECT * FROM sponsors ORDER BY monthly_budget_usd DESC LIMIT 3",
    ),
    case(
        "which show has the most episodes?",
        "SELECT s.show_id, s.title, count(*) FROM episodes e JOIN shows s"
        " ON s.show_id = e.show_id GROUP BY 1, 2 ORDER BY 3 DESC LIMIT 1",
    ),
    case(
        "who has guested on the most episodes",
        "SELECT g.guest_id, g.full_name, count(*) FROM episode_guests eg JOIN guests g"
        " ON g.guest_id = eg.guest_id GROUP BY 1, 2 ORDER BY 3 DESC LIMIT 1",
    ),
    case(
        "Which episode got the most downloads in total?",
        "SELECT e.episode_id, e.title, sum(d.downloads) FROM daily_downloads d JOIN episodes e"
        " ON e.episode_id = d.episode_id GROUP BY 1, 2 ORDER BY 3 DESC LIMIT 1",
    ),
]
GROUPS = [
    case("how many shows per genre?", "SELECT genre, count(*) FROM shows GROUP BY 1"),
    case("episodes by status", "SELECT status, count(*) FROM episodes GROUP BY 1"),
    case(
        "total ad revenue for each placement",
        "SELECT placement, sum(fee_usd) FROM ad_reads GROUP BY 1",
    ),
    case(
        "What's the average episode length for each show?",
        "SELECT s.show_id, s.title, avg(e.duration_minutes) FROM episodes e JOIN shows s"
        " ON s.show_id = e.show_id GROUP BY 1, 2",
    ),
    case(
        "how many ad reads has each sponsor bought",
        "SELECT sp.sponsor_id, sp.company_name, count(*) FROM ad_reads a JOIN sponsors sp"
        " ON sp.sponsor_id = a.sponsor_id GROUP BY 1, 2",
    ),
    case(
        "total downloads per day",
        "SELECT download_date, sum(downloads) FROM daily_downloads GROUP BY 1",
    ),
]
DATES = [
    case(
        "episodes published in 2025",
        "SELECT * FROM episodes WHERE published_at >= '2025-01-01' AND published_at < '2026-01-01'",
    ),
    case(
        "How many shows launched before 2022?",
        "SELECT count(*) FROM shows WHERE launched_on < '2022-01-01'",
    ),
    case(
        "sponsors that signed during summer 2024",
        "SELECT * FROM sponsors"
        " WHERE contract_signed_on >= '2024-06-01' AND contract_signed_on < '2024-09-01'",
    ),
    case(
        "which episodes came out in March 2025?",
        "SELECT * FROM episodes WHERE published_at >= '2025-03-01' AND published_at < '2025-04-01'",
    ),
    case(
        "shows that ended in 2025",
        "SELECT * FROM shows WHERE ended_on >= '2025-01-01' AND ended_on < '2026-01-01'",
    ),
    case(
        "hosts who joined the network after June 2022",
        "SELECT * FROM hosts WHERE joined_network_on >= '2022-07-01'",
    ),
]
COMPARISONS = [
    case("episodes longer than 60 minutes", "SELECT * FROM episodes WHERE duration_minutes > 60"),
    case("ad reads that paid over $1,000", "SELECT * FROM ad_reads WHERE fee_usd > 1000"),
    case("shows rated above 4.5", "SELECT * FROM shows WHERE listener_rating > 4.5"),
    case(
        "sponsors with a monthly budget under 10000",
        "SELECT * FROM sponsors WHERE monthly_budget_usd < 10000",
    ),
    case("hosts whose day rate is at least $900", "SELECT * FROM hosts WHERE day_rate_usd >= 900"),
    case(
        "guest appearances with a fee above 500 dollars",
        "SELECT * FROM episode_guests WHERE appearance_fee_usd > 500",
    ),
]
NEVER = [
    case(
        "guests who have never been on an episode",
        "SELECT * FROM guests g WHERE NOT EXISTS"
        " (SELECT 1 FROM episode_guests eg WHERE eg.guest_id = g.guest_id)",
    ),
    case("hosts without an email address", "SELECT * FROM hosts WHERE email IS NULL"),
    case("Which shows have no co-host?", "SELECT * FROM shows WHERE co_host_id IS NULL"),
    case(
        "episodes with no ad reads",
        "SELECT * FROM episodes e WHERE NOT EXISTS"
        " (SELECT 1 FROM ad_reads a WHERE a.episode_id = e.episode_id)",
    ),
    case(
        "which hosts have never read an ad?",
        "SELECT * FROM hosts h WHERE NOT EXISTS"
        " (SELECT 1 FROM ad_reads a WHERE a.read_by_host_id = h.host_id)",
    ),
]
NAMED = [
    case(
        "when did Laugh Track launch?",
        "SELECT launched_on FROM shows WHERE title = 'Laugh Track'",
    ),
    case(
        "what's Priya Raman's day rate",
        "SELECT day_rate_usd FROM hosts WHERE full_name = 'Priya Raman'",
    ),
    case(
        "how long is The Orchard Letters?",
        "SELECT duration_minutes FROM episodes WHERE title = 'The Orchard Letters'",
    ),
    case(
        "What industry is Stackforge in?",
        "SELECT industry FROM sponsors WHERE company_name = 'Stackforge'",
    ),
    case(
        "what does Nora Lindgren do for a living",
        "SELECT occupation FROM guests WHERE full_name = 'Nora Lindgren'",
    ),
    case(
        "how often does Morning Brief come out?",
        "SELECT release_cadence FROM shows WHERE title = 'Morning Brief'",
    ),
]

MISSES: dict[str, str] = {}

QUESTIONS = with_misses(
    [*COUNTS, *FILTERS, *JOINS, *SUPERLATIVES, *GROUPS, *DATES, *COMPARISONS, *NEVER, *NAMED],
    MISSES,
)


SCHEMA = PODCASTS  # the module's database, made by the fixtures of tests/llm/conftest.py


@pytest.mark.parametrize(("question", "gold"), QUESTIONS)
def test_podcasts_questions_return_the_rows_of_the_gold_sql(
    question: str, gold: str, gold_db: GoldDatabase, grounded: Grounded
) -> None:
    assert_answered(question, gold, gold_db, grounded)
