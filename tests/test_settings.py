"""Settings: standard names, PGPILOT_ names, .env, and the JWT secret rules."""

import secrets
import stat
from pathlib import Path

import pytest
from pydantic import SecretStr

from pgpilot.errors import ConfigError
from pgpilot.settings import (
    DEFAULT_ALLOWED_HOSTS,
    Settings,
    load_settings,
    secret_weakness,
    with_jwt_secret,
)

STRONG = "q7Lx2VfP9sKm4TzR8wYc1NbH6jDg3AeU0oXi5EtS"


def test_defaults_point_at_the_embedded_server(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PGPILOT_HOME")  # the test harness points it at a temporary directory
    settings = Settings()
    assert settings.uses_embedded
    assert settings.app_env == "development"
    assert settings.port == 8000
    assert settings.home == Path("~/.local/share/pgpilot").expanduser()
    assert settings.allowed_hosts == list(DEFAULT_ALLOWED_HOSTS)


@pytest.mark.parametrize(
    ("variable", "value", "field", "expected"),
    [
        pytest.param(
            "DATABASE_URL",
            "postgresql://a@h/db",
            "database_url",
            "postgresql://a@h/db",
            id="database-url",
        ),
        pytest.param(
            "TARGET_DATABASE_URL",
            "postgresql://t@h/x",
            "target_database_url",
            "postgresql://t@h/x",
            id="target-url",
        ),
        pytest.param(
            "REDIS_URL",
            "redis://127.0.0.1:6379/0",
            "redis_url",
            "redis://127.0.0.1:6379/0",
            id="redis-url",
        ),
        pytest.param("APP_ENV", "development", "app_env", "development", id="app-env"),
        pytest.param("LOG_LEVEL", "DEBUG", "log_level", "DEBUG", id="log-level"),
        pytest.param(
            "CORS_ORIGINS",
            "http://a.test, http://b.test",
            "cors_origins",
            ["http://a.test", "http://b.test"],
            id="cors-comma-list",
        ),
        pytest.param("PGPILOT_PORT", "9001", "port", 9001, id="prefixed-port"),
        pytest.param("PGPILOT_HOST", "0.0.0.0", "host", "0.0.0.0", id="prefixed-host"),  # noqa: S104
        pytest.param(
            "PGPILOT_ALLOWED_HOSTS",
            "pgpilot.example.com, *.internal.example.com",
            "allowed_hosts",
            ["pgpilot.example.com", "*.internal.example.com"],
            id="allowed-hosts",
        ),
        pytest.param(
            "PGPILOT_SQL_RATE_LIMIT",
            "30/minute;500/hour",
            "sql_rate_limit",
            "30/minute;500/hour",
            id="sql-rate-limit",
        ),
        pytest.param(
            "PGPILOT_LOGIN_RATE_LIMIT", "3/minute", "login_rate_limit", "3/minute", id="login-rate"
        ),
    ],
)
def test_environment_names(
    monkeypatch: pytest.MonkeyPatch, variable: str, value: str, field: str, expected: object
) -> None:
    monkeypatch.setenv(variable, value)
    assert getattr(Settings(), field) == expected


def test_api_keys_are_secret(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test-123")
    settings = Settings()
    assert settings.openai_api_key is not None
    assert settings.openai_api_key.get_secret_value() == "sk-test-123"
    assert "sk-test-123" not in repr(settings)


def test_dotenv_file_is_read(tmp_path: Path) -> None:
    env_file = tmp_path / "custom.env"
    env_file.write_text("DATABASE_URL=postgresql://from-dotenv@h/db\nPGPILOT_PORT=8123\n")
    settings = Settings(_env_file=env_file)
    assert settings.database_url == "postgresql://from-dotenv@h/db"
    assert settings.port == 8123


def test_dotenv_in_working_directory_is_read(tmp_path: Path) -> None:
    (tmp_path / ".env").write_text("PGPILOT_PORT=8124\n")
    assert Settings().port == 8124


@pytest.mark.parametrize(
    "secret",
    [
        pytest.param(None, id="missing"),
        pytest.param("changeme", id="placeholder"),
        pytest.param("your-secret-key", id="placeholder-2"),
        pytest.param("short-but-not-a-placeholder", id="too-short"),
        pytest.param("k" * 40, id="one-character"),
        pytest.param("abcd1234" * 5, id="repeated-pattern"),
        pytest.param("0101010101abababababcdcdcdcdcd0101010101", id="few-characters"),
        pytest.param("my-very-long-jwt-secret-please-changethis", id="placeholder-inside"),
    ],
)
def test_production_refuses_weak_jwt_secret(
    monkeypatch: pytest.MonkeyPatch, secret: str | None
) -> None:
    monkeypatch.setenv("APP_ENV", "production")
    if secret is not None:
        monkeypatch.setenv("JWT_SECRET", secret)
    with pytest.raises(ConfigError, match="JWT_SECRET"):
        load_settings()


@pytest.mark.parametrize(
    ("secret", "weakness"),
    [
        pytest.param(None, "is missing", id="missing"),
        pytest.param("changeme", "is a placeholder", id="placeholder"),
        pytest.param("x7!", "is shorter than 32 characters", id="short"),
        pytest.param("t" * 40, "repeats too few characters to be random", id="repeated"),
        pytest.param(STRONG, None, id="strong"),
        pytest.param(secrets.token_urlsafe(32), None, id="token-urlsafe"),
        pytest.param(secrets.token_hex(16), None, id="token-hex-32"),
    ],
)
def test_secret_weakness(secret: str | None, weakness: str | None) -> None:
    assert secret_weakness(None if secret is None else SecretStr(secret)) == weakness


def test_development_accepts_a_weak_secret(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("JWT_SECRET", "t" * 40)
    assert load_settings().jwt_secret is not None, "development only warns (at app start)"


def test_production_accepts_strong_secret(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("APP_ENV", "production")
    monkeypatch.setenv("JWT_SECRET", STRONG)
    assert load_settings().jwt_secret is not None


@pytest.mark.parametrize(
    ("variable", "value"),
    [
        pytest.param("PGPILOT_PORT", "eighty", id="port-not-a-number"),
        pytest.param("PGPILOT_PORT", "70000", id="port-out-of-range"),
        pytest.param("APP_ENV", "staging", id="unknown-env"),
        pytest.param("LOG_LEVEL", "LOUD", id="unknown-log-level"),
        pytest.param("PGPILOT_RATE_LIMIT", "lots", id="task-rate"),
        pytest.param("PGPILOT_LOGIN_RATE_LIMIT", "5 a minute", id="login-rate"),
        pytest.param("PGPILOT_LOGIN_ADDRESS_RATE_LIMIT", "20", id="login-address-rate"),
        pytest.param("PGPILOT_SQL_RATE_LIMIT", "60/fortnight", id="sql-rate"),
        pytest.param("PGPILOT_ASK_RATE_LIMIT", "ten/minute", id="ask-rate"),
        pytest.param("PGPILOT_MCP_RATE_LIMIT", "/minute", id="mcp-rate"),
    ],
)
def test_bad_values_name_the_variable(
    monkeypatch: pytest.MonkeyPatch, variable: str, value: str
) -> None:
    monkeypatch.setenv(variable, value)
    with pytest.raises(ConfigError) as caught:
        load_settings()
    assert variable in caught.value.message
    assert "\n" not in caught.value.message


def test_development_secret_is_generated_once_and_kept(home: Path) -> None:
    settings = Settings(home=home)
    first = with_jwt_secret(settings)
    second = with_jwt_secret(Settings(home=home))
    assert first.jwt_secret is not None
    assert second.jwt_secret is not None
    assert first.jwt_secret.get_secret_value() == second.jwt_secret.get_secret_value()
    assert len(first.jwt_secret.get_secret_value()) >= 32
    mode = stat.S_IMODE((home / "jwt_secret").stat().st_mode)
    assert mode & 0o077 == 0, "the secret file must be private to its owner"


def test_given_secret_is_not_replaced(home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("JWT_SECRET", STRONG)
    settings = with_jwt_secret(Settings(home=home))
    assert settings.jwt_secret is not None
    assert settings.jwt_secret.get_secret_value() == STRONG
    assert not (home / "jwt_secret").exists()
