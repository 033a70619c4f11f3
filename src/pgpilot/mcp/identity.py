"""Who a tool acts for: the stdio user chosen at start, or the bearer token's user over HTTP."""

from mcp.server.auth.middleware.auth_context import get_access_token
from mcp.server.auth.provider import AccessToken
from psycopg_pool import AsyncConnectionPool

from pgpilot.auth.users import User, checked_email, find_user
from pgpilot.errors import NotFound, Unauthorized
from pgpilot.mcp.state import Caller, McpContext, state_of

CLIENT_ID = "pgpilot"


async def find_caller(pool: AsyncConnectionPool, email: str) -> Caller:
    """The account with this email, as an MCP caller; NotFound when there is none."""
    address = checked_email(email)
    user = await find_user(pool, address)
    if user is None:
        raise NotFound(
            f"no user {address}; create one with `pgpilot users create {address}`",
            error_code="USER_NOT_FOUND",
        )
    return Caller(user_id=user.id, email=user.email)


def access_token(user: User, token: str) -> AccessToken:
    """The SDK's record of a verified bearer token: sessions and state are bound to its subject."""
    return AccessToken(
        token=token,
        client_id=CLIENT_ID,
        scopes=[],
        subject=str(user.id),
        claims={"email": user.email},
    )


def caller_of(ctx: McpContext) -> Caller:
    """The caller of this request; Unauthorized when nobody is logged in."""
    fixed = state_of(ctx).caller
    if fixed is not None:
        return fixed
    token = get_access_token()
    if token is None or token.subject is None or not token.subject.isdigit():
        raise Unauthorized("this MCP session has no user; connect with a bearer token")
    email = str((token.claims or {}).get("email") or f"user-{token.subject}")
    return Caller(user_id=int(token.subject), email=email)
