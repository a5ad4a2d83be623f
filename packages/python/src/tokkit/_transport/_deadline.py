"""The end of one attempt: the timeout covers the body too, not only each wait for data."""

from __future__ import annotations

import time


class Deadline:
    """`timeout` seconds from now (None: never). Checked as each chunk of a body arrives."""

    def __init__(self, timeout: float | None) -> None:
        self._at = None if timeout is None else time.monotonic() + timeout

    def passed(self) -> bool:
        return self._at is not None and time.monotonic() > self._at
