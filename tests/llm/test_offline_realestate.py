"""Held-out questions for the offline planner on a real-estate agency schema it has never seen.

Offices and their agents, properties in Dublin neighbourhoods, listings of a property for sale or
to rent, viewings booked by clients, offers made on listings and the sales they completed. The 55
questions and their gold SQL were written blind on 2026-11-30, by a helper not allowed to read
the planner, its tests or its docs. Per kind: counts 6, filters 6, joins 7, superlatives 7,
groups 6, dates 6, comparisons 6, never 5, named 6.
First sight, with the planner of 0caf327 (before any work that could see this set): 40/55; MISSES
then held that planner's answers.
After the planner work of the same day (four helpers, none of whom saw this set): 44/55.
Tuned on since (2026-11-30 evening, two waves of helpers): 53/55; MISSES holds those answers.
"""

import pytest

from tests.llm.gold import (
    GoldDatabase,
    Grounded,
    assert_answered,
    case,
    with_misses,
)
from tests.llm.realestate import REALESTATE

COUNTS = [
    case(
        "how many apartments do we have on our books?",
        "SELECT count(*) FROM properties WHERE property_type = 'apartment'",
    ),
    case("How many listings are for rent?", "SELECT count(*) FROM listings WHERE kind = 'rent'"),
    case("number of pending offers", "SELECT count(*) FROM offers WHERE status = 'pending'"),
    case(
        "how many of our agents aren't licensed yet?",
        "SELECT count(*) FROM agents WHERE NOT is_licensed",
    ),
    case(
        "how many viewings were no-shows?",
        "SELECT count(*) FROM viewings WHERE outcome = 'no_show'",
    ),
    case(
        "how many properties are there in Rathmines?",
        "SELECT count(*) FROM properties WHERE neighbourhood = 'Rathmines'",
    ),
]
FILTERS = [
    case("show me the properties with a garden", "SELECT * FROM properties WHERE has_garden"),
    case(
        "which listings have been withdrawn?",
        "SELECT * FROM listings WHERE status = 'withdrawn'",
    ),
    case(
        "list the detached houses",
        "SELECT * FROM properties WHERE property_type = 'detached_house'",
    ),
    case("first-time buyers", "SELECT * FROM clients WHERE is_first_time_buyer"),
    case("which offers were rejected?", "SELECT * FROM offers WHERE status = 'rejected'"),
    case("Which viewings got cancelled?", "SELECT * FROM viewings WHERE outcome = 'cancelled'"),
]
JOINS = [
    case(
        "which listings is Siobhan Kelly handling?",
        "SELECT l.* FROM listings l JOIN agents a ON a.agent_id = l.agent_id"
        " WHERE a.full_name = 'Siobhan Kelly'",
    ),
    case(
        "list the agents based in the Galway Docks office",
        "SELECT a.* FROM agents a JOIN offices o ON o.office_id = a.office_id"
        " WHERE o.name = 'Galway Docks'",
    ),
    case(
        "show me the offers made on properties in Sandymount",
        "SELECT o.* FROM offers o JOIN listings l ON l.listing_id = o.listing_id"
        " JOIN properties p ON p.property_id = l.property_id WHERE p.neighbourhood = 'Sandymount'",
    ),
    case(
        "viewings booked by Emma Kenny",
        "SELECT v.* FROM viewings v JOIN clients c ON c.client_id = v.client_id"
        " WHERE c.full_name = 'Emma Kenny'",
    ),
    case(
        "Which clients have had an offer accepted?",
        "SELECT * FROM clients WHERE client_id IN"
        " (SELECT client_id FROM offers WHERE status = 'accepted')",
    ),
    case(
        "which listings are for penthouses?",
        "SELECT l.* FROM listings l JOIN properties p ON p.property_id = l.property_id"
        " WHERE p.property_type = 'penthouse'",
    ),
    case(
        "show me the properties Declan Murphy has listed",
        "SELECT * FROM properties WHERE property_id IN (SELECT l.property_id FROM listings l"
        " JOIN agents a ON a.agent_id = l.agent_id WHERE a.full_name = 'Declan Murphy')",
    ),
]
SUPERLATIVES = [
    case(
        "what's the priciest listing for sale?",
        "SELECT * FROM listings WHERE kind = 'sale' ORDER BY asking_price_eur DESC LIMIT 1",
    ),
    case(
        "the cheapest rental",
        "SELECT * FROM listings WHERE kind = 'rent' ORDER BY monthly_rent_eur LIMIT 1",
    ),
    case(
        "which property is the biggest?",
        "SELECT * FROM properties ORDER BY floor_area_sqm DESC LIMIT 1",
    ),
    case("who is our longest-serving agent?", "SELECT * FROM agents ORDER BY hired_on LIMIT 1"),
    case("the three biggest offers", "SELECT * FROM offers ORDER BY amount_eur DESC LIMIT 3"),
    case(
        "Which agent has done the most viewings?",
        "SELECT a.agent_id, a.full_name, count(*) FROM viewings v JOIN agents a"
        " ON a.agent_id = v.agent_id GROUP BY 1, 2 ORDER BY 3 DESC LIMIT 1",
    ),
    case(
        "which neighbourhood has the most properties?",
        "SELECT neighbourhood, count(*) FROM properties GROUP BY 1 ORDER BY 2 DESC LIMIT 1",
    ),
]
GROUPS = [
    case(
        "how many properties of each type?",
        "SELECT property_type, count(*) FROM properties GROUP BY 1",
    ),
    case(
        "average asking price per neighbourhood",
        "SELECT p.neighbourhood, avg(l.asking_price_eur) FROM listings l JOIN properties p"
        " ON p.property_id = l.property_id WHERE l.kind = 'sale' GROUP BY 1",
    ),
    case("offers by status", "SELECT status, count(*) FROM offers GROUP BY 1"),
    case(
        "number of agents in each office",
        "SELECT o.office_id, o.name, count(*) FROM agents a JOIN offices o"
        " ON o.office_id = a.office_id GROUP BY 1, 2",
    ),
    case(
        "what's the total value of the sales we completed each year?",
        "SELECT extract(year FROM completed_on), sum(final_price_eur) FROM sales GROUP BY 1",
    ),
    case(
        "average monthly rent by number of bedrooms",
        "SELECT p.bedrooms, avg(l.monthly_rent_eur) FROM listings l JOIN properties p"
        " ON p.property_id = l.property_id WHERE l.kind = 'rent' GROUP BY 1",
    ),
]
DATES = [
    case(
        "listings added in the last 30 days",
        "SELECT * FROM listings WHERE listed_on >= current_date - 30",
    ),
    case(
        "how many sales completed in 2024?",
        "SELECT count(*) FROM sales"
        " WHERE completed_on >= '2024-01-01' AND completed_on < '2025-01-01'",
    ),
    case(
        "which viewings are booked for tomorrow?",
        "SELECT * FROM viewings WHERE scheduled_at >= current_date + 1"
        " AND scheduled_at < current_date + 2",
    ),
    case(
        "Show me the offers made this month",
        "SELECT * FROM offers WHERE made_at >= date_trunc('month', current_date)"
        " AND made_at < date_trunc('month', current_date) + interval '1 month'",
    ),
    case(
        "clients who signed up before 2021",
        "SELECT * FROM clients WHERE registered_on < '2021-01-01'",
    ),
    case(
        "which agents did we hire last year?",
        "SELECT * FROM agents WHERE hired_on >= date_trunc('year', current_date)"
        " - interval '1 year' AND hired_on < date_trunc('year', current_date)",
    ),
]
COMPARISONS = [
    case(
        "listings asking more than 650,000",
        "SELECT * FROM listings WHERE asking_price_eur > 650000",
    ),
    case(
        "rentals under 2000 euro a month",
        "SELECT * FROM listings WHERE kind = 'rent' AND monthly_rent_eur < 2000",
    ),
    case("properties with at least four bedrooms", "SELECT * FROM properties WHERE bedrooms >= 4"),
    case(
        "properties bigger than 150 square metres",
        "SELECT * FROM properties WHERE floor_area_sqm > 150",
    ),
    case("offers below 300k", "SELECT * FROM offers WHERE amount_eur < 300000"),
    case(
        "clients whose budget is over 800,000",
        "SELECT * FROM clients WHERE budget_eur > 800000",
    ),
]
NEVER = [
    case("clients with no email address", "SELECT * FROM clients WHERE email IS NULL"),
    case("offices without a manager", "SELECT * FROM offices WHERE manager_name IS NULL"),
    case(
        "which properties have never been listed?",
        "SELECT * FROM properties p WHERE NOT EXISTS"
        " (SELECT 1 FROM listings l WHERE l.property_id = p.property_id)",
    ),
    case(
        "listings that haven't had any viewings",
        "SELECT * FROM listings l WHERE NOT EXISTS"
        " (SELECT 1 FROM viewings v WHERE v.listing_id = l.listing_id)",
    ),
    case(
        "Which clients have never made an offer?",
        "SELECT * FROM clients c WHERE NOT EXISTS"
        " (SELECT 1 FROM offers o WHERE o.client_id = c.client_id)",
    ),
]
NAMED = [
    case(
        "what's Niamh Doyle's phone number?",
        "SELECT phone FROM agents WHERE full_name = 'Niamh Doyle'",
    ),
    case(
        "when did the Galway Docks office open?",
        "SELECT opened_on FROM offices WHERE name = 'Galway Docks'",
    ),
    case(
        "who manages the Cork City Centre office?",
        "SELECT manager_name FROM offices WHERE name = 'Cork City Centre'",
    ),
    case(
        "how many bedrooms does 42 Castlewood Avenue have?",
        "SELECT bedrooms FROM properties WHERE address = '42 Castlewood Avenue'",
    ),
    case(
        "what year was 93 Iona Road built?",
        "SELECT built_year FROM properties WHERE address = '93 Iona Road'",
    ),
    case(
        "What is Sophie Barry's email?",
        "SELECT email FROM clients WHERE full_name = 'Sophie Barry'",
    ),
]

MISSES: dict[str, str] = {
    "what's the total value of the sales we completed each year?": (
        'wrong rows: SELECT date_trunc(\'year\', "public"."sales"."completed_on") AS '
        '"year", sum("public"."sales"."final_price_eur") AS "sum_final_price_eur" FROM '
        '"public"."sales" GROUP BY 1 ORDER BY 1'
    ),
}

QUESTIONS = with_misses(
    [*COUNTS, *FILTERS, *JOINS, *SUPERLATIVES, *GROUPS, *DATES, *COMPARISONS, *NEVER, *NAMED],
    MISSES,
)


SCHEMA = REALESTATE  # the module's database, made by the fixtures of tests/llm/conftest.py


@pytest.mark.parametrize(("question", "gold"), QUESTIONS)
def test_realestate_questions_return_the_rows_of_the_gold_sql(
    question: str, gold: str, gold_db: GoldDatabase, grounded: Grounded
) -> None:
    assert_answered(question, gold, gold_db, grounded)
