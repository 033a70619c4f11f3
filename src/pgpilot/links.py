"""Links pgpilot hands out: PGPILOT_PUBLIC_URL first, so they work behind a reverse proxy."""

from typing import Any

from pgpilot.settings import Settings

# A wildcard bind is not an address anyone can open; its loopback twin is.
WILDCARD_LOOPBACK = {"0.0.0.0": "127.0.0.1", "::": "[::1]", "": "127.0.0.1"}  # noqa: S104
LINK_FIELDS = ("approve_url",)


def web_base(settings: Settings) -> str:
    """PGPILOT_PUBLIC_URL, else where `pgpilot serve` listens (for the CLI and MCP over stdio)."""
    if settings.public_url:
        return settings.public_url
    host = WILDCARD_LOOPBACK.get(settings.host, settings.host)
    if ":" in host and not host.startswith("["):
        host = f"[{host}]"
    return f"http://{host}:{settings.port}"


def request_base(settings: Settings, *, scheme: str, host: str | None, root_path: str = "") -> str:
    """PGPILOT_PUBLIC_URL, else the address the client used (proxy headers already applied)."""
    if settings.public_url:
        return settings.public_url
    if not host:
        return web_base(settings)
    scheme = {"ws": "http", "wss": "https"}.get(scheme, scheme)
    return f"{scheme}://{host}{root_path.rstrip('/')}"


def approval_url(base: str, ticket_id: str) -> str:
    """The web page where an approver decides a ticket."""
    return f"{base}/approval/{ticket_id}"


def absolute(answer: dict[str, Any], base: str) -> dict[str, Any]:
    """The answer with its relative links (`/approval/…`) made absolute under `base`."""
    fixed = {
        name: base + answer[name]
        for name in LINK_FIELDS
        if isinstance(answer.get(name), str) and answer[name].startswith("/")
    }
    return answer | fixed if fixed else answer
