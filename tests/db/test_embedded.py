"""The embedded PostgreSQL: starts, stops with pgpilot, shared by processes on one home."""

import os
import subprocess
import sys
import time
from pathlib import Path

import psycopg
import pytest

from pgpilot.db.embedded import EmbeddedPostgres
from pgpilot.errors import ConfigError

HOLDER = """
import sys
from pathlib import Path
from pgpilot.db.embedded import EmbeddedPostgres
server = EmbeddedPostgres(Path(sys.argv[1]))
server.start()
print(server.pid, flush=True)
sys.stdin.readline()
server.stop()
"""


def alive(pid: int) -> bool:
    """Whether a process exists (and is not a zombie we could still see)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    stat = Path(f"/proc/{pid}/stat")
    return not (stat.exists() and stat.read_text().split()[2] == "Z")


def wait_gone(pid: int, seconds: float = 10) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if not alive(pid):
            return True
        time.sleep(0.1)
    return False


def test_start_connect_stop_leaves_no_process(home: Path) -> None:
    server = EmbeddedPostgres(home)
    with server:
        pid = server.pid
        assert pid is not None
        url = server.ensure_database("pgpilot")
        with psycopg.connect(url) as conn:
            row = conn.execute("SELECT current_database(), current_setting('server_version_num')")
            name, version = row.fetchone() or ("", "0")
            assert name == "pgpilot"
            assert int(version) >= 180000
    assert wait_gone(pid), "postgres must stop when pgpilot stops"


def test_data_survives_a_restart(home: Path) -> None:
    with EmbeddedPostgres(home) as server:
        url = server.ensure_database("keep")
        with psycopg.connect(url) as conn:
            conn.execute("CREATE TABLE kept (x int)")
            conn.execute("INSERT INTO kept VALUES (42)")
    with EmbeddedPostgres(home) as server, psycopg.connect(server.ensure_database("keep")) as conn:
        assert conn.execute("SELECT x FROM kept").fetchall() == [(42,)]


def test_two_processes_on_one_home_share_the_server(home: Path) -> None:
    with subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(home)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    ) as holder:
        assert holder.stdout is not None
        assert holder.stdin is not None
        first_pid = int(holder.stdout.readline())
        ours = EmbeddedPostgres(home)
        ours.start()
        try:
            assert ours.pid == first_pid, "the second process must join, not start another"
            holder.stdin.write("\n")
            holder.stdin.close()
            assert holder.wait(30) == 0
            assert alive(first_pid), "the server must outlive the first process while we hold it"
            with psycopg.connect(ours.url("postgres")) as conn:
                assert conn.execute("SELECT 1").fetchone() == (1,)
        finally:
            ours.stop()
    assert wait_gone(first_pid)


def test_unusable_home_is_one_clear_error(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a directory")
    with pytest.raises(ConfigError, match="PGPILOT_HOME"):
        EmbeddedPostgres(blocker / "home").start()
