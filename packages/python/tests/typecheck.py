"""mypy --strict on a snippet, as a user's file: outside the package, so without its config."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path


def mypy(snippet: str, where: Path) -> subprocess.CompletedProcess[str]:
    (where / "snippet.py").write_text(snippet, encoding="utf-8")
    return subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-error-summary", "snippet.py"],
        capture_output=True,
        text=True,
        cwd=where,
        timeout=300,
        check=False,
    )
