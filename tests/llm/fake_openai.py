"""A fake OpenAI-compatible server: real HTTP on 127.0.0.1, scripted chat completions."""

import json
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass
class Step:
    """One scripted answer: tool calls, text, an HTTP error status, a delay, garbage, or none.

    `hang`: the server reads the request and never answers (until it shuts down).
    """

    tool_calls: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    content: str | None = None
    status: int = 200
    delay_s: float = 0.0
    garbage: bool = False
    hang: bool = False


@dataclass
class FakeOpenAI:
    """The script it plays (the last step repeats) and the requests it received."""

    script: list[Step]
    requests: list[dict[str, Any]] = field(default_factory=list)
    url: str = ""
    closing: threading.Event = field(default_factory=threading.Event)

    def next_step(self, body: dict[str, Any]) -> Step:
        self.requests.append(body)
        return self.script.pop(0) if len(self.script) > 1 else self.script[0]


def completion(step: Step, number: int) -> dict[str, Any]:
    """A chat.completion object as OpenAI sends it."""
    calls = [
        {
            "id": f"call_{number}_{i}",
            "type": "function",
            "function": {"name": name, "arguments": json.dumps(args)},
        }
        for i, (name, args) in enumerate(step.tool_calls)
    ]
    message: dict[str, Any] = {"role": "assistant", "content": step.content}
    if calls:
        message["tool_calls"] = calls
    return {
        "id": f"chatcmpl-{number}",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": "fake-model",
        "choices": [
            {
                "index": 0,
                "message": message,
                "finish_reason": "tool_calls" if calls else "stop",
            }
        ],
        "usage": {"prompt_tokens": 10, "completion_tokens": 5, "total_tokens": 15},
    }


@contextmanager
def fake_openai(*script: Step) -> Iterator[FakeOpenAI]:
    """Serve the script on a free port until the block ends."""
    fake = FakeOpenAI(list(script))

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length", 0))
            body = json.loads(self.rfile.read(length) or b"{}")
            if not self.path.endswith("/chat/completions"):
                self._send(404, {"error": {"message": f"no route {self.path}"}})
                return
            step = fake.next_step(body)
            if step.hang:
                fake.closing.wait()
                return
            time.sleep(step.delay_s)
            if step.garbage:
                self._send(200, None)
            elif step.status != 200:
                self._send(step.status, {"error": {"message": "scripted failure"}})
            else:
                self._send(200, completion(step, len(fake.requests)))

        def _send(self, status: int, payload: dict[str, Any] | None) -> None:
            data = b"<html>not json" if payload is None else json.dumps(payload).encode()
            try:
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)
            except (BrokenPipeError, ConnectionResetError):  # the client timed out first
                pass

        def log_message(self, format: str, *args: Any) -> None:
            """Quiet."""

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    fake.url = f"http://127.0.0.1:{server.server_address[1]}/v1"
    try:
        yield fake
    finally:
        fake.closing.set()  # hung handlers return, so closing the server does not wait on them
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
