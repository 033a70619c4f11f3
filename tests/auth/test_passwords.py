"""Password hashes."""

from pgpilot.auth.passwords import DECOY_HASH, hash_password, verify_password


def test_hash_and_verify() -> None:
    hashed = hash_password("hunter22!")
    assert hashed.startswith("$argon2id$")
    assert "hunter22!" not in hashed
    assert verify_password("hunter22!", hashed)
    assert not verify_password("hunter22?", hashed)
    assert hash_password("hunter22!") != hashed, "each hash has its own salt"


def test_unreadable_hash_is_no_match() -> None:
    assert not verify_password("anything", "plain-text-password")
    assert not verify_password("anything", DECOY_HASH)
