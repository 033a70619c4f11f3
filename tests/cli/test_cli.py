"""The CLI as a user runs it: one-line errors, exit codes, no orphans.

Most tests run `pgpilot` in this process, through the same `main()` a console script calls,
so a test pays for its work and not for an interpreter's start and imports. The tests of what
only a process has (signals, stdio, start-up exit codes, serve's workers) and a few smoke
tests of `python -m pgpilot` itself run real subprocesses.
"""

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path
from unittest import mock

import httpx
import psycopg
import pytest
from click.testing import CliRunner

from pgpilot import __version__
from pgpilot.cli import main as cli
from pgpilot.cli import output
from tests.db.test_embedded import wait_gone


def pgpilot(
    *args: str, env: dict[str, str] | None = None, stdin: str | None = None
) -> subprocess.CompletedProcess[str]:
    """Run `pgpilot ARGS` in this process, with the test's environment plus `env`.

    `main()` itself runs, so its one-line errors and exit codes are the ones a user sees; the
    result reads like a finished process's.
    """
    argv = ["pgpilot", *args]
    sigterm = signal.getsignal(signal.SIGTERM)  # main() installs its own handler
    returncode = 0
    with (
        CliRunner().isolation(input=stdin, env=env) as (stdout, stderr, _),
        mock.patch.object(sys, "argv", argv),
        # Like a process writing to a pipe: no colours, even when pytest runs with -s on a tty.
        mock.patch.object(output.out, "_color_system", None),
        mock.patch.object(output.err, "_color_system", None),
    ):
        try:
            cli.main()
        except SystemExit as exc:
            if exc.code is None or isinstance(exc.code, int):
                returncode = exc.code or 0
            else:  # sys.exit("message"): Python prints it and exits 1
                sys.stderr.write(f"{exc.code}\n")
                returncode = 1
        finally:
            signal.signal(signal.SIGTERM, sigterm)
        sys.stdout.flush()
        sys.stderr.flush()
        out, err = stdout.getvalue().decode(), stderr.getvalue().decode()
    return subprocess.CompletedProcess(argv, returncode, out, err)


def pgpilot_process(
    *args: str, env: dict[str, str] | None = None, stdin: str | None = None, timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    """Run `python -m pgpilot ARGS` as a real process, with the test's environment plus `env`."""
    return subprocess.run(
        [sys.executable, "-m", "pgpilot", *args],
        input=stdin,
        env={**os.environ, **(env or {})},
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def assert_one_line_error(result: subprocess.CompletedProcess[str], *words: str) -> None:
    assert result.returncode != 0
    assert "Traceback" not in result.stderr + result.stdout
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    for word in words:
        assert word in lines[0], lines[0]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_version() -> None:
    result = pgpilot_process("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"pgpilot {__version__}"


def test_help_lists_commands() -> None:
    result = pgpilot_process("--help")
    assert result.returncode == 0
    for command in ("serve", "db"):
        assert command in result.stdout


@pytest.mark.parametrize(
    ("env", "words"),
    [
        pytest.param(
            {"DATABASE_URL": "mysql://root@localhost/x"}, ["DATABASE_URL"], id="not-postgres"
        ),
        pytest.param(
            {"DATABASE_URL": "postgresql://h:notaport/x"}, ["DATABASE_URL"], id="malformed"
        ),
        pytest.param(
            {"DATABASE_URL": "postgresql://postgres@127.0.0.1:1/x"},
            ["DATABASE_URL", "127.0.0.1"],
            id="unreachable",
        ),
        pytest.param({"PGPILOT_PORT": "http"}, ["PGPILOT_PORT"], id="bad-port-setting"),
        pytest.param(
            {"APP_ENV": "production", "DATABASE_URL": "postgresql://x@h/db"},
            ["JWT_SECRET"],
            id="production-without-secret",
        ),
    ],
)
def test_bad_configuration_is_one_line(env: dict[str, str], words: list[str]) -> None:
    result = pgpilot("db", "upgrade", env=env)
    assert_one_line_error(result, *words)
    assert result.returncode == 2  # a configuration problem, as README says


def test_unwritable_home_is_one_line(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("")
    result = pgpilot("db", "upgrade", env={"PGPILOT_HOME": str(blocker / "home")})
    assert_one_line_error(result, "PGPILOT_HOME")


def test_port_in_use_is_one_line() -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = pgpilot_process(
            "serve", "--port", str(port), env={"DATABASE_URL": "postgresql://x@h/d"}
        )
    assert_one_line_error(result, str(port), "--port")


def test_db_upgrade_and_downgrade_on_an_external_server(blank_db_url: str) -> None:
    env = {"DATABASE_URL": blank_db_url}
    up = pgpilot("db", "upgrade", env=env)
    assert up.returncode == 0, up.stderr
    assert "revision 0017" in up.stdout
    with psycopg.connect(blank_db_url) as conn:
        row = conn.execute("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")
        # twelve tables, four of LangGraph's checkpoints and alembic_version
        assert row.fetchone() == (17,)
    down = pgpilot("db", "downgrade", "base", env=env)
    assert down.returncode == 0, down.stderr
    with psycopg.connect(blank_db_url) as conn:
        row = conn.execute(
            "SELECT count(*) FROM pg_tables WHERE schemaname = 'public' "
            "AND tablename <> 'alembic_version'"
        )
        assert row.fetchone() == (0,)


def _postmaster_pid(home: Path) -> int:
    return int((home / "pg18" / "postmaster.pid").read_text().split()[0])


@pytest.mark.parametrize("stop", [signal.SIGINT, signal.SIGTERM], ids=["ctrl-c", "sigterm"])
def test_serve_embedded_then_stop_leaves_no_postgres(home: Path, stop: signal.Signals) -> None:
    port = free_port()
    env = {**os.environ, "PGPILOT_HOME": str(home), "PGPILOT_PORT": str(port)}
    with subprocess.Popen(
        [sys.executable, "-m", "pgpilot", "serve"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    ) as server:
        deadline = time.monotonic() + 60
        ready = None
        while time.monotonic() < deadline and server.poll() is None:
            try:
                ready = httpx.get(f"http://127.0.0.1:{port}/health/ready", timeout=1)
                break
            except httpx.TransportError:
                time.sleep(0.2)
        if ready is None:
            server.kill()  # or leaving `with` waits for the server for ever
            pytest.fail(f"serve was not ready in 60 s: {server.communicate()[1][-2000:]}")
        assert ready.status_code == 200
        pid = _postmaster_pid(home)
        with psycopg.connect(f"postgresql://postgres@/demo?host={home / 'pg18'}") as conn:
            orders = conn.execute("SELECT count(*) FROM orders").fetchone()
            login = conn.execute(
                "SELECT rolsuper, pg_has_role('pgpilot_demo', 'pgpilot_writer', 'MEMBER')"
                " FROM pg_roles WHERE rolname = 'pgpilot_demo'"
            ).fetchone()
        assert orders == (2500,)
        assert login == (False, True), "the demo is reached as a least-privilege login"
        server.send_signal(stop)
        server.wait(30)
        assert server.stderr is not None
        assert "WARNING" not in server.stderr.read(), "so serve has nothing to warn about"
    assert wait_gone(pid), "stopping pgpilot must stop its PostgreSQL"
