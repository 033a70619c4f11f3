"""`pgpilot users …` as an operator runs them: accounts, approvers, admins, access to targets."""

import json
from pathlib import Path

import psycopg
import pytest
from typer.testing import CliRunner

from pgpilot.cli.main import build_app
from tests.cli.test_cli import assert_one_line_error, pgpilot, pgpilot_process


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
    assert set(user) == {
        "user_id",
        "email",
        "timezone",
        "created_at",
        "can_approve",
        "is_admin",
        "is_active",
    }
    assert (user["can_approve"], user["is_admin"], user["is_active"]) == (False, False, True)
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


@pytest.fixture
def target_env(env: dict[str, str], demo_url: str) -> dict[str, str]:
    """`env` with the demo shop as the `default` target and a second target, `crm`."""
    return env | {"TARGET_DATABASE_URL": demo_url, "PGPILOT_TARGETS": f"crm={demo_url}"}


def grants_of(url: str, email: str) -> dict[str, str]:
    with psycopg.connect(url) as conn:
        rows = conn.execute(
            "SELECT g.target, g.access FROM target_grants g JOIN users u ON u.id = g.user_id "
            "WHERE u.email = %s",
            (email,),
        ).fetchall()
    return dict(rows)


def test_grant_revoke_and_list_access_to_targets(
    target_env: dict[str, str], app_db_url: str
) -> None:
    env = target_env
    made = pgpilot("users", "create", "e@example.com", "--password", "s3cret-pass", env=env)
    assert made.returncode == 0, made.stderr
    assert grants_of(app_db_url, "e@example.com") == {}, "a new account may use no target"
    read = pgpilot("users", "grant", "E@example.com", "--target", "default", env=env)
    assert read.returncode == 0, read.stderr
    assert read.stdout.strip() == "e@example.com may read target default"
    write = pgpilot("users", "grant", "e@example.com", "-t", "crm", "--write", "--json", env=env)
    assert write.returncode == 0, write.stderr
    assert json.loads(write.stdout) == {
        "email": "e@example.com",
        "target": "crm",
        "access": "write",
    }
    assert grants_of(app_db_url, "e@example.com") == {"default": "read", "crm": "write"}
    upgraded = pgpilot("users", "grant", "e@example.com", "--target", "default", "--write", env=env)
    assert upgraded.stdout.strip() == "e@example.com may read and request writes on target default"
    assert grants_of(app_db_url, "e@example.com") == {"default": "write", "crm": "write"}

    listed = pgpilot("users", "grants", "--json", env=env)
    assert listed.returncode == 0, listed.stderr
    rows = json.loads(listed.stdout)
    assert [(row["email"], row["target"], row["access"]) for row in rows] == [
        ("e@example.com", "crm", "write"),
        ("e@example.com", "default", "write"),
    ]
    assert all(row["granted_by"].startswith("cli:") for row in rows), "the operator is named"
    text = pgpilot("users", "grants", "e@example.com", env=env)
    assert text.stdout.splitlines() == [
        "e@example.com  crm  write",
        "e@example.com  default  write",
    ]

    revoked = pgpilot("users", "revoke", "e@example.com", "--target", "crm", env=env)
    assert revoked.returncode == 0, revoked.stderr
    assert revoked.stdout.strip() == "e@example.com no longer has access to target crm"
    assert grants_of(app_db_url, "e@example.com") == {"default": "write"}
    again = pgpilot("users", "revoke", "e@example.com", "--target", "crm", "--json", env=env)
    assert json.loads(again.stdout) == {"email": "e@example.com", "target": "crm", "revoked": False}
    pgpilot("users", "revoke", "e@example.com", "--target", "default", env=env)
    assert pgpilot("users", "grants", env=env).stdout.strip() == "no grants"


@pytest.mark.parametrize(
    ("target", "words"),
    [
        pytest.param("nope", ["no target named 'nope'", "default", "crm"], id="unknown-name"),
        pytest.param(
            "postgresql://postgres@127.0.0.1/postgres", ["by name", "never by URL"], id="url"
        ),
    ],
)
def test_grant_of_an_unknown_target_is_one_line(
    target_env: dict[str, str], app_db_url: str, target: str, words: list[str]
) -> None:
    made = pgpilot("users", "create", "f@example.com", "--password", "s3cret-pass", env=target_env)
    assert made.returncode == 0, made.stderr
    result = pgpilot("users", "grant", "f@example.com", "--target", target, env=target_env)
    assert result.returncode == 1
    assert_one_line_error(result, *words)
    assert result.stdout == ""
    assert grants_of(app_db_url, "f@example.com") == {}, "nothing was granted"


@pytest.mark.parametrize(
    "args",
    [
        pytest.param(["grant", "nobody@example.com", "--target", "default"], id="grant"),
        pytest.param(["revoke", "nobody@example.com", "--target", "default"], id="revoke"),
        pytest.param(["admin", "nobody@example.com"], id="admin"),
        pytest.param(["disable", "nobody@example.com"], id="disable"),
    ],
)
def test_unknown_email_is_one_line(target_env: dict[str, str], args: list[str]) -> None:
    result = pgpilot("users", *args, env=target_env)
    assert result.returncode == 1
    assert_one_line_error(result, "no account", "nobody@example.com")
    as_json = pgpilot("users", *args, "--json", env=target_env)
    assert as_json.returncode == 1
    assert json.loads(as_json.stdout)["error_code"] == "USER_NOT_FOUND"


def flags(url: str, email: str) -> tuple[bool, bool]:
    with psycopg.connect(url) as conn:
        row = conn.execute(
            "SELECT is_admin, is_active FROM users WHERE email = %s", (email,)
        ).fetchone()
    assert row is not None
    return bool(row[0]), bool(row[1])


def test_admins_are_made_and_unmade_by_the_operator(env: dict[str, str], app_db_url: str) -> None:
    pgpilot("users", "create", "g@example.com", "--password", "s3cret-pass", env=env)
    made = pgpilot("users", "admin", "G@example.com", "--json", env=env)
    assert made.returncode == 0, made.stderr
    assert json.loads(made.stdout)["is_admin"] is True
    assert flags(app_db_url, "g@example.com") == (True, True)
    unmade = pgpilot("users", "admin", "g@example.com", "--revoke", env=env)
    assert unmade.stdout.strip() == "g@example.com is no longer an admin"
    assert flags(app_db_url, "g@example.com") == (False, True)


def test_a_disabled_account_cannot_act_until_enabled(
    target_env: dict[str, str], app_db_url: str
) -> None:
    env = target_env
    pgpilot("users", "create", "h@example.com", "--password", "s3cret-pass", env=env)
    disabled = pgpilot("users", "disable", "h@example.com", env=env)
    assert disabled.returncode == 0, disabled.stderr
    assert disabled.stdout.strip() == "h@example.com is disabled"
    assert flags(app_db_url, "h@example.com") == (False, False)
    refused = pgpilot_process("mcp", "--user", "h@example.com", env=env)
    assert_one_line_error(refused, "disabled")
    assert refused.stdout == "", "no MCP server started for a disabled account"
    enabled = pgpilot("users", "disable", "h@example.com", "--enable", "--json", env=env)
    assert enabled.returncode == 0, enabled.stderr
    assert json.loads(enabled.stdout)["is_active"] is True
    assert flags(app_db_url, "h@example.com") == (False, True)
