"""Target grants: which users may read a SQL target, or read it and request writes on it."""

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from psycopg.rows import class_row
from psycopg_pool import AsyncConnectionPool

from pgpilot.auth.actors import Access
from pgpilot.errors import NotFound

GRANT_SQL = """
INSERT INTO target_grants (user_id, target, access, granted_by)
SELECT id, %(target)s, %(access)s, %(by)s FROM users WHERE email = %(email)s
ON CONFLICT (user_id, target) DO UPDATE SET access = EXCLUDED.access,
    granted_by = EXCLUDED.granted_by, created_at = now()
RETURNING user_id
"""
LIST_SQL = """
SELECT u.email, g.target, g.access, g.granted_by, g.created_at
FROM target_grants g JOIN users u ON u.id = g.user_id
WHERE (%(email)s::text IS NULL OR u.email = %(email)s)
ORDER BY u.email, g.target
"""


@dataclass(frozen=True, slots=True)
class Grant:
    """One user's access to one target."""

    email: str
    target: str
    access: Access
    granted_by: str
    created_at: datetime

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready fields."""
        return {
            "email": self.email,
            "target": self.target,
            "access": self.access,
            "granted_by": self.granted_by,
            "created_at": self.created_at.isoformat(),
        }


async def grant(
    pool: AsyncConnectionPool, *, email: str, target: str, access: Access, by: str
) -> None:
    """Give (or change) a user's access to a target; NotFound for an unknown email."""
    address = email.strip().lower()
    params = {"email": address, "target": target, "access": access, "by": by}
    async with pool.connection() as conn:
        row = await (await conn.execute(GRANT_SQL, params)).fetchone()
    if row is None:
        raise NotFound(f"no account for {address!r}", error_code="USER_NOT_FOUND")


async def revoke(pool: AsyncConnectionPool, *, email: str, target: str) -> bool:
    """Take a user's access to a target away; whether they had any; NotFound for no account."""
    address = email.strip().lower()
    async with pool.connection() as conn:
        row = await (
            await conn.execute(
                "WITH gone AS (DELETE FROM target_grants g USING users u WHERE g.user_id = u.id"
                " AND u.email = %(email)s AND g.target = %(target)s RETURNING 1)"
                " SELECT (SELECT count(*) FROM gone) FROM users WHERE email = %(email)s",
                {"email": address, "target": target},
            )
        ).fetchone()
    if row is None:
        raise NotFound(f"no account for {address!r}", error_code="USER_NOT_FOUND")
    return bool(row[0])


async def list_grants(pool: AsyncConnectionPool, *, email: str | None = None) -> list[Grant]:
    """Every grant, or one user's, by email then target."""
    address = email.strip().lower() if email else None
    async with pool.connection() as conn:
        cursor = conn.cursor(row_factory=class_row(Grant))
        await cursor.execute(LIST_SQL, {"email": address})
        return await cursor.fetchall()
