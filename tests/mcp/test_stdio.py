"""`pgpilot mcp --user EMAIL` as a real subprocess, driven by the SDK's stdio client."""

import subprocess
import sys

from mcp import Client, StdioServerParameters

from tests.cli.test_cli import assert_one_line_error, pgpilot_process
from tests.mcp.conftest import EMAIL, count, data_of, refusal_of


def stdio_server(env: dict[str, str], email: str = EMAIL) -> StdioServerParameters:
    """How an MCP client (Claude Desktop, Cursor…) starts pgpilot."""
    return StdioServerParameters(
        command=sys.executable, args=["-m", "pgpilot", "mcp", "--user", email], env=env
    )


async def test_flow_over_stdio(cli_env: dict[str, str], demo_url: str) -> None:
    before = count(demo_url, "payments")
    async with Client(stdio_server(cli_env), read_timeout_seconds=60) as client:
        tools = {tool.name for tool in (await client.list_tools()).tools}
        assert {"execute_select_query", "delete_task", "rollback_operation"} <= tools
        schema = data_of(await client.call_tool("fetch_schema_context", {}))
        assert "customers" in {table["name"] for table in schema["tables"]}
        read = {"query": "SELECT count(*) FROM payments"}
        assert data_of(await client.call_tool("execute_select_query", read))["rows"] == [[before]]
        stacked = {"query": "SELECT 1; COMMIT; DROP TABLE t"}
        refusal_of(await client.call_tool("execute_select_query", stacked), "FORBIDDEN_SQL")
        delete = {"query": "DELETE FROM payments WHERE id = 7", "reason": "test"}
        ticket = data_of(await client.call_tool("create_approval_request", delete))
        run = {"ticket_id": ticket["ticket_id"]}
        refusal_of(await client.call_tool("execute_approved_query", run), "NOT_APPROVED")
        approved = pgpilot_process(  # a process of its own: this test's event loop is running
            "approvals", "approve", ticket["ticket_id"], "--by", "alice", env=cli_env
        )
        assert approved.returncode == 0, approved.stderr
        done = data_of(await client.call_tool("execute_approved_query", run))
        assert count(demo_url, "payments") == before - 1
        undo = {"operation_id": done["operation_id"]}
        assert data_of(await client.call_tool("rollback_operation", undo))["rows_restored"] == 1
        task = data_of(await client.call_tool("add_task", {"title": "From stdio"}))
        assert task["data"]["title"] == "From stdio"
    assert count(demo_url, "payments") == before
    audit = pgpilot_process("audit", "--json", env=cli_env)
    assert '"actor": "ada@example.com"' in audit.stdout


def test_unknown_user_is_one_line(cli_env: dict[str, str]) -> None:
    result = pgpilot_process("mcp", "--user", "nobody@example.com", env=cli_env)
    assert_one_line_error(result, "no user nobody@example.com", "pgpilot users create")
    assert result.stdout == ""


def test_user_is_required() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "pgpilot", "mcp"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 2
    assert "--user" in result.stderr
