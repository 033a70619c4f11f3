"""`pgpilot users create` and `pgpilot users approver`, as an operator runs them."""

import json
from pathlib import Path

import psycopg
import pytest
from typer.testing import CliRunner

from pgpilot.cli.main import build_app
from tests.cli.test_cli import assert_one_line_error, pgpilot


@pytest.fixture
def env(app_db_url: str, home: Path) -> dict[str, str]:
    """Variables for a pgpilot process on this test's app database."""
    return {"DATABASE_URL": app_db_url, "PGPILOT_HOME": str(home)}


def stored(url: str, email: str) -> tuple[str, str] | None:
    with psycopg.connect(url) as conn:
        row = conn.execute(
            "SELECT password_hash, timezone FROM users WHERE email = %s", (email,)
        ).fetchone()
    return None if row is None else (row[0], row[1])


def test_create_json(env: dict[str, str], app_db_url: str) -> None:
    result = pgpilot(
        "users",
        "create",
        "Ada@Example.com",
        "--password",
        "s3cret-pass",
        "--timezone",
        "Asia/Tokyo",
        "--json",
        env=env,
    )
    assert result.returncode == 0, result.stderr
    user = json.loads(result.stdout)
    assert set(user) == {"user_id", "email", "timezone", "created_at", "can_approve"}
    assert user["can_approve"] is False
    assert (user["email"], user["timezone"]) == ("ada@example.com", "Asia/Tokyo")
    row = stored(app_db_url, "ada@example.com")
    assert row is not None
    assert row[0].startswith("$argon2id$")


def test_duplicate_is_one_line_or_an_envelope(env: dict[str, str]) -> None:
    first = pgpilot("users", "create", "a@example.com", "--password", "s3cret-pass", env=env)
    assert first.returncode == 0, first.stderr
    assert "created user" in first.stdout
    again = pgpilot("users", "create", "a@example.com", "--password", "s3cret-pass", env=env)
    assert_one_line_error(again, "already exists")
    as_json = pgpilot(
        "users", "create", "a@example.com", "--password", "s3cret-pass", "--json", env=env
    )
    assert as_json.returncode == 1
    assert json.loads(as_json.stdout)["error_code"] == "EMAIL_TAKEN"


def test_bad_time_zone_is_one_line(env: dict[str, str]) -> None:
    result = pgpilot(
        "users",
        "create",
        "a@example.com",
        "--password",
        "s3cret-pass",
        "--timezone",
        "Nowhere",
        env=env,
    )
    assert_one_line_error(result, "time zone")


def test_password_is_prompted_hidden_and_confirmed(
    env: dict[str, str], app_db_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    result = CliRunner().invoke(
        build_app(), ["users", "create", "b@example.com"], input="s3cret-pass\ns3cret-pass\n"
    )
    assert result.exit_code == 0, result.output
    assert "s3cret-pass" not in result.output, "the password is not echoed"
    assert "Password" in result.output
    assert stored(app_db_url, "b@example.com") is not None


def test_approvers_are_granted_and_revoked_by_the_operator(env: dict[str, str]) -> None:
    made = pgpilot(
        "users", "create", "c@example.com", "--password", "s3cret-pass", "--approver", env=env
    )
    assert made.returncode == 0, made.stderr
    assert "may approve writes" in made.stdout
    pgpilot("users", "create", "d@example.com", "--password", "s3cret-pass", env=env)
    granted = pgpilot("users", "approver", "D@example.com", "--json", env=env)
    assert json.loads(granted.stdout)["can_approve"] is True
    revoked = pgpilot("users", "approver", "c@example.com", "--revoke", env=env)
    assert revoked.stdout.strip() == "c@example.com may no longer approve writes"
    unknown = pgpilot("users", "approver", "nobody@example.com", env=env)
    assert_one_line_error(unknown, "no account")
