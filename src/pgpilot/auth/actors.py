"""Who acts: resolved once per request from credentials, never from what the request says.

A user comes from a bearer token (REST, WebSocket, MCP over HTTP) or `pgpilot mcp --user`;
the operator is whoever runs the CLI at the server's console, and may do everything.
Through the app's pool (`AppPool`), users come from its actor cache, which NOTIFY keeps honest.
"""

import getpass
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Final, Literal

from psycopg.rows import dict_row
from psycopg_pool import AsyncConnectionPool

from pgpilot.auth.actor_cache import AppPool
from pgpilot.auth.users import COLUMNS, DISABLED, User
from pgpilot.errors import ConfigError, Forbidden, NotFound, Unauthorized

Access = Literal["read", "write"]
NO_GRANTS: Final[Mapping[str, Access]] = MappingProxyType({})
ACTOR_SQL: Final = f"""
SELECT {", ".join(f"u.{name.strip()}" for name in COLUMNS.split(","))},
       coalesce(jsonb_object_agg(g.target, g.access) FILTER (WHERE g.target IS NOT NULL),
                '{{}}'::jsonb) AS grants
FROM users u LEFT JOIN target_grants g ON g.user_id = u.id
"""
BY: Final = {"id": "WHERE u.id = %s GROUP BY u.id", "email": "WHERE u.email = %s GROUP BY u.id"}


@dataclass(frozen=True, slots=True)
class Actor:
    """A signed-in user with their grants, or the operator at the console."""

    user: User | None
    operator: str | None = None  # e.g. "cli:alice", when user is None
    grants: Mapping[str, Access] = field(default_factory=lambda: NO_GRANTS)

    @classmethod
    def console(cls, name: str | None = None) -> "Actor":
        """The operator running the CLI on the server: every right, named for the log."""
        return cls(user=None, operator=name or f"cli:{getpass.getuser()}")

    @property
    def id(self) -> int | None:
        """The user's id; None for the operator."""
        return None if self.user is None else self.user.id

    @property
    def name(self) -> str:
        """How tickets and the audit log name this actor."""
        return self.user.email if self.user is not None else str(self.operator)

    @property
    def is_operator(self) -> bool:
        """The console's operator, who may also name targets by URL."""
        return self.user is None

    @property
    def is_admin(self) -> bool:
        """Sees the whole audit log and may execute or undo anyone's write."""
        return self.user is None or self.user.is_admin

    @property
    def can_approve(self) -> bool:
        """May approve or reject tickets."""
        return self.user is None or self.user.can_approve

    def access_to(self, target: str) -> Access | None:
        """What this actor may do on a target: read, write (request writes), or nothing."""
        if self.is_admin:
            return "write"
        return self.grants.get(target)

    def is_(self, user_id: int | None, name: str) -> bool:
        """Whether a recorded requester (id, or the operator's name) is this actor."""
        if user_id is not None or self.user is not None:
            return user_id == self.id
        return name == self.operator

    def require_approver(self) -> None:
        """Forbidden unless this actor may decide tickets."""
        if not self.can_approve:
            raise Forbidden(
                f"{self.name} may not approve writes; an operator grants it with "
                f"`pgpilot users approver {self.name}`.",
                error_code="NOT_AN_APPROVER",
            )


async def actor_for_user(pool: AsyncConnectionPool, user_id: int) -> Actor:
    """The user with this id as an actor; Unauthorized if the account is gone or disabled."""
    return await _load(pool, "id", user_id, missing=Unauthorized(GONE))


async def actor_for_email(pool: AsyncConnectionPool, email: str) -> Actor:
    """The account with this email as an actor (`pgpilot mcp --user`)."""
    address = email.strip().lower()
    missing = NotFound(
        f"no user {address}; create one with `pgpilot users create {address}`",
        error_code="USER_NOT_FOUND",
    )
    return await _load(pool, "email", address, missing=missing)


async def actor_from_token(
    pool: AsyncConnectionPool, token: str | None, *, secret: str | None
) -> Actor:
    """The one way a request's credentials become an actor: a valid token of a live account."""
    if not token:
        raise Unauthorized("Log in first and send 'Authorization: Bearer <access_token>'.")
    if secret is None:
        raise ConfigError("JWT_SECRET is not set; logins cannot be checked")
    # Only faces that take tokens get here: the CLI and stdio MCP never load jwt (0.05 s).
    from pgpilot.auth.tokens import read_token

    return await actor_for_user(pool, read_token(token, secret=secret))


GONE: Final = "The account of this login no longer exists."


async def _load(pool: AsyncConnectionPool, key: str, value: object, *, missing: Exception) -> Actor:
    """Through the process's actor cache when the pool is the app's (every face's is)."""
    if isinstance(pool, AppPool):
        return await pool.actors.get(
            (key, value), lambda: lookup(pool, key, value, missing=missing)
        )
    return await lookup(pool, key, value, missing=missing)


async def lookup(
    pool: AsyncConnectionPool, key: str, value: object, *, missing: Exception
) -> Actor:
    """The actor as the database has it now: one round trip, no cache."""
    async with pool.connection() as conn:
        # Every request pays this lookup: one statement needs no BEGIN and COMMIT round trips.
        await conn.set_autocommit(True)
        try:
            cursor = conn.cursor(row_factory=dict_row)
            await cursor.execute(ACTOR_SQL + BY[key], (value,))
            row = await cursor.fetchone()
        finally:
            if not conn.broken:  # a broken one is discarded by the pool anyway
                await conn.set_autocommit(False)
    if row is None:
        raise missing
    grants = row.pop("grants")
    user = User(**row)
    if not user.is_active:
        raise Unauthorized(DISABLED)
    return Actor(user=user, grants=MappingProxyType(grants))
