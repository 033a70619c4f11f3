"""Questions about which table a value and a join path mean, on a sailing club and on
community gardens.

Harbours, sailors (each with a home harbour), boats and their hires; garden sites, plots,
inspectors who visit plots, and the households that share a plot. Written on 2026-11-30 before
the rules, to check they generalise: a value stored in two tables ("open" hires and harbours,
a borough of plots and of inspectors) is the one of the table the question names.
"""

import pytest

from tests.llm.gold import (
    GoldDatabase,
    Grounded,
    assert_answered,
    case,
    with_misses,
)
from tests.llm.joins_world import JOINS_WORLD

VALUES = [
    case("number of open hires", "SELECT count(*) FROM hires WHERE status = 'open'"),
    case("number of open repair jobs", "SELECT count(*) FROM repair_jobs WHERE status = 'open'"),
    case(
        "which boats have an open repair job?",
        "SELECT DISTINCT b.* FROM boats b JOIN repair_jobs r ON r.boat_id = b.boat_id "
        "WHERE r.status = 'open'",
    ),
    case(
        "visits to Northside raised beds",
        "SELECT v.* FROM visits v JOIN plots p ON p.plot_id = v.plot_id "
        "WHERE p.borough = 'Northside' AND p.kind = 'raised_bed'",
    ),
    case(
        "how many Southside allotments are there?",
        "SELECT count(*) FROM plots WHERE borough = 'Southside' AND kind = 'allotment'",
    ),
]
# "the business", "the company" are the organisation itself, unless said before a table's word.
NAMED = [
    case(
        "hires at the Business rate",
        "SELECT h.* FROM hires h JOIN rates r ON r.rate_id = h.rate_id WHERE r.name = 'Business'",
    ),
    case(
        "which sailors hired a boat at the Company rate?",
        "SELECT DISTINCT s.* FROM sailors s JOIN hires h ON h.sailor_id = s.sailor_id "
        "JOIN rates r ON r.rate_id = h.rate_id WHERE r.name = 'Company'",
    ),
    case("how many hires has the business had?", "SELECT count(*) FROM hires"),
]
# A link row joins both its keys: a sailor's hires reach the boat's harbour, not the sailor's
# home harbour; "done" names no table ("donors").
LINKED = [
    case(
        "which sailors have hired a boat at Pier Head?",
        "SELECT DISTINCT s.* FROM sailors s JOIN hires h ON h.sailor_id = s.sailor_id "
        "JOIN boats b ON b.boat_id = h.boat_id JOIN harbours p ON p.harbour_id = b.harbour_id "
        "WHERE p.name = 'Pier Head'",
    ),
    case(
        "sailors who hired a boat at Mill Cove",
        "SELECT DISTINCT s.* FROM sailors s JOIN hires h ON h.sailor_id = s.sailor_id "
        "JOIN boats b ON b.boat_id = h.boat_id JOIN harbours p ON p.harbour_id = b.harbour_id "
        "WHERE p.name = 'Mill Cove'",
    ),
    case(
        "which inspectors have done a visit at Canal Bank?",
        "SELECT DISTINCT i.* FROM inspectors i JOIN visits v ON v.inspector_id = i.inspector_id "
        "JOIN plots p ON p.plot_id = v.plot_id JOIN sites s ON s.site_id = p.site_id "
        "WHERE s.name = 'Canal Bank'",
    ),
]
# "households of 6 or more people": a number of people is the named table's size.
SIZES = [
    case("households of 4 or more people", "SELECT * FROM households WHERE household_size >= 4"),
    case(
        "plots given to households of 6 or more people",
        "SELECT DISTINCT p.* FROM plots p JOIN households h ON h.plot_id = p.plot_id "
        "WHERE h.household_size >= 6",
    ),
    case(
        "visits to plots of households of at least 5 people",
        "SELECT v.* FROM visits v JOIN households h ON h.plot_id = v.plot_id "
        "WHERE h.household_size >= 5",
    ),
]
# A verb before a preposition is no close spelling of a value: "plant in" is not 'planting'.
VERBS = [
    case(
        "which sites did we plant in Northside?",
        "SELECT * FROM sites WHERE borough = 'Northside'",
    ),
    case(
        "which harbours did we sail in Kingsport?",
        "SELECT * FROM harbours WHERE town = 'Kingsport'",
    ),
    case(
        "sites in the planting season",
        "SELECT * FROM sites WHERE season = 'planting'",
    ),
]

MISSES: dict[str, str] = {}

QUESTIONS = with_misses([*VALUES, *NAMED, *LINKED, *SIZES, *VERBS], MISSES)


SCHEMA = JOINS_WORLD  # the module's database, made by the fixtures of tests/llm/conftest.py


@pytest.mark.parametrize(("question", "gold"), QUESTIONS)
def test_joins_world_questions_return_the_rows_of_the_gold_sql(
    question: str, gold: str, gold_db: GoldDatabase, grounded: Grounded
) -> None:
    assert_answered(question, gold, gold_db, grounded)
