"""restore_task under concurrency: one deletion restores once, whoever else tries at the same
moment, and the question "already restored?" sees a restore committed while it waited."""

import asyncio
import time
from typing import Any

import psycopg
from psycopg_pool import AsyncConnectionPool

from pgpilot.audit.events import TaskRestored
from pgpilot.audit.writer import write_event
from tests.appdb import fetch_all
from tests.tasks.answering import add_task, delete_task, restore_task
from tests.tasks.test_add_list import assert_error, assert_success
from tests.tasks.test_counters import assert_exact

WAITING = "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND "
WAITING += "wait_event_type = 'Lock'"


async def deleted(pool: AsyncConnectionPool, user: int) -> dict[str, Any]:
    task = assert_success(await add_task(pool, user_id=user, title="Water plants", tags=["home"]))
    gone = assert_success(await delete_task(pool, user_id=user, task_id=task["id"], confirmed=True))
    return {"task": task, "audit_id": gone["audit_id"]}


async def restore(pool: AsyncConnectionPool, *, user: int, audit_id: int) -> dict[str, Any]:
    return await restore_task(pool, user_id=user, audit_id=audit_id)


async def until_someone_waits(pool: AsyncConnectionPool) -> None:
    deadline = time.monotonic() + 10
    while (await fetch_all(pool, WAITING))[0][0] == 0:
        assert time.monotonic() < deadline, "the restore never waited for the lock"
        await asyncio.sleep(0.02)


async def test_restores_of_one_deletion_at_once_restore_it_once(
    pool: AsyncConnectionPool, alice: int
) -> None:
    gone = await deleted(pool, alice)
    results = await asyncio.gather(
        *(restore_task(pool, user_id=alice, audit_id=gone["audit_id"]) for _ in range(4))
    )
    statuses = sorted(r.get("error_code") or r["status"] for r in results)
    assert statuses == ["ALREADY_RESTORED"] * 3 + ["success"]
    restores = await fetch_all(
        pool, "SELECT count(*) FROM audit_log WHERE action = %s", (TaskRestored.action,)
    )
    assert restores == [(1,)]
    await assert_exact(pool)


async def test_a_restore_committed_while_waiting_is_seen(
    pool: AsyncConnectionPool, alice: int, app_db_url: str
) -> None:
    """Another transaction holds the deletion and logs its restore, but (unlike a real one)
    leaves the task's id free: only the question asked after the wait can refuse."""
    gone = await deleted(pool, alice)
    async with await psycopg.AsyncConnection.connect(app_db_url) as holder:
        await holder.execute(
            "SELECT 1 FROM audit_log WHERE id = %s FOR UPDATE", (gone["audit_id"],)
        )
        await write_event(
            holder,
            TaskRestored(
                actor=f"user:{alice}",
                actor_id=alice,
                resource_id=str(gone["task"]["id"]),
                resource_title="Water plants",
                details={"restored_from": str(gone["audit_id"])},
            ),
        )
        restoring = asyncio.create_task(restore(pool, user=alice, audit_id=gone["audit_id"]))
        await until_someone_waits(pool)
        await holder.commit()
        assert_error(await restoring, "ALREADY_RESTORED")
    assert await fetch_all(pool, "SELECT id FROM tasks") == []


async def test_a_task_id_in_use_again_is_not_overwritten(
    pool: AsyncConnectionPool, alice: int
) -> None:
    gone = await deleted(pool, alice)
    await fetch_all(
        pool,
        "INSERT INTO tasks (id, user_id, title) VALUES (%s, %s, 'Someone else') RETURNING id",
        (gone["task"]["id"], alice),
    )
    again = await restore_task(pool, user_id=alice, audit_id=gone["audit_id"])
    assert_error(again, "ALREADY_RESTORED")
    assert await fetch_all(pool, "SELECT title FROM tasks") == [("Someone else",)]
    await assert_exact(pool)


async def test_only_the_owner_restores_and_nothing_is_written_otherwise(
    pool: AsyncConnectionPool, alice: int, bob: int
) -> None:
    gone = await deleted(pool, alice)
    assert_error(await restore_task(pool, user_id=bob, audit_id=gone["audit_id"]), "TASK_NOT_FOUND")
    assert await fetch_all(pool, "SELECT id FROM tasks") == []
    back = assert_success(await restore_task(pool, user_id=alice, audit_id=gone["audit_id"]))
    assert (back["id"], back["tags"], back["restored_from"]) == (
        gone["task"]["id"],
        ["home"],
        gone["audit_id"],
    )
