"""Superlatives said in other words and what groups measure, on three small schemas.

A hiking club (trails, rangers, huts), a translation agency (clients, jobs, invoices,
translators and their assignments) and a radio station (shows, their daily listens, presenters,
subscribers and their charges). Written on 2026-11-30 before the rules they check, to show that
they hold beyond the schemas they were made for: adjectives of steepness, "<superlative> X by
<number>", "we run" after a superlative, "most recently", "been with us the longest", a verb
naming a child table with "in total", and a column named like its table summed.
"""

import pytest

from tests.llm.gold import (
    GoldDatabase,
    Grounded,
    assert_answered,
    case,
    with_misses,
)
from tests.llm.measures2_world import MEASURES2_WORLD

SAID_OTHERWISE = [
    case("the steepest trail", "SELECT * FROM trails ORDER BY avg_incline_pct DESC LIMIT 1"),
    case("which trail is the gentlest?", "SELECT * FROM trails ORDER BY avg_incline_pct LIMIT 1"),
    case(
        "what is the largest hut by capacity?",
        "SELECT * FROM huts ORDER BY capacity DESC LIMIT 1",
    ),
    case("our cheapest job by quoted price", "SELECT * FROM jobs ORDER BY quoted_price LIMIT 1"),
    case("which is the biggest hut we run?", "SELECT * FROM huts ORDER BY capacity DESC LIMIT 1"),
    case(
        "what is the longest trail we maintain?",
        "SELECT * FROM trails ORDER BY length_km DESC LIMIT 1",
    ),
    case(
        "which client signed most recently?",
        "SELECT * FROM clients ORDER BY signed_on DESC LIMIT 1",
    ),
    case("which trail opened least recently", "SELECT * FROM trails ORDER BY opened_on LIMIT 1"),
    case(
        "which ranger has been with the park the longest?",
        "SELECT * FROM rangers ORDER BY started_on LIMIT 1",
    ),
    case(
        "which translator has worked here the longest",
        "SELECT * FROM translators ORDER BY hired_on LIMIT 1",
    ),
    case(
        "which translator has been with us the shortest?",
        "SELECT * FROM translators ORDER BY hired_on DESC LIMIT 1",
    ),
]

MEASURED = [
    case(
        "which client has been invoiced the most in total?",
        "SELECT c.client_id, c.company_name, sum(i.fee_amount) FROM invoices i JOIN clients c "
        "ON c.client_id = i.client_id GROUP BY 1, 2 ORDER BY 3 DESC LIMIT 1",
    ),
    case(
        "total invoiced per client",
        "SELECT c.client_id, c.company_name, sum(i.fee_amount) FROM invoices i JOIN clients c "
        "ON c.client_id = i.client_id GROUP BY 1, 2",
    ),
    case(
        "which subscriber has been charged the most in total?",
        "SELECT s.subscriber_id, s.full_name, sum(c.amount_gbp) FROM charges c JOIN subscribers s "
        "ON s.subscriber_id = c.subscriber_id GROUP BY 1, 2 ORDER BY 3 DESC LIMIT 1",
    ),
    case(
        "the total charged for each subscriber",
        "SELECT s.subscriber_id, s.full_name, sum(c.amount_gbp) FROM charges c JOIN subscribers s "
        "ON s.subscriber_id = c.subscriber_id GROUP BY 1, 2",
    ),
    case(
        "total fees paid for each translator",
        "SELECT t.translator_id, t.full_name, sum(a.fee_paid) FROM assignments a "
        "JOIN translators t ON t.translator_id = a.translator_id GROUP BY 1, 2",
    ),
    case(
        "total hours worked for each ranger",
        "SELECT r.ranger_id, r.full_name, sum(p.hours_worked) FROM patrols p JOIN rangers r "
        "ON r.ranger_id = p.ranger_id GROUP BY 1, 2",
    ),
    case(
        "which show got the most listens in total?",
        "SELECT s.show_id, s.title, sum(d.listens) FROM daily_listens d JOIN shows s "
        "ON s.show_id = d.show_id GROUP BY 1, 2 ORDER BY 3 DESC LIMIT 1",
    ),
    case(
        "total fees paid for each job",
        "SELECT j.job_id, j.title, sum(a.fee_paid) FROM assignments a JOIN jobs j "
        "ON j.job_id = a.job_id GROUP BY 1, 2",
    ),
    case(
        "who has presented on the most shows",
        "SELECT p.presenter_id, p.full_name, count(*) FROM show_presenters sp JOIN presenters p "
        "ON p.presenter_id = sp.presenter_id GROUP BY 1, 2 ORDER BY 3 DESC LIMIT 1",
    ),
    case(
        "who has translated the most jobs?",
        "SELECT t.translator_id, t.full_name, count(*) FROM assignments a JOIN translators t "
        "ON t.translator_id = a.translator_id GROUP BY 1, 2 ORDER BY 3 DESC LIMIT 1",
    ),
]

MISSES: dict[str, str] = {}

QUESTIONS = with_misses([*SAID_OTHERWISE, *MEASURED], MISSES)


SCHEMA = MEASURES2_WORLD  # the module's database, made by the fixtures of tests/llm/conftest.py


@pytest.mark.parametrize(("question", "gold"), QUESTIONS)
def test_measures2_world_questions_return_the_rows_of_the_gold_sql(
    question: str, gold: str, gold_db: GoldDatabase, grounded: Grounded
) -> None:
    assert_answered(question, gold, gold_db, grounded)
