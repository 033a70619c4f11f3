"""Questions about people and groups held in text columns, on a dog grooming salon schema.

Written on 2026-11-30 before the rules they check were built, worded the way a salon manager
would ask them. The groomer and the cashier are only names in a column (``groomer_name``,
``cashier_name``), so "which groomer …" and "tips for each groomer" group by that column; "units
sold" adds up the sales, not the products' stock; a value word ("lapsed", "no-shows") or a flag
("loyalty members") filters the subject rather than joining another table. First sight, on the
planner before these rules: 9/17; after them 17/17. LATER holds three questions added after.
"""

import pytest

from tests.llm.gold import (
    GoldDatabase,
    Grounded,
    assert_answered,
    case,
    with_misses,
)
from tests.llm.textcols_world import TEXTCOLS_WORLD

PEOPLE = [
    case(
        "Which groomer has the most appointments?",
        "SELECT groomer_name, count(*) FROM appointments GROUP BY 1 ORDER BY 2 DESC LIMIT 1",
    ),
    case(
        "how many appointments has each groomer had?",
        "SELECT groomer_name, count(*) FROM appointments GROUP BY 1",
    ),
    case(
        "total tips for each groomer",
        "SELECT groomer_name, sum(tip_eur) FROM appointments GROUP BY 1",
    ),
    case(
        "top 3 groomers by total charged",
        "SELECT groomer_name, sum(charged_eur) FROM appointments"
        " GROUP BY 1 ORDER BY 2 DESC LIMIT 3",
    ),
    case(
        "average charge per groomer",
        "SELECT groomer_name, avg(charged_eur) FROM appointments GROUP BY 1",
    ),
    case(
        "which groomer has done the most nail trims?",
        "SELECT a.groomer_name, count(*) FROM appointments a JOIN services s"
        " ON s.service_id = a.service_id WHERE s.name = 'Nail Trim'"
        " GROUP BY 1 ORDER BY 2 DESC LIMIT 1",
    ),
    case(
        "which cashier has sold the most units?",
        "SELECT cashier_name, sum(units) FROM sales GROUP BY 1 ORDER BY 2 DESC LIMIT 1",
    ),
    case(
        "how many appointments did Mia have?",
        "SELECT count(*) FROM appointments WHERE groomer_name = 'Mia'",
    ),
]
MEASURES = [
    case(
        "which product has sold the most units?",
        "SELECT p.product_id, p.name, sum(s.units) FROM sales s JOIN products p"
        " ON p.product_id = s.product_id GROUP BY 1, 2 ORDER BY 3 DESC LIMIT 1",
    ),
    case(
        "total units sold per brand",
        "SELECT p.brand, sum(s.units) FROM sales s JOIN products p"
        " ON p.product_id = s.product_id GROUP BY 1",
    ),
    case(
        "what's the average product price for each brand?",
        "SELECT brand, avg(price_eur) FROM products GROUP BY 1",
    ),
]
STATES = [
    case("how many dogs are lapsed?", "SELECT count(*) FROM dogs WHERE status = 'lapsed'"),
    case(
        "how many large dogs are banned?",
        "SELECT count(*) FROM dogs WHERE size = 'large' AND status = 'banned'",
    ),
    case("how many neutered dogs are there?", "SELECT count(*) FROM dogs WHERE is_neutered"),
    case("which owners are loyalty members?", "SELECT * FROM owners WHERE is_loyalty_member"),
    case(
        "loyalty members by city",
        "SELECT city, count(*) FROM owners WHERE is_loyalty_member GROUP BY 1",
    ),
    case(
        "how many appointments were no-shows?",
        "SELECT count(*) FROM appointments WHERE status = 'no_show'",
    ),
]

# Added after the rules were built (so not a blind check): a list of people held as text, a
# ranked column of another table, and "not … members" as the opposite of membership.
LATER = [
    case(
        "which groomers have done a nail trim?",
        "SELECT DISTINCT a.groomer_name FROM appointments a JOIN services s"
        " ON s.service_id = a.service_id WHERE s.name = 'Nail Trim' AND a.status = 'done'",
    ),
    case(
        "which brand has sold the most units?",
        "SELECT p.brand, sum(s.units) FROM sales s JOIN products p"
        " ON p.product_id = s.product_id GROUP BY 1 ORDER BY 2 DESC LIMIT 1",
    ),
    case(
        "owners who are not loyalty members",
        "SELECT * FROM owners WHERE NOT is_loyalty_member",
    ),
]

MISSES: dict[str, str] = {}

QUESTIONS = with_misses([*PEOPLE, *MEASURES, *STATES, *LATER], MISSES)


SCHEMA = TEXTCOLS_WORLD  # the module's database, made by the fixtures of tests/llm/conftest.py


@pytest.mark.parametrize(("question", "gold"), QUESTIONS)
def test_textcols_world_questions_return_the_rows_of_the_gold_sql(
    question: str, gold: str, gold_db: GoldDatabase, grounded: Grounded
) -> None:
    assert_answered(question, gold, gold_db, grounded)
