"""The sandbox (packages/sandbox) as a real process on a free port, for the tests marked `sandbox`."""

from __future__ import annotations

import os
import queue
import re
import shutil
import signal
import subprocess
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[3]
SANDBOX_CLI = REPO / "packages" / "sandbox" / "dist" / "cli.js"
READY = re.compile(r"^tokkit-sandbox listening on (http://127\.0\.0\.1:\d+)$")
START_TIMEOUT = 30.0


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "sandbox: runs against the sandbox started as a real process")


@pytest.fixture(scope="session")
def sandbox_url() -> Iterator[str]:
    """Starts `node packages/sandbox/dist/cli.js --port 0`, waits for its one ready line, stops it with SIGTERM."""
    yield from _run_sandbox()


RATE_LIMIT_RPS = 10


@pytest.fixture(scope="session")
def rate_limited_sandbox_url() -> Iterator[str]:
    """A second sandbox, answering 429 (with Retry-After) once a key sends more than 10 requests per second."""
    yield from _run_sandbox("--rps", str(RATE_LIMIT_RPS))


def _run_sandbox(*options: str) -> Iterator[str]:
    if not SANDBOX_CLI.is_file():
        pytest.skip(
            f"{SANDBOX_CLI.relative_to(REPO)} does not exist yet: build packages/sandbox (pnpm turbo run build)"
        )
    node = shutil.which("node")
    if node is None:
        pytest.fail("node is not on PATH; the sandbox needs Node 20+")
    process = subprocess.Popen(
        [node, str(SANDBOX_CLI), "--port", "0", *options],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=REPO,
        env={**os.environ, "NO_COLOR": "1"},
    )
    assert process.stdout is not None
    lines: queue.Queue[str | None] = queue.Queue()

    def read() -> None:
        assert process.stdout is not None
        for line in process.stdout:
            lines.put(line.rstrip("\n"))
        lines.put(None)

    threading.Thread(target=read, daemon=True).start()
    try:
        first = lines.get(timeout=START_TIMEOUT)
    except queue.Empty:
        first = None
    match = READY.match(first or "")
    if match is None:
        process.kill()
        _, err = process.communicate(timeout=10)
        pytest.fail(f"the sandbox did not get ready: stdout {first!r}, stderr {err[-2000:]!r}")
    try:
        yield match.group(1)
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)
        if process.stderr is not None:
            process.stderr.close()
        if process.stdout is not None:
            process.stdout.close()


@pytest.fixture(autouse=True)
def _no_base_url_from_the_shell(monkeypatch: pytest.MonkeyPatch) -> None:
    """A TIKAPI_BASE_URL exported in the shell must not redirect the tests; the tests that read it set it."""
    monkeypatch.delenv("TIKAPI_BASE_URL", raising=False)
