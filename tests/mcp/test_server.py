"""What a client sees when it lists the tools: names, arguments, annotations, descriptions."""

import pytest
from mcp.types import Tool

from pgpilot.agent.tool_specs import TOOL_SPECS
from tests.mcp.conftest import ClientFactory
from tests.tasks.test_contract import limits

SQL_TOOLS = {
    "ask_database": {"question", "target"},
    "fetch_schema_context": {"table_names", "include_samples", "target"},
    "execute_select_query": {"query", "target"},
    "explain_query": {"query", "target"},
    "analyze_query_impact": {"query", "target"},
    "create_approval_request": {"query", "reason", "target"},
    "check_approval_status": {"ticket_id"},
    "execute_approved_query": {"ticket_id"},
    "rollback_operation": {"operation_id"},
}
TASK_TOOLS = {
    "add_task": {"title", "description", "due_date", "priority", "tags", "recurrence", "remind_at"},
    "list_tasks": {"status", "priority", "sort_by", "limit", "offset", "due", "tag"},
    "update_task": {
        "task_id",
        "title",
        "description",
        "due_date",
        "priority",
        "tags",
        "add_tags",
        "recurrence",
        "remind_at",
    },
    "complete_task": {"task_id", "cancel_reminder"},
    "delete_task": {"task_id", "confirmed"},
    "restore_task": {"audit_id", "title"},
}
READ_ONLY = {
    "fetch_schema_context",
    "execute_select_query",
    "explain_query",
    "analyze_query_impact",
    "check_approval_status",
    "list_tasks",
}
DESTRUCTIVE = {"delete_task", "execute_approved_query", "rollback_operation"}


@pytest.fixture
async def listed(connect: ClientFactory) -> dict[str, Tool]:
    async with connect() as client:
        return {tool.name: tool for tool in (await client.list_tools()).tools}


def test_every_tool_with_exactly_its_arguments(listed: dict[str, Tool]) -> None:
    assert {name: set(tool.input_schema["properties"]) for name, tool in listed.items()} == (
        SQL_TOOLS | TASK_TOOLS
    )
    required = {name: set(tool.input_schema.get("required", ())) for name, tool in listed.items()}
    assert required["execute_select_query"] == {"query"}
    assert required["delete_task"] == {"task_id"}
    assert required["list_tasks"] == set()


def test_annotations(listed: dict[str, Tool]) -> None:
    for name, tool in listed.items():
        annotations = tool.annotations
        assert annotations is not None, name
        assert annotations.read_only_hint is (name in READ_ONLY), name
        if name in DESTRUCTIVE:
            assert annotations.destructive_hint is True, name
        elif name not in READ_ONLY:
            assert annotations.destructive_hint is False, name


def test_titles_and_descriptions_for_a_model(listed: dict[str, Tool]) -> None:
    for name, tool in listed.items():
        assert tool.title, name
        assert tool.description is not None, name
        assert len(tool.description) > 60, name
        for argument, schema in tool.input_schema["properties"].items():
            if argument not in ("status", "sort_by", "priority", "limit", "offset"):
                assert schema.get("description"), f"{name}.{argument}"
    assert "no tool can approve" in (listed["create_approval_request"].description or "")
    assert listed["list_tasks"].input_schema["properties"]["status"]["enum"] == [
        "all",
        "pending",
        "completed",
    ]


async def test_instructions_name_the_targets(connect: ClientFactory) -> None:
    async with connect(mode="legacy") as client:
        instructions = client.instructions
    assert instructions is not None
    assert "Targets are database names: default." in instructions


@pytest.mark.parametrize("name", ["add_task", "list_tasks", "update_task"])
def test_task_tools_publish_the_contract(listed: dict[str, Tool], name: str) -> None:
    served = listed[name].input_schema["properties"]
    llm = next(s for s in TOOL_SPECS if s["function"]["name"] == name)["function"]["parameters"]
    assert set(served) == set(llm["properties"])
    for argument, schema in llm["properties"].items():
        assert limits(served[argument]) == limits(schema), argument
    assert set(listed[name].input_schema.get("required", ())) == set(llm["required"])
