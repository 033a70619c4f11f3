"""Password hashes."""

import pytest

from pgpilot.auth.passwords import (
    DECOY_HASH,
    DEFAULT_COST,
    HashCost,
    decoy_hash,
    hash_password,
    verify_password,
)
from pgpilot.settings import Settings

CHEAP = HashCost(memory_kib=1024, time_cost=1)


def test_hash_and_verify() -> None:
    hashed = hash_password("hunter22!")
    assert hashed.startswith("$argon2id$v=19$m=65536,t=3,p=4$"), "the default cost"
    assert "hunter22!" not in hashed
    assert verify_password("hunter22!", hashed)
    assert not verify_password("hunter22?", hashed)
    assert hash_password("hunter22!") != hashed, "each hash has its own salt"


def test_unreadable_hash_is_no_match() -> None:
    assert not verify_password("anything", "plain-text-password")
    assert not verify_password("anything", DECOY_HASH)


def test_a_hash_keeps_its_cost_whatever_the_cost_now() -> None:
    cheap = hash_password("hunter22!", CHEAP)
    assert cheap.startswith("$argon2id$v=19$m=1024,t=1,p=4$")
    assert verify_password("hunter22!", cheap)
    assert not verify_password("hunter22?", cheap)
    assert verify_password("hunter22!", hash_password("hunter22!"))


def test_the_decoy_has_the_cost_of_new_hashes() -> None:
    assert decoy_hash(DEFAULT_COST) == DECOY_HASH
    assert decoy_hash(CHEAP).startswith("$argon2id$v=19$m=1024,t=1,p=4$")
    assert decoy_hash(CHEAP) == decoy_hash(CHEAP), "made once per cost"
    assert not verify_password("", decoy_hash(CHEAP))


def test_the_settings_default_to_the_production_cost(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PGPILOT_PASSWORD_HASH_MEMORY_KIB")
    monkeypatch.delenv("PGPILOT_PASSWORD_HASH_TIME_COST")
    assert HashCost.of(Settings()) == DEFAULT_COST == HashCost(65536, 3)
    monkeypatch.setenv("PGPILOT_PASSWORD_HASH_MEMORY_KIB", "1024")
    monkeypatch.setenv("PGPILOT_PASSWORD_HASH_TIME_COST", "1")
    assert HashCost.of(Settings()) == CHEAP
