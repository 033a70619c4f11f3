"""Every SQL the offline planner writes for a question of any question set runs.

A plan may be refused (CANNOT) or give other rows than the gold, but SQL that fails (a column
of a table missing from FROM, a type mismatch) is a planner bug whatever the question: each
set's questions are planned on its schema and every planned read is run.
"""

import asyncio
import importlib

import psycopg
import pytest

from pgpilot.llm.sql_prompt import CANNOT
from tests.llm.gold import database_of, ground, planned, rows

# A question set's test module and the module and name of the schema its questions are on.
SETS = [
    pytest.param(test, module, const, id=test.removeprefix("test_offline_"))
    for test, module, const in [
        ("test_offline_adjectives", "marina", "MARINA"),
        ("test_offline_airline", "airline", "AIRLINE"),
        ("test_offline_bank", "bank", "BANK"),
        ("test_offline_bikeshare", "bikeshare", "BIKESHARE"),
        ("test_offline_clinic", "clinic", "CLINIC"),
        ("test_offline_compared", "workout", "WORKOUT"),
        ("test_offline_conference", "conference", "CONFERENCE"),
        ("test_offline_depot", "depot", "DEPOT"),
        ("test_offline_freight", "freight", "FREIGHT"),
        ("test_offline_garage", "garage", "GARAGE"),
        ("test_offline_gym", "gym", "GYM"),
        ("test_offline_hotel", "hotel", "HOTEL"),
        ("test_offline_hr", "hr", "HR"),
        ("test_offline_league", "league", "LEAGUE"),
        ("test_offline_library", "library", "LIBRARY"),
        ("test_offline_negation", "nursery", "NURSERY"),
        ("test_offline_nursery", "nursery", "NURSERY"),
        ("test_offline_phrases", "workout", "WORKOUT"),
        ("test_offline_museum", "museum", "MUSEUM"),
        ("test_offline_realestate", "realestate", "REALESTATE"),
        ("test_offline_recruiting", "recruiting", "RECRUITING"),
        ("test_offline_rentals", "rentals", "RENTALS"),
        ("test_offline_restaurants", "restaurants", "RESTAURANTS"),
        ("test_offline_scales", "festival", "FESTIVAL"),
        ("test_offline_school", "school", "SCHOOL"),
        ("test_offline_shapes", "ferry", "FERRY"),
        ("test_offline_streaming", "streaming", "STREAMING"),
        ("test_offline_tracker", "tracker", "TRACKER"),
        ("test_offline_words", "courier", "COURIER"),
    ]
]


@pytest.mark.parametrize(("test", "module", "const"), SETS)
def test_every_planned_sql_of_a_question_set_runs(
    test: str, module: str, const: str, pg_server: str
) -> None:
    questions = [p.values[0] for p in importlib.import_module(f"tests.llm.{test}").QUESTIONS]
    schema = getattr(importlib.import_module(f"tests.llm.{module}"), const)
    failing = []
    with database_of(pg_server, schema) as db:
        grounded = asyncio.run(ground(db.url))
        for question in questions:
            try:
                sql = planned(question, grounded)
            except AssertionError:
                continue  # a refusal or a write: nothing run
            if sql.startswith(CANNOT):
                continue
            try:
                rows(db, sql)
            except psycopg.Error as exc:
                failing.append(f"{question!r}: {sql} ({exc.diag.message_primary})")
    assert failing == [], "\n".join(failing)
