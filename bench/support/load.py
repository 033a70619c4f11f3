"""A load generator for bench/http_face.py: N keep-alive HTTP/1.1 clients, as fast as they can.

Run as its own process so the server's CPU is not shared with the client's event loop:

    python bench/support/load.py '{"port": 8000, "clients": 4, "seconds": 3, "method": "GET",
                                    "path": "/api/1/tasks", "headers": {}, "body": null}'

Prints one JSON object: requests answered 200 in the timed window, all requests sent (the
warm-up's too), seconds, and the first unexpected answer. Plain asyncio streams: an HTTP
client library would cost more CPU per request than the servers under test, and the client
would be what is measured.
"""

import asyncio
import json
import sys
import time
from typing import Any

WARMUP_S = 0.5


def request_bytes(spec: dict[str, Any]) -> bytes:
    """The request, encoded once."""
    body = b"" if spec.get("body") is None else json.dumps(spec["body"]).encode()
    lines = [f"{spec['method']} {spec['path']} HTTP/1.1", f"Host: 127.0.0.1:{spec['port']}"]
    lines += [f"{name}: {value}" for name, value in spec.get("headers", {}).items()]
    if body:
        lines += ["Content-Type: application/json", f"Content-Length: {len(body)}"]
    return ("\r\n".join(lines) + "\r\n\r\n").encode() + body


async def answer(reader: asyncio.StreamReader) -> tuple[int, bytes]:
    """The status and body of one response (uvicorn always sends Content-Length here)."""
    head = await reader.readuntil(b"\r\n\r\n")
    status = int(head[9:12])
    length = 0
    for line in head.split(b"\r\n")[1:]:
        if line[:15].lower() == b"content-length:":
            length = int(line[15:])
    return status, await reader.readexactly(length)


async def client(
    spec: dict[str, Any], start: float, stop: float, seen: dict[str, Any]
) -> tuple[int, int]:
    """Requests answered 200 between `start` and `stop` on one connection, and all it sent."""
    reader, writer = await asyncio.open_connection("127.0.0.1", spec["port"])
    payload = request_bytes(spec)
    done = sent = 0
    try:
        while (now := time.perf_counter()) < stop:
            sent += 1
            writer.write(payload)
            status, body = await answer(reader)
            if status != 200:
                seen.setdefault("unexpected", f"{status} {body[:300]!r}")
            elif now >= start:
                done += 1
    finally:
        writer.close()
    return done, sent


async def run(spec: dict[str, Any]) -> dict[str, Any]:
    began = time.perf_counter()
    start = began + WARMUP_S
    stop = start + spec["seconds"]
    seen: dict[str, Any] = {}
    counts = await asyncio.gather(
        *(client(spec, start, stop, seen) for _ in range(spec["clients"]))
    )
    return {
        "requests": sum(done for done, _ in counts),
        "sent": sum(sent for _, sent in counts),
        "seconds": spec["seconds"],
        **seen,
    }


if __name__ == "__main__":
    print(json.dumps(asyncio.run(run(json.loads(sys.argv[1])))))
