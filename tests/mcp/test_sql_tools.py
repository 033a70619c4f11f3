"""SQL tools through the SDK's in-memory client: every tool, every refusal, on a real shop."""

import pytest
from mcp import Client

from pgpilot.mcp.server import build_mcp_server
from pgpilot.services import Services
from pgpilot.settings import Settings
from tests.mcp.conftest import Caller, ClientFactory, count, data_of, refusal_of, text_of

DELETE_TWO = "DELETE FROM payments WHERE id IN (1, 2)"


async def test_schema_lists_every_table_and_focuses(connect: ClientFactory) -> None:
    async with connect() as client:
        everything = data_of(await client.call_tool("fetch_schema_context", {}))
        focused = data_of(
            await client.call_tool(
                "fetch_schema_context", {"table_names": ["customers"], "include_samples": True}
            )
        )
    names = {table["name"] for table in everything["tables"]}
    assert {"customers", "orders", "order_items", "payments", "products"} <= names
    assert everything["target"] == "default"
    assert [table["name"] for table in focused["tables"]] == ["customers"]
    assert focused["tables"][0]["samples"]["email"]


@pytest.mark.parametrize(
    ("arguments", "code"),
    [
        pytest.param({"table_names": ["nope"]}, "TABLE_NOT_FOUND", id="unknown-table"),
        pytest.param({"target": "crm"}, "TARGET_NOT_FOUND", id="unknown-target"),
        pytest.param(
            {"target": "postgresql://postgres@127.0.0.1/postgres"},
            "VALIDATION_ERROR",
            id="url-target",
        ),
        pytest.param({"table_names": ["a\x00b"]}, "VALIDATION_ERROR", id="nul-byte"),
    ],
)
async def test_schema_refusals(
    connect: ClientFactory, arguments: dict[str, object], code: str
) -> None:
    async with connect() as client:
        refusal_of(await client.call_tool("fetch_schema_context", arguments), code)


async def test_select_returns_rows(connect: ClientFactory) -> None:
    async with connect() as client:
        result = await client.call_tool(
            "execute_select_query", {"query": "SELECT id, name FROM customers ORDER BY id LIMIT 2"}
        )
    answer = data_of(result)
    assert answer["columns"] == ["id", "name"]
    assert [row[0] for row in answer["rows"]] == [1, 2]
    assert answer["truncated"] is False
    assert '"row_count": 2' in text_of(result)


@pytest.mark.parametrize(
    ("query", "code", "words"),
    [
        pytest.param(
            "SELECT 1; COMMIT; DROP TABLE t", "FORBIDDEN_SQL", ["one statement"], id="stacked"
        ),
        pytest.param(
            "WITH gone AS (DELETE FROM payments RETURNING *) SELECT count(*) FROM gone",
            "NEEDS_APPROVAL",
            ["SELECT writes", "create_approval_request"],
            id="writable-cte",
        ),
        pytest.param(
            "SELECT * FROM pg_read_file('/etc/passwd')",
            "FORBIDDEN_SQL",
            ["pg_read_file"],
            id="file",
        ),
        pytest.param("VALUES (pg_sleep(10))", "FORBIDDEN_SQL", ["pg_sleep"], id="sleep"),
        pytest.param(
            "SELECT set_config('default_transaction_read_only', 'off', false)",
            "FORBIDDEN_SQL",
            ["set_config"],
            id="set-config",
        ),
        pytest.param(
            "DELETE FROM payments WHERE id = 1",
            "NEEDS_APPROVAL",
            ["this is a DELETE", "analyze_query_impact, then create_approval_request"],
            id="delete",
        ),
        pytest.param("DROP TABLE payments", "NEEDS_APPROVAL", ["DROP TABLE"], id="ddl"),
        pytest.param(
            "SELECT * FROM products FOR UPDATE", "NEEDS_APPROVAL", ["locks"], id="for-update"
        ),
        pytest.param("COPY payments TO '/tmp/x'", "FORBIDDEN_SQL", [], id="copy"),
        pytest.param("SET TRANSACTION READ WRITE", "FORBIDDEN_SQL", [], id="set"),
        pytest.param("   ", "FORBIDDEN_SQL", [], id="empty"),
    ],
)
async def test_select_refusals(
    connect: ClientFactory, demo_url: str, query: str, code: str, words: list[str]
) -> None:
    before = count(demo_url, "payments")
    async with connect() as client:
        text = refusal_of(await client.call_tool("execute_select_query", {"query": query}), code)
    for word in words:
        assert word in text
    assert count(demo_url, "payments") == before


@pytest.mark.parametrize(
    "query",
    [
        pytest.param("SELECT * FROM orders WHERE customer_id = 3", id="select"),
        pytest.param("DELETE FROM payments WHERE id = 1", id="delete-not-run"),
    ],
)
async def test_explain_plans_without_running(
    connect: ClientFactory, demo_url: str, query: str
) -> None:
    before = count(demo_url, "payments")
    async with connect() as client:
        answer = data_of(await client.call_tool("explain_query", {"query": query}))
    assert any("cost=" in line for line in answer["plan"])
    assert count(demo_url, "payments") == before


@pytest.mark.parametrize(
    ("query", "code"),
    [
        pytest.param("SELECT 1; DELETE FROM payments", "FORBIDDEN_SQL", id="stacked"),
        pytest.param("SELECT pg_terminate_backend(1)", "FORBIDDEN_SQL", id="forbidden-function"),
        pytest.param("EXPLAIN ANALYZE DELETE FROM payments", "VALIDATION_ERROR", id="has-explain"),
        pytest.param("(ANALYZE) DELETE FROM payments", "FORBIDDEN_SQL", id="options-smuggled"),
        pytest.param("DROP TABLE payments", "VALIDATION_ERROR", id="ddl"),
    ],
)
async def test_explain_refusals(
    connect: ClientFactory, demo_url: str, query: str, code: str
) -> None:
    before = count(demo_url, "payments")
    async with connect() as client:
        refusal_of(await client.call_tool("explain_query", {"query": query}), code)
    assert count(demo_url, "payments") == before


async def test_impact_of_a_delete_keeps_everything(connect: ClientFactory, demo_url: str) -> None:
    before = count(demo_url, "payments")
    async with connect() as client:
        write = data_of(await client.call_tool("analyze_query_impact", {"query": DELETE_TWO}))
        read = data_of(await client.call_tool("analyze_query_impact", {"query": "SELECT 1"}))
        stacked = await client.call_tool("analyze_query_impact", {"query": "SELECT 1; SELECT 2"})
    assert (write["kind"], write["statement_type"]) == ("write", "DELETE")
    assert write["impact"]["rows"] == 2
    assert write["impact"]["risk"] == "LOW"
    assert write["impact"]["tables"]["public.payments"]["deleted"] == 2
    assert "create_approval_request" in write["next"]
    assert (read["kind"], read["impact"]) == ("read", None)
    refusal_of(stacked, "FORBIDDEN_SQL")
    assert count(demo_url, "payments") == before


async def test_schema_context_with_redis_down(mcp_settings: Settings, caller: Caller) -> None:
    down = mcp_settings.model_copy(
        update={"redis_url": "redis://127.0.0.1:1/0", "redis_timeout_s": 1}
    )
    services = await Services.start(down)
    try:
        async with Client(build_mcp_server(services, user_id=caller.user_id)) as client:
            answer = data_of(await client.call_tool("fetch_schema_context", {}))
    finally:
        await services.close()
    assert "customers" in {table["name"] for table in answer["tables"]}


async def test_ask_database_answers_a_plain_question(connect: ClientFactory) -> None:
    async with connect() as client:
        answer = data_of(
            await client.call_tool("ask_database", {"question": "how many orders were cancelled?"})
        )
    assert answer["status"] == "success"
    assert "'cancelled'" in answer["sql"]
    assert answer["rows"] == [[313]]
    assert "public.orders" in answer["tables_considered"]


async def test_ask_database_never_runs_a_write(connect: ClientFactory, demo_url: str) -> None:
    before = count(demo_url, "payments")
    async with connect() as client:
        answer = data_of(
            await client.call_tool("ask_database", {"question": "delete payments where id = 1"})
        )
    assert answer["status"] == "pending_approval"  # LOW risk, yet a human decides
    assert answer["ticket_id"]
    assert answer["impact"]["rows"] == 1
    assert "check_approval_status" in answer["next"]
    assert count(demo_url, "payments") == before


async def test_ask_database_names_the_words_it_could_not_place(connect: ClientFactory) -> None:
    async with connect() as client:
        text = refusal_of(
            await client.call_tool("ask_database", {"question": "what is the meaning of life"}),
            "NOT_UNDERSTOOD",
        )
    assert "'meaning'" in text
