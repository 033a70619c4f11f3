"""Reminders: set in the user's zone, delivered once as notifications, by many schedulers."""

import asyncio
import socket
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from email import message_from_bytes
from email.message import Message
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import Envelope
from psycopg_pool import AsyncConnectionPool

from pgpilot.errors import NotFound
from pgpilot.settings import Settings
from pgpilot.tasks.mail import ResendMailer, Retrying, SmtpMailer, mailer_for
from pgpilot.tasks.reminders import (
    deliver_due,
    list_notifications,
    mark_read,
    run_scheduler,
)
from tests.appdb import app_pool, fetch_all, fetch_one, make_user
from tests.tasks.answering import add_task, complete_task, update_task
from tests.tasks.test_add_list import assert_error, assert_success

LATER = datetime.now(UTC) + timedelta(days=2)


async def remind(pool: AsyncConnectionPool, user_id: int, title: str = "Call mom") -> int:
    data = assert_success(
        await add_task(pool, user_id=user_id, title=title, remind_at=LATER.isoformat())
    )
    task_id: int = data["id"]
    return task_id


async def test_remind_at_without_offset_is_the_users_local_time(pool: AsyncConnectionPool) -> None:
    user = await make_user(pool, timezone="Pacific/Auckland")
    local = (LATER.astimezone(ZoneInfo("Pacific/Auckland"))).replace(
        hour=17, minute=0, second=0, microsecond=0, tzinfo=None
    )
    data = assert_success(
        await add_task(pool, user_id=user, title="Call mom", remind_at=local.isoformat())
    )
    stored = await fetch_one(pool, "SELECT remind_at, status FROM reminders")
    assert stored == (local.replace(tzinfo=ZoneInfo("Pacific/Auckland")), "pending")
    assert data["reminder"]["status"] == "pending"


@pytest.mark.parametrize(
    "remind_at",
    [
        pytest.param("2020-01-01T09:00", id="past"),
        pytest.param("tomorrow at 5", id="words"),
        pytest.param("", id="empty"),
    ],
)
async def test_bad_times_are_refused(pool: AsyncConnectionPool, alice: int, remind_at: str) -> None:
    assert_error(
        await add_task(pool, user_id=alice, title="x", remind_at=remind_at), "VALIDATION_ERROR"
    )
    assert await fetch_all(pool, "SELECT id FROM tasks") == []


async def test_due_reminders_become_one_notification_each(
    pool: AsyncConnectionPool, alice: int
) -> None:
    task_id = await remind(pool, alice)
    assert await deliver_due(pool, now=LATER - timedelta(seconds=1)) == 0
    assert await deliver_due(pool, now=LATER) == 1
    assert await deliver_due(pool, now=LATER + timedelta(days=1)) == 0
    notes = await list_notifications(pool, user_id=alice)
    assert [(n["task_id"], n["title"], n["read_at"]) for n in notes] == [
        (task_id, "Reminder: Call mom", None)
    ]
    read = await mark_read(pool, user_id=alice, notification_id=notes[0]["id"])
    assert read["read_at"] is not None
    assert await list_notifications(pool, user_id=alice, unread=True) == []


async def test_another_users_notification_is_not_found(
    pool: AsyncConnectionPool, alice: int, bob: int
) -> None:
    await remind(pool, alice)
    await deliver_due(pool, now=LATER)
    (note,) = await list_notifications(pool, user_id=alice)
    with pytest.raises(NotFound):
        await mark_read(pool, user_id=bob, notification_id=note["id"])
    assert await list_notifications(pool, user_id=bob) == []
    assert await fetch_one(pool, "SELECT read_at FROM notifications") == (None,)


async def test_completed_or_moved_tasks_do_not_remind(
    pool: AsyncConnectionPool, alice: int
) -> None:
    done = await remind(pool, alice, "Done already")
    await complete_task(pool, user_id=alice, task_id=done)
    moved = await remind(pool, alice, "Moved")
    later = (LATER + timedelta(hours=3)).isoformat()
    assert_success(await update_task(pool, user_id=alice, task_id=moved, remind_at=later))
    assert await deliver_due(pool, now=LATER + timedelta(hours=1)) == 0
    assert await deliver_due(pool, now=LATER + timedelta(hours=3)) == 1
    assert await fetch_all(pool, "SELECT status FROM reminders ORDER BY id") == [
        ("cancelled",),
        ("cancelled",),
        ("sent",),
    ]


async def test_two_schedulers_deliver_each_reminder_exactly_once(
    pool: AsyncConnectionPool, app_db_url: str, alice: int
) -> None:
    for n in range(40):
        await remind(pool, alice, f"Task {n}")
    async with app_pool(app_db_url) as other:

        async def drain(worker: AsyncConnectionPool) -> int:
            total = 0
            while delivered := await deliver_due(worker, now=LATER, batch=3):
                total += delivered
            return total

        counts = await asyncio.gather(drain(pool), drain(other), drain(pool), drain(other))
    assert sum(counts) == 40
    rows = await fetch_all(pool, "SELECT count(*), count(DISTINCT reminder_id) FROM notifications")
    assert rows == [(40, 40)]


async def test_the_scheduler_loop_runs_on_an_injected_clock(
    pool: AsyncConnectionPool, alice: int
) -> None:
    await remind(pool, alice)
    stop = asyncio.Event()

    def clock() -> datetime:
        stop.set()  # one round, then the loop ends: no sleeping in the test
        return LATER

    await asyncio.wait_for(run_scheduler(pool, clock=clock, interval_s=60, stop=stop), 10)
    assert len(await list_notifications(pool, user_id=alice)) == 1


class Inbox:
    """A local SMTP server's handler: the messages it received."""

    def __init__(self) -> None:
        self.messages: list[Message] = []

    async def handle_DATA(self, server: object, session: object, envelope: Envelope) -> str:
        content = envelope.content
        assert isinstance(content, bytes)
        self.messages.append(message_from_bytes(content))
        return "250 OK"


@contextmanager
def serving(handler: Inbox) -> Iterator[int]:
    """A real local SMTP server (aiosmtpd) with this handler; its port."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    controller = Controller(handler, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield port
    finally:
        controller.stop()


@pytest.fixture
def inbox() -> Iterator[tuple[Inbox, int]]:
    handler = Inbox()
    with serving(handler) as port:
        yield handler, port


async def test_reminders_are_emailed_once_through_smtp(
    pool: AsyncConnectionPool, app_db_url: str, alice: int, inbox: tuple[Inbox, int]
) -> None:
    handler, port = inbox
    mailer = SmtpMailer(host="127.0.0.1", port=port, sender="pgpilot@localhost", starttls=False)
    for n in range(6):
        await remind(pool, alice, f"Task {n}")
    async with app_pool(app_db_url) as other:
        counts = await asyncio.gather(
            deliver_due(pool, now=LATER, batch=2, mailer=mailer),
            deliver_due(other, now=LATER, batch=2, mailer=mailer),
            deliver_due(pool, now=LATER, mailer=mailer),
            deliver_due(other, now=LATER, mailer=mailer),
        )
    assert sum(counts) == 6
    subjects = sorted(str(message["Subject"]) for message in handler.messages)
    assert subjects == [f"Reminder: Task {n}" for n in range(6)]
    assert {str(message["To"]) for message in handler.messages} == {"alice@example.com"}


@pytest.mark.parametrize(
    ("environment", "kind"),
    [
        pytest.param({}, None, id="none"),
        pytest.param({"smtp_host": "mail.example.com"}, SmtpMailer, id="smtp"),
        pytest.param({"resend_api_key": "re_123"}, ResendMailer, id="resend"),
        pytest.param(
            {"smtp_host": "mail.example.com", "resend_api_key": "re_123"}, SmtpMailer, id="both"
        ),
    ],
)
def test_the_mailer_follows_the_settings(environment: dict[str, Any], kind: type | None) -> None:
    settings = Settings(database_url="postgresql://x/y", **environment)
    mailer = mailer_for(settings)
    if mailer is not None:
        assert isinstance(mailer, Retrying)
        assert (mailer.attempts, mailer.first_wait_s) == (3, 1.0)
        mailer = mailer.mailer
    assert (type(mailer) if mailer is not None else None) is kind
