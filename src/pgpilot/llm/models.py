"""make_chat_model(settings): the langchain chat model PGPILOT_MODEL names."""

from typing import TYPE_CHECKING, Final

from pgpilot.errors import ConfigError
from pgpilot.settings import Settings

if TYPE_CHECKING:
    from langchain_core.language_models import BaseChatModel

OFFLINE: Final = "offline"
TOGETHER_URL: Final = "https://api.together.xyz/v1"
OLLAMA_URL: Final = "http://127.0.0.1:11434/v1"
DEFAULTS: Final = (
    ("openai_api_key", "openai:gpt-4.1-mini"),
    ("gemini_api_key", "google_genai:gemini-2.5-flash"),
    ("together_ai_api_key", "together:meta-llama/Llama-3.3-70B-Instruct-Turbo"),
)
PROVIDERS: Final = ("openai", "google_genai", "together", "ollama")
# Local OpenAI-compatible servers ignore the key, but the client insists on one.
NO_KEY: Final = "not-needed"


def model_name(settings: Settings) -> str:
    """PGPILOT_MODEL, or the first provider with a key, or `offline`."""
    if settings.model:
        return settings.model.strip()
    for key, name in DEFAULTS:
        if getattr(settings, key) is not None:
            return name
    return OFFLINE


def make_chat_model(settings: Settings, *, purpose: str = "tasks") -> "BaseChatModel":
    """The chat model to talk to, with the timeouts and retries of settings.

    Offline, `purpose` picks the planner: "tasks" (the task assistant) or "sql" (the SQL agent).
    """
    name = model_name(settings)
    if name == OFFLINE and purpose == "sql":
        from pgpilot.llm.offline_sql import OfflineSqlModel

        return OfflineSqlModel()
    if name == OFFLINE:
        from pgpilot.llm.offline_tasks import OfflineTaskModel

        return OfflineTaskModel()
    provider, _, model = name.partition(":")
    if provider not in PROVIDERS or not model:
        raise ConfigError(
            f"PGPILOT_MODEL={name!r}: expected offline or one of "
            + ", ".join(f"{p}:<model>" for p in PROVIDERS)
        )
    if provider == "google_genai":
        return _gemini(settings, model)
    return _openai_compatible(settings, provider, model)


def _secret(settings: Settings, field: str) -> str | None:
    value = getattr(settings, field)
    return None if value is None else str(value.get_secret_value())


def _openai_compatible(settings: Settings, provider: str, model: str) -> "BaseChatModel":
    from langchain_openai import ChatOpenAI

    key: str | None
    url: str | None
    if provider == "together":
        key, url = _secret(settings, "together_ai_api_key"), TOGETHER_URL
        if key is None:
            raise ConfigError("PGPILOT_MODEL=together:… needs TOGETHER_AI_API_KEY")
    elif provider == "ollama":
        key = _secret(settings, "openai_api_key") or NO_KEY
        url = settings.openai_base_url or OLLAMA_URL
    else:
        key, url = _secret(settings, "openai_api_key"), settings.openai_base_url
        if key is None and url is None:
            raise ConfigError("PGPILOT_MODEL=openai:… needs OPENAI_API_KEY (or OPENAI_BASE_URL)")
    return ChatOpenAI(
        model=model,
        api_key=key or NO_KEY,
        base_url=url,
        timeout=settings.llm_timeout_s,
        max_retries=settings.llm_max_retries,
        temperature=0,
        use_responses_api=False,
    )


def _gemini(settings: Settings, model: str) -> "BaseChatModel":
    key = _secret(settings, "gemini_api_key")
    if key is None:
        raise ConfigError("PGPILOT_MODEL=google_genai:… needs GEMINI_API_KEY")
    from langchain_google_genai import ChatGoogleGenerativeAI

    return ChatGoogleGenerativeAI(
        model=model,
        api_key=key,
        timeout=settings.llm_timeout_s,
        max_retries=settings.llm_max_retries,
        temperature=0,
    )
