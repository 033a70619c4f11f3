"""Password hashes: argon2 through pwdlib, checked off the event loop by callers."""

import secrets
from dataclasses import dataclass
from functools import lru_cache
from typing import Final

from pwdlib import PasswordHash
from pwdlib.exceptions import UnknownHashError
from pwdlib.hashers.argon2 import Argon2Hasher

from pgpilot.settings import Settings

MIN_LENGTH: Final = 8
MAX_LENGTH: Final = 1024
# A hash of the default cost, checked when an email is unknown (see `decoy_hash`).
DECOY_HASH: Final = (
    "$argon2id$v=19$m=65536,t=3,p=4$/O9gae6BjAIo1vhmFcAbig"
    "$ERBMkKloXGio0K/K1uH98vKBhEYBPTFyphDmLhFhi8Q"
)


@dataclass(frozen=True, slots=True)
class HashCost:
    """What one argon2id hash costs: memory in KiB and passes (pwdlib's defaults by default).

    A hash records its own cost, so a changed cost applies to new passwords and every stored
    hash still verifies.
    """

    memory_kib: int = 65536
    time_cost: int = 3

    @classmethod
    def of(cls, settings: Settings) -> "HashCost":
        """The cost configured for this process (PGPILOT_PASSWORD_HASH_*)."""
        return cls(settings.password_hash_memory_kib, settings.password_hash_time_cost)


DEFAULT_COST: Final = HashCost()


@lru_cache(maxsize=4)
def _hasher(cost: HashCost) -> PasswordHash:
    return PasswordHash((Argon2Hasher(time_cost=cost.time_cost, memory_cost=cost.memory_kib),))


def hash_password(password: str, cost: HashCost = DEFAULT_COST) -> str:
    """An argon2id hash of the password."""
    return _hasher(cost).hash(password)


def verify_password(password: str, password_hash: str) -> bool:
    """Whether the password matches the hash (False for a hash we cannot read)."""
    try:
        return _hasher(DEFAULT_COST).verify(password, password_hash)  # the hash says its cost
    except UnknownHashError:
        return False


def decoy_hash(cost: HashCost = DEFAULT_COST) -> str:
    """A hash of no one's password, of the cost new accounts get.

    It is checked when an email is unknown, so a wrong email takes as long as a wrong password.
    """
    return DECOY_HASH if cost == DEFAULT_COST else _decoy(cost)


@lru_cache(maxsize=4)
def _decoy(cost: HashCost) -> str:
    return hash_password(secrets.token_urlsafe(24), cost)
