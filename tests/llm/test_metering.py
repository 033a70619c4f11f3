"""LLM calls in the metrics: latency and outcome always, tokens when the provider reports them."""

import uuid

from langchain_core.messages import AIMessage
from langchain_core.outputs import ChatGeneration, LLMResult

from pgpilot.llm.metering import LlmMetering, tokens_of
from pgpilot.metrics import Metrics


def result(usage: dict[str, int] | None) -> LLMResult:
    message = AIMessage(content="hi")
    if usage is not None:
        message.usage_metadata = {
            "input_tokens": usage["input"],
            "output_tokens": usage["output"],
            "total_tokens": usage["input"] + usage["output"],
        }
    return LLMResult(generations=[[ChatGeneration(message=message)]])


def test_tokens_are_read_from_usage_metadata() -> None:
    assert tokens_of(result({"input": 12, "output": 5})) == {"input": 12, "output": 5}
    assert tokens_of(result(None)) == {}


def test_a_call_and_a_failure_are_recorded() -> None:
    metrics = Metrics()
    metering = LlmMetering(metrics, model="openai:gpt-4.1-mini", purpose="tasks")
    ok, failed = uuid.uuid4(), uuid.uuid4()
    metering.on_chat_model_start({}, [], run_id=ok)
    metering.on_llm_end(result({"input": 30, "output": 7}), run_id=ok)
    metering.on_chat_model_start({}, [], run_id=failed)
    metering.on_llm_error(TimeoutError("slow"), run_id=failed)
    sample = metrics.registry.get_sample_value
    labels = {"model": "openai:gpt-4.1-mini", "purpose": "tasks"}
    assert sample("pgpilot_llm_calls_total", labels | {"outcome": "ok"}) == 1
    assert sample("pgpilot_llm_calls_total", labels | {"outcome": "error"}) == 1
    assert sample("pgpilot_llm_call_duration_seconds_count", labels) == 2
    assert sample("pgpilot_llm_tokens_total", labels | {"direction": "input"}) == 30
    assert sample("pgpilot_llm_tokens_total", labels | {"direction": "output"}) == 7
