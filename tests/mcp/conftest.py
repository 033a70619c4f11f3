"""MCP fixtures: Services over a test's own databases, a user, and an in-memory SDK client."""

from collections.abc import AsyncIterator, Callable
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import psycopg
import pytest
from mcp import Client
from mcp.types import CallToolResult, TextContent

from pgpilot.approvals import tickets
from pgpilot.auth.actors import Access, Actor, actor_for_email
from pgpilot.errors import NotFound
from pgpilot.mcp.server import build_mcp_server
from pgpilot.services import Services
from pgpilot.settings import Settings
from tests.actors import grant, user_actor
from tests.appdb import app_pool, make_user
from tests.cli.test_cli import pgpilot

SECRET = "t" * 40
EMAIL = "ada@example.com"
ClientFactory = Callable[..., AbstractAsyncContextManager[Client]]


@pytest.fixture
def mcp_settings(app_db_url: str, demo_url: str) -> Settings:
    """Settings over this test's app database, with its demo shop as the default target."""
    return Settings(database_url=app_db_url, target_database_url=demo_url, jwt_secret=SECRET)


@pytest.fixture
async def services(mcp_settings: Settings) -> AsyncIterator[Services]:
    """The process's services, as a face builds them."""
    built = await Services.start(mcp_settings)
    yield built
    await built.close()


@dataclass(frozen=True, slots=True)
class Caller:
    """A user an MCP client connects as: the server takes only the id; tickets name the email."""

    user_id: int
    email: str


async def new_caller(
    app_db_url: str, email: str, *, access: Access | None = "write", target: str = "default"
) -> Caller:
    """A user of the app database, granted `access` to `target` (None: no grant at all)."""
    async with app_pool(app_db_url) as pool:
        user_id = await make_user(pool, email=email)
        if access is not None:
            await grant(pool, user_id, target, access)
    return Caller(user_id=user_id, email=email)


@pytest.fixture
async def caller(app_db_url: str) -> Caller:
    """The user the in-memory client acts for."""
    return await new_caller(app_db_url, EMAIL)


@pytest.fixture
def cli_env(app_db_url: str, demo_url: str, home: Path) -> dict[str, str]:
    """Variables for pgpilot processes on this test's databases; EMAIL made by the CLI."""
    variables = {
        "DATABASE_URL": app_db_url,
        "TARGET_DATABASE_URL": demo_url,
        "PGPILOT_HOME": str(home),
    }
    made = pgpilot("users", "create", EMAIL, "--password", "s3cret-pass", env=variables)
    assert made.returncode == 0, made.stderr
    granted = pgpilot("users", "grant", EMAIL, "--target", "default", "--write", env=variables)
    assert granted.returncode == 0, granted.stderr
    return variables


@pytest.fixture
def connect(services: Services, caller: Caller) -> ClientFactory:
    """Open an in-memory client (no subprocess, no port) for a caller (default: `caller`)."""

    @asynccontextmanager
    async def open_client(as_caller: Caller | None = None, **options: Any) -> AsyncIterator[Client]:
        server = build_mcp_server(services, user_id=(as_caller or caller).user_id)
        async with Client(server, **options) as client:
            yield client

    return open_client


def text_of(result: CallToolResult) -> str:
    """The text a model reads from a tool result."""
    return "\n".join(block.text for block in result.content if isinstance(block, TextContent))


def data_of(result: CallToolResult) -> dict[str, Any]:
    """The structured answer of a successful call."""
    assert not result.is_error, text_of(result)
    assert isinstance(result.structured_content, dict)
    return result.structured_content


def refusal_of(result: CallToolResult, code: str) -> str:
    """The text of an error result, which must name `code` and hold no traceback."""
    assert result.is_error, result
    assert result.structured_content is None
    text = text_of(result)
    assert code in text, text
    assert "Traceback" not in text
    return text


def count(url: str, table: str) -> int:
    """Rows in a table of a database, read outside pgpilot."""
    with psycopg.connect(url) as conn:
        row = conn.execute(f"SELECT count(*) FROM {table}").fetchone()
    assert row is not None
    return int(row[0])


APPROVER = "alice@example.com"


async def approver(services: Services) -> Actor:
    """alice, a human who may approve writes (made on first use)."""
    try:
        return await actor_for_email(services.app_db, APPROVER)
    except NotFound:
        return await user_actor(
            services.app_db, await make_user(services.app_db, email=APPROVER, can_approve=True)
        )


async def decide(services: Services, ticket_id: str, *, yes: bool = True) -> None:
    """A human's decision, through the service that REST and the CLI call."""
    await tickets.decide(
        services.app_db,
        ticket_id,
        approve=yes,
        approver=await approver(services),
        comment=None,
        four_eyes=True,
    )
