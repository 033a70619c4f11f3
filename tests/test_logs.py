"""JSON log lines carry the request id and any extra fields, and never a token."""

import io
import json
import logging
from collections.abc import Iterator

import pytest

from pgpilot.logs import JsonFormatter, configure, redact_tokens, request_id


def _record(**extra: object) -> logging.LogRecord:
    record = logging.makeLogRecord({"name": "pgpilot.test", "levelname": "INFO", "msg": "hi %s"})
    record.args = ("there",)
    record.__dict__.update(extra)
    return record


def test_line_is_json_with_request_id_and_extras() -> None:
    token = request_id.set("req-42")
    try:
        line = JsonFormatter().format(_record(path="/health", status=200))
    finally:
        request_id.reset(token)
    entry = json.loads(line)
    assert entry["message"] == "hi there"
    assert entry["request_id"] == "req-42"
    assert entry["path"] == "/health"
    assert entry["status"] == 200
    assert entry["level"] == "INFO"


def test_no_request_id_outside_requests() -> None:
    entry = json.loads(JsonFormatter().format(_record()))
    assert "request_id" not in entry


@pytest.fixture
def written() -> Iterator[io.StringIO]:
    """What pgpilot's logging, configured as `serve` does, writes; the harness's restored after."""
    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level
    configure("INFO")
    [handler] = root.handlers
    assert isinstance(handler, logging.StreamHandler)
    buffer = io.StringIO()
    handler.setStream(buffer)  # instead of stderr, which pytest swaps between phases
    try:
        yield buffer
    finally:
        root.handlers[:] = handlers
        root.setLevel(level)


@pytest.mark.parametrize(
    ("logger", "message", "args", "extra"),
    [
        pytest.param(
            "uvicorn.access",
            '%s - "%s %s HTTP/%s" %d',
            ("127.0.0.1:50000", "GET", "/ws/query?token=eyJ.SECRET.sig", "1.1", 101),
            {},
            id="uvicorn-access-args",
        ),
        pytest.param(
            "pgpilot.access",
            "GET /approval/1?x=1&access_token=eyJ.SECRET.sig&y=2",
            (),
            {},
            id="access-token-in-message",
        ),
        pytest.param(
            "pgpilot.api",
            "%(url)s",
            ({"url": "ws://localhost/ws/query?TOKEN=eyJ.SECRET.sig"},),
            {},
            id="mapping-args-any-case",
        ),
        pytest.param(
            "pgpilot.api",
            "request",
            (),
            {"url": "/ws/query?refresh_token=eyJ.SECRET.sig#top"},
            id="extra-field",
        ),
    ],
)
def test_tokens_never_reach_the_log(
    written: io.StringIO,
    logger: str,
    message: str,
    args: tuple[object, ...],
    extra: dict[str, object],
) -> None:
    logging.getLogger(logger).info(message, *args, extra=extra)
    line = written.getvalue()
    assert line.count("\n") == 1, "the record was written, once"
    assert "SECRET" not in line
    assert "token=[REDACTED]" in line.replace("TOKEN=", "token=")


def test_redaction_keeps_the_rest_of_the_url() -> None:
    assert (
        redact_tokens("/ws/query?a=1&token=abc.def&b=2 HTTP/1.1")
        == "/ws/query?a=1&token=[REDACTED]&b=2 HTTP/1.1"
    )
