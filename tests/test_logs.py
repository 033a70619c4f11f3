"""JSON log lines carry the request id and any extra fields."""

import json
import logging

from pgpilot.logs import JsonFormatter, request_id


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
