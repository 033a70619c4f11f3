"""What every tool reaches through the server's lifespan: the services and a fixed caller."""

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from mcp.server.mcpserver import Context
from mcp.types import ToolAnnotations

from pgpilot.services import Services


@dataclass(frozen=True, slots=True)
class ServerState:
    """The lifespan context of one MCP server."""

    services: Services
    user_id: int | None  # fixed for stdio; None means "from the request's bearer token"


McpContext = Context[ServerState, Any]


@dataclass(frozen=True, slots=True)
class ToolSpec:
    """One tool as registered: the function and what a client is told about it."""

    fn: Callable[..., Awaitable[Any]]
    title: str
    description: str
    annotations: ToolAnnotations

    @property
    def name(self) -> str:
        """The tool's name is its function's."""
        return self.fn.__name__


def reading(title: str) -> ToolAnnotations:
    """Annotations of a tool that changes nothing."""
    return ToolAnnotations(title=title, read_only_hint=True, open_world_hint=False)


def changing(title: str, *, destructive: bool, idempotent: bool = False) -> ToolAnnotations:
    """Annotations of a tool that changes state."""
    return ToolAnnotations(
        title=title,
        read_only_hint=False,
        destructive_hint=destructive,
        idempotent_hint=idempotent,
        open_world_hint=False,
    )


def state_of(ctx: McpContext) -> ServerState:
    """The server's state from a tool's context."""
    return ctx.request_context.lifespan_context
