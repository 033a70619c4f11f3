"""Issue 16 in a conversation, offline planner on a real database: routines, views, tags, undo."""

from psycopg_pool import AsyncConnectionPool

from pgpilot.agent.task_graph import TaskAgent
from pgpilot.auth.users import User
from tests.agent.chatting import Chat, tools_of
from tests.appdb import fetch_all


async def test_a_routine_tagged_viewed_deleted_and_brought_back(
    pool: AsyncConnectionPool, agent: TaskAgent, alice: User
) -> None:
    chat = Chat(pool, agent, alice)
    added = await chat.say("water the plants every sunday")
    assert tools_of(added) == ["add_task"]
    assert "repeats every Sunday" in added.message
    tagged = await chat.say("tag it #home")
    assert tools_of(tagged) == ["update_task"]
    await chat.say("label task 1 #garden")
    rows = await fetch_all(pool, "SELECT title, tags, recurrence FROM tasks")
    assert rows == [("Water the plants", ["home", "garden"], "FREQ=WEEKLY;BYDAY=SU")]
    week = await chat.say("what's due this week?")
    assert week.tool_calls[0].arguments == {"status": "all", "due": "this_week"}
    # The first Sunday from today on is always this Monday-to-Sunday week's.
    assert week.tool_calls[0].result["data"]["matching_count"] == 1
    await chat.say("delete the plants task")
    await chat.say("yes")
    assert await fetch_all(pool, "SELECT id FROM tasks") == []
    back = await chat.say("bring back the plants task I deleted")
    assert tools_of(back) == ["restore_task"]
    assert back.message.startswith("Restored 'Water the plants'")
    assert await fetch_all(pool, "SELECT tags, recurrence FROM tasks") == [
        (["home", "garden"], "FREQ=WEEKLY;BYDAY=SU")
    ]


async def test_completing_a_routine_in_chat_brings_the_next_one(
    pool: AsyncConnectionPool, agent: TaskAgent, alice: User
) -> None:
    chat = Chat(pool, agent, alice)
    await chat.say("add stretch every day")
    done = await chat.say("mark it as done")
    assert "the next one (task 2)" in done.message
    rows = await fetch_all(pool, "SELECT id, completed, recurrence FROM tasks ORDER BY id")
    assert rows == [(1, True, None), (2, False, "FREQ=DAILY")]
    stopped = await chat.say("task 2 should not repeat any more")
    assert stopped.tool_calls[0].arguments == {"task_id": 2, "recurrence": None}
    assert await fetch_all(pool, "SELECT recurrence FROM tasks WHERE id = 2") == [(None,)]
