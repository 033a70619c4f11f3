"""The task assistant end to end on the offline planner: tools, "it", history, storage."""

from datetime import timedelta

from psycopg_pool import AsyncConnectionPool

from pgpilot.agent.task_graph import LLM_ERROR, LLM_ERROR_MESSAGE, STOPPED, TaskAgent
from pgpilot.auth.users import User
from pgpilot.tasks.dates import today_in
from tests.agent.chatting import Chat, tools_of
from tests.agent.conftest import user
from tests.agent.scripted import ScriptedModel, calls
from tests.appdb import fetch_all, fetch_one


async def test_a_conversation_about_one_task(
    pool: AsyncConnectionPool, agent: TaskAgent, alice: User
) -> None:
    chat = Chat(pool, agent, alice)
    tomorrow = today_in("UTC") + timedelta(days=1)
    added = await chat.say("Add a task to buy milk tomorrow")
    assert tools_of(added) == ["add_task"]
    assert added.message.startswith("Added 'Buy milk' (task ")
    assert f"{tomorrow.day} {tomorrow:%b}" in added.message
    [(task_id, title, priority, due, done)] = await chat.tasks()
    assert (title, priority, due, done) == ("Buy milk", "low", tomorrow, False)

    changed = await chat.say("Change priority to high")
    assert [c.arguments for c in changed.tool_calls] == [{"task_id": task_id, "priority": "high"}]
    assert "priority 'low' → 'high'" in changed.message

    finished = await chat.say("Mark as done")
    assert tools_of(finished) == ["complete_task"]
    completed = await fetch_one(pool, "SELECT completed_date FROM tasks WHERE id = %s", (task_id,))
    assert completed[0] is not None

    asked = await chat.say("Delete this task")
    assert asked.message == "Delete 'Buy milk'? (yes/no)"
    assert len(await chat.tasks()) == 1
    deleted = await chat.say("yes")
    assert [c.arguments for c in deleted.tool_calls] == [{"task_id": task_id, "confirmed": True}]
    assert deleted.message == "Deleted 'Buy milk'; 0 tasks left."
    assert await chat.tasks() == []


async def test_turns_are_stored_with_their_tool_calls_and_a_title(
    pool: AsyncConnectionPool, agent: TaskAgent, alice: User
) -> None:
    chat = Chat(pool, agent, alice)
    await chat.say("Add a task to call the bank on monday")
    await chat.say("complete call the bank")
    rows = await fetch_all(
        pool,
        "SELECT m.role, m.content, array_remove(array_agg(t.tool_name ORDER BY t.created_at), "
        "NULL) FROM messages m LEFT JOIN message_tool_calls t ON t.message_id = m.id "
        "WHERE m.conversation_id = %s GROUP BY m.id ORDER BY m.created_at",
        (chat.conversation_id,),
    )
    assert [(role, tools) for role, _, tools in rows] == [
        ("user", []),
        ("assistant", ["add_task"]),
        ("user", []),
        ("assistant", ["list_tasks", "complete_task"]),
    ]
    title = await fetch_one(
        pool, "SELECT title FROM conversations WHERE id = %s", (chat.conversation_id,)
    )
    assert title == ("Add Task To Call Bank On Monday",)


async def test_without_an_id_the_most_recent_conversation_goes_on(
    pool: AsyncConnectionPool, agent: TaskAgent, alice: User
) -> None:
    first = Chat(pool, agent, alice)
    await first.say("add water plants")
    answer = await Chat(pool, agent, alice).say("mark it done")
    assert answer.conversation_id == first.conversation_id
    assert tools_of(answer) == ["complete_task"]


async def test_a_new_conversation_is_asked_for(
    pool: AsyncConnectionPool, agent: TaskAgent, alice: User
) -> None:
    first = Chat(pool, agent, alice)
    await first.say("add water plants")
    answer = await Chat(pool, agent, alice, new=True).say("mark it done")
    assert answer.conversation_id != first.conversation_id
    assert answer.tool_calls == ()
    assert answer.message.startswith("Which task should I mark as done?")


async def test_small_talk_and_gibberish_call_no_tool(
    pool: AsyncConnectionPool, agent: TaskAgent, alice: User
) -> None:
    chat = Chat(pool, agent, alice)
    for message in ("hello", "what can you do?", "zxcv qwer", "thanks"):
        reply = await chat.say(message)
        assert (reply.status, reply.tool_calls) == ("success", ())
        assert reply.message


async def test_only_the_users_own_tasks(
    pool: AsyncConnectionPool, agent: TaskAgent, alice: User, bob: User
) -> None:
    await Chat(pool, agent, bob).say("add bob's secret plan")
    [(bobs_task, *_)] = await fetch_all(pool, "SELECT id FROM tasks WHERE user_id = %s", (bob.id,))
    chat = Chat(pool, agent, alice)
    for message in (f"delete task {bobs_task}", f"complete task {bobs_task}", "show my tasks"):
        reply = await chat.say(message)
        assert "secret" not in reply.message
    assert await fetch_all(pool, "SELECT completed FROM tasks") == [(False,)]


async def test_dates_from_any_model_are_the_users(pool: AsyncConnectionPool) -> None:
    far_east = await user(pool, "kiri@example.com", timezone="Pacific/Kiritimati")
    model = ScriptedModel(
        script=[calls("add_task", title="Sunrise", due_date="tomorrow"), calls("x")]
    )
    model.script[1] = model.script[1].model_copy(update={"tool_calls": [], "content": "ok"})
    chat = Chat(pool, TaskAgent(model, max_tool_rounds=3), far_east)
    reply = await chat.say("add sunrise tomorrow")
    due = today_in("Pacific/Kiritimati") + timedelta(days=1)
    assert reply.tool_calls[0].arguments == {"title": "Sunrise", "due_date": due.isoformat()}
    assert (await chat.tasks())[0][3] == due
    system = model.seen[0][0].content
    assert f"Today is {today_in('Pacific/Kiritimati'):%A %Y-%m-%d}" in str(system)
    assert "Pacific/Kiritimati" in str(system)


async def test_the_model_cannot_choose_the_user(pool: AsyncConnectionPool, alice: User) -> None:
    model = ScriptedModel(script=[calls("list_tasks", user_id=999), calls("x")])
    model.script[1] = model.script[1].model_copy(update={"tool_calls": [], "content": "ok"})
    reply = await Chat(pool, TaskAgent(model, max_tool_rounds=2), alice).say("show tasks")
    result = reply.tool_calls[0].result
    assert result["error_code"] == "VALIDATION_ERROR"
    assert "user_id is set by the server" in result["message"]


async def test_tool_rounds_are_bounded(pool: AsyncConnectionPool, alice: User) -> None:
    model = ScriptedModel(script=[calls("list_tasks")])
    reply = await Chat(pool, TaskAgent(model, max_tool_rounds=3), alice).say("show tasks")
    assert tools_of(reply) == ["list_tasks"] * 3
    assert reply.message == STOPPED.format(rounds=3)


async def test_a_failing_model_gives_the_clean_error(
    pool: AsyncConnectionPool, alice: User
) -> None:
    model = ScriptedModel(script=[calls("add_task", title="Kept"), RuntimeError("boom")])
    chat = Chat(pool, TaskAgent(model, max_tool_rounds=3), alice)
    reply = await chat.say("add kept")
    assert (reply.status, reply.error_code, reply.message) == (
        "error",
        LLM_ERROR,
        LLM_ERROR_MESSAGE,
    )
    assert tools_of(reply) == ["add_task"], "what already ran is reported"
    stored = await fetch_all(
        pool,
        "SELECT role, content FROM messages WHERE conversation_id = %s ORDER BY created_at",
        (chat.conversation_id,),
    )
    assert stored == [("user", "add kept"), ("assistant", LLM_ERROR_MESSAGE)]
