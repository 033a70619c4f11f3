"""A client we did not write: the MCP Inspector's CLI mode against `pgpilot mcp` over stdio."""

import fcntl
import json
import shutil
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from tests.mcp.conftest import EMAIL
from tests.mcp.test_server import SQL_TOOLS, TASK_TOOLS

INSPECTOR = "@modelcontextprotocol/inspector"
VERSION = "2.12.0"  # pinned: the test checks our server, not the Inspector's releases
INSTALL_TIMEOUT_S = 600


@contextmanager
def locked(path: Path) -> Iterator[None]:
    """Hold a file lock, so parallel test processes install once."""
    with path.open("w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


@pytest.fixture(scope="session")
def inspector(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The Inspector's CLI, installed with npm into pytest's cache once (then reused)."""
    npm = shutil.which("npm")
    if npm is None or shutil.which("node") is None:
        pytest.fail("node and npm are needed for the MCP Inspector test (apt install nodejs npm)")
    cache = getattr(request.config, "cache", None)
    name = f"mcp-inspector-{VERSION}"
    root = cache.mkdir(name) if cache is not None else tmp_path_factory.mktemp(name)
    entry = root / "node_modules" / ".bin" / "mcp-inspector"
    done = root / "installed"
    with locked(root / "install.lock"):
        if not done.exists() or not entry.exists():
            command = [npm, "install", "--prefix", str(root), "--no-save", "--no-audit"]
            command += ["--no-fund", "--ignore-scripts", "--engine-strict=false"]
            result = subprocess.run(
                [*command, f"{INSPECTOR}@{VERSION}"],
                capture_output=True,
                text=True,
                timeout=INSTALL_TIMEOUT_S,
                check=False,
            )
            if result.returncode != 0 or not entry.exists():
                pytest.fail(f"npm install {INSPECTOR}@{VERSION} failed:\n{result.stderr[-2000:]}")
            done.write_text(VERSION)
    return entry


def inspect(inspector: Path, env: dict[str, str], *arguments: str) -> dict[str, Any]:
    """Run the Inspector's CLI against `pgpilot mcp --user EMAIL`; its JSON answer."""
    pgpilot = Path(sys.executable).parent / "pgpilot"
    variables = [part for key, value in env.items() for part in ("-e", f"{key}={value}")]
    result = subprocess.run(
        [str(inspector), "--cli", *variables, str(pgpilot), "mcp", "--user", EMAIL, *arguments],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    # The Inspector exits 5 when the tool answered isError; its stdout is still the result.
    assert result.returncode in (0, 5), result.stderr
    answer: dict[str, Any] = json.loads(result.stdout)
    assert (result.returncode == 5) is bool(answer.get("isError"))
    return answer


def test_inspector_lists_the_tools(inspector: Path, cli_env: dict[str, str]) -> None:
    listed = inspect(inspector, cli_env, "--method", "tools/list")
    tools = {tool["name"]: tool for tool in listed["tools"]}
    assert set(tools) == set(SQL_TOOLS) | set(TASK_TOOLS)
    assert tools["execute_select_query"]["annotations"]["readOnlyHint"] is True
    assert tools["execute_approved_query"]["annotations"]["destructiveHint"] is True
    assert "user_id" not in json.dumps([tool["inputSchema"] for tool in listed["tools"]])


@pytest.mark.parametrize(
    ("query", "is_error", "expected"),
    [
        pytest.param("SELECT count(*) AS n FROM customers", False, '"columns": [', id="read"),
        pytest.param("SELECT 1; COMMIT; DROP TABLE t", True, "FORBIDDEN_SQL", id="stacked"),
    ],
)
def test_inspector_calls_execute_select_query(
    inspector: Path, cli_env: dict[str, str], query: str, is_error: bool, expected: str
) -> None:
    call = ["--method", "tools/call", "--tool-name", "execute_select_query"]
    result = inspect(inspector, cli_env, *call, "--tool-arg", f"query={query}")
    assert result["isError"] is is_error
    assert expected in result["content"][0]["text"]
    if not is_error:
        assert result["structuredContent"]["columns"] == ["n"]
