"""The floor of an MCP call on this machine: a bare server of one tool on the same SDK."""

import sys

ECHO_SERVER = """
from mcp.server.mcpserver import MCPServer
server = MCPServer("echo")
@server.tool()
def echo(text: str) -> str:
    return text
server.run()
"""

ECHO_COMMAND = [sys.executable, "-c", ECHO_SERVER]
