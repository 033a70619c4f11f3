"""A LangChain callback that times chat model calls and counts their errors and tokens."""

from typing import Any
from uuid import UUID

from langchain_core.callbacks import BaseCallbackHandler
from langchain_core.messages import BaseMessage
from langchain_core.outputs import LLMResult

from pgpilot.metrics import LlmTimer, Metrics


class LlmMetering(BaseCallbackHandler):
    """Record every call of one model (latency, outcome, tokens when the provider says)."""

    run_inline = True  # in the caller's task: no executor hop for a few counters

    def __init__(self, metrics: Metrics, *, model: str, purpose: str) -> None:
        self.metrics, self.model, self.purpose = metrics, model, purpose
        self.timer = LlmTimer()

    def on_chat_model_start(
        self,
        serialized: dict[str, Any],
        messages: list[list[BaseMessage]],
        *,
        run_id: UUID,
        **_: Any,
    ) -> None:
        """A call began."""
        self.timer.start(run_id)

    def on_llm_end(self, response: LLMResult, *, run_id: UUID, **_: Any) -> None:
        """A call answered: its time and the tokens it reports."""
        self._ended(run_id, "ok")
        for direction, count in tokens_of(response).items():
            self.metrics.llm_tokens.labels(self.model, self.purpose, direction).inc(count)

    def on_llm_error(self, error: BaseException, *, run_id: UUID, **_: Any) -> None:
        """A call failed (provider error, timeout)."""
        self._ended(run_id, "error")

    def _ended(self, run_id: UUID, outcome: str) -> None:
        self.metrics.llm_calls.labels(self.model, self.purpose, outcome).inc()
        seconds = self.timer.stop(run_id)
        if seconds is not None:
            self.metrics.llm_latency.labels(self.model, self.purpose).observe(seconds)


def tokens_of(response: LLMResult) -> dict[str, int]:
    """Input and output tokens from the messages' usage metadata, when there is any."""
    totals = {"input": 0, "output": 0}
    for generations in response.generations:
        for generation in generations:
            usage = getattr(getattr(generation, "message", None), "usage_metadata", None) or {}
            totals["input"] += int(usage.get("input_tokens", 0))
            totals["output"] += int(usage.get("output_tokens", 0))
    return {direction: count for direction, count in totals.items() if count}
