"""What a superlative measures, on a ferry line, a crowdfunding site and a web host in one database.

Written on 2026-11-30 before the rules they check, to show that they hold beyond the sets that
prompted them (studio, races, saas, parking, coworking, foodbank): "the longest <row>" sorts by
its distance, "the most expensive <words of a money column>" by that column, "which terminal
has the most berths" (a kind of port) by its own number, "the highest paid <person>" by their
pay, "the longest-serving <two-word table>" is one row, "which of our routes was opened first"
sorts by the date the verb names, "who has made the most route inspections" counts them per
person (not per route), "how many crossing minutes" sums them, "the most passengers on it" is
the sailing's own number, "which route have we sailed most often" counts its sailings, "ridden"
counts trips, "which customer" names accounts, and "the most money" put in by a row sums its
child rows' money.
"""

import pytest

from tests.llm.gold import (
    GoldDatabase,
    Grounded,
    assert_answered,
    case,
    with_misses,
)
from tests.llm.measures_world import MEASURES_WORLD

LONGEST = [
    case(
        "what is our longest route?",
        "SELECT * FROM routes ORDER BY distance_nm DESC LIMIT 1",
    ),
    case(
        "which is the shortest route?",
        "SELECT * FROM routes ORDER BY distance_nm LIMIT 1",
    ),
]
EXPENSIVE = [
    case(
        "which route has the most expensive ticket price?",
        "SELECT * FROM routes ORDER BY ticket_price_eur DESC LIMIT 1",
    ),
    case(
        "which project has the least expensive goal?",
        "SELECT * FROM projects ORDER BY goal_usd LIMIT 1",
    ),
]
NUMBERS = [
    case(
        "which terminal has the most berths?",
        "SELECT * FROM ports WHERE kind = 'terminal' ORDER BY berths DESC LIMIT 1",
    ),
    case(
        "which gadget has the most reward tiers?",
        "SELECT * FROM projects WHERE category = 'gadget' ORDER BY reward_tiers DESC LIMIT 1",
    ),
    case(
        "which harbour has the fewest berths?",
        "SELECT * FROM ports WHERE kind = 'harbour' ORDER BY berths LIMIT 1",
    ),
]
PAID = [
    case(
        "who is our highest paid customs officer?",
        "SELECT * FROM customs_officers ORDER BY daily_rate_eur DESC LIMIT 1",
    ),
    case(
        "which customs officer is the lowest paid?",
        "SELECT * FROM customs_officers ORDER BY daily_rate_eur LIMIT 1",
    ),
    case(
        "who are our best paid customs officers?",
        "SELECT * FROM customs_officers ORDER BY daily_rate_eur DESC",
    ),
    case(
        "the two best-paid customs officers",
        "SELECT * FROM customs_officers ORDER BY daily_rate_eur DESC LIMIT 2",
    ),
]
SERVING = [
    case(
        "our longest-serving customs officer",
        "SELECT * FROM customs_officers ORDER BY joined_on LIMIT 1",
    ),
]
FIRST = [
    case(
        "which of our routes was opened first?",
        "SELECT * FROM routes ORDER BY opened_on LIMIT 1",
    ),
    case(
        "which project was launched last?",
        "SELECT * FROM projects ORDER BY launched_on DESC LIMIT 1",
    ),
    case(
        "which of the pledges was made first?",
        "SELECT * FROM pledges ORDER BY pledged_on LIMIT 1",
    ),
]
WHO = [
    case(
        "who has made the most route inspections?",
        "SELECT o.officer_id, o.full_name, count(*) FROM customs_officers o "
        "JOIN route_inspections i ON i.officer_id = o.officer_id "
        "GROUP BY 1, 2 ORDER BY 3 DESC LIMIT 1",
    ),
    case(
        "who has posted the most project comments?",
        "SELECT b.backer_id, b.full_name, count(*) FROM backers b "
        "JOIN project_comments c ON c.backer_id = b.backer_id "
        "GROUP BY 1, 2 ORDER BY 3 DESC LIMIT 1",
    ),
]
ON_IT = [
    case(
        "which sailing had the most passengers on it?",
        "SELECT * FROM sailings ORDER BY passengers DESC LIMIT 1",
    ),
    case(
        "which project has the most comments on it?",
        "SELECT j.project_id, j.title, count(*) FROM projects j JOIN project_comments c "
        "ON c.project_id = j.project_id GROUP BY 1, 2 ORDER BY 3 DESC LIMIT 1",
    ),
]
OFTEN = [
    case(
        "which route have we sailed most often?",
        "SELECT r.route_id, r.name, count(*) FROM routes r JOIN sailings s "
        "ON s.route_id = r.route_id GROUP BY 1, 2 ORDER BY 3 DESC LIMIT 1",
    ),
    case(
        "which port have we sailed from most often?",
        "SELECT p.port_id, p.name, count(*) FROM ports p JOIN routes r ON r.home_port_id = "
        "p.port_id JOIN sailings s ON s.route_id = r.route_id "
        "GROUP BY 1, 2 ORDER BY 3 DESC LIMIT 1",
    ),
    case(
        "which project have people commented on most often?",
        "SELECT j.project_id, j.title, count(*) FROM projects j JOIN project_comments c "
        "ON c.project_id = j.project_id GROUP BY 1, 2 ORDER BY 3 DESC LIMIT 1",
    ),
]
RIDDEN = [
    case(
        "which traveller has ridden the most times?",
        "SELECT t.traveller_id, t.full_name, count(*) FROM travellers t JOIN trips r "
        "ON r.traveller_id = t.traveller_id GROUP BY 1, 2 ORDER BY 3 DESC LIMIT 1",
    ),
    case(
        "which sailing was ridden the least?",
        "SELECT s.sailing_id, count(*) FROM sailings s JOIN trips r ON r.sailing_id = s.sailing_id"
        " GROUP BY 1 ORDER BY 2, 1 LIMIT 1",
    ),
]
UNITS = [
    case(
        "how many crossing minutes has each route had?",
        "SELECT r.route_id, r.name, sum(s.crossing_minutes) FROM routes r "
        "JOIN sailings s ON s.route_id = r.route_id GROUP BY 1, 2",
    ),
    case(
        "how many inspection minutes per customs officer?",
        "SELECT o.officer_id, o.full_name, sum(i.duration_minutes) FROM customs_officers o "
        "JOIN route_inspections i ON i.officer_id = o.officer_id GROUP BY 1, 2",
    ),
]
CUSTOMERS = [
    case(
        "which customer has had the most page views?",
        "SELECT a.account_id, a.company_name, sum(s.page_views) FROM accounts a "
        "JOIN hosted_sites s ON s.account_id = a.account_id GROUP BY 1, 2 ORDER BY 3 DESC LIMIT 1",
    ),
    case(
        "who is our newest customer?",
        "SELECT * FROM accounts ORDER BY signed_up_on DESC LIMIT 1",
    ),
]
MONEY = [
    case(
        "which backer has put the most money into projects?",
        "SELECT b.backer_id, b.full_name, sum(p.amount_usd) FROM backers b JOIN pledges p "
        "ON p.backer_id = b.backer_id GROUP BY 1, 2 ORDER BY 3 DESC LIMIT 1",
    ),
    case(
        "which project has received the most money?",
        "SELECT j.project_id, j.title, sum(p.amount_usd) FROM projects j JOIN pledges p "
        "ON p.project_id = j.project_id GROUP BY 1, 2 ORDER BY 3 DESC LIMIT 1",
    ),
]

MISSES: dict[str, str] = {}

QUESTIONS = with_misses(
    [
        *LONGEST,
        *EXPENSIVE,
        *NUMBERS,
        *PAID,
        *SERVING,
        *FIRST,
        *WHO,
        *ON_IT,
        *OFTEN,
        *RIDDEN,
        *UNITS,
        *CUSTOMERS,
        *MONEY,
    ],
    MISSES,
)


SCHEMA = MEASURES_WORLD  # the module's database, made by the fixtures of tests/llm/conftest.py


@pytest.mark.parametrize(("question", "gold"), QUESTIONS)
def test_measures_world_questions_return_the_rows_of_the_gold_sql(
    question: str, gold: str, gold_db: GoldDatabase, grounded: Grounded
) -> None:
    assert_answered(question, gold, gold_db, grounded)
