"""A chat model that plays a script: the calls a misbehaving or forgetful LLM might make."""

from collections.abc import Callable, Sequence
from typing import Any

from langchain_core.callbacks import CallbackManagerForLLMRun
from langchain_core.language_models import BaseChatModel, LanguageModelInput
from langchain_core.messages import AIMessage, BaseMessage
from langchain_core.outputs import ChatGeneration, ChatResult
from langchain_core.runnables import Runnable
from langchain_core.tools import BaseTool
from pydantic import Field


def calls(name: str, **args: Any) -> AIMessage:
    """A reply calling one tool."""
    return AIMessage("", tool_calls=[{"name": name, "args": args, "id": f"call_{name}_{id(args)}"}])


class ScriptedModel(BaseChatModel):
    """Replies from `script` in order (an exception is raised); the last one repeats."""

    script: list[Any]  # AIMessage or Exception
    seen: list[list[BaseMessage]] = Field(default_factory=list)

    @property
    def _llm_type(self) -> str:
        return "scripted"

    def _generate(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: CallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> ChatResult:
        self.seen.append(list(messages))
        step = self.script.pop(0) if len(self.script) > 1 else self.script[0]
        if isinstance(step, Exception):
            raise step
        # A fresh message each time: the graph gives messages ids, and a repeated id replaces.
        fresh = step.model_copy(update={"id": None})
        return ChatResult(generations=[ChatGeneration(message=fresh)])

    def bind_tools(
        self,
        tools: Sequence[dict[str, Any] | type | Callable[..., Any] | BaseTool],
        *,
        tool_choice: str | None = None,
        **kwargs: Any,
    ) -> Runnable[LanguageModelInput, AIMessage]:
        return self.bind(**kwargs)
