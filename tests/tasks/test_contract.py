"""The task contract: written once, derived by every face, enforced by the tools."""

from typing import Annotated, Any

import pytest
from fastapi import FastAPI
from mcp.server.mcpserver.utilities.func_metadata import func_metadata
from psycopg_pool import AsyncConnectionPool
from pydantic import BaseModel, Field, StringConstraints

from pgpilot.agent.tool_specs import TOOL_SPECS, model_tool
from pgpilot.errors import PgpilotError, ValidationError
from pgpilot.mcp import task_tools
from pgpilot.mcp.state import McpContext
from pgpilot.tasks import contract, errors, tools
from pgpilot.tasks.contract import TaskCreate, TaskPublic, TaskQuery, TaskUpdate, parsed

CONSTRAINTS = frozenset(
    {"maxLength", "minLength", "maxItems", "minimum", "maximum", "enum", "type", "required"}
)


def limits(schema: Any, path: str = "") -> set[tuple[str, str, str]]:
    """Every constraint in a JSON schema, by where it is (descriptions and titles aside)."""
    found: set[tuple[str, str, str]] = set()
    if isinstance(schema, dict):
        for key, value in schema.items():
            if key in CONSTRAINTS:
                found.add((path, key, repr(value)))
            else:
                found |= limits(value, f"{path}/{key}")
    elif isinstance(schema, list):
        for index, item in enumerate(schema):
            found |= limits(item, f"{path}/{index}")
    return found


def llm_properties(name: str) -> dict[str, Any]:
    spec = next(s for s in TOOL_SPECS if s["function"]["name"] == name)
    properties: dict[str, Any] = spec["function"]["parameters"]["properties"]
    return properties


def mcp_properties(fn: Any) -> dict[str, Any]:
    """The inputSchema the SDK publishes for a tool function (the same derivation it runs)."""
    schema = func_metadata(fn, skip_names=["ctx"]).arg_model.model_json_schema(by_alias=True)
    properties: dict[str, Any] = schema["properties"]
    return properties


def openapi_properties(model: type[BaseModel]) -> dict[str, Any]:
    app = FastAPI()

    @app.post("/")
    async def take(body: model) -> None:  # type: ignore[valid-type]
        """A body of the model."""

    components = app.openapi()["components"]["schemas"]
    properties: dict[str, Any] = components[model.__name__]["properties"]
    return properties


@pytest.mark.parametrize(
    ("name", "fn", "model"),
    [
        pytest.param("add_task", task_tools.add_task, TaskCreate, id="add"),
        pytest.param("list_tasks", task_tools.list_tasks, TaskQuery, id="list"),
        pytest.param("update_task", task_tools.update_task, TaskUpdate, id="update"),
    ],
)
def test_mcp_and_llm_carry_the_contracts_limits(name: str, fn: Any, model: Any) -> None:
    llm, mcp = llm_properties(name), mcp_properties(fn)
    assert set(llm) == set(mcp) == set(model.model_fields) | ({"task_id"} & set(llm))
    for field, schema in contract.properties(model).items():
        assert limits(llm[field]) == limits(mcp[field]) == limits(schema), field


@pytest.mark.parametrize(
    ("tool", "field", "key", "value"),
    [
        pytest.param("add_task", "title", "maxLength", contract.MAX_TITLE, id="title"),
        pytest.param("add_task", "description", "maxLength", contract.MAX_DESCRIPTION, id="desc"),
        pytest.param("add_task", "tags", "maxItems", contract.MAX_TAGS, id="tags"),
        pytest.param("add_task", "tags", "maxLength", contract.MAX_TAG, id="tag"),
        pytest.param("add_task", "recurrence", "maxLength", contract.MAX_RULE, id="rule"),
        pytest.param("add_task", "priority", "enum", list(contract.PRIORITIES), id="priority"),
        pytest.param("list_tasks", "limit", "maximum", contract.MAX_LIMIT, id="limit"),
        pytest.param("list_tasks", "due", "enum", list(contract.DUES), id="due"),
        pytest.param("list_tasks", "status", "enum", list(contract.STATUSES), id="status"),
        pytest.param("update_task", "add_tags", "maxItems", contract.MAX_TAGS, id="add-tags"),
    ],
)
def test_each_limit_is_the_named_one(tool: str, field: str, key: str, value: Any) -> None:
    assert key in {k for _, k, v in limits(llm_properties(tool)[field]) if v == repr(value)}


class Narrow(TaskCreate):
    """The contract with one limit changed: titles of at most 7 characters."""

    title: Annotated[
        str, StringConstraints(strip_whitespace=True, min_length=1, max_length=7), Field()
    ]


def test_a_limit_changed_once_shows_in_every_face() -> None:
    @task_tools.contract(Narrow)
    async def add_narrow(ctx: McpContext, **arguments: Any) -> Any:
        """A tool on the narrowed contract."""

    llm = model_tool("add_task", "Add.", Narrow)["function"]["parameters"]["properties"]
    faces = [llm, mcp_properties(add_narrow), openapi_properties(Narrow)]
    assert [face["title"]["maxLength"] for face in faces] == [7, 7, 7]
    with pytest.raises(ValidationError, match="title: must be at most 7 characters"):
        parsed(Narrow, {"title": "eight ch"})


@pytest.mark.parametrize(
    ("values", "words"),
    [
        pytest.param({"title": "x" * 201}, "title: must be at most 200 characters", id="long"),
        pytest.param({"title": "t", "tags": list("abcdef")}, "tags: must hold", id="six-tags"),
        pytest.param({"title": "t", "tags": ["ok", ""]}, "tags[1]: must not be empty", id="tag"),
        pytest.param({"title": "t", "priority": "asap"}, "priority: must be one of", id="prio"),
        pytest.param({"title": "t", "owner": 2}, "owner: is not an argument", id="extra"),
        pytest.param({}, "title: is required", id="missing"),
        pytest.param({"title": "a\x00"}, "NUL byte", id="nul"),
    ],
)
def test_mistakes_name_the_field(values: dict[str, Any], words: str) -> None:
    with pytest.raises(ValidationError) as raised:
        parsed(TaskCreate, values)
    assert words in raised.value.message


def test_values_are_cleaned() -> None:
    task = parsed(TaskCreate, {"title": "  Milk ", "priority": "HIGH", "tags": ["a", " a", "b"]})
    assert (task.title, task.priority, task.tags) == ("Milk", "high", ["a", "b"])
    assert parsed(TaskUpdate, {"title": "x"}).changes() == {"title": "x"}
    assert parsed(TaskUpdate, {"recurrence": None}).changes() == {"recurrence": None}


@pytest.mark.parametrize(
    ("error", "code", "status"),
    [
        pytest.param(errors.UserNotFound, "USER_NOT_FOUND", 404, id="user"),
        pytest.param(errors.TaskNotFound, "TASK_NOT_FOUND", 404, id="task"),
        pytest.param(errors.NoChanges, "NO_CHANGES", 409, id="no-changes"),
        pytest.param(errors.NotConfirmed, "NOT_CONFIRMED", 409, id="not-confirmed"),
        pytest.param(errors.AlreadyRestored, "ALREADY_RESTORED", 409, id="restored"),
        pytest.param(errors.TaskDatabaseError, "DB_ERROR", 500, id="db"),
        pytest.param(ValidationError, "VALIDATION_ERROR", 422, id="validation"),
    ],
)
def test_errors_carry_code_and_status(error: type[PgpilotError], code: str, status: int) -> None:
    raised = error("what happened")
    assert (raised.error_code, raised.status) == (code, status)
    assert raised.envelope()["error_code"] == code


async def test_tools_raise_typed_errors(pool: AsyncConnectionPool, alice: int) -> None:
    with pytest.raises(errors.TaskNotFound):
        await tools.complete_task(pool, user_id=alice, task_id=424242)
    with pytest.raises(ValidationError, match="200"):
        await tools.add_task(pool, user_id=alice, title="x" * 201)
    with pytest.raises(errors.UserNotFound):
        await tools.add_task(pool, user_id=999_999, title="t")


async def test_a_task_is_its_public_shape(pool: AsyncConnectionPool, alice: int) -> None:
    added = await tools.add_task(pool, user_id=alice, title="Pay rent", tags=["home"])
    task = TaskPublic.model_validate(added["data"])
    assert task.model_dump() == {name: added["data"][name] for name in TaskPublic.model_fields}
