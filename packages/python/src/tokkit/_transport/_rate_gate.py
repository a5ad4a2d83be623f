"""One gate per client for rate limits: when any call gets a 429 with a Retry-After it will wait for, every call
of the client waits for it too, then they go again one by one in the order they started, a few tens of
milliseconds apart (jittered), so the retries of a burst do not all land in the same second. Thread-safe, and
free of waiting itself: callers sleep for the time it returns (time.sleep or anyio.sleep).
"""

from __future__ import annotations

import itertools
import threading
import time
from collections.abc import Callable

POLL = 0.01
"""Seconds between looks at the gate for a call that is not first in line."""
SPACING = (0.02, 0.04)
"""Seconds between two calls let go after a pause, drawn uniformly from this range."""
_SLACK = 0.05
"""A call whose own wait ended this close to the gate's reopening has waited enough."""


class RateGate:
    def __init__(self, random: Callable[[], float], clock: Callable[[], float] = time.monotonic) -> None:
        self._lock = threading.Lock()
        self._random = random
        self._clock = clock
        self._tickets = itertools.count()
        self._closed_until = 0.0
        self._next_slot = 0.0
        self._waiting: set[int] = set()

    def __repr__(self) -> str:
        return f"<RateGate waiting={len(self._waiting)}>"

    def ticket(self) -> int:
        """A call's place in line, taken once when it starts."""
        with self._lock:
            return next(self._tickets)

    def close(self, ticket: int | None, seconds: float) -> float:
        """A 429 asked for `seconds`: the gate stays shut that long; the call (if it retries) keeps its place.

        Returns the moment its own wait ends, for `turn()`."""
        with self._lock:
            until = self._clock() + seconds
            self._closed_until = max(self._closed_until, until)
            if ticket is not None:
                self._waiting.add(ticket)
            return until

    def turn(self, ticket: int, waited_until: float | None = None) -> float:
        """0 when the call may send now (its place is then given up); otherwise seconds to wait before asking again.

        `waited_until`: when the call's own Retry-After wait ended (it need not wait for the same pause twice).
        """
        with self._lock:
            now = self._clock()
            if not self._waiting and now >= self._closed_until:
                return 0.0
            self._waiting.add(ticket)
            closed = self._closed_until
            if waited_until is not None and waited_until + _SLACK >= closed:
                closed = now
            if now < closed:
                return closed - now
            if ticket != min(self._waiting):
                return POLL
            if now < self._next_slot:
                return self._next_slot - now
            self._waiting.discard(ticket)
            if self._waiting:
                low, high = SPACING
                self._next_slot = now + low + (high - low) * self._random()
            return 0.0

    def leave(self, ticket: int) -> None:
        """The call is over (answered, failed or cancelled): it holds no place any more."""
        with self._lock:
            self._waiting.discard(ticket)
