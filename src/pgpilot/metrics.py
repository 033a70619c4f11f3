"""Prometheus metrics of one process; several workers add up through PROMETHEUS_MULTIPROC_DIR.

prometheus_client's multiprocess mode is chosen when it is imported: the variable must be
set before (`pgpilot serve --workers N` sets it for its workers). Each worker then writes its
samples to files there, and /metrics on any worker reads them all.
"""

import os
import time
from collections.abc import Iterable
from datetime import UTC, datetime

from prometheus_client import (
    CONTENT_TYPE_LATEST,
    CollectorRegistry,
    Counter,
    Gauge,
    Histogram,
    generate_latest,
    multiprocess,
)
from psycopg_pool import AsyncConnectionPool

MULTIPROC_VARIABLE = "PROMETHEUS_MULTIPROC_DIR"
UNMATCHED = "<unmatched>"  # requests no route answers: one label, not one per probed path
LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0)
LLM_BUCKETS = (0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0, 120.0)
DECISION_BUCKETS = (10, 60, 300, 900, 3600, 4 * 3600, 12 * 3600, 24 * 3600, 7 * 24 * 3600)


def multiprocess_mode() -> bool:
    """Whether samples are shared between worker processes."""
    return bool(os.environ.get(MULTIPROC_VARIABLE))


class Metrics:
    """The counters, histograms and gauges pgpilot keeps, in a registry of its own."""

    def __init__(self) -> None:
        self.registry = CollectorRegistry(auto_describe=True)
        r = self.registry
        # Every request is counted: its label children are looked up once per label set, as
        # `labels()` validates and locks on each call (a tenth of a small request's metrics).
        self._request_children: dict[tuple[str, str | None, int], tuple[Counter, Histogram]] = {}
        self.requests = Counter(
            "pgpilot_http_requests",
            "HTTP requests by method, route template and status.",
            ["method", "route", "status"],
            registry=r,
        )
        self.latency = Histogram(
            "pgpilot_http_request_duration_seconds",
            "Time to answer an HTTP request, by method and route template.",
            ["method", "route"],
            buckets=LATENCY_BUCKETS,
            registry=r,
        )
        self.verdicts = Counter(
            "pgpilot_guard_verdicts", "The guard's verdicts by kind.", ["kind"], registry=r
        )
        self.writes = Counter(
            "pgpilot_writes",
            "Writes and DDL by risk and outcome (executed, pending_approval, failed).",
            ["risk", "outcome"],
            registry=r,
        )
        self.approvals = Counter(
            "pgpilot_approvals",
            "Approval tickets opened (PENDING_APPROVAL) and decided (APPROVED, REJECTED).",
            ["status"],
            registry=r,
        )
        self.decision_time = Histogram(
            "pgpilot_approval_decision_seconds",
            "Time from a ticket's creation to a human's decision.",
            ["status"],
            buckets=DECISION_BUCKETS,
            registry=r,
        )
        self.llm_calls = Counter(
            "pgpilot_llm_calls",
            "Chat model calls by model, purpose (tasks, sql) and outcome (ok, error).",
            ["model", "purpose", "outcome"],
            registry=r,
        )
        self.llm_latency = Histogram(
            "pgpilot_llm_call_duration_seconds",
            "Time one chat model call took.",
            ["model", "purpose"],
            buckets=LLM_BUCKETS,
            registry=r,
        )
        self.llm_tokens = Counter(
            "pgpilot_llm_tokens",
            "Tokens the provider reported, by direction (input, output).",
            ["model", "purpose", "direction"],
            registry=r,
        )
        self.rate_limited = Counter(
            "pgpilot_rate_limit_refusals",
            "Requests refused by a named rate limit (429).",
            ["limit"],
            registry=r,
        )
        self.pool = Gauge(
            "pgpilot_db_pool_connections",
            "Connections of each pool: size (open), in_use, max; summed over live workers.",
            ["pool", "state"],
            multiprocess_mode="livesum",
            registry=r,
        )

    def request(self, method: str, route: str | None, status: int, seconds: float) -> None:
        """One answered HTTP request."""
        key = (method, route, status)
        children = self._request_children.get(key)
        if children is None:
            label = route or UNMATCHED
            children = (
                self.requests.labels(method, label, str(status)),
                self.latency.labels(method, label),
            )
            self._request_children[key] = children
        count, latency = children
        count.inc()
        latency.observe(seconds)

    def verdict(self, kind: str) -> None:
        """One statement classified by the guard."""
        self.verdicts.labels(kind).inc()

    def write(self, risk: str, outcome: str) -> None:
        """A write that ran, waits for approval, or failed."""
        self.writes.labels(risk, outcome).inc()
        if outcome == "pending_approval":
            self.approvals.labels("PENDING_APPROVAL").inc()

    def decision(self, status: str, created_at: datetime) -> None:
        """A human's decision on a ticket opened at `created_at`."""
        self.approvals.labels(status).inc()
        waited = (datetime.now(UTC) - created_at).total_seconds()
        self.decision_time.labels(status).observe(max(waited, 0.0))

    def refused(self, limit: str) -> None:
        """A request over a named rate limit."""
        self.rate_limited.labels(limit).inc()

    def pools(self, pools: Iterable[AsyncConnectionPool]) -> None:
        """Record the size and use of each pool now."""
        for pool in pools:
            stats = pool.get_stats()
            size, idle = stats.get("pool_size", 0), stats.get("pool_available", 0)
            self.pool.labels(pool.name, "size").set(size)
            self.pool.labels(pool.name, "in_use").set(max(size - idle, 0))
            self.pool.labels(pool.name, "max").set(pool.max_size)

    def exposition(self) -> tuple[bytes, str]:
        """The text format and its content type: every worker's samples in multiprocess mode."""
        registry = self.registry
        if multiprocess_mode():
            registry = CollectorRegistry()
            multiprocess.MultiProcessCollector(registry)  # type: ignore[no-untyped-call]
        return generate_latest(registry), CONTENT_TYPE_LATEST

    @staticmethod
    def process_ended() -> None:
        """Drop this worker's live gauges (multiprocess mode) when it stops."""
        if multiprocess_mode():
            multiprocess.mark_process_dead(os.getpid())  # type: ignore[no-untyped-call]


class LlmTimer:
    """Start times of chat model calls in flight, by run id."""

    def __init__(self) -> None:
        self.started: dict[object, float] = {}

    def start(self, run_id: object) -> None:
        """A call began."""
        self.started[run_id] = time.perf_counter()

    def stop(self, run_id: object) -> float | None:
        """Seconds since the call began, or None when its start was not seen."""
        began = self.started.pop(run_id, None)
        return None if began is None else time.perf_counter() - began
