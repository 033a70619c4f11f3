"""Scales, measured nouns and grammar words said plainly, on a schema of the planner's own.

Issue 17's general rules, asked of a film festival nothing under src/ names: a number said with
its scale ("50 million", "2.5m", "3k", "2 thousand euros") compared in the column's own scale
(budget_usd_m, gross_usd_k) or in full where a column holds plain amounts (rent_eur); a noun
after a superlative that names the number to sort by ("the biggest turnout"); words of the
offline grammar ("limit", "ordered by") read as plain words of a question; how long a row
lasted, between its start and end dates ("lasting three weeks or more", "shorter than a
month"), unless a number of the table holds it (runtime_minutes); a verb of money ("spent the
most on residencies") sums an amount of the rows it names.
"""

from collections.abc import Iterator

import pytest

from tests.llm.festival import FESTIVAL
from tests.llm.gold import GoldDatabase, Grounded, case, database_of, ground, planned, rows

SCALES = [
    case("films with a budget above 50 million", "SELECT * FROM films WHERE budget_usd_m > 50"),
    case("films with a gross over 2.5m", "SELECT * FROM films WHERE gross_usd_k > 2500"),
    case("films with a budget under $20m", "SELECT * FROM films WHERE budget_usd_m < 20"),
    case(
        "films with a budget of at least 60000000 dollars",
        "SELECT * FROM films WHERE budget_usd_m >= 60",
    ),
    case(
        "how many films have a budget over 100 million",
        "SELECT count(*) FROM films WHERE budget_usd_m > 100",
    ),
    case(
        "residencies with a fee of more than 2 thousand euros",
        "SELECT * FROM residencies WHERE fee_eur > 2000",
    ),
    case("venues with a rent below 3k", "SELECT * FROM venues WHERE rent_eur < 3000"),
]
MEASURED = [
    case(
        "which screening had the biggest turnout",
        "SELECT * FROM screenings ORDER BY turnout DESC NULLS LAST LIMIT 1",
    ),
    case(
        "which film has the largest gross",
        "SELECT * FROM films ORDER BY gross_usd_k DESC NULLS LAST LIMIT 1",
    ),
]
GRAMMAR_WORDS = [
    case(
        "screenings with a ticket limit below 150",
        "SELECT * FROM screenings WHERE ticket_limit < 150",
    ),
    case("films in order of budget", "SELECT * FROM films ORDER BY budget_usd_m"),
    case(
        "the top 2 films sorted by budget, highest first",
        "SELECT * FROM films ORDER BY budget_usd_m DESC LIMIT 2",
    ),
    case(
        "first 3 residencies ordered by fee",
        "SELECT * FROM residencies ORDER BY fee_eur LIMIT 3",
    ),
]
SPANS = [
    case(
        "residencies lasting three weeks or more",
        "SELECT * FROM residencies WHERE ends_on - begins_on >= 21",
    ),
    case(
        "residencies shorter than a month",
        "SELECT * FROM residencies WHERE ends_on < begins_on + interval '1 month'",
    ),
    case(
        "how many residencies lasted more than a fortnight",
        "SELECT count(*) FROM residencies WHERE ends_on - begins_on > 14",
    ),
    case(
        "residencies lasting at most a week",
        "SELECT * FROM residencies WHERE ends_on - begins_on <= 7",
    ),
    case(
        "screenings longer than two and a half hours",
        "SELECT * FROM screenings WHERE ends_at - starts_at > interval '150 minutes'",
    ),
    case("films longer than 2 hours", "SELECT * FROM films WHERE runtime_minutes > 120"),
    case(
        "the longest residency",
        "SELECT * FROM residencies ORDER BY ends_on - begins_on DESC LIMIT 1",
    ),
    case(
        "the shortest screening",
        "SELECT * FROM screenings ORDER BY ends_at - starts_at LIMIT 1",
    ),
    case(
        "the 2 shortest residencies",
        "SELECT * FROM residencies ORDER BY ends_on - begins_on LIMIT 2",
    ),
    case("the longest film", "SELECT * FROM films ORDER BY runtime_minutes DESC LIMIT 1"),
]
SPENT_BY_VENUE = (
    "SELECT v.venue_id, v.name, sum(r.fee_eur) FROM venues v"
    " JOIN residencies r ON r.venue_id = v.venue_id GROUP BY 1, 2 ORDER BY 3"
)
MONEY = [
    case("which venue spent the most on residency fees", SPENT_BY_VENUE + " DESC LIMIT 1"),
    case("which venue spent the most on residencies", SPENT_BY_VENUE + " DESC LIMIT 1"),
    case("which venue paid the least in fees", SPENT_BY_VENUE + " LIMIT 1"),
]
QUESTIONS = SCALES + MEASURED + GRAMMAR_WORDS + SPANS + MONEY


@pytest.fixture(scope="module")
def festival(pg_server: str) -> Iterator[GoldDatabase]:
    """The festival, in a database of this module's own."""
    with database_of(pg_server, FESTIVAL) as db:
        yield db


@pytest.fixture(scope="module")
async def grounded(festival: GoldDatabase) -> Grounded:
    """Every table of the festival, and the values found in its data."""
    return await ground(festival.url)


@pytest.mark.parametrize(("question", "gold"), QUESTIONS)
def test_scaled_and_measured_questions_return_the_rows_of_the_gold_sql(
    question: str, gold: str, festival: GoldDatabase, grounded: Grounded
) -> None:
    sql = planned(question, grounded)
    assert rows(festival, sql) == rows(festival, gold), sql
