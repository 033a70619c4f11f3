"""Pure ASGI middleware (no BaseHTTPMiddleware, which costs a task and a copy per request).

RequestContext   X-Request-ID taken or made, bound to the logs, echoed; one access log line
SecurityHeaders  CSP, framing, sniffing and referrer headers on every HTTP response
AllowedHosts     refuses a `Host:` not in PGPILOT_ALLOWED_HOSTS (DNS rebinding) with 400
ProxyHeaders     believes X-Forwarded-For/-Proto/-Host only from PGPILOT_TRUSTED_PROXIES
"""

import ipaddress
import logging
import time
import uuid
from collections.abc import Iterable

from starlette.datastructures import Headers, MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from pgpilot.api.errors import error_response
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


class RequestContext:
    """Bind a request id for the request's logs, answer with it, and log the request once."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        rid = (Headers(scope=scope).get(HEADER) or uuid.uuid4().hex)[:MAX_REQUEST_ID]
        token = request_id.set(rid)
        started = time.perf_counter()
        status = 500  # what the client gets when the app fails before answering

        async def send_with_id(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                MutableHeaders(scope=message)[HEADER] = rid
            await send(message)

        try:
            await self.app(scope, receive, send_with_id)
        finally:
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
    """Add the browser-hardening headers to every HTTP response."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for name, value in SECURITY_HEADERS:
                    headers.setdefault(name, value)
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
        host = Headers(scope=scope).get("host", "")
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


def _without_port(host: str) -> str:
    if host.startswith("["):  # [::1]:8000
        return host[1 : host.find("]")] if "]" in host else host
    name, colon, port = host.rpartition(":")
    return name if colon and port.isdigit() and ":" not in name else host


def _bare(host: str) -> str:
    return host.removeprefix("[").removesuffix("]").removesuffix(".")
