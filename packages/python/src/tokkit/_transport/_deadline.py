"""The end of one attempt: the timeout covers the whole exchange (headers and body), not only each wait for data."""

from __future__ import annotations

import contextvars
import time


class Deadline:
    """`timeout` seconds from now (None: never)."""

    __slots__ = ("_at",)

    def __init__(self, timeout: float | None) -> None:
        self._at = None if timeout is None else time.monotonic() + timeout

    def remaining(self) -> float | None:
        return None if self._at is None else self._at - time.monotonic()

    def passed(self) -> bool:
        return self._at is not None and time.monotonic() > self._at


CURRENT_DEADLINE: contextvars.ContextVar[Deadline | None] = contextvars.ContextVar("tokkit_deadline", default=None)
"""The deadline of the attempt running in this context; the SDK's own sync connections read it on every wait."""
