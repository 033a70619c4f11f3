"""Reminder e-mail retries: only sends the server surely refused, with backoff, never twice."""

import asyncio
import socket
from datetime import UTC, datetime, timedelta

import pytest
from aiosmtpd.smtp import Envelope
from psycopg_pool import AsyncConnectionPool

from pgpilot.tasks.mail import NotSent, Retrying, SmtpMailer
from pgpilot.tasks.reminders import deliver_due
from tests.appdb import fetch_one
from tests.tasks.test_reminders import Inbox, remind, serving

LATER = datetime.now(UTC) + timedelta(days=2)


class Flaky(Inbox):
    """Answers each DATA with the next of `replies` (then 250), keeping only accepted ones."""

    def __init__(self, *replies: str) -> None:
        super().__init__()
        self.replies = list(replies)
        self.offered = 0

    async def handle_DATA(self, server: object, session: object, envelope: Envelope) -> str:
        self.offered += 1
        if self.replies:
            return self.replies.pop(0)
        return await super().handle_DATA(server, session, envelope)


class Slow(Inbox):
    """Takes the message, then answers too late for the client: its fate is unknown to it."""

    async def handle_DATA(self, server: object, session: object, envelope: Envelope) -> str:
        reply = await super().handle_DATA(server, session, envelope)
        await asyncio.sleep(1.5)
        return reply


class Waits:
    """A sleep that only records how long it was asked to wait."""

    def __init__(self) -> None:
        self.asked: list[float] = []

    async def __call__(self, seconds: float) -> None:
        self.asked.append(seconds)


def smtp(port: int, timeout_s: float = 10) -> SmtpMailer:
    return SmtpMailer(
        host="127.0.0.1", port=port, sender="pgpilot@localhost", starttls=False, timeout_s=timeout_s
    )


async def notifications(pool: AsyncConnectionPool) -> int:
    row = await fetch_one(pool, "SELECT count(*) FROM notifications")
    return int(row[0])


@pytest.mark.parametrize(
    ("replies", "waits"),
    [
        pytest.param(["451 4.3.0 try later"], [2.0], id="once"),
        pytest.param(["451 4.3.0 try later", "421 4.7.0 busy"], [2.0, 4.0], id="twice"),
    ],
)
async def test_a_refused_send_is_tried_again_and_arrives_once(
    pool: AsyncConnectionPool, alice: int, replies: list[str], waits: list[float]
) -> None:
    handler = Flaky(*replies)
    sleep = Waits()
    with serving(handler) as port:
        mailer = Retrying(smtp(port), attempts=3, first_wait_s=2.0, sleep=sleep)
        await remind(pool, alice)
        assert await deliver_due(pool, now=LATER, mailer=mailer) == 1
    assert [str(m["Subject"]) for m in handler.messages] == ["Reminder: Call mom"]
    assert handler.offered == len(replies) + 1
    assert sleep.asked == waits
    assert await notifications(pool) == 1


async def test_tries_are_bounded(pool: AsyncConnectionPool, alice: int) -> None:
    handler = Flaky(*["451 4.3.0 try later"] * 7)
    sleep = Waits()
    with serving(handler) as port:
        mailer = Retrying(smtp(port), attempts=3, first_wait_s=1.0, sleep=sleep)
        with pytest.raises(NotSent):
            await mailer.send(to="a@example.com", subject="s", body="b", key="k1")
        await remind(pool, alice)
        assert await deliver_due(pool, now=LATER, mailer=mailer) == 1
    assert handler.offered == 6  # three tries of the direct send, three of the reminder
    assert handler.messages == []
    assert sleep.asked == [1.0, 2.0, 1.0, 2.0]
    assert await notifications(pool) == 1


async def test_a_permanent_refusal_is_not_tried_again(pool: AsyncConnectionPool) -> None:
    handler = Flaky("554 5.7.1 rejected")
    sleep = Waits()
    with serving(handler) as port:
        mailer = Retrying(smtp(port), attempts=3, sleep=sleep)
        with pytest.raises(NotSent) as raised:
            await mailer.send(to="a@example.com", subject="s", body="b", key="k2")
    assert raised.value.transient is False
    assert (handler.offered, sleep.asked) == (1, [])


async def test_an_unreachable_server_is_tried_again(pool: AsyncConnectionPool, alice: int) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]  # bound, never listening: connections are refused
        sleep = Waits()
        mailer = Retrying(smtp(port), attempts=2, first_wait_s=0.5, sleep=sleep)
        await remind(pool, alice)
        assert await deliver_due(pool, now=LATER, mailer=mailer) == 1
    assert sleep.asked == [0.5]
    assert await notifications(pool) == 1


async def test_a_send_of_unknown_fate_is_never_tried_again(
    pool: AsyncConnectionPool, alice: int
) -> None:
    handler = Slow()
    sleep = Waits()
    with serving(handler) as port:
        mailer = Retrying(smtp(port, timeout_s=0.5), attempts=3, sleep=sleep)
        await remind(pool, alice)
        assert await deliver_due(pool, now=LATER, mailer=mailer) == 1
        await asyncio.sleep(1.5)  # let the slow server finish answering
    assert len(handler.messages) == 1  # taken once; the client never knew, and never resent
    assert sleep.asked == []
    assert await notifications(pool) == 1
