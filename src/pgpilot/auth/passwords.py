"""Password hashes: argon2 through pwdlib, checked off the event loop by callers."""

from typing import Final

from pwdlib import PasswordHash
from pwdlib.exceptions import UnknownHashError
from pwdlib.hashers.argon2 import Argon2Hasher

MIN_LENGTH: Final = 8
MAX_LENGTH: Final = 1024
# Checked when an email is unknown, so a wrong email costs as long as a wrong password.
DECOY_HASH: Final = (
    "$argon2id$v=19$m=65536,t=3,p=4$/O9gae6BjAIo1vhmFcAbig"
    "$ERBMkKloXGio0K/K1uH98vKBhEYBPTFyphDmLhFhi8Q"
)


def _hasher() -> PasswordHash:
    return PasswordHash((Argon2Hasher(),))


def hash_password(password: str) -> str:
    """An argon2id hash of the password."""
    return _hasher().hash(password)


def verify_password(password: str, password_hash: str) -> bool:
    """Whether the password matches the hash (False for a hash we cannot read)."""
    try:
        return _hasher().verify(password, password_hash)
    except UnknownHashError:
        return False
