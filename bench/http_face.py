"""Requests per second of the HTTP face against a minimal Starlette + psycopg-pool app.

Run with `.venv/bin/python bench/http_face.py` (or `make bench`); not `bench/http.py`, which
would shadow the standard library's `http` for every bench and for mypy. Uses
PGPILOT_BENCH_DATABASE_URL's server when set, else an embedded PostgreSQL in a temporary
directory. Two real uvicorn servers run side by side, started the same way (one worker,
`--log-level warning`, no access log):
  - pgpilot:  `pgpilot.api.asgi:worker_app`, the app `pgpilot serve` runs, with every layer
              (middleware, bearer token and actor check, SQL rate limit, guard);
  - anchor:   bench/support/anchor.py, the same queries with nothing around them.
Both have pools of the same size (the anchor's POOL_SIZE) on the app and target databases.
A load generator in another process (bench/support/load.py) keeps 1, 4 and 16 keep-alive
clients busy on a point read over `POST /api/sql` and on `GET /api/{user_id}/tasks`; rounds
interleave both servers, and each figure is the median over ROUNDS rounds.
Goal: pgpilot serves at least 0.8x the anchor's requests per second in every cell; the
servers' resident memory is reported. Exit 1 when a goal is missed.
"""

import json
import os
import socket
import statistics
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import psycopg
from psycopg import sql
from support.anchor import POOL_SIZE
from support.db import bench_database
from support.report import Report

from pgpilot.auth.tokens import issue_token
from pgpilot.db import migrate
from pgpilot.db.demo import ensure_demo
from pgpilot.db.urls import database_name, with_database

SECRET = "bench-secret-" + uuid.uuid4().hex
QUERY = "SELECT id, name, country FROM customers WHERE id = 42"
TASKS = 20
CLIENTS = (1, 4, 16)
ROUNDS = 3
SECONDS = 2.0
GOAL_RATIO = 0.8
HERE = Path(__file__).resolve().parent
LOAD = HERE / "support" / "load.py"
# Why the ratio misses, from cProfile (CPU clock) of POST /api/sql in process, 2026-11-30.
MISS_PROFILE = (
    "Where pgpilot's CPU goes (cProfile, CPU clock, POST /api/sql called in process, no "
    "uvicorn): about half in the read executor, sql/execute.py execute_read (BEGIN READ ONLY + "
    "DECLARE + FETCH in one pipeline) and sql/resets.py (ROLLBACK + DISCARD ALL off the caller's"
    " path), psycopg's pipeline waits (about 13 per read and reset) included: alone, with 4 "
    "concurrent callers on the same pool, that path costs 0.9-1.6 ms of client CPU and 3.5-4x "
    "the wall time of the anchor's one autocommit query (0.25-0.34 ms); then FastAPI 0.165's "
    "routing and dependency resolution (fastapi/routing.py _match, dependencies/utils.py "
    "solve_dependencies, about a quarter), our middleware (about a twentieth), the guard. Done: "
    "async get_services (no thread-pool hop), raw-header middleware, access-log fields built "
    "only when written, an autocommit actor lookup (4 round trips to 1), pool liveness checks "
    "only when the idle socket has news (db/liveness.py), the reset off the caller's path, then "
    "(2026-11-30) a read known to be small (this one: equality on the primary key, sql/keys.py, "
    "sql/shape.py) sent with its reset in one pipeline and its connection pooled at once, no "
    "reset task (sql/execute.py): server CPU per request at 1/4/16 clients "
    "1.02-1.28/0.88-0.95/0.80-1.14 ms before, 0.90-0.93/0.71-0.77/0.72-0.75 ms after (two runs "
    "each, alternated, load 7-9; the rps ratios swung 0.48-1.03x either way), the memory rate "
    "limiter's per-hit sweep task and thread hop removed (auth/ratelimit.py QuietMemoryStorage),"
    " the bearer/actor/limit dependency chain made one node (api/security.py ActorBearer), a "
    "token's signature checked once per token (auth/tokens.py), answers rendered by orjson "
    "(api/responses.py), FastAPI's native telemetry off (PGPILOT_OPENTELEMETRY), POST /api/sql's"
    " body read in one pydantic pass (api/bodies.py), the hot routers matched first, then served"
    " by the app itself (FastAPI 0.165 matched an included router twice), POST /api/sql a "
    "DirectRoute (api/direct.py: its actor check run by the route, not FastAPI's solver; 35-40 "
    "us less in isolation), request metrics' label children kept, request ids from os.urandom. "
    "uvloop + httptools under both servers did not move the ratio in one run on a loaded host. "
    "At load 9-12 on 2 cores (2026-11-30) the ratio swung from 0.1x to 1.0x between runs: with 4"
    " and 16 clients the server used a fraction of a core while reads queued for the target "
    "pool's 5 connections, each held for the read and then its reset (now one round trip for a "
    "point read; in process, 986 of 1,213 takes waited, 7.6 ms on average), hence "
    "PGPILOT_TARGET_POOL_SIZE set here to the anchor's pool size; at 1 client a request wakes "
    "the server and PostgreSQL more often than the anchor's (the read, then the reset), and on a"
    " loaded host each wake-up waits for a CPU. Left: the actor check, the rate limit, the "
    "read-only transaction, the cursor cap and the reset are the safety layers the anchor lacks."
)
APPS = {"pgpilot": "pgpilot.api.asgi:worker_app", "anchor": "anchor:anchor_app"}


def seed(app_url: str) -> int:
    """A user who may read the default target and has TASKS tasks."""
    today = datetime.now(UTC).date()
    with psycopg.connect(app_url, autocommit=True) as conn:
        row = conn.execute(
            "INSERT INTO users (email, password_hash) VALUES ('bench@bench.test', 'x') RETURNING id"
        ).fetchone()
        assert row is not None
        user_id = int(row[0])
        conn.execute(
            "INSERT INTO target_grants (user_id, target, access, granted_by) "
            "VALUES (%s, 'default', 'read', 'bench')",
            (user_id,),
        )
        with conn.cursor() as cursor:
            cursor.executemany(
                "INSERT INTO tasks (user_id, title, priority, due_date) VALUES (%s, %s, %s, %s)",
                [(user_id, f"task {n}", "medium", today + timedelta(days=n)) for n in range(TASKS)],
            )
    return user_id


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def server(app: str, env: dict[str, str]) -> Iterator[tuple[int, int]]:
    """A uvicorn process serving `app` (a factory); yields its port and pid."""
    port = free_port()
    command = [
        *(sys.executable, "-m", "uvicorn", app, "--factory"),
        *("--app-dir", str(HERE / "support"), "--host", "127.0.0.1", "--port", str(port)),
        *("--workers", "1", "--log-level", "warning", "--no-access-log", "--no-server-header"),
    ]
    process = subprocess.Popen(command, env=os.environ | env, cwd=HERE.parent)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"{app} did not start") from None
                time.sleep(0.2)
        yield port, process.pid
    finally:
        process.terminate()
        process.wait(timeout=30)


@dataclass(frozen=True)
class Run:
    rps: float  # answered 200 per second in the timed window
    cpu_ms: float  # the server's CPU time per request, warm-up included


def cpu_seconds(pid: int) -> float:
    """User and system CPU time of a process so far."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def load(server: tuple[int, int], clients: int, request: dict[str, Any]) -> Run:
    """What `clients` clients get from a server (port, pid) in SECONDS, and what it spends."""
    port, pid = server
    spec = {"port": port, "clients": clients, "seconds": SECONDS, **request}
    cpu = cpu_seconds(pid)
    done = subprocess.run(
        [sys.executable, str(LOAD), json.dumps(spec)],
        capture_output=True,
        text=True,
        check=True,
    )
    cpu = cpu_seconds(pid) - cpu
    result = json.loads(done.stdout)
    if "unexpected" in result:
        raise RuntimeError(f"port {port} {request['path']}: {result['unexpected']}")
    return Run(result["requests"] / SECONDS, cpu * 1000 / max(1, result["sent"]))


def rss_mb(pid: int) -> tuple[float, float]:
    """Resident memory now and at its peak, in MB."""
    status = Path(f"/proc/{pid}/status").read_text()
    fields = dict(line.split(":", 1) for line in status.splitlines() if ":" in line)
    return (int(fields["VmRSS"].split()[0]) / 1024, int(fields["VmHWM"].split()[0]) / 1024)


Runs = dict[tuple[str, str, int], list[Run]]


def measure(servers: dict[str, tuple[int, int]], requests: dict[str, dict[str, Any]]) -> Runs:
    """Each app, endpoint and client count, once per round."""
    runs: Runs = {}
    for number in range(ROUNDS):
        order = list(servers) if number % 2 == 0 else list(reversed(servers))
        for endpoint, request in requests.items():
            for clients in CLIENTS:
                for app in order:
                    run = load(servers[app], clients, request)
                    runs.setdefault((app, endpoint, clients), []).append(run)
    return runs


def main() -> int:
    report = Report("http_face", "requests per second of the HTTP face vs a minimal Starlette app")
    with bench_database() as app_url:
        target = f"{database_name(app_url)}_target"
        target_url = with_database(app_url, target)
        admin = with_database(app_url, "postgres")
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(target)))
        try:
            report.server(app_url)
            migrate.upgrade(app_url)
            ensure_demo(target_url)
            user_id = seed(app_url)
            runs, memory = serve_and_measure(app_url, target_url, user_id)
        finally:
            with psycopg.connect(admin, autocommit=True) as conn:
                conn.execute(
                    sql.SQL("DROP DATABASE {} WITH (FORCE)").format(sql.Identifier(target))
                )
    for (app, endpoint, clients), values in runs.items():
        if app != "pgpilot":
            continue
        ours = statistics.median(run.rps for run in values)
        anchors = runs[("anchor", endpoint, clients)]
        anchor = statistics.median(run.rps for run in anchors)
        cpu = statistics.median(run.cpu_ms for run in values)
        anchor_cpu = statistics.median(run.cpu_ms for run in anchors)
        report.figure(
            f"{endpoint}, {clients} client{'s' if clients > 1 else ''}",
            ours / anchor,
            "x",
            goal=GOAL_RATIO,
            better="higher",
            anchor=f"minimal Starlette + psycopg-pool app, {anchor:,.0f} rps",
            detail=f"pgpilot {ours:,.0f} rps (median of {ROUNDS} rounds of {SECONDS:g} s); "
            f"server CPU per request {cpu:.2f} ms, anchor {anchor_cpu:.2f} ms",
        )
    report.figure(
        "server RSS after the load",
        memory["pgpilot"][0],
        "MB",
        anchor=f"minimal app {memory['anchor'][0]:.0f} MB (peak {memory['anchor'][1]:.0f} MB)",
        detail=f"peak {memory['pgpilot'][1]:.0f} MB",
    )
    if any(figure.met is False for figure in report.figures):
        report.note(MISS_PROFILE)
    return report.finish()


def serve_and_measure(
    app_url: str, target_url: str, user_id: int
) -> tuple[Runs, dict[str, tuple[float, float]]]:
    token = issue_token(user_id, secret=SECRET, lifetime=timedelta(hours=1)).access_token
    headers = {"Authorization": f"Bearer {token}"}
    requests: dict[str, dict[str, Any]] = {
        "POST /api/sql": {"method": "POST", "path": "/api/sql", "body": {"sql": QUERY}},
        "GET /api/{user_id}/tasks": {"method": "GET", "path": f"/api/{user_id}/tasks"},
    }
    requests = {name: {**request, "headers": headers} for name, request in requests.items()}
    ours = {
        "DATABASE_URL": app_url,
        "TARGET_DATABASE_URL": target_url,
        "JWT_SECRET": SECRET,
        "PGPILOT_LOG_LEVEL": "WARNING",
        "PGPILOT_SQL_RATE_LIMIT": "1000000/minute",
        # The anchor's pool sizes: a read holds its connection until its session is reset.
        "PGPILOT_APP_POOL_SIZE": str(POOL_SIZE),
        "PGPILOT_TARGET_POOL_SIZE": str(POOL_SIZE),
    }
    anchor = {"ANCHOR_APP_URL": app_url, "ANCHOR_TARGET_URL": target_url}
    with server(APPS["pgpilot"], ours) as pgpilot, server(APPS["anchor"], anchor) as minimal:
        runs = measure({"pgpilot": pgpilot, "anchor": minimal}, requests)
        memory = {"pgpilot": rss_mb(pgpilot[1]), "anchor": rss_mb(minimal[1])}
    return runs, memory


if __name__ == "__main__":
    sys.exit(main())
