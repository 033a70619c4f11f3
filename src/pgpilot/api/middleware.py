"""Pure ASGI middleware (no BaseHTTPMiddleware, which costs a task and a copy per request).

RequestContext   X-Request-ID taken or made, bound to the logs, echoed; one access log line
SecurityHeaders  CSP, framing, sniffing and referrer headers on every HTTP response
AllowedHosts     refuses a `Host:` not in PGPILOT_ALLOWED_HOSTS (DNS rebinding) with 400
RefuseNul        refuses a NUL byte in any query string or body with 422, in one place
ProxyHeaders     believes X-Forwarded-For/-Proto/-Host only from PGPILOT_TRUSTED_PROXIES
"""

import ipaddress
import json
import logging
import os
import re
import time
from collections.abc import Iterable
from urllib.parse import parse_qsl

from starlette.datastructures import Headers
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from pgpilot.api.errors import error_response
from pgpilot.inputs import NUL, nul_message, nul_path
from pgpilot.logs import request_id

log = logging.getLogger("pgpilot.access")

HEADER = "X-Request-ID"
MAX_REQUEST_ID = 64
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'"
)
PROBES = frozenset({"/health", "/health/live", "/health/ready"})
SECURITY_HEADERS = (
    ("content-security-policy", CONTENT_SECURITY_POLICY),
    ("x-frame-options", "DENY"),
    ("x-content-type-options", "nosniff"),
    ("referrer-policy", "no-referrer"),
)
RAW_SECURITY_HEADERS = tuple((name.encode(), value.encode()) for name, value in SECURITY_HEADERS)
HEADER_KEY = HEADER.lower().encode()


def new_request_id() -> str:
    """32 random hex digits, as uuid4().hex looks, at a third of its cost on every request."""
    return os.urandom(16).hex()


class RequestContext:
    """Bind a request id for the request's logs, answer with it, and log the request once."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        rid = (_header(scope["headers"], HEADER_KEY) or new_request_id())[:MAX_REQUEST_ID]
        raw_id = rid.encode("latin-1")
        token = request_id.set(rid)
        started = time.perf_counter()
        status = 500  # what the client gets when the app fails before answering

        async def send_with_id(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                headers = [h for h in message.get("headers", ()) if h[0].lower() != HEADER_KEY]
                message["headers"] = [*headers, (HEADER_KEY, raw_id)]
            await send(message)

        try:
            await self.app(scope, receive, send_with_id)
        finally:
            if log.isEnabledFor(logging.INFO):  # the fields are built only for a written line
                log.info(
                    "request",
                    extra={
                        "method": scope["method"],
                        "path": scope["path"],
                        "status": status,
                        "duration_ms": round((time.perf_counter() - started) * 1000, 2),
                    },
                )
            request_id.reset(token)


class SecurityHeaders:
    """Add the browser-hardening headers to every HTTP response (those it did not set itself)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", ()))
                present = {name.lower() for name, _ in headers}
                headers += [h for h in RAW_SECURITY_HEADERS if h[0] not in present]
                message["headers"] = headers
            await send(message)

        await self.app(scope, receive, send_with_headers)


class AllowedHosts:
    """Refuse requests whose Host header names none of the allowed hosts."""

    def __init__(self, app: ASGIApp, *, hosts: Iterable[str]) -> None:
        self.app = app
        patterns = [host.strip().lower() for host in hosts if host.strip()]
        self.any = "*" in patterns
        self.exact = frozenset(_bare(p) for p in patterns if not p.startswith("*."))
        self.suffixes = tuple(p[1:] for p in patterns if p.startswith("*."))

    def allows(self, host_header: str) -> bool:
        """Whether a Host header value (name, optional port) is served."""
        host = _bare(_without_port(host_header.strip().lower()))
        if self.any:
            return True
        return host in self.exact or (bool(host) and host.endswith(self.suffixes))

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] not in ("http", "websocket"):
            await self.app(scope, receive, send)
            return
        host = _header(scope["headers"], b"host") or ""
        # Probes (container HEALTHCHECK, Kubernetes kubelet) name the pod's address, not the
        # domain; health answers carry nothing a rebinding page could steal.
        if self.allows(host) or scope["path"] in PROBES:
            await self.app(scope, receive, send)
        elif scope["type"] == "websocket":
            await send({"type": "websocket.close", "code": 1008})  # before accept: HTTP 403
        else:
            message = f"Host {host!r} is not served here; see PGPILOT_ALLOWED_HOSTS."
            await error_response(400, "HOST_NOT_ALLOWED", message)(scope, receive, send)


class ProxyHeaders:
    """Take the client address, scheme and host from X-Forwarded-* when a trusted proxy sent them.

    Outermost, so host checks, login throttles, logs and links see the client's view. The
    client is the rightmost X-Forwarded-For address that is not itself a trusted proxy.
    """

    def __init__(self, app: ASGIApp, *, trusted: Iterable[str]) -> None:
        self.app = app
        self.trusted = tuple(ipaddress.ip_network(net, strict=False) for net in trusted)

    def is_trusted(self, address: str) -> bool:
        """Whether an address belongs to a trusted proxy."""
        try:
            ip = ipaddress.ip_address(address.strip().strip("[]"))
        except ValueError:
            return False
        return any(ip.version == net.version and ip in net for net in self.trusted)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        client = scope.get("client")
        if (
            scope["type"] in ("http", "websocket")
            and self.trusted
            and client
            and self.is_trusted(client[0])
        ):
            scope = self.forwarded(scope)
        await self.app(scope, receive, send)

    def forwarded(self, scope: Scope) -> Scope:
        """A copy of the scope as the proxy's client sees it."""
        headers = Headers(scope=scope)
        scope = dict(scope)
        hops = [hop.strip() for hop in headers.get("x-forwarded-for", "").split(",") if hop.strip()]
        while hops and self.is_trusted(hops[-1]):
            hops.pop()
        if hops:
            scope["client"] = (hops[-1], 0)
        proto = headers.get("x-forwarded-proto", "").split(",")[0].strip().lower()
        if proto in ("http", "https"):
            secure = proto == "https"
            if scope["type"] == "websocket":
                scope["scheme"] = "wss" if secure else "ws"
            else:
                scope["scheme"] = proto
        host = headers.get("x-forwarded-host", "").split(",")[0].strip()
        if host:
            raw = [(k, v) for k, v in scope["headers"] if k != b"host"]
            scope["headers"] = [*raw, (b"host", host.encode("latin-1"))]
        return scope


def _header(headers: Iterable[tuple[bytes, bytes]], name: bytes) -> str | None:
    """The first value of a header, by its lower-case name (ASGI servers send names so)."""
    for key, value in headers:
        if key == name:
            return value.decode("latin-1")
    return None


def _without_port(host: str) -> str:
    if host.startswith("["):  # [::1]:8000
        return host[1 : host.find("]")] if "]" in host else host
    name, colon, port = host.rpartition(":")
    return name if colon and port.isdigit() and ":" not in name else host


def _bare(host: str) -> str:
    return host.removeprefix("[").removesuffix("]").removesuffix(".")


# A JSON string escape for U+0000 that is not itself an escaped backslash followed by "u0000".
JSON_NUL = re.compile(rb"(?<!\\)(?:\\\\)*\\u0000")
FORM_NUL = b"%00"


class RefuseNul:
    """Refuse, in one place, every request whose query or body text holds a NUL byte (422).

    /mcp is left to the tools, which refuse it as a ToolError the agent can read.
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Check the query string and the whole body, then pass the request on unchanged."""
        if scope["type"] != "http" or scope["path"].startswith("/mcp"):
            await self.app(scope, receive, send)
            return
        messages = await _read_body(receive)
        body = b"".join(m.get("body", b"") for m in messages if m["type"] == "http.request")
        headers = dict(scope.get("headers") or [])
        content_type = headers.get(b"content-type", b"").decode("latin-1")
        where = _in_form("query", scope.get("query_string", b"")) or _in_body(content_type, body)
        if where is not None:
            response = error_response(422, "VALIDATION_ERROR", nul_message(where))
            await response(scope, receive, send)
            return

        async def replay() -> Message:
            return messages.pop(0) if messages else await receive()

        await self.app(scope, replay, send)


async def _read_body(receive: Receive) -> list[Message]:
    messages: list[Message] = []
    while True:
        message = await receive()
        messages.append(message)
        if message["type"] != "http.request" or not message.get("more_body", False):
            return messages


def _in_form(part: str, data: bytes) -> str | None:
    if FORM_NUL not in data:
        return None
    for name, value in parse_qsl(data.decode("latin-1"), keep_blank_values=True):
        if NUL in name or NUL in value:
            return f"{part}.{name.replace(NUL, '')}"
    return part


def _in_body(content_type: str, body: bytes) -> str | None:
    if "json" in content_type and JSON_NUL.search(body):
        try:
            return nul_path(json.loads(body), "body") or "body"
        except ValueError:
            return "body"
    if "x-www-form-urlencoded" in content_type:
        return _in_form("body", body)
    return None
