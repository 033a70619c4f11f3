"""The MCP face: every pgpilot tool for outside agents, over stdio and streamable HTTP."""
