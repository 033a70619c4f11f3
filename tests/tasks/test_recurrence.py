"""Repeating tasks: RRULEs checked, spelled in words, and carried on by completing a task."""

from datetime import date, timedelta

import pytest
from psycopg_pool import AsyncConnectionPool

from pgpilot.errors import ValidationError
from pgpilot.tasks.dates import today_in
from pgpilot.tasks.recurrence import check, describe, first_day, next_day
from tests.appdb import fetch_all
from tests.tasks.answering import add_task, complete_task, list_tasks, update_task
from tests.tasks.test_add_list import assert_error, assert_success

WEDNESDAY = date(2026, 3, 4)


@pytest.mark.parametrize(
    ("rule", "words", "first", "after_first"),
    [
        pytest.param("FREQ=WEEKLY;BYDAY=SU", "every Sunday", "2026-03-08", "2026-03-15", id="sun"),
        pytest.param(
            "FREQ=MONTHLY;BYMONTHDAY=1",
            "every month on the 1st",
            "2026-04-01",
            "2026-05-01",
            id="monthly-1st",
        ),
        pytest.param(
            "FREQ=WEEKLY;INTERVAL=2", "every other week", "2026-03-04", "2026-03-18", id="fortnight"
        ),
        pytest.param(
            "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR",
            "every weekday",
            "2026-03-04",
            "2026-03-05",
            id="weekdays",
        ),
        pytest.param("FREQ=DAILY", "every day", "2026-03-04", "2026-03-05", id="daily"),
        pytest.param(
            "FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=1",
            "every year on June 1",
            "2026-06-01",
            "2027-06-01",
            id="yearly",
        ),
        pytest.param(
            "FREQ=MONTHLY;BYDAY=-1FR",
            "the last Friday of every month",
            "2026-03-27",
            "2026-04-24",
            id="last-friday",
        ),
        pytest.param(
            "FREQ=WEEKLY;BYDAY=SA,SU",
            "every Saturday and Sunday",
            "2026-03-07",
            "2026-03-08",
            id="weekend",
        ),
    ],
)
def test_rules_in_words_and_days(rule: str, words: str, first: str, after_first: str) -> None:
    assert check(rule.lower(), today=WEDNESDAY) == rule
    assert describe(rule) == words
    day = first_day(rule, today=WEDNESDAY)
    assert day is not None
    assert day.isoformat() == first
    following = next_day(rule, due=day, today=WEDNESDAY)
    assert following is not None
    assert following.isoformat() == after_first


def test_a_late_completion_skips_to_a_day_still_to_come() -> None:
    assert next_day("FREQ=DAILY", due=WEDNESDAY - timedelta(days=10), today=WEDNESDAY) == WEDNESDAY


@pytest.mark.parametrize(
    "rule",
    [
        pytest.param("FREQ=HOURLY", id="too-often"),
        pytest.param("every sunday", id="words"),
        pytest.param("FREQ=DAILY;UNTIL=20200101", id="ended"),
        pytest.param("DTSTART:20260101T000000\nRRULE:FREQ=DAILY", id="moves-the-anchor"),
        pytest.param("FREQ=WEEKLY;BYDAY=XX", id="bad-day"),
        pytest.param("", id="empty"),
        pytest.param(7, id="not-text"),
    ],
)
def test_bad_rules_are_refused(rule: object) -> None:
    with pytest.raises(ValidationError):
        check(rule, today=WEDNESDAY)


async def test_completing_a_repeating_task_creates_the_next_one(
    pool: AsyncConnectionPool, alice: int
) -> None:
    added = assert_success(
        await add_task(pool, user_id=alice, title="Water plants", recurrence="FREQ=DAILY")
    )
    today = today_in("UTC")
    assert added["due_date"] == today.isoformat(), "a repeating task is due on its first day"
    assert added["repeats"] == "every day"
    done = assert_success(await complete_task(pool, user_id=alice, task_id=added["id"]))
    following = done["next_task"]
    assert following["due_date"] == (today + timedelta(days=1)).isoformat()
    assert (following["title"], following["recurrence"]) == ("Water plants", "FREQ=DAILY")
    assert done["recurrence"] is None, "the rule moved on to the next task"
    again = assert_success(await complete_task(pool, user_id=alice, task_id=added["id"]))
    assert again["next_task"] is None, "completing twice does not create two"
    rows = await fetch_all(pool, "SELECT completed, recurrence FROM tasks ORDER BY id")
    assert rows == [(True, None), (False, "FREQ=DAILY")]


async def test_update_sets_and_stops_repeating(pool: AsyncConnectionPool, alice: int) -> None:
    task_id = assert_success(await add_task(pool, user_id=alice, title="Gym"))["id"]
    data = assert_success(
        await update_task(pool, user_id=alice, task_id=task_id, recurrence="FREQ=WEEKLY;BYDAY=FR")
    )
    assert data["changes"] == {"recurrence": {"old": None, "new": "FREQ=WEEKLY;BYDAY=FR"}}
    assert data["repeats"] == "every Friday"
    stopped = assert_success(
        await update_task(pool, user_id=alice, task_id=task_id, recurrence=None)
    )
    assert stopped["recurrence"] is None
    listed = assert_success(await list_tasks(pool, user_id=alice))
    assert [task["repeats"] for task in listed["tasks"]] == [None]
    assert_error(
        await update_task(pool, user_id=alice, task_id=task_id, recurrence="FREQ=SOMETIMES"),
        "VALIDATION_ERROR",
    )


async def test_add_tags_adds_to_the_tags(pool: AsyncConnectionPool, alice: int) -> None:
    task_id = assert_success(await add_task(pool, user_id=alice, title="Milk", tags=["shop"]))["id"]
    data = assert_success(
        await update_task(pool, user_id=alice, task_id=task_id, add_tags=["home", "shop"])
    )
    assert data["tags"] == ["shop", "home"]
    assert_error(
        await update_task(pool, user_id=alice, task_id=task_id, add_tags=["home"]), "NO_CHANGES"
    )
