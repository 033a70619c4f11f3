"""Accounts: register, log in, look up. Emails are unique regardless of case."""

import asyncio
import re
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Final
from zoneinfo import available_timezones

import psycopg.errors
from psycopg.rows import class_row
from psycopg_pool import AsyncConnectionPool

from pgpilot.auth.passwords import (
    DEFAULT_COST,
    MAX_LENGTH,
    MIN_LENGTH,
    HashCost,
    decoy_hash,
    hash_password,
    verify_password,
)
from pgpilot.errors import Conflict, NotFound, Unauthorized, ValidationError
from pgpilot.inputs import refuse_nul

EMAIL: Final = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")
MAX_EMAIL: Final = 255
COLUMNS: Final = "id, email, timezone, created_at, can_approve, is_admin, is_active"
WRONG_LOGIN: Final = "Wrong email or password."
DISABLED: Final = "This account is disabled; ask an operator."


@dataclass(frozen=True, slots=True)
class User:
    """An account, without its password hash."""

    id: int
    email: str
    timezone: str
    created_at: datetime
    can_approve: bool = False  # granted by an operator (`pgpilot users approver`), never self
    is_admin: bool = False  # granted by an operator (`pgpilot users admin`): all audit, any undo
    is_active: bool = True  # an operator can disable an account (`pgpilot users disable`)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready fields."""
        return {
            "user_id": self.id,
            "email": self.email,
            "timezone": self.timezone,
            "created_at": self.created_at.isoformat(),
            "can_approve": self.can_approve,
            "is_admin": self.is_admin,
            "is_active": self.is_active,
        }


def checked_email(email: str) -> str:
    """The email, trimmed and lower-cased, if it looks like one."""
    refuse_nul(email=email)
    cleaned = email.strip().lower()
    if len(cleaned) > MAX_EMAIL or not EMAIL.fullmatch(cleaned):
        raise ValidationError(f"not an email address: {email!r}")
    return cleaned


def checked_password(password: str) -> str:
    """A password of 8 to 1024 characters."""
    if not MIN_LENGTH <= len(password) <= MAX_LENGTH:
        raise ValidationError(f"a password needs {MIN_LENGTH} to {MAX_LENGTH} characters")
    return password


def checked_timezone(timezone: str) -> str:
    """A real IANA time zone name, such as Europe/Paris."""
    refuse_nul(timezone=timezone)
    if timezone not in available_timezones():
        raise ValidationError(f"not an IANA time zone: {timezone!r} (try e.g. Europe/Paris)")
    return timezone


async def register_user(
    pool: AsyncConnectionPool,
    *,
    email: str,
    password: str,
    timezone: str = "UTC",
    cost: HashCost = DEFAULT_COST,
) -> User:
    """Create an account; Conflict when the email is taken."""
    address = checked_email(email)
    zone = checked_timezone(timezone)
    password_hash = await asyncio.to_thread(hash_password, checked_password(password), cost)
    try:
        async with pool.connection() as conn:
            cursor = conn.cursor(row_factory=class_row(User))
            await cursor.execute(
                "INSERT INTO users (email, password_hash, timezone) VALUES (%s, %s, %s) "
                f"RETURNING {COLUMNS}",
                (address, password_hash, zone),
            )
            user = await cursor.fetchone()
    except psycopg.errors.UniqueViolation:
        raise Conflict(
            f"An account for {address} already exists.", error_code="EMAIL_TAKEN"
        ) from None
    assert user is not None
    return user


async def authenticate(
    pool: AsyncConnectionPool, *, email: str, password: str, cost: HashCost = DEFAULT_COST
) -> User:
    """The user these credentials belong to; the same Unauthorized for any mistake."""
    refuse_nul(email=email)
    async with pool.connection() as conn:
        cursor = await conn.execute(
            f"SELECT {COLUMNS}, password_hash FROM users WHERE email = %s",
            (email.strip().lower(),),
        )
        row = await cursor.fetchone()
    stored = row[-1] if row is not None else await asyncio.to_thread(decoy_hash, cost)
    matches = await asyncio.to_thread(verify_password, password, stored)
    if row is None or not matches:
        raise Unauthorized(WRONG_LOGIN)
    user = User(*row[:-1])
    if not user.is_active:
        raise Unauthorized(DISABLED)
    return user


async def get_user(pool: AsyncConnectionPool, user_id: int) -> User | None:
    """The user with this id, if any."""
    async with pool.connection() as conn:
        cursor = conn.cursor(row_factory=class_row(User))
        await cursor.execute(f"SELECT {COLUMNS} FROM users WHERE id = %s", (user_id,))
        return await cursor.fetchone()


async def find_user(pool: AsyncConnectionPool, email: str) -> User | None:
    """The user with this email (any case), if any."""
    async with pool.connection() as conn:
        cursor = conn.cursor(row_factory=class_row(User))
        await cursor.execute(
            f"SELECT {COLUMNS} FROM users WHERE email = %s", (email.strip().lower(),)
        )
        return await cursor.fetchone()


FLAGS: Final = ("can_approve", "is_admin", "is_active")


async def set_flag(pool: AsyncConnectionPool, email: str, flag: str, *, value: bool) -> User:
    """Set one of an account's operator-granted flags; NotFound for an unknown email."""
    if flag not in FLAGS:
        raise ValueError(f"not an account flag: {flag}")
    async with pool.connection() as conn:
        cursor = conn.cursor(row_factory=class_row(User))
        await cursor.execute(
            f"UPDATE users SET {flag} = %s WHERE email = %s RETURNING {COLUMNS}",
            (value, email.strip().lower()),
        )
        user = await cursor.fetchone()
    if user is None:
        raise NotFound(f"no account for {email!r}", error_code="USER_NOT_FOUND")
    return user


async def set_approver(pool: AsyncConnectionPool, email: str, *, allowed: bool) -> User:
    """Let a user approve writes, or stop them; NotFound for an unknown email."""
    return await set_flag(pool, email, "can_approve", value=allowed)
