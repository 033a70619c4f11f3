"""The CPU the session's embedded PostgreSQL used, shown at the end of the run.

`time pytest` leaves the server out: pg_ctl detaches it, so it is no child of pytest. Most of
a database test's work is the server's (cloning a database per test, the queries), so the
suite's cost is pytest's CPU plus this line's. Workers of `pytest -n` send theirs to the
controller, which adds them up.
"""

import os
from pathlib import Path

import pytest

SERVER_CPU = pytest.StashKey[float]()
WORKER_OUTPUT = "embedded_server_cpu_s"


def _ticks(pid: int) -> tuple[int, int]:
    """A process's own CPU ticks and those of its children it has reaped."""
    after_name = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    utime, stime, cutime, cstime = (int(field) for field in after_name[11:15])
    return utime + stime, cutime + cstime


def server_cpu_seconds(postmaster: int) -> float:
    """CPU of the postmaster, of its backends that have exited and of those still running."""
    try:
        own, reaped = _ticks(postmaster)
        children = Path(f"/proc/{postmaster}/task/{postmaster}/children").read_text().split()
    except OSError:  # not Linux, or the server is gone: no figure rather than a wrong one
        return 0.0
    total = own + reaped
    for child in children:
        try:
            total += _ticks(int(child))[0]
        except OSError:  # exited since the list was read; the postmaster reaped it
            continue
    return total / os.sysconf("SC_CLK_TCK")


def record(config: pytest.Config, seconds: float) -> None:
    """Add one server's CPU to this process's total."""
    config.stash[SERVER_CPU] = config.stash.get(SERVER_CPU, 0.0) + seconds


def pytest_sessionfinish(session: pytest.Session) -> None:
    workeroutput = getattr(session.config, "workeroutput", None)
    if workeroutput is not None:
        workeroutput[WORKER_OUTPUT] = session.config.stash.get(SERVER_CPU, 0.0)


@pytest.hookimpl(optionalhook=True)
def pytest_testnodedown(node: object, error: object) -> None:
    output = getattr(node, "workeroutput", {})
    config = getattr(node, "config", None)
    if config is not None and WORKER_OUTPUT in output:
        record(config, float(output[WORKER_OUTPUT]))


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    seconds = terminalreporter.config.stash.get(SERVER_CPU, 0.0)
    if seconds:
        terminalreporter.write_line(
            f"embedded PostgreSQL CPU: {seconds:.1f} s (not counted in pytest's own time)"
        )
