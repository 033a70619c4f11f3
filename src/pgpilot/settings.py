"""One typed Settings class: every knob comes from the environment or `.env`."""

import ipaddress
import re
import secrets
from pathlib import Path
from typing import Annotated, Literal

from pydantic import AliasChoices, Field, SecretStr, field_validator, model_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

from pgpilot.errors import ConfigError

PLACEHOLDER_SECRETS = frozenset(
    {"", "changeme", "change-me", "changethis", "secret", "your-secret-key", "jwt-secret"}
)
MIN_SECRET_LENGTH = 32
PLACEHOLDER_WORDS = re.compile(r"change[-_ ]?(?:me|this|it)|your[-_ ]?secret", re.IGNORECASE)
TARGET_NAME = re.compile(r"[A-Za-z][A-Za-z0-9_-]{0,62}")
JWT_SECRET_FILE = "jwt_secret"  # noqa: S105 (a file name, not a secret)
_ONE_RATE = r"\s*[0-9]+\s*(?:/|per)\s*(?:[0-9]+\s*)?(?:second|minute|hour|day|month|year)s?\s*"
PUBLIC_URL = re.compile(r"https?://[^\s/?#]+(?:/[^\s?#]*)?")
RATE = re.compile(rf"{_ONE_RATE}(?:[,;|]{_ONE_RATE})*")
MIN_SECRET_CHARACTERS = 10  # distinct characters; a token_urlsafe(32) has about 30
# Loopback names, and names reserved for tests (RFC 6761 `.test`, Starlette's TestClient).
DEFAULT_ALLOWED_HOSTS = ("localhost", "127.0.0.1", "::1", "*.localhost", "*.test", "testserver")


def _alias(name: str) -> AliasChoices:
    """Accept a standard variable name as it is (no PGPILOT_ prefix)."""
    return AliasChoices(name, name.lower())


class Settings(BaseSettings):
    """pgpilot's configuration; see .env.example for every variable."""

    model_config = SettingsConfigDict(
        env_prefix="PGPILOT_",
        env_file=".env",
        env_file_encoding="utf-8",
        extra="ignore",
        populate_by_name=True,
        frozen=True,
    )

    # Standard names shared with the seeds: honoured without a prefix.
    database_url: str | None = Field(
        None,
        validation_alias=_alias("DATABASE_URL"),
        description="App database (users, tasks, audit). Unset: the embedded PostgreSQL.",
    )
    target_database_url: str | None = Field(
        None,
        validation_alias=_alias("TARGET_DATABASE_URL"),
        description="Default SQL target. Unset: the embedded `demo` database.",
    )
    redis_url: str | None = Field(
        None, validation_alias=_alias("REDIS_URL"), description="Shared cache and rate limits."
    )
    redis_timeout_s: float = Field(
        2.0,
        gt=0,
        le=60,
        description="Seconds a Redis command may take; then pgpilot goes on without Redis "
        "(schema cache in memory, rate limits not counted) and logs it.",
    )
    openai_api_key: SecretStr | None = Field(None, validation_alias=_alias("OPENAI_API_KEY"))
    gemini_api_key: SecretStr | None = Field(None, validation_alias=_alias("GEMINI_API_KEY"))
    together_ai_api_key: SecretStr | None = Field(
        None, validation_alias=_alias("TOGETHER_AI_API_KEY")
    )
    openai_base_url: str | None = Field(
        None,
        validation_alias=_alias("OPENAI_BASE_URL"),
        description="Any OpenAI-compatible server (vLLM, Ollama, llama.cpp) for `openai:` models.",
    )
    jwt_secret: SecretStr | None = Field(
        None,
        validation_alias=_alias("JWT_SECRET"),
        description="Signs login tokens. Required in production; generated in development.",
    )
    app_env: Literal["development", "production"] = Field(
        "development", validation_alias=_alias("APP_ENV")
    )
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = Field(
        "INFO", validation_alias=_alias("LOG_LEVEL")
    )
    cors_origins: Annotated[list[str], NoDecode] = Field(
        default_factory=list,
        validation_alias=_alias("CORS_ORIGINS"),
        description="Comma-separated origins allowed by CORS.",
    )

    # pgpilot's own settings: PGPILOT_<NAME>.
    home: Path = Field(
        Path("~/.local/share/pgpilot"),
        description="Where the embedded PostgreSQL and generated secrets live.",
    )
    host: str = Field("127.0.0.1", description="Address `pgpilot serve` binds to.")
    port: int = Field(8000, ge=1, le=65535, description="Port `pgpilot serve` listens on.")
    targets: Annotated[dict[str, str], NoDecode] = Field(
        default_factory=dict,
        description="More SQL targets by name: `shop=postgresql://…,crm=postgresql://…`.",
    )
    max_rows: int = Field(
        1000, ge=1, le=1_000_000, description="Rows a read returns at most (then `truncated`)."
    )
    max_result_bytes: int = Field(
        16 * 1024 * 1024,
        ge=1024,
        description="Bytes of row data a read returns at most (then `truncated`).",
    )
    temp_file_limit_kb: int = Field(
        256 * 1024,
        ge=-1,
        description="temp_file_limit (kB) of target sessions where the role may set it; "
        "-1 keeps the server's.",
    )
    catalog_ttl_s: float = Field(
        10.0,
        ge=0,
        description="Seconds a target's list of operators, casts and row functions that run "
        "non-read code stays cached (pgpilot's DDL clears it).",
    )
    actor_cache_ttl_s: float = Field(
        30.0,
        ge=0,
        description="Seconds a signed-in user's account and grants stay cached between calls; "
        "a change reaches every process at once by NOTIFY, this bounds a missed one. 0: none.",
    )
    statement_timeout_ms: int = Field(
        5000, ge=1, description="A statement on a target is cancelled after this long."
    )
    lock_timeout_ms: int = Field(
        1000, ge=1, description="Waiting for a lock on a target gives up after this long."
    )
    schema_ttl: int = Field(
        3600, ge=1, description="Seconds a target's schema stays cached (pgpilot's DDL clears it)."
    )
    dry_run_budget_ms: int = Field(
        2000, ge=1, description="A write's dry run gives up after this long (then: estimate)."
    )
    critical_tables: Annotated[list[str], NoDecode] = Field(
        default_factory=list,
        description="Comma-separated tables whose writes are at least HIGH risk.",
    )
    auto_execute_max_risk: Literal["NONE", "LOW", "MEDIUM", "HIGH", "CRITICAL"] = Field(
        "MEDIUM", description="Writes up to this risk run at once; the rest wait for approval."
    )
    approval_ttl: int = Field(
        86_400, ge=1, description="Seconds until an approval ticket expires (default 24 h)."
    )
    four_eyes: bool = Field(False, description="The requester of a write may not approve it.")
    drift_tolerance: int = Field(
        0, ge=0, description="Rows a write may affect beyond its approved impact."
    )
    idle_in_transaction_timeout_ms: int = Field(
        10_000, ge=1, description="A target session idle inside a transaction is ended."
    )
    jwt_expiry_days: int = Field(7, ge=1, le=365, description="Days a login token stays valid.")
    password_hash_memory_kib: int = Field(
        65536,
        ge=1024,
        description="Memory of one argon2id password hash, in KiB (stored hashes keep theirs).",
    )
    password_hash_time_cost: int = Field(
        3, ge=1, le=20, description="Passes of one argon2id password hash."
    )
    rate_limit: str = Field(
        "100/hour",
        description="Task writes and chat messages one user may send, e.g. `100/hour`.",
    )
    rate_limit_prefix: str = Field(
        "pgpilot",
        min_length=1,
        description="Prefix of rate-limit keys in Redis: one per deployment sharing a Redis.",
    )
    login_rate_limit: str = Field(
        "5/minute;20/hour",
        description="Failed logins per account; over it every login of that account gets 429.",
    )
    login_address_rate_limit: str = Field(
        "20/minute;100/hour",
        description="Failed logins per client address (IPv6: per /64); over it: 429.",
    )
    sql_rate_limit: str = Field(
        "60/minute;1000/hour",
        description="SQL statements one user may send (/api/sql, WebSocket, MCP SQL tools).",
    )
    ask_rate_limit: str = Field(
        "10/minute;200/hour",
        description="Questions to the SQL agent one user may ask (/api/ask, WebSocket).",
    )
    mcp_rate_limit: str = Field(
        "120/minute;2000/hour",
        description="MCP tool calls one user may make, whatever the tool.",
    )
    allowed_hosts: Annotated[list[str], NoDecode] = Field(
        default_factory=lambda: list(DEFAULT_ALLOWED_HOSTS),
        description="Comma-separated `Host:` names served (`*.example.com` for subdomains, "
        "`*` for any); others get 400, which stops DNS rebinding. The default admits only "
        "names no outside page can point at this machine: loopback and test-reserved names.",
    )
    public_url: str | None = Field(
        None,
        description="Base of every link pgpilot hands out (approval pages in REST, MCP and CLI "
        "answers), e.g. `https://pgpilot.example.com`. Unset: the request's own address "
        "(REST, WebSocket), else `http://PGPILOT_HOST:PGPILOT_PORT`.",
    )
    trusted_proxies: Annotated[list[str], NoDecode] = Field(
        default_factory=list,
        description="Comma-separated addresses or networks (`10.0.0.0/8`) of reverse proxies "
        "whose X-Forwarded-For, -Proto and -Host headers are believed; from anyone else they "
        "are ignored.",
    )
    workers: int = Field(
        1, ge=1, le=64, description="Worker processes of `pgpilot serve` (needs REDIS_URL if > 1)."
    )
    opentelemetry: bool = Field(
        False,
        description="FastAPI's native OpenTelemetry spans, metrics and logs, exported to the "
        "providers the process configures. Off: no per-request telemetry work (pgpilot's own "
        "metrics are GET /metrics).",
    )
    app_pool_size: int = Field(
        10, ge=1, le=1000, description="Connections to the app database per worker, at most."
    )
    target_pool_size: int = Field(
        5,
        ge=1,
        le=1000,
        description="Connections to each target database per worker, at most. A read holds "
        "its connection until its session is reset, so concurrent readers need more than one "
        "each.",
    )
    metrics_token: SecretStr | None = Field(
        None,
        description="Bearer token a Prometheus scraper sends to GET /metrics (an admin's login "
        "token works too). Unset: only admins may read /metrics.",
    )
    model: str | None = Field(
        None,
        description="Chat model of the task assistant: `offline`, `openai:<model>`, "
        "`google_genai:<model>`, `together:<model>` or `ollama:<model>`. Unset: the first "
        "provider with an API key (OpenAI, Gemini, Together), else `offline`.",
    )
    llm_timeout_s: float = Field(
        30.0,
        gt=0,
        le=600,
        description="Seconds the model may take in one turn (a chat message, one SQL agent "
        "run), all its requests and retries together; then the turn answers LLM_ERROR.",
    )
    llm_max_retries: int = Field(
        2,
        ge=0,
        le=10,
        description="Retries of a failed LLM request (rate limits, 5xx), within "
        "PGPILOT_LLM_TIMEOUT_S.",
    )
    max_tool_rounds: int = Field(
        5, ge=1, le=50, description="Rounds of tool calls the assistant may make in one turn."
    )
    chat_history: int = Field(
        50, ge=1, le=1000, description="Earlier messages of a conversation the assistant reads."
    )
    confirm_ttl_s: int = Field(
        600, ge=1, description="Seconds a delete question waits for the user's yes."
    )
    smtp_host: str | None = Field(
        None, description="SMTP server that e-mails delivered reminders (none: in-app only)."
    )
    smtp_port: int = Field(587, ge=1, le=65535, description="Port of PGPILOT_SMTP_HOST.")
    smtp_username: str | None = Field(None, description="SMTP login, if the server needs one.")
    smtp_password: SecretStr | None = Field(None, description="SMTP password.")
    smtp_starttls: bool = Field(True, description="Upgrade the SMTP connection with STARTTLS.")
    mail_from: str = Field(
        "pgpilot <reminders@localhost>", description="Sender of reminder e-mails."
    )
    resend_api_key: SecretStr | None = Field(
        None,
        validation_alias=_alias("RESEND_API_KEY"),
        description="E-mail reminders through Resend's API (used when no SMTP host is set).",
    )
    mail_attempts: int = Field(
        3,
        ge=1,
        le=10,
        description="Tries per reminder e-mail while the mail server surely did not take it "
        "(unreachable, 4xx); a send whose fate is unknown is never tried again.",
    )
    mail_retry_s: float = Field(
        1, ge=0, le=300, description="Seconds before the second e-mail try, doubled after."
    )
    reminder_interval_s: float = Field(
        30,
        ge=0,
        le=3600,
        description="Seconds between rounds of delivering due reminders in `pgpilot serve`; "
        "0 turns the scheduler off.",
    )
    sql_retries: int = Field(
        2, ge=0, le=10, description="Times the SQL agent rewrites a refused or failing query."
    )
    schema_prompt_tokens: int = Field(
        4000, ge=100, description="Schema the SQL agent sends the model, in tokens (~4 chars)."
    )
    grounding_values_per_column: int = Field(
        100,
        ge=1,
        description="Values of one text column the offline planner knows (pg_stats, enum "
        "labels, a sample), to read words such as 'Spain' or 'cancelled' as data.",
    )
    grounding_sample_rows: int = Field(
        10_000, ge=1, description="Rows read at most to sample one short text column's values."
    )
    grounding_sample_columns: int = Field(
        200, ge=0, description="Short text columns sampled per target (0: pg_stats only)."
    )
    grounding_text_width: int = Field(
        40, ge=1, description="Average bytes under which a text column counts as short."
    )

    @field_validator(
        "rate_limit",
        "login_rate_limit",
        "login_address_rate_limit",
        "sql_rate_limit",
        "ask_rate_limit",
        "mcp_rate_limit",
        mode="after",
    )
    @classmethod
    def _check_rate_limit(cls, value: str) -> str:
        # The `limits` grammar, checked without importing it (slow) on every command.
        if not RATE.fullmatch(value.strip().lower()):
            raise ValueError(f"expected a rate such as 100/hour or 10/minute, got {value!r}")
        return value

    @field_validator(
        "cors_origins", "critical_tables", "allowed_hosts", "trusted_proxies", mode="before"
    )
    @classmethod
    def _split_origins(cls, value: object) -> object:
        if isinstance(value, str):
            return [origin.strip() for origin in value.split(",") if origin.strip()]
        return value

    @field_validator("targets", mode="before")
    @classmethod
    def _parse_targets(cls, value: object) -> object:
        if not isinstance(value, str):
            return value
        targets: dict[str, str] = {}
        for item in filter(None, (part.strip() for part in value.split(","))):
            name, sep, url = item.partition("=")
            if not sep or not TARGET_NAME.fullmatch(name.strip()) or not url.strip():
                raise ValueError(f"expected name=postgresql://… pairs, got {item.split('@')[-1]!r}")
            targets[name.strip()] = url.strip()
        return targets

    @field_validator("trusted_proxies", mode="after")
    @classmethod
    def _check_proxies(cls, value: list[str]) -> list[str]:
        for proxy in value:
            try:
                ipaddress.ip_network(proxy, strict=False)
            except ValueError:
                raise ValueError(f"expected addresses or networks, got {proxy!r}") from None
        return value

    @field_validator("public_url", mode="after")
    @classmethod
    def _check_public_url(cls, value: str | None) -> str | None:
        if value is None or not value.strip():
            return None
        url = value.strip().rstrip("/")
        if not PUBLIC_URL.fullmatch(url):
            raise ValueError(f"expected http(s)://host[:port][/path], got {value!r}")
        return url

    @field_validator("home", mode="after")
    @classmethod
    def _expand_home(cls, value: Path) -> Path:
        return value.expanduser()

    @model_validator(mode="after")
    def _refuse_weak_secret_in_production(self) -> "Settings":
        weakness = secret_weakness(self.jwt_secret)
        if self.app_env == "production" and weakness is not None:
            raise ValueError(
                f"JWT_SECRET {weakness}; production needs a random secret of at least "
                f"{MIN_SECRET_LENGTH} characters (e.g. `openssl rand -base64 48`)"
            )
        return self

    @property
    def uses_embedded(self) -> bool:
        """Whether pgpilot must start its own PostgreSQL."""
        return self.database_url is None


def secret_weakness(secret: SecretStr | None) -> str | None:
    """Why a JWT secret is too weak to sign logins with, or None when it is not."""
    if secret is None:
        return "is missing"
    value = secret.get_secret_value()
    if value.strip().lower() in PLACEHOLDER_SECRETS or PLACEHOLDER_WORDS.search(value):
        return "is a placeholder"
    if len(value) < MIN_SECRET_LENGTH:
        return f"is shorter than {MIN_SECRET_LENGTH} characters"
    if len(set(value)) < MIN_SECRET_CHARACTERS or value in (value + value)[1:-1]:
        return "repeats too few characters to be random"
    return None


def ensure_home(settings: Settings) -> Path:
    """Create PGPILOT_HOME, or explain in one line why it cannot be used."""
    home = settings.home
    try:
        home.mkdir(parents=True, exist_ok=True)
        probe = home / ".write-test"
        probe.write_text("ok")
        probe.unlink()
    except OSError as exc:
        raise ConfigError(
            f"PGPILOT_HOME={home} is not a writable directory ({exc.strerror or exc})"
        ) from exc
    return home


def with_jwt_secret(settings: Settings) -> Settings:
    """In development, generate a JWT secret once and keep it under PGPILOT_HOME."""
    if settings.jwt_secret is not None:
        return settings
    path = ensure_home(settings) / JWT_SECRET_FILE
    if not path.exists():
        path.touch(mode=0o600)
        path.write_text(secrets.token_urlsafe(48))
    return settings.model_copy(update={"jwt_secret": SecretStr(path.read_text().strip())})


def load_settings() -> Settings:
    """Read settings from the environment, turning validation errors into one line."""
    from pydantic import ValidationError

    try:
        return Settings()
    except ValidationError as exc:
        first = exc.errors()[0]
        message = str(first["msg"]).removeprefix("Value error, ")
        where = env_name(str(first["loc"][0])) if first["loc"] else "settings"
        raise ConfigError(f"invalid configuration ({where}): {message}") from exc


def env_name(field: str) -> str:
    """The environment variable that sets a Settings field."""
    info = Settings.model_fields.get(field)
    if info is not None and isinstance(info.validation_alias, AliasChoices):
        return str(info.validation_alias.choices[0])
    if field.isupper():
        return field
    return f"PGPILOT_{field.upper()}"
