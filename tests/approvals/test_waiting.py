"""Waiting for decisions: one LISTEN connection per process, whatever the number of waiters."""

import asyncio
from collections.abc import AsyncIterator

import pytest

from pgpilot.approvals import tickets
from pgpilot.approvals.waiting import wait_for_decision
from pgpilot.db.urls import database_name
from pgpilot.services import Services
from pgpilot.settings import Settings
from tests.actors import OPERATOR
from tests.appdb import fetch_one

WAITERS = 15


@pytest.fixture
async def services(app_db_url: str, demo_url: str) -> AsyncIterator[Services]:
    settings = Settings(database_url=app_db_url, target_database_url=demo_url, jwt_secret="t" * 40)
    started = await Services.start(settings)
    yield started
    await started.close()


async def new_ticket(services: Services, n: int) -> str:
    ticket = await tickets.create_ticket(
        services.app_db,
        target="default",
        sql=f"DELETE FROM orders WHERE id = {n}",
        verdict={},
        impact={},
        requester="agent",
        requester_id=None,
        reason=None,
        ttl_seconds=3600,
    )
    return ticket.id


async def listening(services: Services, app_db_url: str) -> int:
    """Backends of this app database waiting in LISTEN."""
    row = await fetch_one(
        services.app_db,
        "SELECT count(*) FROM pg_stat_activity WHERE datname = %s AND query ILIKE 'LISTEN%%'",
        (database_name(app_db_url),),
    )
    return int(row[0])


async def until_listening(services: Services, app_db_url: str) -> int:
    for _ in range(100):
        count = await listening(services, app_db_url)
        if count:
            await asyncio.sleep(0.3)  # let every waiter that would open its own show too
            return await listening(services, app_db_url)
        await asyncio.sleep(0.05)
    raise AssertionError("nobody listens")


async def decide_all(services: Services, ids: list[str]) -> None:
    for ticket_id in ids:
        await tickets.decide(
            services.app_db,
            ticket_id,
            approve=True,
            approver=OPERATOR,
            comment=None,
            four_eyes=False,
        )


@pytest.mark.parametrize(
    "tickets_count", [pytest.param(1, id="one-ticket"), pytest.param(3, id="three-tickets")]
)
async def test_waiters_share_one_listening_connection(
    services: Services, app_db_url: str, tickets_count: int
) -> None:
    ids = [await new_ticket(services, n) for n in range(tickets_count)]
    waiting = [
        asyncio.ensure_future(
            wait_for_decision(
                services.app_db,
                ids[n % tickets_count],
                timeout_s=30,
                listener=services.sql.approvals,
            )
        )
        for n in range(WAITERS)
    ]
    assert await until_listening(services, app_db_url) == 1
    assert not any(task.done() for task in waiting)
    await decide_all(services, ids)
    decided = await asyncio.wait_for(asyncio.gather(*waiting), 10)
    assert [ticket.status for ticket in decided] == ["APPROVED"] * WAITERS
    assert sorted({ticket.id for ticket in decided}) == sorted(ids)


async def test_the_listener_reconnects(services: Services, app_db_url: str) -> None:
    ticket_id = await new_ticket(services, 1)
    waiter = asyncio.ensure_future(
        wait_for_decision(services.app_db, ticket_id, timeout_s=30, listener=services.sql.approvals)
    )
    assert await until_listening(services, app_db_url) == 1
    first = await listener_pid(services, app_db_url)
    await fetch_one(services.app_db, "SELECT pg_terminate_backend(%s)", (first,))
    for _ in range(100):
        again = await listener_pid(services, app_db_url)
        if again not in (None, first):
            break
        await asyncio.sleep(0.05)
    else:
        raise AssertionError("the listener did not reconnect")
    await decide_all(services, [ticket_id])
    decided = await asyncio.wait_for(waiter, 10)
    assert decided.status == "APPROVED"


async def listener_pid(services: Services, app_db_url: str) -> int | None:
    row = await fetch_one(
        services.app_db,
        "SELECT max(pid) FROM pg_stat_activity WHERE datname = %s AND query ILIKE 'LISTEN%%'",
        (database_name(app_db_url),),
    )
    return None if row[0] is None else int(row[0])
