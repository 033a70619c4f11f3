"""build_mcp_server(services): every pgpilot tool on one official-SDK server, built on demand."""

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from mcp.server.mcpserver import MCPServer

from pgpilot import __version__
from pgpilot.mcp import sql_tools, task_tools
from pgpilot.mcp.identity import acting
from pgpilot.mcp.refusals import refusing
from pgpilot.mcp.state import ServerState
from pgpilot.services import Services

INSTRUCTIONS = """\
pgpilot lets you work on PostgreSQL safely and keeps the user's task list.
SQL: call fetch_schema_context first. Reads run with execute_select_query. A write or DDL never
runs at once: call analyze_query_impact, tell the user the impact, then create_approval_request;
a human approves the ticket outside this conversation (no tool can approve). Poll
check_approval_status, then execute_approved_query; rollback_operation undoes it.
Targets are database names: {targets}. Tasks: the tools act on the connected user's own list.
"""


def build_mcp_server(services: Services, *, user_id: int | None = None) -> MCPServer[ServerState]:
    """The server; `user_id` fixes the user (stdio), otherwise each request's token names it."""
    state = ServerState(services=services, user_id=user_id)

    @asynccontextmanager
    async def lifespan(_: MCPServer[ServerState]) -> AsyncIterator[ServerState]:
        yield state  # the face that built `services` owns them and closes them

    server: MCPServer[ServerState] = MCPServer(
        "pgpilot",
        title="pgpilot",
        description="Safe PostgreSQL for agents: guarded reads, approved writes, undo; tasks.",
        instructions=INSTRUCTIONS.format(targets=", ".join(services.targets.names)),
        version=__version__,
        lifespan=lifespan,
    )
    for spec in (*sql_tools.TOOLS, *task_tools.TOOLS):
        server.add_tool(
            refusing(acting(spec.fn)),
            name=spec.name,
            title=spec.title,
            description=spec.description,
            annotations=spec.annotations,
        )
    return server
