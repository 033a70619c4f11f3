"""make_chat_model: which model PGPILOT_MODEL and the API keys choose."""

from typing import TYPE_CHECKING, Any

import pytest

from pgpilot.errors import ConfigError
from pgpilot.llm.models import OLLAMA_URL, TOGETHER_URL, make_chat_model, model_name
from pgpilot.llm.offline_tasks import OfflineTaskModel
from pgpilot.settings import Settings

# The providers' packages take seconds to import, and every xdist worker collects this module
# while one runs it: they are imported by the tests that look at their models, as
# make_chat_model imports them only when chosen.
if TYPE_CHECKING:
    from langchain_openai import ChatOpenAI


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        pytest.param({}, "offline", id="no-key-offline"),
        pytest.param({"OPENAI_API_KEY": "k"}, "openai:gpt-4.1-mini", id="openai-key"),
        pytest.param({"GEMINI_API_KEY": "k"}, "google_genai:gemini-2.5-flash", id="gemini-key"),
        pytest.param(
            {"TOGETHER_AI_API_KEY": "k"},
            "together:meta-llama/Llama-3.3-70B-Instruct-Turbo",
            id="together-key",
        ),
        pytest.param(
            {"OPENAI_API_KEY": "k", "GEMINI_API_KEY": "k"}, "openai:gpt-4.1-mini", id="first-wins"
        ),
        pytest.param({"OPENAI_API_KEY": "k", "PGPILOT_MODEL": "offline"}, "offline", id="forced"),
        pytest.param({"PGPILOT_MODEL": "ollama:llama3.1"}, "ollama:llama3.1", id="named"),
    ],
)
def test_model_name(monkeypatch: pytest.MonkeyPatch, env: dict[str, str], expected: str) -> None:
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    assert model_name(Settings()) == expected


def test_offline_by_default() -> None:
    assert isinstance(make_chat_model(Settings()), OfflineTaskModel)


def openai(**values: Any) -> "ChatOpenAI":
    from langchain_openai import ChatOpenAI

    model = make_chat_model(Settings(**values))
    assert isinstance(model, ChatOpenAI)
    return model


def test_openai_with_timeouts_and_retries() -> None:
    model = openai(
        model="openai:gpt-4.1-mini", openai_api_key="sk-x", llm_timeout_s=7, llm_max_retries=1
    )
    assert (model.model_name, model.request_timeout, model.max_retries) == ("gpt-4.1-mini", 7, 1)
    assert model.openai_api_base is None


def test_any_openai_compatible_server() -> None:
    model = openai(model="openai:qwen2.5", openai_base_url="http://127.0.0.1:8001/v1")
    assert model.openai_api_base == "http://127.0.0.1:8001/v1"


def test_together_and_ollama_are_openai_compatible() -> None:
    together = openai(model="together:meta-llama/x", together_ai_api_key="t")
    assert (together.openai_api_base, together.model_name) == (TOGETHER_URL, "meta-llama/x")
    assert openai(model="ollama:llama3.1").openai_api_base == OLLAMA_URL


def test_gemini() -> None:
    from langchain_google_genai import ChatGoogleGenerativeAI

    model = make_chat_model(Settings(model="google_genai:gemini-2.5-flash", gemini_api_key="g"))
    assert isinstance(model, ChatGoogleGenerativeAI)
    assert model.model.endswith("gemini-2.5-flash")


@pytest.mark.parametrize(
    ("values", "words"),
    [
        pytest.param({"model": "claude:x"}, "expected offline or one of", id="unknown-provider"),
        pytest.param({"model": "openai:"}, "expected offline", id="no-model"),
        pytest.param({"model": "openai:gpt-4.1"}, "OPENAI_API_KEY", id="openai-no-key"),
        pytest.param({"model": "google_genai:g"}, "GEMINI_API_KEY", id="gemini-no-key"),
        pytest.param({"model": "together:m"}, "TOGETHER_AI_API_KEY", id="together-no-key"),
    ],
)
def test_misconfigured(values: dict[str, Any], words: str) -> None:
    with pytest.raises(ConfigError, match=words):
        make_chat_model(Settings(**values))
